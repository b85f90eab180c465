"""segment_customers: canonical transactions → Segmentation (definitions §2–5 customer table, scores, tiers)."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core import schema
from core.background import Background
from core.errors import SettingsError
from core.importing.consent_book import ConsentBook, consent_from_tables
from core.output.money import format_number
from core.progress import ProgressCallback, ensure, sub_progress
from core.segmentation.activity import activity_status, buyer_mask, buyers_of, declining
from core.segmentation.codes import TransactionCodes
from core.segmentation.facts import CustomerFacts, build_customer_facts
from core.segmentation.facts_cache import FactsCache
from core.segmentation.filters import saved_list_notices
from core.segmentation.migration import Migration, compare_segments
from core.segmentation.notice import Notice, NoticeKind
from core.segmentation.occasions import Occasions, occasion_members, occasions_of
from core.segmentation.predictions import PREDICTION_COLUMNS, Predictions, fit_predictions
from core.segmentation.purchases import PurchaseHistory, purchase_history
from core.segmentation.rfm import score_customers
from core.segmentation.segment_map import assign_segments, check_segment_map
from core.segmentation.settings import Settings
from core.segmentation.tiers import BASIS_WORDS, assign_tiers
from core.words import N_, Name, Phrase, Words

log = logging.getLogger(__name__)
#: Above this many rows the purchase history is read after the customer facts, not beside them:
#: each holds several row-sized arrays, and together they set the segmentation's peak memory
#: (10M rows: ~1 GB more); below it the two run side by side for the time saved.
HISTORY_BESIDE_FACTS_ROWS = 3_000_000


@dataclass
class Segmentation:
    """The result every later step uses (see docs/architecture.md).

    ``customers``: schema.CUSTOMER_COLUMNS then attribute columns; buyers sorted by customer_id,
    then prospects (activity_status "Prospect": no scores, segment, tier, dates or predictions;
    orders, purchase_days and revenue columns 0). ``tier_basis`` (the spend tiers are based on, NaN for
    prospects) and ``close_to_next_tier`` (tiers.is_close_to_next_tier with the settings'
    close_fraction) are aligned with ``customers``. ``tier_thresholds``: (name, threshold) per
    tier, lowest first (the first tier's threshold is 0). ``warnings``: what the owner should know.
    ``consent``: every customer's consent from both files (the table's ``consent`` column is its
    answer per customer), the addresses opted out, the consent columns read and the customers the
    two files disagree on (definitions §6). ``occasions``: the re-buy table, the purchase history
    and the birthdays read for definitions §12 (the table's occasion columns come from them).
    two files disagree on (definitions §6).
    ``predictions``: the fitted models of definitions §11 and why columns are empty
    (``predictions.guardrail``); None when segment_customers was asked not to predict.
    ``migration``: who moved between segments since ``settings.compare_to`` (definitions §10; the
    customer table then has ``previous_segment`` after its §2 columns), or None.
    """

    customers: pd.DataFrame
    reference_date: pd.Timestamp | None
    cut_points: dict[str, list[float] | None]
    scoring_method: str
    scoring_methods: dict[str, str]
    warnings: list[Notice]
    tier_thresholds: list[tuple[str, float]]
    tier_thresholds_from_data: bool
    tier_basis: pd.Series
    close_to_next_tier: pd.Series
    settings: Settings
    excluded_after_reference: int
    all_returns_customers: list[str]
    has_order_ids: bool
    consent: ConsentBook = field(default_factory=ConsentBook)
    occasions: Occasions | None = None
    predictions: Predictions | None = None
    migration: Migration | None = None

    @property
    def buyers(self) -> pd.DataFrame:
        """Segmented customers only (no prospects)."""
        return buyers_of(self.customers)

    @property
    def buyer_count(self) -> int:
        """How many customers are segmented, counted without copying the table (the status bar's)."""
        return int(buyer_mask(self.customers).sum())

    @property
    def prospects(self) -> pd.DataFrame:
        """Customers of the customers file without a purchase."""
        return self.customers[self.customers["activity_status"] == schema.PROSPECT]

    @property
    def tier_names(self) -> list[str]:
        """The tiers' names, lowest first."""
        return [name for name, _ in self.tier_thresholds]


def _int_array(values: np.ndarray, n_total: int) -> pd.arrays.IntegerArray:
    """Scores/points of the first len(values) rows; the rest (prospects) empty."""
    data = np.zeros(n_total, dtype=np.int64)
    mask = np.ones(n_total, dtype=bool)
    vals = np.asarray(values, dtype=np.float64)
    ok = ~np.isnan(vals)
    data[: len(vals)][ok] = vals[ok].astype(np.int64)
    mask[: len(vals)] = ~ok
    return pd.arrays.IntegerArray(data, mask)


def _labels(values: np.ndarray, n_total: int, fill: str | None = None) -> pd.Series:
    out = np.full(n_total, fill, dtype=object)
    out[: len(values)] = values
    return pd.Series(out, dtype="str")


#: A reference date more days than this after the file's last purchase is said (definitions §2).
LATE_REFERENCE_DAYS = 365
#: Fewer customers who bought than this is said: five scores need more than a handful (definitions §3).
FEW_CUSTOMERS = 25


def segment_customers(transactions: pd.DataFrame, settings: Settings | Mapping[str, object] | None = None,
                      attributes: pd.DataFrame | None = None,
                      progress: ProgressCallback | None = None, *, facts_cache: FactsCache | None = None,
                      latest_date: dt.date | pd.Timestamp | None = None,
                      consent: ConsentBook | None = None, predict: bool = True) -> Segmentation:
    """Customer table, RFM scores and segments, statuses and tiers for ``settings`` (default Settings();
    a mapping is read with Settings.from_dict; invalid settings raise core.errors.SettingsError).

    ``attributes``: optional customers frame (customer_id + attribute columns); it wins over the
    transactions' values where it has one, and its customers without purchases become prospects.
    ``progress(fraction, message)`` is called at checkpoints and may raise core.errors.Cancelled.
    ``facts_cache``: reuse the customer facts kept there for the very same frames and reference
    date (only scores, statuses and tiers are recomputed); without one the facts are built fresh.
    ``latest_date``: the latest date of the file's kept rows (``ImportResult.latest_date``), the
    default reference date of definitions §2 when ``settings.reference_date`` is not set; without it, the
    latest date of ``transactions`` is used.
    ``consent``: the importer's book of both files (``core.importing.combine_consent``), which also
    holds the rows the import set aside; without it, the book of ``transactions`` and ``attributes``.
    Each customer's ``consent`` is their answer in it (every row, rows after the reference date too).
    ``predict``: fit the models of definitions §11 (kept with the cached facts, so only a new history or
    reference date fits again); without it the prediction columns are empty and ``predictions`` None.
    """
    started = time.perf_counter()
    report = ensure(progress)
    settings = settings.validated() if isinstance(settings, Settings) else Settings.from_dict(settings)
    report(0.0, N_("Building the customer table"))
    reference_date = settings.reference_date if settings.reference_date is not None else latest_date
    if settings.reference_date is not None:
        _check_reference_date(transactions, settings.reference_date)
    facts_progress = sub_progress(report, 0.0, 0.5)

    jobs: list[Background[PurchaseHistory]] = []
    coded: list[TransactionCodes] = []

    with contextlib.ExitStack() as stack:
        def build() -> CustomerFacts:
            # the customer, product and category columns are factorized once, for the facts and the
            # purchase history both (build_customer_facts reports a missing customer column itself)
            if schema.TX_CUSTOMER in transactions.columns:
                coded.append(TransactionCodes.of(transactions))
            factorized = coded[0] if coded else None
            # who bought what when (definitions §12) is read beside the facts, on the one kind of
            # background thread core may start (numpy's sorts release the GIL); joined on leaving
            if len(transactions) <= HISTORY_BESIDE_FACTS_ROWS:
                jobs.append(stack.enter_context(Background(purchase_history, transactions, reference_date,
                                                           factorized, name="purchase history")))
            return build_customer_facts(transactions, reference_date, attributes, facts_progress,
                                        charge_lines=settings.charge_lines, compare_to=settings.compare_to,
                                        factorized=factorized)

        facts = build() if facts_cache is None else facts_cache.facts(transactions, reference_date, attributes,
                                                                        build, charge_lines=settings.charge_lines,
                                                                        compare_to=settings.compare_to)
        if facts.history is None:
            if not jobs:  # (a big file: read after the facts, not beside them)
                report(0.48, N_("Listing who bought what and when"))
            facts.history = jobs[0].result() if jobs else purchase_history(transactions, facts.reference_date,
                                                                            coded[0] if coded else None)
        coded.clear()  # (the codes are row-sized: let them go)
    facts_done = time.perf_counter()
    predictions = None
    if predict and facts.purchase_days is not None:
        predictions = facts.predictions
        if predictions is None:
            predictions = fit_predictions(facts.purchase_days, sub_progress(report, 0.5, 0.65))
            facts.predictions = predictions
    fitted = time.perf_counter()
    table = facts.table
    buyers = ~facts.is_prospect
    nb = int(buyers.sum())
    nt = len(table)
    notices: list[Notice] = []

    report(0.65, N_("Scoring recency, frequency and money"))
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
    for phrase in check_segment_map(settings.segment_map).sentences():
        notices.append(Notice.of(NoticeKind.SEGMENT_MAP, phrase))

    report(0.75, N_("Activity statuses"))
    ratio = table["overdue_ratio"].to_numpy(dtype=np.float64)[:nb]
    status = activity_status(days, ratio, settings.window_days)
    decl = np.zeros(nt, dtype=bool)
    decl[:nb] = declining(table["revenue_last_12m"].to_numpy(np.float64)[:nb],
                          table["revenue_prev_12m"].to_numpy(np.float64)[:nb])

    report(0.82, N_("Loyalty tiers"))
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
        notices.append(Notice.of(NoticeKind.TIERS, Phrase(
            "No customer spent anything {basis}, so tier thresholds cannot come from the data: everyone is {tier}.",
            basis=Name(BASIS_WORDS[rules.basis]), tier=Name(rules.names[0]))))

    report(0.9, N_("Assembling the table"))
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
    for name in PREDICTION_COLUMNS:
        column = np.full(nt, np.nan)
        if predictions is not None:
            column[:nb] = predictions.columns[name]
        out[name] = column
    attr_cols = [c for c in table.columns if c not in schema.CUSTOMER_COLUMNS]
    out = out[list(schema.CUSTOMER_COLUMNS) + attr_cols]
    book = consent if consent is not None else consent_from_tables(transactions, attributes)
    if book.has_info:
        out["consent"] = book.consent_of(out["customer_id"])
    migration = None
    if settings.compare_to is not None and facts.reference_date is not None:
        report(0.93, N_("Placing customers as they stood on the comparison date"))
        migration, found = compare_segments(facts, settings.compare_to, rfm.cut_points, settings.segment_map, out, nb)
        notices.extend(found)
        if migration is not None:   # definitions §10: after the columns of §2, before the other facts
            out.insert(len(schema.CUSTOMER_COLUMNS), schema.PREVIOUS_SEGMENT, migration.previous_segment)
    report(0.95, N_("Birthdays, anniversaries and re-buys"))
    out, occasions = occasions_of(out, facts.history, facts.reference_date, settings.occasions, settings.charge_lines)
    notices.extend(occasions.notices)
    notices += [Notice.of(NoticeKind.OCCASIONS, phrase) for phrase in saved_list_notices(settings.saved_lists, out)]

    if facts.excluded_after_reference:
        notices.append(Notice.of(NoticeKind.AFTER_REFERENCE, Phrase.counted(
            "{n} row(s) dated after the reference date {date} were left out.",
            "{n} row(s) dated after the reference date {date} were left out.", facts.excluded_after_reference,
            date=f"{facts.reference_date:%Y-%m-%d}")))
    last = out["last_purchase"].max() if nb else None   # (prospects have none)
    if last is not None and not pd.isna(last) and facts.reference_date is not None \
            and (pd.Timestamp(facts.reference_date) - pd.Timestamp(last)).days > LATE_REFERENCE_DAYS:
        notices.append(Notice.of(NoticeKind.LATE_REFERENCE, Phrase(
            "The reference date {date} is {days:,} days after the last purchase in the file ({last}): every "
            "customer has been away at least that long, so the statuses say little, and the recency scores only "
            "rank customers against each other (a 5 is the most recent of them, not a recent buyer).",
            date=f"{facts.reference_date:%Y-%m-%d}", last=f"{pd.Timestamp(last):%Y-%m-%d}",
            days=(pd.Timestamp(facts.reference_date) - pd.Timestamp(last)).days)))
    if 0 < nb < FEW_CUSTOMERS:
        notices.append(Notice.of(NoticeKind.FEW_CUSTOMERS, Phrase.counted(
            "Only {n} customer bought: scores, segments and tiers compare customers with each other, and so few "
            "cannot show much (at least {least} are needed for five scores to mean anything).",
            "Only {n} customers bought: scores, segments and tiers compare customers with each other, and so few "
            "cannot show much (at least {least} are needed for five scores to mean anything).", nb,
            least=FEW_CUSTOMERS)))
    unmatched = _customers_file_unmatched(attributes, out["customer_id"], nb)
    if unmatched is not None:
        notices.append(Notice.of(NoticeKind.CUSTOMERS_FILE, unmatched))
    if facts.all_returns_customers:
        k = len(facts.all_returns_customers)
        notices.append(Notice.of(NoticeKind.ALL_RETURNS, Phrase.counted(
            "{n} customer(s) have only returns and no purchase; they are not segmented.",
            "{n} customer(s) have only returns and no purchase; they are not segmented.", k)))
    report(1.0, N_("Segmentation done"))
    done = time.perf_counter()
    log.info("segmented %d rows into %d customers in %.2f s (customer facts %.2f s, predictions %.2f s, "
             "scores and tiers %.2f s)", len(transactions), nt, done - started, facts_done - started,
             fitted - facts_done, done - fitted)
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
        has_order_ids=facts.has_order_ids,
        consent=book,
        occasions=occasions,
        predictions=predictions,
        migration=migration,
    )


def _check_reference_date(transactions: pd.DataFrame, reference_date: dt.date | pd.Timestamp) -> None:
    """Refuse a reference date chosen before the file's first purchase: nobody had bought by then, so
    every row would be left out and every page would be empty (a hand-edited project, a typing slip)."""
    if schema.TX_DATE not in transactions.columns or not len(transactions):
        return
    first = transactions[schema.TX_DATE].min()
    if pd.notna(first) and pd.Timestamp(first) > pd.Timestamp(reference_date):
        latest = transactions[schema.TX_DATE].max()
        raise SettingsError(
            Phrase("the reference date {date} is before the file's first purchase ({first}): nobody had bought by "
                   "then, so there would be no customers.", date=pd.Timestamp(reference_date).date(),
                   first=pd.Timestamp(first).date()),
            Phrase("Choose a reference date from {first} to {latest}, or none (the latest purchase).",
                   first=pd.Timestamp(first).date(), latest=pd.Timestamp(latest).date()))


def _customers_file_unmatched(attributes: pd.DataFrame | None, ids: pd.Series, buyers: int) -> Phrase | None:
    """The notice for a customers file none of whose customers bought (definitions §1: the two files
    must name customers alike), with the likely reason; None when any of them bought. ``ids``: the
    customer table's ids, its ``buyers`` first and then the customers file's own (the prospects)."""
    prospects = len(ids) - buyers
    if attributes is None or not buyers or not prospects or prospects < attributes["customer_id"].nunique():
        return None

    def by_email(values: pd.Series) -> bool:   # (most ids hold an @: the file is keyed by address)
        return bool(values.astype("str").str.contains("@", regex=False).mean() > 0.5)

    file_by_email, purchases_by_email = by_email(ids.iloc[buyers:]), by_email(ids.iloc[:buyers])
    if file_by_email and not purchases_by_email:
        why = Phrase("The customers file names its customers by e-mail address, the purchases file by customer "
                     "id: give the customers file the customer id column (or export both files by e-mail address).")
    elif purchases_by_email and not file_by_email:
        why = Phrase("The purchases file names its customers by e-mail address, the customers file by customer "
                     "id: map the customers file's e-mail column as its customer key, or give the purchases "
                     "file its customer ids.")
    else:
        why = Phrase("The two files must name customers alike (the same customer ids, or both by e-mail "
                     "address): check the customer id column chosen for each.")
    return Phrase.counted(
        "The {n} customer of the customers file bought nothing in the purchases file, so their name, e-mail "
        "and consent reach no buyer; they are listed as a prospect. {why}",
        "None of the {n} customers of the customers file bought anything in the purchases file, so their names, "
        "e-mails and consent reach no buyer; they are listed as prospects. {why}", prospects, why=why)


def _counts(series: pd.Series, order: list[str]) -> list[tuple[str, int]]:
    counts = series.value_counts(dropna=True)
    names = [n for n in order if n in counts.index] + sorted(n for n in counts.index if n not in order)
    return [(n, int(counts[n])) for n in names]


#: How the scores were cut, as the command line's summary says it (``Segmentation.scoring_method``).
SCORING_WORDS = {"quintiles": N_("quintiles"), "thresholds": N_("your thresholds"),
                 "mixed": N_("quintiles and your thresholds")}


def _fmt_cuts(cuts: list[float] | None, w: Words) -> str:
    """Cut points with at most two decimals, as ``w``'s language writes numbers ("2,140.96", "2.140,96")."""
    if cuts is None:
        return w.t("none")
    return " / ".join(f"{c:,.2f}".rstrip("0").rstrip(".") if w.is_english else format_number(c, 2, w.locale, trim=True)
                      for c in cuts)


def summary_text(seg: Segmentation, words: Words | None = None) -> str:
    """Plain-text summary for the command line: customers per segment, per status and per tier
    (the labels and default names in ``words``' language; English without)."""
    w = words or Words()
    c = seg.customers
    ref = w.t("none") if seg.reference_date is None else f"{seg.reference_date:%Y-%m-%d}"
    buyers = len(seg.buyers)
    lines = [w.t("Reference date: {date}", date=ref),
             w.t("Customers: {buyers} segmented, {prospects}, {returns} with returns only (not segmented)",
                 buyers=w.count(buyers), prospects=w.n("{n} prospect", "{n} prospects", len(c) - buyers),
                 returns=w.count(len(seg.all_returns_customers)))]
    if seg.cut_points.get("r") is None:
        lines.append(w.t("Scoring: {method}; no customers to score", method=w.t(SCORING_WORDS[seg.scoring_method])))
    else:
        lines.append(w.t("Scoring: {method}; cut points r {r} days, f {f} orders, m {m}",
                         method=w.t(SCORING_WORDS[seg.scoring_method]), r=_fmt_cuts(seg.cut_points["r"], w),
                         f=_fmt_cuts(seg.cut_points["f"], w), m=_fmt_cuts(seg.cut_points["m"], w)))
    sections = [
        (w.t("Segments"), _counts(c["rfm_segment"], [s.name for s in seg.settings.segment_map])),
        (w.t("Activity"), _counts(c["activity_status"], list(schema.STATUSES) + [schema.PROSPECT])),
        (w.t("Tiers"), _counts(c["tier"], seg.tier_names)),
    ]
    shown = {name: w.name(name) for _, rows in sections for name, _ in rows}
    known = [w.name(s.name) for s in seg.settings.segment_map] + [w.name(x) for x in schema.STATUSES]
    width = max([len(name) for name in known] + [12])
    for title, rows in sections:
        lines.append(w.t("{title}:", title=title))
        lines.extend(f"  {shown[name]:<{width}} {w.count(count):>8}" for name, count in rows)
    close = int(seg.close_to_next_tier.sum())
    lines.append(w.t("Close to the next tier: {close}; declining: {declining}", close=w.count(close),
                     declining=w.count(int(c["declining"].sum()))))
    if seg.occasions is not None:
        counts = [f"{w.name(name)} {w.count(int(occasion_members(c, seg.reference_date, seg.settings.occasions, name).sum()))}"
                  for name in schema.OCCASIONS]
        lines.append(w.t("Occasions: {counts}; products with a re-buy interval: {n:,}", counts=", ".join(counts),
                         n=len(seg.occasions.rebuy)))
    if seg.predictions is not None:
        lines.extend(seg.predictions.summary_lines(w))
    for notice in seg.warnings:
        lines.append(w.t("Note: {note}", note=notice.text(w)))
    return "\n".join(lines)
