"""Worker functions: module-level, Qt-free steps run by TaskRunner (import, preview, segment, export).

Each takes ``progress`` last (a core progress callback) and returns plain data the GUI thread only
has to show: heavy pandas work (summaries, display frames) is done here, off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional, TypeVar

from core.progress import ProgressCallback, ensure, sub_progress
from gui.page_registry import prepare_pages

if TYPE_CHECKING:
    import pandas as pd

    from core.segmentation import FactsCache, Segmentation, Settings

T = TypeVar("T")

#: Rows of the imported file shown under the import report.
PREVIEW_ROWS = 200


@dataclass
class Imported:
    """What an import leaves: core's ImportResult, optional attributes, and display helpers."""

    result: Any
    attributes: Any = None
    attributes_result: Any = None
    first_rows: Any = None
    path: str = ""
    history: dict = field(default_factory=dict)
    attributes_path: Optional[str] = None
    keep_settings: bool = False


@dataclass
class Preview:
    """The raw table's first rows, the sheets, and the detected column mapping (mapping page)."""

    path: str
    sheet: Optional[str]
    sheets: list = field(default_factory=list)
    frame: Any = None
    mapping: Any = None
    header_row: Optional[int] = None


def import_module():
    """core.importing.importer, imported when first needed (start-up stays light)."""
    from core.importing import importer  # noqa: PLC0415

    return importer


def read_preview(path: str, sheet: Optional[str] = None, *, progress=None) -> Preview:
    """Read the file's raw table and detect its mapping (for the mapping page)."""
    from core.importing.mapping import detect_mapping  # noqa: PLC0415
    from core.importing.raw_table import read_table  # noqa: PLC0415

    progress = ensure(progress)
    raw = read_table(path, sheet=sheet, progress=sub_progress(progress, 0.0, 0.9))
    from core.importing import shop_formats  # noqa: PLC0415

    fmt = shop_formats.detect_format(raw.frame.columns)
    frame = shop_formats.prepare(fmt, raw.frame.head(5000)).frame
    mapping = detect_mapping(frame, file=str(path), decimal_hint=raw.decimal_hint)
    progress(1.0, "Columns recognised")
    sheets = ([raw.sheet] if getattr(raw, "sheet", None) else []) + list(getattr(raw, "other_sheets", []) or [])
    return Preview(
        path=str(path),
        sheet=raw.sheet,
        sheets=sheets,
        frame=_as_text(frame.head(PREVIEW_ROWS)),
        mapping=mapping,
        header_row=raw.header_row,
    )


def _as_text(frame):
    """Cells as the file shows them (17809 rather than 17,809.00) for the mapping preview."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if series.dtype.kind == "f" and series.dropna().mod(1).eq(0).all():
            series = series.astype("Int64")
        out[column] = series.astype("string")
    return out


def import_file(path: str, options: Any = None, attributes_path: Optional[str] = None, *, progress=None) -> Imported:
    """Import purchases (and optionally a customer-attributes file) with core's importer."""
    importer = import_module()
    progress = ensure(progress)
    options = options if options is not None else importer.ImportOptions()
    split = 0.8 if attributes_path else 1.0
    from core.importing.excel import gil_free_reading  # noqa: PLC0415

    with gil_free_reading():  # the window keeps painting while the sheet is parsed and freed
        result = importer.import_purchases(str(path), options, sub_progress(progress, 0.0, split))
    attributes_result = attributes = None
    if attributes_path:
        attributes_result = importer.import_customer_attributes(
            str(attributes_path), importer.ImportOptions(), sub_progress(progress, split, 1.0))
        attributes = getattr(attributes_result, "attributes", None)
    from gui.cell_format import prepare_frame  # noqa: PLC0415 - display values made here, not on the GUI thread

    first_rows = prepare_frame(result.transactions.head(PREVIEW_ROWS).copy())
    progress(0.98, "Indexing purchases per customer")
    history = history_index(result.transactions)
    progress(1.0, "Import finished")
    return Imported(result=result, attributes=attributes, attributes_result=attributes_result,
                    first_rows=first_rows, path=str(path), history=history)


class HistoryIndex:
    """customer_id -> row positions of that customer's purchases (for the detail pane).

    Built with numpy (factorize, stable argsort, offsets) rather than ``groupby().indices``, whose
    per-group Python loop took about a second on a million rows of Arrow-backed ids."""

    def __init__(self, transactions) -> None:
        import numpy as np  # noqa: PLC0415
        import pandas as pd  # noqa: PLC0415

        if transactions is None or len(transactions) == 0:
            self._code_of, self._order, self._offsets = {}, np.empty(0, np.int64), np.zeros(1, np.int64)
            return
        codes, uniques = pd.factorize(transactions["customer_id"], use_na_sentinel=True)
        self._order = np.argsort(codes, kind="stable")
        counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
        self._offsets = np.concatenate(([0], np.cumsum(counts))) + int((codes < 0).sum())
        self._code_of = dict(zip(uniques.tolist(), range(len(uniques))))

    def get(self, customer_id, default=None):
        code = self._code_of.get(customer_id)
        if code is None:
            return default
        return self._order[self._offsets[code]:self._offsets[code + 1]]

    def __len__(self) -> int:
        return len(self._code_of)


def history_index(transactions) -> HistoryIndex:
    """The purchase rows of each customer, for the detail pane."""
    return HistoryIndex(transactions)


@dataclass
class Computed:
    """A segmentation and what each analysis page prepared from it off the GUI thread, keyed by
    the page's PageSpec.key (see gui.page_registry)."""

    segmentation: Segmentation
    pages: dict[str, object] = field(default_factory=dict)

    def data(self, key: str, kind: type[T]) -> T | None:
        """The view data page ``key`` prepared, when it is of type ``kind``."""
        value = self.pages.get(key)
        return value if isinstance(value, kind) else None


def segment(transactions: pd.DataFrame, settings: Settings, attributes: pd.DataFrame | None = None, *,
            latest_date: pd.Timestamp | None = None, facts_cache: FactsCache | None = None,
            progress: ProgressCallback | None = None) -> Computed:
    """Segment the customers (core) and let every analysis page prepare its view data, off the GUI
    thread. ``latest_date``: the file's latest readable date (``ImportResult.latest_date``), the
    default reference date; ``facts_cache``: the session's, so a settings change reuses the facts."""
    from core.segmentation import segment_customers  # noqa: PLC0415 - pandas stays out of start-up

    progress = ensure(progress)
    segmentation = segment_customers(transactions, settings, attributes, sub_progress(progress, 0.0, 0.85),
                                     facts_cache=facts_cache, latest_date=latest_date)
    pages = prepare_pages(segmentation, transactions, sub_progress(progress, 0.85, 1.0))
    progress(1.0, "Groups ready")
    return Computed(segmentation, pages)


def export(segmentation, offers, lists, out_path, csv_dir=None, control_share=0.10, shop=None,
           source_file=None, *, progress=None):
    """Write the mailing workbook (and CSVs) with core.campaigns.export; returns its ExportSummary."""
    from core.campaigns.export import export_mailing  # noqa: PLC0415
    from core.campaigns.offers import ShopInfo  # noqa: PLC0415

    return export_mailing(segmentation, offers, lists, out_path, csv_dir=csv_dir, control_share=control_share,
                          shop=shop or ShopInfo(), source_file=source_file, progress=progress)
