"""The window's translations (issue 17): the language setting and menu, the translators installed at
start, the .ts files complete and current with gui/, the committed .qm files current with the .ts
files, and a pseudo-locale walk of the wrapped pages (every visible word went through Qt's
translation, or is data / core's words on an explicit allow-list)."""

from __future__ import annotations

import filecmp
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from core.campaigns import available_lists
from core.language import Language
from core.output import format_date, format_number
from core.schema import NEW_SOURCE, OCCASIONS, PROSPECT
from core.segmentation import explain, prediction_sentence, winback_ranking
from core.segmentation.segment_map import DEFAULT_SEGMENT_NAMES
from core.segmentation.settings import DEFAULT_TIER_NAMES
from gui.app_settings import AppSettings
from gui.main_window import MainWindow
from gui.model_check import check_words, show_model_check
from gui.pages.customers import CustomersData
from gui.pages.overview import OverviewData
from gui.translation import install_translation, installed_language, translations_folder
from tests.gui.translation_walker import Allowed, PseudoTranslator, untranslated

ROOT = Path(__file__).resolve().parent.parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("clientele_translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


translations = _script()

#: The pages whose words are wrapped (a later pass adds the rest).
WRAPPED_PAGES = ("Import", "Overview", "Segments", "Changes", "Loyalty tiers", "Win-back", "Offers", "Export", "Results",
                 "Customers", "Occasions")


# ---- the .ts and .qm files -----------------------------------------------------------------------
@pytest.mark.parametrize("code", translations.all_codes())
def test_every_entry_of_each_ts_file_is_translated(code):
    result = translations.coverage(code)
    assert result.entries > (0 if code == "en" else 250)
    assert result.unfinished == []


def test_the_ts_files_hold_every_string_of_the_window(tmp_path):
    # lupdate over gui/ into copies: a string wrapped but missing from the files adds an entry
    copies = tmp_path / "ts"
    shutil.copytree(translations.FOLDER, copies, ignore=shutil.ignore_patterns("*.qm"))
    translations.update(copies)
    for code in translations.all_codes():
        assert translations.coverage(code, copies).unfinished == [], f"run scripts/translations.py update ({code})"
        assert translations.catalogue(code, copies) == translations.catalogue(code), code


def test_the_committed_qm_files_are_current_with_the_ts_files(tmp_path):
    made = translations.release(out=tmp_path)
    for path in made:
        committed = translations_folder() / path.name
        assert committed.exists(), f"{path.name} is missing: run scripts/translations.py release"
        assert filecmp.cmp(path, committed, shallow=False), f"{path.name} is stale: run scripts/translations.py release"


def test_a_numerus_entry_has_every_plural_form_in_every_language(qapp):
    app = QApplication.instance()
    try:
        install_translation(app, Language.GERMAN)
        one = QCoreApplication.translate("Session", "%1 customer(s)", "", 1)
        many = QCoreApplication.translate("Session", "%1 customer(s)", "", 5)
        assert (one, many) == ("%1 Kunde", "%1 Kunden")
        install_translation(app, Language.FRENCH)
        assert QCoreApplication.translate("Session", "%1 customer(s)", "", 5) == "%1 clients"
        install_translation(app, Language.ENGLISH)  # English: the plural forms only
        assert QCoreApplication.translate("Session", "%1 customer(s)", "", 1) == "%1 customer"
        assert QCoreApplication.translate("Session", "%1 customer(s)", "", 2) == "%1 customers"
    finally:
        install_translation(app, Language.ENGLISH)


# ---- the setting, the menu, the translators ----------------------------------------------------------
def test_the_language_defaults_to_the_systems_and_is_remembered(tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    assert settings.language() is Language.from_locale_name(QLocale.system().name())
    settings.set_language(Language.DUTCH)
    again = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    assert again.language() is Language.DUTCH
    again.qsettings.setValue("ui/language", "xx")   # a language this version does not speak
    assert again.language() is Language.from_locale_name(QLocale.system().name())


def test_german_installs_clientele_and_qt_words_and_english_replaces_them(qapp):
    app = QApplication.instance()
    try:
        loaded = install_translation(app, Language.GERMAN)
        assert loaded == ["qtbase_de.qm", "clientele_de.qm"]
        assert installed_language() is Language.GERMAN
        assert QCoreApplication.translate("Menus", "&File") == "&Datei"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert install_translation(app, Language.ENGLISH) == ["clientele_en.qm"]
        assert QCoreApplication.translate("Menus", "&File") == "&File"
        assert installed_language() is Language.ENGLISH
    finally:
        install_translation(app, Language.ENGLISH)


def test_help_language_lists_the_languages_by_their_own_names_and_keeps_the_choice(window):
    menu = window.language_menu
    names = [entry.text() for entry in menu.entries.values()]
    assert names == ["English", "Deutsch", "Français", "Español", "Italiano", "Nederlands"]
    assert "starts again" in menu.actions()[0].text()   # applied on restart, and it says so
    menu.entries[Language.FRENCH].trigger()
    assert window.app_settings.language() is Language.FRENCH
    assert menu.entries[Language.FRENCH].isChecked()
    assert "Français" in window.statusBar().currentMessage()
    assert window.session.language is Language.ENGLISH   # this run keeps the language it started with


# ---- the pseudo-locale walk --------------------------------------------------------------------------
@pytest.fixture
def pseudo(qtbot):
    app = QApplication.instance()
    install_translation(app, Language.ENGLISH)   # as at start; the pseudo translator, installed last, is asked first
    translator = PseudoTranslator()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def _allowed(window) -> Allowed:
    """Data and core's words the wrapped pages show as they are."""
    seg = window.session.segmentation
    imported = window.session.imported
    phrases = {"Clientele", *DEFAULT_SEGMENT_NAMES, *DEFAULT_TIER_NAMES, NEW_SOURCE,
               "Active", "Overdue", "Inactive", "Lost", *(language.native_name for language in Language)}
    phrases |= {Path(imported.path).name, Path(imported.result.source.path or "").name}
    reports = [imported.result.report] + ([imported.attributes_result.report] if imported.attributes_result else [])
    for report in reports:
        phrases |= {report.file, *report.consent_columns, *map(str, report.warnings)}
    phrases |= {warning.message for warning in seg.warnings}
    shop = window.session.shop_info()
    if seg.migration is not None:   # core's headline of who moved (core translates it, issue 17)
        text = seg.migration.headline(format_date(seg.migration.compare_date.date(), shop.locale),
                                      lambda n: format_number(n, 0, shop.locale))
        phrases.add(text[:1].upper() + text[1:])
    overview = window.session.computed.data("overview", OverviewData)
    phrases |= set(overview.totals.sentences(shop.currency, shop.locale))
    ranking = winback_ranking(seg.predictions)   # core's reason when the list is not ranked by the stake
    phrases |= {ranking.reason} if ranking.reason else set()
    phrases |= {item.label for item in available_lists(seg)}   # the lists' names are core's (MailingList.label)
    phrases |= {*OCCASIONS, PROSPECT}   # core's names of the occasion lists and of a customer who never bought
    customers = window.session.computed.data("customers", CustomersData)
    phrases |= {value for values in customers.choices.values() for value in values}   # the filters' values: data
    phrases |= _customer_words(window, str(customers.table.frame["customer_id"].iloc[0]))   # the detail shown first
    months = [QLocale(QLocale.English).monthName(m, f) for m in range(1, 13)
              for f in (QLocale.LongFormat, QLocale.ShortFormat)]
    merge_fields = re.compile(r"\{[a-z_]+\}")   # {first_name}: the template's merge fields are typed as they are
    return Allowed(phrases, [re.compile(r"\b(" + "|".join(months) + r")\b"), re.compile(r"\bGBP\b"), merge_fields])


def _customer_words(window, customer_id: str) -> set[str]:
    """What the customer detail shows of one customer as it is: the files' data and core's sentences."""
    seg, shop = window.session.segmentation, window.session.shop_info()
    row = seg.customers.loc[seg.customers["customer_id"].astype(str) == customer_id].iloc[0]
    data = ("name", "first_name", "last_name", "email", "country", "favourite_category", "favourite_product")
    phrases = {str(row[column]) for column in data if column in row.index and isinstance(row[column], str)}
    phrases.add(prediction_sentence(seg, customer_id, shop.currency, shop.locale))
    reasons = explain(seg, customer_id, shop.currency, shop.locale)
    return phrases | {text for texts in reasons.values() for text in texts}


def test_every_word_of_the_wrapped_pages_goes_through_translation(qtbot, pseudo, message_boxes):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
            window.open_sample()
        qtbot.waitUntil(lambda: all(title in window.pages for title in WRAPPED_PAGES), timeout=30000)
        allowed = _allowed(window)
        problems = untranslated(window.menuBar(), allowed)
        for title in WRAPPED_PAGES:
            window.show_page(title)
            qtbot.wait(100)
            page = window.pages[title]
            problems += [f"{title}: {p}" for p in untranslated(page, allowed)]
        problems += [f"navigation: {p}" for p in untranslated(window.nav, allowed)]
        problems += [f"status bar: {p}" for p in untranslated(window.statusBar(), allowed)]
        assert problems == [], "\n".join(problems)
        # every string Clientele asked for is in the .ts files, in the context it was asked in
        ours = {context for context, _ in translations.catalogue("de")}
        missing = {(c, s) for c, s in pseudo.asked if c in ours} - translations.catalogue("de")
        assert missing == set()
    finally:
        window.session.mark_dirty(False)
        window.shutdown()


def test_every_word_of_the_customer_detail_and_the_model_check_goes_through_translation(qtbot, pseudo, message_boxes):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
            window.open_sample()
        window.show_page("Customers")
        page = window.pages["Customers"]
        qtbot.waitUntil(lambda: page.table.model().frame() is not None, timeout=30000)
        allowed = _allowed(window)
        customers = page.table.model().frame()
        # a customer with a name, and the one who spent the least (less than nothing: returns outweigh purchases)
        picks = [customers[customers["first_name"].notna()].iloc[0], customers.loc[customers["revenue"].idxmin()]]
        assert picks[1]["revenue"] < 0
        problems = []
        for row in picks:
            allowed.phrases |= _customer_words(window, str(row["customer_id"]))
            page.detail.show_customer(row)
            problems += [f"detail of {row['customer_id']}: {p}" for p in untranslated(page.detail, allowed)]
        assert page.detail.facts.isVisible() and "⟦Spent less than nothing" in page.detail.facts.text()
        page.detail.show_customer(None)
        problems += [f"no customer: {p}" for p in untranslated(page.detail, allowed)]
        # the model check: its warning is core's sentence, its dates and numbers are data
        dialog = show_model_check(window.session, window)
        qtbot.waitUntil(lambda: dialog.bars is not None, timeout=30000)
        warning = check_words(dialog.shown, window.session.shop_info().locale).warning
        allowed.phrases |= {warning} if warning else set()
        problems += [f"model check: {p}" for p in untranslated(dialog, allowed)]
        assert dialog.totals.isVisible() and dialog.totals.text().startswith("⟦Fitted on the purchases up to ")
        assert problems == [], "\n".join(problems)
        assert dialog.windowTitle() == "⟦How reliable are the predictions?⟧"
        qtbot.waitUntil(lambda: not dialog.chart.is_busy(), timeout=30000)
        dialog.close()
    finally:
        window.session.mark_dirty(False)
        window.shutdown()

