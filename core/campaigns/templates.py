"""Merge-field templates (definitions §6): an offer's title and message, with fields in braces.

``parse_template`` splits a template into text and fields and finds its problems (unknown fields,
with the nearest known one suggested; braces that do not close); ``template_outline`` names the
fields in brackets where an offer is shown as such rather than for one customer.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from core.words import Phrase

MERGE_FIELDS = (
    "first_name", "name", "favourite_category", "favourite_product", "days_since_last", "tier",
    "next_tier", "amount_to_next_tier", "discount", "coupon_code", "expiry_date", "shop_name",
    "years_with_us", "due_product", "birthday",
)


@dataclass(frozen=True)
class TemplateProblem:
    """One error in a template, located by character offset and by line/column (1-based)."""

    message: str
    offset: int
    line: int
    column: int
    field: str | None = None
    suggestion: str | None = None
    phrase: Phrase | None = dataclass_field(default=None, compare=False)  # ``message`` in any language

    def located(self) -> Phrase:
        """The problem with its line and column, written later in any language."""
        return Phrase("line {line}, column {column}: {problem}", line=self.line, column=self.column,
                      problem=self.phrase if self.phrase is not None else self.message)

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


def _problem(template: str, offset: int, message: Phrase, field_name: str | None = None,
             suggestion: str | None = None) -> TemplateProblem:
    line = template.count("\n", 0, offset) + 1
    column = offset - (template.rfind("\n", 0, offset) + 1) + 1
    return TemplateProblem(str(message), offset, line, column, field_name, suggestion, message)


def _suggest(name: str) -> str | None:
    key = name.strip().lower().replace(" ", "_").replace("-", "_")
    if key in MERGE_FIELDS:
        return key
    close = difflib.get_close_matches(key, MERGE_FIELDS, n=1, cutoff=0.6)
    return close[0] if close else None


def parse_template(template: str) -> tuple[list[tuple[str, bool]], list[TemplateProblem]]:
    """Split a template into pieces ``(text, is_field)``; ``{{``/``}}`` are literal braces.

    Returns the pieces and the problems (unknown fields, unmatched braces) with their positions.
    """
    pieces: list[tuple[str, bool]] = []
    problems: list[TemplateProblem] = []
    literal: list[str] = []
    i, n = 0, len(template)
    while i < n:
        ch = template[i]
        if ch == "{" and template.startswith("{{", i):
            literal.append("{")
            i += 2
        elif ch == "{":
            end = template.find("}", i + 1)
            inner_open = template.find("{", i + 1)
            newline = template.find("\n", i + 1)
            if end < 0 or (0 <= inner_open < end) or (0 <= newline < end):
                problems.append(_problem(template, i, Phrase("this {open} has no closing {close}; write {open}{open} for a brace.",
                                                            open="{", close="}")))
                literal.append("{")
                i += 1
                continue
            name = template[i + 1:end]
            if name in MERGE_FIELDS:
                if literal:
                    pieces.append(("".join(literal), False))
                    literal = []
                pieces.append((name, True))
            else:
                hint = _suggest(name)
                what = (Phrase("unknown merge field {field}", field=f"{{{name}}}") if name
                        else Phrase("empty merge field {field}", field="{}"))
                text = (Phrase("{problem}; did you mean {hint}?", problem=what, hint=f"{{{hint}}}") if hint
                        else Phrase("{problem}; known fields: {fields}.", problem=what, fields=", ".join(MERGE_FIELDS)))
                problems.append(_problem(template, i, text, name, hint))
            i = end + 1
        elif ch == "}" and template.startswith("}}", i):
            literal.append("}")
            i += 2
        elif ch == "}":
            problems.append(_problem(template, i, Phrase("this {close} has no opening {open}; write {close}{close} for a "
                                                        "brace.", open="{", close="}")))
            literal.append("}")
            i += 1
        else:
            literal.append(ch)
            i += 1
    if literal:
        pieces.append(("".join(literal), False))
    return pieces, problems


def template_problems(template: str) -> list[TemplateProblem]:
    """The errors in ``template`` (an empty list when it is fine)."""
    return parse_template(template)[1]


#: A merge field as an outline of a template names it ("[first name]").
FIELD_WORDS = {name: name.replace("_", " ") for name in MERGE_FIELDS}


def template_outline(template: str) -> str:
    """A template with its fields named in brackets, for a place that shows the offer itself rather
    than one customer's text ("Thank you, {first_name}" → "Thank you, [first name]"); braces that
    are not fields are kept as written."""
    pieces, problems = parse_template(template)
    if problems:
        return template
    return "".join(f"[{FIELD_WORDS[text]}]" if is_field else text for text, is_field in pieces)


