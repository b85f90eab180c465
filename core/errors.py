"""The app's own error types: messages in a shop owner's words, never a traceback."""

from __future__ import annotations


class ClienteleError(Exception):
    """An error the user can act on.

    ``message`` says what is wrong in plain words; ``what_to_do`` says how to fix it.
    ``file``, ``row`` (1-based, as the spreadsheet shows it) and ``column`` locate it
    when known. ``str(error)`` gives the whole sentence for a dialog or the terminal.
    """

    def __init__(
        self,
        message: str,
        what_to_do: str = "",
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.what_to_do = what_to_do
        self.file = file
        self.row = row
        self.column = column

    def where(self) -> str:
        """'file.xlsx, row 12, column "Date"' — the parts that are known."""
        parts = []
        if self.file:
            parts.append(str(self.file))
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f'column "{self.column}"')
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        text = f"{where}: {self.message}" if where else self.message
        if self.what_to_do:
            text += f" {self.what_to_do}"
        return text


class InputError(ClienteleError):
    """The file, a column or a value in it cannot be used as it is."""


class DateOrderNeeded(InputError):
    """Text dates such as 03/04/2024 could be day-first or month-first and nothing settles it."""

    def __init__(self, message: str, what_to_do: str = "", *, examples: list[str] | None = None,
                 file: str | None = None, row: int | None = None, column: str | None = None) -> None:
        super().__init__(message, what_to_do, file=file, row=row, column=column)
        self.examples = examples or []


class CurrencyNeeded(InputError):
    """The amount column mixes currencies ($, €, CHF…) and the owner has not chosen one to keep.

    ``currencies`` holds (ISO code, rows) for each currency found, most rows first."""

    def __init__(self, message: str, what_to_do: str = "", *, currencies: list[tuple[str, int]] | None = None,
                 file: str | None = None, column: str | None = None) -> None:
        super().__init__(message, what_to_do, file=file, column=column)
        self.currencies = currencies or []


class SettingsError(ClienteleError):
    """A setting, project file or mapping holds a value that cannot be used."""


class EntryError(SettingsError):
    """A value the owner typed into one box of the window cannot be used.

    ``box`` names that box as the window labels it ("Money cut points", "Tier thresholds"), so the
    window shows the message under it and the message starts with it."""

    def __init__(self, box: str, message: str, what_to_do: str = "") -> None:
        super().__init__(message, what_to_do)
        self.box = box

    def __str__(self) -> str:
        return f"{self.box}: {super().__str__()}"


class OutputError(ClienteleError):
    """An output file cannot be written (no permission, disk full, it is the imported file...)."""


class Cancelled(Exception):
    """Raised by a progress callback when the user asked to stop; the step leaves nothing behind."""
