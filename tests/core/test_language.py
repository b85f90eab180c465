"""core/language.py: the languages and the default from a system locale."""

import pytest

from core.language import Language


@pytest.mark.parametrize(("name", "expected"), [
    ("de_DE", Language.GERMAN), ("fr-CH", Language.FRENCH), ("nl_BE.UTF-8", Language.DUTCH),
    ("es", Language.SPANISH), ("it_IT", Language.ITALIAN), ("en_US", Language.ENGLISH),
    ("pt_BR", Language.ENGLISH), ("", Language.ENGLISH), (None, Language.ENGLISH), ("C", Language.ENGLISH),
    ("German_Germany", Language.GERMAN), ("French_Canada.1252", Language.FRENCH), ("Dutch_Belgium", Language.DUTCH),
    ("Portuguese_Brazil", Language.ENGLISH),
])
def test_the_default_language_follows_the_system_when_clientele_speaks_it(name, expected):
    assert Language.from_locale_name(name) is expected


def test_an_unknown_code_is_refused_with_the_codes_there_are():
    with pytest.raises(ValueError, match="en, de, fr, es, it, nl"):
        Language.from_code("pt")


def test_every_language_has_its_own_name():
    assert [language.native_name for language in Language] == [
        "English", "Deutsch", "Français", "Español", "Italiano", "Nederlands"]


@pytest.mark.parametrize(("environ", "platform_locale", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, None, Language.GERMAN),
    ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, None, Language.FRENCH),
    ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LC_ALL": "it_IT"}, None, Language.ITALIAN),
    ({"LANG": "", "LC_ALL": ""}, "nl_NL", Language.DUTCH),                       # empty variables count as unset
    ({}, "German_Germany", Language.GERMAN),                                      # Windows: no variables
    ({}, None, Language.ENGLISH),
    ({"LANG": "C.UTF-8"}, "de_DE", Language.ENGLISH),                             # the C locale asks for none
    ({"LANG": "POSIX", "LANGUAGE": "de"}, None, Language.ENGLISH),                # LANGUAGE is ignored there
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "pt:es:en"}, None, Language.SPANISH),   # the first one spoken
    ({"LANG": "es_ES.UTF-8", "LANGUAGE": "pt_BR"}, None, Language.SPANISH),
    ({"LANG": "pt_BR.UTF-8"}, None, Language.ENGLISH),
])
def test_the_systems_language_is_found_where_gettext_looks(environ, platform_locale, expected):
    assert Language.of_environment(environ, platform_locale) is expected
