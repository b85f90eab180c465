"""Test factories: real Clientele objects built from small canonical transaction frames.

Frames first (``tx_frame``, ``example_frame``, ``random_transactions``, ``customer_attributes``),
then the objects later steps take: ``make_segmentation`` (through segment_customers),
``make_import_result`` (an ImportResult as the importer returns it), ``make_imported`` (the
window's import) and ``make_project``. No stand-ins: every object is the real type.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core.campaigns.offers import ShopInfo
from core.importing.consent_book import combine_consent, frame_consent
from core.importing.importer import ImportOptions, ImportResult, SourceInfo
from core.importing.mapping import ColumnMapping
from core.importing.report import ImportReport
from core.project import ExportChoices, Project
from core.segmentation import Segmentation, Settings, segment_customers

if TYPE_CHECKING:
    from core.campaigns.offers import Offer, ShopInfo
    from core.importing.importer import ImportResult
    from core.project import ExportChoices, Project
    from core.segmentation import Segmentation, Settings
    from gui.tasks import Imported

#: The day the generated purchase histories end (their latest purchase).
REFERENCE = pd.Timestamp("2026-06-30")


def tx_frame(rows, extra_columns=()):
    """rows: tuples (customer_id, date, amount, order_id or None, is_return, *extra values)."""
    cols = ["customer_id", "date", "amount", "order_id", "is_return", *extra_columns]
    frame = pd.DataFrame([list(r) for r in rows], columns=cols) if rows else pd.DataFrame(columns=cols)
    frame["customer_id"] = frame["customer_id"].astype("str")
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    frame["amount"] = frame["amount"].astype(np.float64)
    frame["order_id"] = frame["order_id"].astype("str") if frame["order_id"].notna().any() \
        else pd.Series([pd.NA] * len(frame), dtype="str")
    frame["is_return"] = frame["is_return"].astype(bool)
    frame["source_row"] = np.arange(2, len(frame) + 2, dtype=np.int64)
    for col in extra_columns:
        frame[col] = frame[col].astype("str")
    return frame[["customer_id", "date", "amount", "order_id", "is_return", "source_row", *extra_columns]]


#: A hand-computed example (see test_customer_table.py for the expected values).
EXAMPLE_ROWS = [
    # customer, date, amount, order, return, category, product, name
    ("A", "2024-01-01", 10.0, "O1", False, "Tea", "Green", "Ann"),
    ("A", "2024-01-01", 5.0, "O1", False, "Cups", "Mug", None),
    ("A", "2024-01-11", 20.0, "O2", False, "Tea", "Black", ""),
    ("A", "2024-02-01", -5.0, "C3", True, "Tea", "Green", "Ann Smith"),
    ("A", "2024-03-01", 15.0, "O4", False, "Cups", "Mug", None),
    ("A", "2024-03-02", 1.0, "O5", False, "Cups", "Mug", None),
    ("B", "2022-03-01", 7.0, "O7", False, None, None, "Bob"),
    ("B", "2023-03-01", 40.0, "O8", False, "Books", None, None),
    ("B", "2024-03-10", 100.0, "O9", False, None, None, "Bobby"),
    ("C", "2024-02-02", -10.0, "C10", True, "Tea", "Green", "Cy"),
]
EXAMPLE_EXTRA = ("category", "product", "name")


def example_frame():
    return tx_frame(EXAMPLE_ROWS, EXAMPLE_EXTRA)


def random_transactions(customers: int = 200, rows: int | None = None, seed: int = 1, *,
                        days: int = 900, end: pd.Timestamp = REFERENCE, returns: float = 0.0,
                        extra: Mapping[str, Sequence[str]] | None = None) -> pd.DataFrame:
    """A canonical transactions frame (as the importer returns it) with ``customers`` customers
    ("C00000"...) buying over ``days`` days up to ``end``; every customer buys at least once and
    the last row is dated ``end``. ``returns``: share of rows that are returns (negative amounts).
    ``extra``: column -> values to pick from at random (text attribute columns such as country)."""
    rng = np.random.default_rng(seed)
    n = rows if rows is not None else customers * 5
    ids = np.concatenate([np.arange(customers), rng.integers(0, customers, max(n - customers, 0))])[:n]
    # each customer went quiet some time ago (their own offset) and bought before that: every
    # status and segment turns up, with a few frequent recent buyers and many rare old ones
    quiet = rng.gamma(1.0, days / 5, customers)
    ago = np.minimum(quiet[ids] + rng.gamma(1.2, days / 6, n), days - 1).astype(np.int64)
    ago[-1] = 0
    amount = np.round(rng.gamma(2.0, 30.0, n), 2) + 1.0
    is_return = rng.random(n) < returns
    amount[is_return] *= -1
    frame = pd.DataFrame({
        "customer_id": pd.array([f"C{i:05d}" for i in ids], dtype="str"),
        "date": (end - pd.to_timedelta(ago, unit="D")).astype("datetime64[ns]"),
        "amount": amount.astype(np.float64),
        "order_id": pd.array([("C" if r else "O") + str(100000 + i) for i, r in enumerate(is_return)], dtype="str"),
        "is_return": is_return,
        "source_row": np.arange(2, n + 2, dtype=np.int64),
    })
    for column, values in (extra or {}).items():
        frame[column] = pd.array(rng.choice(list(values), n), dtype="str")
    return frame


def customer_attributes(customer_ids: Sequence[str], seed: int = 1, *, consent: bool = True) -> pd.DataFrame:
    """A customers file as the importer returns it: names, e-mail, phone, country and (when
    ``consent``) a consent column ("yes" for three in four customers)."""
    rng = np.random.default_rng(seed)
    n = len(customer_ids)
    first = pd.array(rng.choice(["Anna", "Ben", "Chloé", "Dara", None], n), dtype="str")
    last = pd.array(rng.choice(["Smith", "Okafor", "Müller"], n), dtype="str")
    frame = pd.DataFrame({
        "customer_id": pd.array(list(customer_ids), dtype="str"),
        "first_name": first,
        "last_name": last,
        "email": pd.array([f"c{i}@example.com" for i in range(n)], dtype="str"),
        "phone": pd.array(["+44 20 7946 0000"] * n, dtype="str"),
        "country": pd.array(["United Kingdom"] * n, dtype="str"),
    })
    frame["name"] = (frame["first_name"].fillna("") + " " + frame["last_name"]).str.strip()
    if consent:
        frame["consent"] = pd.array(rng.choice(["yes", "yes", "yes", "no"], n), dtype="str")
    return frame


def make_segmentation(transactions: pd.DataFrame | None = None, *, attributes: pd.DataFrame | None = None,
                      settings: Settings | Mapping[str, object] | None = None,
                      latest_date: pd.Timestamp | None = None) -> Segmentation:
    """A real Segmentation through segment_customers; by default 200 random customers with names,
    e-mails and consent (``random_transactions`` and ``customer_attributes``)."""

    if transactions is None:
        transactions = random_transactions()
        if attributes is None:
            attributes = customer_attributes(sorted(transactions["customer_id"].unique()))
    return segment_customers(transactions, settings, attributes, latest_date=latest_date)


def make_import_result(transactions: pd.DataFrame | None = None, *, path: str = "shop.csv",
                       currency: str | None = None) -> ImportResult:
    """An ImportResult as import_purchases returns it for ``transactions`` (default:
    ``random_transactions()``): report, one-to-one mapping, default options, source."""

    tx = random_transactions() if transactions is None else transactions
    dates = tx["date"].dropna() if "date" in tx else pd.Series([], dtype="datetime64[ns]")
    latest = f"{dates.max():%Y-%m-%d}" if len(dates) else None
    report = ImportReport(file=path, rows_read=len(tx), rows_kept=len(tx), latest_date=latest,
                          date_min=f"{dates.min():%Y-%m-%d}" if len(dates) else None, date_max=latest,
                          customers=int(tx["customer_id"].nunique()) if "customer_id" in tx else 0,
                          revenue=float(tx["amount"].sum()) if "amount" in tx else 0.0, currency=currency)
    columns = [str(c) for c in tx.columns]
    mapping = ColumnMapping({c: c for c in columns if c not in ("is_return", "source_row")})
    return ImportResult(tx, report, mapping, ImportOptions(), SourceInfo(path, columns=columns),
                        frame_consent(tx, file=path))


def make_imported(transactions: pd.DataFrame | None = None, *, path: str = "shop.csv",
                  currency: str | None = None, attributes: pd.DataFrame | None = None) -> Imported:
    """The window's import (gui.tasks.Imported) of ``transactions``, with its history index."""
    from gui import tasks  # noqa: PLC0415 - core tests use the factories without loading Qt
    from gui.cell_format import prepare_frame  # noqa: PLC0415 - core tests use the factories without loading Qt

    result = make_import_result(transactions, path=path, currency=currency)
    consent = combine_consent(result.consent, frame_consent(attributes, dated=False) if attributes is not None else None)
    return tasks.Imported(result=result, attributes=attributes,
                          first_rows=prepare_frame(result.transactions.head(tasks.PREVIEW_ROWS)),
                          path=path, history=tasks.history_index(result.transactions), consent=consent)


