"""The warnings that matter for a campaign's results (definitions §9), in the owner's words.

- the newer file ends before the response window does (the results can still grow), or starts
  after it began (purchases are missing);
- none of the campaign's customers is in the newer file (another shop's file, or customers numbered
  differently), whatever its dates; or some are missing from a newer file that goes back to the
  campaign's own data (likely a change of customer numbers: they would all count as not having bought);
- control customers were mailed by another campaign whose window overlaps this one's (they did not
  stay unmailed);
- other campaigns overlap this one's window (a purchase may be due to either);
- control customers used a coupon code of this campaign (codes are being passed on).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pandas as pd

from core.campaigns.history import CampaignHistory, CampaignInfo
from core.campaigns.matching import Translation, member_keys
from core.campaigns.redemptions import Redemptions
from core.campaigns.results_model import ResultWarning, WarningKind
from core.output.money import format_date, format_number
from core.words import Phrase


def _overlaps(a: CampaignInfo, b: CampaignInfo) -> bool:
    return a.window_start <= b.window_end and b.window_start <= a.window_end


def campaign_warnings(history: CampaignHistory, info: CampaignInfo, members: pd.DataFrame, transactions: pd.DataFrame,
                      newer_first: dt.date, newer_latest: dt.date, redemptions: Redemptions,
                      matched: Translation | None = None) -> list[ResultWarning]:
    """Every warning that applies (see the module docstring), most important first. ``transactions``
    name the campaign's customers by their recorded ids (matching.Translation.apply); ``matched``
    says how many were found there only by an id written another way, or by e-mail."""
    locale = info.locale

    def day(value: dt.date) -> str:
        return format_date(value, locale)

    def count(n: int) -> str:
        return format_number(n, 0, locale)

    found: list[ResultWarning] = []
    if newer_latest < info.window_end:
        short = (info.window_end - newer_latest).days
        found.append(ResultWarning(WarningKind.INCOMPLETE_WINDOW, Phrase.counted(
            "Incomplete window: the newer file ends on {latest}, {n} day before the response window does ({end}). "
            "Purchases after that are not counted yet, so these results can still change: look again with a file "
            "exported after {end}.",
            "Incomplete window: the newer file ends on {latest}, {n} days before the response window does ({end}). "
            "Purchases after that are not counted yet, so these results can still change: look again with a file "
            "exported after {end}.", short, n=count(short), latest=day(newer_latest), end=day(info.window_end)),
            short))
    if newer_first > info.window_end:   # (a file of another period, or of another shop)
        found.append(ResultWarning(WarningKind.FILE_STARTS_LATE, Phrase(
            "The newer file starts on {first}, after the whole response window ({start} to {end}): it holds no "
            "purchase of the window, so every list reads as if nobody bought and these results say nothing. "
            "Export the purchases from {start} to {end} (or a longer period) and look again.",
            first=day(newer_first), start=day(info.window_start), end=day(info.window_end))))
    elif newer_first > info.window_start:
        found.append(ResultWarning(WarningKind.FILE_STARTS_LATE, Phrase(
            "The newer file starts on {first}, after the response window began ({start}): purchases before that "
            "are missing and count as none. Export the purchases from before the mailing went out.",
            first=day(newer_first), start=day(info.window_start))))
    ids = members["customer_id"].astype(str)
    covers = info.reference_date if info.reference_date is not None else info.export_date
    present = pd.Index(transactions["customer_id"].unique())
    missing = int((present.get_indexer(ids) < 0).sum())
    if len(ids) and missing == len(ids) and len(present):   # (whatever the dates: another shop's file)
        found.append(ResultWarning(WarningKind.NO_CAMPAIGN_CUSTOMERS, Phrase.counted(
            "None of the campaign's {customers} customers is in the newer file, which holds {n} other "
            "customer: it is another shop's file, or one that numbers customers differently (a new shop system, "
            "e-mail addresses instead of numbers). Every list reads as if nobody bought, so these results say "
            "nothing about the campaign. Check that both files come from this shop and identify customers the "
            "same way.",
            "None of the campaign's {customers} customers is in the newer file, which holds {n} other "
            "customers: it is another shop's file, or one that numbers customers differently (a new shop system, "
            "e-mail addresses instead of numbers). Every list reads as if nobody bought, so these results say "
            "nothing about the campaign. Check that both files come from this shop and identify customers the "
            "same way.", len(present), customers=count(len(ids))), missing))
    elif newer_first <= covers:
        if missing:
            found.append(ResultWarning(WarningKind.MISSING_CUSTOMERS, Phrase.counted(
                "{n} of the campaign's {customers} customers is not in the newer file at all, although it "
                "goes back to {first}, before the campaign's data ended. That is right if they bought nothing from "
                "then on; but if customer numbers changed between the two exports (a new shop system, e-mail "
                "addresses instead of numbers), they all count as not having bought and the results are wrong. Check "
                "that both files identify customers the same way.",
                "{n} of the campaign's {customers} customers are not in the newer file at all, although it "
                "goes back to {first}, before the campaign's data ended. That is right if they bought nothing from "
                "then on; but if customer numbers changed between the two exports (a new shop system, e-mail "
                "addresses instead of numbers), they all count as not having bought and the results are wrong. Check "
                "that both files identify customers the same way.",
                missing, n=count(missing), customers=count(len(ids)), first=day(newer_first)), missing))
    if matched is not None and matched.rewritten:
        found.append(ResultWarning(WarningKind.IDS_WRITTEN_ANOTHER_WAY, Phrase.counted(
            "{n} of the campaign's customers is in the newer file under an id written another way (as 9068 for "
            "09068, after Excel dropped its leading zero, or c0007 for C0007): those purchases are counted as "
            "theirs. Check that both files come from the same shop system, where the same number means the same "
            "customer.",
            "{n} of the campaign's customers are in the newer file under ids written another way (as 9068 for "
            "09068, after Excel dropped its leading zero, or c0007 for C0007): those purchases are counted as "
            "theirs. Check that both files come from the same shop system, where the same number means the same "
            "customer.", matched.rewritten, n=count(matched.rewritten)), matched.rewritten))
    if matched is not None and matched.by_email:
        found.append(ResultWarning(WarningKind.IDS_WRITTEN_ANOTHER_WAY, Phrase.counted(
            "{n} of the campaign's customers is found in the newer file by the e-mail address recorded with them "
            "(the newer file names its customers by address, the campaign by customer number).",
            "{n} of the campaign's customers are found in the newer file by the e-mail address recorded with them "
            "(the newer file names its customers by address, the campaign by customer number).",
            matched.by_email, n=count(matched.by_email)), matched.by_email))
    found += _other_campaigns(history, info, members, day, count)
    uses = redemptions.uses
    if not uses.empty:
        control_ids = set(ids[members["control"].to_numpy(dtype=bool)])
        by_control = uses[uses["customer_id"].isin(control_ids)]
        if len(by_control):
            codes, people = by_control["code"].nunique(), by_control["customer_id"].nunique()
            found.append(ResultWarning(WarningKind.CONTROL_USED_CODES, Phrase(
                "{codes} {used_by}, though the control group was sent no code: codes are being passed on. That "
                "makes the control group buy more than it would have, and the uplift look smaller than it is.",
                codes=Phrase.counted("{n} coupon code of this campaign was", "{n} coupon codes of this campaign were",
                                     codes, n=count(codes)),
                used_by=Phrase.counted("used by {n} control-group customer", "used by {n} control-group customers",
                                       people, n=count(people))), people))
    return found


def _other_campaigns(history: CampaignHistory, info: CampaignInfo, members: pd.DataFrame,
                     day: Callable[[dt.date], str], count: Callable[[int], str]) -> list[ResultWarning]:
    """Control customers mailed by, and customers shared with, campaigns whose windows overlap."""
    others = [c for c in history.campaigns() if c.number != info.number and _overlaps(c, info)]
    if not others:
        return []
    mailed_elsewhere = history.mailed_in([c.number for c in others])
    is_control = members["control"].to_numpy(dtype=bool)
    ours = member_keys(members)   # (every way each of this campaign's customers can be recognised: once)
    found: list[ResultWarning] = []
    for other in others:
        theirs = set(pd.concat(member_keys(mailed_elsewhere[mailed_elsewhere["campaign_id"] == other.number])).dropna())
        known = np.logical_or.reduce([keys.isin(theirs).to_numpy(dtype=bool) for keys in ours])
        held = int((known & is_control).sum())
        when = Phrase("campaign {number} (sent {sent}, window {days} days)", number=other.number,
                      sent=day(other.sent_date), days=other.window_days)
        if held:
            found.append(ResultWarning(WarningKind.CONTROL_MAILED_ELSEWHERE, Phrase.counted(
                "{n} of this campaign's control-group customers was mailed by {when}, whose response window overlaps "
                "this one's: they did not stay unmailed, which makes this mailing look less effective than it was.",
                "{n} of this campaign's control-group customers were mailed by {when}, whose response window "
                "overlaps this one's: they did not stay unmailed, which makes this mailing look less effective than "
                "it was.", held, n=count(held), when=when), held))
        shared = int((known & ~is_control).sum())
        found.append(ResultWarning(WarningKind.OVERLAPPING_CAMPAIGNS, Phrase.counted(
            "The response window overlaps that of {when}; {n} customer was mailed by both, so a purchase may "
            "be due to either mailing.",
            "The response window overlaps that of {when}; {n} customers were mailed by both, so a purchase may "
            "be due to either mailing.", shared, when=when, n=count(shared)) if shared else Phrase(
            "The response window overlaps that of {when}; no customer was mailed by both.", when=when), shared))
    return found
