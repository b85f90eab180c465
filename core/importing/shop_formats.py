"""Known shop exports (Shopify, WooCommerce, Square, Etsy, Online Retail I/II): columns and amount rules.

How each export's amount is taken (also shown in the import report):

- Shopify orders (one row per line item; order fields only on the order's first row): each line is
  ``Lineitem quantity × Lineitem price``; the order's ``Discount Amount`` and the goods' part of
  its ``Refunded Amount`` (without the tax and shipping given back) are taken off its lines in
  proportion to their worth, so an order sums to its Subtotal less refunds and no line turns into
  a return. Shipping and taxes are not spend on your goods and are left out; ``Total`` is never
  added per line, so nothing is double-counted.
  Order fields (Email, Accepts Marketing, Billing…) are copied down to the order's other lines.
  Cancelled orders (``Cancelled at`` filled), refunded or voided ones (``Financial Status``) and
  test orders (``Payment Method`` Shopify's test gateway, "Bogus") are set aside and reported.
- WooCommerce (order export plugins): ``order_subtotal − discount_total`` per order (merchandise
  net of discounts, without shipping and tax); one row per item exports use quantity × item cost.
  Cancelled, failed and refunded orders are set aside. Guests have customer id 0, so customers are
  identified by their billing e-mail.
- Square: ``Net Sales`` (gross sales less discounts, before tax and tips); refunds are negative rows;
  a transactions export's ``Partial Refunds`` (only on the payment's row) are subtracted.
- Etsy sold orders: ``Order Value − Discount Amount`` (cancelled or refunded ``Status`` set aside),
  less a partial refund (``Order Total − Adjusted Order Total``, when Etsy fills the adjusted total);
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
    #: with a worked-out amount, the column of money text it starts from ("$45.00"): its signs say the currency
    money_text: str | None = None


def _money(frame: pd.DataFrame, column: str | None) -> pd.Series:
    """A column taken off an amount (a discount, a refund): an empty cell takes nothing off."""
    if column is None or column not in frame:
        return pd.Series(0.0, index=frame.index)
    return parse_money(frame[column])[0].fillna(0.0)


def _worth(frame: pd.DataFrame, column: str | None) -> pd.Series:
    """A column an amount is made of (a quantity, a price, a subtotal): an empty or unreadable cell
    leaves the row without an amount, and the row is set aside as any row without one is
    (definitions §1), never counted as a purchase worth 0."""
    if column is None or column not in frame:
        return pd.Series(0.0, index=frame.index)
    return parse_money(frame[column])[0]


def _per_order(values: pd.Series, order: pd.Series) -> pd.Series:
    """An order-level amount (a discount, a refund) as the order's rows hold it, wherever its row
    sits in the file (an export sorted in Excel moves the order's first line): the largest."""
    return values.groupby(order.to_numpy(), sort=False).transform("max").fillna(0.0)


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    return frame[column].astype("str").str.strip().str.lower()


def _prepare_shopify(frame: pd.DataFrame, cols: dict) -> Prepared:
    order = frame[cols["Name"]]
    order_level = [c for c in frame.columns if normalise_header(c) in _SHOPIFY_ORDER_LEVEL]
    if order_level:   # (on one row of each order: copied to its other rows, above it too, for a sorted file)
        frame, key = frame.copy(), order.to_numpy()
        frame[order_level] = frame[order_level].groupby(key, sort=False).ffill().groupby(key, sort=False).bfill()
    line = _worth(frame, cols.get("Lineitem quantity")) * _worth(frame, cols.get("Lineitem price"))
    first_row = ~order.duplicated() & order.notna()
    kept_goods, refunded = _shopify_goods(frame, cols, order, line)
    frame = frame.assign(**{DERIVED_AMOUNT: _spread(line, kept_goods, order)})
    out = Prepared(frame)
    cancelled = cols.get("Cancelled at")
    if cancelled:
        mask = frame[cancelled].notna() & (frame[cancelled].astype("str").str.strip() != "")
        out.set_aside["cancelled order (Shopify \"Cancelled at\")"] = mask
    status = cols.get("Financial Status")
    if status:
        financial = _text(frame, status)
        out.set_aside["refunded or voided order (Shopify \"Financial Status\")"] = financial.isin(["refunded", "voided"])
        # (the payment's authorisation ran out: the order was never paid)
        out.set_aside["unpaid order (Shopify \"Financial Status\" expired)"] = financial.eq("expired")
    payment = cols.get("Payment Method")
    if payment:   # Shopify's test gateway ("bogus", "(for testing) Bogus Gateway"): the owner's test orders
        out.set_aside["test order (Shopify \"Payment Method\" is the test gateway, Bogus)"] = \
            _text(frame, payment).str.contains("bogus", regex=False)
    if status:
        _unpaid_note(out, frame, first_row, _text(frame, status).isin(["pending", "authorized", "partially_paid",
                                                                         "unpaid"]),
                     Phrase('Shopify "Financial Status" pending, authorized or partially paid'))
    partial = refunded[first_row & _kept(out, frame.index) & (refunded > 0)]
    if len(partial):
        out.notes.append(Phrase.counted(
            "{n} Shopify order had part of its amount refunded ({amount:,.2f} of its goods, without the tax and "
            "shipping given back with them); it is taken off the order's lines.",
            "{n} Shopify orders had part of their amount refunded ({amount:,.2f} of their goods together, without "
            "the tax and shipping given back with them); it is taken off each order's lines.",
            len(partial), amount=float(partial.sum())))
    return out


def _shopify_goods(frame: pd.DataFrame, cols: dict, order: pd.Series,
                   line: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(what each row's order kept of its goods, the goods' share of its refund), both on every row
    of the order.

    The goods are the order's lines less its Discount Amount (its Subtotal). Refunded Amount is the
    money given back, which holds the tax on the goods refunded and any shipping refunded: only the
    goods' part of it is taken off. That part is the refund, up to what the order paid for goods
    (Total − Shipping, tax included), scaled by the goods' share of that payment (the Subtotal over
    Subtotal plus tax, 1 where prices include tax); without Total and Shipping, the refund itself.
    An order never keeps less than nothing."""
    key = order.to_numpy()
    lines = line.clip(lower=0.0).fillna(0.0).groupby(key, sort=False).transform("sum")
    discount = _per_order(_money(frame, cols.get("Discount Amount")).abs(), order)
    subtotal = (lines - discount).clip(lower=0.0)
    refunded = _per_order(_money(frame, cols.get("Refunded Amount")).abs(), order)
    if cols.get("Total") and cols.get("Shipping"):
        paid = _per_order(_money(frame, cols["Total"]), order) - _per_order(_money(frame, cols["Shipping"]), order)
        known = paid > 0   # (no Total written: the refund itself)
        share = (subtotal / paid).where(known & (paid > subtotal), 1.0)  # (prices without tax: Total holds it)
        refunded = refunded.where(~known, refunded.clip(upper=paid)) * share
    refunded = refunded.clip(upper=subtotal).round(2)
    return subtotal - refunded, refunded


def _spread(line: pd.Series, kept: pd.Series, order: pd.Series) -> pd.Series:
    """Each line's amount when its order keeps ``kept`` of its lines' worth: the order's discount
    and refund are spread over its lines by their worth, so no line of a bought order turns into a
    return. Amounts are in cents; the cent left over by rounding goes to the order's dearest line,
    so the order still sums to ``kept``."""
    key = order.to_numpy()
    worth = line.clip(lower=0.0).fillna(0.0)
    lines = worth.groupby(key, sort=False).transform("sum")
    spread = line.where(lines <= 0, line * (kept / lines)).round(2)
    rest = (kept - spread.fillna(0.0).groupby(key, sort=False).transform("sum")).where(lines > 0, 0.0).round(2)
    top = worth.eq(worth.groupby(key, sort=False).transform("max"))
    dearest = top & top.astype("int64").groupby(key, sort=False).cumsum().eq(1)   # (the first of equals)
    return spread + rest.where(dearest & (worth > 0), 0.0)


_SHOPIFY_ORDER_LEVEL = {normalise_header(c) for c in (
    "Email", "Financial Status", "Paid at", "Accepts Marketing", "Currency", "Created at",
    "Billing Name", "Billing Address1", "Billing Zip", "Billing City", "Billing Country", "Billing Phone",
    "Phone", "Cancelled at", "Source", "Customer ID", "Discount Code", "Payment Method",
)}


def _status_set_aside(frame: pd.DataFrame, column: str | None, out: Prepared, label: str,
                      order: pd.Series | None = None) -> None:
    """Cancelled, failed and refunded orders set aside; so are orders never paid (WooCommerce's
    "pending payment", a checkout left before paying, and its drafts), which WooCommerce's own
    analytics leave out too; orders on hold (awaiting a bank transfer or cheque) count, with a note."""
    if column is None or column not in frame:
        return
    status = _text(frame, column).str.replace("wc-", "", regex=False)
    mask = status.isin(["cancelled", "canceled", "failed", "refunded", "fully refunded"])
    out.set_aside[f"cancelled, failed or refunded order ({label} status)"] = mask
    unpaid = status.isin(["pending", "pending payment", "checkout-draft", "draft", "trash"])
    if unpaid.any():
        out.set_aside[f"unpaid order ({label} status pending payment)"] = unpaid
    first_row = pd.Series(True, index=frame.index) if order is None else ~order.duplicated() & order.notna()
    _unpaid_note(out, frame, first_row, status.isin(["on-hold", "on hold"]),
                 Phrase("{label} status on hold", label=label))


def _unpaid_note(out: Prepared, frame: pd.DataFrame, first_row: pd.Series, waiting: pd.Series, how: Phrase) -> None:
    """A note counting the kept orders (rows where ``first_row``) that are not paid in full yet."""
    counted = int((waiting & first_row & _kept(out, frame.index)).sum())
    if counted:
        out.notes.append(Phrase.counted(
            "{n} order is not paid in full yet ({how}): it counts as a purchase.",
            "{n} orders are not paid in full yet ({how}): they count as purchases.", counted, how=how))


def _prepare_woo_orders(frame: pd.DataFrame, cols: dict) -> Prepared:
    base = _worth(frame, cols.get("order_subtotal") or cols.get("order_total"))
    if cols.get("order_subtotal") and cols.get("order_total"):   # (a subtotal left empty: the order's total)
        base = base.where(base.notna(), _worth(frame, cols.get("order_total")))
    amount = base - _money(frame, cols.get("discount_total")).abs()
    billing, account = cols.get("billing_email"), cols.get("customer_email")
    if billing and account:   # (an order with no billing e-mail: the customer account's, when there is one)
        empty = frame[billing].isna() | (frame[billing].astype("str").str.strip() == "")
        if empty.any():
            frame = frame.assign(**{billing: frame[billing].where(~empty, frame[account])})
    out = Prepared(_guests_without_number(frame, cols).assign(**{DERIVED_AMOUNT: amount}))
    _status_set_aside(frame, cols.get("status"), out, "WooCommerce")
    return out


def _guests_without_number(frame: pd.DataFrame, cols: dict) -> pd.DataFrame:
    """WooCommerce writes a guest's order with customer id 0: no customer account, not one customer.
    The 0 is emptied, so that an owner who takes the customer number as the customer column (for a
    sheet kept by those numbers) sees the guests' rows set aside as without a customer id, instead of
    one made-up customer "0" with every guest's orders, mailed at one guest's address."""
    found = [cols[name] for name in ("customer_id", "Customer User ID") if name in cols]
    guests = {column: frame[column].astype("string").str.strip().isin(("0", "0.0")) for column in found}
    guests = {column: mask for column, mask in guests.items() if mask.any()}
    if not guests:
        return frame
    return frame.assign(**{column: frame[column].where(~mask.fillna(False)) for column, mask in guests.items()})


def _prepare_woo_items(frame: pd.DataFrame, cols: dict) -> Prepared:
    """One row per item; the plugin may write the order's own columns (date, status, e-mail,
    billing) on its first row only: they are copied to the order's other rows, above as well as
    below, as Shopify's are, so that no item is set aside as without a customer."""
    number = cols.get("Order Number")
    order_level = [c for c in frame.columns if c != number
                   and not normalise_header(c).startswith(_WOO_ITEM_COLUMNS)]
    if number and order_level and frame[order_level].isna().any(axis=None):
        frame, key = frame.copy(), frame[number].to_numpy()
        frame[order_level] = frame[order_level].groupby(key, sort=False).ffill().groupby(key, sort=False).bfill()
    out = Prepared(_guests_without_number(frame, cols))
    _status_set_aside(frame, cols.get("Order Status"), out, "WooCommerce", frame[number] if number else None)
    return out


