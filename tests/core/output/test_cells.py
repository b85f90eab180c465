"""Cell safety (definitions §7): formula-like text, text longer than a cell holds, numbers out of range."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import OutputError
from core.output.cells import (
    CUT_MARK,
    DANGEROUS_STARTS,
    MAX_CELL_CHARS,
    MAX_EXCEL_NUMBER,
    check_number,
    check_numbers,
    csv_safe_arrow,
    dangerous_arrow,
    dangerous_mask,
    fit_arrow,
    fit_text,
    is_dangerous,
    safe_arrow,
)


def safe_text(value):
    """One text cell through the column function the writers use (a value that is no text stays as it is)."""
    if not isinstance(value, str):
        return value
    return safe_arrow(pa.array([value], pa.string())).to_pylist()[0]


def test_dangerous_starts():
    for text in ("=1+1", "+44 20", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert is_dangerous(text)
        assert safe_text(text) == "'" + text
    for value in ("hello", "", " =x", 5, -3.0, None):
        assert not is_dangerous(value)
        assert safe_text(value) == value


def test_numbers_are_never_taken_for_formulas():
    """Only text is formula-like: a negative amount stays a number (the writers pass numbers through)."""
    assert dangerous_mask(pd.Series([-5.0, 3.0, 1.0])).sum() == 0
    assert dangerous_mask(pd.Series(["@x", 7, None, "-x"], dtype="object")).tolist() == [True, False, False, True]
    untouched = pa.array(["a", "b"], pa.string())
    assert safe_arrow(untouched) is untouched





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


def test_arrow_forms_look_only_at_the_values_of_a_slice():
    """The quick looks at the bytes behind an Arrow array (no value starts like a formula, no value
    holds a semicolon or tab, no value too long) see only the values of a slice, and a null's
    bytes never make a value dangerous."""
    text = pa.array(["=1", "ok", "é=x", "fine", "+2", "a;=b"], pa.string())
    assert safe_arrow(text.slice(1, 3)).to_pylist() == ["ok", "é=x", "fine"]
    assert safe_arrow(text.slice(3, 2)).to_pylist() == ["fine", "'+2"]
    assert csv_safe_arrow(text.slice(1, 3)).to_pylist() == ["ok", "é=x", "fine"]
    assert csv_safe_arrow(text.slice(4)).to_pylist() == ["'+2", "a;'=b"]
    assert csv_safe_arrow(pa.array(["x\t-1", "y;z", "", None])).to_pylist() == ["x\t'-1", "y;z", "", None]
    # a null over the bytes of "=x" (an array made from buffers): still null, nothing added
    values = pa.array(["=x", "ok"], pa.string())
    masked = pa.Array.from_buffers(pa.string(), 2, [pa.py_buffer(bytes([0b10])), *values.buffers()[1:]])
    assert safe_arrow(masked).to_pylist() == [None, "ok"]
    assert safe_arrow(pa.array([], pa.string())).to_pylist() == []
    long = pa.array(["y" * 40_000, "short", "z" * 40_000])
    assert fit_arrow(long.slice(1, 1)) == (long.slice(1, 1), 0)
    assert fit_arrow(long.slice(1))[1] == 1


# ---- what a cell holds (definitions §7) --------------------------------------------------------
def test_text_longer_than_a_cell_is_cut_with_an_ellipsis():
    assert fit_text("x" * MAX_CELL_CHARS) == "x" * MAX_CELL_CHARS
    cut = fit_text("x" * (MAX_CELL_CHARS + 1))
    assert len(cut) == MAX_CELL_CHARS and cut.endswith("x…")
    # spreadsheets count UTF-16 units: an emoji counts twice, so 20,000 of them do not fit
    emoji = fit_text("😀" * 20_000)
    assert len(emoji.encode("utf-16-le")) // 2 == MAX_CELL_CHARS and emoji.endswith("😀…")
    assert fit_text("é" * 30_000) == "é" * 30_000


def test_arrow_columns_are_cut_and_counted():
    values = pa.array(["short", None, "y" * 40_000, "😀" * 16_384, "😀" * 16_383])
    fitted, cut = fit_arrow(values)
    assert cut == 2
    out = fitted.to_pylist()
    assert out[0] == "short" and out[1] is None and out[4] == "😀" * 16_383
    assert len(out[2]) == MAX_CELL_CHARS and out[2].endswith(CUT_MARK)
    assert out[3].endswith(CUT_MARK) and len(out[3].encode("utf-16-le")) // 2 <= MAX_CELL_CHARS
    same, none = fit_arrow(pa.array(["a", "b"]))
    assert none == 0 and same.to_pylist() == ["a", "b"]


def test_numbers_a_spreadsheet_cannot_hold_are_refused():
    check_numbers(pa.array([1.0, None, float("nan"), -MAX_EXCEL_NUMBER]), column="revenue")   # fine
    for bad in (float("inf"), float("-inf"), 1e308, -1e308):
        with pytest.raises(OutputError, match='"tier_points" of the sheet "Customers" holds a number') as caught:
            check_numbers(np.array([1.0, bad]), column="tier_points", sheet="Customers")
        assert "nothing was written" in str(caught.value)
    with pytest.raises(OutputError, match="inf"):
        check_number(float("inf"), column="points_per_unit")
    check_number(float("nan"), column="empty")
