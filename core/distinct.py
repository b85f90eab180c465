"""The distinct values of an integer array, sorted: the one way core takes them from big arrays.

numpy 2.4's ``np.unique(values)`` (without ``return_inverse``) hashes the values and sorts what it
found, holding the interpreter's lock throughout. On this project's machine, for 10M int64 keys
(row keys of a ten-million-row file) it took 13.3 s against 0.18 s for a sort and a comparison
of neighbours, and 1.4 s against 0.20 s for 10M keys of 100,000 values; in the window it held
the GUI thread for up to 744 ms at a time (docs/performance.md, issue 18, sixth round). numpy's
sort lets other threads run. ``np.unique`` with ``return_inverse`` or ``return_counts`` sorts
already and is left to numpy.
"""

from __future__ import annotations

import numpy as np


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
