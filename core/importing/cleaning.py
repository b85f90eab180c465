"""Raw table + mapping -> canonical transactions (docs/architecture.md) and the import report."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.arrow_columns import argsort_text, arrow_data, text_at
from core.contacts import clean_ids, email_key
from core.distinct import categorical, present_values, used_codes
from core.errors import InputError
from core.importing.amounts import parse_money
from core.importing.consent import filled_opt_outs, row_consent
from core.importing.consent_book import (
    FileConsent,
    consent_columns,
    read_file_consent,
    unplaced_warning,
    with_contacts,
)
from core.importing.currencies import currency_columns, report_currency, row_currencies, settle
from core.importing.dates import iso_dates, parse_dates
from core.importing.mapping import ColumnMapping
from core.importing.not_customers import (
    placeholder_ids,
    product_totals,
    totals_candidates,
    totals_labels,
    totals_word_at_an_end,
)
from core.importing.repeats import repeated_rows, repeats_note
from core.importing.report import EXTRA_CELLS_REASON, OTHER_CURRENCY_REASON, TOTALS_REASON, ImportReport, SetAside
from core.importing.table_shape import cell_text, shorten
from core.progress import ProgressCallback, ensure
from core.schema import ATTRIBUTE_FIELDS, MAX_AMOUNT, PURCHASE_FIELDS, TX_REQUIRED_COLUMNS
from core.words import N_, Phrase

STR = pd.StringDtype(na_value=np.nan)
_EXAMPLES = 5
#: Longest customer id or e-mail kept; longer ones are damaged cells, not customers.
MAX_ID = 256
#: A file "has order ids" for the totals rule (core/importing/not_customers.py) when at least this
#: share of its other rows hold one: a customer cell that begins or ends with a totals word ("Totals
#: for the year") is then a totals row where its own order id is empty.
ORDER_IDS_FILLED = 0.9
#: Excel's limit for one cell: longer text is cut so every export opens without repairs.
MAX_TEXT = 32_767


class _Text:
    """A text column as codes into its distinct cleaned values (code -1: NA, for blank cells too).

    Kept this way through the cleaning so that the codes serve the set-aside checks, the return
    flags and the report's counts, and only the kept rows are ever built as text (in Arrow)."""

    def __init__(self, codes: np.ndarray, values: pd.Series, index) -> None:
        self.codes, self.values, self.index = codes, values, index

    @classmethod
    def from_factorized(cls, codes: np.ndarray, uniques: pd.Series, index, distinct: bool = False) -> _Text:
        """From codes into ``uniques`` (STR; may repeat values or hold NA): distinct values only.
        ``distinct``: the caller knows that ``uniques`` holds no NA and no value twice."""
        if distinct:
            return cls(codes, uniques.reset_index(drop=True), index)
        inner, values = pd.factorize(uniques, use_na_sentinel=True)
        lookup = np.append(inner, -1).astype(np.int64)  # code -1 (NA) maps to the last entry
        return cls(lookup[codes], pd.Series(values, dtype=STR), index)

    def map_values(self, transform) -> _Text:
        """``transform`` (Series -> Series) applied to the distinct values, as to the whole column."""
        return _Text.from_factorized(self.codes, transform(self.values), self.index)

    def flags(self, per_value: np.ndarray) -> np.ndarray:
        """Per row, ``per_value`` of the row's value (False for NA)."""
        per_value = np.append(np.asarray(per_value, dtype=bool), False)
        return per_value[self.codes]

    def categories(self, rows: np.ndarray | None = None, index=None) -> pd.Series:
        """The column (all rows, or the row positions ``rows``) as a categorical of its text:
        repeated text is held once (kept_text)."""
        codes = self.codes if rows is None else self.codes[rows]
        if index is None:
            index = self.index if rows is None else pd.RangeIndex(len(codes))
        return kept_text(codes, self.values, index)

    def text(self, rows: np.ndarray | None = None, index=None) -> pd.Series:
        """The column as STR text (all rows, or the row positions ``rows``), built in Arrow."""
        codes = self.codes if rows is None else self.codes[rows]
        if index is None:
            index = self.index if rows is None else pd.RangeIndex(len(codes))
        if len(self.values) == 0:
            return pd.Series(np.nan, index=index, dtype=STR)
        values = arrow_data(self.values)
        if values is None:
            values = pa.array(self.values.to_numpy(dtype=object), type=pa.string(), from_pandas=True)
        return text_at(values, codes, index)


