"""DataFrameModel: locale text, numpy sorting, mask filtering, TSV copy, 1,000,000 rows; the first
rows' text made in a worker."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from core.arrow_columns import PYTHON_TEXT_BLOCK
from core.language import Language
from core.words import Words
from gui.cell_format import TEXT, column_values, prepare_frame
from gui.table_model import BLOCK, DataFrameModel, with_first_texts
from gui.table_view import DataTableView

pytestmark = pytest.mark.gui


def small_frame():
    return pd.DataFrame({
        "customer_id": ["b", "a", "c", None],
        "revenue": [10.5, 2000.0, np.nan, 3.25],
        "orders": pd.array([2, 1, None, 5], dtype="Int64"),
        "last_purchase": pd.to_datetime(["2024-03-01", "2023-01-02", None, "2024-12-31"]),
        "declining": [True, False, True, False],
    })


def test_display_text_in_locale():
    model = DataFrameModel(locale=QLocale(QLocale.German, QLocale.Germany))
    model.set_frame(small_frame())
    assert model.text(1, 1) == "2.000,00"
    assert model.text(2, 1) == ""
    assert model.text(2, 2) == ""
    assert model.text(3, 2) == "5"
    assert model.text(0, 3) == "01.03.2024"
    assert model.text(3, 0) == ""
    assert model.text(0, 4) == "Yes"
    index = model.index(1, 1)
    assert model.data(index, Qt.TextAlignmentRole) == int(Qt.AlignRight | Qt.AlignVCenter)
    assert model.data(index, Qt.EditRole) is None


def test_sort_is_stable_with_missing_last():
    model = DataFrameModel(locale=QLocale.c())
    frame = pd.DataFrame({"k": [2, 1, 2, 1, None], "n": [0, 1, 2, 3, 4]})
    model.set_frame(frame)
    model.sort(0, Qt.AscendingOrder)
    assert [model.source_row(r) for r in range(5)] == [1, 3, 0, 2, 4]
    model.sort(0, Qt.DescendingOrder)
    assert [model.source_row(r) for r in range(5)][-1] == 4


def test_text_sort_ignores_case_and_keeps_missing_last():
    model = DataFrameModel(locale=QLocale.c())
    model.set_frame(pd.DataFrame({"name": ["b", None, "A", "a", "C"]}))
    model.sort(0, Qt.AscendingOrder)
    assert [model.text(r, 0) for r in range(5)] == ["A", "a", "b", "C", ""]
    model.sort(0, Qt.DescendingOrder)
    assert [model.text(r, 0) for r in range(5)] == ["C", "b", "A", "a", ""]


def test_filter_then_sort():
    model = DataFrameModel(locale=QLocale.c())
    model.set_frame(small_frame())
    model.set_row_filter(np.array([True, True, False, True]))
    assert model.rowCount() == 3
    model.sort(1, Qt.DescendingOrder)
    assert [model.text(r, 0) for r in range(3)] == ["a", "b", ""]


def test_sort_keeps_selection(qtbot):
    view = DataTableView()
    qtbot.addWidget(view)
    view.model().set_frame(small_frame())
    view.selectRow(1)  # customer "a"
    view.model().sort(0, Qt.AscendingOrder)
    rows = view.selected_view_rows()
    assert [view.model().text(r, 0) for r in rows] == ["a"]


def test_copy_rows_as_tsv(qtbot):
    view = DataTableView()
    qtbot.addWidget(view)
    view.model().set_frame(pd.DataFrame({"customer_id": ["x\ty", "z"], "orders": [1, 2]}))
    view.selectRow(0)
    text = view.copy_selection()
    assert text.splitlines() == ["Customer id\tOrders", "x y\t1"]
    assert QGuiApplication.clipboard().text() == text
    # pasted into a spreadsheet, a name that starts like a formula stays text; a negative number stays a number
    view.model().set_frame(pd.DataFrame({"name": ['=HYPERLINK("http://x","y")', "Ann"], "revenue": [-5.0, 3.0]}))
    view.selectAll()
    assert view.copy_selection().splitlines()[1:] == ["'=HYPERLINK(\"http://x\",\"y\")\t-5", "Ann\t3"]


def test_million_rows_scroll_and_sort(qtbot):
    n = 1_000_000
    rng = np.random.default_rng(1)
    frame = pd.DataFrame({
        "customer_id": pd.Series(rng.integers(0, 10**6, n)).astype(str),
        "revenue": rng.random(n) * 1000,
        "orders": rng.integers(1, 50, n),
        "last_purchase": pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D"),
    })
    view = DataTableView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    model = view.model()
    model.set_frame(frame)
    assert model.rowCount() == n
    view.show()
    for row in range(0, n, n // 300):  # jump through the table like a scroll bar drag
        for column in range(4):
            assert model.data(model.index(row, column), Qt.DisplayRole)
    # speed is measured by bench/ (not asserted here): sorting a big table runs off the GUI thread,
    # so sort() returns before the permutation is ready and `sorted` arrives later
    with qtbot.waitSignal(model.sorted, timeout=30000):
        model.sort(1, Qt.DescendingOrder)
    assert float(model.text(0, 1).replace(",", "")) >= float(model.text(1, 1).replace(",", ""))
    with qtbot.waitSignal(model.sorted, timeout=30000):
        model.sort(0, Qt.AscendingOrder)  # text column
    assert model.text(0, 0) <= model.text(1, 0)
    view.scrollToBottom()
    qtbot.wait(10)
    assert model.text(n - 1, 0) >= model.text(n - 2, 0)


def test_the_first_rows_text_made_in_a_worker_is_what_the_model_shows(qtbot):
    """with_first_texts formats the first block off the GUI thread; a model of the same locale
    shows that very text (and sizes its columns from it), names in the shop's language aside."""
    german = QLocale(QLocale.German, QLocale.Germany)
    rng = np.random.default_rng(5)
    rows = BLOCK + 8
    frame = pd.DataFrame({
        "customer_id": [f"C{i}" for i in range(rows)],
        "rfm_segment": rng.choice(["Champions", "At Risk", "Hibernating"], rows),
        "revenue": np.round(rng.gamma(2.0, 500.0, rows), 2),
        "orders": pd.array(rng.integers(1, 40, rows), dtype="Int64"),
        "last_purchase": pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 400, rows), unit="D"),
        "declining": rng.random(rows) < 0.3,
        "p_alive": rng.random(rows),
    })
    frame.loc[3, "revenue"] = np.nan
    words = Words(Language.GERMAN)
    made = with_first_texts(prepare_frame(frame), german)
    assert sorted(made.first_texts) == [0, 2, 3, 4, 5, 6]          # the segment names are left to the model
    assert made.first_texts[2][1] == f"{frame['revenue'][1]:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    shown, own = DataFrameModel(locale=german), DataFrameModel(locale=german)
    shown.set_frame(made, words=words)
    own.set_frame(prepare_frame(frame), words=words)
    assert all(shown.text(r, c) == own.text(r, c) for r in range(rows) for c in range(frame.shape[1]))
    assert shown.text(0, 2) is made.first_texts[2][0]                # not formatted again
    assert words.name("At Risk") != "At Risk"
    assert words.name("At Risk") in {shown.text(r, 1) for r in range(BLOCK)}
    views = [DataTableView(model) for model in (shown, own)]
    for view in views:
        qtbot.addWidget(view)
        view.fit_columns()
    assert [views[0].columnWidth(c) for c in range(7)] == [views[1].columnWidth(c) for c in range(7)]
    other = DataFrameModel(locale=QLocale(QLocale.English, QLocale.UnitedStates))
    other.set_frame(made)                                            # another locale: formats its own
    assert other.text(1, 2) == f"{frame['revenue'][1]:,.2f}" != made.first_texts[2][1]


