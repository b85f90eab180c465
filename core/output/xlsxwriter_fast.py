"""XlsxWriter's fast path, in one place: level-1 deflate and row XML streamed into the sheet.

XlsxWriter has no public way to choose the zip compression level or to take ready-made row XML.
Both save most of a large export's time (deflate level 1 zips three times faster than the default
for a file about a fifth bigger; rows built column by column with Arrow, see sheet_xml.py, are
about ten times faster than one ``write_row`` call per row), and both need XlsxWriter's internals.
They are used here only, through subclasses (nothing in the library is patched), and only with
the XlsxWriter version they were tested with, ``TESTED_VERSION`` (pinned in requirements.txt).
With any other version ``FAST`` is False: :func:`fast_workbook_class` gives XlsxWriter's own
Workbook and tables are written cell by cell through the public API (same cells, slower).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from zipfile import ZIP_DEFLATED, LargeZipFile, ZipFile, ZipInfo

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.packager import Packager
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

if TYPE_CHECKING:
    from core.output.columns import CellKind

log = logging.getLogger(__name__)

#: The XlsxWriter release whose internals this module was written against and tested with.
TESTED_VERSION = "3.3.1"
#: Whether the installed XlsxWriter is that release (decided once, from the library's version).
FAST = xlsxwriter.__version__ == TESTED_VERSION
#: Deflate level for the workbook's zip (XlsxWriter's own default is zlib's, level 6).
ZIP_LEVEL = 1


class StyleIds:
    """Cell style numbers (XlsxWriter's xf indexes) for the row XML of one workbook.

    XlsxWriter numbers a format the first time a cell uses it; asking here numbers it the same
    way, so ask in the order the cells are written."""

    def __init__(self, quoted: Format, kind_format: Callable[[CellKind], Format | None]) -> None:
        self._quoted = quoted
        self._kind_format = kind_format

    def quoted(self) -> int:
        """The style of formula-like text shown as text (quote prefix)."""
        return int(self._quoted._get_xf_index())

    def for_kind(self, kind: CellKind) -> int | None:
        """The style of a number or date cell of this kind; None for XlsxWriter's plain cell."""
        fmt = self._kind_format(kind)
        return None if fmt is None else int(fmt._get_xf_index())


class SharedStrings:
    """The workbook's shared-string table, for text written as row XML.

    Every sheet of a workbook shares one table; this object is made by the sheet that writes
    (:meth:`FastWorksheet.shared_strings`) and used on that thread only."""

    def __init__(self, sheet: Worksheet) -> None:
        self._table = sheet.str_table

    def index(self, text: str, uses: int) -> int:
        """The table index of ``text``, counted as used ``uses`` times."""
        index = int(self._table._get_shared_string_index(text))
        self._table.count += uses - 1
        return index


class FastWorksheet(Worksheet):
    """A worksheet that can take ready-made ``<row>`` XML (constant-memory workbooks only)."""

    def can_stream(self) -> bool:
        return bool(self.constant_memory)

    def shared_strings(self) -> SharedStrings:
        return SharedStrings(self)

    def stream_rows(self, first_row: int, chunks: Sequence[memoryview], rows: int, columns: int,
                    progress: Callable[[float, str], None] | None = None) -> None:
        """Append the rows ``first_row + 1 ..`` given as UTF-8 row XML after the rows written so far
        (the row ``first_row`` itself, the header, is written through the public API first)."""
        self._write_single_row(first_row + 1)            # flush the header row
        text = self.row_data_fh
        raw = getattr(text, "buffer", None)              # the UTF-8 file under XlsxWriter's text file
        for i, chunk in enumerate(chunks):
            if raw is not None:
                text.flush()
                raw.write(chunk)
            else:
                text.write(bytes(chunk).decode("utf-8"))
            if progress is not None:
                progress((i + 1) / len(chunks), "")
        last = first_row + rows
        self._check_dimensions(last, columns - 1)
        self.previous_row = last


class FastWorkbook(Workbook):
    """XlsxWriter's Workbook with :class:`FastWorksheet` sheets, zipped at ``ZIP_LEVEL``."""

    worksheet_class = FastWorksheet

    def _store_workbook(self) -> None:
        """XlsxWriter 3.3.1's ``Workbook._store_workbook``, with the zip's compression level set, and
        with a failure (a full disk) cleaned up: the zip is closed at once, so that no
        "Exception ignored in ZipFile.__del__" is printed later, and the temporary files are removed."""
        started = time.perf_counter()
        packager = self._get_packager()
        xlsx_file = ZipFile(self.filename, "w", compression=ZIP_DEFLATED, allowZip64=self.allow_zip64,
                            compresslevel=ZIP_LEVEL)
        try:
            self._zip_parts(xlsx_file, packager)
            xlsx_file.close()
        except BaseException:
            with contextlib.suppress(Exception):
                xlsx_file.close()           # writes what it can; its file is a temporary one
            self._remove_temp_files(packager)
            raise
        log.debug("workbook zipped at level %d in %.2f s", ZIP_LEVEL, time.perf_counter() - started)

    def _zip_parts(self, xlsx_file: ZipFile, packager: Packager) -> None:
        if not self.worksheets():
            self.add_worksheet()
        if self.worksheet_meta.activesheet == 0:
            self.worksheets_objs[0].selected = 1
            self.worksheets_objs[0].hidden = 0
        for sheet in self.worksheets():
            if sheet.index == self.worksheet_meta.activesheet:
                sheet.active = 1
        if self.vba_project:
            for sheet in self.worksheets():
                if sheet.vba_codename is None:
                    sheet.set_vba_name()
        self._prepare_sst_string_data()
        self._prepare_vml()
        self._prepare_defined_names()
        self._prepare_drawings()
        self._add_chart_data()
        self._prepare_tables()
        self._prepare_metadata()
        packager._add_workbook(self)
        packager._set_tmpdir(self.tmpdir)
        packager._set_in_memory(self.in_memory)
        xml_files = packager._create_package()
        for file_id, (os_filename, xml_filename, is_binary) in enumerate(xml_files):
            if self.in_memory:
                zipinfo = ZipInfo(xml_filename, (1980, 1, 1, 0, 0, 0))
                zipinfo.compress_type = xlsx_file.compression
                data = os_filename.getvalue()
                xlsx_file.writestr(zipinfo, data if is_binary else data.encode("utf-8"), compresslevel=ZIP_LEVEL)
            else:
                timestamp = time.mktime((1980, 1, 31, 0, 0, 0, 0, 0, -1))
                os.utime(os_filename, (timestamp, timestamp))
                try:
                    xlsx_file.write(os_filename, xml_filename)
                    os.remove(os_filename)
                except LargeZipFile:
                    for i in range(file_id, len(xml_files) - 1):
                        os.remove(xml_files[i][0])
                    raise

    def _remove_temp_files(self, packager: Packager | None = None) -> None:
        """Remove the temporary files of a workbook that will not be saved: each sheet's row data
        (constant memory) and the package parts written so far."""
        for sheet in self.worksheets():
            handle = getattr(sheet, "row_data_fh", None)
            if handle is not None:
                with contextlib.suppress(OSError):
                    handle.close()
                sheet.row_data_fh_closed = True
            name = getattr(sheet, "row_data_filename", None)
            if name:
                with contextlib.suppress(OSError):
                    os.remove(name)
        for entry in getattr(packager, "filenames", None) or []:
            if isinstance(entry[0], str):
                with contextlib.suppress(OSError):
                    os.remove(entry[0])

    def discard(self) -> None:
        """Give the workbook up without saving it: close and remove its temporary files."""
        self._remove_temp_files()
        self.fileclosed = True


def discard(workbook: Workbook, *, close_failed: bool = False) -> None:
    """Give a workbook up without saving it (an error or a cancel while its sheets were written):
    the fast workbook removes its temporary files at once; XlsxWriter's own one is closed (saved to
    its temporary path, which the caller removes), the only public way to release its files, unless
    that close is what just failed (``close_failed``)."""
    if isinstance(workbook, FastWorkbook):
        workbook.discard()
    elif not close_failed:
        with contextlib.suppress(Exception):
            workbook.close()


def fast_workbook_class() -> type[Workbook]:
    """The Workbook class to use: :class:`FastWorkbook` with the tested XlsxWriter, else XlsxWriter's."""
    if not FAST:
        log.info("XlsxWriter %s is not the tested %s: workbooks are written through its public API",
                 xlsxwriter.__version__, TESTED_VERSION)
        return Workbook
    return FastWorkbook