#: A number a spreadsheet program wrote in its short scientific form ("1.23457E+15", "1,23457E+15"):
#: its last digits are gone, so different ids may now read alike.
_SHORTENED = r"^[0-9][.,][0-9]+[Ee]\+[0-9]+$"


def _shortened_numbers(report: ImportReport, text: _Text, column: str, rows: np.ndarray) -> None:
    """Warn when ids of ``column`` are numbers a spreadsheet shortened to "1.23457E+15" (definitions §1)."""
    values = text.values
    if not len(values):
        return
    data = arrow_data(values)   # (RE2 over the distinct ids, without Python strings: millions at 10M rows)
    if data is not None:
        if not pc.any(pc.match_substring(data, "+")).as_py():
            return
        short = pc.fill_null(pc.match_substring_regex(data, _SHORTENED), False).to_numpy(zero_copy_only=False)
    else:
        short = values.astype("str").str.fullmatch(_SHORTENED).fillna(False).to_numpy(dtype=bool)
    if not short.any():
        return
    where = text.flags(short)
    first = int(np.flatnonzero(where)[0])
    report.warnings.append(Phrase.counted(
        '{n} value in column "{column}" is a number a spreadsheet program shortened ("{example}", row {row}): '
        "its last digits are gone, so it may now read like another one. Export the file again and do not open it "
        "in Excel before importing (or set that column to text before saving).",
        '{n} values in column "{column}" are numbers a spreadsheet program shortened ("{example}", first in row '
        "{row}): their last digits are gone, so different ones may now read alike and count as one. Export the "
        "file again and do not open it in Excel before importing (or set that column to text before saving).",
        int(where.sum()), column=shorten(column), example=str(values.iloc[int(text.codes[first])]),
        row=int(rows[first])))


def normalise_text(values: pd.Series, ids: bool = False) -> pd.Series:
    """Trimmed text, empty -> NA; with ``ids`` Excel floats like 12346.0 become "12346"."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return values.dt.strftime("%Y-%m-%d").astype(STR)
    return _encode_text(values, ids).text()


def _encode_text(values: pd.Series, ids: bool = False) -> _Text:
    """normalise_text(values, ids) as codes into distinct values (one factorization of the column)."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        codes, uniques = pd.factorize(normalise_text(values), use_na_sentinel=True)
        return _Text.from_factorized(codes, pd.Series(uniques, dtype=STR), values.index)
    if pd.api.types.is_float_dtype(values.dtype):
        whole = values.dropna()
        if (whole % 1 == 0).all() and (whole.abs() < 2**53).all():
            values = values.astype("Int64")
    if isinstance(values.dtype, pd.CategoricalDtype):  # (a column the typed read took as codes)
        codes, uniques = used_codes(values)
    else:
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
    u = pd.Series(uniques)
    # Distinct strings, numbers or whole numbers stay distinct as text (objects may not: 1.0 and "1").
    injective = u.dtype != object and (pd.api.types.is_string_dtype(u.dtype) or pd.api.types.is_numeric_dtype(u.dtype))
    if u.dtype == object:
        u = u.map(cell_text)
    before = u.astype(STR)
    if ids:
        u = clean_ids(before)
    else:
        u = before.str.strip()
        u = u.where(u != "")
    # Cleaning changed no value (the usual case): the values are still distinct, no second factorize.
    unchanged = injective and bool(u.notna().all()) and bool((u == before).all())
    return _Text.from_factorized(codes, u, values.index, distinct=unchanged)


def kept_text(codes: np.ndarray, values: pd.Series, index) -> pd.Series:
    """The clean table's text column (docs/architecture.md, the transactions): ``codes`` (-1: NA) into the
    distinct ``values`` (STR, no NA) as a categorical whose categories are the values used, in
    code-point order (so that sorting the column sorts as its text would). Each distinct text is
    held once: a ten-million-row file's names, e-mails, countries and products take a few bytes a
    row instead of their text."""
    values = values.reset_index(drop=True)
    present = present_values(codes, len(values))
    order = present[argsort_text(values.iloc[present])] if len(present) else present
    rank = np.full(len(values) + 1, -1, dtype=np.int64)   # (code -1, NA, stays -1: the last entry)
    rank[order] = np.arange(len(order))
    categories = pd.Index(values.iloc[order].astype(STR).array)
    return pd.Series(categorical(rank[codes], categories), index=index)


