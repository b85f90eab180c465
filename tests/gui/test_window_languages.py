"""What a trial of the German and French windows found left over: numbers of the window's own
sentences in its language, the tier ladder in one number format, month names on the charts, core's
words in the import dialog, names in the customer detail and on the Changes page, columns as wide
as German and French names (and the whole text in a tooltip when a cell is cut short), and a
French plural that follows the count."""

from __future__ import annotations

import contextlib

import pandas as pd
import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from core.campaigns import Channel, ChannelReach
from core.language import Language
from core.segmentation.segment_map import Segment
from core.words import Words
from gui import tasks
from gui.app import apply_language
from gui.app_settings import AppSettings
from gui.chart_canvas import render_figure
from gui.export_words import nobody_notice
from gui.flow_chart import Flow, flow
from gui.main_window import MainWindow
from gui.mapping_dialog import MappingDialog
from gui.pages.segments import SegmentsPage
from gui.table_view import cut_short
from gui.translation import install_translation
from gui.worker import TaskRunner

pytestmark = pytest.mark.gui

#: The narrow no-break space French writes between thousands (core.output.money).
THIN = "\u202f"


@contextlib.contextmanager
def speaking(language: Language):
    """The window's words and number format in ``language`` for the ``with`` block, as at start
    (gui.app.apply_language), English again after it."""
    app = QApplication.instance()
    before = QLocale()
    apply_language(app, language)
    try:
        yield
    finally:
        install_translation(app, Language.ENGLISH)
        QLocale.setDefault(before)


def _window(qtbot, language: Language):
    """A window built in ``language`` with the sample open (a new analysis: the shop writes the
    window's language)."""
    stack = contextlib.ExitStack()
    stack.enter_context(speaking(language))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        window.open_sample()
    return window, stack


def _opened(qtbot, language: Language):
    """A window of ``language`` on the sample, for one test; closed after it."""
    window, stack = _window(qtbot, language)
    yield window
    window.session.mark_dirty(False)
    window.shutdown()
    stack.close()


@pytest.fixture
def german_window(qtbot, message_boxes):
    yield from _opened(qtbot, Language.GERMAN)


@pytest.fixture
def french_window(qtbot, message_boxes):
    yield from _opened(qtbot, Language.FRENCH)


# ---- 1. the Import page's heading: counts as the window's language writes them ---------------------
def test_the_import_heading_writes_its_counts_as_the_german_window_does(german_window):
    page = german_window.import_page
    heading = page.heading.text()
    assert "25.895 Zeilen importiert" in heading
    assert "<b>25.895</b> von 33.073 Zeilen übernommen" in heading and "<b>7.178</b> beiseitegelegt" in heading
    assert "1.218 Bestellungen" in heading
    assert "25,895" not in heading and "33,073" not in heading
    # and its dates as the window's language writes a day (they were 2010-12-01 and 2011-12-09)
    assert "Käufe vom 1. Dezember 2010 bis 9. Dezember 2011" in heading
    assert "Die Käufe reichen vom 1. Dezember 2010 bis 9. Dezember 2011." in page.report.toPlainText()
    # the set-aside count in the report box, as the report's own sentences write it
    assert "7.178" in page.report.toPlainText() and "7,178" not in page.report.toPlainText()
    # an English shop's analysis shown in a German window: the window's sentences still write German numbers
    page.show_import(german_window.session.imported, Words(), "en_GB")
    assert "25.895 Zeilen importiert" in page.heading.text()


def test_the_import_heading_writes_its_counts_as_the_french_window_does(french_window):
    heading = french_window.import_page.heading.text()
    assert f"25{THIN}895" in heading and f"33{THIN}073" in heading and f"1{THIN}218" in heading
    assert "25,895" not in heading


