"""Import a purchases file (or a customer-attributes file) into canonical tables with a report."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from core.contacts import email_key
from core.errors import InputError, SettingsError
from core.importing import shop_formats
from core.importing.amounts import parse_money
from core.importing.cleaning import STR, clean_transactions, normalise_text
from core.importing.consent import filled_opt_outs, row_consent
from core.importing.consent_book import (
    FileConsent,
    consent_columns,
    read_file_consent,
    unplaced_warning,
    with_contacts,
)
from core.importing.currencies import check_choice, currency_column, valid_code
from core.importing.dates import DAYFIRST, ISO_DATE_TEXT, MONTHFIRST, parse_dates
from core.importing.mapping import (
    ColumnMapping,
    check_required,
    column_list,
    detect_mapping,
    names_customers,
    settle_amount_column,
)
from core.importing.not_customers import placeholder_ids, without_placeholders
from core.importing.own_outputs import refuse_own_output
from core.importing.raw_table import RawTable, decimal_hint, never_raw, read_table
from core.importing.report import EXTRA_CELLS_REASON, REPEATED_HEADER_REASON, REPORT_PHRASES, ImportReport, SetAside
from core.importing.status_column import refund_rows_note
from core.importing.table_shape import repeated_header_rows, shorten
from core.input_files import TEXT_SUFFIXES
from core.progress import ProgressCallback, ensure, sub_progress
from core.schema import ATTRIBUTE_FIELDS, CUSTOMER_FILE_FIELDS, PURCHASE_FIELDS
from core.words import N_, Phrase, phrase_of

log = logging.getLogger(__name__)

_NUMERIC_ATTRIBUTES = ("email_opens", "email_clicks", "support_contacts")
_DATE_ATTRIBUTES = ("signup_date",)


@dataclass
class ImportOptions:
    """The user's import choices (JSON): sheet, 1-based header row, mapping overrides, date order,
    and the currency to keep when the amounts mix currencies (core/importing/currencies.py)."""

    sheet: str | None = None
    header_row: int | None = None
    mapping: dict[str, str | None] = field(default_factory=dict)  # field -> column; None: not used
    date_order: str | None = None
    currency: str | None = None  # ISO code such as "EUR"; None: stop when currencies are mixed

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> ImportOptions:
        data = data or {}
        header = data.get("header_row")
        order = data.get("date_order")
        if order not in (None, DAYFIRST, MONTHFIRST):
            raise SettingsError(Phrase('Date order "{order}" is not one of dayfirst, monthfirst.', order=order),
                                "Use dayfirst or monthfirst.")
        currency = data.get("currency")
        if currency is not None and valid_code(currency) is None:
            raise SettingsError(Phrase('Currency "{currency}" is not a three-letter currency code.',
                                       currency=currency),
                                "Use a code such as EUR, USD or GBP, or leave it out.")
        return cls(sheet=data.get("sheet"), header_row=int(header) if header is not None else None,
                   mapping=dict(data.get("mapping") or {}), date_order=order,
                   currency=valid_code(currency) if currency is not None else None)


@dataclass
class SourceInfo:
    """Where the data came from: file, sheet, the other sheets, header row, text encoding."""

    path: str
    sheet: str | None = None
    other_sheets: list[str] = field(default_factory=list)
    header_row: int = 1
    encoding: str | None = None
    delimiter: str | None = None
    columns: list[str] = field(default_factory=list)  # the file's own columns (for a mapping editor)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ImportResult:
    """Canonical transactions, the report, the mapping used, the options, the source, and the
    file's consent from every row and consent column (consent_book.FileConsent)."""

    transactions: pd.DataFrame
    report: ImportReport
    mapping: ColumnMapping
    options: ImportOptions
    source: SourceInfo
    consent: FileConsent

    @property
    def latest_date(self) -> pd.Timestamp | None:
        """The default reference date: the latest date of the kept rows (definitions §2); a row set
        aside (a sign-off line's date under the table, a row without customer) does not move it."""
        return pd.Timestamp(self.report.latest_date) if self.report.latest_date else None


@dataclass
class AttributesResult:
    """One row per customer id with the attribute columns found, plus report, mapping and the
    file's consent from every row (rows without a customer id too)."""

    attributes: pd.DataFrame
    report: ImportReport
    mapping: ColumnMapping
    options: ImportOptions
    source: SourceInfo
    consent: FileConsent