def _examples(mask: np.ndarray, rows: np.ndarray, values: pd.Series | _Text | dict[int, str] | None,
              errors: dict[int, str] | None = None) -> list[tuple[int, str]]:
    """(spreadsheet row, cell as text) for the first rows in ``mask``; Excel error cells as "#N/A".
    ``values``: the column, or a text column as codes (its rows' texts are looked up, none built),
    or the texts of some rows by position."""
    idx = np.flatnonzero(mask)[:_EXAMPLES]
    out = []
    for i in idx:
        value: object = None
        if isinstance(values, _Text):
            code = int(values.codes[i])
            value = values.values.iloc[code] if code >= 0 else None
        elif isinstance(values, dict):
            value = values.get(int(i))
        elif values is not None:
            value = values.iloc[i]
        text = "" if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)) \
            else shorten(value)
        if not text and errors:
            text = errors.get(int(i), "")
        out.append((int(rows[i]), text))
    return out


def _return_flags(order: _Text | None, amount: pd.Series, qty: pd.Series | None) -> tuple[np.ndarray, np.ndarray]:
    """definitions §1: negative amount or quantity, or a 'C' order id in an otherwise numeric column."""
    negative = (amount < 0).to_numpy().copy()
    if qty is not None:
        negative |= (qty < 0).to_numpy()
    cancelled = np.zeros(len(amount), dtype=bool)
    if order is not None and len(order.values):
        u = order.values  # the distinct order ids
        starts_c = u.str.match(r"^[Cc]\d")
        rest = u[~starts_c]
        if len(rest) and rest.str.fullmatch(r"\d+").mean() >= 0.95 and starts_c.any():
            cancelled = order.flags(starts_c.to_numpy(dtype=bool))
    return negative | cancelled, cancelled


