"""The campaign store: schema versions and migrations, recording, reading, transactions."""

from __future__ import annotations

import sqlite3
import threading

import pandas as pd
import pytest

from core.campaigns.store import MIGRATIONS, SCHEMA_VERSION, CampaignStore
from core.errors import OutputError
from core.user_folders import campaign_store_path, data_dir


def _record(store, members, **campaign):
    """One campaign and its members, in one transaction (as the export records them)."""
    with store.transaction():
        campaign_id = store.add_campaign(**campaign)
        store.add_members(campaign_id, members)
    return campaign_id


def _codes(store):
    """Every coupon code issued so far."""
    return {code for cid in store.campaigns()["id"] for code in store.campaign_members(cid)["coupon_code"].dropna()}


def _members(codes=("VIP-ABCDEF", "VIP-BCDEFG"), control=("C9",)):
    rows = [{"customer_id": f"C{i}", "list_name": "Champions", "offer_title": "Thanks", "coupon_code": code,
             "expiry_date": pd.Timestamp("2026-12-01"), "control": False, "email": f"c{i}@x.org",
             "segment": "Champions", "revenue_at_export": 100.0 + i} for i, code in enumerate(codes)]
    rows += [{"customer_id": cid, "list_name": "Champions", "offer_title": "Thanks", "coupon_code": None,
              "expiry_date": None, "control": True} for cid in control]
    return pd.DataFrame(rows)


def test_default_location_is_the_user_data_folder(_isolated_user_folders):
    assert data_dir() == _isolated_user_folders
    store = CampaignStore()
    assert store.path == campaign_store_path() == _isolated_user_folders / "campaigns.sqlite3"
    assert store.schema_version == SCHEMA_VERSION
    store.close()


def test_record_and_read_back(tmp_path):
    with CampaignStore(tmp_path / "c.db") as store:
        cid = _record(store, _members(), name="Spring", export_date=pd.Timestamp("2026-11-01").date(),
                      source_file="shop.xlsx", reference_date=pd.Timestamp("2026-10-31"),
                      settings={"window_days": 180}, control_seed=7, control_share=0.1, output_path="out.xlsx")
        campaigns = store.campaigns()
        assert len(campaigns) == 1
        row = campaigns.iloc[0]
        assert row["id"] == cid and row["name"] == "Spring" and row["control_seed"] == 7
        assert row["settings"] == {"window_days": 180}
        assert row["mailed"] == 2 and row["control"] == 1
        assert row["reference_date"] == pd.Timestamp("2026-10-31")
        members = store.campaign_members(cid)
        assert members["customer_id"].tolist() == ["C0", "C1", "C9"]
        assert members["control"].tolist() == [False, False, True]
        assert members.loc[0, "expiry_date"] == pd.Timestamp("2026-12-01")
        assert _codes(store) == {"VIP-ABCDEF", "VIP-BCDEFG"}
        assert store.existing_codes(["VIP-ABCDEF", "VIP-ZZZZZZ"]) == {"VIP-ABCDEF"}


def test_a_code_can_never_be_stored_twice(tmp_path):
    with CampaignStore(tmp_path / "c.db") as store:
        _record(store, _members())
        with pytest.raises(OutputError, match="issued by another export"):
            _record(store, _members(codes=("VIP-ABCDEF",), control=()))
        assert len(store.campaigns()) == 1          # the failed campaign left nothing


def test_transaction_rolls_back_everything(tmp_path):
    with CampaignStore(tmp_path / "c.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_members(store.add_campaign(), _members())
            raise RuntimeError("disk full")
        assert store.campaigns().empty and store.existing_codes(["VIP-ABCDEF"]) == set()


def test_version_1_store_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO campaigns (name, created_at, export_date) VALUES ('Old', '2025-01-01', '2025-01-01')")
    db.execute("INSERT INTO campaign_members (campaign_id, customer_id, list_name, coupon_code, control)"
               " VALUES (1, 'A', 'Lost', 'OLD-ABCDEF', 0)")
    db.commit()
    db.close()
    with CampaignStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        assert _codes(store) == {"OLD-ABCDEF"}
        members = store.campaign_members(1)
        assert "revenue_at_export" in members.columns and members.loc[0, "list_name"] == "Lost"


def test_newer_or_broken_store_is_a_clear_error(tmp_path):
    newer = tmp_path / "new.db"
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(OutputError, match="newer version"):
        CampaignStore(newer)
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(OutputError, match="damaged") as caught:
        CampaignStore(broken)
    assert "Move the file away" in caught.value.what_to_do


def test_taking_a_campaign_back_keeps_another_exports_and_waits_for_a_busy_history(tmp_path):
    """Found by a hostile trial: a stop arriving just after the history's commit left a campaign whose
    files were never written (the run now takes back what it listed before committing), and a take-back
    gave up after 5 s while a second export held the history."""
    path = tmp_path / "c.db"
    with CampaignStore(path) as store:
        cid = _record(store, _members(), output_path="mine.xlsx")
        store.remove_campaign(cid, "another.xlsx")            # (an id reused by another export: not ours)
        assert len(store.campaigns()) == 1
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")                      # another Clientele writing, for 6 s
        release = threading.Timer(6.0, lambda: other.execute("ROLLBACK"))
        release.start()
        try:
            store.remove_campaign(cid, "mine.xlsx")
        finally:
            release.join()
            other.close()
        assert store.campaigns().empty and store.campaign_members(cid).empty
        store.remove_campaign(cid, "mine.xlsx")               # (gone already: nothing to do)


def test_several_exports_starting_at_once_on_a_new_history_all_open_it(tmp_path):
    """Found by a trial of the command line: of eight exports started together on a new history, some
    were refused with "the campaign history file is damaged (the file is empty) … Move the file away"
    (another was making it at that moment: SQLite creates the file, then writes its first page), or
    failed making its tables a second time. Following that advice threw away the others' campaigns."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    path = tmp_path / "campaigns.sqlite3"
    root = Path(__file__).resolve().parents[3]
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from core.campaigns.store import CampaignStore; "
            "CampaignStore(sys.argv[2]).close()")
    for _ in range(2):
        path.unlink(missing_ok=True)
        runs = [subprocess.Popen([sys.executable, "-c", code, str(root), str(path)], stderr=subprocess.PIPE)
                for _ in range(8)]
        errors = [run.communicate(timeout=120)[1].decode() for run in runs]
        assert [run.returncode for run in runs] == [0] * 8, errors
        with CampaignStore(path) as store:
            assert store.schema_version == SCHEMA_VERSION


def test_a_history_emptied_outside_clientele_is_still_refused(tmp_path):
    path = tmp_path / "campaigns.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(OutputError, match="the file is empty"):
        CampaignStore.check(path)
    with pytest.raises(OutputError, match="the file is empty"):
        CampaignStore(path)