def _check_options(options: ImportOptions) -> None:
    if options.date_order not in (None, DAYFIRST, MONTHFIRST):
        raise InputError(Phrase('Date order "{order}" is not one of dayfirst, monthfirst.', order=options.date_order),
                         "Use --date-order dayfirst or --date-order monthfirst.")
    check_choice(options.currency)
    if options.header_row is not None and int(options.header_row) < 1:
        raise InputError("The header row must be 1 or more (as the spreadsheet numbers its rows).",
                         "Give the number of the row that holds the column names.")


def _source(raw: RawTable) -> SourceInfo:
    return SourceInfo(str(raw.path), raw.sheet, list(raw.other_sheets), raw.header_row,
                      raw.encoding, raw.delimiter, [str(c) for c in raw.frame.columns])


def _fill_report_source(report: ImportReport, raw: RawTable, mapping: ColumnMapping) -> None:
    report.file = raw.path.name
    report.sheet, report.other_sheets, report.header_row = raw.sheet, list(raw.other_sheets), raw.header_row
    report.encoding, report.delimiter = raw.encoding, raw.delimiter
    report.format_name, report.amount_rule = mapping.format_name, mapping.amount_rule
    if not mapping.amount_rule:
        report.amount_rule = ("amount column" if mapping.uses_amount_column()
                              else "quantity × unit price")
    report.mapping_lines = mapping.lines()
    report.columns = mapping.uses()
    report.warnings = list(raw.warnings) + report.warnings


#: Whole numbers as pyarrow's int64 reader takes them (it allows spaces around; parse_money strips them).
_WHOLE_NUMBER = r"\s*-?[0-9]{1,15}\s*"
#: The fields whose column the typed read may take as numbers, and as dates.
_NUMBER_FIELDS = frozenset({"quantity", "unit_price", "amount"})
#: The fields whose column the typed read takes as codes into its distinct texts (Arrow's dictionary
#: type, a categorical for pandas): the clean table holds them so (cleaning.kept_text), and a big
#: file's names, e-mails, countries and products are then never held as text a row at a time.
_TEXT_FIELDS = frozenset(ATTRIBUTE_FIELDS + PURCHASE_FIELDS) - {"consent"}
_TEXT_CODES = pa.dictionary(pa.int32(), pa.large_string())


class _TypedPlan:
    """The typed read of a CSV (text_files.read_text_table's ``plan``): on the file's first rows,
    read as text, the mapping is decided as import_purchases decides it (detect_mapping looks at
    no more rows than those), and the columns whose text is plainly typed are read typed: the date
    column when every date there is ISO ("2024-03-05", "2024-03-05 14:30:00"), as timestamps; an
    amount, quantity or unit-price column of whole numbers, as integers; a column of names,
    e-mails, products or other such text (_TEXT_FIELDS) as codes into its distinct values. Any doubt (a known
    export's own preparation, a column also used for consent or currency, an error): no plan."""

    def __init__(self, options: ImportOptions, name: str) -> None:
        self.options, self.name = options, name
        self.mapping: ColumnMapping | None = None

    def __call__(self, sample: pd.DataFrame, delimiter: str) -> dict[str, pa.DataType]:
        self.mapping = None
        fmt = shop_formats.detect_format(sample.columns)
        if fmt is not None and fmt.prepare is not None:
            return {}
        mapping = detect_mapping(sample, self.options.mapping, file=self.name, decimal_hint=decimal_hint(delimiter))
        check_required(mapping, list(sample.columns), self.name)
        fields_of: dict[str, set[str]] = {}
        for field_name, column in mapping.fields.items():
            fields_of.setdefault(column, set()).add(field_name)
        reserved = {c.name for c in consent_columns(sample.columns, mapping)} | {currency_column(sample)}
        types: dict[str, pa.DataType] = {}
        for column, names in fields_of.items():
            values = sample[column].dropna()
            if column in reserved or not len(values):
                continue
            if names == {"date"} and values.str.fullmatch(ISO_DATE_TEXT).all():
                types[column] = pa.timestamp("ns")
            elif names <= _NUMBER_FIELDS and values.str.fullmatch(_WHOLE_NUMBER).all():
                types[column] = pa.int64()
            elif names <= _TEXT_FIELDS:
                types[column] = _TEXT_CODES
        self.mapping = mapping
        return types


