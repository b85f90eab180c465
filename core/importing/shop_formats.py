"""Known shop exports (Shopify, WooCommerce, Square, Etsy, Online Retail I/II): columns and amount rules.

How each export's amount is taken (also shown in the import report):

- Shopify orders (one row per line item; order fields only on the order's first row): each line is
  ``Lineitem quantity × Lineitem price``; the order's ``Discount Amount`` and ``Refunded Amount``
  are subtracted once, on the order's first row, so an order sums to its Subtotal less refunds. Shipping and taxes are not spend on
  your goods and are left out; ``Total`` is never added per line, so nothing is double-counted.
  Order fields (Email, Accepts Marketing, Billing…) are copied down to the order's other lines.
  Cancelled orders (``Cancelled at`` filled) and refunded or voided ones (``Financial Status``)
  are set aside and reported.
- WooCommerce (order export plugins): ``order_subtotal − discount_total`` per order (merchandise
  net of discounts, without shipping and tax); one row per item exports use quantity × item cost.
  Cancelled, failed and refunded orders are set aside. Guests have customer id 0, so customers are
  identified by their billing e-mail.
- Square: ``Net Sales`` (gross sales less discounts, before tax and tips); refunds are negative.
- Etsy sold orders: ``Order Value − Discount Amount`` (cancelled or refunded ``Status`` set aside);
  order items: ``Quantity × Price``. Etsy
  writes dates month-first (12/31/21).
- Online Retail I/II (UCI): ``Quantity × UnitPrice`` (``Price``); ``C…`` invoices are cancellations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd

from core.importing.amounts import parse_money
from core.importing.headers import normalise_header
from core.words import Phrase

DERIVED_AMOUNT = "Amount (worked out by Clientele)"


@dataclass
class Prepared:
    """A frame with derived columns, rows to set aside by reason, and notes for the report."""

    frame: pd.DataFrame
    set_aside: dict[str, pd.Series] = field(default_factory=dict)
    notes: list[Phrase] = field(default_factory=list)


@dataclass(frozen=True)
class ShopFormat:
    """One known export: the headers that identify it and the mapping it implies."""

    name: str
    signature: tuple[str, ...]
    mapping: dict  # field -> column name, tuple of alternatives, or None (leave unmapped)
    amount_rule: str = ""
    date_order: str | None = None
    prepare: Callable[[pd.DataFrame, dict], Prepared] | None = None


def _money(frame: pd.DataFrame, column: str | None) -> pd.Series:
    if column is None or column not in frame:
        return pd.Series(0.0, index=frame.index)
    return parse_money(frame[column])[0].fillna(0.0)


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    return frame[column].astype("str").str.strip().str.lower()


def _prepare_shopify(frame: pd.DataFrame, cols: dict) -> Prepared:
    order = frame[cols["Name"]]
    order_level = [c for c in frame.columns if normalise_header(c) in _SHOPIFY_ORDER_LEVEL]
    if order_level:
        frame = frame.copy()
        frame[order_level] = frame[order_level].groupby(order.to_numpy(), sort=False).ffill()
    qty = _money(frame, cols.get("Lineitem quantity"))
    price = _money(frame, cols.get("Lineitem price"))
    first_row = ~order.duplicated() & order.notna()
    discount = _money(frame, cols.get("Discount Amount")).where(first_row, 0.0).abs()
    refunded = _money(frame, cols.get("Refunded Amount")).where(first_row, 0.0).abs()
    frame = frame.assign(**{DERIVED_AMOUNT: qty * price - discount - refunded})
    out = Prepared(frame)
    cancelled = cols.get("Cancelled at")
    if cancelled:
        mask = frame[cancelled].notna() & (frame[cancelled].astype("str").str.strip() != "")
        out.set_aside["cancelled order (Shopify \"Cancelled at\")"] = mask
    status = cols.get("Financial Status")
    if status:
        mask = _text(frame, status).isin(["refunded", "voided"])
        out.set_aside["refunded or voided order (Shopify \"Financial Status\")"] = mask
    partial = refunded[first_row & (refunded > 0)]
    if len(partial):
        out.notes.append(Phrase.counted(
            "{n} Shopify order had part of its amount refunded ({amount:,.2f}); it is taken off the order's first "
            "line.",
            "{n} Shopify orders had part of their amount refunded ({amount:,.2f} together); it is taken off each "
            "order's first line.", len(partial), amount=float(partial.sum())))
    return out


_SHOPIFY_ORDER_LEVEL = {normalise_header(c) for c in (
    "Email", "Financial Status", "Paid at", "Accepts Marketing", "Currency", "Created at",
    "Billing Name", "Billing Address1", "Billing Zip", "Billing City", "Billing Country", "Billing Phone",
    "Phone", "Cancelled at", "Source", "Customer ID", "Discount Code",
)}


def _status_set_aside(frame: pd.DataFrame, column: str | None, out: Prepared, label: str) -> None:
    if column is None or column not in frame:
        return
    status = _text(frame, column).str.replace("wc-", "", regex=False)
    mask = status.isin(["cancelled", "canceled", "failed", "refunded", "fully refunded"])
    out.set_aside[f"cancelled, failed or refunded order ({label} status)"] = mask


def _prepare_woo_orders(frame: pd.DataFrame, cols: dict) -> Prepared:
    base = cols.get("order_subtotal") or cols.get("order_total")
    amount = _money(frame, base) - _money(frame, cols.get("discount_total")).abs()
    out = Prepared(frame.assign(**{DERIVED_AMOUNT: amount}))
    _status_set_aside(frame, cols.get("status"), out, "WooCommerce")
    return out


def _prepare_woo_items(frame: pd.DataFrame, cols: dict) -> Prepared:
    out = Prepared(frame)
    _status_set_aside(frame, cols.get("Order Status"), out, "WooCommerce")
    return out


def _prepare_etsy_orders(frame: pd.DataFrame, cols: dict) -> Prepared:
    amount = _money(frame, cols.get("Order Value")) - _money(frame, cols.get("Discount Amount")).abs()
    out = Prepared(frame.assign(**{DERIVED_AMOUNT: amount}))
    _status_set_aside(frame, cols.get("status"), out, "Etsy")
    return out


def _prepare_status_only(frame: pd.DataFrame, cols: dict) -> Prepared:
    out = Prepared(frame)
    _status_set_aside(frame, cols.get("status"), out, "order")
    return out


FORMATS: tuple[ShopFormat, ...] = (
    ShopFormat(
        "Shopify orders",
        ("Name", "Email", "Created at", "Lineitem quantity", "Lineitem price"),
        {"order_id": "Name", "email": "Email", "customer_id": None, "date": "Created at",
         "quantity": "Lineitem quantity", "unit_price": "Lineitem price", "amount": DERIVED_AMOUNT,
         "product": "Lineitem name", "name": "Billing Name", "phone": ("Billing Phone", "Phone"),
         "country": "Billing Country", "city": "Billing City", "consent": "Accepts Marketing",
         "address": "Billing Address1", "postcode": "Billing Zip",
         "channel": "Source", "category": None},
        "Lineitem quantity × Lineitem price, less the order's Discount Amount once (= Subtotal); "
        "shipping and taxes left out",
        prepare=_prepare_shopify,
    ),
    ShopFormat(
        "WooCommerce orders (Order Export & Import)",
        ("order_id", "order_date", "order_total", "billing_email"),
        {"order_id": ("order_number", "order_id"), "date": "order_date", "customer_id": None,
         "email": "billing_email", "amount": DERIVED_AMOUNT, "quantity": None, "unit_price": None,
         "first_name": "billing_first_name", "last_name": "billing_last_name",
         "phone": "billing_phone", "country": "billing_country", "city": "billing_city",
         "address": "billing_address_1", "postcode": "billing_postcode",
         "name": None, "product": None, "channel": None},
        "order_subtotal − discount_total (shipping and tax left out)",
        prepare=_prepare_woo_orders,
    ),
    ShopFormat(
        "WooCommerce orders (Advanced Order Export)",
        ("Order Number", "Order Date", "Email (Billing)"),
        {"order_id": "Order Number", "date": "Order Date", "customer_id": None,
         "email": "Email (Billing)", "quantity": "Quantity", "unit_price": "Item Cost",
         "amount": None, "product": "Item Name", "first_name": "First Name (Billing)",
         "last_name": "Last Name (Billing)", "phone": "Phone (Billing)",
         "country": "Country Code (Billing)", "city": "City (Billing)",
         "address": "Address 1&2 (Billing)", "postcode": "Postcode (Billing)"},
        "Quantity × Item Cost per item row",
        prepare=_prepare_woo_items,
    ),
    ShopFormat(
        "WooCommerce Analytics orders",
        ("Date", "Order #", "Customer", "Net Sales"),
        {"date": "Date", "order_id": "Order #", "customer_id": "Customer", "name": "Customer",
         "amount": "Net Sales", "product": "Product(s)", "quantity": None, "unit_price": None},
        "Net Sales per order",
        prepare=_prepare_status_only,
    ),
    ShopFormat(
        "Square item sales",
        ("Date", "Time", "Item", "Qty", "Net Sales", "Transaction ID"),
        {"date": "Date", "order_id": "Transaction ID", "customer_id": "Customer ID",
         "name": "Customer Name", "amount": "Net Sales", "quantity": None, "unit_price": None,
         "product": "Item", "category": "Category", "channel": None},
        "Net Sales (gross less discounts, before tax and tips)",
        date_order="monthfirst",
    ),
    ShopFormat(
        "Square transactions",
        ("Date", "Time", "Gross Sales", "Net Sales", "Transaction ID"),
        {"date": "Date", "order_id": "Transaction ID", "customer_id": "Customer ID",
         "name": "Customer Name", "amount": "Net Sales", "quantity": None, "unit_price": None,
         "product": "Description", "channel": None},
        "Net Sales (gross less discounts, before tax and tips)",
        date_order="monthfirst",
    ),
    ShopFormat(
        "Etsy sold orders",
        ("Sale Date", "Order ID", "Buyer User ID", "Order Value"),
        {"date": "Sale Date", "order_id": "Order ID", "customer_id": "Buyer User ID",
         "name": "Full Name", "first_name": "First Name", "last_name": "Last Name",
         "amount": DERIVED_AMOUNT, "quantity": None, "unit_price": None,
         "city": "Ship City", "country": "Ship Country", "product": None, "channel": None,
         "address": "Ship Address1", "postcode": "Ship Zipcode"},
        "Order Value − Discount Amount (shipping and tax left out)",
        date_order="monthfirst",
        prepare=_prepare_etsy_orders,
    ),
    ShopFormat(
        "Etsy sold order items",
        ("Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Order ID"),
        {"date": "Sale Date", "order_id": "Order ID", "customer_id": "Buyer", "name": "Ship Name",
         "quantity": "Quantity", "unit_price": "Price", "amount": None, "product": "Item Name",
         "city": "Ship City", "country": "Ship Country", "channel": None,
         "address": "Ship Address1", "postcode": "Ship Zipcode"},
        "Quantity × Price",
        date_order="monthfirst",
    ),
    ShopFormat(
        "UCI Online Retail",
        ("InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"),
        {"order_id": "InvoiceNo", "date": "InvoiceDate", "customer_id": "CustomerID",
         "quantity": "Quantity", "unit_price": "UnitPrice", "amount": None,
         "product": "Description", "country": "Country"},
        "Quantity × UnitPrice",
    ),
    ShopFormat(
        "UCI Online Retail II",
        ("Invoice", "StockCode", "Quantity", "InvoiceDate", "Price", "Customer ID"),
        {"order_id": "Invoice", "date": "InvoiceDate", "customer_id": "Customer ID",
         "quantity": "Quantity", "unit_price": "Price", "amount": None,
         "product": "Description", "country": "Country"},
        "Quantity × Price",
    ),
)


def column_lookup(columns: Iterable[str]) -> dict[str, str]:
    """normalised header -> the frame's own column name (first wins)."""
    out: dict[str, str] = {}
    for column in columns:
        out.setdefault(normalise_header(column), column)
    return out


