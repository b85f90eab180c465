"""The window's translations (issue 17): the language setting and menu, the translators installed at
start, the .ts files complete and current with gui/, the committed .qm files current with the .ts
files, and a pseudo-locale walk of the wrapped pages (every visible word went through Qt's
translation, or is data / core's words on an explicit allow-list)."""

from __future__ import annotations

import filecmp
import importlib.util
import platform
import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLabel

from core.campaigns import available_lists
from core.language import Language
from core.output import format_date, format_number
from core.schema import FIELD_WORDS, NEW_SOURCE, OCCASIONS, PROSPECT, TRANSACTION_FIELDS
from core.segmentation import (
    DEFAULT_CHARGE_LINES,
    charge_lines_in,
    explain,
    line_names,
    prediction_sentence,
    winback_ranking,
)
from core.segmentation.segment_map import DEFAULT_SEGMENT_NAMES
from core.segmentation.settings import DEFAULT_TIER_NAMES
from core.words import Words
from gui import tasks
from gui.about import about_text
from gui.app import use_language_locale
from gui.app_settings import AppSettings
from gui.charge_lines_dialog import ChargeLinesDialog, found_html
from gui.error_dialogs import unexpected_text
from gui.guide import GuideDialog
from gui.main_window import MainWindow
from gui.mapping_dialog import MappingDialog
from gui.model_check import check_words, show_model_check
from gui.offer_editor import OfferEditor
from gui.pages.customers import CustomersData
from gui.pages.occasions import OccasionsData
from gui.pages.overview import OverviewData
from gui.translation import install_translation, installed_language, translations_folder, window_locale
from gui.worker import TaskRunner
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


def test_the_windows_own_sentences_write_numbers_and_dates_in_its_language(qapp):
    """A German window of an English shop said "Stichtag 9 December 2011" (found by a trial)."""
    app = QApplication.instance()
    try:
        install_translation(app, Language.GERMAN)
        assert window_locale("en_GB") == "de_DE" and window_locale("de_AT") == "de_AT"
        install_translation(app, Language.ENGLISH)
        assert window_locale("de_DE") == "en_GB" and window_locale("en_US") == "en_US"
        assert window_locale(None) == "en_GB"
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
        phrases |= {report.file, *report.consent_columns}
    phrases |= {warning.message for warning in seg.warnings}
    shop = window.session.shop_info()
    if seg.migration is not None:   # core's headline of who moved (core translates it, issue 17)
        text = seg.migration.headline(format_date(seg.migration.compare_date.date(), shop.locale),
                                      lambda n: format_number(n, 0, shop.locale))
        phrases.add(text[:1].upper() + text[1:])
        phrases.add(seg.migration.stayed_text(lambda n: format_number(n, 0, shop.locale)))   # its second part
    overview = window.session.computed.data("overview", OverviewData)
    phrases |= set(overview.totals.sentences(shop.currency, shop.locale))
    ranking = winback_ranking(seg.predictions)   # core's reason when the list is not ranked by the stake
    phrases |= {ranking.reason} if ranking.reason else set()
    phrases |= {item.label for item in available_lists(seg)}   # the lists' names are core's (MailingList.label)
    phrases |= {*OCCASIONS, PROSPECT}   # core's names of the occasion lists and of a customer who never bought
    occasions = window.session.computed.data("occasions", OccasionsData)   # their counts, in the lists' language
    phrases |= {Words().n("{n} customer", "{n} customers", count, n=format_number(count, 0, shop.locale))
                for count in occasions.counts.values()}
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
        said = check_words(dialog.shown, window.session.shop_info().locale)
        allowed.phrases |= {text for text in (said.warning, said.horizon) if text}
        assert said.horizon is not None and dialog.horizon.text() == said.horizon   # (93 days, not a year)
        problems += [f"model check: {p}" for p in untranslated(dialog, allowed)]
        assert dialog.totals.isVisible() and dialog.totals.text().startswith("⟦Fitted on the purchases up to ")
        assert problems == [], "\n".join(problems)
        assert dialog.windowTitle() == "⟦How reliable are the predictions?⟧"
        qtbot.waitUntil(lambda: not dialog.chart.is_busy(), timeout=30000)
        dialog.close()
    finally:
        window.session.mark_dirty(False)
        window.shutdown()