def test_the_export_pages_counts_are_the_windows_numbers(qapp):
    """"Nobody can be e-mailed … text message reaches 1.234" in a German window (was "1,234")."""
    reach = {Channel.EMAIL: ChannelReach(Channel.EMAIL, 0, 0, 0, pd.Series(dtype=object)),
             Channel.SMS: ChannelReach(Channel.SMS, 1234, 1234, 1234, pd.Series(dtype=object))}
    with speaking(Language.GERMAN):
        assert "1.234" in nobody_notice(Channel.EMAIL, reach, "en_GB")
    assert "1,234" in nobody_notice(Channel.EMAIL, reach, "en_GB")


# ---- 2. the tier ladder: one number format, the window's ----------------------------------------------
def test_the_tier_thresholds_are_spin_boxes_in_the_windows_number_format(german_window, qtbot):
    page = german_window.pages["Loyalty tiers"]
    german_window.show_page("Loyalty tiers")
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=30000)
    thresholds = dict(german_window.session.segmentation.tier_thresholds)
    gold = page.threshold_box(2)
    assert gold.value() == pytest.approx(thresholds["Gold"])
    assert gold.text() == QLocale().toString(thresholds["Gold"], "f", 2) == "2.100,00"
    assert "," in page.points.text()     # "2.100,00" beside "1,00", not "2,100"
    assert page.threshold_box(0) is None and page.table.item(0, 1).text() == ""
    assert gold.isReadOnly()     # (the thresholds from the data)
    page.automatic.setChecked(False)
    assert not gold.isReadOnly()
    gold.setValue(2500.5)
    assert page.rules().thresholds[1] == pytest.approx(2500.5)


def test_the_french_thresholds_column_shows_its_whole_heading(french_window, qtbot):
    page = french_window.pages["Loyalty tiers"]
    french_window.show_page("Loyalty tiers")
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=30000)
    header = page.table.horizontalHeader()
    heading = page.table.horizontalHeaderItem(1).text()
    assert heading == "Dépense à partir de"
    assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(heading) + 8
    assert header.sectionViewportPosition(1) + header.sectionSize(1) <= page.table.viewport().width()


# ---- 3. month names on the Overview's chart ----------------------------------------------------------
@pytest.mark.parametrize(("language", "months", "english"), [
    (Language.GERMAN, {"Mär", "Mai", "Okt"}, {"Mar", "May", "Oct"}),
    (Language.FRENCH, {"mars", "mai", "juil."}, {"Mar", "May", "Jul"})])
def test_the_monthly_chart_names_the_months_in_the_windows_language(qtbot, message_boxes, language, months, english):
    window, stack = _window(qtbot, language)
    try:
        chart = window.pages["Overview"].monthly_chart
        window.show_page("Overview")
        qtbot.waitUntil(lambda: chart._figure is not None and not chart.is_busy(), timeout=30000)
        labels = {label.get_text() for label in chart._figure.axes[0].get_xticklabels()}
        assert labels & months and not labels & english, labels
        assert "2011" in labels
    finally:
        window.session.mark_dirty(False)
        window.shutdown()
        stack.close()


# ---- 4. the import dialog: how each column was found, in core's words ------------------------------------
def test_the_import_dialog_says_how_a_column_was_found_in_the_shops_words(qtbot, tmp_path, sample_xlsx):
    preview = tasks.read_preview(str(sample_xlsx))
    runner = TaskRunner()
    try:
        with speaking(Language.GERMAN):
            dialog = MappingDialog(preview, AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)),
                                   runner, words=Words(Language.GERMAN))
            qtbot.addWidget(dialog)
        hows = {dialog.columns.item(row, 0).text(): dialog.columns.item(row, 3).text()
                for row in range(dialog.columns.rowCount())}
        assert hows["CustomerID"] == "wie UCI Online Retail sie exportiert"
        assert not any("exports it" in how for how in hows.values())
        assert dialog.combo_for("CustomerID").currentText() == "Kundennummer"
    finally:
        runner.shutdown()


def test_the_import_flow_gives_the_dialog_the_shops_words(german_window, qtbot, sample_xlsx):
    seen: list[str] = []

    def look(dialog: MappingDialog) -> None:
        seen.extend(dialog.columns.item(row, 3).text() for row in range(dialog.columns.rowCount()))
        dialog.reject()

    from tests.gui.helpers import when_dialog  # noqa: PLC0415 - the helper's module imports the dialog

    when_dialog(MappingDialog, look)
    german_window.import_flow.start(str(sample_xlsx), ask_mapping=True)
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    assert "wie UCI Online Retail sie exportiert" in seen


