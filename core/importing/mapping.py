"""Which column holds which field: known exports, header names, then content; user overrides win."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from core.contacts import valid_email
from core.errors import InputError
from core.importing import shop_formats
from core.importing.amounts import looks_like_money, parse_money
from core.importing.dates import looks_like_dates
from core.importing.headers import NOT_CUSTOMER_WORDS, amount_preference, fields_for_header, normalise_header
from core.importing.table_shape import shorten
from core.schema import FIELD_WORDS, TRANSACTION_FIELDS
from core.words import Phrase, quoted_names

BY_FORMAT, BY_HEADER, BY_CONTENT, BY_USER = "known format", "header name", "content", "your choice"
#: An amount column found by its name that holds each line's total (it matches quantity × unit
#: price on most rows): it is the amount, discounts and all (settle_amount_column).
BY_LINE_TOTALS = "header name, line totals"
#: The share of rows on which an amount column must be at most quantity × unit price (and match it on
#: one row at least) to be taken as line totals: an order's total repeated on each of its lines is
#: more than a line is worth on every order of two lines or more.
LINE_TOTALS_SHARE = 0.95
#: Rows looked at to recognise a column by its content (the first ones): the typed read of a CSV
#: decides its plan on these rows alone (core/importing/text_files.py).
CONTENT_ROWS = 3000
_SAMPLE = CONTENT_ROWS
#: Columns looked at by content (a sheet may have 16,384 columns; a shop's own are among the first).
CONTENT_COLUMNS = 200
#: The share of a column's values (of its first CONTENT_ROWS) that must be e-mail addresses for it
#: to be taken for the e-mail column, also when its name says customer.
EMAIL_SHARE = 0.8


def column_list(columns: Iterable[object], limit: int = 15) -> Phrase:
    """'"Date", "Customer", … and 16,370 more' for messages (quoted as the message's language quotes)."""
    return quoted_names([shorten(c, 40) for c in columns], limit)


@dataclass
class ColumnMapping:
    """field -> column, with the reason for each; plain and JSON-serialisable."""

    fields: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    format_name: str | None = None
    amount_rule: str = ""

    def keyed_by_email(self) -> bool:
        """Whether the file names its customers by e-mail address (no customer id column: definitions §1;
        a customer column holding e-mail addresses is mapped as the e-mail column, detect_mapping)."""
        return "customer_id" not in self.fields and "email" in self.fields

    def emails_in_customer_column(self) -> bool:
        """Whether the e-mail addresses that name the customers are in a column named as a customer
        column ("Customer", "Kunde"): detect_mapping took it for their e-mail column."""
        return self.keyed_by_email() and not self.reasons.get("email", "").startswith((BY_USER, BY_FORMAT)) \
            and "customer_id" in fields_for_header(self.fields["email"])

    def uses_amount_column(self) -> bool:
        """True when amounts come from the amount column rather than quantity × unit price."""
        if "amount" not in self.fields:
            return False
        if self.reasons.get("amount", "").startswith((BY_FORMAT, BY_USER, BY_LINE_TOTALS)):
            return True
        return not ("quantity" in self.fields and "unit_price" in self.fields)

    def to_dict(self) -> dict:
        return {"fields": dict(self.fields), "reasons": dict(self.reasons),
                "format_name": self.format_name, "amount_rule": self.amount_rule}

    @classmethod
    def from_dict(cls, data: dict) -> ColumnMapping:
        return cls(dict(data.get("fields", {})), dict(data.get("reasons", {})),
                   data.get("format_name"), data.get("amount_rule", ""))

    def uses(self) -> list[tuple[str, str, str]]:
        """One ``(field, column, how it was found)`` per mapped field, the field and the way in words:
        ("Purchase date", "InvoiceDate", "recognised by its name")."""
        return [(FIELD_WORDS.get(name, name), col, how_found(self.reasons.get(name, "")))
                for name, col in self.fields.items()]

    def lines(self) -> list[str]:
        """One line per mapped field: 'Purchase date: "InvoiceDate" (recognised by its name)'."""
        return [f'{field}: "{col}" ({how})' for field, col, how in self.uses()]


def how_found(reason: str) -> str:
    """How a column was found, in words (the mapping keeps BY_HEADER, BY_FORMAT: name, …)."""
    if reason == BY_LINE_TOTALS:
        return "recognised by its name; it holds each line's total"
    if reason.startswith(BY_FORMAT):
        name = reason.partition(": ")[2]
        return f"as {name} exports it" if name else "a known export"
    words = {BY_HEADER: "recognised by its name", BY_CONTENT: "recognised by its content", BY_USER: "your choice"}
    for key, text in words.items():
        if reason.startswith(key):
            return text + reason[len(key):]
    return reason


def _sample(series: pd.Series) -> pd.Series:
    return series.iloc[:_SAMPLE].dropna()


def _email_share(series: pd.Series) -> float:
    s = _sample(series)
    if s.empty or pd.api.types.is_numeric_dtype(s.dtype) or pd.api.types.is_datetime64_any_dtype(s.dtype):
        return 0.0
    return float(valid_email(s).mean())


#: A column found by its content as the customer column is filled on at least ID_FILLED of its
#: rows and holds at least ID_DISTINCT different values (half its rows, in a shorter sample): a
#: column of remarks ("bar", "Lieferung", "Hochzeit", "Trauerkranz", on the rows that have one) or
#: of ways to pay ("bar", "Karte") is not taken for it.
ID_FILLED, ID_DISTINCT = 0.8, 5


def _id_like(series: pd.Series) -> float:
    """Score for a customer-id column: short codes without spaces that repeat, on nearly every row,
    with enough different values to be customers."""
    s = _sample(series)
    if len(s) < 2 or pd.api.types.is_datetime64_any_dtype(s.dtype):
        return 0.0
    if pd.api.types.is_float_dtype(s.dtype) and not (s % 1 == 0).all():
        return 0.0
    text = s.astype("str").str.strip()
    filled = int((text != "").sum()) / max(len(series.iloc[:_SAMPLE]), 1)
    if filled < ID_FILLED or text.nunique() < min(ID_DISTINCT, len(text) / 2):
        return 0.0
    codes = text.str.fullmatch(r"[A-Za-z0-9_\-#.]{2,30}").mean()
    repeats = 1.0 - text.nunique() / len(text)
    return float(codes) * (0.5 + repeats) if repeats > 0.05 else 0.0


def names_customers(mapping: ColumnMapping, frame: pd.DataFrame) -> bool:
    """Whether the customer column holds people's names (its name says so, as "Name" or "Billing
    Name", or most of its first values are words with a space and no digit or @): customers are
    then told apart by name, and two people of one name are one customer."""
    column = mapping.fields.get("customer_id")
    if column is None:
        return False
    if "name" in fields_for_header(column):
        return True
    text = _sample(frame[column]).astype("str").str.strip() if column in frame else pd.Series(dtype="str")
    return bool(len(text)) and bool(text.str.fullmatch(r"[^\d@]*\S \S[^\d@]*").mean() >= 0.8)


def _content_pick(frame: pd.DataFrame, used: set[str], want: str, hint: str | None) -> str | None:
    best, best_score = None, 0.0
    for col in [c for c in frame.columns if c not in used][:CONTENT_COLUMNS]:
        series = frame[col]
        if want == "email":
            score = _email_share(series)
            ok = score >= EMAIL_SHARE
        elif want == "date":
            score = looks_like_dates(_sample(series))
            ok = score >= 0.8
        elif want == "amount":
            s = _sample(series)
            score = looks_like_money(s, hint)
            if score >= 0.9 and not pd.api.types.is_datetime64_any_dtype(s.dtype):
                text = s.astype("str")
                has_cents = text.str.contains(r"[.,]\d{1,2}\)?$|[€£$]", regex=True).mean()
                score += has_cents
            ok = score >= 1.2
        else:
            if set(normalise_header(col).split()) & NOT_CUSTOMER_WORDS:
                continue
            score = _id_like(series)
            ok = score >= 0.6
        if ok and score > best_score:
            best, best_score = col, score
    return best


def _resolve_column(frame_columns, column: str, file: str | None, field_name: str) -> str:
    if column in frame_columns:
        return column
    wanted = normalise_header(column)
    for col in frame_columns:
        if normalise_header(col) == wanted:
            return col
    shown = column_list(frame_columns)
    raise InputError(
        Phrase('You asked to read {field} from column "{column}", but the file has no such column. '
               "Its columns are: {shown}.", field=field_name, column=shorten(column), shown=shown),
        _exact_names_advice(frame_columns, field_name), file=file)


def _exact_names_advice(columns, field_name: str) -> Phrase:
    """How to name a column of the file: with the column whose name means ``field_name`` as the
    example, when there is one (never the first column whatever it holds: "--map
    coupon_code=InvoiceNo")."""
    meant = [c for c in columns if field_name in fields_for_header(c)]
    if meant:
        return Phrase('Use one of those names exactly (for example --map {field}="{first}").', field=field_name,
                      first=meant[0])
    return Phrase('Use one of those names exactly, as --map {field}="NAME".', field=field_name)


def detect_mapping(frame: pd.DataFrame, overrides: dict[str, str | None] | None = None, *,
                   fields: tuple[str, ...] = TRANSACTION_FIELDS, file: str | None = None,
                   decimal_hint: str | None = None) -> ColumnMapping:
    """Map the frame's columns to ``fields``: known export, then header names, then content."""
    mapping = ColumnMapping()
    blocked: set[str] = set()
    used: set[str] = set()
    fmt = shop_formats.detect_format(frame.columns) if fields == TRANSACTION_FIELDS else None
    if fmt is not None:
        mapping.format_name, mapping.amount_rule = fmt.name, fmt.amount_rule
        for name, col in shop_formats.resolve(fmt, frame.columns).items():
            if col is None:
                blocked.add(name)
            elif col in frame.columns:
                mapping.fields[name], mapping.reasons[name] = col, f"{BY_FORMAT}: {fmt.name}"
                used.add(col)
    named_amounts = [c for c in frame.columns if c not in used and "amount" in fields_for_header(c)]
    best_amount = min(named_amounts, key=amount_preference) if named_amounts else None  # (leftmost of the best)
    for col in frame.columns:
        if col in used:
            continue
        for name in fields_for_header(col):
            if name == "amount" and col != best_amount:
                continue
            if name in fields and name not in mapping.fields and name not in blocked:
                mapping.fields[name], mapping.reasons[name] = col, BY_HEADER
                used.add(col)
                break
    if "amount" not in mapping.fields and "amount" not in blocked and "quantity" not in mapping.fields \
            and mapping.reasons.get("unit_price") == BY_HEADER:
        # A price column with no quantity beside it is the amount of each row.
        mapping.fields["amount"] = mapping.fields.pop("unit_price")
        mapping.reasons.pop("unit_price")
        mapping.reasons["amount"] = BY_HEADER + " (a price without quantity is the row's amount)"
    for want in ("email", "date", "customer_id", "amount"):
        if want not in fields or want in mapping.fields or want in blocked:
            continue
        if want == "customer_id" and "email" in mapping.fields:
            continue
        if want == "amount" and {"quantity", "unit_price"} <= set(mapping.fields):
            continue
        col = _content_pick(frame, used, want, decimal_hint)
        if col is not None:
            mapping.fields[want], mapping.reasons[want] = col, BY_CONTENT
            used.add(col)
    _emails_name_customers(frame, mapping, fields, overrides or {})
    _names_for_customers(mapping, fields, blocked, overrides or {})
    _apply_overrides(mapping, overrides or {}, list(frame.columns), fields, file)
    ordered = {name: mapping.fields[name] for name in fields if name in mapping.fields}
    mapping.fields = ordered
    return mapping


def _emails_name_customers(frame: pd.DataFrame, mapping: ColumnMapping, fields: tuple[str, ...],
                           overrides: dict[str, str | None]) -> None:
    """A customer column ("Customer", "Client", "Kunde") found by its name that holds e-mail addresses
    (EMAIL_SHARE of them), in a file without an e-mail column: it is the e-mail column, so that
    "Ann@Shop.com" and " ann@shop.com" are one customer (keyed_by_email, definitions §1)."""
    column = mapping.fields.get("customer_id")
    if column is None or "email" in mapping.fields or "email" not in fields or mapping.reasons.get("customer_id") != BY_HEADER \
            or "customer_id" in overrides or "email" in overrides:
        return
    if _email_share(frame[column]) >= EMAIL_SHARE:
        del mapping.fields["customer_id"]
        mapping.fields["email"], mapping.reasons["email"] = column, mapping.reasons.pop("customer_id")


def _names_for_customers(mapping: ColumnMapping, fields: tuple[str, ...], blocked: set[str],
                         overrides: dict[str, str | None]) -> None:
    """A file with neither customer numbers nor e-mail addresses, but a column of customers' names
    found by its name ("Name", "Kundenname"): the names tell the customers apart (a hand-kept
    sheet's way), rather than no customer column at all."""
    if "customer_id" not in fields or "customer_id" in mapping.fields or "customer_id" in blocked \
            or "email" in mapping.fields or mapping.reasons.get("name") != BY_HEADER \
            or {"customer_id", "email", "name"} & set(overrides):
        return
    mapping.fields["customer_id"], mapping.reasons["customer_id"] = mapping.fields.pop("name"), BY_HEADER
    mapping.reasons.pop("name")


def _apply_overrides(mapping: ColumnMapping, overrides: dict[str, str | None], columns: list[str],
                     fields: tuple[str, ...], file: str | None) -> None:
    for name, column in overrides.items():
        if name not in fields:
            raise InputError(
                Phrase('"{name}" is not a field Clientele knows.', name=name),
                Phrase("Fields you can map: {fields}.", fields=", ".join(fields)), file=file)
        if column is None or str(column).strip() == "":
            mapping.fields.pop(name, None)
            mapping.reasons.pop(name, None)
            continue
        col = _resolve_column(columns, str(column), file, name)
        for other, other_col in list(mapping.fields.items()):
            if other_col == col and other not in overrides:
                del mapping.fields[other]
                mapping.reasons.pop(other, None)
        mapping.fields[name], mapping.reasons[name] = col, BY_USER


#: Columns of a shop's customer list (its totals per customer), in the six languages' common forms:
#: Shopify's, WooCommerce's and Square's customer exports.
CUSTOMER_TOTALS = frozenset(normalise_header(name) for name in (
    "Total Spent", "Total Orders", "Orders Count", "Amount Spent", "Total spend", "Lifetime value",
    "Money Spent", "Total Visits", "Lifetime Spend", "Number of orders", "Avg Order Value",
))


def looks_like_customer_list(columns: Iterable[object]) -> bool:
    """Whether the columns are those of a list of customers with their totals (Shopify's customers
    export given as the purchases file): a customer or e-mail column and a totals column."""
    names = {normalise_header(c) for c in columns}
    has_customer = any({"customer_id", "email"} & set(fields_for_header(c)) for c in columns)
    return has_customer and bool(names & CUSTOMER_TOTALS)


def check_required(mapping: ColumnMapping, columns: Iterable[object], file: str | None) -> None:
    """Raise a specific InputError when the date, customer or amount column is missing."""
    shown = column_list(columns)
    if "date" not in mapping.fields and looks_like_customer_list(columns):
        raise InputError(
            Phrase("This looks like a list of customers (one row per customer, with totals such as {totals}), not "
                   "a list of purchases: Clientele needs one row per purchase, with its date.",
                   totals=quoted_names([c for c in map(str, columns) if normalise_header(c) in CUSTOMER_TOTALS], 3)),
            "Export the orders or sales instead (Shopify: Orders, Export) and choose that file. This file can come "
            "along as the customers file (window: the Customer file box of the column choices; command line: "
            "--customers), for names, consent and addresses.", file=file, remap="date")
    if "date" not in mapping.fields:
        raise InputError(
            Phrase("No column with purchase dates was found. The columns are: {shown}.", shown=shown),
            "Name the date column (command line: --map date=COLUMN), or add a column of dates.",
            file=file, remap="date")
    if "customer_id" not in mapping.fields and "email" not in mapping.fields:
        raise InputError(
            Phrase("No column says which customer made each purchase (a customer number or e-mail). "
                   "The columns are: {shown}.", shown=shown),
            "Name the customer column (command line: --map customer_id=COLUMN) or export the file "
            "with customer numbers or e-mail addresses.", file=file, remap="customer_id")
    if not mapping.uses_amount_column() and not {"quantity", "unit_price"} <= set(mapping.fields):
        raise InputError(
            Phrase("No column with amounts (or quantity and unit price) was found. The columns are: {shown}.",
                   shown=shown),
            "Name the amount column (command line: --map amount=COLUMN), or quantity and unit price "
            "(--map quantity=COLUMN --map unit_price=COLUMN).", file=file, remap="amount")


def settle_amount_column(mapping: ColumnMapping, frame: pd.DataFrame, hint: str | None = None) -> Phrase | None:
    """A file with an amount column besides quantity and unit price (found by their names, not
    chosen): when the amount is at most quantity × unit price on at least LINE_TOTALS_SHARE of the
    first CONTENT_ROWS rows that have all three, and equal to it on one of them at least, it holds
    each line's total, lower where a discount was taken off: it becomes the amount, and the report
    says so (a hand-kept sheet's "Gesamt" beside "Menge", "Einzelpreis" and "Rabatt"). Otherwise
    quantity × unit price stays (an order's total repeated on each of its lines would count the
    order once per line)."""
    fields, reason = mapping.fields, mapping.reasons.get("amount", "")
    if not {"amount", "quantity", "unit_price"} <= set(fields) or reason.startswith((BY_FORMAT, BY_USER)) \
            or reason == BY_LINE_TOTALS or any(fields[f] not in frame for f in ("amount", "quantity", "unit_price")):
        return None
    rows = frame.iloc[:CONTENT_ROWS]
    amount, quantity, price = (parse_money(rows[fields[name]], hint)[0] for name in ("amount", "quantity", "unit_price"))
    line = quantity * price
    both = (amount.notna() & line.notna()).to_numpy()
    if both.sum() < 2:
        return None
    tolerance = 0.005 + 1e-6 * line.abs()
    agree = ((amount - line).abs() <= tolerance).to_numpy()[both]
    not_above = (amount <= line + tolerance).to_numpy()[both]
    if not agree.any() or not_above.mean() < LINE_TOTALS_SHARE:
        return None
    mapping.reasons["amount"] = BY_LINE_TOTALS
    lower = int(((amount < line - 0.005).to_numpy() & both).sum())
    return Phrase.counted(
        'The amount column "{amount}" was used, not quantity × unit price: it holds each line\'s total, lower on {n} '
        "row (what was paid after a discount).",
        'The amount column "{amount}" was used, not quantity × unit price: it holds each line\'s total, lower on {n} '
        "rows (what was paid after a discount).", lower, amount=fields["amount"]) if lower else Phrase(
        'The amount column "{amount}" was used: it holds quantity × unit price on every row that has all three.',
        amount=fields["amount"])
