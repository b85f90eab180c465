"""Small Shopify / WooCommerce / Square / Etsy / Online Retail II style files, written into tmp_path.

Each writer returns the path and the hand-checked net spend per customer that the import must give.
Column names follow the real exports (the headers those systems write, in their order).
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

SHOPIFY_COLUMNS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
    "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
    "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
    "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip",
    "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes",
    "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level",
    "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Phone", "Receipt Number",
]


def _write_csv(path: Path, columns: list[str], rows: list[dict], **kwargs) -> Path:
    with open(path, "w", newline="", encoding=kwargs.pop("encoding", "utf-8")) as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="", **kwargs)
        writer.writeheader()
        writer.writerows(rows)
    return path


def shopify_orders(tmp_path: Path) -> tuple[Path, dict[str, float]]:
    """Multi-line orders; order-level fields (Email, Total, Discount…) only on the first line."""
    orders = [
        # name, email, created, discount, total (incl. shipping/tax), cancelled, lines (qty, name, price)
        ("#1001", "alice@example.com", "2024-01-05 10:00:00 +0100", "2.50", "31.33", "",
         [(2, "Mug", "10.00"), (1, "Card", "5.50")]),
        ("#1002", "bob@example.com", "2024-02-10 16:20:11 +0100", "0.00", "25.90", "",
         [(3, "Tea towel", "7.00")]),
        ("#1003", "Alice@Example.com ", "2024-03-01 09:01:00 +0100", "0.00", "59.50", "",
         [(1, "Vase", "15.00"), (2, "Candle", "2.50"), (1, "Lamp", "30.00")]),
        ("#1004", "carol@example.com", "2024-03-15 12:00:00 +0100", "0.00", "99.00",
         "2024-03-16 08:00:00 +0100", [(1, "Chair", "99.00")]),
        ("#1005", "bob@example.com", "2024-04-02 11:00:00 +0200", "0.00", "20.90", "",
         [(2, "Bowl", "8.00")]),
        ("#1006", "dan@example.com", "2024-04-03 11:00:00 +0200", "0.00", "44.90", "",
         [(1, "Rug", "40.00")]),
        ("#1007", "owner@myshop.example", "2024-04-03 12:00:00 +0200", "0.00", "1.00", "",
         [(1, "Test product", "1.00")]),
    ]
    status = {"#1005": ("partially_refunded", "5.00"), "#1006": ("refunded", "44.90")}
    payment = {"#1007": "bogus"}          # Shopify's test gateway: the owner's test order
    rows = []
    for name, email, created, discount, total, cancelled, lines in orders:
        for i, (qty, item, price) in enumerate(lines):
            row = {"Name": name, "Created at": created, "Lineitem quantity": qty,
                   "Lineitem name": item, "Lineitem price": price, "Lineitem discount": "0.00",
                   "Lineitem requires shipping": "true", "Lineitem taxable": "true"}
            if i == 0:
                subtotal = sum(q * float(p) for q, _, p in lines) - float(discount)
                financial, refunded = status.get(name, ("paid", "0.00"))
                row.update({"Email": email, "Financial Status": financial, "Paid at": created,
                            "Refunded Amount": refunded,
                            "Accepts Marketing": "yes", "Currency": "EUR",
                            "Subtotal": f"{subtotal:.2f}", "Shipping": "4.90", "Taxes": "3.43",
                            "Total": total, "Discount Amount": discount, "Cancelled at": cancelled,
                            "Billing Name": email.split("@")[0].strip().title(),
                            "Billing Country": "DE", "Source": "web", "Id": "55" + name[1:],
                            "Payment Method": payment.get(name, "Shopify Payments")})
            rows.append(row)
    path = _write_csv(tmp_path / "orders_export_1.csv", SHOPIFY_COLUMNS, rows)
    # alice: (2×10 + 5.50 − 2.50) + (15 + 2×2.50 + 30) = 23 + 50; bob: 3×7 + (2×8 − 5 refunded);
    # carol's order was cancelled, dan's refunded in full and the owner's a test order: all set aside.
    return path, {"alice@example.com": 73.00, "bob@example.com": 32.00}


WOO_COLUMNS = [
    "order_id", "order_number", "order_date", "paid_date", "status", "shipping_total",
    "shipping_tax_total", "fee_total", "fee_tax_total", "tax_total", "cart_discount",
    "order_discount", "discount_total", "order_total", "order_subtotal", "order_key",
    "order_currency", "payment_method", "payment_method_title", "transaction_id",
    "customer_ip_address", "customer_user_agent", "shipping_method", "customer_id", "customer_user",
    "customer_email", "billing_first_name", "billing_last_name", "billing_company", "billing_email",
    "billing_phone", "billing_address_1", "billing_address_2", "billing_postcode", "billing_city",
    "billing_state", "billing_country", "shipping_first_name", "shipping_last_name",
    "customer_note", "line_item_1", "line_item_2",
]


def woocommerce_orders(tmp_path: Path) -> tuple[Path, dict[str, float]]:
    """One row per order; guests have customer_id 0, so e-mail identifies customers."""
    data = [
        (101, "2024-04-01 13:45:00", "wc-completed", "40.00", "5.00", "43.90", 7, "dave@example.org", "Dave"),
        (102, "2024-04-03 09:10:00", "wc-completed", "12.00", "0.00", "16.90", 0, "erin@example.org", "Erin"),
        (103, "2024-05-20 18:00:00", "wc-processing", "20.00", "0.00", "24.90", 7, "dave@example.org", "Dave"),
        (104, "2024-05-21 18:00:00", "wc-cancelled", "50.00", "0.00", "54.90", 0, "erin@example.org", "Erin"),
        (105, "2024-05-22 11:00:00", "wc-completed", "30.00", "0.00", "34.90", 0, "frank@example.org", "Frank"),
    ]
    rows = [{"order_id": oid, "order_number": oid, "order_date": date, "paid_date": date,
             "status": status, "shipping_total": "3.90", "discount_total": disc, "cart_discount": disc,
             "order_total": total, "order_subtotal": sub, "order_currency": "GBP",
             "customer_id": cid, "billing_first_name": first, "billing_last_name": "Smith",
             "billing_email": email, "customer_email": email, "billing_country": "GB",
             "billing_city": "Leeds", "line_item_1": "name:Soap|quantity:1|total:" + sub}
            for oid, date, status, sub, disc, total, cid, email, first in data]
    path = _write_csv(tmp_path / "order_export_2024.csv", WOO_COLUMNS, rows)
    return path, {"dave@example.org": 55.00, "erin@example.org": 12.00, "frank@example.org": 30.00}


SQUARE_COLUMNS = [
    "Date", "Time", "Time Zone", "Gross Sales", "Discounts", "Service Charges", "Net Sales",
    "Gift Card Sales", "Tax", "Tip", "Partial Refunds", "Total Collected", "Source", "Card",
    "Card Entry Methods", "Cash", "Square Gift Card", "Other Tender", "Other Tender Type",
    "Other Tender Note", "Fees", "Net Total", "Transaction ID", "Payment ID", "Card Brand",
    "PAN Suffix", "Device Name", "Staff Name", "Staff ID", "Details", "Description", "Event Type",
    "Location", "Dining Option", "Customer ID", "Customer Name", "Customer Reference ID",
]


def square_transactions(tmp_path: Path) -> tuple[Path, dict[str, float]]:
    """Dollar amounts, (bracketed) negatives, US dates that never show a day above 12."""
    data = [
        ("05/01/2024", "$32.00", "($2.00)", "$30.00", "Payment", "T1", "CUST1", "Gina Ortiz"),
        ("06/03/2024", "$12.50", "$0.00", "$12.50", "Payment", "T2", "CUST1", "Gina Ortiz"),
        ("06/04/2024", "($5.00)", "$0.00", "($5.00)", "Refund", "T2", "CUST1", "Gina Ortiz"),
        ("07/02/2024", "$8.25", "$0.00", "$8.25", "Payment", "T3", "CUST2", "Hal Berg"),
        ("07/02/2024", "$4.00", "$0.00", "$4.00", "Payment", "T4", "", ""),
        ("07/09/2024", "$20.00", "$0.00", "$20.00", "Payment", "T5", "CUST2", "Hal Berg"),
    ]
    partial = {"T5": "($6.00)"}     # part of T5 given back: only in its row's Partial Refunds
    rows = [{"Date": d, "Time": "10:15:00", "Time Zone": "Eastern Time (US & Canada)",
             "Gross Sales": g, "Discounts": disc, "Net Sales": net, "Tax": "$0.00", "Tip": "$0.00",
             "Partial Refunds": partial.get(t, "$0.00"),
             "Total Collected": net, "Source": "Point of Sale", "Transaction ID": t,
             "Payment ID": "P" + t, "Event Type": ev, "Description": "Custom Amount",
             "Location": "Main St", "Customer ID": cid, "Customer Name": name}
            for d, g, disc, net, ev, t, cid, name in data]
    path = _write_csv(tmp_path / "transactions-2024-01-01-2025-01-01.csv", SQUARE_COLUMNS, rows)
    # CUST1: 30 + 12.50 − 5 refunded; CUST2: 8.25 + (20 − 6 partly refunded)
    return path, {"CUST1": 37.50, "CUST2": 22.25}


ETSY_COLUMNS = [
    "Sale Date", "Order ID", "Buyer User ID", "Full Name", "First Name", "Last Name",
    "Number of Items", "Payment Method", "Date Shipped", "Street 1", "Street 2", "Ship City",
    "Ship State", "Ship Zipcode", "Ship Country", "Currency", "Order Value", "Coupon Code",
    "Coupon Details", "Discount Amount", "Shipping Discount", "Shipping", "Sales Tax",
    "Order Total", "Status", "Card Processing Fees", "Order Net", "Adjusted Order Total",
    "Adjusted Card Processing Fees", "Adjusted Net Order Amount", "Buyer", "Order Type",
    "Payment Type", "InPerson Discount", "InPerson Location", "SKU",
]


def etsy_sold_orders(tmp_path: Path) -> tuple[Path, dict[str, float]]:
    """EtsySoldOrders.csv: one row per order, month-first two-digit-year dates."""
    data = [
        ("12/28/23", "3001", "111", "Ida Lang", "25.00", "2.50", "Ship"),
        ("01/05/24", "3002", "111", "Ida Lang", "40.00", "0", "Ship"),
        ("01/09/24", "3003", "222", "Jon Park", "18.99", "0", "Ship"),
        ("02/01/24", "3004", "222", "Jon Park", "30.00", "0", "Ship"),
        ("02/03/24", "3005", "111", "Ida Lang", "10.00", "0", "Ship"),
    ]
    # 3004 partly refunded: 10.00 given back (Order Total 35.00, Adjusted Order Total 25.00); 3005 partly
    # refunded without an adjusted total ("--", as Etsy writes an order with none): counted in full
    refunds = {"3004": ("Partially Refunded", "25.00"), "3005": ("Partially Refunded", "--")}
    rows = [{"Sale Date": d, "Order ID": oid, "Buyer User ID": uid, "Full Name": name,
             "First Name": name.split()[0], "Last Name": name.split()[1], "Number of Items": 1,
             "Ship City": "Austin", "Ship Country": "United States", "Currency": "USD",
             "Order Value": value, "Discount Amount": disc, "Shipping": "4.00", "Sales Tax": "1.00",
             "Order Total": f"{float(value) - float(disc) + 5:.2f}", "Status": refunds.get(oid, ("Completed",))[0],
             "Adjusted Order Total": refunds.get(oid, ("", "--"))[1], "Adjusted Card Processing Fees": "--",
             "Adjusted Net Order Amount": "--",
             "Buyer": name.split()[0].lower() + "123", "Order Type": "online", "Payment Type": "online_cc"}
            for d, oid, uid, name, value, disc, _ in data]
    path = _write_csv(tmp_path / "EtsySoldOrders2024.csv", ETSY_COLUMNS, rows)
    return path, {"111": 72.50, "222": 38.99}


def online_retail_ii_xlsx(tmp_path: Path) -> tuple[Path, dict[str, float]]:
    """Online Retail II workbook: a notes sheet first, numeric invoices, a 'C' one after row 1,000."""

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Read me"
    notes.append(["Exported from the shop system"])
    sheet = book.create_sheet("Year 2009-2010")
    sheet.append(["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price",
                  "Customer ID", "Country"])
    start = dt.datetime(2009, 12, 1, 7, 45)
    for i in range(1200):
        sheet.append([489434 + i // 10, 85048, "15CM CHRISTMAS GLASS BALL 20 LIGHTS", 1,
                      start + dt.timedelta(hours=i), 1.0, 13085.0, "United Kingdom"])
    sheet.append(["C489999", "85048", "15CM CHRISTMAS GLASS BALL 20 LIGHTS", -3,
                  start + dt.timedelta(days=60), 1.0, 13085.0, "United Kingdom"])
    sheet.append([490001, "22087", "PAPER BUNTING WHITE LACE", 12, dt.datetime(2010, 2, 1, 9, 0),
                  0.85, 13078.0, "France"])
    sheet.append([490001, "21232", "STRAWBERRY CERAMIC TRINKET BOX", 6, dt.datetime(2010, 2, 1, 9, 0),
                  2.10, 13078.0, "France"])
    sheet.append([490002, "21232", "STRAWBERRY CERAMIC TRINKET BOX", 2, dt.datetime(2010, 2, 2, 9, 0),
                  2.10, None, "United Kingdom"])
    path = tmp_path / "online_retail_II.xlsx"
    book.save(path)
    return path, {"13085": 1197.00, "13078": 22.80}


def ods_workbook(tmp_path: Path, rows: list[list], sheet: str = "Sales") -> Path:
    """A minimal OpenDocument spreadsheet (what LibreOffice Calc saves), written by hand."""

    def cell(value) -> str:
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, dt.datetime):
            iso = value.isoformat()
            return (f'<table:table-cell office:value-type="date" office:date-value="{iso}">'
                    f"<text:p>{iso}</text:p></table:table-cell>")
        if isinstance(value, (int, float)):
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    path = tmp_path / "sales.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path