def clean_transactions(frame: pd.DataFrame, mapping: ColumnMapping, *, first_data_row: int = 2,
                       date_order: str | None = None, order_hint: str | None = None,
                       file: str | None = None, decimal_hint: str | None = None,
                       set_aside: dict[str, pd.Series] | None = None,
                       cell_errors: dict[str, dict[int, str]] | None = None, currency: str | None = None,
                       typed: frozenset[str] = frozenset(), release: bool = False,
                       extra_cells: dict[int, str] | None = None,
                       progress: ProgressCallback | None = None) -> tuple[pd.DataFrame, ImportReport, FileConsent]:
    """Build the canonical transactions frame (kept rows, file order), the report, and the file's
    consent from every row (rows set aside too) and every consent column (consent_book.py);
    ``currency``: the one to keep when the amounts mix currencies (core/importing/currencies.py);
    ``typed``: columns of a CSV the reader took typed (raw_table.RawTable.typed): the date column
    there holds ISO date-times, read as parse_dates reads their text; ``release``: the caller gives
    ``frame`` up, and each of its columns is deleted from it once read for the last time, so that a
    big file's text and the clean table are not held together whole (the caller's frame is left
    without those columns); ``extra_cells``: the rows of a text file with more cells than its header
    has columns (frame position -> the row as written, text_files.TextRead.extra_cells), set aside first."""
    progress = ensure(progress)
    report = ImportReport(file=file or "")
    col = mapping.fields.get
    errors = cell_errors or {}
    if not release:
        frame = frame.reset_index(drop=True)
    elif not frame.index.equals(pd.RangeIndex(len(frame))):
        frame.reset_index(drop=True, inplace=True)
    rows = first_data_row + np.arange(len(frame), dtype="int64")
    blank = frame.isna().all(axis=1).to_numpy()
    columns = list(frame.columns)  # (with ``release`` the frame loses its columns as they are read)
    consent_cols = consent_columns(frame.columns, mapping)
    spent = _Reads(frame, mapping, consent_cols, release)
    report.blank_rows = int(blank.sum())
    report.rows_read = int(len(frame) - report.blank_rows)
    # (check_required: a date column, and a customer id or e-mail column, are mapped)
    date_column = mapping.fields["date"]
    customer_column = mapping.fields.get("customer_id") or mapping.fields["email"]
    progress(0.05, N_("Reading customers…"))
    if col("customer_id"):
        customer = _encode_text(frame[customer_column], ids=True)
    else:
        customer = _encode_text(frame[customer_column]).map_values(email_key)
    spent(customer_column)
    written = customer  # (as written: the examples of placeholders)
    placeholder = placeholder_ids(customer.values)
    if placeholder.any():  # "-", "n/a", "#N/A", "null": no id (not_customers.py)
        customer = customer.map_values(lambda u, named=~placeholder: u.where(named))
    order_column = mapping.fields.get("order_id")
    order = _encode_text(frame[order_column], ids=True) if order_column else None
    for text, source in ((customer, customer_column), (order, order_column)):
        if text is not None and source is not None:
            _shortened_numbers(report, text, source, rows)
    if order_column:
        spent(order_column)
    progress(0.2, N_("Reading dates…"))
    if date_column in typed:
        parsed = iso_dates(frame[date_column])
    else:
        parsed = parse_dates(frame[date_column], date_order, first_row=first_data_row,
                             column=date_column, file=file, order_hint=order_hint)
    report.date_order, report.date_order_how = parsed.order, parsed.how
    report.warnings.extend(parsed.notes)   # (Excel's swapped date cells, read back: dates.py)
    progress(0.45, N_("Reading amounts…"))
    qty = price = None
    if "quantity" in mapping.fields:
        qty, qty_bad, _ = parse_money(frame[col("quantity")], decimal_hint)
    if "unit_price" in mapping.fields:
        price, price_bad, _ = parse_money(frame[col("unit_price")], decimal_hint)
    if mapping.uses_amount_column():
        amount_source = mapping.fields["amount"]
        amount, amount_bad, _ = parse_money(frame[amount_source], decimal_hint)
    else:
        assert qty is not None and price is not None  # check_required: both are mapped
        amount = qty * price
        amount_bad = qty_bad | price_bad
        amount_source = mapping.fields["unit_price"]
    no_amount = amount.isna().to_numpy() | amount_bad.to_numpy()
    huge = (amount.abs() > MAX_AMOUNT).to_numpy()  # also quantity × price overflowing to infinity
    progress(0.6, N_("Checking rows…"))
    keep = ~blank
    if extra_cells:
        shifted = np.zeros(len(keep), dtype=bool)
        shifted[[i for i in extra_cells if 0 <= i < len(shifted)]] = True
        _aside(report, EXTRA_CELLS_REASON, keep & shifted, rows, extra_cells)
        keep &= ~shifted
    for reason, mask in (set_aside or {}).items():
        _aside(report, reason, keep & mask.to_numpy(dtype=bool), rows, None)
        keep &= ~mask.to_numpy(dtype=bool)
    no_id = customer.codes < 0
    who = "customer id" if col("customer_id") else "customer e-mail"
    _aside(report, f"no {who}", keep & no_id, rows, written if placeholder.any() else None,
           errors.get(customer_column))
    keep &= ~no_id
    # a sheet's totals row ("TOTAL", "Summe März", "C001 Total" in the customer column, a date beside
    # it) is no customer (not_customers.py)
    candidates = totals_candidates(customer.values)   # (once for both rules)
    totals = customer.flags(totals_labels(customer.values, columns, candidates)) & keep
    edge = customer.flags(totals_word_at_an_end(customer.values, candidates)) & keep if order is not None else None
    if edge is not None and order is not None and edge.any():
        has_order = order.codes >= 0
        others = ~blank & ~edge
        if others.any() and has_order[others].mean() >= ORDER_IDS_FILLED:
            totals |= edge & ~has_order
    if totals.any():
        labels = np.unique(customer.codes[totals])
        word = str(customer.values.iloc[labels[0]])
        _aside(report, f'a totals row ("{word}" where the customer should be)' if len(labels) == 1 else
               TOTALS_REASON, totals, rows, customer)
        keep &= ~totals
    product_column = mapping.fields.get("product")
    if product_column in frame.columns:   # ("Zwischensumme" where the product should be: not_customers.py)
        product = _encode_text(frame[product_column])   # (once per distinct product)
        subtotals = product.flags(product_totals(product.values)) & keep
        if subtotals.any():
            word = str(product.values.iloc[product.codes[np.flatnonzero(subtotals)[0]]])
            _aside(report, f'a subtotal row ("{word}" where the product should be)', subtotals, rows, product)
            keep &= ~subtotals
    too_long = customer.flags((customer.values.str.len() > MAX_ID).to_numpy(dtype=bool))
    _aside(report, f"{who} longer than {MAX_ID} characters (a damaged cell)", keep & too_long, rows,
           customer.text() if (keep & too_long).any() else None)
    keep &= ~too_long
    bad_date = parsed.dates.isna().to_numpy()
    _aside(report, f'date missing or unreadable (column "{date_column}")', keep & bad_date, rows,
           frame[date_column], errors.get(date_column))
    if bad_date[~blank].all() and (~blank).any():
        sample = [shorten(v) for v in frame[date_column].dropna().head(3).tolist()] or \
            list(errors.get(date_column, {}).values())[:3]
        raise InputError(
            Phrase('None of the dates in column "{column}" could be read (for example {examples}).',
                   column=date_column, examples=", ".join(repr(s) for s in sample)) if sample else
            Phrase('None of the dates in column "{column}" could be read (it is empty).', column=date_column),
            "Check that this is the date column (command line: --map date=COLUMN) and that dates "
            "look like 2024-03-05, 05/03/2024 or 5 Mar 2024.", file=file, column=date_column, remap="date")
    spent(date_column)
    keep &= ~bad_date
    _aside(report, f'amount missing or unreadable (column "{amount_source}")', keep & no_amount, rows,
           frame[amount_source] if amount_source in frame else None, errors.get(amount_source))
    if keep.any() and not (keep & ~no_amount).any():
        _no_amounts(frame, mapping, keep, errors, file)
    keep &= ~no_amount
    _aside(report, f"amount too large to be a purchase (above {MAX_AMOUNT:,.0f})", keep & huge, rows,
           amount)
    keep &= ~huge
    kept_currency, elsewhere = settle(row_currencies(frame, mapping), keep, currency, file)
    if elsewhere is not None:
        _aside(report, OTHER_CURRENCY_REASON.format(currency=kept_currency), elsewhere, rows,
               frame[amount_source] if amount_source in frame else None)
        keep &= ~elsewhere
    # (the latest date, the default reference date, is the kept rows': _summarise)
    report.warnings += _after_today(parsed.dates.to_numpy(), keep, rows)
    report_currency(report, frame, mapping)
    spent(*[c for c in (col("quantity"), col("unit_price"), col("amount")) if c], *currency_columns(frame.columns))
    answers = row_consent(frame, consent_cols)  # every row: one answer over every consent column
    report.warnings += filled_opt_outs(frame, consent_cols)
    spent(*[c.name for c in consent_cols])
    consent = FileConsent(file or "", consent_cols)
    if consent_cols or col("email"):  # (the addresses matter when the other file has consent)
        # (the customer codes as they are: the consent reading factorizes them without building text)
        ids = pd.Series(categorical(customer.codes, pd.Index(customer.values)))
        emails = None if not col("email") else frame[col("email")] if col("customer_id") else ids
        consent = read_file_consent(answers, ids, emails=emails, dates=parsed.dates, file=file or "",
                                    columns=consent_cols)
        unplaced = unplaced_warning(consent, rows)
        if unplaced is not None:
            report.warnings.append(unplaced)
        del ids, emails
    # (text-message consent; every number of an opted-out customer: nothing to do without either)
    consent = with_contacts(consent, frame, mapping, pd.Series(categorical(customer.codes, pd.Index(customer.values))),
                            parsed.dates, emails=frame[col("email")] if col("email") and col("customer_id") else None,
                            phones=frame[col("phone")] if col("phone") else None)
    email_column = mapping.fields.get("email")
    if email_column and col("customer_id"):
        spent(email_column)  # (the consent's addresses)
    progress(0.75, N_("Building the table…"))
    # The kept rows' positions, once; every column is taken with them (None: every row is kept).
    take = None if keep.all() else np.flatnonzero(keep)
    index = pd.RangeIndex(int(keep.sum()))

    # The text columns first: each becomes a categorical (a few bytes a row) and its raw column is
    # let go, so that a big file's raw text is gone before the table's other columns are built.
    texts: dict[str, pd.Series] = {}
    for name in ATTRIBUTE_FIELDS + PURCHASE_FIELDS:
        source = consent_cols[0].name if name == "consent" and consent_cols else col(name)
        if source is None:
            continue
        text = _encode_text(answers if name == "consent" else frame[source])
        long_value = (text.values.str.len() > MAX_TEXT).to_numpy(dtype=bool)
        if long_value.any():
            long_text = text.flags(long_value)
            text = text.map_values(lambda u, short=~long_value: u.where(short, u.str.slice(0, MAX_TEXT)))
            row = int(rows[np.flatnonzero(long_text)[0]])
            report.warnings.append(Phrase.counted(
                '{n} cell in column "{column}" held more than {limit:,} characters (row {row}); it was cut '
                "to that length, the most a spreadsheet cell can hold.",
                '{n} cells in column "{column}" held more than {limit:,} characters (first in row {row}); '
                "they were cut to that length, the most a spreadsheet cell can hold.",
                int(long_text.sum()), column=shorten(source), limit=MAX_TEXT, row=row))
        if name == "email":
            text = text.map_values(email_key)
        texts[name] = text.categories(take, index)
        if name != "consent":
            spent(source)

    is_return, cancelled = _return_flags(order, amount, qty)
    # a cancelled invoice's row written with a positive amount cancels a purchase: it is taken off,
    # as the till's other cancellations are (definitions §1, Returns), and the report says so
    unsigned = cancelled & (amount > 0).to_numpy() & keep
    if unsigned.any():
        amount = amount.where(~unsigned, -amount)
        report.warnings.append(Phrase.counted(
            "{n} row on a cancelled invoice (its number starts with C, first in row {row}) has a positive amount: "
            "it is taken off what the customer spent, as a cancellation.",
            "{n} rows on cancelled invoices (their numbers start with C, first in row {row}) have positive amounts: "
            "they are taken off what the customers spent, as cancellations.",
            int(unsigned.sum()), row=int(rows[np.flatnonzero(unsigned)[0]])))

    def kept(values):
        if isinstance(values, _Text):
            return values.text(take, index)
        if isinstance(values, np.ndarray):
            return values if take is None else values[take]
        return (values if take is None else values.iloc[take]).set_axis(index)

    no_order = np.full(len(index), -1, dtype=np.int64)
    # (each full-length column is let go as soon as its kept rows are taken, and the frame takes
    # the columns as they are, not copied into blocks: a big file's columns are not held twice)
    dates = kept(parsed.dates).astype("datetime64[ns]")
    del parsed
    amounts = kept(amount).astype("float64")
    del amount
    out = pd.DataFrame({
        "customer_id": kept(customer),
        "date": dates,
        "amount": amounts,
        "order_id": kept(order) if order is not None else pd.Series(np.nan, index=index, dtype=STR),
        "is_return": kept(is_return),
        "source_row": kept(rows),
    }, copy=False)
    del dates, amounts, is_return
    if qty is not None:
        out["quantity"] = kept(qty).astype("float64")
        del qty
    if price is not None:
        out["unit_price"] = kept(price).astype("float64")
        del price
    for name, text_column in texts.items():
        out[name] = text_column
    customer_codes, order_codes = kept(customer.codes), kept(order.codes) if order is not None else no_order
    _summarise(report, out, kept(cancelled), customer_codes, order_codes)
    # the same customer, day, amount, order and product twice: said when too many for one order's lines
    same = [customer_codes, order_codes, out["date"].to_numpy(), out["amount"].to_numpy()]
    same += [out[name].cat.codes.to_numpy() for name in ("product",) if name in out]
    same += [out[name].to_numpy() for name in ("quantity", "unit_price") if name in out]
    repeats = repeats_note(repeated_rows(same), len(out))
    if repeats is not None:
        report.warnings.append(repeats)
    if kept_currency is not None:
        report.currency, report.currency_how = kept_currency, "chosen: the file mixes currencies"
    report.consent_columns = consent.describe_columns()
    report.sms_consent_columns = consent.describe_sms_columns()
    progress(1.0, Phrase("Kept {rows:,} rows", rows=len(out)))
    assert tuple(out.columns[:6]) == TX_REQUIRED_COLUMNS
    return out, report, consent


