"""Raw table + mapping -> canonical transactions (docs/architecture.md) and the import report."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from core.column_mapping import ColumnMapping
from core.errors import InputError
from core.header_names import normalise_header
from core.import_report import ImportReport, SetAside
from core.parse_dates import parse_dates
from core.parse_numbers import guess_currency, parse_money
from core.progress import ProgressCallback, ensure
from core.schema import ATTRIBUTE_FIELDS, TX_REQUIRED_COLUMNS
from core.text_table import shorten

STR = pd.StringDtype(na_value=np.nan)
_CURRENCY_HEADERS = {"currency", "wahrung", "devise", "moneda", "divisa", "valuta", "munt"}
_EXAMPLES = 5
#: Largest amount (or quantity × unit price) taken for a purchase; beyond it sums lose all meaning.
MAX_AMOUNT = 1e15
#: Longest customer id or e-mail kept; longer ones are damaged cells, not customers.
MAX_ID = 256
#: Excel's limit for one cell: longer text is cut so every export opens without repairs.
MAX_TEXT = 32_767


def _take_text(codes: np.ndarray, uniques: pd.Series, index) -> pd.Series:
    """Rebuild a text column from factorized codes and cleaned uniques (NA for code -1), in Arrow."""
    values = pa.array(uniques.astype(object).where(uniques.notna(), None).to_numpy(dtype=object),
                      type=pa.string(), from_pandas=True)
    if len(values) == 0:
        return pd.Series(np.nan, index=index, dtype=STR)
    taken = values.take(pa.array(codes, mask=codes < 0))
    return pd.Series(pd.array(taken, dtype=STR), index=index)


def consent_as_text(values: pd.Series, header: str) -> pd.Series:
    """Consent values with one meaning: a column named like an opt-out ("Unsubscribed", "Opt-out",
    "Abgemeldet") is turned round, so "yes" there becomes "no" here. Readable answers become
    "yes"/"no"; anything else stays as written (the export treats it as no consent)."""
    from core.consent import meaning_from_column_name, parse_consent  # noqa: PLC0415

    text = normalise_text(values)
    if meaning_from_column_name(header) != "opt_out":
        return text
    parsed = parse_consent(text, "opt_out")
    answer = parsed.map({True: "yes", False: "no"}).astype(STR)
    return answer.where(parsed.notna(), text)


def normalise_text(values: pd.Series, ids: bool = False) -> pd.Series:
    """Trimmed text, empty -> NA; with ``ids`` Excel floats like 12346.0 become "12346"."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return values.dt.strftime("%Y-%m-%d").astype(STR)
    if pd.api.types.is_float_dtype(values.dtype):
        whole = values.dropna()
        if (whole % 1 == 0).all() and (whole.abs() < 2**53).all():
            values = values.astype("Int64")
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    u = pd.Series(uniques)
    if u.dtype == object:
        u = u.map(_object_text)
    u = u.astype(STR).str.strip()
    if ids:
        u = u.str.replace(r"^(\d+)\.0+$", r"\1", regex=True)
    u = u.where(u != "")
    return _take_text(codes, u, values.index)


def _object_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, pd.Timestamp) or hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _examples(mask: np.ndarray, rows: np.ndarray, values: pd.Series | None,
              errors: dict[int, str] | None = None) -> list[tuple[int, str]]:
    """(spreadsheet row, cell as text) for the first rows in ``mask``; Excel error cells as "#N/A"."""
    idx = np.flatnonzero(mask)[:_EXAMPLES]
    out = []
    for i in idx:
        value = None if values is None else values.iloc[i]
        text = "" if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)) \
            else shorten(value)
        if not text and errors:
            text = errors.get(int(i), "")
        out.append((int(rows[i]), text))
    return out


def _return_flags(order: pd.Series, amount: pd.Series, qty: pd.Series | None) -> tuple[np.ndarray, np.ndarray]:
    """SPEC §1: negative amount or quantity, or a 'C' order id in an otherwise numeric column."""
    negative = (amount < 0).to_numpy().copy()
    if qty is not None:
        negative |= (qty < 0).to_numpy()
    cancelled = np.zeros(len(order), dtype=bool)
    if order.notna().any():
        codes, uniques = pd.factorize(order, use_na_sentinel=True)
        u = pd.Series(uniques, dtype=STR)
        starts_c = u.str.match(r"^[Cc]\d")
        rest = u[~starts_c]
        if len(rest) and rest.str.fullmatch(r"\d+").mean() >= 0.95 and starts_c.any():
            flags = starts_c.to_numpy(dtype=bool)
            cancelled = np.where(codes >= 0, flags[np.where(codes >= 0, codes, 0)], False)
    return negative | cancelled, cancelled


