"""The campaign store's failures in a shop owner's words: in use, damaged, read-only, newer, a folder,
a full disk; each is an OutputError that says what to do (made from real SQLite errors)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from core.campaigns.store import SCHEMA_VERSION, CampaignStore
from core.campaigns.store_errors import store_error
from core.errors import OutputError
from core.language import Language
from core.words import Words

ROOT = Path(__file__).resolve().parents[3]


def _error(action) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def test_real_sqlite_errors_get_the_owners_words(tmp_path):
    path = tmp_path / "c.db"
    CampaignStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    waiting = sqlite3.connect(path, isolation_level=None, timeout=0)
    busy = _error(lambda: waiting.execute("BEGIN IMMEDIATE"))
    holder.execute("ROLLBACK")
    read_only = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    readonly = _error(lambda: read_only.execute("CREATE TABLE t (x)"))
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00\x01 not sqlite " * 300)
    notadb = _error(lambda: sqlite3.connect(garbage).execute("PRAGMA user_version").fetchone())
    cantopen = _error(lambda: sqlite3.connect(f"file:{tmp_path}/missing/c.db?mode=rw", uri=True))
    cases = {busy: ("in use by another Clientele", "Wait until the other export has finished"),
             readonly: ("read-only", "permission to change the file"),
             notadb: ("damaged", "Move the file away"),
             cantopen: ("cannot be opened", "folder exists")}
    for error, (message, what_to_do) in cases.items():
        mapped = store_error(error, path)
        assert message in mapped.message and what_to_do in mapped.what_to_do, (error, mapped)
        assert mapped.file == str(path)
        # (SQLite's own English words go to the log, never into the owner's message, in any language)
        assert str(error) not in mapped.message and f"({error})" not in mapped.message
    for connection in (holder, waiting, read_only):
        connection.close()


def test_a_damaged_text_value_reads_as_a_damaged_history_in_the_owners_language(tmp_path):
    # found by a hostile trial: a damaged page inside a settings value gave "Could not decode to UTF-8
    # column 'settings_json' with text '{…'" (the file's own data) and "or choose another"
    path = tmp_path / "c.db"
    with CampaignStore(path) as store:
        store.begin()
        store.add_campaign(name="May", export_date="2026-05-01")
        store.commit()
    db = sqlite3.connect(path)
    db.execute("UPDATE campaigns SET settings_json = CAST(X'7B22FFFE' AS TEXT)")
    db.commit()
    db.close()
    decode = _error(lambda: sqlite3.connect(path).execute("SELECT settings_json FROM campaigns").fetchall())
    mapped = store_error(decode, path)
    assert "damaged" in mapped.message and "decode" not in mapped.message and "{" not in mapped.message
    assert "put back a copy from a backup" in mapped.what_to_do and "choose another" not in mapped.what_to_do
    german = mapped.text(Words(Language.GERMAN))
    assert "beschädigt" in german and "decode" not in german


def test_check_looks_without_creating_anything(tmp_path):
    CampaignStore.check(tmp_path / "new" / "c.db")                  # a folder that can be made: fine
    assert not (tmp_path / "new").exists()
    (tmp_path / "folder.db").mkdir()
    with pytest.raises(OutputError, match="a folder, not a file"):
        CampaignStore.check(tmp_path / "folder.db")
    with pytest.raises(OutputError, match="a folder, not a file"):
        CampaignStore(tmp_path / "folder.db")
    newer = tmp_path / "newer.db"
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(OutputError, match="newer version of Clientele") as caught:
        CampaignStore.check(newer)
    assert "Update Clientele" in caught.value.what_to_do
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(OutputError, match="damaged"):
        CampaignStore.check(damaged)
    good = tmp_path / "good.db"
    CampaignStore(good).close()
    CampaignStore.check(good)


@pytest.mark.file_permissions
def test_a_read_only_store_is_refused_with_what_to_do(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "c.db"
    CampaignStore(path).close()
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="read-only") as caught:
            CampaignStore.check(path)
        assert "CLIENTELE_CAMPAIGN_STORE" in caught.value.what_to_do
        with pytest.raises(OutputError, match="read-only|cannot be"):
            with CampaignStore(path) as store, store.transaction():
                store.add_campaign(name="x")
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


_FULL_DISK_CHILD = textwrap.dedent("""
    import resource, signal, sys
    sys.path.insert(0, sys.argv[1])
    import pandas as pd
    from core.campaigns.store import CampaignStore
    from core.errors import OutputError

    store = CampaignStore(sys.argv[2])
    members = pd.DataFrame({"customer_id": [f"C{i:06d}" for i in range(20_000)], "list_name": "Champions",
                            "offer_title": "Thanks", "coupon_code": [f"VIP-{i:08d}" for i in range(20_000)],
                            "control": False, "email": [f"c{i}@example.com" for i in range(20_000)]})
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)          # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
    try:
        with store.transaction():
            store.add_members(store.add_campaign(name="big"), members)
    except OutputError as error:
        print(error)
        sys.exit(2)
    sys.exit(0)