def make_project(*, settings: Settings | None = None, offers: Sequence[Offer] = (), shop: ShopInfo | None = None,
                 export: ExportChoices | None = None, source_file: str | None = "shop.csv",
                 customers_file: str | None = None) -> Project:
    """A real Project: default import options and settings unless given, the shop's currency GBP."""

    return Project(settings=settings or Settings(), offers=list(offers), export=export or ExportChoices(),
                   shop=shop or ShopInfo(), source_file=source_file, customers_file=customers_file)


#: Default tier names with round thresholds, as a segmentation's ``tier_thresholds``.
TIER_THRESHOLDS = [("Bronze", 0.0), ("Silver", 100.0), ("Gold", 300.0), ("Platinum", 600.0)]


def segmentation_of(customers: pd.DataFrame, *, close_to_next_tier: Sequence[bool] | None = None,
                    settings: Settings | None = None, reference_date: pd.Timestamp | None = None,
                    cut_points: dict[str, list[float] | None] | None = None, scoring_method: str = "quintiles",
                    tier_thresholds: Sequence[tuple[str, float]] | None = None) -> Segmentation:
    """A real Segmentation around a hand-made customer table (no scoring run): what the export and
    the mailing lists read. ``close_to_next_tier`` defaults to nobody."""

    close = (pd.Series(False, index=customers.index, name="close_to_next_tier") if close_to_next_tier is None
             else pd.Series(close_to_next_tier, index=customers.index, name="close_to_next_tier").astype(bool))
    basis = customers["revenue_last_12m"] if "revenue_last_12m" in customers else pd.Series(np.nan, index=customers.index)
    return Segmentation(
        customers=customers, reference_date=reference_date, cut_points=cut_points or {},
        scoring_method=scoring_method, scoring_methods={}, warnings=[],
        tier_thresholds=list(TIER_THRESHOLDS if tier_thresholds is None else tier_thresholds),
        tier_thresholds_from_data=False, tier_basis=basis.astype(np.float64).rename("tier_basis"),
        close_to_next_tier=close, settings=settings if settings is not None else Settings(),
        excluded_after_reference=0, all_returns_customers=[], has_order_ids=True)


