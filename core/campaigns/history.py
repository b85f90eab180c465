"""The recorded campaigns as the owner sees them (definitions §9): typed, numbered, editable.

:class:`CampaignHistory` reads the campaign store (core/campaigns/store.py) for the results: the
campaigns that mailed someone (:meth:`CampaignHistory.campaigns`, oldest first; an export that
mailed nobody is no campaign and is never listed or picked), one campaign by number or the latest
(:meth:`CampaignHistory.campaign`), its members, and the two things the owner may change
afterwards, the sent date and the response window. Opening it never creates a store: where none
exists yet the history is simply empty. Every failure is a ClienteleError in the owner's words.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from core.campaigns.store import CampaignStore, DateLike
from core.campaigns.store_errors import LOCK_WAIT_SECONDS, damaged_value
from core.errors import OutputError, SettingsError
from core.output.atomic import same_file
from core.user_folders import campaign_store_path
from core.words import Phrase

log = logging.getLogger(__name__)

#: The response window when none was recorded (definitions §9).
DEFAULT_WINDOW_DAYS = 30
#: The longest response window the owner may set, in days.
MAX_WINDOW_DAYS = 365
#: How ``--campaign`` names the latest campaign.
LATEST = "latest"



def default_campaign_name(export_date: dt.date) -> str:
    """The name a campaign is recorded under when the owner gives none ("Mailing 2026-12-01"); it
    is never shown, since the number and the dates already say it (``CampaignInfo.own_name``)."""
    return f"Mailing {export_date.isoformat()}"


@dataclass(frozen=True)
class CampaignInfo:
    """One recorded campaign: its number, when it was made and sent, the response window, the seed
    and share of its control groups, its lists (in export order) with their offers, how many
    customers were mailed and held back, and the shop's currency and locale at the export."""

    number: int
    name: str
    export_date: dt.date
    sent_date: dt.date
    window_days: int
    reference_date: dt.date | None
    source_file: str | None
    seed: int | None
    control_share: float | None
    lists: tuple[str, ...]
    mailed: int
    control: int
    currency: str = "GBP"
    locale: str = "en_GB"
    #: whether the currency was named by the campaign's own purchases file (campaigns recorded before
    #: this was kept count as named)
    currency_named: bool = True

    @property
    def own_name(self) -> str:
        """The name the owner gave the campaign, or "" when it has the default one."""
        return "" if self.name == default_campaign_name(self.export_date) else self.name

    @property
    def window_start(self) -> dt.date:
        """The first day of the response window: the day after the sent date."""
        return self.sent_date + dt.timedelta(days=1)

    @property
    def window_end(self) -> dt.date:
        """The last day of the response window: sent date + window days (inclusive)."""
        return self.sent_date + dt.timedelta(days=self.window_days)

    def with_window(self, sent_date: dt.date | None = None, window_days: int | None = None) -> CampaignInfo:
        """This campaign with another sent date and/or window (for one look at the results)."""
        return replace(self, sent_date=self.sent_date if sent_date is None else self.check_sent_date(sent_date),
                       window_days=self.window_days if window_days is None else check_window_days(window_days))

    def check_sent_date(self, day: dt.date) -> dt.date:
        """``day`` as this campaign's sent date: not before the last day of the purchases it was made
        from (its customers were chosen by them, so it cannot have gone out earlier)."""
        if self.reference_date is not None and day < self.reference_date:
            raise SettingsError(
                Phrase("campaign {number} was made from purchases up to {reference}, so it cannot have been sent on "
                       "{day}.", number=self.number, reference=self.reference_date.isoformat(), day=day.isoformat()),
                Phrase("Give the day the mailing really went out: {reference} or later.",
                       reference=self.reference_date.isoformat()))
        return day