""")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX file-size limit")
def test_a_full_disk_under_the_store_is_a_message_and_leaves_the_history_as_it_was(tmp_path):
    path = tmp_path / "c.db"
    with CampaignStore(path) as store, store.transaction():
        store.add_campaign(name="earlier")
    child = subprocess.run([sys.executable, "-c", _FULL_DISK_CHILD, str(ROOT), str(path)],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == 2, child.stdout + child.stderr
    assert child.stdout.startswith(f"{path}: the campaign history could not be read or written: the disk may "
                                   "be full or failing"), child.stdout
    assert "Free some space on that disk" in child.stdout and "Traceback" not in child.stderr
    with CampaignStore(path) as store:
        assert store.campaigns()["name"].tolist() == ["earlier"]
        assert store.existing_codes(["VIP-00000001"]) == set()


def test_an_emptied_or_partly_damaged_history_is_refused_before_an_export_records_into_it(tmp_path):
    """Found by a hostile trial: a history of 0 bytes was started over without a word (even by the
    read-only listing), and one with a zeroed page of its members took a new campaign."""
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    for action in (lambda: CampaignStore.check(empty), lambda: CampaignStore(empty)):
        with pytest.raises(OutputError, match="damaged") as caught:
            action()
        assert "the file is empty" in caught.value.message and "Move the file away" in caught.value.what_to_do
    assert empty.stat().st_size == 0                                    # left as it was
    path = tmp_path / "c.db"
    with CampaignStore(path) as store:
        store.begin()
        campaign = store.add_campaign(name="May", export_date="2026-05-01")
        store.add_members(campaign, pd.DataFrame({"customer_id": [f"C{k:06d}" for k in range(20_000)],
                                                  "list_name": "Lost", "control": False}))
        store.commit()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    page = 4096
    with path.open("r+b") as handle:                   # zero one page in the middle of the members
        handle.seek(page * (path.stat().st_size // page // 2))
        handle.write(b"\x00" * page)
    with pytest.raises(OutputError, match="damaged") as caught:
        CampaignStore.check(path)
    assert "Execution failed" not in caught.value.message and "SELECT" not in caught.value.message


def test_another_programs_database_is_never_written_into(tmp_path):
    """Found by a hostile trial: a SQLite file with only another program's table, named as the
    history, got Clientele's tables added and a campaign recorded in it."""
    path = tmp_path / "other.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE foo (a)")
    other.commit()
    other.close()
    before = path.read_bytes()
    for attempt in (lambda: CampaignStore.check(path), lambda: CampaignStore(path)):
        with pytest.raises(OutputError) as caught:
            attempt()
        assert "it holds another program's tables" in str(caught.value)
    assert path.read_bytes() == before
    CampaignStore(tmp_path / "new.sqlite3").close()             # (a new, empty file is ours to make)
    CampaignStore.check(tmp_path / "new.sqlite3")


def test_the_history_named_as_a_file_being_imported_says_so(tmp_path):
    """Found by a hostile trial: CLIENTELE_CAMPAIGN_STORE naming the purchases file read as a damaged
    history, with the advice to move the file away: the owner's own data file."""
    from core.campaigns.request import StoreChoice  # noqa: PLC0415 - the choice under test

    purchases = tmp_path / "orders.csv"
    purchases.write_text("Customer,Date,Amount\nC1,2024-01-05,10\n", encoding="utf-8")
    with pytest.raises(OutputError, match="the campaign history is set to one of the files being imported"):
        StoreChoice.file(purchases).check([str(purchases)])
    StoreChoice.file(tmp_path / "campaigns.sqlite3").check([str(purchases)])
    assert purchases.read_text(encoding="utf-8").startswith("Customer,")


def test_a_store_protected_by_its_permissions_is_refused_also_for_an_administrator(tmp_path):
    """Found by a hostile trial: as root, a history set to 0444 (or in a 0555 folder) was written
    anyway, where an output protected the same way is refused: the protection says what the owner wants."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "c.db"
    CampaignStore(path).close()
    try:
        path.chmod(0o444)
        with pytest.raises(OutputError, match="read-only"):
            CampaignStore.check(path)
        path.chmod(0o644)
        folder.chmod(0o555)
        with pytest.raises(OutputError, match="read-only"):
            CampaignStore.check(path)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    CampaignStore.check(path)
