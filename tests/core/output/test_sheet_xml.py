"""core/sheet_xml.py: the quick checks equal the regular expressions they replace; rows are bytes."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET

import pyarrow as pa
import pyarrow.compute as pc

from core.output import sheet_xml

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


class _Format:
    def __init__(self, index):
        self.index = index

    def _get_xf_index(self):
        return self.index


class _Formats:
    quoted = _Format(9)

    def for_kind(self, kind):
        return _Format(3)


def test_rows_are_xml_bytes_with_missing_cells_left_out():
    text = pa.array(["x & y", None, "=1", " 🌸"], pa.string())
    numbers = pa.array([1.5, 2.0, None, 4.25], pa.float64())
    full = pa.array(["a", "b", "c", "d"], pa.string())
    chunk = sheet_xml.rows_xml([text, numbers, full], ["text", "money", "text"], _Formats(), 4)
    assert isinstance(chunk, memoryview)
    rows = ET.fromstring(b"<sheetData>" + bytes(chunk) + b"</sheetData>")
    cells = [[(c.get("r"), "".join(c.itertext())) for c in row] for row in rows]
    assert [row.get("r") for row in rows] == ["5", "6", "7", "8"]
    assert cells == [[("A5", "x & y"), ("B5", "1.5"), ("C5", "a")], [("B6", "2"), ("C6", "b")],
                     [("A7", "=1"), ("C7", "c")], [("A8", " 🌸"), ("B8", "4.25"), ("C8", "d")]]
    assert rows[2][0].get("s") == "9"                       # formula-like text: quote-prefix style
    space = "{http://www.w3.org/XML/1998/namespace}space"
    assert rows[3][0].find("is/t").get(space) == "preserve" and rows[0][0].find("is/t").get(space) is None
    assert bytes(sheet_xml.rows_xml([pa.array([], pa.string())], ["text"], _Formats(), 0)) == b""
