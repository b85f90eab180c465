"""Did the offer work? A recorded campaign's results from a newer purchases file (definitions §9).

``campaign_results(history, newer, campaign=None, sent_date=None, window_days=None, progress)`` ->
:class:`CampaignResults`. Per campaign customer: the response window runs from the day after the
sent date to sent date + window days; a **buyer** has a purchase (not a return) dated in it; the
**window revenue** is the net sum of their rows in it; a customer absent from the newer file has
neither. Per list (per variant of an offer test, each against the list's one control group), and
pooled over the lists, the uplift and its interval, the chance the mailing helped, the extra
revenue with its range, the verdict, what the group sizes can detect, coupon redemptions
(core/campaigns/redemptions.py), and the warnings that matter. The statistics are in
core/campaigns/statistics.py, the words in core/campaigns/results_words.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core.campaigns.control_group import list_key
from core.campaigns.history import CampaignHistory, CampaignInfo
from core.campaigns.matching import translate_ids
from core.campaigns.offer_test import Variant
from core.campaigns.redemptions import Redemptions, find_redemptions
from core.campaigns.results_model import (
    ALL_LISTS,
    LIKELY,
    MIN_BUYERS,
    MIN_CONTROL,
    TARGET_UPLIFT,
    UNLIKELY,
    CampaignResults,
    Counts,
    Coupons,
    Group,
    ListResult,
    OfferComparison,
    ResultWarning,
    Verdict,
    WarningKind,
)
from core.campaigns.results_warnings import campaign_warnings
from core.campaigns.statistics import (
    Stratum,
    control_needed,
    extra_revenue_draws,
    mantel_haenszel,
    min_detectable_uplift,
    newcombe_interval,
    prob_better,
    range_95,
)
from core.errors import EndsBeforeWindow, InputError
from core.language import Language
from core.output.money import language_locale
from core.progress import ProgressCallback, ensure
from core.words import N_, Phrase

if TYPE_CHECKING:
    from core.importing.importer import ImportResult

log = logging.getLogger(__name__)


#: Each row's own stream of draws, after the seed and the list's key: 0 without a test, 1 for A, 2 for B.
_DRAW_STREAM = {"": 0, Variant.A.value: 1, Variant.B.value: 2}


def verdict(control: int, buyers: int, low: float | None, high: float | None, p_better: float | None, *,
            non_buyers: int = MIN_BUYERS) -> Verdict:
    """The first rule that applies (definitions §9): too small to tell (control < 30, or fewer than
    5 buyers, or fewer than 5 customers who did not buy, in both groups together), helped, hurt,
    likely helped, likely hurt, inconclusive.

    (The rule on buyers read both ways: when nearly everyone bought, the groups hold as little to
    compare as when nearly nobody did, and the chance that mailed customers buy more often then
    only says which group is larger: 370 of 370 mailed and 30 of 30 kept back gave 92 %.)"""
    if control < MIN_CONTROL or buyers < MIN_BUYERS or non_buyers < MIN_BUYERS or low is None or high is None:
        return Verdict.TOO_SMALL
    if low > 0:
        return Verdict.HELPED
    if high < 0:
        return Verdict.HURT
    if p_better is not None and p_better >= LIKELY:
        return Verdict.LIKELY_HELPED
    if p_better is not None and p_better <= UNLIKELY:
        return Verdict.LIKELY_HURT
    return Verdict.INCONCLUSIVE


def _counts(frame: pd.DataFrame) -> Counts:
    return Counts(len(frame), int(frame["bought"].sum()), float(frame["window_revenue"].sum()))


def _coupons(mailed: pd.DataFrame, control: pd.DataFrame, redemptions: Redemptions) -> Coupons:
    """The coupon figures of one row: its mailed customers' codes, and its control customers."""
    uses = redemptions.uses
    if uses.empty:
        return Coupons()
    mine = uses[uses["code"].isin(set(_upper(mailed["coupon_code"]).dropna()))]
    revenue = float(redemptions.order_revenue.reindex(mine["order_key"].unique()).fillna(0.0).sum())
    others = mine.loc[mine["customer_id"] != mine["owner"], "code"].nunique()
    control_users = uses.loc[uses["customer_id"].isin(set(control["customer_id"].astype(str))), "customer_id"].nunique()
    return Coupons(int(mine["code"].nunique()), revenue, int(others), int(control_users))


