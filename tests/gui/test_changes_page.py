"""The Changes page on the real sample (definitions §10): the comparison date, the matrix's values,
a cell listing its customers, a path's offer and export, the flow chart, the Overview's line."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

from core.schema import PREVIOUS_SEGMENT
from core.segmentation import CompareTo
from gui.migration_matrix import Show

pytestmark = pytest.mark.gui


def recomputed(window, qtbot):
    return qtbot.waitSignal(window.session.segmentation_changed, timeout=30000)


@pytest.fixture
def compared(loaded, qtbot):
    """The Changes page comparing with 9 September 2011, picked on the page."""
    page = loaded.pages["Changes"]
    loaded.show_page("Changes")
    with recomputed(loaded, qtbot):
        page.date_edit.setDate(QDate(2011, 9, 9))
        page.compare.setCurrentIndex(page.compare.findData(0))
    return loaded, page


def _cell(page, before: str, after: str) -> str:
    matrix = page.model.matrix
    return page.model.data(page.model.index(matrix.rows.index(before), matrix.columns.index(after)))


def test_a_new_analysis_compares_with_90_days_before(loaded):
    assert loaded.session.settings.compare_to == CompareTo(days_before=90)
    migration = loaded.session.segmentation.migration
    assert migration.compare_date == dt.datetime(2011, 9, 10)      # 90 days before 9 December 2011
    assert PREVIOUS_SEGMENT in loaded.session.segmentation.customers
    assert not loaded.session.dirty                                # a default is not a change


def test_the_matrix_holds_the_migration_table(compared):
    window, page = compared
    assert window.session.settings.compare_to == CompareTo(date=dt.date(2011, 9, 9))
    assert page.headline.text().startswith("<b>Since 9 September 2011: 90 customers moved to a better segment, "
                                           "50 to a worse one, 64 new</b>; 96 stayed")
    table = window.session.segmentation.migration.table
    for before, after, customers, _money in table.itertuples(index=False):
        assert _cell(page, before or "(new)", after) == f"{customers:,}"
    assert _cell(page, "Loyal Customers", "Champions") == "15"
    assert _cell(page, "Champions", "Champions") == "10"
    assert _cell(page, "Champions", "At Risk") == ""                   # nobody took that path
    rows = [page.model.headerData(i, Qt.Vertical) for i in range(page.model.rowCount())]
    assert rows[0] == "Champions (18)" and rows[-1] == "(new) (64)"
    # the other views of the cells: row percentages and the revenue at stake
    page.show_combo.setCurrentIndex(page.show_combo.findData(Show.ROW_SHARE))
    assert rows[1] == "Loyal Customers (38)"
    assert _cell(page, "Loyal Customers", "Champions") == "39%"          # 15 of 38
    page.show_combo.setCurrentIndex(page.show_combo.findData(Show.REVENUE))
    assert _cell(page, "Loyal Customers", "Champions") == "£92k"         # 91,952.44
    # coloured by the move: up green, down red; a cell of fewer than five customers is pale
    up = page.model.data(page.model.index(1, 0), Qt.BackgroundRole)
    down = page.model.data(page.model.index(0, 1), Qt.BackgroundRole)
    assert up.green() > up.red() and down.red() > down.green()
    small = page.model.matrix.rows.index("Can't Lose Them"), page.model.matrix.columns.index("Champions")
    assert page.model.data(page.model.index(*small), Qt.ForegroundRole).name() == "#9a9a9a"


def test_clicking_a_cell_lists_its_customers(compared, qtbot):
    window, page = compared
    matrix = page.model.matrix
    index = page.model.index(matrix.rows.index("Loyal Customers"), matrix.columns.index("At Risk"))
    page.table.scrollTo(index)
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=page.table.visualRect(index).center())
    model = page.customers.model()
    assert model.rowCount() == 6
    shown = model.frame().iloc[[model.source_row(r) for r in range(model.rowCount())]]
    assert set(shown[PREVIOUS_SEGMENT]) == {"Loyal Customers"} and set(shown["rfm_segment"]) == {"At Risk"}
    assert "12399" in set(shown["customer_id"])
    assert page.path_heading.text().startswith("<b>Loyal Customers → At Risk</b>: 6 customers; they spent £")
    assert page.offer_button.isEnabled() and page.export_button.isEnabled()
    # the new customers' row
    page.select_path(None, "About To Sleep")
    assert model.rowCount() == 23
    assert "who first bought after 9 September 2011" in page.path_heading.text()


def test_a_path_gets_an_offer_and_is_exported(compared, qtbot, tmp_path):
    window, page = compared
    page.select_path("Loyal Customers", "At Risk")
    page.offer_button.click()
    assert window.current_page_title() == "Offers"
    offers = window.pages["Offers"]
    assert offers.current_list().key == "migration:Loyal Customers → At Risk"
    assert "We miss you" in offers.editor.offer().title          # the At Risk offer, for the path
    offers.editor.title.setText("Loyal once: come back")
    assert window.session.project.offer_for("migration", "Loyal Customers → At Risk").title == "Loyal once: come back"
    assert window.session.project.offer_for("segment", "At Risk") is None

    window.show_page("Changes")
    page.export_button.click()
    assert window.current_page_title() == "Export"
    export = window.pages["Export"]
    assert export.checked_keys() == ["migration:Loyal Customers → At Risk"]
    out = tmp_path / "movers.xlsx"
    export.output.setText(str(out))
    with qtbot.waitSignal(window.session.export_runner.busy_changed, check_params_cb=lambda b: not b, timeout=30000):
        export.export_button.click()
    summary = export.last_summary
    assert summary is not None and [item.name for item in summary.lists] == ["Loyal Customers → At Risk"]
    assert summary.lists[0].customers == 6 and summary.lists[0].offer_title == "Loyal once: come back"
    book = openpyxl.load_workbook(out, read_only=True)
    assert "Loyal Customers → At Risk" in book.sheetnames
    book.close()


def test_the_presets_recompute_and_the_flow_chart_is_drawn(compared, qtbot):
    window, page = compared
    with recomputed(window, qtbot):
        page.compare.setCurrentIndex(page.compare.findData(30))
    assert window.session.settings.compare_to == CompareTo(days_before=30)
    assert window.session.segmentation.migration.compare_date == dt.datetime(2011, 11, 9)
    assert not page.date_edit.isEnabled() and page.date_edit.date() == QDate(2011, 11, 9)
    assert page.headline.text().startswith("<b>Since 9 November 2011:")
    qtbot.waitUntil(lambda: not page.chart.is_busy(), timeout=10000)
    figure = page.chart._figure
    assert figure is not None
    title = figure.axes[0].get_title()
    # the dates in words on a wide chart, in figures on a narrow one (gui/flow_chart.NARROW)
    assert "9 November 2011 → 9 December 2011" in title or "09/11/2011 → 09/12/2011" in title
    labels = {text.get_text() for text in figure.axes[0].texts}
    assert "Hibernating  90" in labels or "90" in labels


def test_the_comparison_is_saved_with_the_project(compared, qtbot, tmp_path):
    from core.project import load_project  # noqa: PLC0415 - the saved file is read back here only

    window, _page = compared
    path = tmp_path / "project.json"
    window.session.project_path = str(path)
    assert window.save_project()
    assert load_project(path).settings.compare_to == CompareTo(date=dt.date(2011, 9, 9))


def test_the_overview_line_leads_to_the_changes_page(loaded, qtbot):
    window = loaded
    window.show_page("Overview")
    line = window.pages["Overview"].changes_line
    assert line.text().startswith("<b>Since 10 September 2011: 91 customers moved to a better segment, "
                                  "48 to a worse one, 64 new</b>")
    line.linkActivated.emit("changes")
    assert window.current_page_title() == "Changes"


def test_a_comparison_date_after_the_reference_date_is_said_plainly(compared, qtbot):
    window, page = compared
    overview = window.pages["Overview"]
    with recomputed(window, qtbot):
        overview.latest.setChecked(False)
        overview.date_edit.setDate(QDate(2011, 9, 1))     # the reference date moves before 9 September
    assert window.session.segmentation.migration is None
    assert "is not before the reference date 2011-09-01" in page.headline.text()
    assert page.model.rowCount() == 0 and not page.export_button.isEnabled()
    window.show_page("Overview")
    assert "is not before the reference date" in overview.changes_line.text()
