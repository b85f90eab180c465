"""Segment migration (definitions §10): every customer placed as they stood on an earlier date, and
who moved from which segment to which since then.

The earlier standing is what the customer table of §2 says, built from the rows dated on or before
the comparison date, for the columns scoring needs (core/segmentation/standing.py, computed by
``facts.build_customer_facts`` in the same pass as the main table, from the same row arrays). It is scored
with the **main analysis's cut points** (quintiles or the owner's thresholds), so that only a
customer's own purchases move them, and the segment map is applied as usual. Customers whose first
purchase is after the comparison date are **new**; prospects take no part.

"Better" and "worse" follow the segment map's order: a segment earlier in the map is better (the
default map runs from Champions to Hibernating); "Other" comes after every segment of the map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core import schema
from core.arrow_columns import positions_in
from core.segmentation.notice import Notice, NoticeKind
from core.segmentation.rfm import score_higher_better, score_lower_better
from core.segmentation.segment_map import OTHER, Segment, segment_positions
from core.words import Phrase, Words

if TYPE_CHECKING:
    from core.segmentation.facts import CustomerFacts
    from core.segmentation.settings import CompareTo


class Move(StrEnum):
    """Where a customer went between the two dates, by the segment map's order."""

    BETTER = "better"   # to a segment earlier in the map
    WORSE = "worse"     # to a segment later in the map
    SAME = "same"       # stayed in their segment
    NEW = "new"         # first bought after the comparison date


@dataclass
class Migration:
    """Every customer as they stood on ``compare_date`` and who moved where since.

    ``previous_segment`` and ``revenue_before`` (``revenue_last_12m`` as it stood on the comparison
    date) are aligned with the customer table: missing for new customers and prospects, except that
    a new customer's ``revenue_before`` is 0. ``table`` has the columns of schema.MIGRATION_COLUMNS,
    one row per (previous, current) pair holding anyone, ordered by the previous segment (new
    customers last), then the current one, both in ``order``. ``order``: the segments best first
    (the map's order, then "Other", then any other name alphabetically).
    """

    compare_date: pd.Timestamp
    reference_date: pd.Timestamp
    previous_segment: pd.Series
    revenue_before: pd.Series
    table: pd.DataFrame
    order: tuple[str, ...]
    better: int
    worse: int
    new: int
    stayed: int
    customers_before: int

    def rank(self, segment: str) -> int:
        """A segment's place in ``order`` (0 is best); a name not in it comes last."""
        return self.order.index(segment) if segment in self.order else len(self.order)

    def move(self, from_segment: str | None, to_segment: str) -> Move:
        """The move from ``from_segment`` (None or "" for a new customer) to ``to_segment``."""
        if not from_segment:
            return Move.NEW
        before, after = self.rank(from_segment), self.rank(to_segment)
        return Move.SAME if before == after else (Move.BETTER if after < before else Move.WORSE)

    def headline(self, date_text: str | None = None, number: Callable[[int], str] = "{:,}".format,
                 words: Words | None = None) -> str:
        """"since 2011-09-09: 37 customers moved to a better segment, 85 to a worse one, 12 new"
        (``date_text`` in place of the ISO date; ``number`` writes the counts; in ``words``'
        language, English without)."""
        w = words or Words()
        when = date_text or f"{self.compare_date:%Y-%m-%d}"
        return w.n("since {when}: {n} customer moved to a better segment, {worse} to a worse one, {new} new",
                   "since {when}: {n} customers moved to a better segment, {worse} to a worse one, {new} new",
                   self.better, when=when, n=number(self.better), worse=number(self.worse), new=number(self.new))

    def stayed_text(self, number: Callable[[int], str] = "{:,}".format, words: Words | None = None) -> str:
        """"97 stayed in their segment." (the headline's second part; in ``words``' language)."""
        return (words or Words()).n("{n} stayed in their segment.", "{n} stayed in their segment.", self.stayed,
                                    n=number(self.stayed))

    def moves(self) -> pd.Series:
        """The Move of each row of ``table``."""
        return pd.Series([self.move(a, b) for a, b in zip(self.table["from_segment"], self.table["to_segment"],
                                                          strict=True)], index=self.table.index, dtype="object")

    def biggest_moves(self, n: int = 5) -> pd.DataFrame:
        """The ``n`` paths with the most customers among those from one segment to another (not new
        customers, not those who stayed), most customers first (ties: most revenue at stake, then
        the table's order)."""
        moved = self.table[self.moves().isin([Move.BETTER, Move.WORSE])]
        return moved.sort_values(["customers", "revenue_last_12m_before"], ascending=False, kind="stable").head(n)


def path_name(from_segment: str | None, to_segment: str) -> str:
    """A path as people read it: "Champions → At Risk", "(new) → Champions" (MailingList names it so)."""
    return f"{from_segment or schema.NEW_SOURCE} → {to_segment}"


