"""Fuzzing: random CSV text, random and mutated bytes, random transactions -> result or ClienteleError."""

# hypothesis drives every test; the only allowed outcomes are a result or the app's own error type
# (core.errors.ClienteleError). CLIENTELE_FUZZ_EXAMPLES raises the number of examples for a campaign.

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from core.errors import ClienteleError, SettingsError
from core.importing.amounts import parse_money
from core.importing.dates import parse_dates
from core.importing.importer import ImportOptions, import_customer_attributes, import_purchases
from core.importing.table_shape import find_header_row
from core.schema import TX_REQUIRED_COLUMNS
from core.segmentation.segment import segment_customers
from core.segmentation.settings import Settings
from tests.core.importing.bad_xlsx import sheet_xml, workbook_parts, write_parts

#: CLIENTELE_FUZZ_EXAMPLES=5000 for a long campaign; the default keeps each test under ~10 s.
FUZZ = hsettings(max_examples=int(os.environ.get("CLIENTELE_FUZZ_EXAMPLES", "60")), deadline=None,
                 suppress_health_check=list(HealthCheck))
HEADERS = ["Date", "Customer", "Amount", "Invoice", "Quantity", "Unit price", "E-mail", "Product", "Datum",
           "Kundennummer", "Betrag", "order_date", "Total", "Notes", "", "Amount", "Lineitem quantity"]

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-10 ** 20, 10 ** 20).map(str),
    st.integers(1, 400).map(lambda n: "9" * n),
    st.decimals(-10 ** 6, 10 ** 6, places=2, allow_nan=False).map(str),
    st.sampled_from(["1.234,56", "1,234.56", "(12.50)", "€12.50", "12,50 EUR", "12.5-", "- 3", "£ 1 000",
                     "1'234.50", "1.2.3", "٣٫٥", "１２", "0x1F", "1e308", "-0", ".", ",", "--1", "(", "€"]),
)
dates = st.one_of(
    st.dates().map(str),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
    st.dates().map(lambda d: d.strftime("%m/%d/%y")),
    st.dates().map(lambda d: d.strftime("%d.%m.%Y %H:%M")),
    st.dates().map(lambda d: d.strftime("%d %b %Y")),
    st.dates().map(lambda d: d.strftime("%B %d, %Y")),
    st.integers(-100, 3_000_000).map(str),
    st.sampled_from(["32/13/2024", "00/00/0000", "2024-02-30", "31.02.24", "29/02/2023", "yesterday",
                     "1/1/1", "9999-12-31", "0001-01-01", "2024-13-01T25:61", "45000.75", "20240229"]),
)
texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
cells = st.one_of(numbers, dates, texts, st.just(""), st.sampled_from(["C1", "c1 ", "12346.0", "a@b.co"]))


@st.composite
def csv_files(draw):
    width = draw(st.integers(1, 7))
    header = draw(st.lists(st.one_of(st.sampled_from(HEADERS), texts), min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(cells, min_size=0, max_size=width + 2), max_size=25))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting,
                        lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"])))
    for _ in range(draw(st.integers(0, 2))):
        writer.writerow([draw(texts)])  # title lines above the header
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]  # cut anywhere, even inside quotes
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]))
    return text.encode(encoding, errors="replace"), draw(st.sampled_from([".csv", ".txt", ".tsv", ".xlsx"]))