def clean_transactions(frame: pd.DataFrame, mapping: ColumnMapping, *, first_data_row: int = 2,
                       date_order: str | None = None, order_hint: str | None = None,
                       file: str | None = None, decimal_hint: str | None = None,
                       set_aside: dict[str, pd.Series] | None = None,
                       cell_errors: dict[str, dict[int, str]] | None = None,
                       progress: ProgressCallback | None = None) -> tuple[pd.DataFrame, ImportReport]:
    """Build the canonical transactions frame (kept rows, file order) and the report."""
    progress = ensure(progress)
    report = ImportReport(file=file or "")
    col = mapping.fields.get
    errors = cell_errors or {}
    frame = frame.reset_index(drop=True)
    rows = first_data_row + np.arange(len(frame), dtype="int64")
    blank = frame.isna().all(axis=1).to_numpy()
    report.blank_rows = int(blank.sum())
    report.rows_read = int(len(frame) - report.blank_rows)
    progress(0.05, "Reading customers…")
    if col("customer_id"):
        customer = normalise_text(frame[col("customer_id")], ids=True)
    else:
        customer = normalise_text(frame[col("email")]).str.lower()
    progress(0.2, "Reading dates…")
    parsed = parse_dates(frame[col("date")], date_order, first_row=first_data_row,
                         column=col("date"), file=file, order_hint=order_hint)
    report.date_order, report.date_order_how = parsed.order, parsed.how
    progress(0.45, "Reading amounts…")
    qty = price = None
    if "quantity" in mapping.fields:
        qty, qty_bad, _ = parse_money(frame[col("quantity")], decimal_hint)
    if "unit_price" in mapping.fields:
        price, price_bad, _ = parse_money(frame[col("unit_price")], decimal_hint)
    if mapping.uses_amount_column():
        amount, amount_bad, _ = parse_money(frame[col("amount")], decimal_hint)
        amount_source = col("amount")
    else:
        amount = qty * price
        amount_bad = qty_bad | price_bad
        amount_source = col("unit_price")
    no_amount = amount.isna().to_numpy() | amount_bad.to_numpy()
    huge = (amount.abs() > MAX_AMOUNT).to_numpy()  # also quantity × price overflowing to infinity
    progress(0.6, "Checking rows…")
    keep = ~blank
    for reason, mask in (set_aside or {}).items():
        _aside(report, reason, keep & mask.to_numpy(dtype=bool), rows, None)
        keep &= ~mask.to_numpy(dtype=bool)
    no_id = customer.isna().to_numpy()
    who = "customer id" if col("customer_id") else "customer e-mail"
    _aside(report, f"no {who}", keep & no_id, rows, None, errors.get(col("customer_id") or col("email")))
    keep &= ~no_id
    too_long = (customer.str.len() > MAX_ID).fillna(False).to_numpy(dtype=bool)
    _aside(report, f"{who} longer than {MAX_ID} characters (a damaged cell)", keep & too_long, rows, customer)
    keep &= ~too_long
    bad_date = parsed.dates.isna().to_numpy()
    readable = parsed.dates[~blank & ~bad_date]
    if len(readable):
        report.latest_date = readable.max().strftime("%Y-%m-%d")
    _aside(report, f'date missing or unreadable (column "{col("date")}")', keep & bad_date, rows,
           frame[col("date")], errors.get(col("date")))
    if bad_date[~blank].all() and (~blank).any():
        sample = [shorten(v) for v in frame[col("date")].dropna().head(3).tolist()] or \
            list(errors.get(col("date"), {}).values())[:3]
        raise InputError(
            f'None of the dates in column "{col("date")}" could be read'
            + (f" (for example {', '.join(repr(s) for s in sample)})." if sample else " (it is empty)."),
            "Check that this is the date column (command line: --map date=COLUMN) and that dates "
            "look like 2024-03-05, 05/03/2024 or 5 Mar 2024.", file=file, column=col("date"))
    keep &= ~bad_date
    _aside(report, f'amount missing or unreadable (column "{amount_source}")', keep & no_amount, rows,
           frame[amount_source] if amount_source in frame else None, errors.get(amount_source))
    if keep.any() and not (keep & ~no_amount).any():
        _no_amounts(frame, mapping, keep, errors, file)
    keep &= ~no_amount
    _aside(report, f"amount too large to be a purchase (above {MAX_AMOUNT:,.0f})", keep & huge, rows,
           amount)
    keep &= ~huge
    progress(0.75, "Building the table…")
    order = normalise_text(frame[col("order_id")], ids=True) if col("order_id") else \
        pd.Series(np.nan, index=frame.index, dtype=STR)
    is_return, cancelled = _return_flags(order, amount, qty)
    keep_s = pd.Series(keep, index=frame.index)

    def kept(series: pd.Series) -> pd.Series:
        return series[keep_s].reset_index(drop=True)

    out = pd.DataFrame({
        "customer_id": kept(customer).astype(STR),
        "date": kept(parsed.dates).astype("datetime64[ns]"),
        "amount": kept(amount).astype("float64"),
        "order_id": kept(order).astype(STR),
        "is_return": is_return[keep],
        "source_row": rows[keep],
    })
    if qty is not None:
        out["quantity"] = kept(qty).astype("float64")
    if price is not None:
        out["unit_price"] = kept(price).astype("float64")
    for name in ATTRIBUTE_FIELDS:
        source = col(name)
        if source is None:
            continue
        text = consent_as_text(frame[source], source) if name == "consent" else normalise_text(frame[source])
        long_text = (text.str.len() > MAX_TEXT).fillna(False)
        if long_text.any():
            text = text.where(~long_text, text.str.slice(0, MAX_TEXT))
            row = int(rows[np.flatnonzero(long_text.to_numpy(dtype=bool))[0]])
            report.warnings.append(f'{int(long_text.sum()):,} cell(s) in column "{shorten(source)}" held more '
                                   f"than {MAX_TEXT:,} characters (first in row {row}); they were cut to "
                                   "that length, the most a spreadsheet cell can hold.")
        out[name] = kept(text.str.lower() if name == "email" else text).astype(STR)
    _summarise(report, out, cancelled[keep], frame, mapping)
    progress(1.0, f"Kept {len(out):,} rows")
    assert tuple(out.columns[:6]) == TX_REQUIRED_COLUMNS
    return out, report


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
                f'None of the amounts in column "{column}" could be read (for example '
                + ", ".join(repr(t) for t in texts) + ").",
                "Check that this is the amount column (command line: --map amount=COLUMN) and that "
                "amounts look like 12.50, 1.234,56 or €12.50.", file=file, column=column)