def segment_order(segment_map: Sequence[Segment], present: Sequence[str] = ()) -> tuple[str, ...]:
    """The segments best first: the map's order, then "Other", then names ``present`` that neither
    holds, alphabetically."""
    names = [seg.name for seg in segment_map] + [OTHER]
    return tuple(names + sorted({str(p) for p in present} - set(names)))


def _comparison_problem(compare_date: dt.date, reference_date: dt.date) -> Phrase | None:
    if compare_date < reference_date:
        return None
    return Phrase("The comparison date {date} is not before the reference date {reference}; choose an earlier date "
                  "to see who moved between segments.", date=f"{compare_date:%Y-%m-%d}",
                  reference=f"{reference_date:%Y-%m-%d}")


def compare_segments(facts: CustomerFacts, compare_to: CompareTo, cut_points: dict[str, list[float] | None],
                     segment_map: Sequence[Segment], customers: pd.DataFrame,
                     n_buyers: int) -> tuple[Migration | None, list[Notice]]:
    """Place the first ``n_buyers`` customers of ``customers`` (the main table built from ``facts``:
    buyers first, with ``rfm_segment``) as they stood on ``compare_to``'s date (``facts.earlier``,
    built with the table's facts); the Migration, or None with a notice saying why there is none."""
    if facts.reference_date is None:
        return None, []
    reference = facts.reference_date.normalize()
    compare_date = compare_to.on(reference.date())
    problem = _comparison_problem(compare_date, reference.date())
    if problem is not None:
        return None, [Notice.of(NoticeKind.COMPARISON, problem)]
    cuts = [cut_points.get(dim) for dim in ("r", "f", "m")]
    standing = facts.earlier
    if n_buyers == 0 or standing is None or any(c is None for c in cuts):
        return None, []
    r_cuts, f_cuts, m_cuts = (list(c or []) for c in cuts)
    bought = standing.bought[:n_buyers]
    # places in the map (len(map): "Other"), which are the first places of segment_order's order
    earlier_place = segment_positions(score_lower_better(standing.days_since_last[:n_buyers], r_cuts),
                                      score_higher_better(standing.orders[:n_buyers], f_cuts),
                                      score_higher_better(standing.revenue[:n_buyers], m_cuts), segment_map)
    current = customers["rfm_segment"].iloc[:n_buyers]
    order = segment_order(segment_map, [str(s) for s in pd.unique(current.dropna())])
    k = len(order)
    now_code = positions_in(current, pd.Series(order, dtype="str"))
    was_code = np.where(bought, earlier_place, k)          # k: new since the comparison date
    names = np.array([*order, None], dtype=object)
    previous = np.full(len(customers), None, dtype=object)
    previous[:n_buyers] = names[was_code]
    revenue_before = np.full(len(customers), np.nan)
    revenue_before[:n_buyers] = np.where(bought, standing.revenue_last_12m[:n_buyers], 0.0)

    is_new = ~bought
    migration = Migration(
        compare_date=pd.Timestamp(compare_date), reference_date=reference,
        previous_segment=pd.Series(previous, index=customers.index, dtype="str", name=schema.PREVIOUS_SEGMENT),
        revenue_before=pd.Series(revenue_before, index=customers.index, name="revenue_last_12m_before"),
        table=_migration_table(was_code, now_code, revenue_before[:n_buyers], order), order=order,
        better=int((~is_new & (now_code < was_code)).sum()), worse=int((~is_new & (now_code > was_code)).sum()),
        new=int(is_new.sum()), stayed=int((now_code == was_code).sum()), customers_before=int(bought.sum()))
    notices = []
    if migration.customers_before == 0:
        notices.append(Notice.of(NoticeKind.COMPARISON, Phrase(
            "No purchase is dated on or before {date}, so every customer is new since then; choose a later date to "
            "see who moved.", date=f"{compare_date:%Y-%m-%d}")))
    return migration, notices


def _migration_table(was: np.ndarray, now: np.ndarray, revenue_before: np.ndarray,
                     order: Sequence[str]) -> pd.DataFrame:
    """One row per (previous, current) pair holding anyone, from the customers' places in ``order``
    (``was`` is len(order) for a new customer): previous in ``order`` with new customers (empty
    ``from_segment``) last, then current in ``order``."""
    k = len(order)
    cell = was * k + now
    size = (k + 1) * k
    counts = np.bincount(cell, minlength=size)
    money = np.bincount(cell, weights=revenue_before, minlength=size)
    held = np.flatnonzero(counts)
    names = [*order, ""]
    return pd.DataFrame({
        "from_segment": pd.Series([names[i // k] for i in held], dtype="str"),
        "to_segment": pd.Series([names[i % k] for i in held], dtype="str"),
        "customers": counts[held].astype(np.int64),
        "revenue_last_12m_before": np.round(money[held], 9),
    }, columns=list(schema.MIGRATION_COLUMNS))
