"""Cleaning keeps text columns as codes into their distinct values: check it against plain pandas.

The kept rows' text, the report's customer and order counts and the cancellation flags must be
what a cell-by-cell reading gives, whatever the ids look like (spaces, "12.0", mixed types, case)."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from core.arrow_columns import arrow_chunks
from core.errors import InputError
from core.importing.cleaning import clean_transactions, normalise_text
from core.importing.mapping import detect_mapping

SETTINGS = hsettings(max_examples=int(os.environ.get("CLIENTELE_FUZZ_EXAMPLES", "60")), deadline=None,
                     suppress_health_check=list(HealthCheck))

ids = st.one_of(st.sampled_from(["12346", " 12346", "12346.0", "12346.00 ", "C536379", "c536379", "", "  ",
                                 "A-7", "a-7", "Ann@X.org", " ann@x.org", "536365", "536365.5", None]),
                st.integers(0, 60).map(str), st.text(" aAbB1.", max_size=4))
# (no -0.0: factorizing takes 0.0 and -0.0 as one value, written as whichever comes first)
floats = st.one_of(st.sampled_from([12346.0, 7.0, 0.0, 2.5, None]), st.integers(0, 60).map(float))


def _plain(value, ids: bool, whole: bool = True) -> str | None:
    """What one cell becomes, read on its own (``whole``: its float column holds whole numbers only,
    read as integers; else a float reads as Python writes it, 2.5 or -0.0)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer() and whole:
        value = str(int(value))
    text = str(value).strip()
    if ids:
        head, dot, tail = text.partition(".")
        if dot and head.isdigit() and head.isascii() and tail and set(tail) == {"0"}:
            text = head
    return text or None


@st.composite
def frames(draw):
    n = draw(st.integers(1, 40))
    numeric_ids = draw(st.booleans())
    customer = draw(st.lists(floats if numeric_ids else ids, min_size=n, max_size=n))
    order = draw(st.lists(ids, min_size=n, max_size=n))
    amount = draw(st.lists(st.sampled_from(["1.00", "-2.50", "3", "", "x"]), min_size=n, max_size=n))
    email = draw(st.lists(ids, min_size=n, max_size=n))
    frame = pd.DataFrame({
        "Date": ["2024-01-05"] * n,
        "Customer": pd.Series(customer, dtype="float64" if numeric_ids else object),
        "Invoice": pd.Series(order, dtype=object),
        "Amount": amount,
        "E-mail": pd.Series(email, dtype=object),
    })
    if draw(st.booleans()):
        frame = frame.astype({"Invoice": "str", "E-mail": "str"})
    return frame


@SETTINGS
@given(frames())
def test_codes_give_what_plain_pandas_gives(frame):
    mapping = detect_mapping(frame)
    assert mapping.fields.get("customer_id") == "Customer" and mapping.fields.get("order_id") == "Invoice"
    try:
        tx, report, _consent = clean_transactions(frame, mapping)
    except InputError:  # no row with a customer, a date and an amount: refused as a whole
        return
    kept = (tx["source_row"] - 2).to_numpy()
    for column, source, as_id in (("customer_id", "Customer", True), ("order_id", "Invoice", True),
                                  ("email", "E-mail", False)):
        values = frame[source]
        whole = values.dtype != "float64" or bool((values.dropna() % 1 == 0).all())
        want = [_plain(values.iloc[i], as_id, whole) for i in kept]
        if column == "email":
            want = [None if w is None else w.lower() for w in want]
        got = [None if pd.isna(v) else v for v in tx[column]]
        assert got == want, column
        assert str(tx[column].dtype) == ("category" if column == "email" else "str")
    assert list(tx["email"].cat.categories) == sorted(set(tx["email"].dropna()))  # (each distinct text once, in order)
    returns = tx["is_return"].to_numpy()
    assert report.rows_kept == len(tx)
    assert report.customers == tx["customer_id"].nunique()
    assert report.customers_only_returns == report.customers - tx.loc[~returns, "customer_id"].nunique()
    if tx["order_id"].notna().any():
        assert report.orders == tx.loc[~returns, "order_id"].nunique()
    all_orders = normalise_text(frame["Invoice"], ids=True).dropna().unique()
    numeric = [o for o in all_orders if not (o[:1] in "Cc" and o[1:2].isdigit())]
    cancelling = len(numeric) and np.mean([o.isdigit() and o.isascii() for o in numeric]) >= 0.95 and \
        len(numeric) < len(all_orders)
    starts_c = tx["order_id"].fillna("").str.match(r"^[Cc]\d").to_numpy(dtype=bool)
    assert report.cancellation_rows == (int(starts_c.sum()) if cancelling else 0)