# ---- 5. the customer detail's labels, named as the tables name them -----------------------------------
@pytest.mark.parametrize(("language", "status", "tier"), [(Language.GERMAN, "Aktiv", "Silber"),
                                                          (Language.FRENCH, "Actif", "Argent")])
def test_the_customer_details_labels_are_in_the_shops_words(qtbot, message_boxes, language, status, tier):
    window, stack = _window(qtbot, language)
    try:
        page = window.pages["Customers"]
        window.show_page("Customers")
        qtbot.waitUntil(lambda: page.table.model().frame() is not None, timeout=30000)
        customers = page.table.model().frame()
        row = customers[(customers["activity_status"] == "Active") & (customers["tier"] == "Silver")].iloc[0]
        page.detail.show_customer(row)
        facts = page.detail.facts.text()
        assert f"&nbsp;{status}&nbsp;" in facts and f"&nbsp;{tier}&nbsp;" in facts
        assert "&nbsp;Active&nbsp;" not in facts and "&nbsp;Silver&nbsp;" not in facts
    finally:
        window.session.mark_dirty(False)
        window.shutdown()
        stack.close()


# ---- 6. the Changes page: the new customers named, the flow chart's names kept -------------------------
def test_the_changes_page_names_the_new_customers_in_the_shops_words(german_window, qtbot):
    page = german_window.pages["Changes"]
    german_window.resize(1700, 900)      # (room for the chart's names beside the matrix)
    german_window.show_page("Changes")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30000)
    rows = [page.model.headerData(row, Qt.Orientation.Vertical) for row in range(page.model.rowCount())]
    assert rows[-1].startswith("(neu) (") and not any("(new)" in row for row in rows)
    qtbot.waitUntil(lambda: page.chart._figure is not None and not page.chart.is_busy(), timeout=30000)
    texts = [text.get_text() for text in page.chart._figure.axes[0].texts]
    assert any("(neu)" in text for text in texts) and not any("(new)" in text for text in texts), (
        texts, page.chart.width())


#: A German flow: long names, as the Changes page gives them to the chart.
GERMAN_FLOW = Flow(
    left=[("Champions", 18), ("Loyal Customers", 37), ("Need Attention", 12), ("Hibernating", 100), ("(new)", 64)],
    right=[("Champions", 44), ("Loyal Customers", 47), ("Need Attention", 14), ("Hibernating", 126)],
    paths=[("Champions", "Champions", 18), ("Loyal Customers", "Loyal Customers", 37),
           ("Need Attention", "Need Attention", 12), ("Hibernating", "Hibernating", 100),
           ("(new)", "Champions", 26), ("(new)", "Loyal Customers", 10), ("(new)", "Need Attention", 2),
           ("(new)", "Hibernating", 26)],
    new_name="(new)", left_title="10. September 2011", right_title="9. Dezember 2011",
    short_titles=("10.09.2011", "09.12.2011"),
    shown={"Champions": "Champions", "Loyal Customers": "Treue Kunden", "Need Attention": "Brauchen Aufmerksamkeit",
           "Hibernating": "Eingeschlafen", "(new)": "(neu)"})


def _labels(width: int) -> list[str]:
    """The flow chart's labels at ``width``, each checked to lie wholly inside the chart (none cut off)."""
    figure = render_figure(lambda figure: flow(figure, GERMAN_FLOW, "de_DE"), width, 600).figure
    renderer = figure.canvas.get_renderer()
    for text in figure.axes[0].texts:
        box = text.get_window_extent(renderer)
        assert 0 <= box.x0 and box.x1 <= figure.bbox.width, (width, text.get_text())
    return [text.get_text() for text in figure.axes[0].texts]


