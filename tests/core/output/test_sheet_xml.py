"""core/sheet_xml.py: the quick checks equal the regular expressions they replace; rows are bytes."""

from __future__ import annotations

import io
import random
import xml.etree.ElementTree as ET

import pyarrow as pa
import pyarrow.compute as pc
import xlsxwriter

from core.output import sheet_xml
from core.output.columns import CellKind, TextSafety
from core.output.xlsx import Formats

_ALPHABET = ["a", " ", "\t", "\n", "\r", "&", "<", ">", "\x00", "\x01", "\x1f", "é", "€", "🌸", "\u2028", "\x7f"]


def _arrays():
    rnd = random.Random(5)
    for _ in range(1500):
        values = [None if rnd.random() < 0.1 else "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 5)))
                  for _ in range(rnd.randint(0, 8))]
        arr = pa.array(values, pa.string())
        yield from (arr, arr.slice(1), arr.slice(2, 3), arr.cast(pa.large_string()))


def test_quick_checks_equal_the_regular_expressions():
    for arr in _arrays():
        assert sheet_xml._edge_space(arr).to_pylist() == \
            pc.match_substring_regex(arr, sheet_xml._EDGE_SPACE).to_pylist()
        special = pc.any(pc.match_substring_regex(arr, r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f]")).as_py() or False
        assert sheet_xml._has_special(arr) == special, arr.to_pylist()


def _styles():
    """Style numbers from a real workbook's formats (numbered in the order they are asked for)."""
    return Formats(xlsxwriter.Workbook(io.BytesIO())).style_ids()


def test_rows_are_xml_bytes_with_missing_cells_left_out():
    text = pa.array(["x & y", None, "=1", " 🌸"], pa.string())
    numbers = pa.array([1.5, 2.0, None, 4.25], pa.float64())
    full = pa.array(["a", "b", "c", "d"], pa.string())
    kinds = [CellKind.TEXT, CellKind.MONEY, CellKind.TEXT]
    chunk = sheet_xml.rows_xml([text, numbers, full], kinds, _styles(), 4)
    assert isinstance(chunk, memoryview)
    rows = ET.fromstring(b"<sheetData>" + bytes(chunk) + b"</sheetData>")
    cells = [[(c.get("r"), "".join(c.itertext())) for c in row] for row in rows]
    assert [row.get("r") for row in rows] == ["5", "6", "7", "8"]
    assert cells == [[("A5", "x & y"), ("B5", "1.5"), ("C5", "a")], [("B6", "2"), ("C6", "b")],
                     [("A7", "=1"), ("C7", "c")], [("A8", " 🌸"), ("B8", "4.25"), ("C8", "d")]]
    assert rows[2][0].get("s") == "1"                       # formula-like text: quote-prefix style (asked first)
    assert rows[0][1].get("s") == "2"                       # money: the next style asked for
    space = "{http://www.w3.org/XML/1998/namespace}space"
    assert rows[3][0].find("is/t").get(space) == "preserve" and rows[0][0].find("is/t").get(space) is None
    assert bytes(sheet_xml.rows_xml([pa.array([], pa.string())], [CellKind.TEXT], _styles(), 0)) == b""


def test_plain_numbers_and_booleans_are_written_as_xlsxwriter_writes_them():
    numbers = pa.array([2.0, 2811.4300000000007, None, 1e20], pa.float64())
    flags = pa.array([True, False, None, True], pa.bool_())
    text = pa.array(["'=1", "a", None, "'=2"], pa.string())     # made safe before (cells.safe_arrow)
    chunk = sheet_xml.rows_xml([numbers, flags, text], [CellKind.GENERAL, CellKind.BOOL, CellKind.TEXT],
                               _styles(), 0, safety=TextSafety.APOSTROPHE)
    assert bytes(chunk).decode() == (
        '<row r="1"><c r="A1"><v>2</v></c><c r="B1" t="b"><v>1</v></c>'
        '<c r="C1" t="inlineStr"><is><t>\'=1</t></is></c></row>'
        '<row r="2"><c r="A2"><v>2811.430000000001</v></c><c r="B2" t="b"><v>0</v></c>'
        '<c r="C2" t="inlineStr"><is><t>a</t></is></c></row>'
        '<row r="3"></row>'
        '<row r="4"><c r="A4"><v>1E+20</v></c><c r="B4" t="b"><v>1</v></c>'
        '<c r="C4" t="inlineStr"><is><t>\'=2</t></is></c></row>')


def test_plain_numbers_are_written_as_percent_16g_whole_or_not():
    """Whole numbers come from their digits, the others from %.16G: every value as XlsxWriter's
    %.16G writes it, -0, 1E+16 and beyond, tiny and huge values included."""
    rnd = random.Random(7)
    values = [0.0, -0.0, 5.0, -5.0, 1e15 - 1, -(1e15 - 1), 1e15, 1e16, 2.5, 0.1, 1e-7, -1e300,
              123456789012345.6, float("nan")]
    values += [rnd.uniform(-1e6, 1e6) for _ in range(200)] + [float(rnd.randint(-10**15, 10**15)) for _ in range(200)]
    written = sheet_xml._general_numbers(pa.array(values + [None], pa.float64())).to_pylist()
    assert written == ["%.16G" % (0.0 if v != v else v) for v in values] + [None]
    assert written[:3] == ["0", "-0", "5"] and written[6:8] == ["1000000000000000", "1E+16"]
