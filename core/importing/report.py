"""The import report: what was read, kept, set aside and why, in a shop owner's words."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from core.schema import FIELD_WORDS
from core.words import N_, Phrase, Words, quoted_names

#: Why a row whose amount is in another currency than the one kept is set aside (cleaning.py).
OTHER_CURRENCY_REASON = N_("amount in another currency than {currency}, the one chosen")
#: Why totals rows with several different labels are set aside (one label: the reason names it).
TOTALS_REASON = N_("a totals row (a total or subtotal where the customer should be)")
#: Why a text file's row with more cells than its header has columns is set aside (text_files.py).
EXTRA_CELLS_REASON = N_("more cells than the header has columns (a separator in a cell without quotes, so "
                        "its values may sit under the wrong columns)")
#: Why a row that is the header line again is set aside (importer.py, table_shape.repeated_header_rows).
REPEATED_HEADER_REASON = N_("the header line again (files pasted one under the other, each with its header)")
#: The phrases other import modules write into the report (reasons, how a column or the date order
#: or the currency was found), as keys: shown in the report's language (core/words.Words.phrase).
REPORT_PHRASES = (
    N_("no customer id"), N_("no customer e-mail"), N_('a totals row ("{word}" where the customer should be)'),
    N_('a subtotal row ("{word}" where the product should be)'),
    TOTALS_REASON, EXTRA_CELLS_REASON, REPEATED_HEADER_REASON,
    N_("{who} longer than {limit} characters (a damaged cell)"),
    N_('date missing or unreadable (column "{column}")'), N_('amount missing or unreadable (column "{column}")'),
    N_("amount too large to be a purchase (above {limit})"),
    OTHER_CURRENCY_REASON,
    N_('cancelled order (Shopify "Cancelled at")'), N_('refunded or voided order (Shopify "Financial Status")'),
    N_('test order (Shopify "Payment Method" is the test gateway, Bogus)'),
    N_("cancelled, failed or refunded order ({label} status)"),
    N_('unpaid order (Shopify "Financial Status" expired)'), N_("unpaid order ({label} status pending payment)"),
    N_("as {name} exports it"), N_("a known export"), N_("recognised by its name"),
    N_("recognised by its content"), N_("your choice"), N_("recognised by its name; it holds each line's total"),
    N_("date cells"), N_("no ambiguous dates"),
    N_("day-first, settled from the data: {example} has a day above 12"),
    N_("month-first, settled from the data: {example} has a day above 12"),
    N_("amount column"), N_("quantity × unit price"), N_('"{column}" (opt-out: yes there means opted out)'),
    N_('from column "{column}"'), N_('from the symbols in "{source}"'), N_("chosen: the file mixes currencies"),
    N_('from the name of column "{source}"'),
    *FIELD_WORDS.values(),
    N_('"{column}"'),    # (last: a consent column's bare name, quoted as the language quotes)
)
_DELIMITERS = {"\t": N_("tab"), ",": N_("comma"), ";": N_("semicolon"), "|": N_("bar")}
_SEPARATED_BY = {"\t": N_("tabs"), ",": N_("commas"), ";": N_("semicolons"), "|": N_("bars")}


#: How the date order was found, said as a sentence of its own where "Dates are read …" does not fit.
_DATE_SENTENCES = {
    "date cells": N_(" The dates are the workbook's date cells, read as they are."),
    "no ambiguous dates": N_(" No date could be read both day-first and month-first."),
    "day and month are equal in every text date, so the order does not matter":
        N_(" Day and month are equal in every text date, so their order does not matter."),
}


def _phrase(words: Words, text: str) -> str:
    return words.phrase(text, REPORT_PHRASES)


@dataclass
class SetAside:
    """Rows left out for one reason, with a few examples (spreadsheet row, value)."""

    reason: str
    count: int
    examples: list[tuple[int, str]] = field(default_factory=list)

    def example_text(self, words: Words | None = None) -> str:
        """The examples in words: 'row 6 "31/02/2024"; row 9' (empty without examples)."""
        w = words or Words()
        return "; ".join(w.t("row {row}", row=row) + (f' "{value}"' if value else "") for row, value in self.examples)

    def reason_text(self, words: Words | None = None) -> str:
        """The reason in ``words``' language (as written without)."""
        return _phrase(words or Words(), self.reason)

    def text(self, words: Words | None = None) -> str:
        w = words or Words()
        line = "  " + w.n("{n} row: {reason}", "{n} rows: {reason}", self.count, reason=_phrase(w, self.reason))
        if self.examples:
            line += w.t(" (for example {shown})", shown=self.example_text(w))
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
    sms_consent_columns: list[str] = field(default_factory=list)   # (text messages only: definitions §6)
    rows_read: int = 0
    rows_kept: int = 0
    blank_rows: int = 0
    set_aside: list[SetAside] = field(default_factory=list)
    return_rows: int = 0
    cancellation_rows: int = 0
    returns_amount: float = 0.0
    date_min: str | None = None
    date_max: str | None = None
    #: the latest date of the kept rows (date_max): the default reference date (definitions §2)
    latest_date: str | None = None
    customers: int = 0
    orders: int = 0
    customers_only_returns: int = 0
    revenue: float = 0.0
    date_order: str | None = None
    date_order_how: str = ""
    currency: str | None = None
    currency_how: str = ""
    warnings: list[Phrase] = field(default_factory=list)
    notes: list[Phrase] = field(default_factory=list)

    @property
    def rows_set_aside(self) -> int:
        return sum(item.count for item in self.set_aside)

    @property
    def other_currency_rows(self) -> int:
        """Rows set aside because their amount was in another currency than the one kept."""
        start = OTHER_CURRENCY_REASON.partition("{")[0]
        return sum(item.count for item in self.set_aside if item.reason.startswith(start))

    def set_aside_count(self, words: str) -> int:
        """Rows set aside for reasons containing ``words`` (for tests and summaries)."""
        return sum(item.count for item in self.set_aside if words in item.reason)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["warnings"] = [str(warning) for warning in self.warnings]  # (in English)
        data["notes"] = [str(note) for note in self.notes]
        data["rows_set_aside"] = self.rows_set_aside
        return data

    def to_text(self, words: Words | None = None) -> str:
        """The report as the command line prints it, in ``words``' language (English without)."""
        w = words or Words()
        count = w.count
        lines = [w.t("Imported {file}", file=self.file) + (w.t(', sheet "{sheet}"', sheet=self.sheet) if self.sheet else "")
                 + w.t(" (header in row {row})", row=self.header_row)]
        if self.other_sheets:
            lines.append(w.t("Other sheets, not read: {sheets}", sheets=quoted_names(self.other_sheets)))
        if self.encoding:
            delim = _DELIMITERS.get(self.delimiter or "", "")
            lines.append(w.t("Text file: {encoding}, {delimiter}-separated", encoding=self.encoding,
                             delimiter=w.t(delim) if delim else ""))
        if self.format_name:
            lines.append(w.t("Recognised export: {name}", name=self.format_name))
        if self.amount_rule:
            lines.append(w.t("Amounts: {rule}", rule=_phrase(w, self.amount_rule)))
        lines.append(w.t("Columns used:"))
        if w.is_english:
            lines += [f"  {line}" for line in self.mapping_lines]
        else:
            lines += ["  " + w.t('{field}: "{column}" ({how})', field=_phrase(w, name), column=column,
                                 how=_phrase(w, how)) for name, column, how in self.columns]
        lines.append(self.consent_line(w))
        if self.sms_consent_columns:
            lines.append(w.t("Text-message consent: {columns} (for text messages only; e-mails follow the consent above)",
                             columns=self.sms_consent_names(w)))
        lines.append(w.t("Rows read: {count}", count=count(self.rows_read)))
        lines.append(w.t("Rows kept: {count}", count=count(self.rows_kept)))
        if self.set_aside:
            lines.append(w.t("Rows set aside: {count}", count=count(self.rows_set_aside)))
            lines += [item.text(w) for item in self.set_aside]
        if self.blank_rows:
            lines.append(w.t("Blank rows skipped: {count}", count=count(self.blank_rows)))
        if self.kind == "customers":
            lines.append(w.t("Customers: {count}", count=count(self.customers)))
        else:
            lines += self._purchase_lines(w)
        if self.currency and self.kind != "customers":
            lines.append(w.t("Currency: {currency} ({how})", currency=self.currency, how=_phrase(w, self.currency_how)))
        elif self.kind != "customers":
            lines.append(w.t("Currency: not named in the file (no currency column, sign or code): money is shown in "
                             "the shop's currency, which you can set (window: Offers, Your shop; command line: the "
                             "project file)."))
        for note in self.notes:
            lines.append(w.t("Note: {note}", note=w.say(note)))
        for warning in self.warnings:
            lines.append(w.t("Warning: {warning}", warning=w.say(warning)))
        return "\n".join(lines)

    def sentences(self, words: Words | None = None) -> list[str]:
        """The report as sentences (the window shows them above the tables of ``columns`` and
        ``set_aside``): what was read, what was kept, returns, dates, customers, warnings; in
        ``words``' language (English without)."""
        w = words or Words()
        where = f"{self.file}" + (w.t(", sheet “{sheet}”", sheet=self.sheet) if self.sheet else "")
        header = (w.t(" (the column names are in row {row})", row=w.count(self.header_row))
                  if self.header_row != 1 else "")
        out = [w.n("Clientele read {n} row of {where}{header}.", "Clientele read {n} rows of {where}{header}.",
                   self.rows_read, where=where, header=header)]
        if self.other_sheets:
            out.append(w.t("Other sheets were not read: {sheets}.", sheets=", ".join(f"“{s}”" for s in self.other_sheets)))
        if self.format_name:
            out.append(w.t("It is a {name} export, recognised by its columns.", name=self.format_name))
        if self.encoding:
            delim = _SEPARATED_BY.get(self.delimiter or "", "")
            out.append(w.t("It is a text file ({encoding}), its columns separated by {separator}.",
                           encoding=self.encoding, separator=w.t(delim)) if delim
                       else w.t("It is a text file ({encoding}).", encoding=self.encoding))
        if self.rows_set_aside:
            out.append(w.t("{used}; {set_aside}, for the reasons in the table below.",
                           used=w.n("{n} row are used", "{n} rows are used", self.rows_kept),
                           set_aside=w.n("{n} was set aside", "{n} were set aside", self.rows_set_aside)))
        elif self.rows_read:
            out.append(w.t("Every row is used.") if self.rows_kept == self.rows_read
                       else w.t("{count} rows are used.", count=w.count(self.rows_kept)))
        if self.blank_rows:
            out.append(w.n("{n} blank row was skipped.", "{n} blank rows were skipped.", self.blank_rows))
        if self.kind == "customers":
            out.append(w.n("They describe {n} customer.", "They describe {n} customers.", self.customers))
        else:
            out += self._purchase_sentences(w)
        if self.consent_columns:
            out.append(w.t("Consent is read from {columns}", columns=self.consent_names(w))
                       + (w.t(" (an opt-out in any of them wins)") if len(self.consent_columns) > 1 else ""))
        else:
            # ("in this file": the customers file, described on its own, may say it)
            out.append(w.t("No column of this file says who agreed to e-mails (no consent or opt-out column)."))
        out += [w.say(note) for note in self.notes]
        return out

    def _purchase_sentences(self, w: Words) -> list[str]:
        out = []
        if self.amount_rule == "amount column":
            out.append(w.t("Each row is worth the amount in its amount column."))
        elif self.amount_rule:
            out.append(w.t("Each row is worth {rule}.", rule=_phrase(w, self.amount_rule)))
        if self.return_rows:
            on_c = (w.t(" ({count} on cancelled invoices)", count=w.count(self.cancellation_rows))
                    if self.cancellation_rows else "")
            out.append(w.n("{n} row is a return or cancellation{on_cancelled}, worth {amount}: it is taken off what "
                           "customers spent.",
                           "{n} rows are returns or cancellations{on_cancelled}, together {amount}: they are taken "
                           "off what customers spent.", self.return_rows, on_cancelled=on_c,
                           amount=w.amount(self.returns_amount)))
        if self.date_min:
            how = self.date_order_how
            first, last = (dt.date.fromisoformat(day) for day in (self.date_min, self.date_max or self.date_min))
            out.append(w.t("The purchases run from {first} to {last}.", first=first, last=last)   # (as the language writes a day)
                       + (w.t(_DATE_SENTENCES[how]) if how in _DATE_SENTENCES
                          else w.t(" Dates are read {how}.", how=_phrase(w, how)) if how else ""))
        money = w.amount(self.revenue) + (f" {self.currency}" if self.currency else "")
        out.append(w.t("{customers} placed {orders}, worth {money} net of returns.",
                       customers=w.n("{n} customer", "{n} customers", self.customers),
                       orders=w.n("{n} order", "{n} orders", self.orders), money=money)
                   + (w.t(" Money is in {currency} ({how}).", currency=self.currency, how=_phrase(w, self.currency_how))
                      if self.currency and self.currency_how else ""))
        if self.customers_only_returns:
            out.append(w.t("{count} of them have only returns, no purchase: they are counted here but not segmented.",
                           count=w.count(self.customers_only_returns)))
        return out

    def column_uses(self, words: Words | None = None) -> list[tuple[str, str, str]]:
        """``columns`` in ``words``' language: (field, column, how it was found)."""
        w = words or Words()
        return [(_phrase(w, name), column, _phrase(w, how)) for name, column, how in self.columns]

    def consent_names(self, words: Words | None = None) -> str:
        """The consent columns read, as ``words``' language names them ('"Unsubscribed" (opt-out: …)')."""
        w = words or Words()
        return "; ".join(_phrase(w, c) for c in self.consent_columns)

    def sms_consent_names(self, words: Words | None = None) -> str:
        """The text-message consent columns read, named as consent_names names the others."""
        w = words or Words()
        return "; ".join(_phrase(w, c) for c in self.sms_consent_columns)

    def consent_line(self, words: Words | None = None) -> str:
        """Which columns say who may be mailed (definitions §6), or that none does."""
        w = words or Words()
        if not self.consent_columns:
            return w.t("Consent: no consent or opt-out column found in this file.")
        line = w.t("Consent: {columns}", columns=self.consent_names(w))
        return line + (w.t(" (an opt-out in any of them wins)") if len(self.consent_columns) > 1 else "")

    def _purchase_lines(self, w: Words) -> list[str]:
        count = w.count
        lines = [w.n("Returns and cancellations: {n} row", "Returns and cancellations: {n} rows", self.return_rows)
                 + (w.t(" ({count} on cancelled invoices)", count=count(self.cancellation_rows))
                    if self.cancellation_rows else "")
                 + w.t(", together {amount}", amount=w.amount(self.returns_amount))]
        if self.date_min:
            lines.append(w.t("Dates: {first} to {last}", first=self.date_min, last=self.date_max))
        if self.date_order_how:
            lines.append(w.t("Date order: {how}", how=_phrase(w, self.date_order_how)))
        lines.append(w.t("Customers: {customers}; orders: {orders}; net revenue {revenue}", customers=count(self.customers),
                         orders=count(self.orders), revenue=w.amount(self.revenue))
                     + (f" {self.currency}" if self.currency else ""))
        if self.customers_only_returns:
            lines.append(w.t("Customers with only returns (no purchase): {count}",
                             count=count(self.customers_only_returns)))
        return lines
