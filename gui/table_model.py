"""The one table model: a DataFrame shown with constant work per cell, numpy sorting, mask filtering."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from gui import cell_format
from gui.segment_help import COLUMN_HELP, column_help
from gui.worker import TaskRunner

if TYPE_CHECKING:
    import pandas as pd

    from core.words import Words

#: Rows formatted together when a cell of a block is first shown (about a screenful).
BLOCK = 32

#: Columns holding segment, status, tier or occasion names: shown in the shop's language when set_frame is
#: given its words (definitions: "Names are keys, too").
NAME_COLUMNS = frozenset({"segment", "rfm_segment", "previous_segment", "activity_status", "tier", "next_tier",
                          "occasion"})

#: Frames with at least this many rows are sorted off the GUI thread.
ASYNC_SORT_ROWS = 200_000

_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
_LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)
# The roles and the orientation as constants: a view asks data() six or seven times per painted
# cell, and PySide's shortcut lookup (``Qt.DisplayRole``) costs ~15 µs a time, ``Qt.ItemDataRole.
# DisplayRole`` ~1 µs, a module constant nothing: a table's first paint took 50 ms of the GUI thread.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_INITIAL_SORT_ORDER = Qt.ItemDataRole.InitialSortOrderRole
_HORIZONTAL = Qt.Orientation.Horizontal
_ASCENDING = Qt.SortOrder.AscendingOrder
_DESCENDING = Qt.SortOrder.DescendingOrder
#: The invalid index Qt passes for the top level (a flat table has no other parent).
_TOP_LEVEL = QModelIndex()


class DataFrameModel(QAbstractTableModel):
    """Read-only view of a DataFrame.

    Display text is made lazily, ``BLOCK`` view rows of one column at a time, and cached, so
    ``data()`` is a dictionary lookup plus a list index. Sorting keeps a stable argsort
    permutation; filtering keeps a boolean mask; the shown rows are ``order[mask[order]]``.
    """

    sorted = Signal()

    def __init__(self, parent: QObject | None = None, *, headers: dict[str, str] | None = None,
                 locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._headers = dict(headers or {})
        self._locale = locale or QLocale()
        self._colour_of: dict[str, Callable[[object], QColor | None]] = {}
        self._tooltip_of: dict[str, Callable[[object], str]] = {}
        self._sort_runner: TaskRunner | None = None
        self._set_empty()

    def _set_empty(self) -> None:
        self._frame: pd.DataFrame | None = None
        self._columns: list[str] = []
        self._values: list[np.ndarray] = []
        self._kinds: list[str] = []
        self._formatters: list[Callable[[object], str]] = []
        self._order = np.zeros(0, dtype=np.int64)
        self._mask: np.ndarray | None = None
        self._rows = np.zeros(0, dtype=np.int64)
        self._cache: dict[tuple[int, int], list[str]] = {}
        #: per column of NAME_COLUMNS, each English name as shown (empty in English)
        self._names: dict[int, dict[object, str]] = {}

    # ---- content -------------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame | cell_format.PreparedFrame | None,
                  columns: Sequence[str] | None = None, *, words: Words | None = None) -> None:
        """Show ``frame`` (optionally only ``columns``) or a cell_format.PreparedFrame made in a worker;
        clears sort and filter. ``words``: the shop's language, in which the names of NAME_COLUMNS are
        shown (the frame keeps the English names: a filter or a sort works on them)."""
        prepared = None
        if isinstance(frame, cell_format.PreparedFrame):
            prepared = frame
        elif frame is not None:
            prepared = cell_format.prepare_frame(frame, columns)
        self.beginResetModel()
        self._set_empty()
        if prepared is not None:
            self._frame = prepared.frame
            self._columns = list(prepared.columns)
            self._kinds = list(prepared.kinds)
            self._values = list(prepared.values)
            self._formatters = [cell_format.formatter(k, self._locale, d)
                                for k, d in zip(self._kinds, prepared.decimals, strict=True)]
            if words is not None and not words.is_english:
                for i, column in enumerate(self._columns):
                    if column in NAME_COLUMNS and self._kinds[i] == cell_format.TEXT:
                        self._names[i] = _shown_names(self._values[i], words)
                        self._formatters[i] = _named(self._formatters[i], self._names[i])
            self._order = np.arange(len(prepared.frame), dtype=np.int64)
            self._rows = self._order
            if prepared.first_texts and prepared.texts_locale == self._locale:
                # the first rows' text, made in a worker with these very formatters (with_first_texts)
                for column, texts in prepared.first_texts.items():
                    if column not in self._names:
                        self._cache[(column, 0)] = texts
        self.endResetModel()

    def frame(self) -> pd.DataFrame | None:
        """The full DataFrame (unsorted, unfiltered), or None."""
        return self._frame

    def set_headers(self, headers: dict[str, str]) -> None:
        """Header text per column name (other columns show their name, "_" as spaces)."""
        self._headers = dict(headers)

    def set_column_colour(self, column: str, colour_of: Callable[[object], QColor | None]) -> None:
        """Paint a small colour mark (DecorationRole) from the cell's value, e.g. segment colours."""
        self._colour_of[column] = colour_of

    def has_decoration(self, column: int) -> bool:
        return self._columns[column] in self._colour_of

    def set_column_tooltip(self, column: str, tooltip_of: Callable[[object], str]) -> None:
        self._tooltip_of[column] = tooltip_of

    def set_row_filter(self, mask: np.ndarray | None) -> None:
        """Show only rows where ``mask`` (aligned with the frame) is true; None shows all."""
        self.beginResetModel()
        self._mask = None if mask is None else np.asarray(mask, dtype=bool)
        self._update_rows()
        self.endResetModel()

    def _update_rows(self) -> None:
        self._rows = self._order if self._mask is None else self._order[self._mask[self._order]]
        self._cache.clear()

    def source_row(self, view_row: int) -> int:
        """Position in the frame of a shown row."""
        return int(self._rows[view_row])

    def rowCount(self, parent: QModelIndex = _TOP_LEVEL) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _TOP_LEVEL) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=_DISPLAY):
        if role == _DISPLAY:
            return self.text(index.row(), index.column())
        if role == _ALIGNMENT:
            return _LEFT if self._kinds[index.column()] in (cell_format.TEXT, cell_format.BOOL) else _RIGHT
        if role == _DECORATION or role == _TOOLTIP:
            name = self._columns[index.column()]
            table = self._colour_of if role == _DECORATION else self._tooltip_of
            fn = table.get(name)
            if fn is None:
                return None
            return fn(self._values[index.column()][self._rows[index.row()]])
        return None

    def text(self, row: int, column: int) -> str:
        """The display text of a shown cell (constant work: cached per block of rows)."""
        block = row // BLOCK
        key = (column, block)
        texts = self._cache.get(key)
        if texts is None:
            start = block * BLOCK
            source = self._rows[start:start + BLOCK]
            fmt = self._formatters[column]
            texts = [fmt(v) for v in self._values[column][source]]
            self._cache[key] = texts
        return texts[row - block * BLOCK]

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == _HORIZONTAL:
            if role == _DISPLAY:
                name = self._columns[section]
                if name in self._headers:
                    return self._headers[name]
                return name.replace("_", " ").capitalize() if name.islower() else name
            if role == _TOOLTIP:
                # what the column means, where there are words for it; no tooltip at all rather than
                # the bare column key ("first_name", "mailed_rate") of a column without them
                name = self._columns[section]
                return column_help(name) if name in COLUMN_HELP else None
            if role == _INITIAL_SORT_ORDER:
                # the first click on an amount or a count puts the largest first (QHeaderView asks this)
                numeric = self._kinds[section] in cell_format.NUMBER_KINDS
                return (_DESCENDING if numeric else _ASCENDING).value
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Stable numpy sort kept as a permutation; missing values last; selection kept.

        Frames above ASYNC_SORT_ROWS are sorted on a worker thread (``sorted`` fires when done),
        so a click on a header never freezes the window.
        """
        if self._frame is None or not (0 <= column < len(self._columns)):
            return
        ascending = order == Qt.AscendingOrder
        series = self._frame.iloc[:, column]
        if column in self._names:  # names sort as they are shown
            series = series.map(self._names[column])
        if len(self._frame) < ASYNC_SORT_ROWS:
            self._apply_order(sort_permutation(series, ascending))
            return
        if self._sort_runner is None:
            self._sort_runner = TaskRunner(self)
        frame = self._frame
        self._sort_runner.start(
            sort_permutation, series, ascending,
            on_done=lambda perm: self._apply_order(perm) if self._frame is frame else None,
            message="Sorting…")

    def _apply_order(self, permutation: np.ndarray) -> None:
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_sources = [self._rows[i.row()] if i.row() < len(self._rows) else -1 for i in old_persistent]
        self._order = permutation
        self._update_rows()
        position = np.empty(len(self._frame), dtype=np.int64)
        position.fill(-1)
        position[self._rows] = np.arange(len(self._rows))
        new_persistent = [
            self.index(int(position[s]), i.column()) if s >= 0 and position[s] >= 0 else QModelIndex()
            for i, s in zip(old_persistent, old_sources, strict=True)
        ]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()
        self.sorted.emit()

    def rows_as_tsv(self, view_rows: Sequence[int], columns: Sequence[int] | None = None) -> str:
        """Tab-separated text of shown rows (header line first), ready to paste into a spreadsheet."""
        columns = list(range(len(self._columns))) if columns is None else list(columns)
        lines = ["\t".join(str(self.headerData(c, Qt.Horizontal)) for c in columns)]
        from core.output import is_dangerous  # noqa: PLC0415 - pandas stays out of start-up

        texts = {c for c in columns if self._kinds[c] == cell_format.TEXT}   # (numbers paste as numbers)
        for row in view_rows:
            cells = [(self.text(row, c), c in texts) for c in columns]
            lines.append("\t".join(_pasted(text, is_text and is_dangerous(text)) for text, is_text in cells))
        return "\n".join(lines) + "\n"


def with_first_texts(prepared: cell_format.PreparedFrame, locale: QLocale | None = None) -> cell_format.PreparedFrame:
    """``prepared`` with the display text of its first BLOCK rows made now (in a worker), which a
    DataFrameModel of the same ``locale`` (QLocale() when None) shows and sizes its columns from
    without formatting them on the GUI thread. Columns of NAME_COLUMNS holding text are left to the
    model: it shows those names in the shop's language."""
    locale = locale or QLocale()
    rows = min(len(prepared.frame), BLOCK)
    texts: dict[int, list[str]] = {}
    for i, (column, kind, values, decimals) in enumerate(zip(prepared.columns, prepared.kinds, prepared.values,
                                                             prepared.decimals, strict=True)):
        if column in NAME_COLUMNS and kind == cell_format.TEXT:
            continue
        fmt = cell_format.formatter(kind, locale, decimals)
        texts[i] = [fmt(v) for v in values[:rows]]
    prepared.first_texts, prepared.texts_locale = texts, locale
    return prepared


