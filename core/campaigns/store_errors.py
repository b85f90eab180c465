"""The campaign store's failures in a shop owner's words (definitions §7): what went wrong, what to do.

SQLite's result codes (``sqlite3.Error.sqlite_errorname``), or the words of its message when
there is no code, pick one of the problems below; every one says what to do, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from core.errors import OutputError
from core.words import N_, Phrase

#: How long a store another Clientele is writing to is waited for before giving up, in seconds.
LOCK_WAIT_SECONDS = 5.0
#: What to do, per kind of failure (SQLite's primary result code names).
_DAMAGED = (N_("the campaign history file is damaged, or it is not a Clientele campaign history"),
            N_("Move the file away (Clientele then starts a new, empty history) or put back a copy from a backup."))
_PROBLEMS: dict[str, tuple[str, str]] = {
    "SQLITE_BUSY": (N_("the campaign history is in use by another Clientele (an export being recorded) or by "
                       "another program"), N_("Wait until the other export has finished, then try again.")),
    "SQLITE_READONLY": (N_("Clientele may not change the campaign history: the file or its folder is read-only"),
                        N_("Give yourself permission to change the file and its folder, or set "
                           "CLIENTELE_CAMPAIGN_STORE to a file you may write.")),
    "SQLITE_CORRUPT": _DAMAGED,
    "SQLITE_NOTADB": _DAMAGED,
    "SQLITE_FULL": (N_("the disk that holds the campaign history is full"),
                    N_("Free some space on that disk, then try again.")),
    "SQLITE_IOERR": (N_("the campaign history could not be read or written: the disk may be full or failing"),
                     N_("Free some space on that disk (or check it), then try again.")),
    "SQLITE_CANTOPEN": (N_("the campaign history cannot be opened"),
                        N_("Check that its folder exists and that you may write in it, or set "
                           "CLIENTELE_CAMPAIGN_STORE to another file.")),
}
_PROBLEMS["SQLITE_CONSTRAINT"] = (N_("a coupon code of this export was issued by another export at the same moment"),
                                  N_("Export again: new codes are drawn."))
_PROBLEMS["SQLITE_LOCKED"] = _PROBLEMS["SQLITE_BUSY"]
_PROBLEMS["SQLITE_PERM"] = _PROBLEMS["SQLITE_READONLY"]
_PROBLEMS["SQLITE_AUTH"] = _PROBLEMS["SQLITE_READONLY"]
#: Words of SQLite's messages, for errors that carry no result code.
_WORDS = (("locked", "SQLITE_BUSY"), ("readonly", "SQLITE_READONLY"), ("read-only", "SQLITE_READONLY"),
          ("malformed", "SQLITE_CORRUPT"), ("not a database", "SQLITE_NOTADB"), ("disk is full", "SQLITE_FULL"),
          ("i/o error", "SQLITE_IOERR"), ("unable to open", "SQLITE_CANTOPEN"))


def store_error(exc: BaseException, path: Path) -> OutputError:
    """A failure of the store in a shop owner's words (one of ``_PROBLEMS``), naming the file."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    primary = "_".join(name.split("_")[:2]) if name else ""
    if primary not in _PROBLEMS:
        text = str(exc).lower()
        primary = next((code for words, code in _WORDS if words in text), "")
    if isinstance(exc, OSError) and not primary:
        primary = "SQLITE_IOERR"
    message, what_to_do = _PROBLEMS.get(primary, (N_("the campaign history cannot be used"),
                                                  N_("Move the file away (Clientele then starts a new one) "
                                                     "or choose another.")))
    return OutputError(Phrase("{message} ({detail}).", message=Phrase(message), detail=str(exc)), what_to_do,
                       file=str(path))


def directory_error(path: Path) -> OutputError:
    return OutputError("the campaign history is a folder, not a file.",
                       "Move the folder away, or set CLIENTELE_CAMPAIGN_STORE to a file name.", file=str(path))


def newer_error(path: Path) -> OutputError:
    return OutputError("the campaign history was written by a newer version of Clientele.",
                       "Update Clientele to use it, or set CLIENTELE_CAMPAIGN_STORE to another file.",
                       file=str(path))
