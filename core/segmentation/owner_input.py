"""What the owner types into the window's boxes, read as settings (definitions §3, §5), with
messages that name the box and use the owner's words.

- **Amounts** are read like the amounts of a file (definitions §1, core/importing/amounts.py):
  "£1,000", "1.000,50 €", "1 000", "(50)".
- **A list of numbers** in one box (cut points): separated by semicolons, or by slashes, or by
  commas followed by a space ("100, 500, 1,000, 2,000": there a comma without a space is a
  thousands separator), else by bare commas ("30,90,180,365").
- Every problem is an :class:`core.errors.EntryError` naming the box ("Money cut points: …").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from core.errors import EntryError, SettingsError
from core.importing.amounts import parse_money
from core.output.money import format_number
from core.segmentation.segment_map import OTHER, Segment, validate_segment_map
from core.words import N_, Phrase

#: The boxes of the scoring editor, per score.
CUT_POINT_BOXES = {"r": N_("Recency cut points"), "f": N_("Frequency cut points"), "m": N_("Money cut points")}
CUT_POINT_EXAMPLES = {"r": N_("30, 90, 180, 365 (days since the last purchase)"),
                      "f": N_("1, 2, 5, 10 (orders: 1 / 2 / 3–5 / 6–10 / 11+)"),
                      "m": N_("100, 500, 1000, 2000 (amount spent)")}
TIER_THRESHOLDS = N_("Tier thresholds")
TIER_NAMES = N_("Tier names")
SEGMENT_MAP = N_("Segment map")
#: validate_segment_map's messages as the Segment map box words them (after "Segment map: ").
LOWERED_MAP_ERRORS = (N_('two segments are named "{name}".'), N_("the segment map has no segments."))


def _shown(value: float, decimal: str | None = None) -> str:
    """A number the owner typed, said back in a message as the box reads it: with ``decimal`` (the
    window language's separator) as number_text writes it ("2000", "10,125": a German reader takes
    "2,000" for two); without, in English ("2,000")."""
    return number_text(value, decimal) if decimal else format_number(value, 2, trim=True)


def split_numbers(text: str) -> list[str]:
    """The parts of a box holding several numbers (see the module docstring)."""
    text = text.strip()
    if not text:
        return []
    if ";" in text:
        parts = text.split(";")
    elif "/" in text:
        parts = text.split("/")
    elif re.search(r",\s", text):
        parts = re.split(r",\s+", text)
    else:
        parts = text.split(",")
    return [p.strip() for p in parts if p.strip()]


def read_number(text: str, decimal: str | None = None) -> float | None:
    """One amount or number as the owner typed it ("£1,000" → 1000.0, "0,5" → 0.5), None when it is
    none (or not finite). ``decimal``: the decimal separator of the language the owner types in (","
    in a German window, where "1.500" is fifteen hundred and "1.234,5" is 1234.5); None: read from the
    text alone (parse_money)."""
    numbers, unreadable, _ = parse_money(pd.Series([str(text).strip()], dtype="object"), hint=decimal)
    value = float(numbers.iloc[0])
    if bool(unreadable.iloc[0]) or not math.isfinite(value):
        return None
    return value


def number_text(value: float, decimal: str | None = None) -> str:
    """A number written back into a box the owner types in, so that read_number reads it as it was:
    no thousands separator, no exponent, ``decimal`` as the decimal separator ("2,345" in a German
    window for 2.345, "1500000" for a million and a half, never "1.5e+06")."""
    text = np.format_float_positional(float(value), trim="-")
    return text.replace(".", decimal) if decimal and decimal != "." else text


def read_amount(text: str, box: str, what: Phrase | None = None, decimal: str | None = None) -> float:
    """One amount or number as the owner typed it (read_number); EntryError naming ``box`` otherwise."""
    value = read_number(text, decimal)
    if value is None:
        typed = str(text).strip()
        raise EntryError(box, Phrase('{what} "{text}" is not a number.', what=what, text=typed) if what else
                         Phrase('"{text}" is not a number.', text=typed),
                         "Type digits, for example 500 or £1,000.")
    return value


def read_cut_points(text: str, dimension: str, decimal: str | None = None) -> list[float] | None:
    """The four cut points typed for one score ("r", "f" or "m"); None when the box is empty (that
    score keeps quintiles). EntryError naming the box for anything else. ``decimal``: as for
    read_amount."""
    box, example = CUT_POINT_BOXES[dimension], CUT_POINT_EXAMPLES[dimension]
    parts = split_numbers(text)
    if not parts:
        return None
    values = [read_amount(part, box, decimal=decimal) for part in parts]
    if len(values) != 4:
        typed = " / ".join(_shown(v, decimal) for v in values)
        raise EntryError(box, Phrase("four numbers are needed, one for each step between the scores 1 to 5; you "
                                     "typed {count} ({typed}).", count=len(values), typed=typed),
                         Phrase("Type for example {example}.", example=Phrase(example)))
    for low, high in zip(values, values[1:], strict=False):
        if high <= low:
            raise EntryError(box, Phrase("each number must be larger than the one before it, but {high} comes after "
                                         "{low}.", high=_shown(high, decimal), low=_shown(low, decimal)),
                             Phrase("Type for example {example}.", example=Phrase(example)))
    return values


def read_tier_thresholds(names: Sequence[str], texts: Sequence[str]) -> list[float]:
    """The spend each tier after the first starts at (``texts[i]`` for ``names[i + 1]``), typed
    as money ("£1,000"); EntryError naming the tier for a missing, unreadable, negative or not
    rising amount."""
    values: list[float] = []
    for name, text in zip(names[1:], texts, strict=True):
        if not str(text).strip():
            raise EntryError(TIER_THRESHOLDS, Phrase("{name} has no amount to start from.", name=name),
                             "Type the spend it starts at, for example 500 or £1,000.")
        value = read_amount(text, TIER_THRESHOLDS, Phrase("{name}'s", name=name))
        if value < 0:
            raise EntryError(TIER_THRESHOLDS, Phrase("{name} starts at {shown}, below 0.",
                                                     name=name, shown=_shown(value)),
                             "Type a spend of 0 or more.")
        if values and value <= values[-1]:
            before = names[len(values)]
            raise EntryError(TIER_THRESHOLDS, Phrase("{name} starts at {shown}, which is not above {before}'s "
                                                     "{threshold}.", name=name, shown=_shown(value), before=before,
                                                     threshold=_shown(values[-1])),
                             "Each tier must start above the one before it: list them lowest first.")
        values.append(value)
    return values


def read_tier_names(names: Sequence[str]) -> list[str]:
    """The tiers' names, lowest first; EntryError for an empty or repeated name."""
    out: list[str] = []
    for row, name in enumerate(names, start=1):
        name = " ".join(str(name).split())
        if not name:
            raise EntryError(TIER_NAMES, Phrase("tier {row} has no name.", row=row),
                             "Give every tier a name, such as Gold.")
        if name.casefold() in (n.casefold() for n in out):
            raise EntryError(TIER_NAMES, Phrase('"{name}" is there twice.', name=name), "Give each tier its own name.")
        out.append(name)
    return out


