"""Distinct values: an integer array's, sorted; integer keys sorted with the order that sorts them
(sort_keys); categoricals of values known to be distinct; and a categorical's own codes as a
factorization (used_codes). The one way core does each on big arrays.

numpy 2.4's ``np.unique(values)`` (without ``return_inverse``) hashes the values and sorts what it
found, holding the interpreter's lock throughout. On this project's machine, for 10M int64 keys
(row keys of a ten-million-row file) it took 13.3 s against 0.18 s for a sort and a comparison
of neighbours, and 1.4 s against 0.20 s for 10M keys of 100,000 values; in the window it held
the GUI thread for up to 744 ms at a time (docs/performance.md, issue 18, sixth round). numpy's
sort lets other threads run. ``np.unique`` with ``return_inverse`` or ``return_counts`` sorts
already and is left to numpy.

The same holds for pandas' check that a categorical's categories are distinct: for text it makes a
Python string of every value and hashes those (91 ms for 447,000 e-mail addresses, with the
window's thread waiting). ``categorical`` skips it where the values are distinct by construction.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """The distinct values of an integer (or boolean) array, in ascending order: what
    ``np.unique(values)`` gives."""
    if values.dtype.kind not in "iub":
        raise TypeError(f"sorted_unique takes integers, not {values.dtype}")
    ordered = np.sort(values, axis=None)
    if ordered.size == 0:
        return ordered
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def sort_keys(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Non-negative int64 ``keys`` sorted, and the stable order that sorts them; ``keys`` is used up
    (overwritten: callers pass keys made for the sort).

    (key, position) is packed in one int64 and sorted when it fits, several times faster than
    np.argsort, in the keys' own memory, and both results are read back from the packed values (no
    ``keys[order]``: a random read of every row): two row-sized arrays at the peak, not four."""
    bits = max(int(len(keys)).bit_length(), 1)
    if keys.size and keys.min() >= 0 and int(keys.max()) < (1 << (62 - bits)):
        packed = keys if keys.dtype == np.int64 else keys.astype(np.int64)
        np.left_shift(packed, bits, out=packed)
        step = 1 << 20  # (the positions are added a block at a time: no row-sized arange)
        for start in range(0, len(packed), step):
            block = packed[start:start + step]
            block |= np.arange(start, start + len(block), dtype=np.int64)
        packed.sort()
        ordered = packed >> bits
        packed &= (1 << bits) - 1
        return ordered, packed
    order = np.argsort(keys, kind="stable")
    return keys[order], order


def categorical(codes: np.ndarray, categories: pd.Index) -> pd.Categorical:
    """A categorical of ``codes`` (-1: NA) into ``categories``, which the caller knows hold no value
    twice and no NA (a factorization's values, an Arrow dictionary): what
    ``pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(categories))`` gives, without
    pandas checking the categories again. ``CategoricalDtype._from_fastpath`` is pandas' own way
    of building a dtype from categories it knows are valid (pandas is pinned in requirements.txt;
    should a later pandas drop it, the checked constructor is used)."""
    from_fastpath = getattr(pd.CategoricalDtype, "_from_fastpath", None)
    dtype = from_fastpath(categories, False) if from_fastpath is not None else pd.CategoricalDtype(categories)
    return pd.Categorical.from_codes(codes, dtype=dtype, validate=False)


def present_values(codes: np.ndarray, count: int) -> np.ndarray:
    """The values (0 … count-1) that ``codes`` (-1: NA) use, in ascending order."""
    seen = np.zeros(count + 1, dtype=bool)
    seen[codes] = True   # (code -1 marks the slot past the last value)
    return np.flatnonzero(seen[:-1])


def used_codes(values: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """A categorical column's codes (int64, -1: NA) into the categories its rows use, those
    categories in their own order: a factorization, as ``pd.factorize`` gives one up to the order
    of the values, without hashing a row (pandas' would hash every row's code again: 0.9 s at
    10M rows; and it makes a Python string of every distinct text)."""
    codes = values.cat.codes.to_numpy()
    categories = values.cat.categories
    present = present_values(codes, len(categories))
    if len(present) == len(categories):
        return codes.astype(np.int64), categories
    renumber = np.full(len(categories) + 1, -1, dtype=np.int64)   # (code -1, NA, stays -1: the last entry)
    renumber[present] = np.arange(len(present))
    return renumber[codes], categories[present]
