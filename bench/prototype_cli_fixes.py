"""A projection, not the app: the CLI with three suggested fixes patched in from outside.

    python bench/prototype_cli_fixes.py -               FILE --customers-out out.csv   # as is
    python bench/prototype_cli_fixes.py zip,sample,csv  FILE --customers-out out.csv   # patched

zip:    skip the zip guard's full inflation of a part whose declared ratio is ordinary (<= 20x);
        this only measures the check's cost: it is NOT a safe fix (a disguised bomb lies about that size)
sample: let fastexcel infer column types from its default 1,000-row sample
csv:    write the customer table with pyarrow.csv instead of DataFrame.to_csv

It reaches into core internals (core.read_excel._open, core.zip_guard._check_inflated_size) as
they were on 23 Nov 2026 and will break when they change; it only exists to measure how much the
suggested fixes in docs/performance.md would save. The "sample" patch alone is NOT safe (a text
cell after the sampled rows would be lost): the real fix also reads to_arrow_with_errors().
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
fixes = set(sys.argv[1].split(',')) if sys.argv[1] != '-' else set()
argv = sys.argv[2:]
import core.read_excel as rx, core.file_kinds as fk, core.zip_guard as zg
if 'zip' in fixes:
    orig_inflate = zg._check_inflated_size
    def cheap(handle, info, name):
        if info.file_size / max(info.compress_size, 1) <= 20:
            return  # ordinary ratio: skip the full inflation
        orig_inflate(handle, info, name)
    zg._check_inflated_size = cheap
if 'sample' in fixes:
    class R:
        def __init__(self, r): self._r = r
        def __getattr__(self, k): return getattr(self._r, k)
        def load_sheet(self, sheet, schema_sample_rows=None, **kw):
            return self._r.load_sheet(sheet, **kw)   # default 1,000-row sample
    orig_open = rx._open
    rx._open = lambda path: R(orig_open(path))
if 'csv' in fixes:
    import core.customer_export as ce
    import pandas as pd
    orig_to_csv = pd.DataFrame.to_csv
    def fast_to_csv(self, path=None, *a, **k):
        if isinstance(path, (str, os.PathLike)) and str(path).endswith(('.csv', '.tmp')) or path is not None and not hasattr(path, 'write'):
            import pyarrow as pa, pyarrow.csv as pcsv
            pcsv.write_csv(pa.Table.from_pandas(self, preserve_index=False), str(path),
                           pcsv.WriteOptions(quoting_style="needed"))
            return None
        return orig_to_csv(self, path, *a, **k)
    pd.DataFrame.to_csv = fast_to_csv
from core.cli import main
sys.exit(main(argv))
