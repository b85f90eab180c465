"""Worker functions: module-level, Qt-free steps run by TaskRunner (import, preview, segment, the model
check, export).

Each takes ``progress`` last (a core progress callback) and returns plain data the GUI thread only
has to show: heavy pandas work (summaries, display frames) is done here, off the GUI thread. Their
own step texts are translated here, in the context "Progress" (QCoreApplication.translate is
thread-safe); the steps core reports come as core writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from core.progress import ProgressCallback, ensure, sub_progress
from gui.page_registry import prepare_pages

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from core.campaigns import ExportRequest, ExportSummary
    from core.importing import (
        AttributesResult,
        ColumnMapping,
        ConsentBook,
        ImportOptions,
        ImportResult,
        RawTable,
    )
    from core.project import Project
    from core.segmentation import FactsCache, ModelCheck, Predictions, Segmentation, Settings
    from gui.cell_format import PreparedFrame

T = TypeVar("T")

#: Rows of the imported file shown under the import report.
PREVIEW_ROWS = 200


@dataclass
class Imported:
    """What an import leaves: core's ImportResult, optional attributes, display helpers, and the
    consent of both files (core.importing.combine_consent: every row, rows set aside too; None
    when only the frames are known, and segmentation reads consent from them)."""

    result: ImportResult
    attributes: pd.DataFrame | None = None
    attributes_result: AttributesResult | None = None
    first_rows: PreparedFrame | pd.DataFrame | None = None
    path: str = ""
    history: HistoryIndex = field(default_factory=lambda: HistoryIndex(None))
    attributes_path: str | None = None
    #: The project file (its choices and where it is) this import opens, taken only once the import
    #: is done (session.set_imported); None for a plain file.
    project: Project | None = None
    project_path: str | None = None
    consent: ConsentBook | None = None
    #: The size and modification time (ns) of each file read (purchases, customers), taken before
    #: it was read: an export checks them (``changed_files``), so that an opt-out written into a
    #: file after it was opened is never missed.
    stamps: dict[str, tuple[int, int] | None] = field(default_factory=dict)

    def changed_files(self) -> list[str]:
        """The files this import read that changed, or went, since they were read."""
        return [path for path, stamp in self.stamps.items() if stamp is None or file_stamp(path) != stamp]


@dataclass
class Preview:
    """The mapping page's content: core's FilePreview with its first rows as display text, and the
    whole table read (``table``) with the file's size and time when read, so that the import reads
    the file only once (``unchanged``)."""

    path: str
    sheet: str | None
    sheets: list[str]
    frame: pd.DataFrame  # the first rows as text (17809, not 17,809.00)
    mapping: ColumnMapping
    header_row: int
    table: RawTable | None = field(default=None, repr=False)
    stamp: tuple[int, int] | None = None  # (size, modification time in ns) when read

    def unchanged(self) -> bool:
        """Whether the file is as it was when read (so ``table`` may stand for it)."""
        return self.stamp is not None and file_stamp(self.path) == self.stamp


def file_stamp(path: str) -> tuple[int, int] | None:
    """A file's size and modification time (ns), or None when it cannot be read."""
    try:
        info = Path(path).stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def read_preview(path: str, sheet: str | None = None, *, progress: ProgressCallback | None = None) -> Preview:
    """The file's first rows, sheets and detected mapping (core.importing.preview_file), for the
    mapping page; the sheet is read as the import reads it (eager), and kept for it."""
    from core.importing import preview_file  # noqa: PLC0415 - core.importing (pandas...) loads with the first file

    stamp = file_stamp(path)
    found = preview_file(path, sheet, progress, eager_xlsx=True)
    return Preview(path=found.path, sheet=found.sheet, sheets=found.sheets, frame=_as_text(found.rows),
                   mapping=found.mapping, header_row=found.header_row, table=found.table, stamp=stamp)


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells as the file shows them (17809 rather than 17,809.00) for the mapping preview."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if series.dtype.kind == "f" and series.dropna().mod(1).eq(0).all():
            series = series.astype("Int64")
        out[column] = series.astype("string")
    return out