def _email_ids_note(mapping: ColumnMapping) -> list[Phrase]:
    """The report's note when the customer column holds e-mail addresses (mapping.emails_in_customer_column)."""
    if not mapping.emails_in_customer_column():
        return []
    return [Phrase('The customer column "{column}" holds e-mail addresses, so customers are told apart by their '
                   "address, in lower case and without spaces around it (Ann@Shop.com and ann@shop.com are one "
                   "customer).", column=mapping.fields["email"])]


def _names_note(mapping: ColumnMapping, frame: pd.DataFrame) -> list[Phrase]:
    """The report's note when the customers are told apart by their names (mapping.names_customers)."""
    if not names_customers(mapping, frame):
        return []
    return [Phrase('Customers are told apart by their names in "{column}": two customers with the same name count '
                   "as one, and a name written two ways counts as two customers. A column of customer numbers or "
                   "e-mail addresses tells them apart for sure.", column=mapping.fields["customer_id"])]


def _same_table(raw: RawTable, path: str | Path, options: ImportOptions) -> bool:
    """Whether ``raw`` is what reading ``path`` with ``options`` gives (same file, sheet, header row)."""
    return (raw.path.resolve() == Path(path).resolve() and options.sheet in (None, raw.sheet)
            and options.header_row in (None, raw.header_row))


@never_raw
def import_purchases(path: str | Path, options: ImportOptions | None = None,
                     progress: ProgressCallback | None = None, *, eager_xlsx: bool = False,
                     raw: RawTable | None = None) -> ImportResult:
    """Read, map and clean a purchases file. Raises InputError (or DateOrderNeeded) on bad input.

    ``eager_xlsx``: the window's way of reading a workbook sheet (read_table); same result.
    ``raw``: the table preview_file already read from this file (FilePreview.table), used instead of
    reading the file again when it is the same file, sheet and header row (it is not changed)."""
    options = options or ImportOptions()
    _check_options(options)
    progress = ensure(progress)
    refuse_own_output(Path(path))
    plan = _TypedPlan(options, Path(path).name) if Path(path).suffix.lower() in TEXT_SUFFIXES else None
    reused = raw is not None and _same_table(raw, path, options)
    if raw is not None and reused:
        progress(0.6, Phrase("{name} already read", name=raw.path.name))
    else:
        raw = read_table(path, options.sheet, options.header_row, sub_progress(progress, 0.0, 0.6),
                         eager_xlsx=eager_xlsx, plan=plan)
    name = raw.path.name
    if raw.frame.empty or raw.frame.isna().all(axis=None):
        raise InputError("The file has column names but no rows of purchases under them.",
                         "Export the purchases again (check the date range chosen in your shop).",
                         file=name)
    fmt = shop_formats.detect_format(raw.frame.columns)
    log.info("%s: %s", name, f"a {fmt.name} export" if fmt else "no known shop export; columns by name and content")
    prepared = shop_formats.prepare(fmt, raw.frame)
    if raw.typed and plan is not None and plan.mapping is not None:
        mapping = plan.mapping  # (decided on the same first rows as text: see _TypedPlan)
    else:
        mapping = detect_mapping(prepared.frame, options.mapping, file=name, decimal_hint=raw.decimal_hint)
    check_required(mapping, list(raw.frame.columns), name)
    names_note = _names_note(mapping, prepared.frame)
    amounts_note = settle_amount_column(mapping, prepared.frame, raw.decimal_hint)
    read = [mapping.fields[f] for f in ("customer_id", "email", "amount", "quantity", "unit_price", "order_id")
            if f in mapping.fields]
    again = repeated_header_rows(prepared.frame, mapping.fields["date"], read)
    if again.any():   # (first: such a row is no order, cancelled or not, whatever its cells say)
        prepared.set_aside = {REPEATED_HEADER_REASON: pd.Series(again, index=prepared.frame.index),
                              **prepared.set_aside}
    log.debug("%s: mapping %s", name, "; ".join(mapping.lines()))
    progress(0.62, N_("Cleaning rows…"))
    started = time.perf_counter()
    frame = prepared.frame
    if not reused:  # (read here: the cleaning frees each column once read, the table keeps the names)
        raw.frame = prepared.frame = pd.DataFrame(columns=raw.frame.columns)
    transactions, report, consent = clean_transactions(
        frame, mapping, first_data_row=raw.first_data_row, date_order=options.date_order,
        order_hint=fmt.date_order if fmt else None, file=name, decimal_hint=raw.decimal_hint,
        set_aside=prepared.set_aside, cell_errors=raw.cell_errors, currency=options.currency,
        typed=frozenset(raw.typed), release=not reused, extra_cells=raw.extra_cells,
        progress=sub_progress(progress, 0.62, 1.0))
    refunds = refund_rows_note(frame, mapping, transactions, raw.first_data_row) if fmt is None else None
    if refunds is not None:   # (a Type or Status column calling kept purchases refunds: status_column.py)
        report.warnings.append(refunds)
    del frame
    log.info("%s cleaned: %d of %d rows kept, %d set aside, in %.2f s", name, report.rows_kept, report.rows_read,
             report.rows_set_aside, time.perf_counter() - started)
    report.notes += prepared.notes + _email_ids_note(mapping) + names_note + ([amounts_note] if amounts_note else [])
    _fill_report_source(report, raw, mapping)
    if not len(transactions):
        if raw.uncalculated:
            raise InputError(
                Phrase("No row could be used: the workbook's formulas (for example in cell {cell}) were saved "
                       "without their results, so Clientele sees those cells as empty. (Files written by some "
                       "programs and scripts store only the formulas.)", cell=raw.uncalculated[0]),
                "Open the file in Excel or LibreOffice, save it, and import it again.", file=name)
        reasons = [Phrase("{count:,} {reason}", count=s.count, reason=phrase_of(s.reason, REPORT_PHRASES))
                   for s in report.set_aside]
        listed = Phrase("; ".join(f"{{reason{i}}}" for i in range(len(reasons))),
                        **{f"reason{i}": reason for i, reason in enumerate(reasons)})
        raise InputError(Phrase("No row could be used ({reasons}).", reasons=listed),
                         "Check that the right columns were chosen (command line: --map FIELD=COLUMN).",
                         file=name, remap="")
    return ImportResult(transactions, report, mapping, options, _source(raw), consent)


