"""Known shop exports are recognised with no user action and give hand-checked totals."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from core.importing.importer import ImportOptions, import_customer_attributes, import_purchases
from core.importing.mapping import ColumnMapping
from core.importing.shop_formats import DERIVED_AMOUNT, detect_format, prepare, resolve
from tests.core.importing import shop_files


def _rewritten(path, change, name: str):
    """The CSV at ``path`` with ``change(rows)`` applied to its rows (dicts), written as ``name`` beside it."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows = change(rows) or rows
    out = path.with_name(name)
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


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
    # the order's discount (2.50) is spread over its lines by their worth (20 and 5.50), in cents
    assert tx.loc[tx["order_id"] == "#1001", "amount"].tolist() == [18.04, 4.96]
    assert result.report.set_aside_count("cancelled order") == 1
    assert result.report.set_aside_count("refunded or voided") == 1
    assert result.report.set_aside_count("test order") == 1           # paid through Shopify's test gateway
    assert "owner@myshop.example" not in set(result.transactions["customer_id"])
    # the partial refund of #1005 only: #1006's full refund is set aside with its order, not "taken off"
    assert [str(n) for n in result.report.notes if "refunded" in str(n)] == [
        "1 Shopify order had part of its amount refunded (5.00 of its goods, without the tax and shipping given "
        "back with them); it is taken off the order's lines."]
    assert result.report.currency == "EUR"
    assert result.report.orders == 4


def test_woocommerce_guests_identified_by_email(tmp_path):
    path, expected = shop_files.woocommerce_orders(tmp_path)
    result = import_purchases(path)
    assert result.mapping.format_name.startswith("WooCommerce")
    assert "customer_id" not in result.mapping.fields
    assert _totals(result) == expected
    assert result.report.set_aside_count("cancelled, failed or refunded") == 1


def test_woocommerce_guests_are_no_customer_when_the_number_is_the_customer_column(tmp_path):
    """Found by a trial of a shop's year: with --map customer_id=customer_id (the owner's sheet kept by
    those numbers) every guest's order became one customer "0", a Platinum Champion mailed at one
    guest's address. A guest's 0 is no number: those rows have no customer id."""
    path, _ = shop_files.woocommerce_orders(tmp_path)
    result = import_purchases(path, ImportOptions(mapping={"customer_id": "customer_id"}))
    assert set(result.transactions["customer_id"]) == {"7"}                   # Dave's two kept orders
    assert result.report.set_aside_count("no customer id") == 2               # Erin's and Frank's guest orders


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
    assert "1 Square payment had part of its amount refunded (6.00, Partial Refunds); it is taken off the payment." \
        in [str(n) for n in result.report.notes]


def test_etsy_sold_orders(tmp_path):
    path, expected = shop_files.etsy_sold_orders(tmp_path)
    result = import_purchases(path)
    assert result.mapping.format_name == "Etsy sold orders"
    assert _totals(result) == expected
    assert str(result.transactions["date"].min().date()) == "2023-12-28"
    assert "month-first" in result.report.date_order_how
    notes = [str(n) for n in result.report.notes]
    assert "1 Etsy order was partly refunded (10.00: Order Total less Adjusted Order Total); it is taken off the " \
           "order." in notes
    assert "1 Etsy order was partly refunded, but the file does not say how much (no Adjusted Order Total), so it " \
           "counts in full." in notes


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
    path, _ = writer(tmp_path)
    mapping = import_purchases(path).mapping
    again = ColumnMapping.from_dict(json.loads(json.dumps(mapping.to_dict())))
    assert again == mapping


def test_currency_from_order_currency_column(tmp_path):
    path, _ = shop_files.woocommerce_orders(tmp_path)
    assert import_purchases(path).report.currency == "GBP"


