"""core.campaigns.lists: which customers each chosen list mails, leaves out (and why) or keeps back."""

from __future__ import annotations

import pandas as pd
import pytest

from core.campaigns.lists import (
    CONTROL,
    EARLIER,
    NO_EMAIL,
    OPTED_OUT,
    ChosenList,
    available_lists,
    default_lists,
    has_consent_information,
    members_mask,
    plan_lists,
    resolve_list,
)
from core.campaigns.mailing_list import CLOSE_TO_NEXT_TIER, ListKind, MailingList
from core.campaigns.offer_pack import default_offers
from core.errors import SettingsError
from core.importing.consent_book import ConsentBook
from core.schema import STATUSES
from core.segmentation import DEFAULT_SEGMENT_NAMES
from tests.factories import make_segmentation, random_transactions


@pytest.fixture(scope="module")
def seg():
    return make_segmentation()


def test_default_lists_are_the_segments_present_in_the_default_maps_order(seg):
    names = [m.name for m in default_lists(seg)]
    present = set(seg.customers["rfm_segment"].dropna())
    assert set(names) == present
    known = [n for n in names if n in DEFAULT_SEGMENT_NAMES]
    assert known == sorted(known, key=DEFAULT_SEGMENT_NAMES.index)


def test_available_lists_end_with_statuses_tiers_close_to_next_tier_and_the_occasions(seg):
    lists = available_lists(seg)
    assert [m.name for m in lists if m.kind == ListKind.STATUS] == list(STATUSES)
    assert [m.name for m in lists if m.kind == ListKind.TIER] == seg.tier_names
    assert lists[-4:] == [MailingList(ListKind.CLOSE_TO_NEXT_TIER, CLOSE_TO_NEXT_TIER),
                          MailingList(ListKind.OCCASION, "Birthday soon"),
                          MailingList(ListKind.OCCASION, "Anniversary soon"),
                          MailingList(ListKind.OCCASION, "Due to re-buy")]


def test_a_list_is_found_by_name_in_any_case_and_kind(seg):
    lost = resolve_list(seg, MailingList.parse("status:lost"))
    assert (lost.kind, lost.name) == (ListKind.STATUS, "Lost")
    assert lost.members.sum() == (seg.customers["activity_status"] == "Lost").sum()
    assert members_mask(seg, MailingList.parse("close to next tier")).equals(
        resolve_list(seg, MailingList(ListKind.CLOSE_TO_NEXT_TIER, CLOSE_TO_NEXT_TIER)).members)


def test_the_window_s_label_of_a_status_list_names_it_too(seg):
    """The window shows the status lists as "Inactive customers": --lists and project files accept it."""
    for status in STATUSES:
        label = MailingList(ListKind.STATUS, status).label
        assert label == f"{status} customers"
        for text in (label, label.upper(), f"status:{label}"):
            found = resolve_list(seg, MailingList.parse(text))
            assert (found.kind, found.name) == (ListKind.STATUS, status), text
    assert MailingList(ListKind.SEGMENT, "At Risk").label == "At Risk"
    with pytest.raises(SettingsError):
        resolve_list(seg, MailingList.parse("segment:Lost customers"))  # a status label is no segment


def test_an_unknown_list_names_the_lists_there_are(seg):
    with pytest.raises(SettingsError, match='no list called "Nobody"') as caught:
        resolve_list(seg, MailingList.parse("Nobody"))
    assert "Lost" in caught.value.what_to_do


def test_under_a_custom_map_the_lists_are_its_segments_not_the_default_maps():
    """A default name under a map without it was taken as an empty list (the export said nobody was in
    it); it is refused, naming the lists there are. A segment of the map nobody is in is a list."""
    own_map = [{"name": "Stars", "r": [4, 5], "f": [4, 5]}, {"name": "Quiet", "r": [1, 2], "f": [1, 5]},
               {"name": "Nobody here", "r": [5, 5], "f": [1, 1], "m": [5, 5]}, {"name": "Rest", "r": [1, 5], "f": [1, 5]}]
    seg = make_segmentation(settings={"segment_map": own_map})
    assert set(seg.customers["rfm_segment"]) <= {"Stars", "Quiet", "Nobody here", "Rest"}
    stars = resolve_list(seg, MailingList.parse("stars"))
    assert (stars.kind, stars.name) == (ListKind.SEGMENT, "Stars")
    assert stars.members.sum() == (seg.customers["rfm_segment"] == "Stars").sum() > 0
    empty = resolve_list(seg, MailingList.parse("segment:Nobody here"))
    assert empty.name == "Nobody here" and empty.members.sum() == (seg.customers["rfm_segment"] == "Nobody here").sum()
    with pytest.raises(SettingsError, match='no list called "segment:Champions"') as caught:
        resolve_list(seg, MailingList.parse("segment:Champions"))
    assert "Stars" in caught.value.what_to_do and "Champions" not in caught.value.what_to_do
    assert "Champions" in DEFAULT_SEGMENT_NAMES


def test_a_customer_in_two_lists_is_handled_in_the_first(seg):
    customers = seg.customers
    offer = default_offers()[0]
    everyone_lost = resolve_list(seg, MailingList.parse("status:Lost"))
    first_tier = resolve_list(seg, MailingList(ListKind.TIER, seg.tier_names[0]))
    both = everyone_lost.members & first_tier.members
    assert both.any()
    planned, left_out, _has_consent = plan_lists(customers, [ChosenList(everyone_lost, offer),
                                                             ChosenList(first_tier, offer)],
                                                 control_share=0.0, seed=1)
    assert len(planned[1].earlier) == both.sum()
    assert set(left_out["reason"]) <= {EARLIER, NO_EMAIL, CONTROL, "opted out", "no consent", "invalid e-mail",
                                       "duplicate e-mail"}
    assert (left_out["reason"] == EARLIER).sum() == both.sum()
    assert isinstance(planned[0].mailed, pd.Index)


def test_opted_out_addresses_and_id_variants_are_never_mailed(seg):
    customers = seg.customers.copy()
    ids = customers["customer_id"].tolist()
    yes = customers["consent"].eq("yes")
    first, second, third = customers.index[yes][:3]
    customers.loc[second, "email"] = customers.loc[first, "email"].upper() + " "   # shares first's address
    customers.loc[first, "consent"] = "no"
    book = ConsentBook(opted_out_addresses={customers.loc[third, "email"]: ""}, has_info=True)
    everyone = resolve_list(seg, MailingList.parse("status:Lost"))
    everyone = ChosenList(type(everyone)(everyone.kind, everyone.name, pd.Series(True, index=customers.index)),
                          default_offers()[0])
    planned, left, has_info = plan_lists(customers, [everyone], control_share=0.0, seed=1, book=book)
    mailed = set(customers.loc[planned[0].mailed, "customer_id"])
    reasons = dict(zip(customers.loc[left["index"], "customer_id"], zip(left["reason"], left["detail"],
                                                                           strict=True), strict=True))
    for index in (first, second, third):
        assert ids[index] not in mailed and reasons[ids[index]][0] == OPTED_OUT
    assert reasons[ids[second]][1] == f'the address was opted out by customer "{ids[first]}"'
    assert has_info


def test_consent_information_of_a_segmentation():
    tx = random_transactions(20)
    assert not has_consent_information(make_segmentation(tx))
    assert has_consent_information(make_segmentation())
