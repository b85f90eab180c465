"""The words core writes for people, in the shop's language (docs/definitions.md, "Languages").

One small keyed table, like gettext's: the key is the English text itself, with ``{named}``
placeholders (``"Rows read: {rows}"``), and each other language has a catalogue,
``resources/translations/core_<code>.json``, mapping every key to its translation (a list of
forms for a plural key). English has no catalogue: a key is its own English text, so English
output is exactly what the code says.

``Words(language)`` reads its catalogue once, when it is made, and is passed explicitly to what
writes words (no module-level state). ``words.t(text, **values)`` translates and fills in;
``words.n(singular, plural, count, **values)`` picks the language's plural form (``{n}`` is the
count unless given); ``words.name(name)`` shows a default segment, status or tier name in the
language and leaves the owner's own names as typed. ``N_(text)`` marks a key that is translated
later (a table of names or headers), so that the catalogue check finds it.

``Phrase(text, **values)`` keeps words to be written later, in whichever language is asked for
then (an error raised deep in core is shown in the window's or the command line's language):
``str(phrase)`` is the English text filled as an f-string would fill it (``{rows:,}`` gives
"1,234"), ``words.say(phrase)`` the same in ``words``' language ("1.234" in German). A value may
itself be a Phrase (a message inside another), written in the same language, or a :class:`Name`
(a segment, status or tier name, or a word of a table of keys), written by ``words.name``.

``Words.pseudo()`` is for tests: it wraps every translated text in ``⟦…⟧``, so that English left
outside the markers is text that did not go through the table.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from core.language import Language
from core.output.money import format_date, format_number, format_percent, language_locale, locale_format
from core.resources import resource_path

log = logging.getLogger(__name__)

#: The pseudo language's markers around every translated text.
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"

#: A catalogue entry: the translation, or its plural forms (in the order of :func:`plural_index`).
Entry = str | list[str]


def N_(text: str) -> str:  # noqa: N802 - gettext's name for "translated later", known to translators
    """``text`` unchanged: marks a key that is translated where it is shown (tables of names)."""
    return text


@dataclass(frozen=True)
class Name:
    """A value of a :class:`Phrase` that is a name: a default segment, status or tier name, or a
    word of a table of keys (``N_``), written in the language by :meth:`Words.name`; an owner's
    own name stays as typed."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, init=False)
class Phrase:
    """Words written later in any language: an English key with ``{named}`` placeholders (format
    specs as in an f-string: ``{rows:,}``, ``{share:.0%}``) and the values that fill them.
    ``str(phrase)`` is the English text; :meth:`Words.say` writes it in a language. A phrase made
    with :meth:`counted` has a plural form too, chosen by its count ``{n}`` as :meth:`Words.n` does.

    Every sentence made before the language is known is a Phrase: an error raised deep in core, a
    segmentation's notices, the predictions' guardrails, the model check, the win-back reason.

    - A number is written as its placeholder's spec says: a count of things takes ``{count:,}``,
      written with the language's separators ("1,234", "1.234", "1 234"; in English exactly
      ``"{:,}".format``, which is what :meth:`Words.count` writes); a plain ``{row}`` is written as
      it is (a row number, a year, a score 1-5). Give a count as a Python ``int`` (``int(array.sum())``).
    - A value that is a name is given as :class:`Name` (``tier=Name(names[0])``).
    - A value that is a Phrase is written in the same language; a list of phrases is one value made
      with :meth:`joined` (``Phrase.joined("; ", cells)``).

    A Phrase compares by its key and values and is not hashable (its values are a mapping): a frozen
    dataclass holding one keeps it out of its comparison (``field(compare=False)``)."""

    text: str
    values: Mapping[str, object]
    plural: str | None
    n: int

    def __init__(self, text: str, /, **values: object) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "values", dict(values))
        object.__setattr__(self, "plural", None)
        object.__setattr__(self, "n", 0)

    @classmethod
    def counted(cls, singular: str, plural: str, n: int, /, **values: object) -> Phrase:
        """A phrase with a singular and a plural form (the key is ``singular``), ``{n}`` the count."""
        phrase = cls(singular, **values)
        object.__setattr__(phrase, "plural", plural)
        object.__setattr__(phrase, "n", n)
        return phrase

    @classmethod
    def joined(cls, separator: str, phrases: Iterable[Phrase | str]) -> Phrase:
        """Phrases one after the other with ``separator`` between them, each in the language asked for."""
        parts = list(phrases)
        text = separator.replace("{", "{{").replace("}", "}}").join(f"{{part{i}}}" for i in range(len(parts)))
        return cls(text, **{f"part{i}": part for i, part in enumerate(parts)})

    def __str__(self) -> str:
        return Words().say(self)

    def __bool__(self) -> bool:
        return bool(self.text)