#: One row of the segment-map editor: name, then R from/to, F from/to, M from/to (M None: any).
SegmentRow = tuple[str, int, int, int, int, int | None, int | None]


def read_segment_map(rows: Sequence[SegmentRow]) -> list[Segment]:
    """The segments as the map editor shows them, first row first; EntryError naming the row."""
    segments: list[Segment] = []
    for number, (name, r_low, r_high, f_low, f_high, m_low, m_high) in enumerate(rows, start=1):
        name = " ".join(str(name).split())
        if not name:
            raise EntryError(SEGMENT_MAP, Phrase("row {number} has no name.", number=number),
                             "Give every segment a name.")
        boxes = [("R (recency)", r_low, r_high), ("F (frequency)", f_low, f_high)]
        if m_low is not None or m_high is not None:
            boxes.append(("M (money)", m_low or 1, m_high or 5))
        for label, low, high in boxes:
            if not 1 <= low <= high <= 5:
                raise EntryError(SEGMENT_MAP, Phrase('"{name}": {label} runs from {low} to {high}; "from" must not '
                                                     'be above "to".', name=name, label=label, low=low, high=high),
                                 "Scores run from 1 to 5: set from ≤ to.")
        m = None if len(boxes) == 2 else (boxes[2][1], boxes[2][2])
        segments.append(Segment(name, (r_low, r_high), (f_low, f_high), m))
    if not segments:
        raise EntryError(SEGMENT_MAP, "there are no segments.", "Add at least one, or press Default.")
    try:
        validate_segment_map(segments)
    except SettingsError as exc:
        if OTHER.casefold() in exc.message.casefold() and "reserved" in exc.message:
            raise EntryError(SEGMENT_MAP, Phrase('a segment is named "{other}", the name kept for customers no '
                                                 'segment covers.', other=OTHER),
                             "Choose another name for it.") from exc
        lowered = Phrase(exc.phrase.text[:1].lower() + exc.phrase.text[1:], **exc.phrase.values)
        raise EntryError(SEGMENT_MAP, lowered, exc.advice) from exc
    return segments