# ---- the dialogs, the import flow and the progress panel (issue 17, part 2) ---------------------------
def _versions() -> Allowed:
    """What the About box shows as it is: names, versions, the system and the sample's attribution."""
    return Allowed({"Clientele", "UCI Online Retail, Chen, Sain & Guo 2012, CC BY 4.0", "UCI", "Python", "Qt",
                    "PySide6", "pandas", "numpy", "matplotlib", platform.system(), platform.release()},
                   [re.compile(r"\d[\w.+-]*")])


def test_the_import_dialog_goes_through_translation(qtbot, pseudo, tmp_path, sample_xlsx):
    preview = tasks.read_preview(str(sample_xlsx))
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    runner = TaskRunner()
    dialog = MappingDialog(preview, settings, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        columns = [str(c) for c in preview.frame.columns]
        # data and core's words: the file's name, its columns and sheets, the fields' names (core's Words;
        # a field core has no words for yet shows its own name, coupon_code)
        unnamed = [field for field in TRANSACTION_FIELDS if field not in FIELD_WORDS]
        allowed = Allowed({sample_xlsx.name, *columns, *preview.sheets, *FIELD_WORDS.values(), *unnamed,
                           preview.mapping.format_name or ""})
        assert untranslated(dialog, allowed) == []
        assert dialog.windowTitle() == "⟦Import %1⟧".replace("%1", sample_xlsx.name)
        assert dialog.combo_for(columns[0]).itemText(0) == "⟦(not used)⟧"
        dialog.combo_for("InvoiceDate").setCurrentIndex(0)   # the date no longer chosen: what is missing, in words
        assert dialog.problem.text() == "⟦Please choose %1.⟧".replace("%1", "⟦which column holds the purchase date⟧")
        assert untranslated(dialog, allowed) == []
    finally:
        runner.shutdown()


def test_the_about_box_the_guide_and_the_charge_lines_go_through_translation(qtbot, pseudo, tmp_path, sample_csv):
    about = QLabel(about_text())
    assert untranslated(about, _versions(), visible_only=False) == []
    assert "⟦Find your best customers" in about.text()

    guide = GuideDialog(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)))
    qtbot.addWidget(guide)
    guide.show()
    assert guide.windowTitle() == "⟦Clientele guide⟧"
    assert untranslated(guide, Allowed()) == []   # (the guide's own text is resources/guide.md, in English)

    frame = pd.DataFrame({"product": ["POSTAGE", "DOTCOM POSTAGE", "RED MUG", "Manual"],
                          "category": ["Fees", "Fees", "Kitchen", "Other"], "amount": [4.0, 2.5, 12.0, -1.0]})
    names = line_names(frame)
    charges = ChargeLinesDialog(list(DEFAULT_CHARGE_LINES), names, "en_GB")
    qtbot.addWidget(charges)
    charges.show()
    lines = charge_lines_in(names, list(DEFAULT_CHARGE_LINES))
    found = {line.name for line in lines}
    assert found >= {"POSTAGE", "DOTCOM POSTAGE"}
    assert untranslated(charges, Allowed()) == []
    html = found_html(lines, "en_GB")
    assert "⟦In this file, %1 name(s) are charges:⟧".replace("%1", str(len(lines))) in html
    assert "<td>⟦product⟧</td>" in html
    # the names found are data; what they are, the table's headings and the rest are words
    assert not re.search(r"[^\W\d_]{2,}", Allowed(found).remainder(html))


def test_the_progress_panel_and_a_bad_files_error_go_through_translation(qtbot, pseudo, message_boxes, tmp_path,
                                                                           sample_csv):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        flow = window.import_flow
        shown: list[str] = []
        flow.runner.progress_changed.connect(lambda _fraction, _message: shown.append(window.progress.label.text()))
        with qtbot.waitSignal(flow.imported, timeout=60000):
            flow.start(str(sample_csv), ask_mapping=False)
            # the step's own words as it starts (what core reports next is core's)
            assert window.progress.isVisible()
            assert window.progress.label.text() == "⟦Importing %1…⟧".replace("%1", sample_csv.name)
            assert untranslated(window.progress, Allowed({sample_csv.name})) == []
        assert "⟦Import finished⟧" in shown
        qtbot.waitUntil(lambda: window.session.computed is not None, timeout=60000)

        bad = tmp_path / "purchases.csv"
        bad.write_text("Name;Colour\nAnna;red\nBen;blue\n", encoding="utf-8")
        with qtbot.waitSignal(flow.failed, timeout=30000) as failed:
            flow.start(str(bad), ask_mapping=False)
        kind, title, text = message_boxes[-1]
        assert (kind, title) == ("warning", "⟦This file cannot be used as it is⟧")
        error = failed.args[0]
        # the error's own text is core's, but for its advice: the window says to choose the column in
        # the column mapping, not the command line's --map (gui.error_dialogs.window_advice)
        assert error.remap == "date" and "--map" in str(error)
        assert text == error.text(Words(), "⟦Open the file again (File ▸ Open) and choose the column for “%1” in the "
                                           "column mapping.⟧".replace("%1", "Purchase date"))
    finally:
        window.session.mark_dirty(False)
        window.shutdown()


