"""core.campaigns.request: what an export is asked to do, and where it records the campaign."""

from __future__ import annotations

from pathlib import Path

from core.campaigns.control_group import DEFAULT_SHARE
from core.campaigns.offers import ShopInfo
from core.campaigns.request import NO_STORE, USER_STORE, ExportRequest, StoreChoice
from core.campaigns.store import CampaignStore
from core.user_folders import campaign_store_path
from tests.factories import make_segmentation


def test_defaults_record_in_the_users_store(tmp_path):
    request = ExportRequest(make_segmentation(), tmp_path / "mail.xlsx")
    assert request.store is USER_STORE and request.control_share == DEFAULT_SHARE
    assert request.lists == () and request.offers == () and request.shop == ShopInfo()
    with request.store.open() as store:
        assert store.path == campaign_store_path()


def test_another_store_file_or_none(tmp_path):
    with StoreChoice.file(tmp_path / "shop.sqlite3").open() as store:
        assert isinstance(store, CampaignStore) and store.path == Path(tmp_path / "shop.sqlite3")
    assert NO_STORE.open() is None
