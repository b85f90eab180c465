"""The import report: what was read, kept, set aside and why, in a shop owner's words."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


def _rows(n: int) -> str:
    return "row" if n == 1 else "rows"


@dataclass
class SetAside:
    """Rows left out for one reason, with a few examples (spreadsheet row, value)."""

    reason: str
    count: int
    examples: list[tuple[int, str]] = field(default_factory=list)

    def example_text(self) -> str:
        """The examples in words: 'row 6 "31/02/2024"; row 9' (empty without examples)."""
        return "; ".join(f"row {row}" + (f' "{value}"' if value else "") for row, value in self.examples)

    def text(self) -> str:
        line = f"  {self.count:,} {'row' if self.count == 1 else 'rows'}: {self.reason}"
        if self.examples:
            shown = "; ".join(f"row {row}" + (f' "{value}"' if value else "") for row, value in self.examples)
            line += f" (for example {shown})"
        return line


@dataclass
class ImportReport:
    """Facts about one import (to_text for people, to_dict for JSON)."""

    file: str = ""
    kind: str = "purchases"  # or "customers" for the optional customer-attributes file
    sheet: str | None = None
    other_sheets: list[str] = field(default_factory=list)
    header_row: int = 1
    encoding: str | None = None
    delimiter: str | None = None
    format_name: str | None = None
    amount_rule: str = ""
    mapping_lines: list[str] = field(default_factory=list)
    #: the columns read, as ``(field in words, column, how it was found)`` (ColumnMapping.uses)
    columns: list[tuple[str, str, str]] = field(default_factory=list)
    #: every column read for consent, as the report names it (consent_book.FileConsent.describe_columns)
    consent_columns: list[str] = field(default_factory=list)
    rows_read: int = 0
    rows_kept: int = 0
    blank_rows: int = 0
    set_aside: list[SetAside] = field(default_factory=list)
    return_rows: int = 0
    cancellation_rows: int = 0
    returns_amount: float = 0.0
    date_min: str | None = None
    date_max: str | None = None
    #: latest readable date of any row in the file, kept or set aside: the default reference date (definitions §2)
    latest_date: str | None = None
    customers: int = 0
    orders: int = 0
    customers_only_returns: int = 0
    revenue: float = 0.0
    date_order: str | None = None
    date_order_how: str = ""
    currency: str | None = None
    currency_how: str = ""
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rows_set_aside(self) -> int:
        return sum(item.count for item in self.set_aside)

    def set_aside_count(self, words: str) -> int:
        """Rows set aside for reasons containing ``words`` (for tests and summaries)."""
        return sum(item.count for item in self.set_aside if words in item.reason)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["rows_set_aside"] = self.rows_set_aside
        return data

    def to_text(self) -> str:
        lines = [f"Imported {self.file}" + (f', sheet "{self.sheet}"' if self.sheet else "")
                 + f" (header in row {self.header_row})"]
        if self.other_sheets:
            lines.append("Other sheets, not read: " + ", ".join(f'"{s}"' for s in self.other_sheets))
        if self.encoding:
            delim = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "bar"}.get(self.delimiter or "", "")
            lines.append(f"Text file: {self.encoding}, {delim}-separated")
        if self.format_name:
            lines.append(f"Recognised export: {self.format_name}")
        if self.amount_rule:
            lines.append(f"Amounts: {self.amount_rule}")
        lines.append("Columns used:")
        lines += [f"  {line}" for line in self.mapping_lines]
        lines.append(self.consent_line())
        lines.append(f"Rows read: {self.rows_read:,}")
        lines.append(f"Rows kept: {self.rows_kept:,}")
        if self.set_aside:
            lines.append(f"Rows set aside: {self.rows_set_aside:,}")
            lines += [item.text() for item in self.set_aside]
        if self.blank_rows:
            lines.append(f"Blank rows skipped: {self.blank_rows:,}")
        if self.kind == "customers":
            lines.append(f"Customers: {self.customers:,}")
        else:
            lines += self._purchase_lines()
        if self.currency and self.kind != "customers":
            lines.append(f"Currency: {self.currency} ({self.currency_how})")
        for note in self.notes:
            lines.append(f"Note: {note}")
        for warning in self.warnings:
            lines.append(f"Warning: {warning}")
        return "\n".join(lines)

    def sentences(self) -> list[str]:
        """The report as sentences (the window shows them above the tables of ``columns`` and
        ``set_aside``): what was read, what was kept, returns, dates, customers, warnings."""
        where = f"{self.file}" + (f", sheet “{self.sheet}”" if self.sheet else "")
        header = (f" (the column names are in row {self.header_row:,})" if self.header_row != 1 else "")
        out = [f"Clientele read {self.rows_read:,} {_rows(self.rows_read)} of {where}{header}."]
        if self.other_sheets:
            out.append("Other sheets were not read: " + ", ".join(f"“{s}”" for s in self.other_sheets) + ".")
        if self.format_name:
            out.append(f"It is a {self.format_name} export, recognised by its columns.")
        if self.encoding:
            delim = {"\t": "tabs", ",": "commas", ";": "semicolons", "|": "bars"}.get(self.delimiter or "", "")
            out.append(f"It is a text file ({self.encoding}){f', its columns separated by {delim}' if delim else ''}.")
        if self.rows_set_aside:
            out.append(f"{self.rows_kept:,} {_rows(self.rows_kept)} are used; {self.rows_set_aside:,} "
                       f"{'was' if self.rows_set_aside == 1 else 'were'} set aside, for the reasons in the table "
                       "below.")
        elif self.rows_read:
            out.append("Every row is used." if self.rows_kept == self.rows_read else f"{self.rows_kept:,} rows are used.")
        if self.blank_rows:
            out.append(f"{self.blank_rows:,} blank {_rows(self.blank_rows)} {'was' if self.blank_rows == 1 else 'were'} "
                       "skipped.")
        if self.kind == "customers":
            out.append(f"They describe {self.customers:,} {'customer' if self.customers == 1 else 'customers'}.")
        else:
            out += self._purchase_sentences()
        out.append(self.consent_line().replace("Consent: ", "Consent is read from ", 1)
                   if self.consent_columns else "No column says who agreed to e-mails (no consent or opt-out column).")
        out += self.notes
        return out

    def _purchase_sentences(self) -> list[str]:
        out = []
        if self.amount_rule:
            out.append(f"Each row is worth {self.amount_rule}.")
        if self.return_rows:
            on_c = f" ({self.cancellation_rows:,} on cancelled invoices)" if self.cancellation_rows else ""
            out.append(f"{self.return_rows:,} {_rows(self.return_rows)} {'is a return' if self.return_rows == 1 else 'are returns'} "
                       f"or cancellations{on_c}, together {self.returns_amount:,.2f}: they are taken off what "
                       "customers spent.")
        if self.date_min:
            out.append(f"The purchases run from {self.date_min} to {self.date_max}."
                       + (f" Dates are read {self.date_order_how}." if self.date_order_how else ""))
        money = f"{self.revenue:,.2f}" + (f" {self.currency}" if self.currency else "")
        out.append(f"{self.customers:,} {'customer' if self.customers == 1 else 'customers'} placed {self.orders:,} "
                   f"{'order' if self.orders == 1 else 'orders'}, worth {money} net of returns."
                   + (f" Money is in {self.currency} ({self.currency_how})." if self.currency and self.currency_how
                      else ""))
        if self.customers_only_returns:
            out.append(f"{self.customers_only_returns:,} of them have only returns, no purchase: they are counted "
                       "here but not segmented.")
        return out

    def consent_line(self) -> str:
        """Which columns say who may be mailed (definitions §6), or that none does."""
        if not self.consent_columns:
            return "Consent: no consent or opt-out column found in this file."
        line = "Consent: " + "; ".join(self.consent_columns)
        return line + (" (an opt-out in any of them wins)" if len(self.consent_columns) > 1 else "")

    def _purchase_lines(self) -> list[str]:
        rows = "row" if self.return_rows == 1 else "rows"
        lines = [f"Returns and cancellations: {self.return_rows:,} {rows}"
                 + (f" ({self.cancellation_rows:,} on cancelled invoices)" if self.cancellation_rows else "")
                 + f", together {self.returns_amount:,.2f}"]
        if self.date_min:
            lines.append(f"Dates: {self.date_min} to {self.date_max}")
        if self.date_order_how:
            lines.append(f"Date order: {self.date_order_how}")
        lines.append(f"Customers: {self.customers:,}; orders: {self.orders:,}; net revenue {self.revenue:,.2f}"
                     + (f" {self.currency}" if self.currency else ""))
        if self.customers_only_returns:
            lines.append(f"Customers with only returns (no purchase): {self.customers_only_returns:,}")
        return lines
