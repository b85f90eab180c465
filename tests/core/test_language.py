"""core/language.py: the languages and the default from a system locale."""

import pytest

from core.language import Language


@pytest.mark.parametrize(("name", "expected"), [
    ("de_DE", Language.GERMAN), ("fr-CH", Language.FRENCH), ("nl_BE.UTF-8", Language.DUTCH),
    ("es", Language.SPANISH), ("it_IT", Language.ITALIAN), ("en_US", Language.ENGLISH),
    ("pt_BR", Language.ENGLISH), ("", Language.ENGLISH), (None, Language.ENGLISH), ("C", Language.ENGLISH),
])
def test_the_default_language_follows_the_system_when_clientele_speaks_it(name, expected):
    assert Language.from_locale_name(name) is expected


def test_an_unknown_code_is_refused_with_the_codes_there_are():
    with pytest.raises(ValueError, match="en, de, fr, es, it, nl"):
        Language.from_code("pt")


def test_every_language_has_its_own_name():
    assert [language.native_name for language in Language] == [
        "English", "Deutsch", "Français", "Español", "Italiano", "Nederlands"]
