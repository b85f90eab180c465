"""segment_customers: canonical transactions → Segmentation (SPEC §2–5 customer table, scores, tiers)."""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
import pandas as pd

from core import schema
from core.segmentation.activity import activity_status, declining
from core.segmentation.facts import build_customer_facts
from core.progress import ProgressCallback, ensure, sub_progress
from core.segmentation.rfm import score_customers
from core.segmentation.segment_map import MapCheck, assign_segments, check_segment_map
from core.segmentation.settings import Settings
from core.segmentation.tiers import BASIS_WORDS, assign_tiers


@dataclass(frozen=True)
class Notice:
    """A warning about the data or the settings (same shape as rfm.ScoreWarning: ``.message``)."""

    kind: str
    message: str
    dimension: str = ""

    def __str__(self) -> str:
        return self.message


@dataclass
class Segmentation:
    """The result every later step uses (see docs/architecture.md).

    ``customers``: schema.CUSTOMER_COLUMNS then attribute columns; buyers sorted by customer_id,
    then prospects (activity_status "Prospect": no scores, segment, tier or dates; orders,
    purchase_days and revenue columns 0). ``tier_basis`` and ``close_to_next_tier`` are aligned
    with ``customers``.
    """

    customers: pd.DataFrame
    reference_date: Optional[pd.Timestamp]
    cut_points: dict[str, Optional[list[float]]]
    scoring_method: str
    warnings: list[Any]
    tier_thresholds: list[tuple[str, float]]
    settings: Settings
    excluded_after_reference: int
    all_returns_customers: list[str]
    close_to_next_tier: pd.Series
    scoring_methods: dict[str, str] = field(default_factory=dict)
    tier_basis: Optional[pd.Series] = None
    tier_thresholds_from_data: bool = True
    segment_map_check: Optional[MapCheck] = None
    excluded_no_date: int = 0
    excluded_no_customer: int = 0
    has_order_ids: bool = False
    attribute_columns: list[str] = field(default_factory=list)

    @property
    def buyers(self) -> pd.DataFrame:
        """Segmented customers only (no prospects)."""
        return self.customers[self.customers["activity_status"] != schema.PROSPECT]

    @property
    def prospects(self) -> pd.DataFrame:
        return self.customers[self.customers["activity_status"] == schema.PROSPECT]


def _int_array(values: np.ndarray, n_total: int) -> pd.arrays.IntegerArray:
    """Scores/points of the first len(values) rows; the rest (prospects) empty."""
    data = np.zeros(n_total, dtype=np.int64)
    mask = np.ones(n_total, dtype=bool)
    vals = np.asarray(values, dtype=np.float64)
    ok = ~np.isnan(vals)
    data[: len(vals)][ok] = vals[ok].astype(np.int64)
    mask[: len(vals)] = ~ok
    return pd.arrays.IntegerArray(data, mask)


def _labels(values: np.ndarray, n_total: int, fill: Optional[str] = None) -> pd.Series:
    out = np.full(n_total, fill, dtype=object)
    out[: len(values)] = values
    return pd.Series(out, dtype="str")


#: Choices made where SPEC §2–5 is silent (for the user documentation and the GUI's help).
CHOICES = """\
- Reference date: by default the latest readable date of any row of the file, kept or set aside
  (segment_customers(latest_date=...)), else of the transactions given. Rows dated after it are left out and counted; rows without a readable date are ignored.
- Orders: distinct order ids among non-return rows; a row without an order id in a file that has
  them counts its (customer, day) as one order. Without any order id, orders = purchase days.
- Customers whose rows are all returns are listed, not segmented, even when the customers file has them.
- Attributes (name, email, country, ...): the latest non-empty value by date, then by file row; a
  return row counts too. The customers file wins wherever it has a value. Its columns named like
  customer-table columns are ignored. product and category become favourite_product/_category.
- Favourite product/category: highest net revenue (returns netted, may be negative); sums equal to
  6 decimals are a tie, broken alphabetically; empty when no row names one.
- Prospects (customers file only, no purchase): listed last, status "Prospect", 0 orders and 0
  revenue, no dates, scores, segment or tier; they take no part in cut points or tier thresholds.
- Owner thresholds: four ascending cut values per dimension, used exactly like quintile cut points
  (orders 1 / 2 / 3–5 / 6–10 / 11+ is [1, 2, 5, 10]); a dimension without them keeps quintiles.
- Customers no segment of the map covers are labelled "Other".
- Overdue needs a usual gap, so customers with fewer than 3 purchase days are never Overdue.
- Tier thresholds from the data are rounded to 2 significant figures with Python's round() (an
  exact half goes to the even digit: 50.5 → 50). With another number of tiers than four, the
  quantiles are spread evenly from 50 % to 95 %. If no customer has a positive basis, everyone is in
  the first tier. Equal thresholds: the higher tier wins. tier_points are rounded down after
  rounding basis × points per unit to 6 decimals (so 19.99 × 100 gives 1999 points).
"""


