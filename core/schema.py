"""Names shared by every part of Clientele: input fields, canonical transaction columns and the
customer-table columns of definitions §2 (part of the contract: exports use exactly these names)."""

from __future__ import annotations

from typing import TypeAlias

#: A value as JSON holds it (settings and project files): what ``json.loads`` can return.
JSONValue: TypeAlias = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]
#: A JSON object (``{"key": value}``), as ``to_dict`` methods return and project files hold.
JSONObject: TypeAlias = dict[str, JSONValue]

# ---- definitions §1: fields a file's columns are mapped to -------------------------------------------
#: Fields that identify the purchase itself.
CORE_FIELDS = ("customer_id", "date", "amount", "quantity", "unit_price", "order_id")
#: Fields carried to the customer table (latest non-empty value wins).
ATTRIBUTE_FIELDS = (
    "name", "first_name", "last_name", "email", "phone", "country", "city",
    "product", "category", "consent", "birthday", "gender", "channel",
)
#: Every field a transactions column can be mapped to.
TRANSACTION_FIELDS = CORE_FIELDS + ATTRIBUTE_FIELDS
#: Extra fields a customer-attributes file may carry besides ATTRIBUTE_FIELDS.
CUSTOMER_FILE_FIELDS = ("customer_id",) + ATTRIBUTE_FIELDS + (
    "signup_date", "email_opens", "email_clicks", "support_contacts",
)

# ---- canonical transactions (the importer's output) ------------------------------------------
# One row per kept input row, in file order:
#   customer_id  str       trimmed; "12346.0" -> "12346"
#   date         datetime64[ns], normalised to midnight (times of day are ignored, definitions §2)
#   amount       float64   net line amount; negative for returns
#   order_id     str / NA  all NA when the file has no order id
#   is_return    bool      definitions §1 rule (negative amount/quantity, or "C" order id)
#   source_row   int64     1-based row number as the spreadsheet shows it (header row counted)
#   + any mapped ATTRIBUTE_FIELDS as text (quantity / unit_price as float when mapped)
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
)

#: Activity statuses (definitions §4) in rule order, and the status of customers with no purchase.
STATUSES = ("Lost", "Inactive", "Overdue", "Active")
PROSPECT = "Prospect"

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
