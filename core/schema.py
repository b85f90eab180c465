"""Names shared by every part of Clientele: input fields, canonical transaction columns and the
customer-table columns of definitions §2 (part of the contract: exports use exactly these names)."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeAlias

#: A value as JSON holds it (settings and project files): what ``json.loads`` can return.
JSONValue: TypeAlias = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]
#: A JSON object (``{"key": value}``), as ``to_dict`` methods return and project files hold.
JSONObject: TypeAlias = dict[str, JSONValue]

# ---- definitions §1: the years a date can be in -------------------------------------------------------
#: The first and last year of a purchase date, a sign-up date, a reference date or a compare date
#: (definitions §1): a date outside (a typing slip such as 9999-12-31, or 1024 for 2024) is unreadable. Excel's
#: calendar starts in 1900; the margin to pandas' last day (2262-04-11) leaves room for the days counted
#: on from a reference date (a year of predictions, the next anniversary, a coupon's expiry).
FIRST_YEAR, LAST_YEAR = 1900, 2199

#: The longest name the owner may give a segment, a tier or a saved list (a project file holds no longer).
MAX_NAME = 200
#: The largest amount of money a purchase row can hold (a thousand million million): a bigger one is a
#: damaged cell or a typing slip (definitions §1), and no offer takes more than this off.
MAX_AMOUNT = 1e15

# ---- definitions §1: fields a file's columns are mapped to -------------------------------------------
#: Fields that identify the purchase itself.
CORE_FIELDS = ("customer_id", "date", "amount", "quantity", "unit_price", "order_id")
#: Fields carried to the customer table (latest non-empty value wins).
ATTRIBUTE_FIELDS = (
    "name", "first_name", "last_name", "email", "phone", "address", "postcode", "city", "country",
    "product", "category", "consent", "birthday", "gender", "channel",
)
#: Fields of the purchase that stay on its rows (not carried to the customer table): the discount
#: or coupon code(s) used on the order, read for campaign results (definitions §9).
PURCHASE_FIELDS = ("coupon_code",)
#: Every field a transactions column can be mapped to.
TRANSACTION_FIELDS = CORE_FIELDS + ATTRIBUTE_FIELDS + PURCHASE_FIELDS
#: Extra fields a customer-attributes file may carry besides ATTRIBUTE_FIELDS.
CUSTOMER_FILE_FIELDS = ("customer_id",) + ATTRIBUTE_FIELDS + (
    "signup_date", "email_opens", "email_clicks", "support_contacts",
)

#: Each field as the window and the import report name it.
FIELD_WORDS = {
    "customer_id": "Customer number", "date": "Purchase date", "amount": "Amount (line or order total)",
    "quantity": "Quantity", "unit_price": "Unit price", "order_id": "Order / invoice number",
    "name": "Customer name", "first_name": "First name", "last_name": "Last name", "email": "E-mail",
    "phone": "Phone", "address": "Address (street)", "postcode": "Postcode", "city": "City", "country": "Country",
    "product": "Product", "category": "Category", "consent": "Marketing consent", "birthday": "Birthday",
    "gender": "Gender", "channel": "Channel", "signup_date": "Sign-up date", "email_opens": "E-mail opens",
    "email_clicks": "E-mail clicks", "support_contacts": "Support contacts", "coupon_code": "Coupon code",
}

# ---- canonical transactions (the importer's output) ------------------------------------------
# One row per kept input row, in file order:
#   customer_id  str       trimmed; "12346.0" -> "12346"
#   date         datetime64[ns], normalised to midnight (times of day are ignored, definitions §2)
#   amount       float64   net line amount; negative for returns
#   order_id     str / NA  all NA when the file has no order id
#   is_return    bool      definitions §1 rule (negative amount/quantity, or "C" order id)
#   source_row   int64     1-based row number as the spreadsheet shows it (header row counted)
#   + any mapped ATTRIBUTE_FIELDS and PURCHASE_FIELDS as text, held as categoricals (each distinct text
#     once: importing/cleaning.kept_text); quantity / unit_price as float when mapped
TX_CUSTOMER = "customer_id"
TX_DATE = "date"
TX_AMOUNT = "amount"
TX_ORDER = "order_id"
TX_RETURN = "is_return"
TX_ROW = "source_row"
TX_REQUIRED_COLUMNS = (TX_CUSTOMER, TX_DATE, TX_AMOUNT, TX_ORDER, TX_RETURN, TX_ROW)

# ---- definitions §2: the customer table --------------------------------------------------------------
CUSTOMER_COLUMNS = (
    "customer_id",
    "first_purchase",
    "last_purchase",
    "days_since_last",
    "tenure_days",
    "orders",
    "purchase_days",
    "revenue",
    "avg_order_value",
    "typical_gap_days",
    "overdue_ratio",
    "revenue_last_12m",
    "revenue_prev_12m",
    "favourite_category",
    "favourite_product",
    "r_score",
    "f_score",
    "m_score",
    "rfm_segment",
    "activity_status",
    "declining",
    "tier",
    "tier_points",
    "next_tier",
    "amount_to_next_tier",
    # definitions §11: predictions (empty where the models cannot be fitted)
    "p_alive",
    "expected_purchases_365d",
    "expected_spend",
    "predicted_revenue_365d",
)

# ---- definitions §10: segment migration -------------------------------------------------------------
#: The customer-table column of a comparison: the segment as the customer stood on the earlier date
#: (empty for customers who first bought after it). It follows the columns above, before other facts.
PREVIOUS_SEGMENT = "previous_segment"
#: Where customers who first bought after the comparison date come from, in words ("(new) → Champions").
NEW_SOURCE = "(new)"
#: The migration table (--migration-out): one row per (previous, current) segment pair holding anyone.
MIGRATION_COLUMNS = ("from_segment", "to_segment", "customers", "revenue_last_12m_before")

#: Activity statuses (definitions §4) in rule order, and the status of customers with no purchase.
STATUSES = ("Lost", "Inactive", "Overdue", "Active")
PROSPECT = "Prospect"

def list_name_key(name: str) -> str:
    """How two list names are compared, the one rule: edge spaces and letter case aside, with
    Unicode's case folding ("Straße Kunden" names the list "STRASSE KUNDEN"). Every list name (a
    segment, status, tier, occasion, migration path or the owner's saved list) is matched by it:
    a ``--lists`` name, an offer's target, an offer test's list, two saved lists' names."""
    return name.strip().casefold()


