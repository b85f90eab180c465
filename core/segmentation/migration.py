"""Segment migration (definitions §10): every customer placed as they stood on an earlier date, and
who moved from which segment to which since then.

The earlier standing is the customer table of §2 built by the very code that builds the main one
(``facts.build_customer_facts``), from the rows dated on or before the comparison date and only the
columns scoring needs (no favourites or other facts: they play no part in a segment). It is scored
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
from core.segmentation.facts import CustomerFacts, build_customer_facts
from core.segmentation.notice import Notice, NoticeKind
from core.segmentation.rfm import score_higher_better, score_lower_better
from core.segmentation.segment_map import OTHER, Segment, assign_segments

if TYPE_CHECKING:
    from core.segmentation.facts_cache import FactsCache
    from core.segmentation.settings import CompareTo

#: The transaction columns the earlier standing is built from (those the frame has).
EARLIER_COLUMNS = (schema.TX_CUSTOMER, schema.TX_DATE, schema.TX_AMOUNT, schema.TX_ORDER, schema.TX_RETURN)


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

    def headline(self, date_text: str | None = None, number: Callable[[int], str] = "{:,}".format) -> str:
        """"since 2011-09-09: 37 customers moved to a better segment, 85 to a worse one, 12 new"
        (``date_text`` in place of the ISO date; ``number`` writes the counts)."""
        when = date_text or f"{self.compare_date:%Y-%m-%d}"
        people = "customer" if self.better == 1 else "customers"
        return (f"since {when}: {number(self.better)} {people} moved to a better segment, "
                f"{number(self.worse)} to a worse one, {number(self.new)} new")

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


def comparison_problem(compare_date: dt.date, reference_date: dt.date) -> str | None:
    """Why ``compare_date`` cannot be compared with (it is not before the reference date), or None."""
    if compare_date < reference_date:
        return None
    return (f"The comparison date {compare_date:%Y-%m-%d} is not before the reference date "
            f"{reference_date:%Y-%m-%d}; choose an earlier date to see who moved between segments.")


def earlier_facts(transactions: pd.DataFrame, compare_date: pd.Timestamp,
                  facts_cache: FactsCache | None = None) -> CustomerFacts:
    """The customer table of §2 as it stood on ``compare_date`` (rows on or after it left out),
    from the columns scoring needs; kept in ``facts_cache`` (kind "earlier") when given."""
    columns = [c for c in EARLIER_COLUMNS if c in transactions.columns]

    def build() -> CustomerFacts:
        return build_customer_facts(transactions[columns], compare_date)

    if facts_cache is None:
        return build()
    return facts_cache.facts(transactions, compare_date, None, build, kind="earlier")


def compare_segments(transactions: pd.DataFrame, compare_to: CompareTo, reference_date: pd.Timestamp,
                     cut_points: dict[str, list[float] | None], segment_map: Sequence[Segment],
                     customers: pd.DataFrame, n_buyers: int, *,
                     facts_cache: FactsCache | None = None) -> tuple[Migration | None, list[Notice]]:
    """Place the first ``n_buyers`` customers of ``customers`` (the main table: buyers first, with
    ``customer_id`` and ``rfm_segment``) as they stood on ``compare_to``'s date; the Migration, or
    None with a notice saying why there is none."""
    compare_date = compare_to.on(reference_date.date())
    problem = comparison_problem(compare_date, reference_date.date())
    if problem is not None:
        return None, [Notice(NoticeKind.COMPARISON, problem)]
    cuts = [cut_points.get(dim) for dim in ("r", "f", "m")]
    if n_buyers == 0 or any(c is None for c in cuts):
        return None, []
    r_cuts, f_cuts, m_cuts = (list(c or []) for c in cuts)
    when = pd.Timestamp(compare_date)
    facts = earlier_facts(transactions, when, facts_cache)
    before = facts.table
    days = before["days_since_last"].to_numpy(dtype=np.float64, na_value=np.nan)
    orders = before["orders"].to_numpy(dtype=np.float64, na_value=np.nan)
    revenue = before["revenue"].to_numpy(dtype=np.float64)
    earlier_segment = assign_segments(score_lower_better(days, r_cuts), score_higher_better(orders, f_cuts),
                                      score_higher_better(revenue, m_cuts), segment_map)

    n_total = len(customers)
    buyer_ids = pd.Index(customers["customer_id"].iloc[:n_buyers].astype("object"))
    where = buyer_ids.get_indexer(before["customer_id"].astype("object"))
    found = where >= 0                      # always: whoever bought by then bought by the reference date
    previous = np.full(n_total, None, dtype=object)
    previous[where[found]] = earlier_segment[found]
    revenue_before = np.full(n_total, np.nan)
    revenue_before[:n_buyers] = 0.0
    revenue_before[where[found]] = before["revenue_last_12m"].to_numpy(dtype=np.float64)[found]

    current = customers["rfm_segment"].iloc[:n_buyers].astype("object").to_numpy()
    was = previous[:n_buyers]
    order = segment_order(segment_map, [*pd.unique(current), *(s for s in pd.unique(was) if s is not None)])
    rank = {name: i for i, name in enumerate(order)}
    is_new = np.array([s is None for s in was], dtype=bool)
    rank_before = np.array([rank.get(s, len(order)) if s is not None else -1 for s in was], dtype=np.int64)
    rank_now = np.array([rank.get(s, len(order)) for s in current], dtype=np.int64)
    table = _migration_table(was, current, revenue_before[:n_buyers], rank)
    migration = Migration(
        compare_date=when, reference_date=pd.Timestamp(reference_date).normalize(),
        previous_segment=pd.Series(previous, index=customers.index, dtype="str", name=schema.PREVIOUS_SEGMENT),
        revenue_before=pd.Series(revenue_before, index=customers.index, name="revenue_last_12m_before"),
        table=table, order=order,
        better=int((~is_new & (rank_now < rank_before)).sum()), worse=int((~is_new & (rank_now > rank_before)).sum()),
        new=int(is_new.sum()), stayed=int((~is_new & (rank_now == rank_before)).sum()),
        customers_before=int(found.sum()))
    notices = []
    if migration.customers_before == 0:
        notices.append(Notice(NoticeKind.COMPARISON, f"No purchase is dated on or before {compare_date:%Y-%m-%d}, "
                              "so every customer is new since then; choose a later date to see who moved."))
    return migration, notices


def _migration_table(was: np.ndarray, current: np.ndarray, revenue_before: np.ndarray,
                     rank: dict[str, int]) -> pd.DataFrame:
    """One row per (previous, current) pair holding anyone; previous in ``rank`` order with new
    customers (empty ``from_segment``) last, then current in ``rank`` order."""
    frame = pd.DataFrame({"from_segment": pd.Series(was, dtype="object").fillna(""),
                          "to_segment": pd.Series(current, dtype="object"), "revenue": revenue_before})
    grouped = frame.groupby(["from_segment", "to_segment"], sort=False).agg(
        customers=("revenue", "size"), revenue_last_12m_before=("revenue", "sum")).reset_index()
    last = len(rank) + 1
    key_from = grouped["from_segment"].map(lambda s: rank.get(s, len(rank)) if s else last)
    key_to = grouped["to_segment"].map(lambda s: rank.get(s, len(rank)))
    grouped = grouped.assign(_a=key_from, _b=key_to).sort_values(["_a", "_b", "from_segment", "to_segment"],
                                                                 kind="stable")
    out = pd.DataFrame({
        "from_segment": grouped["from_segment"].astype("str").to_numpy(),
        "to_segment": grouped["to_segment"].astype("str").to_numpy(),
        "customers": grouped["customers"].astype(np.int64).to_numpy(),
        "revenue_last_12m_before": np.round(grouped["revenue_last_12m_before"].to_numpy(dtype=np.float64), 9),
    })
    return out[list(schema.MIGRATION_COLUMNS)]
