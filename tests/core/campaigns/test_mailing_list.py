"""Mailing lists as typed values: the text form at the edges, resolution in a segmentation."""

from __future__ import annotations

import pytest

from core.campaigns.lists import available_lists, resolve_list
from core.campaigns.mailing_list import CLOSE_TO_NEXT_TIER, ListKind, MailingList
from core.errors import SettingsError
from core.segmentation.settings import Settings, TierRules
from tests.core.campaigns.test_export import make_customers
from tests.factories import segmentation_of


@pytest.mark.parametrize("text, kind, name", [
    ("segment:At Risk", ListKind.SEGMENT, "At Risk"),
    (" Status : Lost ", ListKind.STATUS, "Lost"),
    ("At Risk", None, "At Risk"),
    ("VIP: gold", None, "VIP: gold"),                       # not a kind: part of the name
    ("close_to_next_tier:Close to next tier", ListKind.CLOSE_TO_NEXT_TIER, CLOSE_TO_NEXT_TIER),
])
def test_text_form_is_read_and_written_back(text, kind, name):
    parsed = MailingList.parse(text)
    assert (parsed.kind, parsed.name) == (kind, name)
    assert MailingList.parse(parsed.key) == parsed and str(parsed) == parsed.key


def test_lists_resolve_by_kind_and_name_in_the_segmentation():
    customers = make_customers(60, consent=False)
    seg = segmentation_of(customers)
    lost = resolve_list(seg, MailingList.parse("lost"))
    assert (lost.kind, lost.name) == (ListKind.STATUS, "Lost")
    assert lost.members.tolist() == (customers["activity_status"] == "Lost").tolist()
    gold = resolve_list(seg, MailingList.parse("tier:GOLD"))
    assert gold.mailing_list == MailingList(ListKind.TIER, "Gold")
    with pytest.raises(SettingsError, match="no list called") as info:
        resolve_list(seg, MailingList.parse("segment:Gold"))
    assert "Champions" in info.value.what_to_do and CLOSE_TO_NEXT_TIER in info.value.what_to_do


def test_close_to_next_tier_is_the_segmentation_s_own_list():
    """Whoever segmentation marked (TierRules.close_fraction), not a fraction of its own."""
    customers = make_customers(40, consent=False)
    close = [i % 3 == 0 for i in range(40)]
    settings = Settings(tiers=TierRules(close_fraction=0.5))
    seg = segmentation_of(customers, close_to_next_tier=close, settings=settings)
    found = resolve_list(seg, MailingList.parse("Close to next tier"))
    assert found.kind == ListKind.CLOSE_TO_NEXT_TIER and found.members.tolist() == close


def test_available_lists_in_window_order():
    customers = make_customers(80, consent=False)
    lists = available_lists(segmentation_of(customers), ["At Risk", "Champions"])
    assert lists[:2] == [MailingList(ListKind.SEGMENT, "At Risk"), MailingList(ListKind.SEGMENT, "Champions")]
    kinds = [m.kind for m in lists]
    assert kinds.index(ListKind.STATUS) > kinds.index(ListKind.SEGMENT)
    assert kinds[-4:] == [ListKind.CLOSE_TO_NEXT_TIER] + [ListKind.OCCASION] * 3
    assert [m.name for m in lists if m.kind == ListKind.TIER] == ["Bronze", "Silver", "Gold", "Platinum"]


def test_a_list_knows_the_names_that_mean_it():
    strasse = MailingList(ListKind.SAVED, "Straße Kunden")
    assert strasse.same_name(" STRASSE kunden") and not strasse.same_name("Straße")
    assert [MailingList.parse(text).names_close_to_next_tier for text in
            ("Close to next tier", " CLOSE_TO_NEXT_TIER ", "close_to_next_tier:", "Close to next tier customers")] == [
        True, True, True, False]