# ---- definitions §12: occasions ----------------------------------------------------------------------
#: The customer-table columns of the occasions, after the customer's other facts: the next birthday
#: and the next anniversary of the first purchase (on or after the reference date), whole years with
#: the shop, and the product a customer is due to buy again with the day it is due.
OCCASION_COLUMNS = ("next_birthday", "next_anniversary", "years_with_us", "due_product", "due_date")
#: The occasion lists, by name (definitions §12).
BIRTHDAY_SOON = "Birthday soon"
ANNIVERSARY_SOON = "Anniversary soon"
DUE_TO_REBUY = "Due to re-buy"
OCCASIONS = (BIRTHDAY_SOON, ANNIVERSARY_SOON, DUE_TO_REBUY)
#: The customer-table column holding each occasion list's day (an offer's validity may count from it).
OCCASION_DAY_COLUMNS = {BIRTHDAY_SOON: "next_birthday", ANNIVERSARY_SOON: "next_anniversary", DUE_TO_REBUY: "due_date"}


# ---- the workbooks Clientele writes -----------------------------------------------------------------------
#: The document property (File ▸ Info ▸ Properties in Excel) that names what a workbook Clientele
#: wrote holds: an import refuses such a workbook as a purchases file (core/importing/own_outputs.py).
OUTPUT_PROPERTY = "Clientele output"


class OutputKind(StrEnum):
    """What a workbook Clientele wrote holds (the value of OUTPUT_PROPERTY)."""

    MAILING = "mailing list"
    CUSTOMER_TABLE = "customer table"
    RESULTS = "campaign results"
    REBUY = "re-buy table"
    MIGRATION = "migration table"