def import_file(path: str, options: ImportOptions | None = None, attributes_path: str | None = None, *,
                preview: Preview | None = None, progress: ProgressCallback | None = None) -> Imported:
    """Import purchases (and optionally a customer-attributes file) with core's importer. The table
    a ``preview`` of the same file read is used instead of reading the file again, unless the file
    changed since."""
    from core.importing import (  # noqa: PLC0415 - as above
        ImportOptions,
        combine_consent,
        import_customer_attributes,
        import_purchases,
    )

    progress = ensure(progress)
    options = options if options is not None else ImportOptions()
    split = 0.8 if attributes_path else 1.0
    table = preview.table if preview is not None and preview.unchanged() else None
    stamps = {str(path): preview.stamp if table is not None and preview is not None else file_stamp(str(path))}
    # The eager read: the window keeps painting while the sheet is parsed and freed.
    result = import_purchases(str(path), options, sub_progress(progress, 0.0, split), eager_xlsx=True, raw=table)
    attributes_result = attributes = None
    if attributes_path:
        stamps[str(attributes_path)] = file_stamp(str(attributes_path))
        attributes_result = import_customer_attributes(
            str(attributes_path), ImportOptions(), sub_progress(progress, split, 1.0),
            by_email=result.mapping.keyed_by_email())
        attributes = attributes_result.attributes
    from gui.cell_format import prepare_frame  # noqa: PLC0415 - display values made here, not on the GUI thread

    first_rows = prepare_frame(result.transactions.head(PREVIEW_ROWS).copy())
    progress(0.98, QCoreApplication.translate("Progress", "Indexing purchases per customer"))
    history = history_index(result.transactions)
    progress(1.0, QCoreApplication.translate("Progress", "Import finished"))
    consent = combine_consent(result.consent, attributes_result.consent if attributes_result is not None else None)
    return Imported(result=result, attributes=attributes, attributes_result=attributes_result,
                    first_rows=first_rows, path=str(path), history=history, attributes_path=attributes_path,
                    consent=consent, stamps=stamps)


class HistoryIndex:
    """customer_id -> row positions of that customer's purchases (for the detail pane).

    Built with numpy (factorize, stable argsort, offsets) rather than ``groupby().indices``, whose
    per-group Python loop took about a second on a million rows of Arrow-backed ids. The distinct
    ids stay in Arrow and one is looked up by Arrow's scan when the pane asks (about a millisecond
    for 500,000 ids), not through a dictionary of Python strings: building that held the
    interpreter's lock for 250-310 ms on the 10M-row file, the window frozen meanwhile."""

    def __init__(self, transactions: pd.DataFrame | None) -> None:
        import numpy as np  # noqa: PLC0415 - pandas stays out of start-up
        import pandas as pd  # noqa: PLC0415 - pandas stays out of start-up
        import pyarrow as pa  # noqa: PLC0415 - pandas stays out of start-up

        if transactions is None or len(transactions) == 0:
            self._ids = pa.array([], pa.string())
            self._order, self._offsets = np.empty(0, np.int64), np.zeros(1, np.int64)
            return
        codes, uniques = pd.factorize(transactions["customer_id"], use_na_sentinel=True)
        self._order = np.argsort(codes, kind="stable")
        counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
        self._offsets = np.concatenate(([0], np.cumsum(counts))) + int((codes < 0).sum())
        self._ids = pa.array(uniques, from_pandas=True)

    def get(self, customer_id: str, default: np.ndarray | None = None) -> np.ndarray | None:
        import pyarrow as pa  # noqa: PLC0415 - pandas stays out of start-up
        import pyarrow.compute as pc  # noqa: PLC0415 - pandas stays out of start-up

        code = pc.index(self._ids, pa.scalar(customer_id, self._ids.type)).as_py()   # (-1: not there)
        if code < 0:
            return default
        return self._order[self._offsets[code]:self._offsets[code + 1]]

    def __len__(self) -> int:
        return len(self._ids)


def history_index(transactions: pd.DataFrame | None) -> HistoryIndex:
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
            consent: ConsentBook | None = None, progress: ProgressCallback | None = None) -> Computed:
    """Segment the customers (core) and let every analysis page prepare its view data, off the GUI
    thread. ``latest_date``: the latest date of the file's kept rows (``ImportResult.latest_date``), the
    default reference date; ``facts_cache``: the session's, so a settings change reuses the facts;
    ``consent``: the import's consent of both files (``Imported.consent``)."""
    from core.segmentation import segment_customers  # noqa: PLC0415 - pandas stays out of start-up

    progress = ensure(progress)
    segmentation = segment_customers(transactions, settings, attributes, sub_progress(progress, 0.0, 0.85),
                                     facts_cache=facts_cache, latest_date=latest_date, consent=consent)
    pages = prepare_pages(segmentation, transactions, sub_progress(progress, 0.85, 1.0))
    progress(1.0, QCoreApplication.translate("Progress", "Groups ready"))
    return Computed(segmentation, pages)


def check_predictions(predictions: Predictions, *, progress: ProgressCallback | None = None) -> ModelCheck:
    """The model check of definitions §11 for a fit (core.segmentation.model_check): one more fit, so
    it runs off the GUI thread."""
    from core.segmentation import model_check  # noqa: PLC0415 - pandas stays out of start-up

    return model_check(predictions.history, progress)


def export(request: ExportRequest, *, progress: ProgressCallback | None = None) -> ExportSummary:
    """Write the mailing workbook (and CSVs) and record the campaign, all or nothing, through the
    run plan the command line uses too (core.run_plan); returns its ExportSummary."""
    from core.run_plan import RunPlan, run_plan  # noqa: PLC0415 - start-up stays light

    summary = run_plan(RunPlan(mailing=request), progress).mailing
    if summary is None:                      # never: the plan holds a mailing
        raise RuntimeError("the mailing export was not written")
    return summary
