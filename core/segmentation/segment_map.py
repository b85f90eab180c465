"""The named-segment map of definitions §3 as data: segments with r/f (optional m) score ranges, first match wins."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from core.errors import SettingsError
from core.schema import MAX_NAME, JSONObject
from core.words import Name, Phrase

#: Label of customers that no segment of the map covers (never happens with the default map).
OTHER = "Other"
DIMENSIONS = ("r", "f", "m")
_FULL = (1, 5)


@dataclass(frozen=True)
class Segment:
    """One named box of the map; ``r``, ``f`` and ``m`` are inclusive (low, high) score ranges.

    ``m`` is None when the segment does not look at the monetary score (any m matches).
    """

    name: str
    r: tuple[int, int] = _FULL
    f: tuple[int, int] = _FULL
    m: tuple[int, int] | None = None

    def to_dict(self) -> JSONObject:
        out: JSONObject = {"name": self.name, "r": list(self.r), "f": list(self.f)}
        if self.m is not None:
            out["m"] = list(self.m)
        return out

    @classmethod
    def from_dict(cls, data: object, where: str = "segment") -> Segment:
        if not isinstance(data, dict):
            raise SettingsError(Phrase("{where} must be an object with name, r, f (and optional m).", where=where),
                                'Write it like {"name": "Champions", "r": [5, 5], "f": [4, 5]}.')
        unknown = sorted(set(data) - {"name", "r", "f", "m"})
        if unknown:
            raise SettingsError(Phrase("{where} has unknown key(s): {names}.", where=where, names=', '.join(unknown)),
                                "Allowed keys are name, r, f and m.")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise SettingsError(Phrase("{where} needs a non-empty name.", where=where), "Give every segment a name.")
        name = name.strip()
        r = _required_range(data.get("r"), f'{where} "{name}", r')
        f = _required_range(data.get("f"), f'{where} "{name}", f')
        m = None if data.get("m") is None else _required_range(data.get("m"), f'{where} "{name}", m')
        return cls(name, r, f, m)

    def box(self, dim: str) -> tuple[int, int]:
        """The (low, high) range of one dimension; any score (1, 5) when not set."""
        value = getattr(self, dim)
        return _FULL if value is None else value


def _required_range(value: object, where: str) -> tuple[int, int]:
    """A (low, high) score range from JSON: [low, high] or one score; SettingsError otherwise."""
    if value is None:
        raise SettingsError(Phrase("{where} is missing.", where=where),
                            "Give a score range such as [1, 2] (scores 1 to 5).")
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        value = [value, value]
    if (not isinstance(value, (list, tuple)) or len(value) != 2
            or any(isinstance(v, bool) or not isinstance(v, (int, np.integer)) for v in value)):
        raise SettingsError(Phrase("{where} must be two whole scores [low, high], got {value}.",
                                   where=where, value=repr(value)),
                            "Use scores from 1 to 5, for example [3, 4].")
    low, high = int(value[0]), int(value[1])
    if not (1 <= low <= high <= 5):
        raise SettingsError(Phrase("{where} is [{low}, {high}]; scores run from 1 to 5 with low <= high.",
                                   where=where, low=low, high=high),
                            "Use scores from 1 to 5, for example [3, 4].")
    return (low, high)


#: definitions §3 default map (recency × frequency); it tiles all 25 cells. The one definition of the
#: default segments: DEFAULT_SEGMENT_NAMES lists their names in map order.
DEFAULT_SEGMENT_MAP: tuple[Segment, ...] = (
    Segment("Champions", (5, 5), (4, 5)),
    Segment("Loyal Customers", (3, 4), (4, 5)),
    Segment("Potential Loyalists", (4, 5), (2, 3)),
    Segment("New Customers", (5, 5), (1, 1)),
    Segment("Promising", (4, 4), (1, 1)),
    Segment("Need Attention", (3, 3), (3, 3)),
    Segment("About To Sleep", (3, 3), (1, 2)),
    Segment("At Risk", (1, 2), (3, 4)),
    Segment("Can't Lose Them", (1, 2), (5, 5)),
    Segment("Hibernating", (1, 2), (1, 2)),
)


#: The default segments' names in map order (what lists and offers of a default map are named).
DEFAULT_SEGMENT_NAMES: tuple[str, ...] = tuple(seg.name for seg in DEFAULT_SEGMENT_MAP)


def default_segment_map() -> list[Segment]:
    """A fresh, editable copy of the default map."""
    return list(DEFAULT_SEGMENT_MAP)


def segment_map_from_list(data: object) -> list[Segment]:
    """Parse a JSON list of segment objects; names must be unique and must not be "Other"."""
    if not isinstance(data, list) or not data:
        raise SettingsError("segment_map must be a non-empty list of segments.",
                            'Write it like [{"name": "Champions", "r": [5, 5], "f": [4, 5]}, ...].')
    segments = [Segment.from_dict(item, f"segment_map item {i + 1}") for i, item in enumerate(data)]
    validate_segment_map(segments)
    return segments


def validate_segment_map(segments: Sequence[Segment]) -> None:
    """Raise SettingsError for an empty map, duplicate names or the reserved name "Other"."""
    if not segments:
        raise SettingsError("The segment map has no segments.", "Add at least one segment.")
    seen: set[str] = set()
    for seg in segments:
        if len(seg.name) > MAX_NAME:
            raise SettingsError(Phrase('The segment name "{name}…" is {count:,} characters long; keep it to {limit}.',
                                       name=seg.name[:30], count=len(seg.name), limit=MAX_NAME),
                                "Give that segment a shorter name.")
        key = seg.name.casefold()
        if key == OTHER.casefold():
            raise SettingsError(Phrase('"{other}" is reserved for customers no segment covers.', other=OTHER),
                                "Choose another name for that segment.")
        if key in seen:
            raise SettingsError(Phrase('Two segments are named "{name}".', name=seg.name),
                                "Give each segment its own name.")
        seen.add(key)


def assign_segments(r: np.ndarray, f: np.ndarray, m: np.ndarray, segments: Sequence[Segment]) -> np.ndarray:
    """Segment name per customer (object array): the first segment whose box holds (r, f, m), else "Other".

    Scores are integer arrays; 0 (or any value outside 1..5) marks a customer without scores,
    who matches no segment.
    """
    names = np.array([seg.name for seg in segments] + [OTHER], dtype=object)
    return names[segment_positions(r, f, m, segments)]


def segment_positions(r: np.ndarray, f: np.ndarray, m: np.ndarray, segments: Sequence[Segment]) -> np.ndarray:
    """Per customer, the place in ``segments`` of the first box that holds (r, f, m); len(segments)
    ("Other") where none does (int64)."""
    scores = {"r": np.asarray(r), "f": np.asarray(f), "m": np.asarray(m)}
    conditions = []
    for seg in segments:
        cond = np.ones(len(scores["r"]), dtype=bool)
        for dim in DIMENSIONS:
            low, high = seg.box(dim)
            cond &= (scores[dim] >= low) & (scores[dim] <= high)
        conditions.append(cond)
    if not conditions:
        return np.zeros(len(scores["r"]), dtype=np.int64)
    return np.select(conditions, np.arange(len(segments)), default=len(segments)).astype(np.int64)


@dataclass(frozen=True)
class MapCheck:
    """What the segment-map editor shows: uncovered R×F cells and shadowed segments."""

    uncovered_cells: list[tuple[int, int]]   # (r, f) cells where some customer would fall to "Other"
    partly_uncovered_cells: list[tuple[int, int]]  # of those, cells covered for some m scores only
    shadowed_segments: list[str]             # segments no customer can reach (earlier ones take all)
    #: of the partly covered cells, the m scores no segment takes there
    uncovered_m: dict[tuple[int, int], list[int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.uncovered_cells and not self.shadowed_segments

    def messages(self) -> list[str]:
        return [str(phrase) for phrase in self.sentences()]

    def sentences(self) -> list[Phrase]:
        """What is wrong with the map, as sentences (core/words.py): the cells no segment takes, the
        segments that never get a customer."""
        out: list[Phrase] = []
        whole = [cell for cell in self.uncovered_cells if cell not in self.partly_uncovered_cells]
        if whole:
            cells = Phrase.joined("; ", (Phrase("recency {r} with frequency {f}", r=r, f=f) for r, f in whole))
            out.append(Phrase('No segment takes these scores, so those customers go to "{other}": {cells}.',
                              other=Name(OTHER), cells=cells))
        if self.partly_uncovered_cells:   # (a map that uses money: a segment takes the cell for some m only)
            cells = Phrase.joined("; ", (
                Phrase("recency {r} with frequency {f} (monetary {m})", r=r, f=f,
                       m=", ".join(str(m) for m in self.uncovered_m.get((r, f), [])))
                for r, f in self.partly_uncovered_cells))
            out.append(Phrase('These scores are taken only for some monetary scores; customers with the others go to '
                              '"{other}": {cells}.', other=Name(OTHER), cells=cells))
        for name in self.shadowed_segments:
            out.append(Phrase('Segment "{name}" never gets a customer: earlier segments cover all of its cells.',
                              name=Name(name)))
        return out


def check_segment_map(segments: Iterable[Segment]) -> MapCheck:
    """Evaluate the map first match first over all 5×5×5 score cells."""
    segments = list(segments)
    grid = np.array(np.meshgrid(np.arange(1, 6), np.arange(1, 6), np.arange(1, 6), indexing="ij"))
    r, f, m = (grid[i].ravel() for i in range(3))
    taken = np.zeros(r.size, dtype=bool)
    shadowed = []
    for seg in segments:
        inside = np.ones(r.size, dtype=bool)
        for dim, values in zip(DIMENSIONS, (r, f, m), strict=True):
            low, high = seg.box(dim)
            inside &= (values >= low) & (values <= high)
        if not (inside & ~taken).any():
            shadowed.append(seg.name)
        taken |= inside
    free = (~taken).reshape(5, 5, 5)
    uncovered, partly = [], []
    missing: dict[tuple[int, int], list[int]] = {}
    for ri in range(5):
        for fi in range(5):
            if free[ri, fi].any():
                uncovered.append((ri + 1, fi + 1))
                if not free[ri, fi].all():
                    partly.append((ri + 1, fi + 1))
                    missing[(ri + 1, fi + 1)] = [int(mi) + 1 for mi in np.flatnonzero(free[ri, fi])]
    return MapCheck(uncovered, partly, shadowed, missing)
