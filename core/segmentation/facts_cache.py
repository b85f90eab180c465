"""FactsCache: the customer facts of the last segmentation, kept by whoever segments the same data again.

Building the customer facts is most of segment_customers' work; scores, statuses and tiers are
cheap. When the owner only changes the window, the segment map or the tiers, the window's session
passes its FactsCache and the facts are reused. The command line and the benchmark pass none and
always compute fresh.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from core import schema

if TYPE_CHECKING:
    import datetime as dt

    import pandas as pd

    from core.segmentation.facts import CustomerFacts
    from core.segmentation.settings import CompareTo

log = logging.getLogger(__name__)

#: (row count, column names, sum of the amounts) of a frame, or () for no frame.
Fingerprint = tuple[object, ...]


def fingerprint(frame: pd.DataFrame | None) -> Fingerprint:
    """Shape and amount total of a frame: a frame changed in place (rows or amounts) no longer matches."""
    if frame is None:
        return ()
    if schema.TX_AMOUNT in frame:
        amount = frame[schema.TX_AMOUNT].to_numpy(np.float64, na_value=0.0)
        total = float(np.sum(amount)) if len(amount) else 0.0
    else:
        total = 0.0
    return (len(frame), tuple(frame.columns), total)


@dataclass
class _Entry:
    reference_date: dt.date | pd.Timestamp | None
    charge_lines: tuple[str, ...]
    compare_to: CompareTo | None
    transactions: weakref.ref[pd.DataFrame]
    attributes: weakref.ref[pd.DataFrame] | None
    fingerprints: tuple[Fingerprint, Fingerprint]
    facts: CustomerFacts


class FactsCache:
    """The customer facts of the last call, reused for the very same frames (same objects, same
    shape and amount total), reference date, charge lines and comparison (the facts as customers
    stood on the comparison date are built with the table's); any other call rebuilds and replaces them.

    The frames are held weakly, so an analysis that is closed does not stay in memory. Safe to use
    from the worker thread that segments while the GUI thread holds the cache.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entry: _Entry | None = None
        self.hits = 0
        self.misses = 0

    def facts(self, transactions: pd.DataFrame, reference_date: dt.date | pd.Timestamp | None,
              attributes: pd.DataFrame | None, build: Callable[[], CustomerFacts], *,
              charge_lines: Sequence[str] = (), compare_to: CompareTo | None = None) -> CustomerFacts:
        """The cached facts when they were built from these very frames, reference date, charge
        lines (which decide the favourites) and comparison, else ``build()`` (kept for the next call)."""
        prints = (fingerprint(transactions), fingerprint(attributes))
        charges = tuple(charge_lines)
        with self._lock:
            entry = self._entry
            if (entry is not None and entry.charge_lines == charges and entry.compare_to == compare_to
                    and self._matches(entry, transactions, reference_date, attributes, prints)):
                self.hits += 1
                log.info("customer facts reused (%d hits, %d misses)", self.hits, self.misses)
                return entry.facts
            self.misses += 1
        log.info("customer facts to build (%d hits, %d misses)", self.hits, self.misses)
        facts = build()
        with self._lock:
            self._entry = _Entry(reference_date, charges, compare_to, weakref.ref(transactions),
                                 None if attributes is None else weakref.ref(attributes), prints, facts)
        return facts

    def clear(self) -> None:
        """Forget the kept facts (the next call builds them)."""
        with self._lock:
            self._entry = None

    @staticmethod
    def _matches(entry: _Entry, transactions: pd.DataFrame, reference_date: dt.date | pd.Timestamp | None,
                 attributes: pd.DataFrame | None, prints: tuple[Fingerprint, Fingerprint]) -> bool:
        if entry.reference_date != reference_date or entry.fingerprints != prints:
            return False
        if entry.transactions() is not transactions:
            return False
        if attributes is None:
            return entry.attributes is None
        return entry.attributes is not None and entry.attributes() is attributes