def record_campaign(path, lists: Mapping[str, tuple[Sequence[str], Sequence[str]]], *,
                    export_date: str = "2026-07-01", sent_date: str | None = None, window_days: int | None = None,
                    seed: int = 7, reference_date: str | None = "2026-06-30", prefix: str = "OFF",
                    expiry_days: int = 30, variants: Mapping[str, Sequence[str]] | None = None,
                    titles: Mapping[str, str] | None = None, currency: str = "GBP",
                    emails: Mapping[str, str] | None = None, named: bool | None = None) -> int:
    """A campaign recorded in the real campaign store at ``path`` the way an export records it:
    per list name, (mailed customer ids, control customer ids); each mailed customer gets the code
    ``PREFIX-<list number><row number>`` valid ``expiry_days`` after the export date; ``variants``
    gives a tested list's "A"/"B" per mailed customer (offer titles "<title> A" / "<title> B").
    Each mailed customer was mailed at ``<id>@example.com``, control customers have no address,
    unless ``emails`` gives a customer's (mailed or control). Returns the campaign's number."""
    from core.campaigns.store import CampaignStore  # noqa: PLC0415 - only the campaign tests need it

    rows = []
    expiry = pd.Timestamp(export_date) + pd.Timedelta(days=expiry_days)
    for k, (name, (mailed, control)) in enumerate(lists.items()):
        title = (titles or {}).get(name, f"Offer for {name}")
        marks = list((variants or {}).get(name, [None] * len(mailed)))
        for i, (cid, variant) in enumerate(zip(mailed, marks, strict=True)):
            rows.append({"customer_id": cid, "list_name": name, "offer_title": f"{title} {variant}" if variant else title,
                         "coupon_code": f"{prefix}-{k:02d}{i:05d}", "expiry_date": expiry, "control": False,
                         "email": (emails or {}).get(cid, f"{cid.lower()}@example.com"), "segment": name,
                         "revenue_at_export": 100.0,
                         "variant": variant})
        rows += [{"customer_id": cid, "list_name": name, "offer_title": title, "coupon_code": None,
                  "expiry_date": None, "control": True, "variant": None, "email": (emails or {}).get(cid)}
                 for cid in control]
    with CampaignStore(path) as store, store.transaction():
        number = store.add_campaign(name=f"Mailing {export_date}", export_date=export_date, reference_date=reference_date,
                                    settings={"lists": list(lists), "shop": {"currency": currency, "locale": "en_GB"},
                                              # (named: whether the campaign's file named its currency;
                                              # None records nothing, as campaigns before it was kept)
                                              **({} if named is None else {"file_currency": currency if named else None})},
                                    control_seed=seed, control_share=0.1, sent_date=sent_date, window_days=window_days)
        store.add_members(number, pd.DataFrame(rows))
    return number


