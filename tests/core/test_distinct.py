"""core.distinct: sorted_unique is what np.unique gives, for integers of every kind and shape;
categorical is what pandas' checked constructor gives; sort_keys is a stable argsort and its keys."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.distinct import categorical, present_values, sort_keys, sorted_unique, used_codes


@pytest.mark.parametrize("values", [
    np.array([5, -3, 5, 0, -3, 2**62, 7], dtype=np.int64),
    np.array([3, 1, 3], dtype=np.int32),
    np.array([200, 0, 255, 200], dtype=np.uint8),
    np.array([True, False, True]),
    np.array([[4, 1], [1, 9]], dtype=np.int16),        # (flattened, as np.unique does)
    np.zeros(0, dtype=np.int64),
    np.array([42]),
    np.random.default_rng(18).integers(0, 1000, 100_000),
])
def test_sorted_unique_is_what_np_unique_gives(values):
    got = sorted_unique(values)
    want = np.unique(values)
    assert got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


def test_sorted_unique_refuses_what_it_was_not_made_for():
    with pytest.raises(TypeError):
        sorted_unique(np.array([1.0, np.nan, np.nan]))   # (np.unique would fold the NaNs into one)


@pytest.mark.parametrize("codes, values", [
    (np.array([2, 0, -1, 1, 2], dtype=np.int64), ["b@x.org", "a@x.org", "Ç@x.org"]),
    (np.array([0, 0, 0], dtype=np.int32), ["only"]),
    (np.array([-1, -1], dtype=np.int8), ["unused"]),
    (np.zeros(0, dtype=np.int64), []),
    (np.array([1, 0], dtype=np.int16), [3.5, 1.25]),
])
def test_categorical_is_what_the_checked_constructor_gives(codes, values):
    categories = pd.Index(values, dtype="str" if values and isinstance(values[0], str) else None)
    got = categorical(codes, categories)
    want = pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(categories))
    pd.testing.assert_extension_array_equal(got, want)
    assert got.dtype == want.dtype
    assert got.categories.dtype == categories.dtype
    assert pd.Series(got).value_counts(dropna=False).to_dict() == pd.Series(want).value_counts(dropna=False).to_dict()


def test_pandas_still_has_the_fast_path():
    """categorical falls back to pandas' checked constructor without it (still right, but the check
    then holds the window's thread ~100 ms per 450,000 values again): a pandas upgrade that drops
    it must be noticed here, not in the benchmark."""
    categories = pd.Index(["a", "b"], dtype="str")
    dtype = pd.CategoricalDtype._from_fastpath(categories, False)
    assert dtype == pd.CategoricalDtype(categories)


def test_used_codes_is_a_factorization_into_the_categories_rows_use():
    values = pd.Series(pd.Categorical(["b", None, "d", "b", "a"], categories=["a", "b", "c", "d"]))
    codes, categories = used_codes(values)
    assert codes.dtype == np.int64 and categories.tolist() == ["a", "b", "d"]   # "c": no row uses it
    assert [None if c < 0 else categories[c] for c in codes] == ["b", None, "d", "b", "a"]
    every, kept = used_codes(pd.Series(pd.Categorical(["x", "y"])))
    assert every.tolist() == [0, 1] and kept.tolist() == ["x", "y"]
    np.testing.assert_array_equal(present_values(np.array([3, -1, 0, 3]), 5), [0, 3])


@pytest.mark.parametrize("keys", [
    np.array([5, 3, 5, 0, 3, 7, 5], dtype=np.int64),       # (ties: the order keeps their positions)
    np.array([9, 2, 2], dtype=np.int32),
    np.array([2**61, 1, 2**61]),                            # (too big to pack with positions: argsort)
    np.array([4, -1, 4]),                                   # (a negative key: argsort)
    np.zeros(0, dtype=np.int64),
])
def test_sort_keys_is_a_stable_argsort_and_the_sorted_keys(keys):
    expected_order = np.argsort(keys, kind="stable")
    expected_keys = keys[expected_order]
    ordered, order = sort_keys(keys.copy())
    assert order.tolist() == expected_order.tolist()
    assert ordered.tolist() == expected_keys.tolist()
