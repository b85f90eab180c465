"""What a campaign's results are made of (definitions §9): groups, per-list rows, offer comparisons,
warnings and the whole :class:`CampaignResults`, as typed values for the window, the command line
and the files. The numbers are worked out by core/campaigns/results.py, the words by
core/campaigns/results_words.py.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import StrEnum

import pandas as pd

from core.campaigns.history import CampaignInfo
from core.campaigns.statistics import ControlNeed
from core.words import N_, Phrase, Words

#: The last row of the table: every list together.
ALL_LISTS = N_("All lists")
#: The per-list table's columns (definitions §9: their names are part of the contract).
RESULT_COLUMNS = (
    "list", "variant", "mailed", "mailed_buyers", "mailed_revenue", "control", "control_buyers", "control_revenue",
    "uplift", "uplift_low", "uplift_high", "p_better", "extra_revenue", "extra_revenue_low", "extra_revenue_high",
    "verdict", "min_detectable_uplift", "coupons_redeemed", "coupon_revenue", "codes_used_by_others",
    "window_complete",
)
#: The per-customer table's columns (the workbook's Customers sheet).
CUSTOMER_RESULT_COLUMNS = ("customer_id", "list", "group", "variant", "coupon_code", "bought", "window_revenue",
                           "code_redeemed")
#: Below these a row's answer is "too small to tell" (definitions §9).
MIN_CONTROL = 30
MIN_BUYERS = 5
#: The uplift a "too small to tell" row says a control group would need to detect, unless the
#: uplift seen was larger: five more buyers in every 100 customers.
TARGET_UPLIFT = 0.05
#: The chance at or above which a mailing "likely helped", and at or below which it "likely hurt".
LIKELY = 0.9
UNLIKELY = 0.1


class Verdict(StrEnum):
    """A row's answer, the first rule that applies (definitions §9)."""

    TOO_SMALL = "too small to tell"
    HELPED = "helped"
    HURT = "hurt"
    LIKELY_HELPED = "likely helped"
    LIKELY_HURT = "likely hurt"
    INCONCLUSIVE = "inconclusive"


class Group(StrEnum):
    """A campaign customer's group."""

    MAILED = "mailed"
    CONTROL = "control"


@dataclass(frozen=True)
class Counts:
    """One group of a list: its customers, how many bought in the window and their window revenue."""

    customers: int
    buyers: int
    revenue: float

    @property
    def rate(self) -> float | None:
        """The response rate (buyers / customers); None for an empty group."""
        return self.buyers / self.customers if self.customers else None

    @property
    def revenue_per_customer(self) -> float | None:
        return self.revenue / self.customers if self.customers else None

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.customers + other.customers, self.buyers + other.buyers, self.revenue + other.revenue)


@dataclass(frozen=True)
class Coupons:
    """A row's coupon codes: how many were redeemed, the net revenue of the orders that carried
    them, how many a customer other than their owner used, and how many control customers of the
    list used a code of the campaign (they were sent none)."""

    redeemed: int = 0
    revenue: float = 0.0
    used_by_others: int = 0
    control_users: int = 0

    def __add__(self, other: Coupons) -> Coupons:
        return Coupons(self.redeemed + other.redeemed, self.revenue + other.revenue,
                       self.used_by_others + other.used_by_others, self.control_users + other.control_users)