@never_raw
def import_customer_attributes(path: str | Path, options: ImportOptions | None = None,
                               progress: ProgressCallback | None = None, *, by_email: bool = False) -> AttributesResult:
    """Read the optional customers file: one row per customer id, the last non-empty value wins.
    ``by_email``: the purchases file names its customers by e-mail address (Shopify's orders export),
    so a customers file with an e-mail column is keyed by it too, even when it also has an id column
    (Shopify's customers export has both): keyed by its ids, none of its customers would meet a buyer."""
    options = options or ImportOptions()
    _check_options(options)
    progress = ensure(progress)
    raw = read_table(path, options.sheet, options.header_row, sub_progress(progress, 0.0, 0.7))
    name = raw.path.name
    frame = raw.frame.reset_index(drop=True)
    mapping = detect_mapping(frame, options.mapping, fields=CUSTOMER_FILE_FIELDS, file=name,
                             decimal_hint=raw.decimal_hint)
    if "customer_id" not in mapping.fields and "email" not in mapping.fields:
        shown = column_list(frame.columns)
        raise InputError(Phrase("The customers file has no customer number or e-mail column. The columns "
                                "are: {shown}.", shown=shown), "Name it (command line: --map customer_id=COLUMN).", file=name,
                         remap="customer_id")
    report = ImportReport(file=name, kind="customers")
    report.notes += _email_ids_note(mapping)
    _fill_report_source(report, raw, mapping)
    report.amount_rule = ""
    rows = raw.first_data_row + np.arange(len(frame))
    keyed_by_email = mapping.keyed_by_email() or (by_email and "email" in mapping.fields)
    id_col = mapping.fields["email"] if keyed_by_email else mapping.fields["customer_id"]
    ids = normalise_text(frame[id_col], ids=True)
    if keyed_by_email:
        ids = email_key(ids)
        if "customer_id" in mapping.fields:
            report.notes.append(Phrase('The purchases file names its customers by e-mail address, so this file\'s '
                                       'customers are matched by its e-mail column "{email}" (its "{id}" column is '
                                       'not used).', email=id_col, id=mapping.fields["customer_id"]))
    written = ids  # (as written: the examples of placeholders)
    named = ids.dropna()
    placeholders = named[placeholder_ids(named)]  # "-", "n/a", "#N/A": no id (not_customers.py)
    if len(placeholders):
        ids = ids.where(~ids.isin(placeholders.unique()))
    out = pd.DataFrame({"customer_id": ids})
    consent_cols = consent_columns(frame.columns, mapping)
    answers = row_consent(frame, consent_cols)
    report.warnings += filled_opt_outs(frame, consent_cols)
    if consent_cols:
        out["consent"] = answers
    for field_name, column in mapping.fields.items():
        if field_name in ("customer_id", "consent"):
            continue
        values = frame[column]
        if field_name in _NUMERIC_ATTRIBUTES:
            out[field_name] = parse_money(values, raw.decimal_hint)[0]
        elif field_name in _DATE_ATTRIBUTES:
            out[field_name] = parse_dates(values, options.date_order or DAYFIRST,
                                          first_row=raw.first_data_row, file=name, column=column).dates
        else:
            # (a placeholder cell, "n/a", gives way to the customer's own value from the purchases file)
            text = without_placeholders(normalise_text(values))
            out[field_name] = email_key(text) if field_name == "email" else text
    blank = frame.isna().all(axis=1).to_numpy()
    shifted = np.zeros(len(frame), dtype=bool)
    shifted[[i for i in raw.extra_cells if 0 <= i < len(frame)]] = True
    shifted &= ~blank
    no_id = out["customer_id"].isna().to_numpy() & ~blank & ~shifted
    report.rows_read = int((~blank).sum())
    report.blank_rows = int(blank.sum())
    if not report.rows_read:
        raise InputError("The customers file has no rows under its header.",
                         "Add the customers under the header, or import without a customers file.", file=name)
    if shifted.any():
        examples = [(int(rows[i]), shorten(raw.extra_cells[int(i)])) for i in np.flatnonzero(shifted)[:5]]
        report.set_aside.append(SetAside(EXTRA_CELLS_REASON, int(shifted.sum()), examples))
    if no_id.any():
        examples = [(int(rows[i]), "" if pd.isna(written.iloc[i]) else shorten(written.iloc[i]))
                    for i in np.flatnonzero(no_id)[:5]]
        report.set_aside.append(SetAside("no customer e-mail" if keyed_by_email else "no customer id",
                                         int(no_id.sum()), examples))
    row_emails = out["email"] if "email" in out else None  # (every row: rows without id count for consent)
    out = out[~blank & ~no_id & ~shifted]
    progress(0.85, N_("Merging customers…"))
    attributes = out.groupby("customer_id", sort=False).last().reset_index()
    for column in attributes.columns:
        if attributes[column].dtype == object:
            attributes[column] = attributes[column].astype(STR)
    consent = read_file_consent(answers, ids, emails=row_emails, file=name, columns=consent_cols)
    consent = with_contacts(consent, frame, mapping, ids, emails=row_emails,
                            phones=frame[mapping.fields["phone"]] if "phone" in mapping.fields else None)
    unplaced = unplaced_warning(consent, rows)
    if unplaced is not None:
        report.warnings.append(unplaced)
    if consent.has_info:  # a customer's answer from all their rows (an opt-out on any row wins)
        attributes["consent"] = consent.consent_of(attributes["customer_id"])
    report.consent_columns = consent.describe_columns()
    report.sms_consent_columns = consent.describe_sms_columns()
    report.rows_kept = len(out)
    report.customers = len(attributes)
    duplicates = len(out) - len(attributes)
    if duplicates:
        report.notes.append(Phrase.counted(
            "{n} row repeats a customer; the last non-empty value of each column was kept (for consent, an "
            "opt-out on any of the customer's rows wins).",
            "{n} rows repeat a customer; the last non-empty value of each column was kept (for consent, an "
            "opt-out on any of their rows wins).", duplicates))
    log.info("%s: customers file, %d customers from %d rows", name, len(attributes), len(out))
    progress(1.0, Phrase("Read {rows:,} customers", rows=len(attributes)))
    return AttributesResult(attributes, report, mapping, options, _source(raw), consent)