def _upper(codes: pd.Series) -> pd.Series:
    """Coupon codes in capitals (None stays None)."""
    return codes.astype("string").str.upper().astype(object).where(codes.notna(), None)


@dataclass
class _Row:
    """A row being worked out: its figures, and the draws of its extra revenue (for the total)."""

    result: ListResult
    draws: np.ndarray | None


def _row(name: str, variant: str, title: str, mailed: pd.DataFrame, control: pd.DataFrame,
         redemptions: Redemptions, seed: int) -> _Row:
    m, c = _counts(mailed), _counts(control)
    interval = newcombe_interval(m.buyers, m.customers, c.buyers, c.customers)
    uplift = (m.rate or 0.0) - (c.rate or 0.0) if interval is not None else None
    p_better = prob_better(m.buyers, m.customers, c.buyers, c.customers) if interval is not None else None
    pooled = (m.buyers + c.buyers) / (m.customers + c.customers) if m.customers + c.customers else 0.0
    low, high = interval if interval is not None else (None, None)
    draws = None
    extra = extra_low = extra_high = None
    if interval is not None:
        revenues = pd.concat([mailed, control]).query("bought")["window_revenue"].to_numpy(dtype=np.float64)
        spend = float(revenues.mean()) if len(revenues) else 0.0
        extra = (uplift or 0.0) * spend * m.customers
        rng = np.random.default_rng([seed, list_key(name), _DRAW_STREAM[variant]])
        draws = extra_revenue_draws(m.buyers, m.customers, c.buyers, c.customers, revenues, rng)
        extra_low, extra_high = range_95(draws)
    need = control_needed(m.customers, pooled, max(uplift or 0.0, TARGET_UPLIFT), MIN_CONTROL)
    result = ListResult(name, variant, title, m, c, uplift, low, high, p_better, extra, extra_low, extra_high,
                        verdict(c.customers, m.buyers + c.buyers, low, high, p_better,
                                non_buyers=m.customers + c.customers - m.buyers - c.buyers),
                        min_detectable_uplift(m.customers, c.customers, pooled), need,
                        _coupons(mailed, control, redemptions))
    return _Row(result, draws)


def _total(rows: list[_Row], strata: list[Stratum]) -> ListResult:
    """The "All lists" row: counts summed, the Mantel–Haenszel uplift over the lists (Sato's
    interval), the extra revenue summed draw by draw."""
    results = [r.result for r in rows]
    m = sum((r.mailed for r in results), Counts(0, 0, 0.0))
    controls: dict[str, Counts] = {}
    for r in results:                       # a list's control group once, whatever its variants
        controls[r.list_name] = r.control
    c = sum(controls.values(), Counts(0, 0, 0.0))
    pooled = mantel_haenszel(strata)
    low = pooled.low if pooled is not None else None
    high = pooled.high if pooled is not None else None
    p_better = pooled.p_better if pooled is not None else None
    drawn = [r.draws for r in rows if r.draws is not None]
    extra = sum((r.extra_revenue for r in results if r.extra_revenue is not None), 0.0) if drawn else None
    extra_low, extra_high = range_95(np.sum(drawn, axis=0)) if drawn else (None, None)
    rate = (m.buyers + c.buyers) / (m.customers + c.customers) if m.customers + c.customers else 0.0
    uplift = pooled.difference if pooled is not None else None
    need = control_needed(m.customers, rate, max(uplift or 0.0, TARGET_UPLIFT), MIN_CONTROL)
    coupons = sum((dataclasses.replace(r.coupons, control_users=0) for r in results), Coupons())
    once = {r.list_name: r.coupons.control_users for r in results}      # a list's control group once
    coupons = dataclasses.replace(coupons, control_users=sum(once.values()))
    return ListResult(ALL_LISTS, "", "", m, c, uplift, low, high, p_better, extra, extra_low, extra_high,
                      verdict(c.customers, m.buyers + c.buyers, low, high, p_better,
                              non_buyers=m.customers + c.customers - m.buyers - c.buyers),
                      min_detectable_uplift(m.customers, c.customers, rate), need, coupons, is_total=True)


