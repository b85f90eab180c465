"""The languages Clientele speaks (issue: the shop's own language): one value names a language for
the window, for what core writes and for an offer pack. English is the language the code is written
in; the others are translations of it (docs/definitions.md, "Languages").

``Language.from_locale_name`` settles the default from a system locale name ("de_DE", "fr-CH",
"nl_BE.UTF-8"): a language Clientele speaks, else English.
"""

from __future__ import annotations

from enum import Enum


class Language(Enum):
    """A language by its ISO 639-1 code."""

    ENGLISH = "en"
    GERMAN = "de"
    FRENCH = "fr"
    SPANISH = "es"
    ITALIAN = "it"
    DUTCH = "nl"

    @property
    def code(self) -> str:
        return self.value

    @property
    def native_name(self) -> str:
        """The language's name in itself, as a language menu shows it."""
        return _NATIVE_NAMES[self]

    @classmethod
    def from_code(cls, code: str | None) -> Language:
        """The language for an ISO code ("de", "DE", "de_AT"…); ValueError for one Clientele does not speak."""
        text = (code or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()
        for language in cls:
            if language.value == text:
                return language
        known = ", ".join(language.value for language in cls)
        raise ValueError(f'"{code}" is not a language Clientele speaks ({known}).')

    @classmethod
    def from_locale_name(cls, name: str | None) -> Language:
        """The language of a system locale name, English when Clientele does not speak it."""
        try:
            return cls.from_code(name)
        except ValueError:
            return cls.ENGLISH


_NATIVE_NAMES = {
    Language.ENGLISH: "English",
    Language.GERMAN: "Deutsch",
    Language.FRENCH: "Français",
    Language.SPANISH: "Español",
    Language.ITALIAN: "Italiano",
    Language.DUTCH: "Nederlands",
}
