"""A projection, not the app: the CLI with three suggested fixes patched in from outside.

    python bench/prototype_cli_fixes.py -               FILE --customers-out out.csv   # as is
    python bench/prototype_cli_fixes.py zip,sample,csv  FILE --customers-out out.csv   # patched

zip:    skip the zip guard's full inflation of a part whose declared ratio is ordinary (<= 20x);
        this only measures the check's cost: it is NOT a safe fix (a disguised bomb lies about that size)
sample: let fastexcel infer column types from its default 1,000-row sample
csv:    write the customer table with pyarrow.csv instead of DataFrame.to_csv

It reaches into core internals (core.importing.excel._open, core.importing.zip_guard._check_inflated_size) as
they were on 23 Nov 2026 and will break when they change; it only exists to measure how much the
suggested fixes in docs/performance.md would save. The "sample" patch alone is NOT safe (a text
cell after the sampled rows would be lost): the real fix also reads to_arrow_with_errors().
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def patch(fixes: set[str]) -> None:
    import core.importing.excel as read_excel
    import core.importing.zip_guard as zip_guard

    if "zip" in fixes:
        inflate = zip_guard._check_inflated_size

        def only_odd_ratios(handle, info, name):
            if info.file_size / max(info.compress_size, 1) > 20:
                inflate(handle, info, name)

        zip_guard._check_inflated_size = only_odd_ratios

    if "sample" in fixes:
        class SampledReader:
            def __init__(self, reader):
                self._reader = reader

            def __getattr__(self, name):
                return getattr(self._reader, name)

            def load_sheet(self, sheet, schema_sample_rows=None, **kwargs):
                return self._reader.load_sheet(sheet, **kwargs)  # fastexcel's default 1,000-row sample

        open_reader = read_excel._open
        read_excel._open = lambda path: SampledReader(open_reader(path))

    if "csv" in fixes:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.csv as pa_csv

        to_csv = pd.DataFrame.to_csv

        def arrow_to_csv(self, path=None, *args, **kwargs):
            if path is None or hasattr(path, "write"):
                return to_csv(self, path, *args, **kwargs)
            pa_csv.write_csv(pa.Table.from_pandas(self, preserve_index=False), str(path),
                             pa_csv.WriteOptions(quoting_style="needed"))
            return None

        pd.DataFrame.to_csv = arrow_to_csv


def main(argv: list[str]) -> int:
    patch(set(argv[0].split(",")) - {"-"})
    from core.cli import main as cli_main

    return cli_main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
