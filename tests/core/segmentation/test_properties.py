"""Property tests (hypothesis): the invariants of docs/definitions.md §2, and every column against a plain pandas re-computation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from core.errors import SettingsError
from core.segmentation.explain import explain
from core.segmentation.segment import segment_customers, summary_text
from core.segmentation.settings import Settings
from tests.factories import tx_frame

BASE = pd.Timestamp("2022-01-01")

row_strategy = st.tuples(
    st.sampled_from([f"c{i}" for i in range(8)]),
    st.integers(0, 900),
    st.integers(-5000, 50000).map(lambda cents: cents / 100),
    st.one_of(st.none(), st.sampled_from([f"o{i}" for i in range(12)])),
    st.booleans(),
    st.one_of(st.none(), st.sampled_from(["Tea", "Cups", "Books", "Art"])),
    st.one_of(st.none(), st.sampled_from(["", " ", "a@x", "b@x", "c@x"])),
)


def make_frame(rows, with_orders=True, numeric_orders=False):
    out = []
    for cid, day, amount, order, flag, cat, email in rows:
        is_return = amount < 0 or (flag and amount == 0)
        if order is not None and numeric_orders:   # invoice numbers, some far apart
            order = str(int(order[1:]) * 10 ** (int(order[1:]) % 3 * 7))
        out.append((cid, BASE + pd.Timedelta(days=day), amount, order if with_orders else None, is_return, cat,
                    email))
    return tx_frame(out, ("category", "email"))


def reference(frame, window):
    """A slow, obvious pandas re-computation of definitions §2–4."""
    ref = frame["date"].max()
    res = {}
    has_ids = frame["order_id"].notna().any()
    for cid, g in frame.groupby("customer_id"):
        buy = g[~g["is_return"]]
        if buy.empty:
            continue
        days = sorted(buy["date"].unique())
        if has_ids:
            keys = {o if isinstance(o, str) else f"day:{d}" for o, d in zip(buy["order_id"], buy["date"], strict=True)}
            orders = len(keys)
        else:
            orders = len(days)
        gaps = np.diff([(d - days[0]).days for d in days])
        gap = float(np.median(gaps)) if len(days) >= 3 else np.nan
        delta = (ref - g["date"]).dt.days
        cats = g.dropna(subset=["category"]).groupby("category")["amount"].sum().round(6)
        fav = sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if len(cats) else None
        dsl = (ref - days[-1]).days
        filled = g[g["email"].notna() & (g["email"].str.strip() != "")]
        email = filled.sort_values(["date", "source_row"])["email"].iloc[-1] if len(filled) else None
        res[cid] = dict(first_purchase=days[0], last_purchase=days[-1], days_since_last=dsl,
                        tenure_days=(ref - days[0]).days, orders=orders, purchase_days=len(days),
                        revenue=g["amount"].sum(), typical_gap_days=gap,
                        revenue_last_12m=g.loc[delta <= 364, "amount"].sum(),
                        revenue_prev_12m=g.loc[(delta >= 365) & (delta <= 729), "amount"].sum(),
                        favourite_category=fav, email=email)
    table = pd.DataFrame.from_dict(res, orient="index").sort_index()
    if table.empty:
        return table
    for dim, col, sign in (("r", "days_since_last", -1), ("f", "orders", 1), ("m", "revenue", 1)):
        values = table[col].to_numpy(float)
        if col == "revenue":   # sums that differ only by float noise (2.69 either way) are one value
            values = np.round(values, 9)
        cuts = np.quantile(values, [0.2, 0.4, 0.6, 0.8])
        above = np.array([sum(v > c for c in cuts) for v in values])
        table[f"{dim}_score"] = 5 - above if sign < 0 else 1 + above
    ratio = table["days_since_last"] / table["typical_gap_days"]
    status = []
    for d, r in zip(table["days_since_last"], ratio, strict=True):
        status.append("Lost" if d > 2 * window else "Inactive" if d > window
                      else "Overdue" if (not np.isnan(r) and r >= 2 and d >= window / 6) else "Active")
    table["activity_status"] = status
    return table


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(row_strategy, min_size=1, max_size=40), with_orders=st.booleans(),
       window=st.sampled_from([30, 180, 365]), numeric_orders=st.booleans())
def test_matches_plain_pandas_and_invariants(rows, with_orders, window, numeric_orders):
    frame = make_frame(rows, with_orders, numeric_orders)
    seg = segment_customers(frame, Settings(window_days=window))
    c = seg.customers.set_index("customer_id")
    ref = reference(frame, window)
    assert list(c.index) == list(ref.index)
    if ref.empty:
        return
    for col in ("first_purchase", "last_purchase", "days_since_last", "tenure_days", "orders", "purchase_days",
                "r_score", "f_score", "m_score", "activity_status"):
        assert c[col].tolist() == ref[col].tolist(), col
    for col in ("revenue", "revenue_last_12m", "revenue_prev_12m", "typical_gap_days"):
        np.testing.assert_allclose(c[col].to_numpy(float), ref[col].to_numpy(float), rtol=1e-9, atol=1e-6)
    assert c["favourite_category"].fillna("-").tolist() == ref["favourite_category"].fillna("-").tolist()
    assert c["email"].fillna("-").tolist() == ref["email"].fillna("-").tolist()

    # definitions §2 checks
    kept = frame[frame["customer_id"].isin(c.index)]
    assert abs(c["revenue"].sum() - kept["amount"].sum()) < 1e-6
    assert (c["orders"] >= 1).all() and (c["purchase_days"] >= 1).all()
    if not with_orders:
        assert (c["orders"] == c["purchase_days"]).all()
    assert (c["first_purchase"] <= c["last_purchase"]).all() and (c["last_purchase"] <= seg.reference_date).all()
    # one segment, status and tier each; scores 1–5
    for col in ("rfm_segment", "activity_status", "tier"):
        assert c[col].notna().all()
    for col in ("r_score", "f_score", "m_score"):
        assert c[col].between(1, 5).all()
    # more orders never a lower f_score; equal values equal scores
    for value_col, score_col in (("orders", "f_score"), ("revenue", "m_score")):
        ordered = c.sort_values([value_col, score_col])
        assert ordered[score_col].is_monotonic_increasing
        assert (c.groupby(value_col)[score_col].nunique() == 1).all()
    assert c.groupby("days_since_last")["r_score"].nunique().eq(1).all()
    assert c.sort_values("days_since_last")["r_score"].is_monotonic_decreasing
    # tiers: highest tier whose threshold <= basis
    cuts = [t for _, t in seg.tier_thresholds[1:]]
    basis = seg.tier_basis.to_numpy(float)
    names = [n for n, _ in seg.tier_thresholds]
    if not any(np.isnan(cuts)):
        expected = [names[sum(b >= t for t in cuts)] for b in basis]
        assert c["tier"].tolist() == expected
    assert (c["tier_points"] == np.floor(np.maximum(basis, 0) + 1e-9)).all()
    assert c["declining"].tolist() == [(p > 0 and last < 0.5 * p) for p, last in
                                       zip(c["revenue_prev_12m"], c["revenue_last_12m"], strict=True)]


@hsettings(max_examples=30, deadline=None)
@given(rows=st.lists(row_strategy, min_size=1, max_size=30), cut=st.integers(0, 900))
def test_reference_date_drops_later_rows(rows, cut):
    frame = make_frame(rows)
    ref = BASE + pd.Timedelta(days=cut)
    chosen = Settings.from_dict({"reference_date": ref.strftime("%Y-%m-%d")})
    if ref < frame["date"].min():     # before the first purchase: refused (definitions §2), whatever the rows
        with pytest.raises(SettingsError, match="is before the file's first purchase"):
            segment_customers(frame, chosen)
        return
    seg = segment_customers(frame, chosen)
    assert seg.excluded_after_reference == int((frame["date"] > ref).sum())
    early = frame[frame["date"] <= ref]
    c = seg.customers
    assert set(c["customer_id"]) | set(seg.all_returns_customers) == set(early["customer_id"])
    assert abs(c["revenue"].sum() - early[early["customer_id"].isin(c["customer_id"])]["amount"].sum()) < 1e-6
    assert (c["days_since_last"] >= 0).all()


@hsettings(max_examples=30, deadline=None)
@given(rows=st.lists(row_strategy, min_size=1, max_size=25),
       basis=st.sampled_from(["last_12m", "lifetime", "calendar_year"]),
       prospects=st.lists(st.sampled_from(["c1", "c5", "p1", "p2"]), max_size=3, unique=True))
def test_explain_and_summary_never_fail(rows, basis, prospects):
    frame = make_frame(rows)
    attrs = pd.DataFrame({"customer_id": pd.Series(prospects, dtype="str"),
                          "email": pd.Series([f"{p}@file" for p in prospects], dtype="str")})
    seg = segment_customers(frame, Settings.from_dict({"tiers": {"basis": basis}, "currency_symbol": "£"}),
                            attributes=attrs if prospects else None)
    c = seg.customers
    assert c["customer_id"].is_unique
    assert not set(c["customer_id"]) & set(seg.all_returns_customers)
    is_p = (c["activity_status"] == "Prospect").to_numpy()
    assert not is_p.any() or is_p[np.argmax(is_p):].all()            # prospects last
    assert c.loc[is_p, "r_score"].isna().all() and c.loc[~is_p, "r_score"].notna().all()
    for cid in c["customer_id"]:
        why = explain(seg, cid)
        assert why and all(isinstance(x, str) and x for reasons in why.values() for x in reasons)
    assert "Segments:" in summary_text(seg)
