"""The bundled UCI sample: xlsx and csv give the same canonical frame and the published facts."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from core.errors import Cancelled
from core.importing.importer import ImportOptions, import_purchases
from core.schema import TX_REQUIRED_COLUMNS


@pytest.fixture(scope="module")
def imported_xlsx(sample_xlsx):
    return import_purchases(sample_xlsx)


@pytest.fixture(scope="module")
def imported_csv(sample_csv):
    return import_purchases(sample_csv)


def test_xlsx_and_csv_give_identical_frames(imported_xlsx, imported_csv):
    pd.testing.assert_frame_equal(imported_xlsx.transactions, imported_csv.transactions)


def test_sample_facts(imported_xlsx):
    report = imported_xlsx.report
    assert report.rows_read == 33_073
    assert report.set_aside_count("no customer id") == 7_178
    assert report.rows_set_aside == 7_178
    assert report.rows_kept == 33_073 - 7_178
    assert report.customers == 300
    assert (report.date_min, report.date_max) == ("2010-12-01", "2011-12-09")
    assert report.format_name == "UCI Online Retail"
    assert report.sheet == "Online Retail" and report.header_row == 1


def test_sample_returns_follow_spec(imported_xlsx, sample_csv):
    raw = pd.read_csv(sample_csv, dtype=str)
    raw = raw[raw["CustomerID"].notna()]
    expected = (raw["Quantity"].astype(float) < 0) | raw["InvoiceNo"].str.startswith("C")
    tx = imported_xlsx.transactions
    assert int(tx["is_return"].sum()) == int(expected.sum()) == imported_xlsx.report.return_rows
    assert imported_xlsx.report.cancellation_rows == int(raw["InvoiceNo"].str.startswith("C").sum())
    assert (tx.loc[tx["order_id"].str.startswith("C"), "is_return"]).all()
    # Net revenue equals the sum of Quantity × UnitPrice over rows with a customer.
    expected_revenue = (raw["Quantity"].astype(float) * raw["UnitPrice"].astype(float)).sum()
    assert tx["amount"].sum() == pytest.approx(expected_revenue)


def test_canonical_columns_and_dtypes(imported_xlsx):
    tx = imported_xlsx.transactions
    assert tuple(tx.columns[:6]) == TX_REQUIRED_COLUMNS
    assert tx["date"].dtype == "datetime64[ns]"
    assert tx["amount"].dtype == "float64" and tx["source_row"].dtype == "int64"
    assert tx["is_return"].dtype == bool
    assert pd.api.types.is_string_dtype(tx["customer_id"])
    assert (tx["date"] == tx["date"].dt.normalize()).all()
    first = tx.iloc[0]
    assert (first["customer_id"], first["order_id"], first["source_row"]) == ("17809", "536380", 2)
    assert first["amount"] == pytest.approx(24 * 1.45)
    assert not tx["customer_id"].str.contains(r"\.0$").any()
    assert set(tx.columns) >= {"country", "product", "quantity", "unit_price"}


def test_source_rows_point_at_spreadsheet_rows(imported_xlsx, sample_csv):
    raw = pd.read_csv(sample_csv, dtype=str)
    tx = imported_xlsx.transactions
    picked = tx.iloc[[0, 500, -1]]
    for _, row in picked.iterrows():
        line = raw.iloc[row["source_row"] - 2]
        assert line["CustomerID"] == row["customer_id"]
        assert line["InvoiceNo"] == row["order_id"]


def test_report_text_and_dict(imported_xlsx):
    text = imported_xlsx.report.to_text()
    assert "Rows read: 33,073" in text and "no customer id" in text and "2010-12-01" in text
    data = imported_xlsx.report.to_dict()
    assert data["rows_set_aside"] == 7_178 and data["customers"] == 300
    assert imported_xlsx.mapping.to_dict()["fields"]["customer_id"] == "CustomerID"


def test_progress_is_reported_and_cancel_propagates(sample_csv):
    seen = []
    import_purchases(sample_csv, ImportOptions(), lambda f, m: seen.append(f))
    assert seen and seen[-1] == pytest.approx(1.0) and seen == sorted(seen)

    def cancel(fraction, message):
        if fraction > 0.3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_purchases(sample_csv, ImportOptions(), cancel)


def test_cancel_from_a_workbook_import_propagates(sample_xlsx):
    def cancel(fraction, message):
        if fraction > 0.5:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_purchases(sample_xlsx, ImportOptions(), cancel)


def test_report_dict_is_json(imported_csv):
    data = json.loads(json.dumps(imported_csv.report.to_dict()))
    assert data["rows_read"] == 33_073 and data["set_aside"][0]["count"] == 7_178
    assert json.loads(json.dumps(imported_csv.source.to_dict()))["columns"][0] == "InvoiceNo"