#: The Advanced Order Export's columns of each item (normalised): every other column is the order's.
_WOO_ITEM_COLUMNS = ("item", "sku", "quantity", "product", "discount amount", "coupon code")


def _kept(out: Prepared, index: pd.Index) -> pd.Series:
    """The rows no reason so far sets aside."""
    if not out.set_aside:
        return pd.Series(True, index=index)
    return ~pd.concat(out.set_aside.values(), axis=1).any(axis=1)


def _prepare_etsy_orders(frame: pd.DataFrame, cols: dict) -> Prepared:
    """Order Value − Discount Amount, less what a partial refund gave back: Order Total − Adjusted
    Order Total (Etsy fills the adjusted columns only for a refunded order, "--" otherwise)."""
    amount = _money(frame, cols.get("Order Value")) - _money(frame, cols.get("Discount Amount")).abs()
    adjusted_column = cols.get("Adjusted Order Total")
    adjusted = (parse_money(frame[adjusted_column])[0] if adjusted_column in frame
                else pd.Series(float("nan"), index=frame.index))
    refund = (_money(frame, cols.get("Order Total")) - adjusted).clip(lower=0.0).fillna(0.0).clip(upper=amount.clip(lower=0))
    out = Prepared(frame.assign(**{DERIVED_AMOUNT: amount - refund}))
    _status_set_aside(frame, cols.get("status"), out, "Etsy")
    kept = _kept(out, frame.index)
    taken = refund[kept & (refund > 0)]
    if len(taken):
        out.notes.append(Phrase.counted(
            "{n} Etsy order was partly refunded ({amount:,.2f}: Order Total less Adjusted Order Total); it is taken "
            "off the order.",
            "{n} Etsy orders were partly refunded ({amount:,.2f} together: Order Total less Adjusted Order Total); "
            "it is taken off each order.", len(taken), amount=float(taken.sum())))
    status = cols.get("status")
    if status and status in frame:
        unknown = kept & _text(frame, status).eq("partially refunded") & adjusted.isna()
        if unknown.any():
            out.notes.append(Phrase.counted(
                "{n} Etsy order was partly refunded, but the file does not say how much (no Adjusted Order Total), "
                "so it counts in full.",
                "{n} Etsy orders were partly refunded, but the file does not say how much (no Adjusted Order "
                "Total), so they count in full.", int(unknown.sum())))
    return out


