"""core.schema: the names every part shares, and the JSON types of settings and project files."""

from __future__ import annotations

import json

from core import schema


def test_transaction_fields_are_the_core_fields_then_the_attributes_then_the_purchase_fields():
    assert schema.TRANSACTION_FIELDS == schema.CORE_FIELDS + schema.ATTRIBUTE_FIELDS + schema.PURCHASE_FIELDS
    assert "coupon_code" in schema.PURCHASE_FIELDS and "coupon_code" not in schema.CUSTOMER_FILE_FIELDS
    assert schema.CUSTOMER_FILE_FIELDS[0] == "customer_id"
    assert set(schema.ATTRIBUTE_FIELDS) <= set(schema.CUSTOMER_FILE_FIELDS)


def test_canonical_transaction_columns():
    assert schema.TX_REQUIRED_COLUMNS == ("customer_id", "date", "amount", "order_id", "is_return", "source_row")


def test_customer_table_columns_are_unique_and_start_with_the_id():
    assert schema.PROSPECT not in schema.STATUSES
    assert schema.CUSTOMER_COLUMNS[0] == "customer_id"
    assert len(set(schema.CUSTOMER_COLUMNS)) == len(schema.CUSTOMER_COLUMNS)
    for column in ("rfm_segment", "activity_status", "tier", "next_tier"):
        assert column in schema.CUSTOMER_COLUMNS


def test_json_object_round_trips_through_json():
    value: schema.JSONObject = {"a": [1, 2.5, "x", None, True], "b": {"c": []}}
    assert json.loads(json.dumps(value)) == value


def test_two_list_names_are_the_same_with_edge_spaces_and_letter_case_aside():
    key = schema.list_name_key
    assert key("  Straße Kunden ") == key("STRASSE KUNDEN") == "strasse kunden"
    assert key("Lost") == key("lost") != key("Lost customers")
    assert key("Champions → At Risk") == "champions → at risk"