@pytest.mark.parametrize("dtype", ["str", "object", "category"])
def test_text_made_block_by_block_is_the_whole_column(dtype):
    """A long text column is made into Python text PYTHON_TEXT_BLOCK rows at a time (the window's thread
    runs between blocks): the same values, missing ones None, across the blocks' edges."""
    n = 2 * PYTHON_TEXT_BLOCK + 7
    texts = [None if i % 11 == 0 else f"customer {i % 997}" for i in range(n)]
    series = pd.Series(texts, dtype=dtype)
    values = column_values(series, TEXT)
    assert values.dtype == object and len(values) == n
    assert values.tolist() == texts


def test_an_email_column_that_repeats_the_customer_column_is_shown_once():
    """Found by a trial of the window: in a shop that names customers by e-mail, the Customer and E-mail
    columns were the two widest and said the same, both cut short."""
    import pandas as pd  # noqa: PLC0415

    from gui.cell_format import prepare_frame  # noqa: PLC0415

    keyed = pd.DataFrame({"customer_id": ["a@x.de", "b@x.de"], "email": ["a@x.de", "b@x.de"], "revenue": [1.0, 2.0]})
    assert prepare_frame(keyed, ["customer_id", "email", "revenue"]).columns == ["customer_id", "revenue"]
    numbered = keyed.assign(customer_id=["C1", "C2"])
    assert prepare_frame(numbered, ["customer_id", "email", "revenue"]).columns == ["customer_id", "email", "revenue"]
