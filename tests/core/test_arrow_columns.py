"""core.arrow_columns: a column's Arrow data through the public protocol, None for numpy columns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from core.arrow_columns import (
    SYSTEM_ALLOCATOR_LIMIT,
    argsort_text,
    arrow_chunks,
    arrow_data,
    choose_allocator,
    positions_in,
    text_at,
    to_frame,
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


def _csv_table(text: str, dictionary: list[str]) -> pa.Table:
    """A table as the importer's reader makes it: some columns read as codes (dictionaries), the
    file in small blocks so that each block has its own dictionary."""
    names = text.splitlines()[0].split(",")
    types = {n: pa.dictionary(pa.int32(), pa.large_string()) if n in dictionary else pa.large_string()
             for n in names}
    types["amount"] = pa.float64()
    return pacsv.read_csv(pa.py_buffer(text.encode()), read_options=pacsv.ReadOptions(block_size=64),
                          convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=True,
                                                               null_values=[""]))


def test_to_frame_is_what_to_pandas_gives():
    rows = ["email,name,amount,country"] + [
        f"{e},{n},{a},{c}" for e, n, a, c in [
            ("ann@x.org", "Ann", "1.5", "FR"), ("", "Bob", "2", "DE"), ("cé@x.org", "", "", "FR"),
            ("ann@x.org", "Ann", "3", ""), ("zed@y.org", "Zed", "4.25", "GB")] * 7]
    table = _csv_table("\n".join(rows) + "\n", dictionary=["email", "country"])
    assert table.column("email").num_chunks > 1 and pa.types.is_dictionary(table.schema.field("email").type)
    got = to_frame(table, STR)
    want = table.to_pandas(types_mapper=lambda t: STR if pa.types.is_large_string(t) else None)
    pd.testing.assert_frame_equal(got, want)
    assert list(got.columns) == ["email", "name", "amount", "country"]
    assert got["email"].cat.categories.dtype == STR and got["email"].isna().sum() == 7


def test_to_frame_without_codes_or_rows():
    table = _csv_table("email,amount\nann@x.org,1\n", dictionary=[])
    pd.testing.assert_frame_equal(to_frame(table, STR), table.to_pandas(
        types_mapper=lambda t: STR if pa.types.is_large_string(t) else None))
    empty = _csv_table("email,amount\n", dictionary=["email"])
    assert to_frame(empty, STR).shape == (0, 2)
    only_codes = _csv_table("email\nann@x.org\n\nbob@x.org\n", dictionary=["email"])
    assert to_frame(only_codes, STR)["email"].tolist() == ["ann@x.org", "bob@x.org"]


def test_text_at_takes_codes_into_text_with_minus_one_as_na():
    values = pa.chunked_array([["Ann", "Bo"], ["Çelik"]])
    got = text_at(values, np.array([2, -1, 0, 0, 1]), pd.Index([10, 11, 12, 13, 14]))
    assert got.dtype == pd.StringDtype(na_value=np.nan)
    assert got.index.tolist() == [10, 11, 12, 13, 14]
    assert got.fillna("-").tolist() == ["Çelik", "-", "Ann", "Ann", "Bo"]
    assert text_at(pa.array([], pa.string()), np.array([-1, -1])).isna().tolist() == [True, True]
