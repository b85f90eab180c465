"""A first look at a purchases file before it is imported: its first rows, sheets, header row and
the column mapping Clientele would use, read with the importer's own steps (for the mapping page)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from core.importing import shop_formats
from core.importing.mapping import ColumnMapping, detect_mapping
from core.importing.own_outputs import refuse_own_output
from core.importing.raw_table import RawTable, never_raw, read_table
from core.progress import ProgressCallback, ensure, sub_progress
from core.words import N_

log = logging.getLogger(__name__)

#: Rows the mapping is detected from (content detection samples the first rows of each column).
DETECT_ROWS = 5000
#: Rows of the file kept in the preview.
PREVIEW_ROWS = 200


@dataclass
class FilePreview:
    """What the mapping page shows: the file's first rows (after a known export's own preparation,
    values as read), the sheet read and the workbook's sheets, the header row, the detected mapping."""

    path: str
    sheet: str | None
    sheets: list[str] = field(default_factory=list)
    rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    mapping: ColumnMapping = field(default_factory=ColumnMapping)
    header_row: int = 1
    #: the whole table read, for import_purchases(raw=...) so that the file is read once
    table: RawTable | None = field(default=None, repr=False)


@never_raw
def preview_file(path: str | Path, sheet: str | None = None,
                 progress: ProgressCallback | None = None, *, eager_xlsx: bool = False) -> FilePreview:
    """Read ``path`` (the chosen ``sheet``, else the one that holds purchases) and detect its mapping
    as import_purchases would, from the first DETECT_ROWS rows; keep the first PREVIEW_ROWS rows, and
    the whole table read (``table``) for the import. ``eager_xlsx`` as for import_purchases."""
    progress = ensure(progress)
    started = time.perf_counter()
    refuse_own_output(Path(path))
    raw = read_table(path, sheet=sheet, progress=sub_progress(progress, 0.0, 0.9), eager_xlsx=eager_xlsx)
    fmt = shop_formats.detect_format(raw.frame.columns)
    frame = shop_formats.prepare(fmt, raw.frame.head(DETECT_ROWS)).frame
    mapping = detect_mapping(frame, file=str(path), decimal_hint=raw.decimal_hint)
    progress(1.0, N_("Columns recognised"))
    log.info("Preview of %s: %d columns, %d fields recognised (%.2f s)", raw.path.name, len(frame.columns),
             len(mapping.fields), time.perf_counter() - started)
    sheets = ([raw.sheet] if raw.sheet else []) + list(raw.other_sheets)
    return FilePreview(path=str(path), sheet=raw.sheet, sheets=sheets, rows=frame.head(PREVIEW_ROWS),
                       mapping=mapping, header_row=raw.header_row, table=raw)
