"""The campaign history: a store written by the previous schema is migrated, campaigns are listed
and picked as the owner sees them, the sent date and the window can be changed afterwards."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from core.campaigns.history import (
    DEFAULT_WINDOW_DAYS,
    CampaignHistory,
    CampaignInfo,
    check_window_days,
    default_campaign_name,
    parse_campaign_choice,
)
from core.campaigns.store import SCHEMA_VERSION, CampaignStore
from core.errors import OutputError, SettingsError
from tests.factories import record_campaign

#: A campaign store written by Clientele before campaign results (schema version 2): the export
#: `python main.py segment resources/online_retail_sample.xlsx --customers …_customers.csv
#: --reference-date 2011-09-30 --mailing-out … --seed 2026 --lists "At Risk,Hibernating,About To Sleep"`
#: run by the code of commit 02892b9 on 2026-11-30 (90 mailed, 11 in control groups).
SCHEMA_2_STORE = Path(__file__).parent / "data" / "campaigns_schema2.sqlite3"


@pytest.fixture
def old_store(tmp_path):
    path = tmp_path / "campaigns.sqlite3"
    shutil.copyfile(SCHEMA_2_STORE, path)
    return path


def test_a_store_of_the_previous_schema_is_migrated_and_keeps_its_campaign(old_store):
    db = sqlite3.connect(old_store)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    db.close()
    with CampaignHistory(old_store) as history:
        [info] = history.campaigns()
        members = history.members(info.number)
    db = sqlite3.connect(old_store)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    columns = {row[1] for row in db.execute("PRAGMA table_info(campaigns)")}
    assert {"sent_date", "window_days"} <= columns
    assert "variant" in {row[1] for row in db.execute("PRAGMA table_info(campaign_members)")}
    db.close()
    # the old campaign: sent on its export date, the default window, its lists, seed and counts
    assert info.number == 1 and info.export_date == dt.date(2026, 11, 30)
    assert info.sent_date == info.export_date and info.window_days == DEFAULT_WINDOW_DAYS == 30
    assert info.reference_date == dt.date(2011, 9, 30)
    assert info.lists == ("At Risk", "Hibernating", "About To Sleep")
    assert (info.mailed, info.control, info.seed, info.control_share) == (90, 11, 2026, 0.1)
    assert len(members) == 101 and members["variant"].isna().all()
    mailed = members[~members["control"]]
    assert mailed["coupon_code"].notna().all() and mailed["expiry_date"].notna().all()
    assert members.loc[members["control"], "coupon_code"].isna().all()


def test_the_migrated_store_records_new_campaigns_and_changes(old_store):
    with CampaignHistory(old_store) as history:
        info = history.change(1, sent_date=dt.date(2011, 9, 30), window_days=45)
        assert (info.sent_date, info.window_days) == (dt.date(2011, 9, 30), 45)
        assert info.window_start == dt.date(2011, 10, 1) and info.window_end == dt.date(2011, 11, 14)
    number = record_campaign(old_store, {"Lost": (["X1", "X2"], ["X3"])}, export_date="2026-12-05")
    with CampaignHistory(old_store) as history:
        assert [c.number for c in history.campaigns()] == [1, number]
        assert history.campaign().number == number                       # the latest
        assert history.campaign(1).window_days == 45                     # the change was kept


def test_no_store_is_an_empty_history_and_nothing_is_created(tmp_path):
    where = tmp_path / "none" / "campaigns.sqlite3"
    with CampaignHistory(where) as history:
        assert history.campaigns() == []
        with pytest.raises(SettingsError, match="no campaign has been recorded yet"):
            history.campaign()
    assert not where.exists() and not where.parent.exists()


def test_campaigns_that_mailed_nobody_are_not_campaigns(tmp_path):
    path = tmp_path / "c.db"
    first = record_campaign(path, {"Lost": (["A"], ["B"])}, prefix="ONE")
    nobody = record_campaign(path, {"Tiny": ([], ["C"])}, prefix="TWO")
    with CampaignHistory(path) as history:
        assert [c.number for c in history.campaigns()] == [first]
        assert history.campaign().number == first                        # never "latest"
        assert history.exports_without_mailing == 1
        with pytest.raises(SettingsError, match=f"campaign {nobody} mailed nobody"):
            history.campaign(nobody)
        with pytest.raises(SettingsError, match="there is no campaign 99") as caught:
            history.campaign(99)
        assert "1" in caught.value.what_to_do


def test_recorded_window_and_sent_date_are_read_back(tmp_path):
    path = tmp_path / "c.db"
    number = record_campaign(path, {"Lost": (["A"], ["B"])}, export_date="2026-07-01", sent_date="2026-07-03",
                             window_days=14)
    with CampaignHistory(path) as history:
        info = history.campaign(number)
    assert (info.sent_date, info.window_days) == (dt.date(2026, 7, 3), 14)
    assert info.with_window(window_days=20).window_days == 20 and info.window_days == 14
    with pytest.raises(SettingsError, match="from 1 to 365"):
        info.with_window(window_days=0)


def test_campaign_choice_and_window_days_in_words():
    assert parse_campaign_choice(None) is None and parse_campaign_choice(" Latest ") is None
    assert parse_campaign_choice("7") == 7
    for bad in ("0", "-2", "seven"):
        with pytest.raises(SettingsError, match="not a campaign number"):
            parse_campaign_choice(bad)
    assert check_window_days(30) == 30
    for bad in (0, 366, True, 2.5):
        with pytest.raises(SettingsError, match="whole number of days"):
            check_window_days(bad)


def test_the_store_changes_only_existing_campaigns(tmp_path):
    with CampaignStore(tmp_path / "c.db") as store:
        assert store.update_campaign(5, sent_date=dt.date(2026, 1, 1)) is False
        with store.transaction():
            number = store.add_campaign(export_date=dt.date(2026, 1, 1))
        assert store.update_campaign(number, window_days=10) is True
        row = store.campaigns().iloc[0]
        assert row["sent_date"] == pd.Timestamp("2026-01-01") and row["window_days"] == 10


@pytest.mark.parametrize(("table", "column", "value", "said"), [
    ("campaigns", "sent_date", "2024-02-30", "'2024-02-30' as its sent date"),
    ("campaigns", "sent_date", "not a date", "'not a date' as its sent date"),
    ("campaigns", "reference_date", "9999-12-31", "'9999-12-31' as its reference date"),
    ("campaigns", "window_days", "thirty", "'thirty' as its response window"),
    ("campaigns", "window_days", 0, "0 as its response window"),
    ("campaigns", "window_days", 100000, "100000 as its response window"),
    ("campaigns", "settings_json", "{", "'{' as its settings"),
    ("campaigns", "control_seed", -1, "-1 as its control-group seed"),
    ("campaigns", "control_share", 7.5, "7.5 as its control-group share"),
    ("campaign_members", "expiry_date", "soon", "'soon' as its coupon expiry date"),
])
def test_a_value_changed_by_hand_is_named_with_what_to_do(tmp_path, table, column, value, said):
    """Found by a hostile trial: each of these ended in "something went wrong inside Clientele"
    (exit 1); now the campaign, the value and what to do are named."""
    path = tmp_path / "c.db"
    number = record_campaign(path, {"Lost": (["A", "C"], ["B"])}, window_days=14)
    db = sqlite3.connect(path)
    with db:
        db.execute(f"UPDATE {table} SET {column} = ?", (value,))  # noqa: S608 - the test's own names
    db.close()
    with pytest.raises(OutputError) as caught, CampaignHistory(path) as history:
        history.campaign(number)
        history.members(number)
    assert f"campaign {number} of the campaign history has {said}" in str(caught.value)
    assert "move the file away" in caught.value.what_to_do and caught.value.file == str(path)


def test_a_table_taken_away_is_a_damaged_history_not_a_failing_disk(tmp_path):
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A"], ["B"])})
    db = sqlite3.connect(path)
    db.execute("DROP TABLE campaign_members")
    db.close()
    with pytest.raises(OutputError, match="damaged, or it is not a Clientele campaign history"), \
            CampaignHistory(path) as history:
        history.campaigns()


def test_any_control_mark_but_zero_is_held_back_in_every_count(tmp_path):
    path = tmp_path / "c.db"
    number = record_campaign(path, {"Lost": (["A", "C"], ["B"])})
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE campaign_members SET control = 2 WHERE control = 1")
    db.close()
    with CampaignHistory(path) as history:
        info = history.campaign(number)
        members = history.members(number)
    assert (info.mailed, info.control) == (2, 1) and members["control"].sum() == 1


def test_a_campaign_is_shown_by_the_name_its_owner_gave_it_not_the_default_one():
    made = dt.date(2026, 12, 1)
    info = CampaignInfo(1, default_campaign_name(made), made, made, 30, None, None, 7, 0.1, ("Lost",), 10, 2)
    assert info.name == "Mailing 2026-12-01" and info.own_name == ""       # (an English, ISO name in any language)
    assert CampaignInfo(2, "Winter win-back", made, made, 30, None, None, 7, 0.1, ("Lost",), 10, 2).own_name == \
        "Winter win-back"
    older = CampaignInfo(3, "Mailing 2026-11-01", made, made, 30, None, None, 7, 0.1, ("Lost",), 10, 2)
    assert older.own_name == "Mailing 2026-11-01"           # a name the owner typed, though it looks like one


def test_a_number_not_recorded_among_many_campaigns_says_the_list_is_shortened(tmp_path):
    """Found by a hostile trial: with 70 campaigns, asking for one that does not exist listed "51 … 70"
    as "the recorded campaigns", as if campaigns 1 to 50 did not exist."""
    path = tmp_path / "c.db"
    for k in range(23):
        record_campaign(path, {"Lost": ([f"A{k}"], [f"B{k}"])}, prefix=f"P{k}")
    with CampaignHistory(path) as history, pytest.raises(SettingsError, match="there is no campaign 99") as caught:
        history.campaign(99)
    assert caught.value.what_to_do.startswith("The recorded campaigns are: 1 to 23 (23 in all; the latest 20: 4, 5,")
