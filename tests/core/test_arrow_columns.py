"""core.arrow_columns: a column's Arrow data through the public protocol, None for numpy columns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from core.arrow_columns import (
    SYSTEM_ALLOCATOR_LIMIT,
    argsort_text,
    arrow_chunks,
    arrow_data,
    choose_allocator,
    positions_in,
    use_system_allocator,
)

STR = pd.StringDtype(na_value=np.nan)


def test_arrow_text_comes_back_as_one_array_with_its_missing_values():
    series = pd.concat([pd.Series(["a", None], dtype=STR), pd.Series(["c"], dtype=STR)], ignore_index=True)
    data = arrow_data(series)
    assert isinstance(data, pa.Array)
    assert data.to_pylist() == ["a", None, "c"]


def test_arrow_dtype_columns_are_arrow_data_too():
    series = pd.Series([1, None, 3], dtype=pd.ArrowDtype(pa.int64()))
    assert arrow_data(series).to_pylist() == [1, None, 3]


def test_numpy_columns_are_not():
    assert arrow_data(pd.Series([1.0, np.nan])) is None
    assert arrow_data(pd.Series(["a", None], dtype=object)) is None
    assert arrow_data(pd.Series(["a"], dtype=pd.StringDtype("python", na_value=np.nan))) is None


def test_arrow_chunks_keeps_the_pieces_without_copying():
    series = pd.concat([pd.Series(["a", None], dtype=STR), pd.Series(["c"], dtype=STR)], ignore_index=True)
    data = arrow_chunks(series)
    assert isinstance(data, pa.ChunkedArray)
    assert data.num_chunks == 2
    assert data.to_pylist() == ["a", None, "c"]
    assert arrow_chunks(pd.Series(["x"], dtype=STR)).num_chunks == 1
    assert arrow_chunks(pd.Series([1.0, np.nan])) is None


def test_system_allocator_serves_new_arrays_and_old_ones_stay_readable():
    before = pa.array(["made", "before"])
    previous = pa.default_memory_pool()
    try:
        assert not use_system_allocator(2 * SYSTEM_ALLOCATOR_LIMIT)  # a huge file keeps Arrow's own
        assert pa.default_memory_pool().backend_name == previous.backend_name
        assert use_system_allocator(107_000_000)
        assert pa.default_memory_pool().backend_name == "system"
        after = pa.concat_arrays([before, pa.array(["after"])])
        assert after.to_pylist() == ["made", "before", "after"]
        assert before.to_pylist() == ["made", "before"]
    finally:
        pa.set_memory_pool(previous)


def test_a_big_file_gets_jemalloc_a_small_one_malloc():
    before = pa.array(["made", "before"])
    previous = pa.default_memory_pool()
    try:
        assert choose_allocator(2 * SYSTEM_ALLOCATOR_LIMIT) == pa.default_memory_pool().backend_name
        assert pa.default_memory_pool().backend_name in ("jemalloc", previous.backend_name)
        after = pa.concat_arrays([before, pa.array(["after"])])
        assert after.to_pylist() == ["made", "before", "after"]
        assert choose_allocator(107_000_000) == "system" == pa.default_memory_pool().backend_name
    finally:
        pa.set_memory_pool(previous)


def test_text_sorts_in_code_point_order_held_in_arrow_or_as_objects():
    words = ["été", "Zoë", "apple", "Apple", "zebra", "Été", "ß"]
    expected = sorted(range(len(words)), key=words.__getitem__)    # Python's order: code points
    assert argsort_text(np.array(words, dtype=object)).tolist() == expected
    assert argsort_text(pd.Series(words, dtype="str")).tolist() == expected
    assert argsort_text(np.array([], dtype=object)).tolist() == []


def test_positions_in_is_where_each_value_stands():
    among = pd.Series(["C", "B", "A", "D"], dtype=STR)
    values = pd.Series(["A", "X", None, "D", "C"], dtype=STR)
    assert positions_in(values, among).tolist() == [2, -1, -1, 3, 0]
    # the same for an index, for text pandas keeps as Python objects, and as pandas' own lookup says
    assert positions_in(pd.Index(values), pd.Index(among)).tolist() == [2, -1, -1, 3, 0]
    assert positions_in(values.astype(object), among.astype(object)).tolist() == [2, -1, -1, 3, 0]
    assert positions_in(values, among).tolist() == pd.Index(among).get_indexer(values).tolist()
    assert positions_in(pd.Series(["B"], dtype=STR), pd.Series(["B", "B"], dtype=STR)).tolist() == [0]
    assert positions_in(pd.Series([], dtype=STR), among).tolist() == []