@SETTINGS
@given(st.lists(ids, min_size=1, max_size=30), st.lists(st.integers(1, 8), min_size=1, max_size=6),
       st.lists(st.sampled_from(["1.00", "", "x"]), min_size=30, max_size=30))
def test_text_read_in_blocks_gives_what_plain_pandas_gives(emails, sizes, amounts):
    """The CSV reader hands text columns over in blocks (Arrow chunks): the kept rows' trimmed,
    lower-cased e-mails and trimmed names are the same whatever the blocks and the rows set aside."""
    n = len(emails)
    text = ["" if e is None else e for e in emails]
    pieces, start = [], 0
    for size in sizes + [n]:
        if start >= n:
            break
        pieces.append(pd.Series(text[start:start + size], dtype="str").replace("", np.nan))
        start += size
    email = pd.concat(pieces, ignore_index=True)
    frame = pd.DataFrame({"Date": ["2024-01-05"] * n, "Customer": [str(i) for i in range(n)],
                          "Amount": amounts[:n], "E-mail": email, "First name": email})
    assert arrow_chunks(frame["E-mail"]).num_chunks == len(pieces)
    mapping = detect_mapping(frame, {"email": "E-mail", "first_name": "First name"})
    try:
        tx, _report, _consent = clean_transactions(frame, mapping)
    except InputError:  # no row with an amount
        return
    kept = (tx["source_row"] - 2).to_numpy()
    plain = [_plain(None if pd.isna(email.iloc[i]) else email.iloc[i], ids=False) for i in kept]
    assert [None if pd.isna(v) else v for v in tx["email"]] == [None if p is None else p.lower() for p in plain]
    assert [None if pd.isna(v) else v for v in tx["first_name"]] == plain
    assert str(tx["email"].dtype) == "category" and str(tx["first_name"].dtype) == "category"
    assert str(tx["email"].cat.categories.dtype) == "str"


@SETTINGS
@given(st.lists(ids, min_size=1, max_size=30), st.lists(ids, max_size=5),
       st.lists(st.sampled_from(["1.00", "", "x"]), min_size=30, max_size=30))
def test_a_column_read_as_codes_cleans_as_its_text(names, unused, amounts):
    """The typed read hands name, e-mail and product columns over as categoricals (codes into
    their distinct text): with categories no row uses, and categories that clean to one text
    (" Ann", "Ann"), the clean table is the one the same column as text gives."""
    n = len(names)
    text = pd.Series(["" if v is None else v for v in names], dtype="str").replace("", np.nan)
    categories = sorted(set(text.dropna()) | {u for u in unused if u})
    coded = pd.Series(pd.Categorical(text, categories=categories))
    results = []
    for column in (text, coded):
        frame = pd.DataFrame({"Date": ["2024-01-05"] * n, "Customer": [str(i) for i in range(n)],
                              "Amount": amounts[:n], "E-mail": column, "First name": column})
        mapping = detect_mapping(frame, {"email": "E-mail", "first_name": "First name"})
        try:
            results.append(clean_transactions(frame, mapping)[0])
        except InputError as error:  # no row with an amount: both say so
            results.append(str(error))
    if isinstance(results[0], str):
        assert results[1] == results[0]
        return
    pd.testing.assert_frame_equal(results[1], results[0])
