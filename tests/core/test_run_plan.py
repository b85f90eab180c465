"""A run writes all of its outputs or none (core/run_plan.py): every check before the first byte,
the campaign recorded only when the files can be put in place, and taken back when they cannot."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import core.output.atomic as atomic_write
from core.campaigns import CampaignStore, ExportRequest, MailingList, StoreChoice, default_offers
from core.errors import OutputError, SettingsError
from core.run_plan import OutputTargets, RunPlan, check_outputs, run_plan
from tests.core.campaigns.test_export import make_customers, make_segmentation


def _listing(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (the campaign store aside)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith("store.db")}


def _campaigns(path: Path) -> int:
    with CampaignStore(path) as store:
        return len(store.campaigns())


def _plan(tmp_path: Path, *, customers_out: str | None = "customers.csv", mailing_out: str = "mailing.xlsx",
          csv_dir: Path | None = None, lists: tuple[str, ...] = ("Champions", "At Risk"), seed: int | None = 7,
          store: StoreChoice | None = None, seg=None) -> RunPlan:
    seg = seg if seg is not None else make_segmentation(make_customers(120, consent=False))
    request = ExportRequest(seg, tmp_path / mailing_out, lists=[MailingList.parse(n) for n in lists],
                            offers=default_offers(), csv_dir=csv_dir, seed=seed, export_date=dt.date(2026, 7, 1),
                            store=store or StoreChoice.file(tmp_path / "store.db"), source_file="shop.csv")
    return RunPlan(seg.customers, tmp_path / customers_out if customers_out else None, request, ("shop.csv",))


def test_every_output_is_written_and_the_campaign_recorded(tmp_path):
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    result = run_plan(_plan(tmp_path, csv_dir=csv_dir))
    assert result.customer_table == tmp_path / "customers.csv"
    assert len(pd.read_csv(result.customer_table)) == 120
    assert result.mailing is not None and result.mailing.campaign_id == 1
    assert sorted(os.listdir(csv_dir)) == ["mailing - At Risk.csv", "mailing - Champions.csv"]
    assert result.paths == [str(tmp_path / "customers.csv"), str(tmp_path / "mailing.xlsx"),
                            str(csv_dir / "mailing - Champions.csv"), str(csv_dir / "mailing - At Risk.csv")]
    assert _campaigns(tmp_path / "store.db") == 1
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]


def test_an_unknown_list_writes_nothing_not_even_the_customer_table(tmp_path):
    """Finding: a misspelt --lists name stopped the run after the customer table was written."""
    with pytest.raises(SettingsError, match='no list called "Champs"') as caught:
        run_plan(_plan(tmp_path, lists=("Champions", "Champs")))
    assert "Choose from" in str(caught.value)
    assert _listing(tmp_path) == {}


def test_an_earlier_customer_table_stays_when_the_mailing_fails(tmp_path):
    run_plan(_plan(tmp_path))
    before = _listing(tmp_path)
    with pytest.raises(SettingsError):
        run_plan(_plan(tmp_path, lists=("Nope",)))
    assert _listing(tmp_path) == before
    assert _campaigns(tmp_path / "store.db") == 1


@pytest.mark.parametrize("customers_out, mailing_out", [("x.xlsx", "x.xlsx"), ("Report.xlsx", "report.XLSX")])
def test_two_outputs_with_one_name_are_refused(tmp_path, customers_out, mailing_out):
    with pytest.raises(OutputError, match="two outputs of this run have the same file name"):
        run_plan(_plan(tmp_path, customers_out=customers_out, mailing_out=mailing_out))
    assert _listing(tmp_path) == {}


def test_a_customer_table_named_like_a_list_csv_is_refused(tmp_path):
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    with pytest.raises(OutputError, match="same file name"):
        run_plan(_plan(tmp_path, customers_out="csv/mailing - Champions.csv", csv_dir=csv_dir))
    assert _listing(tmp_path) == {}


def test_a_customer_table_that_is_the_same_file_as_a_list_csv_is_refused(tmp_path):
    """Another name for the same file (a hard link) is the same output."""
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    (csv_dir / "mailing - Champions.csv").write_text("earlier list\n")
    os.link(csv_dir / "mailing - Champions.csv", tmp_path / "customers.csv")
    before = _listing(tmp_path)
    with pytest.raises(OutputError, match="same file name"):
        run_plan(_plan(tmp_path, customers_out="customers.csv", csv_dir=csv_dir))
    assert _listing(tmp_path) == before


def test_lists_whose_csv_files_would_share_a_name_are_refused(tmp_path):
    customers = make_customers(60, consent=False)
    customers["rfm_segment"] = ["North/South", "North:South", "north-south"] * 20   # all three: "North-South.csv"
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    with pytest.raises(SettingsError, match='"North/South" and "North:South" would both be written') as caught:
        run_plan(_plan(tmp_path, csv_dir=csv_dir, seg=make_segmentation(customers),
                       lists=("North/South", "North:South")))
    assert "mailing - North-South.csv" in str(caught.value)
    with pytest.raises(SettingsError, match="would both be written"):        # letter case aside
        run_plan(_plan(tmp_path, csv_dir=csv_dir, seg=make_segmentation(customers),
                       lists=("North:South", "north-south")))
    assert _listing(tmp_path) == {}


@pytest.mark.parametrize("seed", [-1, 10**15, 10**40])
def test_a_negative_or_huge_seed_is_refused_before_any_work(tmp_path, seed):
    with pytest.raises(SettingsError, match="from 0 to 999,999,999,999,999"):
        run_plan(_plan(tmp_path, seed=seed))
    with pytest.raises(SettingsError, match="seed"):
        check_outputs(OutputTargets(seed=seed))
    assert _listing(tmp_path) == {}


def test_a_damaged_store_writes_nothing(tmp_path):
    (tmp_path / "store.db").write_bytes(b"not a database at all " * 200)
    with pytest.raises(OutputError, match="damaged") as caught:
        run_plan(_plan(tmp_path))
    assert "Move the file away" in caught.value.what_to_do
    assert sorted(os.listdir(tmp_path)) == ["store.db"]


def test_a_store_that_is_a_folder_writes_nothing(tmp_path):
    (tmp_path / "store.db").mkdir()
    with pytest.raises(OutputError, match="a folder, not a file"):
        run_plan(_plan(tmp_path))
    assert sorted(os.listdir(tmp_path)) == ["store.db"]


def test_a_csv_folder_that_is_a_file_or_missing_is_refused(tmp_path):
    (tmp_path / "csv").write_text("I am a file")
    with pytest.raises(OutputError, match="is a file, not a folder"):
        run_plan(_plan(tmp_path, csv_dir=tmp_path / "csv"))
    with pytest.raises(OutputError, match="folder for the CSV files does not exist"):
        check_outputs(OutputTargets(csv_dir=tmp_path / "nope"))
    assert sorted(os.listdir(tmp_path)) == ["csv"]


@pytest.mark.file_permissions
def test_a_read_only_csv_folder_is_refused_before_any_work(tmp_path):
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    csv_dir.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="cannot write in this folder") as caught:
            check_outputs(OutputTargets(csv_dir=csv_dir))
        assert caught.value.file == str(csv_dir)
        with pytest.raises(OutputError, match="cannot write in this folder"):
            run_plan(_plan(tmp_path, csv_dir=csv_dir))
    finally:
        csv_dir.chmod(0o755)
    assert _listing(tmp_path) == {} and os.listdir(csv_dir) == []


@pytest.mark.file_permissions
def test_a_read_only_output_folder_is_refused_before_any_work(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="cannot write in this folder"):
            check_outputs(OutputTargets(customers_out=out / "customers.csv"))
    finally:
        out.chmod(0o755)
    assert os.listdir(out) == []


def test_a_refused_rename_puts_everything_back_and_takes_the_campaign_back(tmp_path, monkeypatch):
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    run_plan(_plan(tmp_path, csv_dir=csv_dir, seed=1))
    before = _listing(tmp_path)
    real_replace, calls = os.replace, []

    def third_locked(source, target):
        calls.append(Path(target).name)
        if len([c for c in calls if not c.endswith(".tmp")]) == 3:       # the second file put in place
            raise PermissionError(13, "The process cannot access the file", str(target))
        return real_replace(source, target)

    # Library patch kept: a file held open by Excel (Windows refuses the rename) cannot be made here.
    monkeypatch.setattr(atomic_write.os, "replace", third_locked)
    with pytest.raises(OutputError, match="not open in another program"):
        run_plan(_plan(tmp_path, csv_dir=csv_dir, seed=2))
    monkeypatch.undo()
    assert _listing(tmp_path) == before                                   # every earlier file, byte for byte
    with CampaignStore(tmp_path / "store.db") as store:                    # the record was committed, then taken back
        assert store.campaigns()["id"].tolist() == [1]
        assert set(store.campaign_members(1)["list_name"]) == {"Champions", "At Risk"}


def test_a_store_locked_by_another_export_is_waited_for_then_refused(tmp_path):
    """When another export holds the store past the wait asked for, the run is refused in words that
    say so, and writes nothing; a store opened with that wait gives SQLite a busy timeout of it
    (0.4 s: 400 ms)."""
    path = tmp_path / "store.db"
    CampaignStore(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")                  # another Clientele recording its export
    try:
        with pytest.raises(OutputError, match="in use by another Clientele") as caught:
            run_plan(_plan(tmp_path, store=StoreChoice.file(path, lock_wait=0.4)))
        assert "Wait until the other export has finished" in caught.value.what_to_do
    finally:
        other.execute("ROLLBACK")
        other.close()
    waiting = CampaignStore(path, lock_wait=0.4)       # the wait a store opened so gives SQLite, in ms
    try:
        assert waiting._db.execute("PRAGMA busy_timeout").fetchone()[0] == 400
    finally:
        waiting.close()
    assert sorted(os.listdir(tmp_path))[:1] == ["store.db"] and _listing(tmp_path) == {}
    assert _campaigns(path) == 0


def test_a_store_lock_released_in_time_is_waited_for(tmp_path):
    path = tmp_path / "store.db"
    CampaignStore(path).close()
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: (other.execute("COMMIT"), other.close()))
    release.start()
    try:
        result = run_plan(_plan(tmp_path, store=StoreChoice.file(path, lock_wait=10)))
    finally:
        release.join()
    assert result.mailing is not None and result.mailing.campaign_id == 1
    openpyxl.load_workbook(tmp_path / "mailing.xlsx")
