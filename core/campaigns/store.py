"""The campaign store: every mailing export recorded in a local SQLite file (schema versioned)."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pandas as pd

from core import __version__
from core.errors import OutputError
from core.user_folders import campaign_store_path

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
)
SCHEMA_VERSION = len(MIGRATIONS)
MEMBER_COLUMNS = ("customer_id", "list_name", "offer_title", "coupon_code", "expiry_date", "control",
                  "email", "segment", "revenue_at_export")


#: A date as the store takes it: a date, a Timestamp, ISO text, or None.
DateLike = dt.date | pd.Timestamp | str | None


def _iso(value: DateLike) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date().isoformat() if not isinstance(value, str) else value


class CampaignStore:
    """Open (creating or migrating) the store at ``path`` (default: the user data folder)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else campaign_store_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA cache_size = -65536")   # a whole campaign fits: no spill mid-way
            self._fast_journal()
            log.info("campaign store opened: %s", self.path)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise OutputError(f"the campaign store cannot be opened ({exc}).",
                              "Move the file away (Clientele starts a new one) or choose another.",
                              file=str(self.path)) from exc
        try:
            self._migrate()
        except OutputError:
            self._db.close()
            raise
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise OutputError(f"the campaign store cannot be opened ({exc}).",
                              "Move the file away (Clientele starts a new one) or choose another.",
                              file=str(self.path)) from exc

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
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise OutputError("the campaign store was written by a newer version of Clientele.",
                              "Update Clientele to use it.", file=str(self.path))
        for step in range(version, SCHEMA_VERSION):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {step + 1}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            log.info("campaign store %s migrated to schema version %d", self.path, step + 1)

    # ---- writing ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[CampaignStore]:
        """Everything recorded inside is committed together, or not at all if the body raises."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def existing_codes(self, codes: Iterable[str]) -> set[str]:
        """Which of ``codes`` an earlier export already issued (indexed look-ups, in chunks)."""
        codes = list(codes)
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
                     output_path: str | None = None) -> int:
        """Insert the campaign row (inside :meth:`transaction`); returns its id."""
        cur = self._db.execute(
            "INSERT INTO campaigns (name, created_at, export_date, source_file, reference_date,"
            " settings_json, control_seed, control_share, output_path, app_version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (name, dt.datetime.now().isoformat(timespec="seconds"), _iso(export_date) or dt.date.today().isoformat(),
             None if source_file is None else str(source_file), _iso(reference_date),
             json.dumps(settings or {}, default=str, ensure_ascii=False), control_seed,
             control_share, None if output_path is None else str(output_path), __version__))
        if cur.lastrowid is None:                  # never for an INSERT
            raise sqlite3.DatabaseError("the campaign row was not inserted")
        log.info("campaign %d recorded in %s", cur.lastrowid, self.path)
        return int(cur.lastrowid)

    def add_members(self, campaign_id: int, members: pd.DataFrame) -> None:
        """Insert a campaign's members (columns of MEMBER_COLUMNS; inside :meth:`transaction`).

        May run in a worker thread while the caller writes files; the caller waits for it
        before committing or rolling back."""
        frame = members.reindex(columns=list(MEMBER_COLUMNS))
        expiry = pd.to_datetime(frame["expiry_date"], errors="coerce")
        frame["expiry_date"] = expiry.dt.strftime("%Y-%m-%d")
        frame["control"] = frame["control"].fillna(False).astype(bool).astype(int)
        columns = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in MEMBER_COLUMNS]
        self._db.executemany(
            "INSERT INTO campaign_members (campaign_id, " + ", ".join(MEMBER_COLUMNS) + ")"
            " VALUES (?" + ",?" * len(MEMBER_COLUMNS) + ")",
            zip(itertools.repeat(int(campaign_id)), *columns))

    # ---- reading (for the results issue) ------------------------------------------------------
    def campaigns(self) -> pd.DataFrame:
        """One row per campaign, oldest first; ``settings`` parsed from JSON, counts included."""
        frame = pd.read_sql_query(
            "SELECT c.*, (SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id"
            " AND m.control = 0) AS mailed, (SELECT COUNT(*) FROM campaign_members m"
            " WHERE m.campaign_id = c.id AND m.control = 1) AS control FROM campaigns c ORDER BY c.id",
            self._db)
        frame["settings"] = frame.pop("settings_json").map(json.loads)
        for col in ("export_date", "reference_date"):
            frame[col] = pd.to_datetime(frame[col])
        return frame

    def campaign_members(self, campaign_id: int) -> pd.DataFrame:
        """Mailed and control customers of one campaign (``control`` is a bool column)."""
        frame = pd.read_sql_query(
            "SELECT " + ", ".join(MEMBER_COLUMNS) + " FROM campaign_members WHERE campaign_id = ?"
            " ORDER BY rowid", self._db, params=(int(campaign_id),))
        frame["control"] = frame["control"].astype(bool)
        frame["expiry_date"] = pd.to_datetime(frame["expiry_date"])
        return frame

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> CampaignStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