@dataclass(frozen=True)
class ListResult:
    """One row of the results: a list (one per variant of an offer test, each against the list's
    control group) or the "All lists" row (``is_total``). Fractions are fractions (0.05 is five
    points); None where a figure does not exist (no control group, nobody bought...)."""

    list_name: str
    variant: str
    offer_title: str
    mailed: Counts
    control: Counts
    uplift: float | None
    uplift_low: float | None
    uplift_high: float | None
    p_better: float | None
    extra_revenue: float | None
    extra_revenue_low: float | None
    extra_revenue_high: float | None
    verdict: Verdict
    min_detectable_uplift: float | None
    control_needed: ControlNeed | None
    coupons: Coupons = field(default_factory=Coupons)
    is_total: bool = False

    @property
    def buyers(self) -> int:
        return self.mailed.buyers + self.control.buyers

    @property
    def pooled_rate(self) -> float | None:
        total = self.mailed.customers + self.control.customers
        return self.buyers / total if total else None

    def row(self, window_complete: bool) -> dict[str, object]:
        """The row of the results table (RESULT_COLUMNS)."""
        return {
            "list": self.list_name, "variant": self.variant, "mailed": self.mailed.customers,
            "mailed_buyers": self.mailed.buyers, "mailed_revenue": round(self.mailed.revenue, 2),
            "control": self.control.customers, "control_buyers": self.control.buyers,
            "control_revenue": round(self.control.revenue, 2), "uplift": self.uplift, "uplift_low": self.uplift_low,
            "uplift_high": self.uplift_high, "p_better": self.p_better, "extra_revenue": _cents(self.extra_revenue),
            "extra_revenue_low": _cents(self.extra_revenue_low), "extra_revenue_high": _cents(self.extra_revenue_high),
            "verdict": self.verdict.value, "min_detectable_uplift": self.min_detectable_uplift,
            "coupons_redeemed": self.coupons.redeemed, "coupon_revenue": round(self.coupons.revenue, 2),
            "codes_used_by_others": self.coupons.used_by_others, "window_complete": window_complete,
        }


def _cents(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else round(value, 2)


@dataclass(frozen=True)
class OfferComparison:
    """A list's two offers against each other: B's response rate minus A's, its interval
    (Newcombe) and the chance that B brings more buyers than A (``p_b_better``)."""

    list_name: str
    a_title: str
    b_title: str
    a: Counts
    b: Counts
    difference: float | None
    low: float | None
    high: float | None
    p_b_better: float | None


class WarningKind(StrEnum):
    """What a warning is about (definitions §9)."""

    INCOMPLETE_WINDOW = "incomplete window"
    FILE_STARTS_LATE = "file starts late"
    MISSING_CUSTOMERS = "customers missing"
    NO_CAMPAIGN_CUSTOMERS = "no campaign customer in the file"
    CONTROL_MAILED_ELSEWHERE = "control mailed by another campaign"
    OVERLAPPING_CAMPAIGNS = "overlapping campaigns"
    CONTROL_USED_CODES = "control customers used codes"
    OTHER_CURRENCY = "another currency"
    IDS_WRITTEN_ANOTHER_WAY = "ids written another way"


@dataclass(frozen=True)
class ResultWarning:
    """One warning: its kind, its words (kept as a Phrase: written in the language asked for where
    it is shown), and the number of customers (or codes) it is about."""

    kind: WarningKind
    phrase: Phrase
    count: int = 0

    @property
    def text(self) -> str:
        """The warning in English."""
        return str(self.phrase)

    def said(self, words: Words) -> str:
        """The warning in ``words``' language."""
        return words.say(self.phrase)


@dataclass
class CampaignResults:
    """Everything the owner reads about one campaign: the campaign (with the sent date and window
    used), the newer file and its latest date, whether the window is complete, the rows (each list,
    then ``ALL_LISTS``), the offer comparisons, one row per campaign customer (CUSTOMER_RESULT_COLUMNS),
    the warnings, and whether the file had a coupon column."""

    campaign: CampaignInfo
    newer_file: str
    newer_first: dt.date
    newer_latest: dt.date
    rows: list[ListResult]
    comparisons: list[OfferComparison]
    customers: pd.DataFrame
    warnings: list[ResultWarning]
    coupons_measured: bool

    @property
    def window_complete(self) -> bool:
        """Whether the newer file's latest date reaches the end of the response window."""
        return self.newer_latest >= self.campaign.window_end

    @property
    def lists(self) -> list[ListResult]:
        """The per-list rows (without the "All lists" row)."""
        return [row for row in self.rows if not row.is_total]

    @property
    def total(self) -> ListResult:
        """The "All lists" row."""
        return next(row for row in self.rows if row.is_total)

    def table(self) -> pd.DataFrame:
        """The per-list results table (RESULT_COLUMNS), the "All lists" row last."""
        frame = pd.DataFrame([row.row(self.window_complete) for row in self.rows], columns=list(RESULT_COLUMNS))
        for name in ("uplift", "uplift_low", "uplift_high", "p_better", "extra_revenue", "extra_revenue_low",
                     "extra_revenue_high", "min_detectable_uplift", "mailed_revenue", "control_revenue",
                     "coupon_revenue"):
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("float64")
        frame["window_complete"] = frame["window_complete"].astype(bool)
        return frame