#: A number's format spec in a key: grouping, decimals, fixed or percent (``,``, ``,.2f``, ``.0%``).
_NUMBER_SPEC = re.compile(r"(?P<group>,)?(?:\.(?P<decimals>\d+))?(?P<kind>[df%])?")


class _Filler(string.Formatter):
    """Fills a translation's placeholders as the language writes numbers: a spec that groups or
    fixes decimals (``{rows:,}``, ``{amount:,.2f}``, ``{share:.0%}``) in the language's number format;
    a plain ``{row}`` as written (a row number or a year takes no separators); a Phrase in the language;
    a :class:`Name` as :meth:`Words.name` writes it; a date (``{first}`` given a ``datetime.date``) as
    the language writes a day ("8 September 2011", "8. September 2011")."""

    def __init__(self, words: Words) -> None:
        super().__init__()
        self.words = words

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, dt.date) and not format_spec:   # (a Timestamp too: the day, as the language writes it)
            return format_date(value.date() if isinstance(value, dt.datetime) else value, self.words.locale)
        if isinstance(value, Phrase):
            return format(self.words.say(value), format_spec)
        if isinstance(value, Name):
            return format(self.words.name(value.text), format_spec)
        found = _NUMBER_SPEC.fullmatch(format_spec)
        if (isinstance(value, int | float) and not isinstance(value, bool) and found and format_spec
                and self.words.language is not Language.ENGLISH):
            locale = self.words.locale
            decimals = int(found["decimals"] or 0)
            if found["kind"] == "%":
                return format_percent(float(value) * 100, locale, decimals=decimals)
            text = format_number(value, decimals, locale)
            return text if found["group"] else text.replace(locale_format(locale).group, "")
        return super().format_field(value, format_spec)


#: Italian joins "dal", "al", "del", "nel", "sul" to a day said with a vowel (8, 11: "otto",
#: "undici"): "dall'8 settembre", "all'11 ottobre", filled in where a date follows the word.
_ITALIAN_ELISION = re.compile(r"\b(da|a|de|ne|su)l (8|11) (?=[a-zà-ù])")


def plural_index(language: Language, count: int) -> int:
    """Which plural form a count takes: 0 the singular, 1 the plural. French counts 0 and 1 as
    singular ("0 client", "1 client"); the other languages only 1."""
    if language is Language.FRENCH:
        return 0 if abs(count) < 2 else 1
    return 0 if abs(count) == 1 else 1


def catalogue_path(language: Language) -> Path:
    """The catalogue file of a language (English has none: its keys are its text)."""
    return resource_path(f"translations/core_{language.code}.json")


def read_catalogue(language: Language) -> dict[str, Entry]:
    """A language's catalogue as ``{key: translation or [singular, plural]}`` (empty for English)."""
    if language is Language.ENGLISH:
        return {}
    with catalogue_path(language).open(encoding="utf-8") as handle:
        data = json.load(handle)
    messages = data.get("messages", {})
    return {str(k): (v if isinstance(v, str) else [str(x) for x in v]) for k, v in messages.items()}


