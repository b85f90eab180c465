"""Known shop exports are recognised with no user action and give hand-checked totals."""

from __future__ import annotations

import pytest

from core.importer import import_purchases
from tests.core import shop_files


def _totals(result):
    return result.transactions.groupby("customer_id")["amount"].sum().round(2).to_dict()


def test_shopify_lines_not_double_counted(tmp_path):
    path, expected = shop_files.shopify_orders(tmp_path)
    result = import_purchases(path)
    assert result.mapping.format_name == "Shopify orders"
    assert _totals(result) == expected
    tx = result.transactions
    # Order-level fields on the first line only are carried to the order's other lines.
    assert (tx.loc[tx["order_id"] == "#1001", "email"] == "alice@example.com").all()
    assert (tx.loc[tx["order_id"] == "#1003", "consent"] == "yes").all()
    assert tx.loc[tx["order_id"] == "#1001", "amount"].tolist() == [17.50, 5.50]
    assert result.report.set_aside_count("cancelled order") == 1
    assert result.report.set_aside_count("refunded or voided") == 1
    assert any("refunded" in note for note in result.report.notes)
    assert result.report.currency == "EUR"
    assert result.report.orders == 4


def test_woocommerce_guests_identified_by_email(tmp_path):
    path, expected = shop_files.woocommerce_orders(tmp_path)
    result = import_purchases(path)
    assert result.mapping.format_name.startswith("WooCommerce")
    assert "customer_id" not in result.mapping.fields
    assert _totals(result) == expected
    assert result.report.set_aside_count("cancelled, failed or refunded") == 1


def test_square_money_text_and_refunds(tmp_path):
    path, expected = shop_files.square_transactions(tmp_path)
    result = import_purchases(path)
    assert result.mapping.format_name == "Square transactions"
    assert _totals(result) == expected
    tx = result.transactions
    assert tx["is_return"].sum() == 1
    assert str(tx["date"].min().date()) == "2024-05-01"  # month-first, Square's convention
    assert result.report.set_aside_count("no customer id") == 1
    assert result.report.currency == "USD"


def test_etsy_sold_orders(tmp_path):
    path, expected = shop_files.etsy_sold_orders(tmp_path)
    result = import_purchases(path)
    assert result.mapping.format_name == "Etsy sold orders"
    assert _totals(result) == expected
    assert str(result.transactions["date"].min().date()) == "2023-12-28"
    assert "month-first" in result.report.date_order_how


def test_online_retail_ii_sheet_choice_and_mixed_invoices(tmp_path):
    path, expected = shop_files.online_retail_ii_xlsx(tmp_path)
    result = import_purchases(path)
    assert result.mapping.format_name == "UCI Online Retail II"
    assert result.source.sheet == "Year 2009-2010"
    assert result.source.other_sheets == ["Read me"]
    assert _totals(result) == expected
    tx = result.transactions
    # The 'C' invoice beyond the first 1,000 rows is kept as text and is a cancellation.
    cancelled = tx[tx["order_id"] == "C489999"]
    assert len(cancelled) == 1 and bool(cancelled["is_return"].iloc[0])
    assert cancelled["source_row"].iloc[0] == 1202
    assert tx["order_id"].iloc[0] == "489434"
    assert result.report.cancellation_rows == 1


@pytest.mark.parametrize("writer", [shop_files.shopify_orders, shop_files.woocommerce_orders,
                                    shop_files.square_transactions, shop_files.etsy_sold_orders])
def test_mapping_round_trips_through_json(tmp_path, writer):
    import json

    from core.column_mapping import ColumnMapping

    path, _ = writer(tmp_path)
    mapping = import_purchases(path).mapping
    again = ColumnMapping.from_dict(json.loads(json.dumps(mapping.to_dict())))
    assert again == mapping


def test_currency_from_order_currency_column(tmp_path):
    path, _ = shop_files.woocommerce_orders(tmp_path)
    assert import_purchases(path).report.currency == "GBP"


def test_customers_report_text(tmp_path):
    from core.importer import import_customer_attributes

    path = tmp_path / "customers.csv"
    path.write_text("Customer ID,First Name,Email,Accepts Marketing\n1,Ann,ann@x.org,yes\n", encoding="utf-8")
    result = import_customer_attributes(path)
    text = result.report.to_text()
    assert "Customers: 1" in text and "Returns" not in text
    assert result.attributes.to_dict("records") == [
        {"customer_id": "1", "first_name": "Ann", "email": "ann@x.org", "consent": "yes"}]
