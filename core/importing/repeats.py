"""Rows that repeat another row exactly, and the import report's note when there are many.

A file put together from exports that overlap (last month's "90 days" pasted under this month's)
holds many of its purchases twice: each counts twice in what customers spent, and a campaign's
results double their money. Two lines for the same product in one order also happen in real files
(the UCI Online Retail sample has about 1 % such rows), so the rows are kept as the file has them
and the report only warns when the repeats are too many to be that (docs/definitions.md, "Rows
that repeat another row").
"""

from __future__ import annotations

import numpy as np

from core.words import Phrase

#: The repeats are said when at least this share of the rows kept repeat another row...
REPEAT_SHARE = 0.05
#: ...and at least this many.
REPEAT_LEAST = 5

_MIX = np.uint64(0x9E3779B97F4A7C15)


def repeated_rows(columns: list[np.ndarray]) -> int:
    """How many rows repeat an earlier row in every one of ``columns`` (equal-length arrays of
    numbers or codes: the kept rows' customer, order, date, amount, product…). Each row becomes one
    64-bit mix of its values and the mixes are sorted: two different rows mix alike about once in
    2^64 pairs, so the count is exact for any real file."""
    if not columns or not len(columns[0]):
        return 0
    mixed = np.zeros(len(columns[0]), dtype=np.uint64)
    for column in columns:
        values = np.asarray(column)
        if values.dtype.kind == "f":
            values = values.astype(np.float64, copy=False) + 0.0   # (-0.0 + 0.0 is 0.0: one amount)
            empty = np.isnan(values)
            if empty.any():
                values[empty] = np.nan              # (one NaN, whatever bits a cell's NaN had)
        elif values.dtype.kind == "M":
            values = values.astype("datetime64[ns]", copy=False)
        bits = values.astype(np.int64, copy=False) if values.dtype.kind in "iub" else \
            np.ascontiguousarray(values).view(np.int64)
        mixed ^= bits.view(np.uint64)
        mixed *= _MIX
        mixed ^= mixed >> np.uint64(29)
    mixed.sort()
    return int(np.count_nonzero(mixed[1:] == mixed[:-1]))


def repeats_note(repeated: int, kept: int) -> Phrase | None:
    """The report's warning for ``repeated`` rows of ``kept`` that repeat another row, or None when
    they are few enough to be lines of the same product in one order."""
    if repeated < max(REPEAT_LEAST, REPEAT_SHARE * kept):
        return None
    return Phrase.counted(
        "{n} row repeats another row exactly (the same customer, day, amount, order and product, {share:.0%} of "
        "the rows): it is counted each time, as the file has it. If the file was put together from exports "
        "that overlap, remove the repeated row and import again.",
        "{n} rows repeat another row exactly (the same customer, day, amount, order and product, {share:.0%} of "
        "the rows): they are counted each time, as the file has them, so what those customers spent counts "
        "twice. Two lines for the same product in one order happen, but this many usually means the file "
        "was put together from exports that overlap: if so, remove the repeated rows (Excel: Data › Remove "
        "Duplicates) and import again.", repeated, share=repeated / kept if kept else 0.0)