def detect_format(columns: Iterable[str]) -> ShopFormat | None:
    """The known export whose identifying headers are all present (the most specific wins)."""
    present = column_lookup(columns)
    best = None
    for fmt in FORMATS:
        if all(normalise_header(c) in present for c in fmt.signature):
            if best is None or len(fmt.signature) > len(best.signature):
                best = fmt
    return best


def resolve(fmt: ShopFormat, columns: Iterable[str]) -> dict[str, str | None]:
    """The format's mapping with alternatives resolved to the frame's own column names."""
    present = column_lookup(list(columns) + [DERIVED_AMOUNT])
    out: dict[str, str | None] = {}
    for target, wanted in fmt.mapping.items():
        if wanted is None:
            out[target] = None
            continue
        for name in (wanted if isinstance(wanted, tuple) else (wanted,)):
            if normalise_header(name) in present:
                out[target] = present[normalise_header(name)]
                break
    return out


def prepare(fmt: ShopFormat | None, frame: pd.DataFrame) -> Prepared:
    """Apply a format's own preparation (derived amount, copied-down order fields, set-asides)."""
    if fmt is None or fmt.prepare is None:
        return Prepared(frame)
    present = column_lookup(frame.columns)
    cols = {name: present.get(normalise_header(name)) for name in _ALL_NAMES}
    cols = {k: v for k, v in cols.items() if v is not None}
    return fmt.prepare(frame, cols)


_ALL_NAMES = (
    "Name", "Lineitem quantity", "Lineitem price", "Discount Amount", "Cancelled at",
    "order_subtotal", "order_total", "discount_total", "status", "Order Status", "Order Value",
    "Refunded Amount", "Financial Status",
)
