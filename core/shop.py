"""The shop as its customers see it (``ShopInfo``): a module of its own, light to import.

The window asks for the shop the moment an import ends, on its own thread; importing it from the
campaign package loaded the whole package there (the mailing export, xlsxwriter, the statistics):
a 270 ms freeze after a small file's import, before the pages' modules were loaded in the
background. ``core.campaigns`` exports it as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from core.errors import SettingsError
from core.language import Language
from core.output.money import LOCALES, known_locale, language_locale
from core.words import Phrase, Words


@dataclass(frozen=True)
class ShopInfo:
    """The shop as customers see it: name, currency (ISO code), locale for money and dates, and the
    language of what Clientele writes for the shop (offers, the workbook's words; definitions,
    "Languages")."""

    name: str = ""
    currency: str = "GBP"
    locale: str = "en_GB"
    language: Language = Language.ENGLISH

    def to_dict(self) -> dict:
        return {"name": self.name, "currency": self.currency, "locale": self.locale,
                "language": self.language.code}

    @classmethod
    def from_dict(cls, data: Mapping | None) -> ShopInfo:
        """From a project file; without a locale, the language's own (de -> de_DE)."""
        data = data or {}
        language = Language.from_code(str(data.get("language") or "en"))
        locale = str(data.get("locale") or language_locale(language.code, None))
        if not known_locale(locale):
            raise SettingsError(Phrase('the shop\'s locale "{locale}" is not one Clientele writes money and dates '
                                       'for ({known}).', locale=locale, known=", ".join(LOCALES)),
                                "Set \"locale\" under \"shop\" in the project file to the nearest of these.")
        return cls(str(data.get("name") or ""), str(data.get("currency") or "GBP").upper(), locale, language)

    def with_language(self, language: Language) -> ShopInfo:
        """The shop writing in ``language``: its locale stays when it is of that language (de_AT for
        German) or the language is English, else becomes the language's (German -> de_DE)."""
        return dataclasses.replace(self, language=language, locale=language_locale(language.code, self.locale))

    def words(self) -> Words:
        """The words of the shop's language."""
        return Words(self.language)