def _summarise(report: ImportReport, out: pd.DataFrame, cancelled: np.ndarray, frame, mapping) -> None:
    report.rows_kept = len(out)
    returns = out["is_return"].to_numpy()
    report.return_rows = int(returns.sum())
    report.cancellation_rows = int(cancelled.sum())
    report.returns_amount = float(out.loc[returns, "amount"].sum())
    report.revenue = float(out["amount"].sum())
    if len(out):
        report.date_min = out["date"].min().strftime("%Y-%m-%d")
        report.date_max = out["date"].max().strftime("%Y-%m-%d")
    report.customers = int(out["customer_id"].nunique())
    bought = out.loc[~returns, "customer_id"]
    report.customers_only_returns = report.customers - int(bought.nunique())
    if out["order_id"].notna().any():
        report.orders = int(out.loc[~returns, "order_id"].nunique())
    else:
        report.orders = int(out.loc[~returns, ["customer_id", "date"]].drop_duplicates().shape[0])
    _currency(report, frame, mapping)
    if report.rows_read and report.rows_kept < 0.5 * report.rows_read:
        report.warnings.append(f"Only {report.rows_kept:,} of {report.rows_read:,} rows could be used; "
                               "check the columns chosen and the rows set aside.")


def _currency(report: ImportReport, frame: pd.DataFrame, mapping: ColumnMapping) -> None:
    for column in frame.columns:
        words = normalise_header(column).split()
        if any(w in _CURRENCY_HEADERS for w in words):
            values = frame[column].dropna().astype(str).str.strip().str.upper()
            if not values.empty:
                values = values[values.str.fullmatch(r"[A-Z]{3}")]
                if values.empty:
                    continue
                report.currency = values.value_counts().index[0]
                report.currency_how = f'from column "{column}"'
                return
    for name in ("amount", "unit_price"):
        source = mapping.fields.get(name)
        if source and source in frame:
            found = guess_currency(frame[source])
            if found:
                report.currency, report.currency_how = found, f'from the symbols in "{source}"'
                return
