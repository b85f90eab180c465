"""A sentence kept as words until it is shown: its key, count and values (core/words.py).

Some sentences are made where no language is known (a segmentation's notices are made while the
customers are scored, and shown later by the window or the command line in the shop's language).
They are kept as a :class:`Said`: the key (the English text with ``{named}`` placeholders), the
plural key and count for a count, and the values; :meth:`Said.text` writes it in a ``Words``'
language. A whole number is written with the language's separators, a value named in ``names``
is a segment, status or tier name or a key of its own (``words.name``), a :class:`Said` is written
in the same words, and a tuple of them is joined with ``"; "``.

Make one with ``Said.t("key", …)`` or ``Said.n("singular", "plural", count, …)`` (the catalogue
check finds these keys as it finds ``words.t`` and ``words.n``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeAlias

from core.words import Words

#: What a placeholder of a Said holds: text as it is, a count, another sentence, or a list of them.
SaidValue: TypeAlias = "str | int | Said | tuple[Said, ...]"


@dataclass(frozen=True)
class Said:
    """A sentence as words (see the module docstring)."""

    key: str
    plural: str = ""
    count: int | None = None
    values: tuple[tuple[str, SaidValue], ...] = ()
    names: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def t(cls, key: str, *, names: tuple[str, ...] = (), **values: SaidValue) -> Said:
        """The sentence ``key`` with ``values`` (``names``: the placeholders holding names or keys)."""
        return cls(key, values=tuple(values.items()), names=frozenset(names))

    @classmethod
    def n(cls, singular: str, plural: str, count: int, *, names: tuple[str, ...] = (), **values: SaidValue) -> Said:
        """The form of ``singular``/``plural`` that ``count`` takes (``{n}`` is the count)."""
        return cls(singular, plural, count, tuple(values.items()), frozenset(names))

    def text(self, words: Words | None = None) -> str:
        """The sentence in ``words``' language (English without)."""
        w = words or Words()
        filled = {name: self._value(name, value, w) for name, value in self.values}
        if self.count is not None:
            return w.n(self.key, self.plural, self.count, **filled)
        return w.t(self.key, **filled)

    def __str__(self) -> str:
        return self.text()

    def _value(self, name: str, value: SaidValue, w: Words) -> str:
        if isinstance(value, Said):
            return value.text(w)
        if isinstance(value, tuple):
            return "; ".join(item.text(w) for item in value)
        if isinstance(value, bool) or not isinstance(value, int):
            return w.name(str(value)) if name in self.names else str(value)
        return w.count(value)
