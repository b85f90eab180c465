"""Segmentation settings (reference date, window, scoring, segment map, tiers, the date to compare
with) as one JSON-ready object."""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from core.errors import SettingsError
from core.schema import FIRST_YEAR, LAST_YEAR, MAX_NAME, JSONObject, JSONValue
from core.segmentation.charges import DEFAULT_CHARGE_LINES, parse_charge_lines
from core.segmentation.filters import SavedList, saved_lists_from
from core.segmentation.occasions import OccasionSettings
from core.segmentation.segment_map import Segment, default_segment_map, segment_map_from_list
from core.words import Phrase

#: Inactivity window presets of definitions §4, in days.
WINDOW_PRESETS = {"retail": 180, "subscription": 30, "seasonal": 365}
DEFAULT_WINDOW_DAYS = 180
SCORING_METHODS = ("quintiles", "thresholds")
SCORE_DIMENSIONS = ("r", "f", "m")
TIER_BASES = ("last_12m", "lifetime", "calendar_year")
#: The default loyalty tiers, lowest first (TierRules.names); the one definition of these names.
DEFAULT_TIER_NAMES = ("Bronze", "Silver", "Gold", "Platinum")
#: Quantiles of positive spend where the default tiers 2..4 start (50 / 80 / 95 %).
DEFAULT_TIER_QUANTILES = (0.50, 0.80, 0.95)
#: A customer is close to the next tier when what is still to spend is at most this share of its
#: threshold (TierRules.close_fraction; tiers.is_close_to_next_tier applies it).
DEFAULT_CLOSE_FRACTION = 0.2
#: Keys settings JSON may still hold that no longer change anything, with the value still written.
#: ``currency_symbol`` (text put before money in the "why" texts) gave way to the shop's currency
#: (ShopInfo.currency in the project); it is written, empty, so that saved projects and the
#: "Settings used" block of an exported workbook keep their layout.
RETIRED_KEYS: dict[str, str] = {"currency_symbol": ""}