def check_window_days(value: object, where: str = "the response window") -> int:
    """``value`` as a response window: a whole number of days from 1 to MAX_WINDOW_DAYS."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WINDOW_DAYS:
        raise SettingsError(Phrase("{where} is {value}; it must be a whole number of days from 1 to {top}.",
                                   where=where, value=repr(value), top=MAX_WINDOW_DAYS),
                            Phrase("Use for example {days} (the default).", days=DEFAULT_WINDOW_DAYS))
    return value


def parse_campaign_choice(text: str | None) -> int | None:
    """``--campaign``: ``latest`` (or nothing) -> None, ``7`` -> 7; SettingsError otherwise."""
    if text is None or text.strip().lower() in (LATEST, ""):
        return None
    try:
        number = int(text.strip())
    except ValueError:
        number = 0
    if number < 1:
        raise SettingsError(Phrase('--campaign "{text}" is not a campaign number.', text=text),
                            "Give the campaign's number (python main.py campaigns lists them) or 'latest'.")
    return number


def _date(value: DateLike) -> dt.date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()


def _int(value: float | int | None) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value)


def _info(row: pd.Series, path: Path) -> CampaignInfo:
    settings = row["settings"] if isinstance(row["settings"], dict) else {}
    shop = settings.get("shop")
    shop = shop if isinstance(shop, dict) else {}
    lists = settings.get("lists")
    lists = lists if isinstance(lists, list) else []
    export_date = _date(row["export_date"]) or dt.date.today()
    window = _int(row.get("window_days"))
    if window is not None and not 1 <= window <= MAX_WINDOW_DAYS:   # (None: recorded before windows were)
        raise damaged_value(path, int(row["id"]), "window_days", window)
    share = row.get("control_share")
    return CampaignInfo(
        number=int(row["id"]), name=str(row["name"] or ""), export_date=export_date,
        sent_date=_date(row.get("sent_date")) or export_date,
        window_days=window if window is not None else DEFAULT_WINDOW_DAYS,
        reference_date=_date(row["reference_date"]), source_file=row["source_file"] or None,
        seed=_int(row["control_seed"]), control_share=None if share is None or pd.isna(share) else float(share),
        lists=tuple(str(name) for name in lists), mailed=int(row["mailed"]), control=int(row["control"]),
        currency=str(shop.get("currency") or "GBP"), locale=str(shop.get("locale") or "en_GB"),
        currency_named="file_currency" not in settings or settings.get("file_currency") is not None)


def controls_being_measured(store: CampaignStore, day: dt.date) -> list[tuple[CampaignInfo, pd.DataFrame]]:
    """The campaigns of ``store`` whose response window has not ended on ``day``, each with its
    control-group customers (``customer_id``, ``email``): mailing them now would count them as
    contacted in that campaign's results."""
    rows = store.campaigns()
    if rows.empty:
        return []
    running = [info for info in (_info(row, store.path) for _, row in rows[rows["mailed"] > 0].iterrows())
               if info.window_end >= day and info.control]
    held = store.held_back_in([info.number for info in running])
    return [(info, held.loc[held["campaign_id"] == info.number, ["customer_id", "email"]]) for info in running]