def _prepare_square_transactions(frame: pd.DataFrame, cols: dict) -> Prepared:
    """Net Sales less Partial Refunds (a full refund is a row of its own, negative; a partial one is
    only in this column of the payment's row)."""
    partial = _money(frame, cols.get("Partial Refunds")).abs()
    out = Prepared(frame.assign(**{DERIVED_AMOUNT: _money(frame, cols.get("Net Sales")) - partial}))
    taken = partial[partial > 0]
    if len(taken):
        out.notes.append(Phrase.counted(
            "{n} Square payment had part of its amount refunded ({amount:,.2f}, Partial Refunds); it is taken off "
            "the payment.",
            "{n} Square payments had part of their amount refunded ({amount:,.2f} together, Partial Refunds); it "
            "is taken off each payment.", len(taken), amount=float(taken.sum())))
    return out


def _prepare_status_only(frame: pd.DataFrame, cols: dict) -> Prepared:
    out = Prepared(frame)
    _status_set_aside(frame, cols.get("status"), out, "WooCommerce")
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
        money_text="Lineitem price",
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
        money_text="order_subtotal",
    ),
    ShopFormat(
        "WooCommerce orders (Advanced Order Export)",
        ("Order Number", "Order Date", "Email (Billing)"),
        {"order_id": "Order Number", "date": "Order Date", "customer_id": None,
         "email": "Email (Billing)", "quantity": ("Quantity", "Quantity (- Refund)"), "unit_price": "Item Cost",
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
        {"date": "Date", "order_id": "Order #", "customer_id": "Customer",
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
         "name": "Customer Name", "amount": DERIVED_AMOUNT, "quantity": None, "unit_price": None,
         "product": "Description", "channel": None},
        "Net Sales (gross less discounts, before tax and tips) less Partial Refunds",
        date_order="monthfirst",
        prepare=_prepare_square_transactions,
        money_text="Net Sales",
    ),
    ShopFormat(
        "Etsy sold orders",
        ("Sale Date", "Order ID", "Buyer User ID", "Order Value"),
        {"date": "Sale Date", "order_id": "Order ID", "customer_id": "Buyer User ID",
         "name": "Full Name", "first_name": "First Name", "last_name": "Last Name",
         "amount": DERIVED_AMOUNT, "quantity": None, "unit_price": None,
         "city": "Ship City", "country": "Ship Country", "product": None, "channel": None,
         "address": "Ship Address1", "postcode": "Ship Zipcode"},
        "Order Value − Discount Amount, less a partial refund (Order Total − Adjusted Order Total); shipping and "
        "tax left out",
        date_order="monthfirst",
        prepare=_prepare_etsy_orders,
        money_text="Order Value",
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


def money_text_column(format_name: str | None, columns: Iterable[str]) -> str | None:
    """The column of money text a known export's worked-out amount starts from, or None."""
    fmt = next((f for f in FORMATS if f.name == format_name), None)
    if fmt is None or fmt.money_text is None:
        return None
    return column_lookup(columns).get(normalise_header(fmt.money_text))


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
    "Refunded Amount", "Financial Status", "Payment Method", "Net Sales", "Partial Refunds", "Order Total",
    "Adjusted Order Total", "billing_email", "customer_email", "Total", "Shipping", "Order Number",
    "customer_id", "Customer User ID",
)