class Words:
    """The words of one language (see the module docstring)."""

    def __init__(self, language: Language = Language.ENGLISH, *,
                 catalogue: Mapping[str, Entry] | None = None, pseudo: bool = False) -> None:
        self.language = language
        self.pseudo_markers = pseudo
        self._table: Mapping[str, Entry] = read_catalogue(language) if catalogue is None else catalogue

    @classmethod
    def pseudo(cls) -> Words:
        """English wrapped in ``⟦…⟧``: finds text that was not translated (tests only)."""
        return cls(Language.ENGLISH, catalogue={}, pseudo=True)

    @property
    def is_english(self) -> bool:
        """English without markers: the words are the keys themselves."""
        return self.language is Language.ENGLISH and not self.pseudo_markers

    def _wrap(self, text: str) -> str:
        return f"{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}" if self.pseudo_markers else text

    def _lookup(self, key: str) -> Entry | None:
        entry = self._table.get(key)
        if entry is None and self._table:
            log.debug("no %s words for %r: English is written", self.language.code, key)
        return entry or None

    def t(self, text: str, /, **values: object) -> str:
        """``text`` in this language, its ``{named}`` placeholders filled with ``values``."""
        entry = self._lookup(text)
        chosen = entry if isinstance(entry, str) else text
        return self._wrap(self._fill(chosen, values) if values else chosen)

    def say(self, phrase: Phrase | str) -> str:
        """A :class:`Phrase` (or a key without values) in this language."""
        if isinstance(phrase, str):
            return self.t(phrase)
        if phrase.plural is not None:
            return self.n(phrase.text, phrase.plural, phrase.n, **phrase.values)
        return self.t(phrase.text, **phrase.values) if phrase.text else ""

    def _fill(self, text: str, values: Mapping[str, object]) -> str:
        """``text``'s placeholders filled: as Python does in English, in this language's number
        format otherwise (see :class:`_Filler`)."""
        if self.language is Language.ENGLISH and not any(isinstance(v, Phrase | Name | dt.date) for v in values.values()):
            return text.format(**values)
        filled = _Filler(self).format(text, **values)
        return _ITALIAN_ELISION.sub(r"\1ll'\2 ", filled) if self.language is Language.ITALIAN else filled

    def n(self, singular: str, plural: str, count: int, /, **values: object) -> str:
        """The form of ``singular``/``plural`` (the key is ``singular``) that ``count`` takes;
        ``{n}`` is the count as written with thousands separators unless ``values`` give it."""
        entry = self._lookup(singular)
        index = plural_index(self.language, count)
        if isinstance(entry, list) and len(entry) == 2:
            chosen = entry[index]
        else:
            chosen = singular if plural_index(Language.ENGLISH, count) == 0 else plural
        filled = {"n": self.count(count), **values}
        return self._wrap(self._fill(chosen, filled))

    @property
    def locale(self) -> str:
        """The locale numbers are written in with these words (English: en_GB's "1,234")."""
        return language_locale(self.language.code, None)

    def count(self, value: int) -> str:
        """A whole number with the language's thousands separators ("33,073", "33.073")."""
        return f"{value:,}" if self.language is Language.ENGLISH else format_number(value, 0, self.locale)

    def amount(self, value: float) -> str:
        """An amount with two decimals, no currency ("-25,990.88", "-25.990,88")."""
        return f"{value:,.2f}" if self.language is Language.ENGLISH else format_number(value, 2, self.locale)

    def phrase(self, text: str, keys: Iterable[str] = ()) -> str:
        """An English phrase another module already wrote (an import report's reason, a "how"),
        in this language: the phrase itself when it is a key, else the first of ``keys`` whose
        pattern it fits, its placeholders taken from the phrase ('date missing or unreadable
        (column "Date")' fits 'date missing or unreadable (column "{column}")'); a phrase that
        fits none stays as written."""
        if self.is_english:
            return text
        found = _matching_key(text, keys)
        if found is not None:
            return self.t(found[0], **found[1])
        return self.t(text) if text in self._table else text

    def name(self, name: str) -> str:
        """A segment, status or tier name as people read it: a default name in this language, an
        owner's own name as typed (a name with no entry in the catalogue is the owner's)."""
        if self.is_english:
            return name
        entry = self._table.get(name)
        if isinstance(entry, str) and entry:
            return self._wrap(entry)
        return self._wrap(name)


def quoted_names(names: Iterable[object], limit: int | None = None) -> Phrase:
    """Names (columns, sheets, lists) in the quotation marks of the language they are said in
    ('"Date", "Customer"', '„Date“, „Customer“', '« Date », « Customer »'), the first ``limit`` of
    them and "and N more" after."""
    names = list(names)
    shown = names if limit is None else names[:limit]
    joined = Phrase.joined(", ", [Phrase('"{column}"', column=str(name)) for name in shown])
    if limit is not None and len(names) > limit:
        return Phrase("{shown} and {more:,} more", shown=joined, more=len(names) - limit)
    return joined


def phrase_of(text: str, keys: Iterable[str]) -> Phrase:
    """An English phrase another module already wrote, as the Phrase of the first of ``keys`` whose
    pattern it fits (see :meth:`Words.phrase`), else as a Phrase of its own text."""
    found = _matching_key(text, keys)
    return Phrase(found[0], **found[1]) if found is not None else Phrase(text)


def _matching_key(text: str, keys: Iterable[str]) -> tuple[str, dict[str, str]] | None:
    """The first of ``keys`` whose pattern ``text`` fits, with the values of its placeholders."""
    for key in keys:
        found = re.fullmatch(_pattern(key), text)
        if found:
            return key, found.groupdict()
    return None


def _pattern(key: str) -> str:
    """A key as a regular expression: its text literal, each ``{name}`` a named group."""
    pieces = re.split(r"\{(\w+)\}", key)
    return "".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)" for i, piece in enumerate(pieces))
