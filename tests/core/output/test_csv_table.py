"""The one CSV writer: every text value quoted, numbers bare, formula-safe, cells that fit (definitions §7)."""

from __future__ import annotations

import csv

import pyarrow as pa
import pytest

from core.errors import OutputError
from core.output.cells import DANGEROUS_STARTS
from core.output.csv_table import UTF8_BOM, write_csv


def _columns():
    return {"Name": pa.array([";=1+1", "=SUM(A1)", None, 'Ann "the" Smith', "", "a,b"]),
            "Orders": pa.array([1, 2, None, 4, 5, 6], pa.int64()),
            "Revenue": pa.array([1.5, None, 3.0, 4.25, 5.0, 6.0])}


def test_every_text_value_is_quoted_and_numbers_are_bare(tmp_path):
    path = tmp_path / "out.csv"
    assert write_csv(_columns(), path) == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '"Name","Orders","Revenue"'
    assert lines[1] == "\";'=1+1\",1,1.5"                # and an apostrophe after the semicolon
    assert lines[2] == "\"'=SUM(A1)\",2,"                 # formula-like text: apostrophe, as everywhere
    assert lines[3] == ",,3"                                # missing values: empty and unquoted
    assert lines[4] == '"Ann ""the"" Smith",4,4.25'
    assert lines[5] == '"",5,5'


def spreadsheet_cells(line: str, separator: str, *, reopen: bool) -> list[str]:
    """How a spreadsheet splits one line of a CSV file at ``separator`` (which may not be the file's
    own): a field that starts with a quote runs to its closing quote (two quotes are one quote), and
    what follows up to the next separator belongs to the field. ``reopen``: a quote in the middle of
    a field opens a quoted part again (as LibreOffice reads it); otherwise it is a plain character
    (as Excel reads it). The cells' texts as the spreadsheet would show them."""
    cells, cell, quoted, start, i = [], [], False, True, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1:i + 2] == '"':
                cell.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cell.append(ch)
        elif ch == separator:
            cells.append("".join(cell))
            cell, start, i = [], True, i + 1
            continue
        elif ch == '"' and (start or reopen):
            quoted = True
        else:
            cell.append(ch)
        start = False
        i += 1
    return [*cells, "".join(cell)]


def formula_cells(lines: list[str]) -> list[str]:
    """Every cell that a spreadsheet would run as a formula, whatever separator and quote reading it uses."""
    found = []
    for line in lines:
        for separator in (",", ";", "\t"):
            for reopen in (True, False):
                found += [c for c in spreadsheet_cells(line, separator, reopen=reopen) if c.startswith(DANGEROUS_STARTS)]
    return found


def test_a_semicolon_spreadsheet_never_finds_a_formula(tmp_path):
    """A spreadsheet in a locale whose list separator is ";" splits each line at semicolons. Unquoted,
    as the mailing CSVs were written before, ``;=1+1`` became a formula cell there; quoted, and with
    an apostrophe after the semicolon, no reading of the line gives one."""
    assert formula_cells(["c0@example.com,;=1+1,Smith"]) == ["=1+1,Smith"] * 2
    path = tmp_path / "out.csv"
    write_csv({"Email": pa.array(["c0@example.com", "c1@example.com"]),
               "First name": pa.array([";=1+1", "Ann;@SUM(A1)"]), "Last name": pa.array(["Smith", "\t-2+3"])}, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1] == '"c0@example.com",";\'=1+1","Smith"'
    assert formula_cells(lines) == []
    with open(path, encoding="utf-8", newline="") as handle:       # a reader of the file's own format
        assert list(csv.reader(handle))[1] == ["c0@example.com", ";'=1+1", "Smith"]


def test_bom_and_windows_line_ends_for_email_tools(tmp_path):
    path = tmp_path / "list.csv"
    write_csv({"Email Address": pa.array(["zoë@example.com"])}, path, bom=True, windows_line_ends=True)
    raw = path.read_bytes()
    assert raw.startswith(UTF8_BOM) and raw.endswith(b"\r\n") and b"\r\n" in raw[:40]
    assert raw[len(UTF8_BOM):].decode("utf-8") == '"Email Address"\r\n"zoë@example.com"\r\n'


def test_long_text_is_cut_and_infinity_refused(tmp_path):
    path = tmp_path / "long.csv"
    assert write_csv({"Message": pa.array(["m" * 40_000, "short"])}, path) == 1
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows[1][0]) == 32_767 and rows[1][0].endswith("…") and rows[2] == ["short"]
    with pytest.raises(OutputError, match='"Revenue" holds a number'):
        write_csv({"Revenue": pa.array([1.0, float("inf")])}, tmp_path / "inf.csv")
    assert not (tmp_path / "inf.csv").exists()