def _num(value: object, where: str, *, minimum: float | None = None, strict: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SettingsError(Phrase("{where} must be a number, got {value}.", where=where, value=repr(value)),
                            "Type a plain number such as 180.")
    if minimum is not None and (value <= minimum if strict else value < minimum):
        raise SettingsError(Phrase("{where} must be greater than {minimum:g}, got {value}.", where=where,
                                   minimum=minimum, value=repr(value)) if strict else
                            Phrase("{where} must be at least {minimum:g}, got {value}.", where=where,
                                   minimum=minimum, value=repr(value)), "Correct the number.")
    return float(value)


def _check_keys(data: object, allowed: tuple[str, ...], where: str) -> Mapping[str, object]:
    if not isinstance(data, dict):
        raise SettingsError(Phrase("{where} must be an object (a JSON dictionary), got {name}.",
                                   where=where, name=type(data).__name__),
                            Phrase("Allowed keys: {names}.", names=', '.join(allowed)))
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise SettingsError(Phrase("{where} has unknown key(s): {names}.",
                                   where=where, names=', '.join(map(str, unknown))),
                            Phrase("Allowed keys: {names}.", names=', '.join(allowed)))
    return data


def parse_thresholds(values: object, where: str) -> list[float]:
    """Four ascending cut values: the same meaning as quintile cut points (see ScoringSettings)."""
    if not isinstance(values, (list, tuple)) or len(values) != 4:
        raise SettingsError(Phrase("{where} must be a list of four ascending numbers, got {values}.",
                                   where=where, values=repr(values)),
                            "For orders 1 / 2 / 3–5 / 6–10 / 11+ write [1, 2, 5, 10].")
    out = [_num(v, where) for v in values]
    if any(b <= a for a, b in itertools.pairwise(out)):
        raise SettingsError(Phrase("{where} must go strictly up, got {values}.", where=where, values=repr(values)),
                            "For orders 1 / 2 / 3–5 / 6–10 / 11+ write [1, 2, 5, 10].")
    return out


@dataclass
class ScoringSettings:
    """How r/f/m scores are made.

    ``method`` "quintiles" (default): cut points are the 20/40/60/80 % quantiles of the data.
    ``method`` "thresholds": the owner's cut points in ``thresholds`` per dimension ("r", "f", "m"),
    four ascending numbers each, used exactly like quintile cut points:
    f = 1 + number of cut points below orders (orders 1 / 2 / 3–5 / 6–10 / 11+ → [1, 2, 5, 10]);
    m likewise with revenue; r = 5 − number of cut points below days_since_last
    (r 5 within 30 days, 4 to 90, 3 to 180, 2 to 365, 1 beyond → [30, 90, 180, 365]).
    A dimension missing from ``thresholds`` keeps quintiles.
    """

    method: str = "quintiles"
    thresholds: dict[str, list[float]] = field(default_factory=dict)

    def to_dict(self) -> JSONObject:
        return {"method": self.method, "thresholds": {k: list(v) for k, v in self.thresholds.items()}}

    @classmethod
    def from_dict(cls, data: object) -> ScoringSettings:
        data = _check_keys(data, ("method", "thresholds"), "scoring")
        method = data.get("method", "quintiles")
        if not isinstance(method, str) or method not in SCORING_METHODS:
            raise SettingsError(Phrase("scoring.method is {method}.", method=repr(method)),
                                Phrase("Use one of: {names}.", names=", ".join(SCORING_METHODS)))
        raw = _check_keys(data.get("thresholds") or {}, SCORE_DIMENSIONS, "scoring.thresholds")
        thresholds = {k: parse_thresholds(v, f"scoring.thresholds.{k}") for k, v in raw.items() if v is not None}
        if method == "thresholds" and not thresholds:
            raise SettingsError("scoring.method is thresholds but no thresholds are given.",
                                'Give four cut values for r, f and/or m, e.g. {"f": [1, 2, 5, 10]}.')
        return cls(method, thresholds)

    def method_for(self, dim: str) -> str:
        return "thresholds" if self.method == "thresholds" and dim in self.thresholds else "quintiles"


@dataclass
class TierRules:
    """Loyalty tiers (definitions §5).

    ``basis``: "last_12m" (revenue_last_12m, default), "lifetime" (revenue) or "calendar_year"
    (net revenue in the reference date's calendar year, up to the reference date).
    ``names``: lowest first. ``thresholds``: one per tier after the first (ascending), or None for
    the data-driven default (50/80/95 % quantiles of positive basis, 2 significant figures; with
    another tier count, evenly spread quantiles between 50 % and 95 %).
    ``points_per_unit``: tier_points = floor(max(basis, 0) × points_per_unit).
    ``close_fraction``: close to the next tier when amount_to_next_tier <= fraction × its threshold.
    """

    basis: str = "last_12m"
    names: list[str] = field(default_factory=lambda: list(DEFAULT_TIER_NAMES))
    thresholds: list[float] | None = None
    points_per_unit: float = 1.0
    close_fraction: float = DEFAULT_CLOSE_FRACTION

    def to_dict(self) -> JSONObject:
        return {"basis": self.basis, "names": list(self.names),
                "thresholds": None if self.thresholds is None else list(self.thresholds),
                "points_per_unit": self.points_per_unit, "close_fraction": self.close_fraction}

    @classmethod
    def from_dict(cls, data: object) -> TierRules:
        data = _check_keys(data, ("basis", "names", "thresholds", "points_per_unit", "close_fraction"), "tiers")
        basis = data.get("basis", "last_12m")
        if not isinstance(basis, str) or basis not in TIER_BASES:
            raise SettingsError(Phrase("tiers.basis is {basis}.", basis=repr(basis)),
                                Phrase("Use one of: {names}.", names=", ".join(TIER_BASES)))
        raw_names = data.get("names", list(DEFAULT_TIER_NAMES))
        if (not isinstance(raw_names, list) or not raw_names
                or not all(isinstance(n, str) and n.strip() for n in raw_names)):
            raise SettingsError("tiers.names must be a non-empty list of names.", 'For example ["Bronze", "Silver"].')
        names = [str(n).strip() for n in raw_names]
        longest = max(names, key=len)
        if len(longest) > MAX_NAME:
            raise SettingsError(Phrase('The tier name "{name}…" is {count:,} characters long; keep it to {limit}.',
                                       name=longest[:30], count=len(longest), limit=MAX_NAME),
                                "Give that tier a shorter name.")
        if len({n.casefold() for n in names}) != len(names):
            raise SettingsError("tiers.names has the same name twice.", "Give each tier its own name.")
        raw = data.get("thresholds")
        thresholds = None
        if raw is not None:
            if not isinstance(raw, list) or len(raw) != len(names) - 1:
                raise SettingsError(
                    Phrase('tiers.thresholds must list {count} number(s), one per tier after "{first}", got {raw}.',
                           count=len(names) - 1, first=names[0], raw=repr(raw)),
                    "Give one spend threshold per higher tier, or null.")
            thresholds = [_num(v, "tiers.thresholds", minimum=0) for v in raw]
            if any(b <= a for a, b in itertools.pairwise(thresholds)):
                raise SettingsError(Phrase("tiers.thresholds must go strictly up, got {thresholds}.",
                                           thresholds=repr(thresholds)),
                                    "Each tier must start above the one before it.")
        ppu = _num(data.get("points_per_unit", 1.0), "tiers.points_per_unit", minimum=0)
        close = _num(data.get("close_fraction", DEFAULT_CLOSE_FRACTION), "tiers.close_fraction", minimum=0)
        return cls(basis, names, thresholds, ppu, close)


#: The window's "compare with" presets (definitions §10), in days before the reference date.
COMPARE_PRESETS = (30, 90, 365)
#: The window's default comparisons, in the order tried (CompareTo.default_for).
DEFAULT_COMPARE_DAYS = (90, 30)
#: The most days before the reference date a comparison may reach back (a hundred years).
MAX_COMPARE_DAYS = 36_500


@dataclass(frozen=True)
class CompareTo:
    """The earlier date every customer is also placed on (definitions §10): a fixed ``date``, or
    ``days_before`` the reference date (the window's presets follow the reference date when it
    moves). Exactly one of the two is set. JSON: ``"2011-09-09"`` or ``{"days_before": 90}``."""

    date: _dt.date | None = None
    days_before: int | None = None

    def __post_init__(self) -> None:
        if (self.date is None) == (self.days_before is None):
            raise SettingsError("compare_to needs either a date or a number of days before the reference date.",
                                'Write it like "2024-09-30" or {"days_before": 90}.')

    @classmethod
    def default_for(cls, first_date: _dt.date | None, reference_date: _dt.date | None) -> CompareTo | None:
        """The window's default comparison (definitions §10): 90 days before the reference date when
        the history reaches back that far (its first date is on or before then), else 30 days before
        when it reaches back that far, else none."""
        if first_date is None or reference_date is None:
            return None
        for days in DEFAULT_COMPARE_DAYS:
            if first_date <= reference_date - _dt.timedelta(days=days):
                return cls(days_before=days)
        return None

    def on(self, reference_date: _dt.date) -> _dt.date:
        """The comparison date for this reference date."""
        if self.date is not None:
            return self.date
        return reference_date - _dt.timedelta(days=int(self.days_before or 0))

    def to_json(self) -> JSONValue:
        return self.date.isoformat() if self.date is not None else {"days_before": self.days_before}

    @classmethod
    def from_json(cls, value: object) -> CompareTo | None:
        """None for null; a date text or ``{"days_before": N}`` (N from 1 to 36,500); SettingsError otherwise."""
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return cls(date=parse_reference_date(value))
            except SettingsError as exc:
                low, high = REFERENCE_DATE_RANGE
                raise SettingsError(Phrase("compare_to is {value}, not a date from {first} to {last}.",
                                           value=repr(value), first=low.year, last=high.year),
                                    'Write it as YYYY-MM-DD, like "2024-09-30".') from exc
        data = _check_keys(value, ("days_before",), "compare_to")
        days = _num(data.get("days_before"), "compare_to.days_before", minimum=1)
        if days != int(days) or days > MAX_COMPARE_DAYS:
            raise SettingsError(Phrase("compare_to.days_before must be whole days from 1 to {limit:,}, got {value}.",
                                       limit=MAX_COMPARE_DAYS, value=repr(data.get("days_before"))), "For example 90.")
        return cls(days_before=int(days))


@dataclass
class Settings:
    """Everything segmentation needs besides the data; ``to_dict``/``from_dict`` round-trip JSON.

    ``reference_date``: None for the latest transaction date, else a date ("YYYY-MM-DD" in JSON).
    ``charge_lines``: product and category names that are charges, not merchandise (postage, fees…):
    they count in revenue but are never a favourite (core/segmentation/charges.py). A project saved
    without the key gets the default list.
    ``compare_to``: None, or the earlier date customers are also placed on (definitions §10); written
    to JSON only when set, so that settings without it keep their layout.
    Money is shown in the shop's currency (the project's ShopInfo), which is not a segmentation
    setting; see RETIRED_KEYS. ``occasions``: the windows of definitions §12; ``saved_lists``: the
    owner's own lists (filters kept under a name, recomputed on every import).
    """

    reference_date: _dt.date | None = None
    window_days: int = DEFAULT_WINDOW_DAYS
    scoring: ScoringSettings = field(default_factory=ScoringSettings)
    segment_map: list[Segment] = field(default_factory=default_segment_map)
    tiers: TierRules = field(default_factory=TierRules)
    charge_lines: list[str] = field(default_factory=lambda: list(DEFAULT_CHARGE_LINES))
    compare_to: CompareTo | None = None
    occasions: OccasionSettings = field(default_factory=OccasionSettings)
    saved_lists: list[SavedList] = field(default_factory=list)

    KEYS = ("reference_date", "window_days", "scoring", "segment_map", "tiers", "charge_lines", "compare_to",
            "occasions", "saved_lists", *RETIRED_KEYS)

    def to_dict(self) -> JSONObject:
        out: JSONObject = {
            "reference_date": (None if self.reference_date is None
                               else parse_reference_date(self.reference_date).isoformat()),
            "window_days": self.window_days,
            "scoring": self.scoring.to_dict(),
            "segment_map": [s.to_dict() for s in self.segment_map],
            "tiers": self.tiers.to_dict(),
            "occasions": self.occasions.to_dict(),
            "saved_lists": [s.to_dict() for s in self.saved_lists],
            "charge_lines": list(self.charge_lines),
        }
        if self.compare_to is not None:
            out["compare_to"] = self.compare_to.to_json()
        out.update(RETIRED_KEYS)
        return out

    @classmethod
    def from_dict(cls, data: object) -> Settings:
        """Settings from JSON (None or {} give the defaults); raises SettingsError for anything unusable."""
        data = _check_keys(data if data is not None else {}, cls.KEYS, "settings")
        out = cls()
        reference = data.get("reference_date")
        if reference is not None:
            out.reference_date = parse_reference_date(reference)
        if "window_days" in data:
            out.window_days = parse_window(data["window_days"])
        if data.get("scoring") is not None:
            out.scoring = ScoringSettings.from_dict(data["scoring"])
        if data.get("segment_map") is not None:
            out.segment_map = segment_map_from_list(data["segment_map"])
        if data.get("tiers") is not None:
            out.tiers = TierRules.from_dict(data["tiers"])
        if data.get("occasions") is not None:
            out.occasions = OccasionSettings.from_dict(data["occasions"])
        out.saved_lists = saved_lists_from(data.get("saved_lists"))
        if data.get("charge_lines") is not None:
            out.charge_lines = parse_charge_lines(data["charge_lines"])
        out.compare_to = CompareTo.from_json(data.get("compare_to"))
        for key in RETIRED_KEYS:  # still checked, so a file that was refused is refused still
            if not isinstance(data.get(key, ""), str):
                raise SettingsError(Phrase("{key} must be text, got {value}.", key=key, value=repr(data[key])),
                                    'For example "£" or "".')
        return out

    def validated(self) -> Settings:
        """Check a Settings built in code (GUI edits) the same way as JSON; returns a clean copy."""
        return Settings.from_dict(self.to_dict())


def parse_window(value: object) -> int:
    """Window in days (positive whole number) or a preset name: retail, subscription, seasonal."""
    if isinstance(value, str):
        if value in WINDOW_PRESETS:
            return WINDOW_PRESETS[value]
        raise SettingsError(Phrase("window_days is {value}.", value=repr(value)),
                            Phrase("Use a number of days or a preset: {names}.", names=', '.join(WINDOW_PRESETS)))
    number = _num(value, "window_days", minimum=0, strict=True)
    if number != int(number):
        raise SettingsError(Phrase("window_days must be whole days, got {value}.", value=repr(value)),
                            "For example 180.")
    return int(number)


#: Dates Clientele accepts as a reference date: the years a date can be in (core/schema.py).
REFERENCE_DATE_RANGE = (_dt.date(FIRST_YEAR, 1, 1), _dt.date(LAST_YEAR, 12, 31))


def date_of(value: object) -> _dt.date | None:
    """A date, datetime, pandas Timestamp or "YYYY-MM-DD" text as a date; None for anything else."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        found = _ISO_DAY.fullmatch(value.strip())
        if found is None:   # ("2011-12-201", "2011-12-15 oops", "20111201": not a date as written)
            return None
        try:
            return _dt.date.fromisoformat(found.group(1))
        except ValueError:
            return None
    return None


#: "YYYY-MM-DD", with a time of day after it as a datetime's text has ("2024-03-05 00:00:00").
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")


def parse_reference_date(value: object) -> _dt.date:
    """A date, datetime, pandas Timestamp or "YYYY-MM-DD" text → date (within what pandas can hold)."""
    day = date_of(value)
    if day is None:
        raise SettingsError(Phrase("reference_date is {value}, not a date.", value=repr(value)),
                            "Write it as YYYY-MM-DD, e.g. 2024-12-31.")
    low, high = REFERENCE_DATE_RANGE
    if not low <= day <= high:
        raise SettingsError(Phrase("reference_date {date} is outside the years {first}–{last}.",
                                   date=day.isoformat(), first=low.year, last=high.year),
                            "Write the date your analysis should look back from, e.g. 2024-12-31.")
    return day
