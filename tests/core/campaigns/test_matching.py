"""core.campaigns.matching: a campaign's customers found in a newer file under ids written another
way (Excel's dropped leading zeros, another letter case) or by their e-mail address, each counted
once, as themselves (definitions §9)."""

from __future__ import annotations

import pandas as pd

from core.campaigns.matching import translate_ids
from core.contacts import loose_id_key


def test_loose_id_key_folds_case_and_leading_zeros_of_numbers_only():
    assert loose_id_key(pd.Series(["09068", "C0007", " c0007 ", "000", "A-01", "9068.0"])).tolist() == [
        "9068", "c0007", "c0007", "0", "a-01", "9068"]


def test_newer_ids_written_another_way_become_the_campaigns():
    members = pd.Series(["09068", "C0007", "A1", "77"])
    newer = pd.Series(["9068", "c0007", "C0007", "A1", "B2", "077"])
    found = translate_ids(members, None, newer, newer_keyed_by_email=False)
    assert found.ids.to_dict() == {"9068": "09068", "c0007": "C0007", "077": "77"}
    assert (found.rewritten, found.by_email) == (3, 0)
    tx = pd.DataFrame({"customer_id": pd.array(newer.tolist(), dtype="str"), "amount": [1.0] * 6})
    assert found.apply(tx)["customer_id"].tolist() == ["09068", "C0007", "C0007", "A1", "B2", "77"]


def test_an_id_that_is_another_campaign_customers_own_is_theirs():
    """Two campaign customers whose ids differ only in case ("c7" and "C7") stay two; a newer id equal
    to one's stays that one's, and a spelling shared by two names neither."""
    members = pd.Series(["c7", "C7", "009", "9"])
    found = translate_ids(members, None, pd.Series(["C7", "c7", "09", "0009"]), newer_keyed_by_email=False)
    assert found.ids.empty and found.rewritten == 0


def test_a_newer_file_named_by_e_mail_meets_the_addresses_recorded_with_the_customers():
    members = pd.Series(["C1", "C2", "C3"])
    emails = pd.Series(["Ann@Shop.com ", None, "cy@shop.com"])
    newer = pd.Series(["ann@shop.com", "bo@shop.com", "cy@shop.com"])
    found = translate_ids(members, emails, newer, newer_keyed_by_email=True)
    assert found.ids.to_dict() == {"ann@shop.com": "C1", "cy@shop.com": "C3"}
    assert (found.rewritten, found.by_email) == (0, 2)
    assert translate_ids(members, emails, newer, newer_keyed_by_email=False).ids.empty


def test_a_file_that_writes_the_ids_as_recorded_is_left_as_it_is():
    tx = pd.DataFrame({"customer_id": pd.array(["C1", "C2"], dtype="str")})
    found = translate_ids(pd.Series(["C1", "C2"]), None, tx["customer_id"], newer_keyed_by_email=False)
    assert found.apply(tx) is tx
