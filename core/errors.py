"""The app's own error types: messages in a shop owner's words, never a traceback."""

from __future__ import annotations

import os

from core.words import Phrase, Words


class ClienteleError(Exception):
    """An error the user can act on.

    ``message`` says what is wrong in plain words; ``what_to_do`` says how to fix it. Each is
    an English text, or a :class:`~core.words.Phrase` (a key of core's words and its values) so
    that it can be written in the shop's language later: ``error.text(words)``. ``file``, ``row``
    (1-based, as the spreadsheet shows it) and ``column`` locate it when known. ``remap`` names the
    field whose column choice is the remedy ("amount"; "" for the column choice as a whole): the
    ``what_to_do`` then says how on the command line (``--map``), and the window says it its own way.
    ``str(error)`` gives the whole sentence in English for a log or a test; ``.message`` and
    ``.what_to_do`` are its English parts.
    """

    def __init__(
        self,
        message: str | Phrase,
        what_to_do: str | Phrase = "",
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        remap: str | None = None,
    ) -> None:
        self.phrase = message if isinstance(message, Phrase) else Phrase(message)
        self.advice = what_to_do if isinstance(what_to_do, Phrase) else Phrase(what_to_do)
        self.message = str(self.phrase)
        self.what_to_do = str(self.advice)
        super().__init__(self.message)
        self.file = file
        self.row = row
        self.column = column
        self.remap = remap

    def where(self, words: Words | None = None) -> str:
        """'file.xlsx, row 12, column "Date"' — the parts that are known (in ``words``' language)."""
        words = words or Words()
        parts = []
        if self.file:
            parts.append(str(self.file))
        if self.row is not None:
            parts.append(words.t("row {row}", row=self.row))
        if self.column:
            parts.append(words.t('column "{column}"', column=self.column))
        return ", ".join(parts)

    def text(self, words: Words, advice: str | None = None) -> str:
        """The whole sentence in ``words``' language: where, what is wrong, what to do (``advice``:
        said instead of the error's own, as the window does for ``remap``)."""
        where = self.where(words)
        message = words.say(self.phrase)
        text = words.t("{where}: {message}", where=where, message=message) if where else message
        advice = words.say(self.advice) if advice is None else advice
        return f"{text} {advice}" if advice else text

    def __str__(self) -> str:
        return self.text(Words())


class InputError(ClienteleError):
    """The file, a column or a value in it cannot be used as it is."""


class EndsBeforeWindow(InputError):
    """A campaign's newer file ends on or before the day the campaign was sent: it holds no purchase
    of the response window. ``latest``: its last day (a date)."""

    def __init__(self, message: str | Phrase, what_to_do: str | Phrase = "", *, latest: object = None,
                 file: str | None = None) -> None:
        super().__init__(message, what_to_do, file=file)
        self.latest = latest


class DateOrderNeeded(InputError):
    """Text dates such as 03/04/2024 could be day-first or month-first and nothing settles it."""

    def __init__(self, message: str | Phrase, what_to_do: str | Phrase = "", *, examples: list[str] | None = None,
                 file: str | None = None, row: int | None = None, column: str | None = None) -> None:
        super().__init__(message, what_to_do, file=file, row=row, column=column)
        self.examples = examples or []


class CurrencyNeeded(InputError):
    """The amount column mixes currencies ($, €, CHF…) and the owner has not chosen one to keep.

    ``currencies`` holds (ISO code, rows) for each currency found, most rows first."""

    def __init__(self, message: str | Phrase, what_to_do: str | Phrase = "", *,
                 currencies: list[tuple[str, int]] | None = None,
                 file: str | None = None, column: str | None = None) -> None:
        super().__init__(message, what_to_do, file=file, column=column)
        self.currencies = currencies or []


class SettingsError(ClienteleError):
    """A setting, project file or mapping holds a value that cannot be used."""


class EntryError(SettingsError):
    """A value the owner typed into one box of the window cannot be used.

    ``box`` names that box as the window labels it ("Money cut points", "Tier thresholds"), so the
    window shows the message under it and the message starts with it."""

    def __init__(self, box: str, message: str | Phrase, what_to_do: str | Phrase = "") -> None:
        super().__init__(message, what_to_do)
        self.box = box

    def text(self, words: Words, advice: str | None = None) -> str:
        return words.t("{where}: {message}", where=words.t(self.box), message=super().text(words, advice))


class OutputError(ClienteleError):
    """An output file cannot be written (no permission, disk full, it is the imported file...)."""


class Cancelled(Exception):
    """Raised by a progress callback when the user asked to stop; the step leaves nothing behind."""


def name_not_text(path: str | os.PathLike) -> str | None:
    """The path with the bytes of its name shown ("/media/caf\\xe9.csv") when its name holds bytes
    that are not text in any language (an old archive's Latin-1 name on a UTF-8 system: Python keeps
    them as lone surrogates, which no message, recorded name or other library can carry); None for
    a name that is text. The one test of a file name, for the files read and the files written."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return None
