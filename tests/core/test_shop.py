"""core.shop.ShopInfo: the shop's name, currency, locale and language, light to import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import SettingsError
from core.language import Language
from core.project import load_project
from core.shop import ShopInfo

ROOT = Path(__file__).resolve().parents[2]


def test_a_shop_goes_to_a_project_file_and_back():
    shop = ShopInfo("Bäckerei Rossi", "EUR", "de_AT", Language.from_code("de"))
    assert ShopInfo.from_dict(shop.to_dict()) == shop
    assert ShopInfo.from_dict(None) == ShopInfo()
    assert ShopInfo.from_dict({"language": "de", "currency": "eur"}) == ShopInfo("", "EUR", "de_DE", Language.from_code("de"))


def test_a_locale_clientele_cannot_write_is_refused_in_words(tmp_path):
    """Money and dates in an unknown locale were written the en_GB way without a word."""
    assert ShopInfo.from_dict({"locale": "de"}).locale == "de"               # a language alone: its first locale
    assert ShopInfo.from_dict({"locale": "fr-CA"}).locale == "fr-CA"         # written like French
    with pytest.raises(SettingsError) as info:
        ShopInfo.from_dict({"locale": "pt_BR"})
    assert str(info.value).startswith('the shop\'s locale "pt_BR" is not one Clientele writes money and dates for '
                                      '(en_GB, en_IE, en_US')
    assert 'Set "locale" under "shop"' in info.value.what_to_do
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"format": "clientele-project", "version": 1, "shop": {"locale": "pt_BR"}}),
                    encoding="utf-8")
    with pytest.raises(SettingsError, match="pt_BR") as info:
        load_project(path)
    assert info.value.file == str(path)


def test_a_shop_writing_in_another_language_keeps_a_locale_of_that_language():
    german = Language.from_code("de")
    assert ShopInfo(locale="de_AT").with_language(german).locale == "de_AT"
    assert ShopInfo(locale="en_GB").with_language(german).locale == "de_DE"
    assert ShopInfo().with_language(german).words().language is german


def test_the_shop_loads_without_the_campaign_package():
    """The window asks for the shop on its own thread as an import ends (core/shop.py)."""
    code = "import sys, core.shop; print('core.campaigns' in sys.modules, 'pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
