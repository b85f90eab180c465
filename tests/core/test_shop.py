"""core.shop.ShopInfo: the shop's name, currency, locale and language, light to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.language import Language
from core.shop import ShopInfo

ROOT = Path(__file__).resolve().parents[2]


def test_a_shop_goes_to_a_project_file_and_back():
    shop = ShopInfo("Bäckerei Rossi", "EUR", "de_AT", Language.from_code("de"))
    assert ShopInfo.from_dict(shop.to_dict()) == shop
    assert ShopInfo.from_dict(None) == ShopInfo()
    assert ShopInfo.from_dict({"language": "de", "currency": "eur"}) == ShopInfo("", "EUR", "de_DE", Language.from_code("de"))


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
