"""The campaign store: every mailing export recorded in a local SQLite file (schema versioned).

Every failure a shop owner can meet is an :class:`OutputError` that says what to do (definitions
§7): the store in use by another Clientele (a lock is waited for ``LOCK_WAIT_SECONDS`` first),
damaged, read-only, written by a newer Clientele, a folder instead of a file, or on a full disk.
:meth:`CampaignStore.check` looks for the lasting ones before any work, without creating anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pandas as pd

from core import __version__
from core.campaigns.store_errors import (
    LOCK_WAIT_SECONDS,
    damaged_value,
    directory_error,
    empty_error,
    foreign_error,
    is_busy,
    newer_error,
    store_error,
)
from core.output.atomic import read_only
from core.schema import FIRST_YEAR, LAST_YEAR
from core.user_folders import campaign_store_path

#: How long taking back a campaign whose files could not be put in place waits for another
#: Clientele writing to the store (longer than LOCK_WAIT_SECONDS: an export of a big file takes seconds).
TAKE_BACK_WAIT_SECONDS = 60.0

log = logging.getLogger(__name__)

#: MIGRATIONS[i] takes the schema from user_version i to i + 1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT,
        created_at TEXT NOT NULL,
        export_date TEXT NOT NULL,
        source_file TEXT,
        reference_date TEXT,
        settings_json TEXT NOT NULL DEFAULT '{}',
        control_seed INTEGER,
        control_share REAL,
        output_path TEXT
    );
    CREATE TABLE campaign_members (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        customer_id TEXT NOT NULL,
        list_name TEXT NOT NULL,
        offer_title TEXT,
        coupon_code TEXT,
        control INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (campaign_id, customer_id)
    );
    CREATE UNIQUE INDEX campaign_members_coupon ON campaign_members(coupon_code)
        WHERE coupon_code IS NOT NULL;
    """,
    """
    ALTER TABLE campaigns ADD COLUMN app_version TEXT;
    ALTER TABLE campaign_members ADD COLUMN expiry_date TEXT;
    ALTER TABLE campaign_members ADD COLUMN email TEXT;
    ALTER TABLE campaign_members ADD COLUMN segment TEXT;
    ALTER TABLE campaign_members ADD COLUMN revenue_at_export REAL;
    CREATE INDEX campaign_members_customer ON campaign_members(customer_id);
    """,
    # version 3 (campaign results, definitions §9): when the mailing went out and how long its
    # response window is (NULL in older campaigns: the export date and 30 days), and the offer
    # variant of each mailed customer of an offer test ("A" / "B"; NULL otherwise)
    """
    ALTER TABLE campaigns ADD COLUMN sent_date TEXT;
    ALTER TABLE campaigns ADD COLUMN window_days INTEGER;
    ALTER TABLE campaign_members ADD COLUMN variant TEXT;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
MEMBER_COLUMNS = ("customer_id", "list_name", "offer_title", "coupon_code", "expiry_date", "control",
                  "email", "segment", "revenue_at_export", "variant")


#: A date as the store takes it: a date, a Timestamp, ISO text, or None.
DateLike = dt.date | pd.Timestamp | str | None


def _iso(value: DateLike) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date().isoformat() if not isinstance(value, str) else value


#: How long a history of no bytes is watched before it counts as emptied: another Clientele may be
#: making it at that moment (SQLite creates the file, then writes its first page).
EMPTY_WAIT_SECONDS = 2.0


def _settled_size(path: Path, wait: float = EMPTY_WAIT_SECONDS) -> int:
    """The size of the file ``path``, watched for up to ``wait`` seconds while it is 0 bytes."""
    deadline = time.monotonic() + wait
    while True:
        size = path.stat().st_size
        if size or time.monotonic() >= deadline:
            return size
        time.sleep(0.05)


def _has_tables(db: sqlite3.Connection) -> bool:
    """Whether the database holds any table: a file that does but was never made by Clientele (its
    schema version 0) is another program's, which Clientele must not write its tables into."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is not None