class _Reads:
    """clean_transactions' reads of the raw columns: with ``release``, a column is deleted from the
    frame when its last read is done (each read is counted: the field's column, each consent and
    currency column, the e-mail column the consent reading takes)."""

    def __init__(self, frame: pd.DataFrame, mapping: ColumnMapping, consent_cols, release: bool) -> None:
        self.frame, self.release = frame, release
        fields = mapping.fields
        reads = [fields.get("customer_id") or fields["email"], fields["date"]]
        reads += [fields[f] for f in ("quantity", "unit_price", "amount") if f in fields]
        reads += currency_columns(frame.columns) + [c.name for c in consent_cols]
        if fields.get("email") and fields.get("customer_id"):
            reads.append(fields["email"])
        if fields.get("order_id"):
            reads.append(fields["order_id"])
        reads += [fields[name] for name in ATTRIBUTE_FIELDS + PURCHASE_FIELDS if name != "consent" and name in fields]
        self.left = Counter(reads)

    def __call__(self, *columns: str) -> None:
        for column in columns:
            self.left[column] -= 1
            if self.release and self.left[column] <= 0 and column in self.frame.columns:
                del self.frame[column]


def _after_today(dates: np.ndarray, readable: np.ndarray, rows) -> list[Phrase]:
    """A warning when kept rows are dated after today (a typing slip such as 2100 for 2010): the
    latest date is the default reference date, so one such row would move every customer's recency."""
    later = readable & (dates > np.datetime64(dt.date.today(), "ns"))
    if not later.any():
        return []
    first = int(rows[np.flatnonzero(later)[0]])
    latest = pd.Timestamp(dates[later].max())
    return [Phrase.counted(
        "{n} row is dated after today ({latest}, row {row}). The file's latest date is the day every customer "
        "is measured from unless you set another reference date, so check that date in the file.",
        "{n} rows are dated after today (the latest {latest}, first in row {row}). The file's latest date is "
        "the day every customer is measured from unless you set another reference date, so check those dates "
        "in the file.", int(later.sum()), latest=latest.strftime("%Y-%m-%d"), row=first)]