# ---- purchase histories for the predictions of definitions §11 ----------------------------------------
#: tests/data: the CDNOW sample (see tests/data/CDNOW_ATTRIBUTION.md).
TEST_DATA = Path(__file__).resolve().parent / "data"


def cdnow_summary() -> pd.DataFrame:
    """The CDNOW summary in weeks: ID, x, t_x, T, zbar (the mean repeat spend), 2,357 customers."""
    return pd.read_csv(TEST_DATA / "cdnow_customers_summary_with_transactions.csv")


def cdnow_transactions() -> pd.DataFrame:
    """The CDNOW sample's 6,919 purchases as canonical transactions (customer id: the sample's id;
    no order ids; amounts in dollars)."""
    raw = pd.read_csv(TEST_DATA / "CDNOW_sample.txt", sep=r"\s+", header=None, dtype=str,
                      names=["master_id", "customer_id", "date", "cds", "amount"])
    return pd.DataFrame({
        "customer_id": pd.array(raw["customer_id"].str.lstrip("0"), dtype="str"),
        "date": pd.to_datetime(raw["date"], format="%Y%m%d").astype("datetime64[ns]"),
        "amount": raw["amount"].astype(np.float64),
        "order_id": pd.Series([pd.NA] * len(raw), dtype="str"),
        "is_return": np.zeros(len(raw), dtype=bool),
        "source_row": np.arange(1, len(raw) + 1, dtype=np.int64),
    })


@dataclass(frozen=True)
class SimulatedCustomers:
    """Customers drawn from MBG/NBD and Gamma-Gamma (continuous time): what was observed up to T
    (x, t_x, the mean repeat spend m̄, NaN when x = 0), whether each is still alive at T, and their
    purchases in (T, T + horizon]."""

    x: np.ndarray
    t_x: np.ndarray
    T: np.ndarray
    mbar: np.ndarray
    alive: np.ndarray
    later: np.ndarray


