"""Formula-injection safety helpers (definitions §7)."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from core.output.cells import (
    DANGEROUS_STARTS,
    dangerous_arrow,
    dangerous_mask,
    is_dangerous,
    safe_arrow,
    safe_frame,
    safe_series,
)


def safe_text(value):
    """One cell through the column function the writers use."""
    return safe_series(pd.Series([value], dtype="object")).iloc[0]


def test_dangerous_starts():
    for text in ("=1+1", "+44 20", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert is_dangerous(text)
        assert safe_text(text) == "'" + text
    for value in ("hello", "", " =x", 5, -3.0, None):
        assert not is_dangerous(value)
        assert safe_text(value) == value


def test_series_and_frames_keep_numbers_as_numbers():
    frame = pd.DataFrame({"name": ["=HYPERLINK(\"x\")", "Ann", None],
                          "amount": [-5.0, 3.0, 1.0],
                          "mixed": pd.Series(["@x", 7, None], dtype="object"),
                          "text": pd.Series(["-x", "y", pd.NA], dtype="string")})
    safe = safe_frame(frame)
    assert safe["name"].tolist()[:2] == ["'=HYPERLINK(\"x\")", "Ann"]
    assert safe["amount"].tolist() == [-5.0, 3.0, 1.0]
    assert safe["mixed"].tolist()[:2] == ["'@x", 7]
    assert safe["text"].tolist()[:2] == ["'-x", "y"]
    assert dangerous_mask(frame["amount"]).sum() == 0
    untouched = pd.Series(["a", "b"])
    assert safe_series(untouched) is untouched





@given(st.text(max_size=20))
def test_safe_text_never_starts_like_a_formula_and_keeps_the_text(text):
    out = safe_text(text)
    assert not is_dangerous(out)
    assert out == text or (out == "'" + text and is_dangerous(text))


def test_arrow_forms_follow_the_same_rule():
    values = ["=1", "+44", "-x", "@a", "\tt", "\rr", "ok", " =x", "", None]
    text = pa.array(values, pa.string())
    assert dangerous_arrow(text).to_pylist() == [True] * len(DANGEROUS_STARTS) + [False] * 3 + [None]
    assert safe_arrow(text).to_pylist() == [safe_text(v) for v in values]