def test_a_flow_chart_too_narrow_for_a_long_name_on_one_line_breaks_it_and_keeps_the_names():
    """At the width the German Changes page leaves the chart (about 390 pixels), the names stay:
    "Brauchen Aufmerksamkeit" on two lines, not counts alone."""
    wide = _labels(700)
    assert "12  Brauchen Aufmerksamkeit" in wide and "Brauchen Aufmerksamkeit  14" in wide and "64  (neu)" in wide
    narrower = _labels(390)
    assert "12  Brauchen\nAufmerksamkeit" in narrower and "Brauchen  14\nAufmerksamkeit" in narrower
    assert "64  (neu)" in narrower and "100  Eingeschlafen" in narrower
    assert set(_labels(180)) >= {"18", "37", "100", "64", "44", "126"}   # too narrow for any name: the counts


# ---- 7. columns as wide as German and French names; the whole text when cut short ---------------------
def test_the_segments_page_fits_the_german_names(german_window, qtbot):
    """On a page as wide as a 1280-pixel window gives it, no German name is cut short, neither in
    the table nor in the map; on a narrow one, the map's names are, and say so in their tooltips."""
    page = SegmentsPage(german_window.session)
    qtbot.addWidget(page)
    page.resize(1090, 700)
    page.show()
    page.refresh()
    page.editor.load()
    editor, table = page.editor, page.table
    qtbot.waitUntil(lambda: editor.table.rowCount() == 10 and table.model().rowCount() == 10, timeout=30000)
    qtbot.wait(50)
    names = [table.model().text(row, 0) for row in range(table.model().rowCount())]
    assert "Brauchen Aufmerksamkeit" in names
    assert not [name for row, name in enumerate(names) if cut_short(table, table.model().index(row, 0))]
    shown = [editor.table.item(row, 0).text() for row in range(editor.table.rowCount())]
    assert {"Vielversprechend", "Eingeschlafen", "Brauchen Aufmerksamkeit"} <= set(shown)
    cut = [name for row, name in enumerate(shown) if cut_short(editor.table, editor.table.model().index(row, 0))]
    assert cut == []
    assert page.splitter.sizes()[1] >= editor.wanted_width > 440
    table.setColumnWidth(0, 90)     # (narrower than the names: they are cut, and cut_short says so)
    assert cut_short(table, table.model().index(names.index("Brauchen Aufmerksamkeit"), 0))
    page.resize(700, 700)           # a narrow page: the map takes half of it, or its smallest width
    qtbot.wait(100)
    assert page.splitter.sizes()[1] < editor.wanted_width
    assert any(cut_short(editor.table, editor.table.model().index(row, 0)) for row in range(10))


def test_a_name_cut_short_shows_whole_in_its_tooltip(german_window, qtbot):
    page = german_window.pages["Segments"]
    german_window.show_page("Segments")
    table = page.editor.table
    qtbot.waitUntil(lambda: table.rowCount() == 10, timeout=30000)
    long_name = "Kundinnen" + "x" * 80
    table.item(0, 0).setText(long_name)     # one word beyond the column's widest
    index = table.model().index(0, 0)
    assert cut_short(table, index)
    rect = table.visualRect(index)
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.isVisible() and QToolTip.text() == long_name
    QToolTip.hideText()
    # a name that fits keeps the table's own tooltip
    short = table.model().index(1, 0)
    assert not cut_short(table, short)
    center = table.visualRect(short).center()
    assert not page.editor.name_tips.eventFilter(table.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, center, table.viewport().mapToGlobal(center)))


# ---- 8. a French count: the plural follows the customers shown --------------------------------------------
def test_the_french_customer_count_follows_the_customers_shown(french_window, qtbot):
    page = french_window.pages["Customers"]
    french_window.show_page("Customers")
    qtbot.waitUntil(lambda: page.table.model().frame() is not None, timeout=30000)
    page.search.setText("12399")
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1, timeout=10000)
    with qtbot.waitSignal(page.filtered, timeout=20000):
        page.apply_filter()
    assert page.count.text() == "1 client affiché sur 300"
    page.search.setText("")
    with qtbot.waitSignal(page.filtered, timeout=20000):
        page.apply_filter()
    frame = page.table.model().frame()
    assert page.count.text() == f"{len(frame)} clients"
    page.filters.choices["tier"].setCurrentIndex(page.filters.choices["tier"].findText("Platine"))
    with qtbot.waitSignal(page.filtered, timeout=20000):
        page.apply_filter()
    shown = page.table.model().rowCount()
    assert shown > 1 and page.count.text() == f"{shown} clients affichés sur 300"