def _aside(report: ImportReport, reason: str, mask: np.ndarray, rows, values, errors=None) -> None:
    count = int(mask.sum())
    if count:
        report.set_aside.append(SetAside(reason, count, _examples(mask, rows, values, errors)))


def _no_amounts(frame: pd.DataFrame, mapping: ColumnMapping, keep: np.ndarray, errors, file) -> None:
    """Every row with a customer and a date has no readable amount: say which column and why."""
    columns = [mapping.fields["amount"]] if mapping.uses_amount_column() else \
        [mapping.fields["quantity"], mapping.fields["unit_price"]]
    for column in columns:
        values = frame[column][keep]
        texts = [shorten(v) for v in values.dropna().head(3).tolist()]
        texts = texts or [v for i, v in (errors.get(column) or {}).items() if keep[i]][:3]
        if texts:
            raise InputError(
                Phrase('None of the amounts in column "{column}" could be read (for example {examples}).',
                       column=column, examples=", ".join(repr(t) for t in texts)),
                "Check that this is the amount column (command line: --map amount=COLUMN) and that "
                "amounts look like 12.50, 1.234,56 or €12.50.", file=file, column=column, remap="amount")


def _distinct(codes: np.ndarray) -> int:
    """How many distinct codes (>= 0, -1: NA) there are."""
    return len(present_values(codes, int(codes.max()) + 1)) if codes.size else 0