class CampaignStore:
    """Open (creating or migrating) the store at ``path`` (default: the user data folder).

    ``lock_wait``: seconds to wait for a store another Clientele is writing to."""

    def __init__(self, path: str | Path | None = None, lock_wait: float = LOCK_WAIT_SECONDS) -> None:
        self.path = Path(path) if path else campaign_store_path()
        self._in_transaction = False
        if self.path.is_dir():
            raise directory_error(self.path)
        if self.path.is_file() and _settled_size(self.path) == 0:
            raise empty_error(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                       timeout=lock_wait)
        except (sqlite3.Error, OSError) as exc:
            raise store_error(exc, self.path) from exc
        try:
            with self._guard():
                if self.schema_version == 0 and _has_tables(self._db):   # (before anything is changed in it)
                    raise foreign_error(self.path)
                self._db.execute("PRAGMA foreign_keys = ON")
                self._db.execute("PRAGMA cache_size = -65536")   # a whole campaign fits: no spill mid-way
                self._fast_journal()
                self._migrate()
        except BaseException:
            self._db.close()
            raise
        log.info("campaign store opened: %s", self.path)

    @staticmethod
    def check(path: str | Path | None = None, lock_wait: float = LOCK_WAIT_SECONDS) -> None:
        """Before any work: raise OutputError when the store cannot be used (a folder, damaged,
        newer, read-only, or a folder Clientele may not create it in). Creates nothing."""
        where = Path(path) if path else campaign_store_path()
        if where.is_dir():
            raise directory_error(where)
        if not where.exists():
            folder = where.parent
            while not folder.exists() and folder != folder.parent:
                folder = folder.parent
            if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
                raise store_error(sqlite3.OperationalError("unable to open database file"), where)
            return
        # (protected by its permissions, refused also when Clientele runs as an administrator, as outputs are)
        if not os.access(where, os.R_OK | os.W_OK) or not os.access(where.parent, os.W_OK | os.X_OK) \
                or read_only(where) or read_only(where.parent):
            raise store_error(sqlite3.OperationalError("attempt to write a readonly database"), where)
        if _settled_size(where) == 0:
            raise empty_error(where)
        try:
            db = sqlite3.connect(f"{where.resolve().as_uri()}?mode=ro", uri=True, timeout=lock_wait)
            try:
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()   # a damaged header fails here
                foreign = version == 0 and _has_tables(db)
                # a damaged page of the tables fails here (before an export is recorded into it)
                problems = [str(row[0]) for row in db.execute("PRAGMA quick_check").fetchall()]
            finally:
                db.close()
        except sqlite3.Error as exc:
            raise store_error(exc, where) from exc
        if problems != ["ok"]:
            raise store_error(sqlite3.DatabaseError("database disk image is malformed"), where)
        if version > SCHEMA_VERSION:
            raise newer_error(where)
        if foreign:
            raise foreign_error(where)

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """SQLite's and the disk's errors as OutputError in the owner's words."""
        try:
            yield
        except (sqlite3.Error, OverflowError, OSError) as exc:
            raise store_error(exc, self.path) from exc

    def _fast_journal(self) -> None:
        """Write-ahead log, synced at checkpoints rather than at every commit: a commit costs one
        write instead of several fsyncs. The store lives in the user's local data folder, where
        WAL is safe; a crash of the app loses no commit, a power cut at most the last ones, and
        the file stays consistent either way. Where WAL cannot be used (a read-only folder, a
        file another program holds open) the store keeps its rollback journal."""
        try:
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode and str(mode[0]).lower() == "wal":
                self._db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError:
            pass

    # ---- schema -------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        while True:
            if self.schema_version > SCHEMA_VERSION:
                raise newer_error(self.path)
            if self.schema_version == SCHEMA_VERSION:
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                # (read again under the lock: another Clientele may have made or migrated the store
                # while this one waited for it, and a step run twice fails on its own tables)
                step = self.schema_version
                if step >= SCHEMA_VERSION:
                    self._db.execute("COMMIT")
                    continue
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {step + 1}")
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:      # SQLite may have rolled back already (a full disk)
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                raise
            log.info("campaign store %s migrated to schema version %d", self.path, step + 1)

    # ---- writing ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[CampaignStore]:
        """Everything recorded inside is committed together, or not at all if the body raises.
        Starting waits up to ``lock_wait`` seconds for another Clientele's export to finish."""
        with self._guard():
            self._db.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def begin(self) -> None:
        """Start a write transaction (for a caller that commits later: :meth:`commit`, :meth:`rollback`)."""
        with self._guard():
            self._db.execute("BEGIN IMMEDIATE")
        self._in_transaction = True

    def commit(self) -> None:
        """Commit the open transaction; on failure it is rolled back and an OutputError raised."""
        try:
            with self._guard():
                self._db.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
        self._in_transaction = False

    def rollback(self) -> None:
        """Roll the open transaction back (nothing happens when none is open)."""
        if self._in_transaction:
            self._in_transaction = False
            if self._db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")

    def remove_campaign(self, campaign_id: int, output_path: str | None = None) -> None:
        """Take a committed campaign back, with its members (its files could not be put in place).
        ``output_path``: the campaign's workbook as recorded; a campaign with this id but another
        workbook is another export's (this one's commit never went in) and stays. Another Clientele
        writing to the store is waited for up to TAKE_BACK_WAIT_SECONDS: a campaign whose files were
        never written must not stay for want of a few seconds."""
        match = "id = ?" + (" AND output_path = ?" if output_path is not None else "")
        values = (int(campaign_id),) + ((str(output_path),) if output_path is not None else ())
        deadline = time.monotonic() + TAKE_BACK_WAIT_SECONDS
        while True:
            try:
                removed = self._remove(match, values)
                break
            except (sqlite3.Error, OSError) as exc:
                if not is_busy(exc) or time.monotonic() > deadline:
                    raise store_error(exc, self.path) from exc
                time.sleep(0.2)
        if removed:
            log.info("campaign %d taken back from %s", campaign_id, self.path)

    def _remove(self, match: str, values: tuple) -> bool:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            found = self._db.execute(f"SELECT id FROM campaigns WHERE {match}", values).fetchone()
            if found is not None:
                self._db.execute("DELETE FROM campaign_members WHERE campaign_id = ?", (int(found[0]),))
                self._db.execute("DELETE FROM campaigns WHERE id = ?", (int(found[0]),))
            self._db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise
        return found is not None

    def existing_codes(self, codes: Iterable[str]) -> set[str]:
        """Which of ``codes`` an earlier export already issued (indexed look-ups, in chunks)."""
        with self._guard():
            return self._existing_codes(list(codes))

    def _existing_codes(self, codes: list[str]) -> set[str]:
        found: set[str] = set()
        if not codes or self._db.execute("SELECT 1 FROM campaign_members WHERE coupon_code IS NOT NULL"
                                          " LIMIT 1").fetchone() is None:
            return found
        for start in range(0, len(codes), 900):
            chunk = codes[start:start + 900]
            rows = self._db.execute("SELECT coupon_code FROM campaign_members WHERE coupon_code IN ("
                                    + ",".join("?" * len(chunk)) + ")", chunk)
            found.update(r[0] for r in rows)
        return found

    def add_campaign(self, *, name: str = "", export_date: DateLike = None, source_file: str | None = None,
                     reference_date: DateLike = None, settings: Mapping[str, object] | None = None,
                     control_seed: int | None = None, control_share: float | None = None,
                     output_path: str | None = None, sent_date: DateLike = None,
                     window_days: int | None = None) -> int:
        """Insert the campaign row (inside :meth:`transaction`); returns its id. ``sent_date``
        None: the export date; ``window_days`` None: left empty (read as the default window)."""
        with self._guard():
            return self._add_campaign(name, export_date, source_file, reference_date, settings, control_seed,
                                      control_share, output_path, sent_date, window_days)

    def _add_campaign(self, name: str, export_date: DateLike, source_file: str | None, reference_date: DateLike,
                      settings: Mapping[str, object] | None, control_seed: int | None,
                      control_share: float | None, output_path: str | None, sent_date: DateLike,
                      window_days: int | None) -> int:
        exported = _iso(export_date) or dt.date.today().isoformat()
        cur = self._db.execute(
            "INSERT INTO campaigns (name, created_at, export_date, source_file, reference_date,"
            " settings_json, control_seed, control_share, output_path, app_version, sent_date, window_days)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (name, dt.datetime.now().isoformat(timespec="seconds"), exported,
             None if source_file is None else str(source_file), _iso(reference_date),
             json.dumps(settings or {}, default=str, ensure_ascii=False), control_seed,
             control_share, None if output_path is None else str(output_path), __version__,
             _iso(sent_date) or exported, None if window_days is None else int(window_days)))
        if cur.lastrowid is None:                  # never for an INSERT
            raise sqlite3.DatabaseError("the campaign row was not inserted")
        log.info("campaign %d recorded in %s", cur.lastrowid, self.path)
        return int(cur.lastrowid)

    def add_members(self, campaign_id: int, members: pd.DataFrame) -> None:
        """Insert a campaign's members (columns of MEMBER_COLUMNS; inside :meth:`transaction`).

        May run in a worker thread while the caller writes files; the caller waits for it
        before committing or rolling back."""
        with self._guard():
            self._add_members(campaign_id, members)

    def _add_members(self, campaign_id: int, members: pd.DataFrame) -> None:
        frame = members.reindex(columns=list(MEMBER_COLUMNS))
        expiry = pd.to_datetime(frame["expiry_date"], errors="coerce")
        frame["expiry_date"] = expiry.dt.strftime("%Y-%m-%d")
        frame["control"] = frame["control"].fillna(False).astype(bool).astype(int)
        columns = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in MEMBER_COLUMNS]
        self._db.executemany(
            "INSERT INTO campaign_members (campaign_id, " + ", ".join(MEMBER_COLUMNS) + ")"
            " VALUES (?" + ",?" * len(MEMBER_COLUMNS) + ")",
            zip(itertools.repeat(int(campaign_id)), *columns))

    def update_campaign(self, campaign_id: int, *, sent_date: DateLike = None,
                        window_days: int | None = None) -> bool:
        """Change the sent date and/or the response window (None: unchanged) of a recorded campaign,
        in its own transaction; False when there is no such campaign."""
        cells: list[tuple[str, str | int | None]] = []
        if sent_date is not None:
            cells.append(("sent_date", _iso(sent_date)))
        if window_days is not None:
            cells.append(("window_days", int(window_days)))
        with self._guard():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                found = self._db.execute("SELECT 1 FROM campaigns WHERE id = ?", (int(campaign_id),)).fetchone()
                if found is not None and cells:
                    self._db.execute("UPDATE campaigns SET " + ", ".join(f"{name} = ?" for name, _ in cells)
                                     + " WHERE id = ?", [*(value for _, value in cells), int(campaign_id)])
                self._db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise
        if found is not None and cells:
            log.info("campaign %d changed: %s", campaign_id, ", ".join(f"{n} {v}" for n, v in cells))
        return found is not None

    # ---- reading (campaign results: core/campaigns/history.py) --------------------------------
    def campaigns(self) -> pd.DataFrame:
        """One row per campaign, oldest first; ``settings`` parsed from JSON, counts included."""
        with self._guard():
            frame = pd.read_sql_query(
                "SELECT c.*, (SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id"
                " AND m.control = 0) AS mailed, (SELECT COUNT(*) FROM campaign_members m"
                " WHERE m.campaign_id = c.id AND m.control <> 0) AS control FROM campaigns c ORDER BY c.id",
                self._db)
        frame["settings"] = pd.Series([self._settings(number, text) for number, text in
                                       zip(frame["id"], frame.pop("settings_json"), strict=True)],
                                      index=frame.index, dtype=object)
        for col in ("export_date", "reference_date", "sent_date"):
            frame[col] = self._days(frame, col, frame["id"])
        for col in ("window_days", "control_seed"):
            frame[col] = self._whole(frame, col)
        share = pd.to_numeric(frame["control_share"], errors="coerce")
        self._refuse(frame, "control_share", frame["control_share"].notna() & ~share.between(0, 1), frame["id"])
        frame["control_share"] = share
        return frame

    # ---- the recorded values, read as Clientele wrote them (a value changed by hand: damaged_value) ----
    def _refuse(self, frame: pd.DataFrame, column: str, bad: pd.Series, campaign: pd.Series) -> None:
        if bad.any():
            first = int(bad.to_numpy().argmax())
            raise damaged_value(self.path, int(campaign.iloc[first]), column, frame[column].iloc[first])

    def _settings(self, campaign: int, text: object) -> dict[str, object]:
        try:
            settings = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            settings = None
        if not isinstance(settings, dict):
            raise damaged_value(self.path, campaign, "settings_json", text)
        return settings

    def _days(self, frame: pd.DataFrame, column: str, campaign: pd.Series) -> pd.Series:
        """A column of ISO days (a time of day allowed), NaT where empty, within the years a date can be in."""
        text = frame[column]
        days = pd.to_datetime(text.where(text.map(lambda v: isinstance(v, str))), errors="coerce", format="ISO8601")
        held = days.dt.year.between(FIRST_YEAR, LAST_YEAR)
        self._refuse(frame, column, text.notna() & ~held, campaign)
        return days.astype("datetime64[ns]")

    def _whole(self, frame: pd.DataFrame, column: str) -> pd.Series:
        """A column of whole numbers not below 0 (a seed, a window; its range is the reader's), NaN where empty."""
        number = pd.to_numeric(frame[column], errors="coerce")
        self._refuse(frame, column, frame[column].notna() & ~((number % 1 == 0) & (number >= 0)), frame["id"])
        return number

    def mailed_in(self, campaign_ids: Iterable[int]) -> pd.DataFrame:
        """The mailed (not control) customers of ``campaign_ids``: ``campaign_id``, ``customer_id``,
        ``email`` (the address the customer was mailed at, when the campaign recorded one)."""
        return self._members_in(campaign_ids, control=False)

    def held_back_in(self, campaign_ids: Iterable[int]) -> pd.DataFrame:
        """The control-group customers of ``campaign_ids``: ``campaign_id``, ``customer_id``, ``email``."""
        return self._members_in(campaign_ids, control=True)

    def _members_in(self, campaign_ids: Iterable[int], *, control: bool) -> pd.DataFrame:
        ids = [int(i) for i in campaign_ids]
        if not ids:
            return pd.DataFrame({"campaign_id": pd.Series(dtype="int64"), "customer_id": pd.Series(dtype="object"),
                                 "email": pd.Series(dtype="object")})
        with self._guard():
            return pd.read_sql_query(
                "SELECT campaign_id, customer_id, email FROM campaign_members WHERE control = ? AND campaign_id IN ("
                + ",".join("?" * len(ids)) + ")", self._db, params=[int(control), *ids])

    def campaign_members(self, campaign_id: int) -> pd.DataFrame:
        """Mailed and control customers of one campaign (``control`` is a bool column)."""
        with self._guard():
            frame = pd.read_sql_query(
                "SELECT " + ", ".join(MEMBER_COLUMNS) + " FROM campaign_members WHERE campaign_id = ?"
                " ORDER BY rowid", self._db, params=(int(campaign_id),))
        frame["control"] = frame["control"].astype(bool)
        frame["expiry_date"] = self._days(frame, "expiry_date", pd.Series(int(campaign_id), index=frame.index))
        return frame

    def close(self) -> None:
        """Roll back a transaction still open, and close the file."""
        self.rollback()
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> CampaignStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
