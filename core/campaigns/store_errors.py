"""The campaign store's failures in a shop owner's words (definitions §7): what went wrong, what to do.

SQLite's result codes (``sqlite3.Error.sqlite_errorname``), or the words of its message when
there is no code, pick one of the problems below; every one says what to do, never a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from core.errors import OutputError
from core.words import N_, Phrase

log = logging.getLogger(__name__)

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
          ("i/o error", "SQLITE_IOERR"), ("unable to open", "SQLITE_CANTOPEN"),
          # (a table or column taken away by hand: pandas' DatabaseError is an OSError, so without these
          # words it would read as a failing disk)
          ("no such table", "SQLITE_NOTADB"), ("no such column", "SQLITE_NOTADB"),
          # (a damaged page inside a text value: Python cannot decode what SQLite hands it)
          ("could not decode", "SQLITE_CORRUPT"))


def _primary(exc: BaseException) -> str:
    """SQLite's primary result code of a failure (``SQLITE_BUSY``…), from the error or its words; ""."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    primary = "_".join(name.split("_")[:2]) if name else ""
    if primary not in _PROBLEMS:
        text = str(exc).lower()
        primary = next((code for words, code in _WORDS if words in text), "")
    if isinstance(exc, OSError) and not primary:
        primary = "SQLITE_IOERR"
    return primary


def is_busy(exc: BaseException) -> bool:
    """Whether the store failed because another Clientele (or program) holds it: worth waiting for."""
    return _primary(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED")


def store_error(exc: BaseException, path: Path) -> OutputError:
    """A failure of the store in a shop owner's words (one of ``_PROBLEMS``), naming the file."""
    primary = _primary(exc)
    message, what_to_do = _PROBLEMS.get(primary, (N_("the campaign history cannot be used"), _DAMAGED[1]))
    # SQLite's own words are English and technical (and may quote the file's damaged data): they go to
    # the log, not to the owner, whose message says what went wrong and what to do in their language.
    log.warning("campaign history %s: %s (%s)", path, _detail(exc)[:300], primary or "no SQLite code")
    return OutputError(Phrase("{message}.", message=Phrase(message)), what_to_do, file=str(path))


def _detail(exc: BaseException) -> str:
    """SQLite's own words for a failure, without the query pandas puts before them ("Execution
    failed on sql 'SELECT …': database disk image is malformed")."""
    text = str(exc)
    if text.startswith("Execution failed on sql"):
        inner = exc.__cause__ or exc.__context__
        return str(inner) if inner is not None else text.rsplit(": ", 1)[-1]
    return text


def empty_error(path: Path) -> OutputError:
    """An existing campaign history of no bytes at all: emptied outside Clientele (a failed copy, a
    sync program), never by Clientele, which writes its tables when it makes the file."""
    message, what_to_do = _DAMAGED
    return OutputError(Phrase("{message} ({detail}).", message=Phrase(message), detail=Phrase("the file is empty")),
                       what_to_do, file=str(path))


#: A recorded value's name in the owner's words (its column in the store).
VALUE_NAMES = {"export_date": N_("export date"), "reference_date": N_("reference date"), "sent_date": N_("sent date"),
               "created_at": N_("time of recording"), "settings_json": N_("settings"),
               "window_days": N_("response window"), "control_seed": N_("control-group seed"),
               "control_share": N_("control-group share"), "expiry_date": N_("coupon expiry date")}


def damaged_value(path: Path, campaign: int, column: str, value: object) -> OutputError:
    """A value of campaign ``campaign`` that no Clientele writes (the file was changed by hand, or is
    damaged), naming the campaign, the value and what it should be."""
    return OutputError(
        Phrase("campaign {number} of the campaign history has {value} as its {name}, which Clientele never "
               "writes: the file was changed outside Clientele, or it is damaged.", number=int(campaign),
               value=repr(value.item() if hasattr(value, "item") else value), name=Phrase(VALUE_NAMES[column])),
        N_("Put back a copy from a backup, correct that value with the program that changed it, or move the file "
           "away (Clientele then starts a new, empty history)."), file=str(path))


def directory_error(path: Path) -> OutputError:
    return OutputError("the campaign history is a folder, not a file.",
                       "Move the folder away, or set CLIENTELE_CAMPAIGN_STORE to a file name.", file=str(path))


def newer_error(path: Path) -> OutputError:
    return OutputError("the campaign history was written by a newer version of Clientele.",
                       "Update Clientele to use it, or set CLIENTELE_CAMPAIGN_STORE to another file.",
                       file=str(path))


def foreign_error(path: Path) -> OutputError:
    """A SQLite file with tables of its own that Clientele never made (another program's database
    named as the history, or put in its place): nothing is written into it."""
    return OutputError(Phrase("{message} ({detail}).", message=Phrase(_DAMAGED[0]),
                              detail=Phrase("it holds another program's tables")),
                       N_("Set CLIENTELE_CAMPAIGN_STORE to another file, or move this one away (Clientele then starts "
                          "a new, empty history)."), file=str(path))
