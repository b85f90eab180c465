"""A pandas column's Arrow data, through the public Arrow protocol: the one way core reads it.

pandas keeps the "str" dtype (and ArrowDtype columns) in Arrow; the importer and the customer
facts work on that data directly with pyarrow.compute instead of converting to Python objects.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.distinct import categorical

#: Rows of text made into Python strings (or worked on as Python strings) at a time, where a big
#: column has to be. Each block holds the interpreter's lock for a few milliseconds, so the
#: window's thread gets its turn between blocks: a whole column of 500,000 rows at once held it
#: 50-300 ms (docs/performance.md, issue 18, seventh round). Used by the tables' text
#: (gui/cell_format.py) and the channels' contacts (core/campaigns/channels.py).
PYTHON_TEXT_BLOCK = 50_000


def arrow_data(series: pd.Series) -> pa.Array | None:
    """The column's data when pandas keeps it in Arrow (the "str" dtype, ArrowDtype columns), as
    one Arrow array through ``pa.array(series.array)`` (the ``__arrow_array__`` protocol; a column
    pandas holds in several chunks, as after a concat, is combined into one); None for a column
    pandas keeps in numpy."""
    dtype = series.dtype
    if isinstance(dtype, pd.ArrowDtype) or (isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"):
        data = pa.array(series.array)
        return data.combine_chunks() if isinstance(data, pa.ChunkedArray) else data   # a column of pieces
    return None


def arrow_chunks(series: pd.Series) -> pa.ChunkedArray | None:
    """The column's Arrow data as pandas holds it (its chunks, as the CSV reader's blocks made
    them; no copy), or None for a column pandas keeps in numpy. For work done chunk by chunk
    (filters, trimming), which then never needs the column as one piece."""
    dtype = series.dtype
    if isinstance(dtype, pd.ArrowDtype) or (isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"):
        data = pa.array(series.array)
        return data if isinstance(data, pa.ChunkedArray) else pa.chunked_array([data], type=data.type)
    return None


def to_frame(table: pa.Table, text: pd.StringDtype) -> pd.DataFrame:
    """The table as pandas: text columns as ``text`` (kept in Arrow), other columns as
    ``table.to_pandas()`` makes them, and text columns read as codes (Arrow dictionaries) as
    categoricals of ``text``: what ``table.to_pandas(types_mapper=...)`` gives. pyarrow's
    conversion of a dictionary makes a Python string of every distinct value, and pandas then
    hashes them to check they are distinct, both holding the interpreter's lock: 290-470 ms for
    the 447,000 e-mail addresses of a ten-million-row file, with the window's thread waiting.
    Here the dictionary stays in Arrow: its values are distinct (the CSV reader writes each once;
    the chunks' dictionaries are unified into one)."""
    def mapper(kind: pa.DataType):
        return text if pa.types.is_string(kind) or pa.types.is_large_string(kind) else None

    coded = [i for i, f in enumerate(table.schema)
             if pa.types.is_dictionary(f.type) and mapper(f.type.value_type) is not None]
    plain = table.drop_columns([table.column_names[i] for i in coded]) if coded else table
    frame = plain.to_pandas(types_mapper=mapper)
    if not coded:
        return frame
    columns: dict[str, pd.Series] = {}
    for i, name in enumerate(table.column_names):
        if i not in coded:
            columns[name] = frame[name]
            continue
        column = table.column(i).unify_dictionaries()
        if column.num_chunks == 0 or column.chunk(0).dictionary.null_count:
            columns[name] = pa.table({name: column}).to_pandas(types_mapper=mapper)[name]
            continue
        codes = np.concatenate([pc.fill_null(chunk.indices, -1).to_numpy(zero_copy_only=False)
                                for chunk in column.chunks])
        values = pd.Index(pd.array(column.chunk(0).dictionary, dtype=text))
        columns[name] = pd.Series(categorical(codes, values), index=frame.index, name=name)
    return pd.DataFrame(columns, index=frame.index, copy=False)


def text_at(values: pa.Array | pa.ChunkedArray, codes: np.ndarray, index: pd.Index | None = None) -> pd.Series:
    """The text column (pandas' "str", kept in Arrow) whose row i is ``values[codes[i]]``, NA where
    the code is -1: taken in Arrow, without a Python string per row."""
    taken = values.take(pa.array(codes, mask=codes < 0))
    return pd.Series(pd.array(taken, dtype=pd.StringDtype(na_value=np.nan)), index=index)


def positions_in(values: pd.Series | pd.Index, among: pd.Series | pd.Index) -> np.ndarray:
    """The position (int64) of each of ``values`` in ``among``: -1 where it is not there or is
    missing, the first where ``among`` repeats it. Text is hashed as Arrow holds it: pandas'
    ``get_indexer`` on an index of text makes a Python string of every value and hashes those,
    holding the interpreter's lock (341 ms for 500,000 customer ids, with the window's thread
    waiting); Arrow's ``index_in`` lets other threads run."""
    values, among = pd.Series(values, copy=False), pd.Series(among, copy=False)
    data, value_set = arrow_data(values), arrow_data(among)
    if data is None or value_set is None:
        data = pa.array(values.astype("object").where(values.notna(), None).tolist(), type=pa.string())
        value_set = pa.array(among.astype("object").tolist(), type=pa.string())
    found = pc.index_in(data, value_set=value_set)
    return pc.fill_null(found, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def argsort_text(values: np.ndarray | pd.Series) -> np.ndarray:
    """Stable argsort (int64) of text in code-point order: an object array of str, or a text
    column (a column pandas keeps in Arrow is sorted as it is). pyarrow's sort is about twice
    numpy's speed and lets other threads run (the window's) while it sorts."""
    data = arrow_data(values) if isinstance(values, pd.Series) else None
    try:
        if data is None:
            data = pa.array(np.asarray(values, dtype=object), type=pa.string())
        return pc.array_sort_indices(data).to_numpy().astype(np.int64)
    except pa.ArrowException:  # pragma: no cover - text Arrow cannot hold (a lone surrogate): same order
        return np.argsort(np.asarray(values, dtype=object), kind="stable")


#: Largest file (bytes) read with Arrow's memory from malloc (use_system_allocator); see there.
SYSTEM_ALLOCATOR_LIMIT = 256 * 1024 * 1024


def use_system_allocator(file_size: int) -> bool:
    """Let Arrow allocate through the C library's malloc, the allocator numpy and pandas use, when
    the file to read is at most SYSTEM_ALLOCATOR_LIMIT bytes; whether it did.

    Arrow's own default (mimalloc) hands freed memory back to the system eagerly, so the importer's
    column-sized steps (read, parse, filter, trim) fault fresh pages in again and again: on the
    1M-row CSV (107 MB) about 0.7 s of system CPU time more than with malloc, which reuses what
    numpy and Arrow free alike. On the 10M-row CSV (1.1 GB) malloc saved no CPU and raised the peak
    memory by 1 GB (its per-thread arenas keep freed blocks), so a big file keeps Arrow's default
    (docs/performance.md, issue 18). Process-wide; arrays already made keep the allocator that made
    them, so it is safe at any time. The command line calls it through choose_allocator."""
    if file_size > SYSTEM_ALLOCATOR_LIMIT:
        return False
    pa.set_memory_pool(pa.system_memory_pool())
    return True


def choose_allocator(file_size: int) -> str:
    """Arrow's allocator for reading a file of ``file_size`` bytes; its name. Up to
    SYSTEM_ALLOCATOR_LIMIT malloc (use_system_allocator); above it jemalloc when this pyarrow has
    it, else Arrow's default. On the 10M-row CSV (1.1 GB) jemalloc, against mimalloc, took the
    import from 32.6–34.0 s to 23.0–28.1 s of CPU (a third of the system time: mimalloc's eager
    returns made every column-sized step fault its pages in again) and its peak from 4.6–4.8 GB
    to 3.85–3.9 GB (docs/performance.md, issue 18, third round). Process-wide, safe at any time."""
    if use_system_allocator(file_size):
        return "system"
    try:
        pool = pa.jemalloc_memory_pool()
    except NotImplementedError:  # (a pyarrow built without jemalloc)
        return pa.default_memory_pool().backend_name
    pa.set_memory_pool(pool)
    return pool.backend_name
