"""Distinct values: an integer array's, sorted, and categoricals of values known to be distinct, the
one way core builds either from big arrays.

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
