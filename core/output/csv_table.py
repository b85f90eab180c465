"""CSV files as Clientele writes them (definitions §7): every text value in double quotes, numbers bare.

The one CSV writer of the app, for the customer table and the mailing lists' CSV files. Every text
value is quoted, so that a value such as ``;=1+1`` stays inside its cell for a spreadsheet that
reads the quotes; and since a spreadsheet in a locale whose list separator is the semicolon may
split the line at a semicolon anyway, a semicolon or tab followed by a formula's first character
gets an apostrophe after it (``;'=1+1``). Text that starts like a formula gets a leading
apostrophe, and text is cut to what a spreadsheet cell holds (core/output/cells.py). Missing values
are empty and unquoted. pyarrow's writer quotes every string value (its "needed" style) and is
about ten times faster than pandas' ``to_csv``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

import pyarrow as pa
import pyarrow.csv as pacsv

from core.output.cells import check_numbers, csv_safe_arrow, fit_arrow

log = logging.getLogger(__name__)

UTF8_BOM = b"\xef\xbb\xbf"


def write_csv(columns: Mapping[str, pa.Array], path: str | os.PathLike[str], *, bom: bool = False,
              windows_line_ends: bool = False) -> int:
    """Write ``columns`` (header -> Arrow array, all of one length) to ``path``; returns how many text
    cells were cut to what a spreadsheet cell holds. ``bom``: start with the UTF-8 byte-order mark
    (e-mail tools and Excel then read the accents right); ``windows_line_ends``: CR LF.

    Raises OutputError for a number a spreadsheet cannot hold (before anything is written)."""
    arrays, cut = [], 0
    for header, values in columns.items():
        if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
            values, cut_here = fit_arrow(csv_safe_arrow(values.cast(pa.string())))
            cut += cut_here
        elif pa.types.is_floating(values.type):
            check_numbers(values, column=header)
        arrays.append(values)
    table = pa.Table.from_arrays(arrays, names=list(columns))
    options = pacsv.WriteOptions(include_header=True, quoting_style="needed",
                                 eol="\r\n" if windows_line_ends else "\n")
    with open(path, "wb") as handle:
        if bom:
            handle.write(UTF8_BOM)
        pacsv.write_csv(table, handle, options)
    if cut:
        log.info("%s: %d text cells longer than a spreadsheet cell holds were cut", path, cut)
    return cut
