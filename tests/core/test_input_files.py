"""core/input_files.py: what can be a file Clientele reads, said before anything is read."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.input_files import EXCEL_SUFFIXES, TEXT_SUFFIXES, check_openable


@pytest.mark.parametrize(("name", "content", "said"), [
    ("folder", None, "This is a folder, not a file."),
    ("orders.zip", b"PK\x03\x04", 'Clientele cannot read ".zip" files.'),
    ("orders", b"a,b\n", 'Clientele cannot read "(no extension)" files.'),
    ("empty.csv", b"", "The file is empty: it holds no rows at all (0 bytes)."),
    ("empty.xlsx", b"", "The workbook is empty (0 bytes), so it is not a real Excel file."),
    ("gone.csv", None, "The file does not exist (it may have been moved or renamed)."),
])
def test_what_cannot_be_read_is_said_without_reading(tmp_path, name, content, said):
    path = tmp_path / name
    if name == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        check_openable(path)
    assert said in str(caught.value)


def test_a_file_of_a_kind_clientele_reads_passes(tmp_path):
    for suffix in (*EXCEL_SUFFIXES, *TEXT_SUFFIXES):
        path = tmp_path / f"orders{suffix.upper()}"
        path.write_bytes(b"anything")
        check_openable(path)          # (what it holds is the reading's to say)
