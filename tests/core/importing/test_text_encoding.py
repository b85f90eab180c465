"""Text encodings, and UTF-8 files with a few Windows-1252 bytes read without damage."""

from __future__ import annotations

import pytest

from core.importing.importer import import_purchases
from core.importing.text_encoding import (
    MixedBytes,
    is_utf8,
    mixed_bytes,
    read_encoding,
    sniff_encoding,
    utf8_copy,
)
from core.language import Language
from core.words import Words

UTF8_ROWS = "Name,City\nZoë,Köln\nJosé,Málaga\n"


def test_clean_utf8_and_clean_windows_1252(tmp_path):
    clean = tmp_path / "a.csv"
    clean.write_text(UTF8_ROWS, encoding="utf-8")
    assert read_encoding(clean) == ("utf-8", None) and mixed_bytes(clean) is None
    old = tmp_path / "b.csv"
    old.write_text(UTF8_ROWS, encoding="cp1252")
    assert read_encoding(old) == ("cp1252", None)


def test_a_stray_byte_in_utf8_is_read_as_its_windows_1252_character(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(UTF8_ROWS.encode() + b"No\xebl,Paris\n" + "Zoë,Köln\n".encode())
    encoding, mixed = read_encoding(path)
    assert encoding == "utf-8" and mixed == MixedBytes(count=1, lines=[4], line_count=1)
    copy = tmp_path / "copy.csv"
    utf8_copy(path, copy)
    assert copy.read_text(encoding="utf-8") == UTF8_ROWS + "Noël,Paris\nZoë,Köln\n"
    assert "Not UTF-8 in this UTF-8 file: 1 byte on 1 line (line 4)." in str(mixed.warning())


def test_mostly_windows_1252_stays_windows_1252(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(UTF8_ROWS.encode("cp1252") * 3 + "Zoë,Köln\n".encode())  # 12 old bytes, 2 new characters
    assert read_encoding(path) == ("cp1252", None)


def test_many_lines_are_counted_and_the_first_five_named(tmp_path):
    path = tmp_path / "a.csv"
    body = "".join(f"Zoë {i},Köln\n" for i in range(40)).encode()
    path.write_bytes(b"Name,City\n" + body + b"Caf\xe9 1,x\n" * 7 + b"\xe9\xe9,\xe9\n")
    mixed = mixed_bytes(path)
    assert mixed is not None and mixed.count == 10 and mixed.line_count == 8
    assert mixed.lines == [42, 43, 44, 45, 46]
    said = str(mixed.warning())
    assert "10 bytes on 8 lines (lines 42, 43, 44, 45, 46 and 3 more)" in said
    # in the shop's language, the counts and the lines too
    assert "10 Bytes in 8 Zeilen (Zeilen 42, 43, 44, 45, 46 und 3 weitere)" in Words(Language.GERMAN).say(mixed.warning())


def test_the_utf8_check_takes_what_pythons_codec_takes_wherever_a_chunk_ends(tmp_path):
    """is_utf8 reads in chunks; a character cut by a chunk's end is checked whole in the next one."""
    texts = ["Zoë,Köln €5 𝄞 中\n" * 3, "abc", "ë", "€", "𝄞"]
    damaged = [b"No\xebl\n", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"abc\xc3", b"\x80abc", b"\xe2\x82"]
    path = tmp_path / "a.csv"
    for raw in [t.encode() for t in texts] + damaged + [t.encode() + d for t in texts for d in damaged]:
        try:
            raw.decode("utf-8")
            expected = True
        except UnicodeDecodeError:
            expected = False
        path.write_bytes(raw)
        for size in range(1, 9):
            assert is_utf8(path, chunk_size=size) is expected, (raw, size)
        assert is_utf8(path) is expected


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf_32_is_read_with_or_without_its_mark(tmp_path, codec):
    """Found by a hostile trial: a UTF-32 CSV was refused as "binary data (control characters)", and its
    mark (FF FE 00 00) began like UTF-16's."""
    path = tmp_path / "orders.csv"
    path.write_bytes("Customer,Date,Amount\nZoë,2024-01-05,10.50\nC2,2024-02-05,3\n".encode(codec))
    assert sniff_encoding(path) in {codec, "utf-32"}
    result = import_purchases(path)
    assert result.transactions["customer_id"].tolist() == ["Zoë", "C2"]
    assert result.transactions["amount"].tolist() == [10.5, 3.0]


def test_a_mac_file_with_cr_line_ends_is_read_as_mac_roman(tmp_path):
    """Found by a trial on files shaped like the real exports: Excel for Mac's plain CSV (Mac Roman
    letters, lines ended by CR alone) read "René" as "RenŽ", so the same person in a UTF-8 file was
    another customer."""
    from core.importing.importer import import_purchases  # noqa: PLC0415

    path = tmp_path / "mac.csv"
    path.write_bytes("Customer,Date,Amount\rAnn,2024-01-05,10.50\rRené,2024-01-06,7.00\r".encode("mac_roman"))
    assert read_encoding(path) == ("mac_roman", None)
    result = import_purchases(path)
    assert sorted(result.transactions["customer_id"].astype(str)) == ["Ann", "René"]
    windows = tmp_path / "windows.csv"       # (CR LF line ends: Windows-1252 as before)
    windows.write_bytes("Customer,Date,Amount\r\nRené,2024-01-06,7.00\r\n".encode("cp1252"))
    assert read_encoding(windows) == ("cp1252", None)
