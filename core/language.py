"""The languages Clientele speaks (issue: the shop's own language): one value names a language for
the window, for what core writes and for an offer pack. English is the language the code is written
in; the others are translations of it (docs/definitions.md, "Languages").

``Language.from_locale_name`` settles the default from a system locale name ("de_DE", "fr-CH",
"nl_BE.UTF-8", Windows' "German_Germany"): a language Clientele speaks, else English.
``Language.of_environment`` finds that name where the command line looks for it: the environment
variables gettext reads, else the locale the platform reports.
"""

from __future__ import annotations

from collections.abc import Mapping
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
        text = _language_part(code)
        for language in cls:
            if language.value == text:
                return language
        known = ", ".join(language.value for language in cls)
        raise ValueError(f'"{code}" is not a language Clientele speaks ({known}).')

    @classmethod
    def from_locale_name(cls, name: str | None) -> Language:
        """The language of a system locale name, English when Clientele does not speak it. Windows
        names a locale by the language's English name ("German_Germany", "French_Canada")."""
        try:
            return cls.from_code(name)
        except ValueError:
            word = _language_part(name)
            return next((language for language in cls if _ENGLISH_NAMES[language] == word), cls.ENGLISH)

    @classmethod
    def of_environment(cls, environ: Mapping[str, str], platform_locale: str | None = None) -> Language:
        """The system's language as gettext finds it: the first of ``LC_ALL``, ``LC_MESSAGES`` and
        ``LANG`` that is set, else ``platform_locale`` (the locale the platform reports: Windows sets
        none of the variables); English for the "C" and "POSIX" locales. ``LANGUAGE``, a list of
        languages in order of preference ("de:en"), comes first outside those two locales: its first
        language Clientele speaks."""
        name = next((environ[variable] for variable in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(variable)),
                    platform_locale or "")
        if name.split(".")[0] in ("", "C", "POSIX"):
            return cls.ENGLISH
        for preferred in environ.get("LANGUAGE", "").split(":"):
            if preferred.strip():
                try:
                    return cls.from_code(preferred)
                except ValueError:
                    continue
        return cls.from_locale_name(name)


def _language_part(name: str | None) -> str:
    """The language part of a locale name, in lower case: "de" of "de-AT.UTF-8", "german" of "German_Germany"."""
    return (name or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()


#: The language's English name, as Windows' locale names start ("German_Germany").
_ENGLISH_NAMES = {
    Language.ENGLISH: "english",
    Language.GERMAN: "german",
    Language.FRENCH: "french",
    Language.SPANISH: "spanish",
    Language.ITALIAN: "italian",
    Language.DUTCH: "dutch",
}

_NATIVE_NAMES = {
    Language.ENGLISH: "English",
    Language.GERMAN: "Deutsch",
    Language.FRENCH: "Français",
    Language.SPANISH: "Español",
    Language.ITALIAN: "Italiano",
    Language.DUTCH: "Nederlands",
}