def test_customers_report_text(tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text("Customer ID,First Name,Email,Accepts Marketing\n1,Ann,ann@x.org,yes\n", encoding="utf-8")
    result = import_customer_attributes(path)
    text = result.report.to_text()
    assert "Customers: 1" in text and "Returns" not in text
    assert result.attributes.to_dict("records") == [
        {"customer_id": "1", "first_name": "Ann", "email": "ann@x.org", "consent": "yes"}]


SMALL_EXPORTS = {
    "WooCommerce Analytics orders": (
        "woo_analytics.csv",
        'Date,Order #,Status,Customer,Customer type,Product(s),Items sold,Coupon(s),Net Sales,Attribution\n'
        '2024-05-02,2001,Completed,Kim Lee,returning,"Soap, Candle",2,,"$30.00",Direct\n'
        '2024-05-03,2002,Refunded,Kim Lee,returning,Soap,1,,$10.00,Direct\n'
        '2024-05-04,2003,Processing,Max Roe,new,Candle,1,,$12.50,Direct\n',
        {"Kim Lee": 30.00, "Max Roe": 12.50}),
    "WooCommerce orders (Advanced Order Export)": (
        "orders-2024.csv",
        '"Order Number","Order Status","Order Date","First Name (Billing)","Last Name (Billing)",'
        '"Email (Billing)","Phone (Billing)","Country Code (Billing)","City (Billing)",'
        '"Order Total Amount","SKU","Item #","Item Name","Quantity","Item Cost"\n'
        '501,Completed,2024-06-01 10:00,Ann,Bee,ann@shop.test,123,GB,York,25.00,S1,1,Soap,2,5.00\n'
        '501,Completed,2024-06-01 10:00,Ann,Bee,ann@shop.test,123,GB,York,25.00,C1,2,Candle,1,15.00\n'
        '502,Cancelled,2024-06-02 10:00,Bob,Cee,bob@shop.test,456,GB,Hull,9.00,S1,1,Soap,1,9.00\n',
        {"ann@shop.test": 25.00}),
    # the plugin's option to write the order's columns on its first row only (found by a trial on files shaped
    # like the real exports: every item after the first was set aside as "no customer e-mail")
    "WooCommerce orders (Advanced Order Export), order columns on the first row only": (
        "orders-2024-first-row.csv",
        '"Order Number","Order Status","Order Date","First Name (Billing)","Email (Billing)","Item Name",'
        '"Quantity","Item Cost"\n'
        '501,Completed,2024-06-01 10:00,Ann,ann@shop.test,Soap,2,5.00\n'
        '501,,,,,Candle,1,15.00\n'
        '502,Cancelled,2024-06-02 10:00,Bob,bob@shop.test,Soap,1,9.00\n'
        '502,,,,,Candle,1,15.00\n',
        {"ann@shop.test": 25.00}),
    # the plugin's field "Quantity (- Refund)" (found by a trial of the window: it had to be mapped by hand)
    "WooCommerce orders (Advanced Order Export), quantity less refunds": (
        "orders-2024-refunds.csv",
        '"Order Number","Order Status","Order Date","Email (Billing)","Item Name","Quantity (- Refund)",'
        '"Item Cost"\n'
        '501,Completed,2024-06-01 10:00,ann@shop.test,Soap,2,5.00\n'
        '501,Completed,2024-06-01 10:00,ann@shop.test,Candle,1,15.00\n',
        {"ann@shop.test": 25.00}),
    "Square item sales": (
        "items-2024.csv",
        "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,"
        "Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,"
        "Location,Dining Option,Customer ID,Customer Name,Customer Reference ID\n"
        "2024-07-01,09:00:00,UTC,Coffee,Latte,2,Regular,,,$9.00,$0.00,$9.00,$0.72,T9,P9,iPad,,,Payment,"
        "Cafe,,C77,Lea,\n"
        "2024-07-01,09:00:00,UTC,Bakery,Croissant,1,Regular,,,$3.50,($0.50),$3.00,$0.24,T9,P9,iPad,,,"
        "Payment,Cafe,,C77,Lea,\n",
        {"C77": 12.00}),
    "Etsy sold order items": (
        "EtsySoldOrderItems2024.csv",
        "Sale Date,Item Name,Buyer,Quantity,Price,Coupon Code,Coupon Details,Discount Amount,"
        "Shipping Discount,Order Shipping,Order Sales Tax,Item Total,Currency,Transaction ID,Listing ID,"
        "Date Paid,Date Shipped,Ship Name,Ship Address1,Ship Address2,Ship City,Ship State,"
        "Ship Zipcode,Ship Country,Order ID,Variations,Order Type,Listings Type,Payment Type,"
        "InPerson Discount,InPerson Location,VAT Paid by Buyer,SKU\n"
        "02/03/24,Mug,mia77,2,12.00,,,0,0,4.00,0,24.00,USD,1,11,02/03/24,,Mia Roe,,,Oslo,,,Norway,"
        "9001,,online,listing,online_cc,,,0,\n"
        "02/04/24,Bowl,mia77,1,18.50,,,0,0,4.00,0,18.50,USD,2,12,02/04/24,,Mia Roe,,,Oslo,,,Norway,"
        "9002,,online,listing,online_cc,,,0,\n",
        {"mia77": 42.50}),
}


@pytest.mark.parametrize("format_name", sorted(SMALL_EXPORTS))
def test_other_known_exports(tmp_path, format_name):
    filename, text, expected = SMALL_EXPORTS[format_name]
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    result = import_purchases(path)
    assert result.mapping.format_name == format_name.split(", ")[0]   # (a variant after a comma)
    assert _totals(result) == expected


def test_shopifys_customers_export_meets_its_orders_by_e_mail(tmp_path):
    """Shopify's customers export has both "Customer ID" and "Email"; its orders export only the e-mail.
    Keyed by its ids, none of the file's customers met a buyer (found by a trial on Shopify-shaped files)."""
    orders, _ = shop_files.shopify_orders(tmp_path)
    people = tmp_path / "customers_export.csv"
    people.write_text("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,City\n"
                      "'7012345678901,Alice,Archer,ALICE@example.com ,yes,Leeds\n"
                      "'7012345678902,Bob,Baker,bob@example.com,no,York\n"
                      "'7012345678903,Nora,North,,yes,Hull\n", encoding="utf-8")
    purchases = import_purchases(orders)
    assert purchases.mapping.keyed_by_email()
    result = import_customer_attributes(people, by_email=purchases.mapping.keyed_by_email())
    attributes = result.attributes.set_index("customer_id")
    assert sorted(attributes.index) == ["alice@example.com", "bob@example.com"]
    assert set(attributes.index) <= set(purchases.transactions["customer_id"])
    assert attributes.loc["alice@example.com", "city"] == "Leeds"
    assert result.consent.states.set_index("customer_id").loc["bob@example.com", "consent"] == "no"
    assert 'matched by its e-mail column "Email" (its "Customer ID" column is not used)' in \
        " ".join(str(n) for n in result.report.notes)
    assert result.report.set_aside_count("no customer e-mail") == 1        # Nora has no address
    # a purchases file with customer ids keeps the customers file's ids
    by_id = import_customer_attributes(people)
    assert sorted(by_id.attributes["customer_id"])[0].endswith("7012345678901")


def test_a_shopify_export_sorted_in_excel_keeps_every_line_and_discount(tmp_path):
    # found by a hostile trial: sorted by "Lineitem name", lines above their order's first row lost the
    # e-mail (set aside as "no customer e-mail") and #1001's discount was never taken off
    path, expected = shop_files.shopify_orders(tmp_path)
    result = import_purchases(_rewritten(path, lambda rows: sorted(rows, key=lambda row: row["Lineitem name"]),
                                         "orders_sorted.csv"))
    assert _totals(result) == expected
    assert result.report.set_aside_count("no customer") == 0 and result.report.orders == 4


def test_an_empty_amount_in_a_known_export_sets_the_row_aside_not_a_purchase_worth_nothing(tmp_path):
    # found by a hostile trial: a WooCommerce subtotal left empty, or "n/a", made an order worth 0.00
    path, _expected = shop_files.woocommerce_orders(tmp_path)

    def change(rows):
        rows[1]["order_subtotal"] = ""                   # erin's 12.00: the order's total (16.90) is taken instead
        rows[4]["order_subtotal"], rows[4]["order_total"] = "n/a", ""    # frank's: no amount at all
    result = import_purchases(_rewritten(path, change, "order_export_changed.csv"))
    assert _totals(result) == {"dave@example.org": 55.00, "erin@example.org": 16.90}
    assert result.report.set_aside_count("amount missing or unreadable") == 1


def test_a_woocommerce_order_without_a_billing_e_mail_takes_the_customer_accounts(tmp_path):
    # found by a hostile trial: an order whose billing_email was empty but customer_email held the
    # address was set aside as "no customer e-mail"
    path, _expected = shop_files.woocommerce_orders(tmp_path)

    def change(rows):
        rows[4]["billing_email"] = ""                     # frank's order: his account's address remains
    result = import_purchases(_rewritten(path, change, "order_export_changed.csv"))
    assert _totals(result)["frank@example.org"] == 30.00 and result.report.set_aside_count("no customer") == 0


def test_shopify_refunds_take_off_only_the_goods_and_never_turn_an_order_into_a_return(tmp_path):
    """Found by a trial on files shaped like the real exports: Refunded Amount is the money given back,
    tax and shipping included, and was taken whole off the goods on the order's first line. A lamp
    refunded with its tax (59.50 on goods of 50.00) became a return of 9.50, and a customer whose
    only order was refunded so vanished as 'only returns'."""
    def order(name, email, day, total, shipping, taxes, refunded, lines, status="partially_refunded"):
        rows = []
        for i, (qty, item, price) in enumerate(lines):
            row = {"Name": name, "Created at": f"2024-{day} 10:00:00 +0100", "Lineitem quantity": qty,
                   "Lineitem name": item, "Lineitem price": price}
            if i == 0:
                row.update({"Email": email, "Financial Status": status, "Currency": "EUR", "Total": total,
                            "Shipping": shipping, "Taxes": taxes, "Discount Amount": "0.00",
                            "Refunded Amount": refunded})
            rows.append(row)
        return rows
    rows = (order("#1", "kim@example.com", "01-10", "69.50", "10.00", "9.50", "0.00", [(1, "Lamp", "50.00")], "paid")
            # the lamp and its tax refunded, the shipping kept: more than the goods' 50.00
            + order("#2", "kim@example.com", "02-10", "69.50", "10.00", "9.50", "59.50", [(1, "Lamp", "50.00")])
            + order("#3", "lou@example.com", "02-11", "33.80", "10.00", "3.80", "23.80", [(1, "Vase", "20.00")])
            # prices without tax: 11.90 given back for goods of 10.00 plus 19 % tax
            + order("#4", "max@example.com", "02-12", "71.40", "0.00", "11.40", "11.90",
                    [(1, "Card", "5.00"), (1, "Frame", "55.00")])
            # prices with tax (Total = goods + shipping): the refund is goods, whole
            + order("#5", "ned@example.com", "02-13", "64.90", "4.90", "9.58", "12.00",
                    [(1, "Card", "5.00"), (1, "Frame", "55.00")]))
    path = shop_files._write_csv(tmp_path / "orders_export_1.csv", shop_files.SHOPIFY_COLUMNS, rows)
    result = import_purchases(path)
    assert result.mapping.format_name == "Shopify orders"
    assert _totals(result) == {"kim@example.com": 50.0, "lou@example.com": 0.0, "max@example.com": 50.0,
                               "ned@example.com": 48.0}
    tx = result.transactions
    assert (tx["amount"] >= 0).all() and result.report.return_rows == 0
    # the refund is spread over the order's lines by their worth, so the cheap first line stays a purchase
    assert tx.loc[tx["order_id"] == "#4", "amount"].tolist() == [4.17, 45.83]
    assert tx.loc[tx["order_id"] == "#5", "amount"].tolist() == [4.0, 44.0]
    assert [str(n) for n in result.report.notes if "refunded" in str(n)] == [
        "4 Shopify orders had part of their amount refunded (92.00 of their goods together, without the tax "
        "and shipping given back with them); it is taken off each order's lines."]


def test_orders_never_paid_are_set_aside_and_orders_awaiting_payment_are_said(tmp_path):
    """Found by a trial on files shaped like the real exports: Shopify's expired authorisations and
    WooCommerce's "Pending payment" (a checkout left before paying, which WooCommerce's own analytics
    leave out) counted as spend, and nothing said that orders on hold or pending were counted."""
    rows = []
    for name, email, status, price in (("#1", "ann@x.test", "paid", "20.00"), ("#2", "ann@x.test", "expired", "30.00"),
                                       ("#3", "bob@x.test", "pending", "40.00"),
                                       ("#4", "bob@x.test", "authorized", "10.00")):
        rows.append({"Name": name, "Email": email, "Financial Status": status, "Created at": "2024-03-01 10:00:00 +0100",
                     "Lineitem quantity": "1", "Lineitem name": "Mug", "Lineitem price": price, "Currency": "EUR"})
    path = shop_files._write_csv(tmp_path / "orders_export_1.csv", shop_files.SHOPIFY_COLUMNS, rows)
    result = import_purchases(path)
    assert _totals(result) == {"ann@x.test": 20.0, "bob@x.test": 50.0}
    assert result.report.set_aside_count('unpaid order (Shopify "Financial Status" expired)') == 1
    assert ('2 orders are not paid in full yet (Shopify "Financial Status" pending, authorized or partially paid): '
            "they count as purchases.") in [str(n) for n in result.report.notes]
    woo = tmp_path / "orders-2024.csv"
    woo.write_text('"Order Number","Order Status","Order Date","Email (Billing)","Item Name","Quantity","Item Cost"\n'
                   "1,Completed,2024-06-01 10:00,ann@x.test,Soap,1,5.00\n"
                   "2,Pending payment,2024-06-02 10:00,ann@x.test,Soap,1,9.00\n"
                   "3,wc-on-hold,2024-06-03 10:00,bob@x.test,Soap,2,5.00\n"
                   "3,wc-on-hold,2024-06-03 10:00,bob@x.test,Candle,1,4.00\n", encoding="utf-8")
    result = import_purchases(woo)
    assert _totals(result) == {"ann@x.test": 5.0, "bob@x.test": 14.0}
    assert result.report.set_aside_count("unpaid order (WooCommerce status pending payment)") == 1
    assert [str(n) for n in result.report.notes if "not paid" in str(n)] == [
        "1 order is not paid in full yet (WooCommerce status on hold): it counts as a purchase."]


def test_shopify_columns_are_recognised_and_prepared_by_hand():
    """detect_format, resolve and prepare themselves on four Shopify order lines. Order #1001 has
    lines of 2 × 10.00 and 1 × 30.00 with a 5.00 discount: taken off in proportion to the lines'
    worth (20 : 30), they become 18.00 and 27.00 (the order's Subtotal, 45.00); its Email, on its
    first line only, is copied to its second; #1002 is refunded (set aside); #1003 is kept as is."""
    frame = pd.DataFrame({
        "Name": ["#1001", "#1001", "#1002", "#1003"], "Email": ["a@x.com", None, "b@x.com", "c@x.com"],
        "Created at": ["2024-01-05 10:00:00 +0100"] * 4, "Lineitem quantity": [2, 1, 1, 1],
        "Lineitem price": ["10.00", "30.00", "15.00", "8.00"], "Discount Amount": ["5.00", None, "0", "0"],
        "Subtotal": ["45.00", None, "15.00", "8.00"], "Financial Status": ["paid", None, "refunded", "paid"],
        "Cancelled at": [None] * 4})
    fmt = detect_format(frame.columns)
    assert fmt is not None and fmt.name == "Shopify orders"
    columns = resolve(fmt, frame.columns)
    assert (columns["order_id"], columns["email"], columns["date"], columns["amount"]) == \
        ("Name", "Email", "Created at", DERIVED_AMOUNT)
    out = prepare(fmt, frame)
    assert out.frame[DERIVED_AMOUNT].tolist() == [18.0, 27.0, 15.0, 8.0]
    assert out.frame["Email"].tolist() == ["a@x.com", "a@x.com", "b@x.com", "c@x.com"]
    assert out.set_aside['refunded or voided order (Shopify "Financial Status")'].tolist() == [False, False, True, False]
    assert not out.set_aside['cancelled order (Shopify "Cancelled at")'].any()
    assert detect_format(["Date", "Customer", "Amount"]) is None