def test_the_ladder_reads_back_as_shown(german_window, qtbot):
    """Own thresholds taken from the ladder as shown are the thresholds it shows (no "2,100" read as 2.1)."""
    page = german_window.pages["Loyalty tiers"]
    german_window.show_page("Loyalty tiers")
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=30000)
    page.automatic.setChecked(False)
    shown = [value for _name, value in german_window.session.segmentation.tier_thresholds[1:]]
    assert page.rules().thresholds == pytest.approx([round(value, 2) for value in shown])


def test_money_cut_points_typed_in_a_german_window_are_read_as_german_numbers(german_window, qtbot):
    """Found by the window trial: in a German window "1.500" in the money cut points was read as 1.5
    (the English reading of the point), so the owner's thresholds were a thousand times too low."""
    page = SegmentsPage(german_window.session)
    qtbot.addWidget(page)
    editor = page.editor
    editor.method.setCurrentIndex(editor.method.findData("thresholds"))
    qtbot.keyClicks(editor.threshold_edits["m"], "200; 450; 1.000; 2.140,96")
    assert editor.scoring().thresholds["m"] == [200.0, 450.0, 1000.0, 2140.96]
    editor.threshold_edits["m"].clear()
    qtbot.keyClicks(editor.threshold_edits["m"], "12,5; 13,6; 33,8; 72,4")
    assert editor.scoring().thresholds["m"] == [12.5, 13.6, 33.8, 72.4]


def test_the_offers_preview_says_why_a_customer_is_not_reached_in_the_windows_language(qtbot, message_boxes):
    # found by a trial of the window: a French window on a file analysed in English wrote
    # "Pas envoyé par e-mail : opted out." (core's reason in the shop's English inside a French sentence)
    with speaking(Language.FRENCH):
        window = MainWindow()
        qtbot.addWidget(window)
        window.session.language = Language.ENGLISH       # (the shop writes English)
        with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
            window.open_sample()
        try:
            page = window.pages["Offers"]
            window.show_page("Offers")
            qtbot.waitUntil(lambda: window.session.computed is not None
                            and window.session.computed.data("offers", object) is not None, timeout=30000)
            prepared = window.session.computed.data("offers", object)
            reasons = prepared.reach[window.session.project.export.channel].reasons
            customers = window.session.segmentation.customers
            left = customers.loc[[i for i in customers.index if isinstance(reasons.get(i), str)][0]]
            said = page.reach_html(left)
            english = reasons.get(left.name)
            assert "Pas envoyé par" in said and f": {english}." not in said
            assert page.reach_html(customers.loc[[i for i in customers.index if pd.isna(reasons.get(i))][0]]).count(
                "10\u00a0%") == 1   # (the share as the French window writes it)
        finally:
            window.session.mark_dirty(False)
            window.shutdown()


def test_the_segment_map_checker_speaks_the_windows_language(german_window, qtbot):
    # found by a trial of the window: the map checker's verdict was English in every window
    editor = german_window.pages["Segments"].editor
    editor.set_segments([Segment("Top", (4, 5), (1, 5)), Segment("Geld", (1, 3), (1, 5), (5, 5))])
    editor.check()
    said = editor.checker.text()
    assert "Kein Segment nimmt diese Werte" not in said            # (every r, f cell is taken for some m)
    assert "Diese Werte nimmt ein Segment nur für einige Umsatzwerte" in said and "Aktualität 1 mit Häufigkeit 1 " \
        "(Umsatz 1, 2, 3, 4)" in said and "No segment" not in said