_CACHE_LOCK = threading.Lock()
_CACHE: dict[str, Any] = {}


def _fingerprint(frame: Optional[pd.DataFrame]) -> tuple:
    if frame is None:
        return ()
    amount = frame[schema.TX_AMOUNT].to_numpy(np.float64, na_value=0.0) if schema.TX_AMOUNT in frame else ()
    return (len(frame), tuple(frame.columns), float(np.sum(amount)) if len(amount) else 0.0)


def _facts(transactions, reference_date, attributes, reuse: bool, progress):
    """The customer facts, reused when the same frames (same objects, unchanged shape and total)
    and reference date come again, as when the owner only changes the window, map or tiers."""
    key = (reference_date, _fingerprint(transactions), _fingerprint(attributes))
    with _CACHE_LOCK:
        hit = (reuse and _CACHE and _CACHE["key"] == key and _CACHE["tx"]() is transactions
               and (attributes is None) == (_CACHE["attrs"] is None)
               and (attributes is None or _CACHE["attrs"]() is attributes))
        if hit:
            return _CACHE["facts"]
    facts = build_customer_facts(transactions, reference_date, attributes, progress)
    with _CACHE_LOCK:
        _CACHE.clear()
        _CACHE.update(key=key, tx=weakref.ref(transactions), facts=facts,
                      attrs=None if attributes is None else weakref.ref(attributes))
    return facts


def segment_customers(transactions: pd.DataFrame, settings: Optional[Settings | dict] = None,
                      attributes: Optional[pd.DataFrame] = None,
                      progress: Optional[ProgressCallback] = None, *, reuse: bool = True,
                      latest_date: Any = None) -> Segmentation:
    """Customer table, RFM scores and segments, statuses and tiers for ``settings`` (default Settings();
    a dict is read with Settings.from_dict; invalid settings raise core.errors.SettingsError).

    ``attributes``: optional customers frame (customer_id + attribute columns); it wins over the
    transactions' values where it has one, and its customers without purchases become prospects.
    ``progress(fraction, message)`` is called at checkpoints and may raise core.errors.Cancelled.
    ``reuse``: reuse the customer facts of the previous call for the very same frames and reference
    date (only scores, statuses and tiers are recomputed); pass False after changing a frame in place.
    ``latest_date``: the latest readable date of the whole file (``ImportResult.latest_date``), the
    default reference date of SPEC §2 when ``settings.reference_date`` is not set; without it, the
    latest date of ``transactions`` is used.
    """
    report = ensure(progress)
    settings = Settings.from_dict(settings) if isinstance(settings, dict) else (settings or Settings()).validated()
    report(0.0, "Building the customer table")
    reference_date = settings.reference_date if settings.reference_date is not None else latest_date
    facts = _facts(transactions, reference_date, attributes, reuse, sub_progress(report, 0.0, 0.55))
    table = facts.table
    buyers = ~facts.is_prospect
    nb = int(buyers.sum())
    nt = len(table)
    notices: list[Any] = []

    report(0.55, "Scoring recency, frequency and money")
    days = table["days_since_last"].to_numpy(dtype=np.float64, na_value=np.nan)[:nb]
    orders = table["orders"].to_numpy(dtype=np.float64, na_value=np.nan)[:nb]
    revenue = table["revenue"].to_numpy(dtype=np.float64)[:nb]
    rfm = score_customers(days, orders, revenue, settings.scoring)
    notices.extend(rfm.warnings)
    zero = np.zeros(nb, dtype=np.int64)
    r = rfm.r if len(rfm.r) == nb else zero
    f = rfm.f if len(rfm.f) == nb else zero
    m = rfm.m if len(rfm.m) == nb else zero
    segments = assign_segments(r, f, m, settings.segment_map)
    check = check_segment_map(settings.segment_map)
    for text in check.messages():
        notices.append(Notice("segment_map", text))

    report(0.7, "Activity statuses")
    ratio = table["overdue_ratio"].to_numpy(dtype=np.float64)[:nb]
    status = activity_status(days, ratio, settings.window_days)
    decl = np.zeros(nt, dtype=bool)
    decl[:nb] = declining(table["revenue_last_12m"].to_numpy(np.float64)[:nb],
                          table["revenue_prev_12m"].to_numpy(np.float64)[:nb])

    report(0.8, "Loyalty tiers")
    rules = settings.tiers
    if rules.basis == "lifetime":
        basis_all = table["revenue"].to_numpy(np.float64)
    elif rules.basis == "calendar_year":
        basis_all = np.asarray(facts.calendar_year_revenue, dtype=np.float64)
    else:
        basis_all = table["revenue_last_12m"].to_numpy(np.float64)
    basis = np.where(buyers, basis_all, np.nan)
    tiers = assign_tiers(basis, rules)
    if tiers.no_thresholds and len(rules.names) > 1 and nb:
        notices.append(Notice("tiers", f"No customer spent anything {BASIS_WORDS[rules.basis]}, so tier "
                                       f"thresholds cannot come from the data: everyone is {rules.names[0]}."))

    report(0.9, "Assembling the table")
    out = table.copy()
    out["r_score"] = _int_array(r, nt)
    out["f_score"] = _int_array(f, nt)
    out["m_score"] = _int_array(m, nt)
    out["rfm_segment"] = _labels(segments, nt)
    out["activity_status"] = _labels(status, nt, schema.PROSPECT)
    out["declining"] = decl
    out["tier"] = pd.Series(tiers.tier, dtype="str")
    out["tier_points"] = _int_array(tiers.tier_points, nt)
    out["next_tier"] = pd.Series(tiers.next_tier, dtype="str")
    out["amount_to_next_tier"] = tiers.amount_to_next_tier.astype(np.float64)
    attr_cols = [c for c in table.columns if c not in schema.CUSTOMER_COLUMNS]
    out = out[list(schema.CUSTOMER_COLUMNS) + attr_cols]

    if facts.excluded_after_reference:
        notices.append(Notice("after_reference", f"{facts.excluded_after_reference} row(s) dated after the "
                              f"reference date {facts.reference_date:%Y-%m-%d} were left out."))
    if facts.all_returns_customers:
        k = len(facts.all_returns_customers)
        notices.append(Notice("all_returns", f"{k} customer(s) have only returns and no purchase; "
                              "they are not segmented."))
    report(1.0, "Segmentation done")
    return Segmentation(
        customers=out,
        reference_date=facts.reference_date,
        cut_points=rfm.cut_points,
        scoring_method=rfm.scoring_method,
        warnings=notices,
        tier_thresholds=tiers.thresholds,
        settings=settings,
        excluded_after_reference=facts.excluded_after_reference,
        all_returns_customers=facts.all_returns_customers,
        close_to_next_tier=pd.Series(tiers.close_to_next_tier.astype(bool), index=out.index,
                                     name="close_to_next_tier"),
        scoring_methods=rfm.methods,
        tier_basis=pd.Series(basis, index=out.index, name="tier_basis"),
        tier_thresholds_from_data=tiers.defaulted,
        segment_map_check=check,
        excluded_no_date=facts.excluded_no_date,
        excluded_no_customer=facts.excluded_no_customer,
        has_order_ids=facts.has_order_ids,
        attribute_columns=attr_cols,
    )