def simulate_customers(n: int, *, r: float, alpha: float, a: float, b: float, T: tuple[float, float],
                       horizon: float = 0.0, p: float = 3.0, q: float = 4.0, gamma: float = 60.0,
                       seed: int = 7) -> SimulatedCustomers:
    """``n`` customers of the MBG/NBD story: rate λ ~ Gamma(r, rate α), lapse probability
    π ~ Beta(a, b); the customer lapses at the first purchase (time 0) or after a repeat purchase
    with probability π, so K ~ Geometric repeat purchases happen at most; purchases arrive as a
    Poisson process with rate λ. T is uniform on the range. Spends per purchase ~ Gamma(p, rate ν),
    ν ~ Gamma(q, rate γ)."""
    rng = np.random.default_rng(seed)
    lam = rng.gamma(r, 1.0 / alpha, n)
    lapse = rng.beta(a, b, n)
    allowed = rng.geometric(lapse) - 1                    # repeat purchases before lapsing
    ends = rng.uniform(T[0], T[1], n)
    total = rng.poisson(lam * (ends + horizon))           # arrivals in (0, T + horizon] if never lapsing
    owner = np.repeat(np.arange(n), total)
    times = rng.uniform(0.0, 1.0, total.sum()) * (ends + horizon)[owner]
    order = np.lexsort((times, owner))
    owner, times = owner[order], times[order]
    rank = np.arange(len(owner)) - np.repeat(np.cumsum(total) - total, total) + 1   # 1, 2, … per customer
    made = rank <= allowed[owner]
    seen = made & (times <= ends[owner])
    x = np.bincount(owner[seen], minlength=n)
    t_x = np.zeros(n)
    np.maximum.at(t_x, owner[seen], times[seen])
    before = np.bincount(owner[times <= ends[owner]], minlength=n)
    later = np.bincount(owner[made & (times > ends[owner])], minlength=n)
    nu = rng.gamma(q, 1.0 / gamma, n)
    with np.errstate(invalid="ignore", divide="ignore"):
        mbar = np.where(x > 0, rng.gamma(p * np.maximum(x, 1), 1.0 / (nu * np.maximum(x, 1))), np.nan)
    return SimulatedCustomers(x.astype(np.float64), t_x, ends, mbar, allowed > before, later)


def simulated_transactions(customers: int, *, seed: int = 3, days: int = 720, r: float = 0.8,
                           alpha: float = 40.0, a: float = 1.0, b: float = 3.0, p: float = 3.0,
                           q: float = 4.0, gamma: float = 60.0, end: pd.Timestamp = REFERENCE) -> pd.DataFrame:
    """A canonical transactions frame whose customers follow MBG/NBD and Gamma-Gamma in days: each
    first buys on a day spread over the ``days`` before ``end``, then as simulate_customers says
    (purchases on the same day are one purchase day, as definitions §2 counts them)."""
    rng = np.random.default_rng(seed)
    first = rng.integers(0, days, customers)
    lam = rng.gamma(r, 1.0 / alpha, customers)
    allowed = rng.geometric(rng.beta(a, b, customers)) - 1
    nu = rng.gamma(q, 1.0 / gamma, customers)
    rows: list[tuple[int, int, float]] = []
    for c in range(customers):
        day = float(first[c])
        rows.append((c, int(day), float(rng.gamma(p, 1.0 / nu[c]))))
        for _ in range(int(allowed[c])):
            day += rng.exponential(1.0 / lam[c])
            if day > days - 1:
                break
            rows.append((c, int(day), float(rng.gamma(p, 1.0 / nu[c]))))
    ids, offsets, amounts = (np.array(col) for col in zip(*rows, strict=True))
    start = end - pd.Timedelta(days=days - 1)
    return pd.DataFrame({
        "customer_id": pd.array([f"S{i:05d}" for i in ids], dtype="str"),
        "date": (start + pd.to_timedelta(offsets, unit="D")).astype("datetime64[ns]"),
        "amount": np.round(amounts, 2).astype(np.float64),
        "order_id": pd.Series([pd.NA] * len(ids), dtype="str"),
        "is_return": np.zeros(len(ids), dtype=bool),
        "source_row": np.arange(2, len(ids) + 2, dtype=np.int64),
    })