def _summarise(report: ImportReport, out: pd.DataFrame, cancelled: np.ndarray,
               customer_codes: np.ndarray, order_codes: np.ndarray) -> None:
    """The report's counts; the kept rows' customer and order codes stand for their text."""
    report.rows_kept = len(out)
    returns = out["is_return"].to_numpy()
    report.return_rows = int(returns.sum())
    report.cancellation_rows = int(cancelled.sum())
    report.returns_amount = float(out.loc[returns, "amount"].sum())
    report.revenue = float(out["amount"].sum())
    if len(out):
        report.date_min = out["date"].min().strftime("%Y-%m-%d")
        report.date_max = out["date"].max().strftime("%Y-%m-%d")
    report.latest_date = report.date_max  # the default reference date (definitions §2): kept rows only
    report.customers = _distinct(customer_codes)
    report.customers_only_returns = report.customers - _distinct(customer_codes[~returns])
    if (order_codes >= 0).any():
        report.orders = _distinct(order_codes[~returns])
    else:
        report.orders = int(out.loc[~returns, ["customer_id", "date"]].drop_duplicates().shape[0])
    if report.rows_read and report.rows_kept < 0.5 * report.rows_read:
        report.warnings.append(Phrase("Only {kept:,} of {read:,} rows could be used; check the columns chosen "
                                      "and the rows set aside.", kept=report.rows_kept, read=report.rows_read))
