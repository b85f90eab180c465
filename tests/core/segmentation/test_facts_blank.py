"""facts._non_blank (core/segmentation/facts.py): Arrow text takes the utf8_is_space shortcut; same rows as str.strip()."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from core.segmentation.facts import _non_blank

#: Unicode spaces, and two look-alikes that are not (zero-width space, BOM).
SPACES = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
cells = st.one_of(st.none(), st.text(st.sampled_from(list(SPACES) + ["a", "é", "0"]), max_size=4),
                  st.text(max_size=4))


@settings(max_examples=200, deadline=None)
@given(st.lists(cells, max_size=30), st.sampled_from(["str", "string[pyarrow]", "string[python]", "object"]))
def test_non_blank_is_strip_not_empty(values, dtype):
    series = pd.Series(values, dtype=dtype)
    text = series.astype("str")
    want = ((text.str.strip() != "") & series.notna()).to_numpy(dtype=bool, na_value=False)
    got = _non_blank(series)
    assert got.dtype == bool and got.tolist() == want.tolist()


def test_every_code_point_agrees_with_strip():
    points = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    series = pd.Series(points + ["", "  ", " a ", None], dtype="str")
    want = ((series.str.strip() != "") & series.notna()).to_numpy(dtype=bool, na_value=False)
    assert np.array_equal(_non_blank(series), want)
