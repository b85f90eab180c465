"""The coupon / discount-code column (definitions §1, §9): recognised in the known exports and the six
languages, mapped by hand, carried on every purchase row as text, never to the customer table."""

from __future__ import annotations

import pandas as pd
import pytest

from core.importing import ImportOptions, import_purchases
from core.importing.mapping import BY_USER, detect_mapping
from core.project import Project
from tests.core.importing.shop_files import SHOPIFY_COLUMNS, _write_csv
from tests.factories import make_segmentation


@pytest.mark.parametrize("header", [
    "Discount Code", "Discount Codes", "Coupon Code", "coupon_items", "Coupons Used", "Coupons", "Discount Name",
    "Promo code", "Voucher code", "Gutscheincode", "Rabattcode", "Code promo", "Code de réduction",
    "Código de descuento", "Cupón", "Codice sconto", "Codice promozionale", "Kortingscode", "Actiecode",
])
def test_coupon_headers_are_recognised(header):
    frame = pd.DataFrame({"Date": ["2024-01-05"], "Customer ID": ["A1"], "Amount": ["10.00"], header: ["SAVE-10"]})
    mapping = detect_mapping(frame)
    assert mapping.fields.get("coupon_code") == header


def test_amount_columns_are_not_coupons():
    frame = pd.DataFrame({"Date": ["2024-01-05"], "Customer ID": ["A1"], "Amount": ["10.00"],
                          "Discount Amount": ["2.00"], "Discounts": ["2.00"]})
    assert "coupon_code" not in detect_mapping(frame).fields


def _shopify(tmp_path):
    rows = []
    orders = [("#1001", "ann@example.com", "2024-01-05 10:00:00 +0100", " return-abc234 ", [(2, "Mug", "10.00"),
                                                                                          (1, "Card", "5.50")]),
              ("#1002", "bob@example.com", "2024-02-10 16:20:11 +0100", "", [(1, "Vase", "15.00")])]
    for name, email, created, code, lines in orders:
        for i, (qty, item, price) in enumerate(lines):
            row = {"Name": name, "Created at": created, "Lineitem quantity": qty, "Lineitem name": item,
                   "Lineitem price": price}
            if i == 0:
                row.update({"Email": email, "Financial Status": "paid", "Discount Code": code,
                            "Discount Amount": "2.00" if code.strip() else "0.00", "Currency": "EUR"})
            rows.append(row)
    return _write_csv(tmp_path / "orders_export_1.csv", SHOPIFY_COLUMNS, rows)


def test_shopify_discount_code_reaches_every_line_of_its_order(tmp_path):
    result = import_purchases(_shopify(tmp_path))
    assert result.mapping.fields["coupon_code"] == "Discount Code"
    tx = result.transactions
    codes = dict(zip(tx["source_row"], tx["coupon_code"], strict=True))
    assert codes[2] == codes[3] == "return-abc234"        # trimmed, copied down to the order's second line
    assert pd.isna(codes[4])                               # an empty cell is no code


def test_a_coupon_column_mapped_by_hand_is_read_as_text(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("Date,Customer,Total,Notes\n2024-01-05,A1,10.00,12345\n2024-01-06,A2,5.00,\n", encoding="utf-8")
    result = import_purchases(path, ImportOptions(mapping={"coupon_code": "Notes", "customer_id": "Customer"}))
    assert result.mapping.reasons["coupon_code"] == BY_USER
    assert result.transactions["coupon_code"].tolist()[0] == "12345"
    assert pd.isna(result.transactions["coupon_code"].tolist()[1])


def test_codes_stay_on_the_rows_not_in_the_customer_table():
    from tests.factories import random_transactions  # noqa: PLC0415 - one test's data

    tx = random_transactions(30)
    tx["coupon_code"] = pd.array(["SAVE-1"] * len(tx), dtype="str")
    assert "coupon_code" not in make_segmentation(tx).customers.columns


def test_a_project_may_map_the_coupon_column():
    data = Project().to_dict()
    data["import_options"]["mapping"] = {"coupon_code": "Voucher"}
    assert Project.from_dict(data).import_options.mapping == {"coupon_code": "Voucher"}