def sort_permutation(series: pd.Series, ascending: bool = True, *, progress: object = None) -> np.ndarray:
    """Positions that sort ``series`` stably (mergesort), missing values last, text ignoring case.
    (``progress``: the worker's callback, unused: one numpy sort has no steps to report.)"""
    import pandas as pd  # noqa: PLC0415 - pandas stays out of start-up

    values = series.reset_index(drop=True)
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_numeric_dtype(dtype):
        key = values.to_numpy(dtype=np.float64, na_value=np.nan)
    elif pd.api.types.is_datetime64_any_dtype(dtype):
        missing = values.isna().to_numpy()
        key = values.to_numpy(dtype="datetime64[ns]").view(np.int64).astype(np.float64)
        key[missing] = np.nan
    else:
        codes, uniques = pd.factorize(values, sort=False)
        folded = np.asarray(pd.Index(uniques).astype(str).str.casefold(), dtype=object)
        rank = np.unique(folded, return_inverse=True)[1].astype(np.float64) if len(folded) else folded
        key = np.where(codes >= 0, rank[np.maximum(codes, 0)] if len(rank) else 0.0, np.nan)
    if not ascending:
        key = -key
    return np.argsort(key, kind="stable").astype(np.int64)  # NaN sorts last either way


def _shown_names(values: np.ndarray, words: Words) -> dict[object, str]:
    """Each name among ``values`` as ``words`` name it (built once per frame)."""
    import pandas as pd  # noqa: PLC0415 - pandas stays out of start-up

    return {value: words.name(value) for value in pd.unique(values) if isinstance(value, str)}


def _named(fmt: Callable[[object], str], shown: dict[object, str]) -> Callable[[object], str]:
    """``fmt`` showing each name as ``shown`` has it: a dictionary lookup per cell."""
    def name(value: object) -> str:
        text = shown.get(value)
        return fmt(value) if text is None else text
    return name


def _pasted(text: str, formula_like: bool) -> str:
    """A cell as pasted into a spreadsheet: one line, and text that starts like a formula (a customer
    named "=HYPERLINK(…)": cells.is_dangerous) with the apostrophe that keeps it text (definitions §7)."""
    text = text.replace("\t", " ").replace("\n", " ")
    return "'" + text if formula_like else text