def _import(data: bytes, suffix: str, options: ImportOptions | None = None):
    """Write ``data`` to a fresh file and import it: a result, or None after the app's own error."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            result = import_purchases(path, options)
        except ClienteleError as error:
            assert str(error) and "Traceback" not in str(error)
            assert error.what_to_do, f"no advice in {error!r}"
            return None
    _check_canonical(result.transactions)
    return result


def _check_canonical(tx: pd.DataFrame) -> None:
    assert tuple(tx.columns[:6]) == TX_REQUIRED_COLUMNS and len(tx)
    assert tx["customer_id"].notna().all() and tx["date"].notna().all()
    assert np.isfinite(tx["amount"].to_numpy()).all() and (tx["amount"].abs() <= 1e15).all()
    assert tx["source_row"].is_monotonic_increasing and tx["is_return"].dtype == bool


@FUZZ
@given(csv_files(), st.sampled_from([None, "dayfirst", "monthfirst"]))
def test_random_csv_text(file, order):
    data, suffix = file
    result = _import(data, suffix, ImportOptions(date_order=order))
    if result is not None:  # whatever imports must also segment
        _segment(result.transactions)


@FUZZ
@given(csv_files(), st.one_of(st.none(), st.integers(-2, 40)))
def test_random_csv_as_customer_file_or_with_a_header_row(file, header_row):
    data, suffix = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"customers{suffix}"
        path.write_bytes(data)
        for run in (lambda: import_customer_attributes(path),
                    lambda: import_purchases(path, ImportOptions(header_row=header_row, date_order="dayfirst"))):
            try:
                run()
            except ClienteleError as error:
                assert error.what_to_do, f"no advice in {error!r}"


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from([".csv", ".xlsx", ".txt", ".xls", ".ods", ".xlsb"]))
def test_random_bytes(data, suffix):
    _import(data, suffix)


def _valid_xlsx() -> bytes:
    rows = [["Date", "Customer", "Amount", "Product"]] + [[45296 + i, f"C{i % 3}", 1.5 * i, "Mug"] for i in range(8)]
    with tempfile.TemporaryDirectory() as folder:
        return write_parts(Path(folder) / "v.xlsx", workbook_parts([("Orders", sheet_xml(rows), "visible")])
                           ).read_bytes()


VALID = {".xlsx": _valid_xlsx(),
         ".csv": b"Date,Customer,Amount\n2024-01-05,C1,12.50\n2024-02-10,C2,8.00\n05/03/2024,C1,\"1,5\"\n"}


@FUZZ
@given(st.sampled_from(sorted(VALID)), st.lists(st.tuples(st.integers(0, 10 ** 6), st.integers(0, 255),
                                                          st.sampled_from(["flip", "insert", "delete"])),
                                                min_size=1, max_size=8))
def test_mutated_valid_files(suffix, edits):
    data = bytearray(VALID[suffix])
    for position, value, kind in edits:
        at = position % max(len(data), 1)
        if kind == "flip" and data:
            data[at] ^= value or 1
        elif kind == "insert":
            data[at:at] = bytes([value])
        elif data:
            del data[at]
    _import(bytes(data), suffix)


@st.composite
def transactions(draw):
    rows = draw(st.lists(st.tuples(
        st.sampled_from(["A", "B", "C", "d@x.org", "12346", " "]),
        st.integers(-20_000, 20_000),
        st.one_of(st.floats(-1e12, 1e12, allow_nan=False), st.sampled_from([0.0, -0.0, 1e-9, 5e11, -5e11])),
        st.one_of(st.none(), st.sampled_from(["1", "2", "C3", "C4", "10"]))), max_size=30))
    frame = pd.DataFrame(rows, columns=["customer_id", "day", "amount", "order_id"])
    frame["date"] = (pd.Timestamp("2020-01-01") + pd.to_timedelta(frame["day"], unit="D")).astype("datetime64[ns]")
    frame["is_return"] = (frame["amount"] < 0) | frame["order_id"].fillna("").str.startswith("C")
    frame["source_row"] = np.arange(2, len(frame) + 2, dtype=np.int64)
    frame["customer_id"] = frame["customer_id"].astype("str")
    frame["order_id"] = frame["order_id"].astype("str")
    return frame[list(TX_REQUIRED_COLUMNS)]


def _segment(tx: pd.DataFrame, settings=None) -> None:
    try:
        result = segment_customers(tx, settings)
    except ClienteleError as error:
        assert str(error)
        return
    assert result.customers["customer_id"].is_unique


@FUZZ
@given(transactions(), st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())), st.integers(1, 2000))
def test_random_transactions_segment(tx, reference, window):
    try:
        settings = Settings.from_dict({"reference_date": reference, "window_days": window})
    except SettingsError as error:  # a reference date outside the years settings accept
        assert reference is not None and reference[:4] in str(error) and error.what_to_do
        return
    _segment(tx, settings)


def test_reference_date_past_2262_is_a_settings_error():
    """Found by the fuzzer (segmentation raised OutOfBoundsDatetime); fixed in core/settings.py."""
    with pytest.raises(SettingsError):
        Settings.from_dict({"reference_date": "2263-01-01"})


@hsettings(max_examples=int(os.environ.get("CLIENTELE_FUZZ_EXAMPLES", "100")), deadline=None,
           suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(numbers, dates, texts, st.none()), max_size=40),
       st.sampled_from([None, "dayfirst", "monthfirst"]), st.sampled_from([None, ","]))
def test_cell_parsers_on_random_text(values, order, decimal):
    column = pd.Series(values, dtype="str")
    numbers_read, unreadable, _ = parse_money(column, decimal)
    assert len(numbers_read) == len(column) and not (unreadable & column.isna()).any()
    try:
        parsed = parse_dates(column, order)
        assert len(parsed.dates) == len(column)
    except ClienteleError as error:
        assert error.what_to_do
    index = find_header_row([values[i:i + 5] for i in range(0, len(values), 5)])
    assert index is None or 0 <= index < 8