def _comparison(name: str, a: pd.DataFrame, b: pd.DataFrame) -> OfferComparison:
    ca, cb = _counts(a), _counts(b)
    interval = newcombe_interval(cb.buyers, cb.customers, ca.buyers, ca.customers)
    ok = interval is not None
    return OfferComparison(name, str(a["offer_title"].iloc[0]) if len(a) else "",
                           str(b["offer_title"].iloc[0]) if len(b) else "", ca, cb,
                           (cb.rate or 0.0) - (ca.rate or 0.0) if ok else None,
                           interval[0] if interval is not None else None, interval[1] if interval is not None else None,
                           prob_better(cb.buyers, cb.customers, ca.buyers, ca.customers) if ok else None)


def _window_figures(transactions: pd.DataFrame, info: CampaignInfo, ids: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Per campaign customer (``ids``): whether they bought in the window and their window revenue."""
    dates = transactions["date"]
    inside = (dates >= pd.Timestamp(info.window_start)) & (dates <= pd.Timestamp(info.window_end))
    window = transactions.loc[inside, ["customer_id", "amount", "is_return"]]
    keys = window["customer_id"].astype(object)
    revenue = window["amount"].groupby(keys.to_numpy(), sort=False).sum()
    buyers = pd.Index(keys[~window["is_return"].to_numpy()].unique())
    bought = buyers.get_indexer(ids) >= 0
    return bought, revenue.reindex(ids).fillna(0.0).to_numpy(dtype=np.float64)


def _check_dates(info: CampaignInfo, first: dt.date | None, latest: dt.date | None, file: str) -> tuple[dt.date, dt.date]:
    if latest is None or first is None:
        raise InputError("the newer file has no purchase dates Clientele could read.",
                         "Choose the shop's newer export of purchases.", file=file)
    if latest <= info.sent_date:
        # (dates, not text: each is written as the language the message is read in writes a day)
        raise EndsBeforeWindow(
            Phrase("the newer file ends on {latest}, the day campaign {number} was sent ({sent}), so it holds "
                   "no purchase of the response window.", latest=latest, number=info.number,
                   sent=info.sent_date) if latest == info.sent_date else
            Phrase("the newer file ends on {latest}, before campaign {number} was sent ({sent}), so it holds "
                   "no purchase of the response window.", latest=latest, number=info.number,
                   sent=info.sent_date),
            Phrase("Export the purchases again after the window has run (it ends on {end}); if the mailing went "
                   "out earlier than recorded, give its date: --sent-date YYYY-MM-DD (or once for all: python "
                   "main.py campaigns --campaign {number} --sent-date YYYY-MM-DD).",
                   end=info.window_end, number=info.number), latest=latest, file=file)
    return first, latest


def campaign_results(history: CampaignHistory, newer: ImportResult, *, campaign: int | None = None,
                     sent_date: dt.date | None = None, window_days: int | None = None,
                     language: Language = Language.ENGLISH,
                     progress: ProgressCallback | None = None) -> CampaignResults:
    """The results of campaign ``campaign`` (None: the latest) of ``history`` from the newer
    purchases file ``newer`` (its transactions; a mapped ``coupon_code`` column makes coupons
    count; its latest date says whether the window is complete). ``sent_date``, ``window_days``:
    for this look only (None: as recorded); ``language``: the one the results are written in, which
    brings its locale (core/output/money.language_locale: German dates and numbers in German, however
    the campaign's shop wrote them). InputError when the newer file ends before the window begins;
    SettingsError for no or an unknown campaign."""
    report = ensure(progress)
    started = time.perf_counter()
    info = history.campaign(campaign).with_window(sent_date, window_days)
    info = dataclasses.replace(info, locale=language_locale(language.code, info.locale))
    tx = newer.transactions
    newer_file = Path(newer.source.path).name
    first = tx["date"].min().date() if len(tx) else None
    latest = newer.latest_date.date() if newer.latest_date is not None else (tx["date"].max().date() if len(tx) else None)
    newer_first, newer_latest = _check_dates(info, first, latest, newer_file)
    report(0.1, N_("Reading the campaign"))
    members = history.members(info.number).reset_index(drop=True)
    ids = members["customer_id"].astype(str)
    matched = translate_ids(ids, members["email"] if "email" in members else None, tx["customer_id"],
                            newer_keyed_by_email=newer.mapping.keyed_by_email())
    tx = matched.apply(tx)   # (the newer file's customers written as the campaign's ids)
    report(0.3, N_("Purchases in the response window"))
    bought, revenue = _window_figures(tx, info, ids)
    members["bought"], members["window_revenue"] = bought, revenue
    members["group"] = np.where(members["control"].to_numpy(dtype=bool), Group.CONTROL.value, Group.MAILED.value)
    issued = members.loc[~members["control"] & members["coupon_code"].notna()]
    issued = pd.DataFrame({"code": _upper(issued["coupon_code"]), "owner": issued["customer_id"].astype(str),
                           "expiry": issued["expiry_date"]})
    report(0.5, N_("Coupon codes"))
    redemptions = find_redemptions(tx, issued, info.sent_date)
    redeemed = redemptions.redeemed
    members["code_redeemed"] = _upper(members["coupon_code"]).isin(redeemed) & ~members["control"]
    report(0.6, N_("Statistics"))
    rows, strata, comparisons = [], [], []
    seed = int(info.seed or 0)
    order = list(dict.fromkeys([*info.lists, *members["list_name"].unique()]))
    for name in order:
        group = members[members["list_name"] == name]
        if group.empty:
            continue
        control = group[group["control"]]
        mailed = group[~group["control"]]
        if mailed["variant"].notna().any():    # an offer test, also when one offer went to nobody
            parts = [(v.value, mailed[mailed["variant"] == v.value]) for v in Variant]
            comparisons.append(_comparison(name, parts[0][1], parts[1][1]))   # (which then says it cannot compare)
            parts = [(variant, part) for variant, part in parts if len(part)]
        else:
            parts = [("", mailed)]
        for variant, part in parts:
            title = str(part["offer_title"].iloc[0]) if len(part) and part["offer_title"].notna().any() else ""
            rows.append(_row(name, variant, title, part, control, redemptions, seed))
        strata.append(Stratum(int(mailed["bought"].sum()), len(mailed), int(control["bought"].sum()), len(control)))
    total = _total(rows, strata)
    report(0.9, N_("Warnings"))
    warnings = campaign_warnings(history, info, members, tx, newer_first, newer_latest, redemptions, matched)
    if newer.report.other_currency_rows:
        warnings.insert(0, ResultWarning(WarningKind.OTHER_CURRENCY, Phrase.counted(
            "{n} row of the newer file was in another currency than {currency} and was set aside on import: a "
            "purchase paid in another currency is not counted here, so a customer who paid only that way counts as "
            "not having bought.",
            "{n} rows of the newer file were in another currency than {currency} and were set aside on import: "
            "purchases paid in other currencies are not counted here, so a customer who paid only that way counts as "
            "not having bought.", newer.report.other_currency_rows, currency=newer.report.currency),
            newer.report.other_currency_rows))
    if newer.report.currency and newer.report.currency != info.currency and not info.currency_named:
        # (the campaign's file named no currency: its shop's was a default, the newer file's is the one)
        info = dataclasses.replace(info, currency=newer.report.currency)
    elif newer.report.currency and newer.report.currency != info.currency:
        # (the money of the results is the newer file's: said in its currency, with a warning first)
        warnings.insert(0, ResultWarning(WarningKind.OTHER_CURRENCY, Phrase(
            "The newer file's amounts are in {newer}, but campaign {number} was made from amounts in {made}: the "
            "revenue below is in {newer}, as the newer file has it. If this is another shop's file, these results "
            "say nothing about the campaign.", newer=newer.report.currency, number=info.number, made=info.currency)))
        info = dataclasses.replace(info, currency=newer.report.currency)
    customers = pd.DataFrame({"customer_id": ids, "list": members["list_name"], "group": members["group"],
                              "variant": members["variant"], "coupon_code": members["coupon_code"],
                              "bought": members["bought"].astype(bool), "window_revenue": members["window_revenue"],
                              "code_redeemed": members["code_redeemed"].astype(bool)})
    result = CampaignResults(info, newer_file, newer_first, newer_latest, [r.result for r in rows] + [total],
                             comparisons, customers, warnings, "coupon_code" in tx.columns)
    log.info("results of campaign %d from %s: %d customers, %d lists, window %s to %s%s, in %.2f s", info.number,
             newer_file, len(members), len(order), info.window_start, info.window_end,
             "" if result.window_complete else " (incomplete)", time.perf_counter() - started)
    report(1.0, N_("Results ready"))
    return result