class CampaignHistory:
    """The recorded campaigns of the store at ``path`` (default: the user data folder's). A store
    that does not exist is an empty history (nothing is created); an older store is brought up to
    date when opened. Use as a context manager, or :meth:`close` it."""

    def __init__(self, path: str | Path | None = None, lock_wait: float = LOCK_WAIT_SECONDS) -> None:
        self.path = Path(path) if path else campaign_store_path()
        self._store: CampaignStore | None = None
        if self.path.exists() or self.path.is_dir():
            self._store = CampaignStore(self.path, lock_wait)
        self._rows: pd.DataFrame | None = None

    def _all(self) -> pd.DataFrame:
        if self._rows is None:
            self._rows = self._store.campaigns() if self._store is not None else pd.DataFrame()
        return self._rows

    def campaigns(self) -> list[CampaignInfo]:
        """Every campaign that mailed someone, oldest first."""
        rows = self._all()
        return [] if rows.empty else [_info(row, self.path) for _, row in rows[rows["mailed"] > 0].iterrows()]

    def mailing_at(self, path: str | Path) -> int | None:
        """The number of the recorded export whose mailing workbook is the existing file ``path``
        (the same file, under whatever name), else None: writing over it would lose the list of
        who was mailed with their coupons."""
        target = Path(path)
        rows = self._all()
        if rows.empty or "output_path" not in rows or not target.is_file():
            return None
        for number, recorded in zip(rows["id"], rows["output_path"], strict=True):
            if isinstance(recorded, str) and recorded and same_file(Path(recorded), target):
                return int(number)
        return None

    def refuse_over_mailing(self, path: str | Path | None, what: str, instead: str) -> None:
        """OutputError when ``path`` is a recorded campaign's mailing workbook (mailing_at): ``what``
        (the results, the customer table…) would be written over the list of who was mailed, with
        their coupon codes, that the campaign's results need. ``instead``: a name to suggest."""
        number = self.mailing_at(path) if path else None
        if number is not None:
            raise OutputError(Phrase("this file is the mailing list of campaign {number} (who was mailed, with their "
                                     "coupon codes): {what} would be written over it.", number=number,
                                     what=Phrase(what)),
                              Phrase("Choose another name for {what}, such as {instead}.", what=Phrase(what),
                                     instead=instead), file=str(path))

    @property
    def exports_without_mailing(self) -> int:
        """Exports recorded by earlier versions that mailed nobody (never listed as campaigns)."""
        rows = self._all()
        return 0 if rows.empty else int((rows["mailed"] == 0).sum())

    def campaign(self, number: int | None = None) -> CampaignInfo:
        """Campaign ``number``, or the latest (None); SettingsError when there is none such."""
        found = self.campaigns()
        if not found:
            raise SettingsError("no campaign has been recorded yet, so there are no results to show.",
                                "Export a mailing list first (python main.py segment FILE --mailing-out "
                                "mailing.xlsx, or the window's Export page); a month later, come back with "
                                "the newer purchases file.", file=str(self.path))
        if number is None:
            return found[-1]
        for info in found:
            if info.number == number:
                return info
        numbers: Phrase | str = ", ".join(str(i.number) for i in found[-20:])
        if len(found) > 20:   # (the latest twenty, saying that there are more)
            numbers = Phrase("{first} to {last} ({count:,} in all; the latest 20: {latest})",
                             first=found[0].number, last=found[-1].number, count=len(found), latest=numbers)
        rows = self._all()
        if not rows.empty and number in set(rows["id"].astype(int)):
            raise SettingsError(Phrase("campaign {number} mailed nobody, so it has no results.", number=number),
                                Phrase("Choose one of the campaigns that mailed customers: {numbers}.",
                                       numbers=numbers))
        raise SettingsError(Phrase("there is no campaign {number}.", number=number),
                            Phrase("The recorded campaigns are: {numbers} (python main.py campaigns lists them).",
                                   numbers=numbers))

    def members(self, number: int) -> pd.DataFrame:
        """The campaign's mailed and control customers (store.MEMBER_COLUMNS; ``control`` bool)."""
        if self._store is None:
            raise SettingsError(Phrase("there is no campaign {number}.", number=number),
                                "No campaign has been recorded yet.")
        return self._store.campaign_members(number)

    def mailed_in(self, numbers: list[int]) -> pd.DataFrame:
        """The customers mailed (not held back) by the campaigns ``numbers``."""
        if self._store is None:
            return pd.DataFrame({"campaign_id": pd.Series(dtype="int64"), "customer_id": pd.Series(dtype="object"),
                                 "email": pd.Series(dtype="object")})
        return self._store.mailed_in(numbers)

    def change(self, number: int, *, sent_date: DateLike = None, window_days: int | None = None) -> CampaignInfo:
        """Record another sent date and/or response window for campaign ``number`` (both checked);
        returns the campaign as now recorded."""
        info = self.campaign(number)
        if window_days is not None:
            check_window_days(window_days)
        day = _date(sent_date)
        when = info.check_sent_date(day) if day is not None else None
        assert self._store is not None           # campaign() found it in the store
        self._store.update_campaign(number, sent_date=when, window_days=window_days)
        self._rows = None
        log.info("campaign %d: sent date %s, window %s days", number, when or info.sent_date,
                 window_days or info.window_days)
        return self.campaign(number)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> CampaignHistory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