def _counts(series: pd.Series, order: list[str]) -> list[tuple[str, int]]:
    counts = series.value_counts(dropna=True)
    names = [n for n in order if n in counts.index] + sorted(n for n in counts.index if n not in order)
    return [(n, int(counts[n])) for n in names]


def _fmt_cuts(cuts: Optional[list[float]]) -> str:
    return "none" if cuts is None else " / ".join(f"{c:,.2f}".rstrip("0").rstrip(".") for c in cuts)


def summary_text(seg: Segmentation) -> str:
    """Plain-text summary for the command line: customers per segment, per status and per tier."""
    c = seg.customers
    ref = "none" if seg.reference_date is None else f"{seg.reference_date:%Y-%m-%d}"
    buyers = int((c["activity_status"] != schema.PROSPECT).sum())
    lines = [f"Reference date: {ref}",
             f"Customers: {buyers} segmented, {len(c) - buyers} prospect(s), "
             f"{len(seg.all_returns_customers)} with returns only (not segmented)"]
    if seg.excluded_after_reference:
        lines.append(f"Rows after the reference date left out: {seg.excluded_after_reference}")
    if seg.cut_points.get("r") is None:
        lines.append(f"Scoring: {seg.scoring_method}; no customers to score")
    else:
        lines.append(f"Scoring: {seg.scoring_method}; cut points r {_fmt_cuts(seg.cut_points['r'])} days, "
                     f"f {_fmt_cuts(seg.cut_points['f'])} orders, m {_fmt_cuts(seg.cut_points['m'])}")
    width = max([len(s.name) for s in seg.settings.segment_map] + [len(x) for x in schema.STATUSES] + [12])
    sections = [
        ("Segments", _counts(c["rfm_segment"], [s.name for s in seg.settings.segment_map])),
        ("Activity", _counts(c["activity_status"], list(schema.STATUSES) + [schema.PROSPECT])),
        ("Tiers", _counts(c["tier"], [name for name, _ in seg.tier_thresholds])),
    ]
    for title, rows in sections:
        lines.append(f"{title}:")
        lines.extend(f"  {name:<{width}} {count:>8,}" for name, count in rows)
    close = int(seg.close_to_next_tier.sum())
    lines.append(f"Close to the next tier: {close}; declining: {int(c['declining'].sum())}")
    for w in seg.warnings:
        lines.append(f"Note: {w.message}")
    return "\n".join(lines)