def test_an_unexpected_error_says_so_in_the_windows_words(pseudo):
    text = unexpected_text(ValueError("x"), Path("/tmp/clientele.log"))
    assert text == ("⟦Clientele ran into a problem it did not expect (%1). Your data and files are unchanged. Try "
                    "the last step again; if it keeps happening, send the log file to support.⟧"
                    .replace("%1", "ValueError: x") + "\n\n⟦The details were saved to /tmp/clientele.log.⟧")


# ---- the window language's numbers ---------------------------------------------------------------------
def test_spin_boxes_write_numbers_as_the_window_language_does(qtbot):
    before = QLocale()
    try:
        assert use_language_locale(Language.GERMAN).name() == "de_DE"
        editor = OfferEditor()
        qtbot.addWidget(editor)
        editor.discount_value.setValue(15)
        assert editor.discount_value.text().startswith("15,00")
        assert use_language_locale(Language.FRENCH).name() == "fr_FR"
        box = QDoubleSpinBox()
        box.setRange(0, 100000)
        box.setDecimals(2)
        box.setValue(1234.5)
        assert box.text() == "1234,50"
        QLocale.setDefault(QLocale(QLocale.German, QLocale.Austria))   # a system locale of the language stays
        assert use_language_locale(Language.GERMAN).name() == "de_AT"
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        assert use_language_locale(Language.ENGLISH).name() == "en_US"   # English keeps any English locale
    finally:
        QLocale.setDefault(before)


def test_a_german_windows_progress_panel_shows_cores_steps_in_german(window, qtbot, sample_csv):
    """The steps core reports while it reads a file ("Reading rows…") are core's words, shown in
    the window's language; the command line keeps them in English."""
    app = QApplication.instance()
    german_steps = {"Zeilen werden gelesen…", "Zeilen werden bereinigt…", "Kunden werden gelesen…",
                    "Daten werden gelesen…", "Beträge werden gelesen…", "Zeilen werden geprüft…",
                    "Tabelle wird erstellt…", "Spalten erkannt"}
    english_steps = {"Reading rows…", "Cleaning rows…", "Reading customers…", "Reading dates…",
                     "Reading amounts…", "Checking rows…", "Building the table…", "Columns recognised"}
    shown: list[str] = []
    flow = window.import_flow
    flow.runner.progress_changed.connect(lambda _fraction, _message: shown.append(window.progress.label.text()))
    try:
        install_translation(app, Language.GERMAN)
        with qtbot.waitSignal(flow.imported, timeout=60000):
            flow.start(str(sample_csv), ask_mapping=False)
        qtbot.waitUntil(lambda: window.session.computed is not None, timeout=60000)
    finally:
        install_translation(app, Language.ENGLISH)
    steps = {text.split(" — ")[0] for text in shown}
    assert steps & german_steps
    assert not steps & english_steps


def test_an_offers_problems_are_in_the_shops_words(qtbot):
    """The offer editor writes what blocks an offer in the shop's words; its boxes are still marked."""
    editor = OfferEditor()
    qtbot.addWidget(editor)
    editor.words = Words(Language.GERMAN)
    editor.title.setText("Hallo {firstnme}")
    text = editor.problem_label.text()
    assert "Titel, Zeichen 7: unbekannter Platzhalter {firstnme}; meinten Sie {first_name}?" in text
    assert "unknown merge field" not in text
    assert editor.problems()[0] == "Title, column 7: unknown merge field {firstnme}; did you mean {first_name}?"
    assert "Der Rabatt beträgt 0 %" in text
    assert "#b2182b" in editor.title.styleSheet()
