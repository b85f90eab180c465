"""CSV/TSV/TXT variants: encodings, delimiters, decimal commas, currency text, title rows."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.importing.importer import ImportOptions, import_purchases
from core.importing.report import EXTRA_CELLS_REASON
from core.importing.text_encoding import read_encoding, sniff_encoding
from core.importing.text_files import EXTRA_CELLS_ROWS, _read, read_text_table, sniff_delimiter
from core.language import Language
from core.progress import ensure
from core.words import Words

ROWS = [
    ("Datum", "Kundennummer", "Betrag", "Land"),
    ("2024-03-01", "K-100", "1.234,56 €", "Deutschland"),
    ("2024-03-02", "K-200", "€ 12,50", "Österreich"),
    ("2024-03-05", "K-100", "(2,00)", "Deutschland"),
]


def _write(path, rows, delimiter=",", encoding="utf-8", newline="\n"):
    text = newline.join(delimiter.join(row) for row in rows) + newline
    path.write_bytes(text.encode(encoding))
    return path


def _totals(result):
    return result.transactions.groupby("customer_id")["amount"].sum().round(2).to_dict()


def test_semicolons_decimal_comma_german_headers(tmp_path):
    path = _write(tmp_path / "umsatz.csv", ROWS, ";")
    result = import_purchases(path)
    assert result.source.delimiter == ";"
    assert result.mapping.fields["customer_id"] == "Kundennummer"
    assert result.mapping.fields["amount"] == "Betrag"
    assert result.mapping.fields["country"] == "Land"
    assert _totals(result) == {"K-100": 1232.56, "K-200": 12.50}
    assert result.transactions["is_return"].tolist() == [False, False, True]
    assert result.report.currency == "EUR"


def test_utf16_tab_text_as_excel_unicode_text_writes_it(tmp_path):
    path = tmp_path / "export.txt"
    text = "\r\n".join("\t".join(r) for r in ROWS) + "\r\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    assert sniff_encoding(path) == "utf-16"
    result = import_purchases(path)
    assert result.source.delimiter == "\t"
    assert _totals(result) == {"K-100": 1232.56, "K-200": 12.50}
    assert result.transactions["country"].iloc[1] == "Österreich"


def test_utf8_bom_header_is_clean(tmp_path):
    rows = [("Date", "Customer ID", "Amount"), ("2024-01-02", "7", "10.00"), ("2024-01-09", "7", "5.25")]
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + ("\n".join(",".join(r) for r in rows) + "\n").encode())
    result = import_purchases(path)
    assert result.mapping.fields["date"] == "Date"  # no BOM glued to the first header
    assert _totals(result) == {"7": 15.25}


def test_cp1252_with_euro_and_umlauts(tmp_path):
    rows = [("Date", "Customer", "Total", "City"),
            ("2024-01-02", "A1", "€10.00", "Köln"),
            ("2024-01-03", "B2", "€7.50", "Zürich"),
            ("2024-01-04", "A1", "€2.25", "Köln")]
    path = _write(tmp_path / "legacy.csv", rows, ",", "cp1252", "\r\n")
    assert sniff_encoding(path) == "cp1252"
    result = import_purchases(path)
    assert _totals(result) == {"A1": 12.25, "B2": 7.50}
    assert result.transactions["city"].iloc[0] == "Köln"


def test_title_rows_above_the_header(tmp_path):
    rows = [("Sales report for Shop Anna",), ("exported 2024-06-01",), ("",),
            ("Order date", "Customer no", "Qty", "Unit price"),
            ("05/03/2024", "12", "2", "3.50"),
            ("25/03/2024", "13", "1", "10.00")]
    path = _write(tmp_path / "report.csv", rows)
    result = import_purchases(path)
    assert result.source.header_row == 4
    assert result.transactions["source_row"].tolist() == [5, 6]
    assert str(result.transactions["date"].iloc[0].date()) == "2024-03-05"  # settled day-first
    assert "day-first" in result.report.date_order_how and "row 6" in result.report.date_order_how
    assert _totals(result) == {"12": 7.0, "13": 10.0}


def test_header_row_option_overrides_detection(tmp_path):
    rows = [("Name", "Kind"), ("x", "y"), ("Date", "Customer", "Amount"), ("2024-01-01", "1", "2.00")]
    path = _write(tmp_path / "two_tables.csv", rows)
    result = import_purchases(path, ImportOptions(header_row=3))
    assert result.source.header_row == 3 and _totals(result) == {"1": 2.0}


def test_quoted_newlines_and_pipes(tmp_path):
    path = tmp_path / "pipes.txt"
    path.write_text('Date|Customer|Amount|Product\n2024-01-01|1|2.00|"Mug\nlarge"\n'
                    '2024-01-02|2|3,000.50|Plate\n', encoding="utf-8")
    result = import_purchases(path)
    assert result.source.delimiter == "|"
    assert result.transactions["product"].iloc[0] == "Mug\nlarge"
    assert _totals(result) == {"1": 2.0, "2": 3000.5}
    assert result.transactions["source_row"].tolist() == [2, 3]


def test_sniff_delimiter_prefers_consistent_split():
    assert sniff_delimiter("a;b;c\n1,5;2;3\n4;5;6\n") == ";"
    assert sniff_delimiter("a,b,c\n1,2,3\n") == ","
    assert sniff_delimiter("a\tb\n1\t2\n", ".tsv") == "\t"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, encoding):
    path = tmp_path / "x.csv"
    path.write_bytes("Date,Customer,Amount\n2024-01-01,1,2.00\n".encode(encoding))
    assert sniff_encoding(path) == encoding
    assert _totals(import_purchases(path)) == {"1": 2.0}


def test_source_lists_the_files_columns(tmp_path):
    path = _write(tmp_path / "c.csv", [("Date", "Customer", "Amount"), ("2024-01-01", "1", "2")])
    assert import_purchases(path).source.columns == ["Date", "Customer", "Amount"]


def test_data_proof_overrules_a_contradicting_choice(tmp_path):
    path = _write(tmp_path / "d.csv", [("Date", "Customer", "Amount"), ("25/04/2024", "1", "2"),
                                        ("03/04/2024", "1", "2")])
    result = import_purchases(path, ImportOptions(date_order="monthfirst"))
    assert [str(d.date()) for d in result.transactions["date"]] == ["2024-04-25", "2024-04-03"]
    assert "not month-first as chosen" in result.report.date_order_how


def test_irregular_lines_keep_row_numbers(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("Date,Customer,Amount\n2024-01-01,1,2.50\n\n2024-01-02,2\n"
                    "2024-01-03,3,1.00,extra\n2024-01-04,4,4.00\n2024-01-05,5,5.00\n", encoding="utf-8")
    result = import_purchases(path)
    tx = result.transactions
    assert tx["source_row"].tolist() == [2, 6, 7]
    assert tx["customer_id"].tolist() == ["1", "4", "5"]
    assert result.report.blank_rows == 1
    # (the row with a cell more than the header: set aside, its values may sit under the wrong columns)
    extra, short = result.report.set_aside
    assert (extra.reason, extra.examples) == (EXTRA_CELLS_REASON, [(5, "2024-01-03,3,1.00,extra")])
    assert short.examples == [(4, "")]


def test_trailing_delimiter_on_every_data_line(tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text("Date,Customer,Amount\n2024-01-01,1,2.50,\n2024-01-02,2,1.00,\n", encoding="utf-8")
    result = import_purchases(path)
    assert result.transactions["amount"].tolist() == [2.5, 1.0]
    assert result.source.columns == ["Date", "Customer", "Amount", "Column 4"]


def test_cells_with_line_breaks_are_not_taken_for_a_runaway_quote(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text('Date,Customer,Amount,Address\n2024-01-05,C1,12.50,"12 Main St, Flat 2\nLondon, UK\nE1 6AN"\n'
                    '2024-01-06,C2,8.00,5" screen, boxed\n2024-01-07,C3,1.00,"a,b,c"\n', encoding="utf-8")
    read = read_text_table(path)
    assert read.frame["Address"].tolist() == ["12 Main St, Flat 2\nLondon, UK\nE1 6AN", '5" screen', "a,b,c"]
    assert read.frame["Customer"].tolist() == ["C1", "C2", "C3"]


def test_title_cell_with_a_line_break_keeps_the_header_and_row_numbers(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text('"Sales\nMarch",,\nDate,Customer,Amount\r\n2024-01-05,C1,12.50\r\n', encoding="utf-8")
    read = read_text_table(path)
    assert read.header_row == 2 and list(read.frame.columns) == ["Date", "Customer", "Amount"]
    assert read.frame["Customer"].tolist() == ["C1"]


# A file longer than the head the encoding is first decided on (256 KB): its head is UTF-8, and
# what follows is checked by the reading itself (text_encoding.utf8_head, text_files._read).
_LONG_ROWS = 9000  # (about 330 KB)


def _long_file(path, tail: bytes, wide: bool = False) -> bytes:
    header = "Date,Customer,Amount,Name" + "".join(f",Extra {i}" for i in range(60) if wide) + "\n"
    extra = "," * 60 if wide else ""
    body = "".join(f"2024-03-{1 + i % 28:02d},K{i % 50},{1 + i % 9},Zoë {i}{extra}\n" for i in range(_LONG_ROWS))
    raw = (header + body).encode() + tail
    path.write_bytes(raw)
    return raw


def _as_before(path):
    """The reading as it was before the head decided: the whole file's encoding first."""
    encoding, mixed = read_encoding(path)
    assert mixed is None
    return _read(path, path.name, encoding, None, ensure(None), None)


@pytest.mark.parametrize("tail, encoding", [
    (b"2024-04-01,K1,5,No\xebl\n", "utf-8"),                      # a stray byte in a text cell
    (b"2024-04-01,K1,5\xe9,Noel\n", "utf-8"),                      # in a number column (read typed)
    (b"2024-04-01,K1,5,Noel,\xe9\n", "utf-8"),                     # on an uneven line (read exactly)
    ("2024-04-01,K1,5,Noël\n".encode() * 2, "utf-8"),             # none: UTF-8 throughout
])
def test_a_file_with_a_utf8_head_is_read_as_the_whole_file_decides(tmp_path, tail, encoding):
    path = tmp_path / "orders.csv"
    raw = _long_file(path, tail)
    read = read_text_table(path)
    assert read.encoding == encoding and len(read.frame) == _LONG_ROWS + raw.count(b"\n", len(raw) - len(tail))
    stray = [str(w) for w in read.warnings if "Not UTF-8" in str(w)]
    if b"\xe9" in tail or b"\xeb" in tail:
        assert stray == [f"Not UTF-8 in this UTF-8 file: 1 byte on 1 line (line {_LONG_ROWS + 2}). They were read "
                         "as Windows-1252 characters (for example ë, é, €). Check the names on those lines; "
                         "saving the file as UTF-8 again avoids this."]
        assert read.frame.iloc[-1].tolist()[:4] == ["2024-04-01", "K1", *(
            ["5", "Noël"] if b"\xeb" in tail else ["5é", "Noel"] if b"5\xe9" in tail else ["5", "Noel"])]
    else:
        assert not stray and read.frame.equals(_as_before(path).frame)
    typed = import_purchases(path)  # (the importer reads Amount typed when its first rows allow)
    assert typed.report.rows_read == len(read.frame)


def test_a_file_mostly_windows_1252_after_a_utf8_head_stays_windows_1252(tmp_path):
    path = tmp_path / "orders.csv"
    _long_file(path, "2024-04-01,K1,5,Noël\n".encode("cp1252") * 12000)
    read = read_text_table(path)
    assert read.encoding == "cp1252" and read.frame["Name"].iloc[0] == "ZoÃ« 0" and read.frame["Name"].iloc[-1] == "Noël"
    assert read.frame.equals(_as_before(path).frame) and read.warnings == _as_before(path).warnings


def test_a_stray_byte_in_a_column_a_wide_file_leaves_out_is_still_found(tmp_path):
    path = tmp_path / "orders.csv"
    _long_file(path, b"2024-04-01,K1,5,Noel" + b"," * 30 + b"\xe9" + b"," * 30 + b"\n", wide=True)
    read = read_text_table(path)
    assert read.encoding == "utf-8"
    assert any(f"1 byte on 1 line (line {_LONG_ROWS + 2})" in str(w) for w in read.warnings)


def _thousands_file(path, unquoted: int, rows: int = 61):
    """s02_unquoted_thousands.csv: amounts of a thousand and more written "2,351.92" without quotes in a
    comma-separated file, every other amount plain."""
    lines = ["Customer ID,Date,Amount"]
    for i in range(rows):
        amount = f"{1 + i % 3},{351 + i:03d}.92" if i < unquoted else f"{185 + i}.73"
        lines.append(f"C{i % 12:03d},2023-{1 + i % 12:02d}-{1 + i % 28:02d},{amount}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_unquoted_thousands_separators_stop_the_import(tmp_path):
    """41 of 61 rows had one cell more than the header: the header was widened to the rows' usual width
    ("Column 4") and each such amount read as 2, silently (net revenue 11,106.73 instead of 80,915.34)."""
    path = _thousands_file(tmp_path / "s02.csv", unquoted=41)
    with pytest.raises(InputError) as raised:
        import_purchases(path)
    said = str(raised.value)
    assert said.startswith("s02.csv, row 2: 41 of 61 rows have more cells than the header has columns (for example "
                           '"C000,2023-01-01,1,351.92" (row 2); "C001,2023-02-02,2,352.92" (row 3);')
    assert "a comma inside a cell without quotes around it: a thousands separator in an amount" in said
    assert "Export the file again without thousands separators" in said
    german = raised.value.text(Words(Language.GERMAN))
    assert "Meist steht dann das Trennzeichen (Komma) ohne Anführungszeichen in einer Zelle" in german


def test_a_few_rows_with_more_cells_are_set_aside(tmp_path):
    """Up to EXTRA_CELLS_ROWS rows (or 1 % of the rows) with more cells than the header are set aside,
    named with the row as written; the amount 2 of "2,351.92" is never used."""
    path = _thousands_file(tmp_path / "few.csv", unquoted=EXTRA_CELLS_ROWS, rows=200)
    result = import_purchases(path)
    assert result.report.rows_kept == 200 - EXTRA_CELLS_ROWS and result.report.rows_read == 200
    [aside] = result.report.set_aside
    assert (aside.reason, aside.count) == (EXTRA_CELLS_REASON, EXTRA_CELLS_ROWS)
    assert aside.examples[0] == (2, "C000,2023-01-01,1,351.92")
    assert result.transactions["amount"].min() > 185
    assert result.source.columns == ["Customer ID", "Date", "Amount"]


def test_a_semicolon_file_with_an_unclosed_quote_names_the_quotes_row(tmp_path):
    """q02_unclosed_quote.csv: with decimal commas, the comma split every line in two and was taken for
    the delimiter, so the file was told "no header row"; the comma version named the quote's row."""
    lines = ["Kunde;Datum;Artikel;Betrag"]
    quoted = '"Tasse'
    lines += [f"C{i:03d};{1 + i % 28:02d}.01.2023;{quoted if i == 10 else 'Tasse'};{100 + i},92" for i in range(60)]
    path = tmp_path / "q02.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert sniff_delimiter(path.read_text(encoding="utf-8")) == ";"
    with pytest.raises(InputError) as raised:
        import_purchases(path)
    assert (raised.value.row, raised.value.column) == (12, "Artikel")
    assert 'A quote mark (") opens this cell and never closes' in str(raised.value)
    comma = tmp_path / "q02b.csv"
    comma.write_text(path.read_text(encoding="utf-8").replace(";", ",").replace(",92", ".92"), encoding="utf-8")
    with pytest.raises(InputError) as same:
        import_purchases(comma)
    assert (same.value.row, same.value.column) == (12, "Artikel")


def test_a_header_of_more_fields_than_any_spreadsheet_is_refused_at_once(tmp_path):
    """Found by a hostile trial: a 50 MB file of one line (25 million fields) ran 13 minutes and
    then ended the process; every field of the header cost work before the 1,000-column cut."""
    path = tmp_path / "one line.csv"
    path.write_text(",".join(f"c{i}" for i in range(30_000)) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_purchases(path)
    assert str(caught.value.phrase).startswith("The header row holds 30,000 fields, where a spreadsheet holds at "
                                               "most 16,384 columns")


def test_a_stray_byte_on_a_row_of_the_wrong_length_past_the_head_is_read_without_a_traceback(tmp_path, capfd):
    """A UTF-8 export (read as UTF-8 from its head) whose last row was typed in another program (a
    stray Windows-1252 byte) with one cell too many: pyarrow decoded that line as UTF-8 to hand it
    to the invalid-row handler, and printed "Exception ignored in on_invalid" and a traceback on
    standard error. The file is read, the row set aside as any such row."""
    rows = ["Date,Customer,Amount"] + [f"2024-01-{1 + k % 28:02d},C{k % 7},{10 + k % 50}" for k in range(40_000)]
    path = tmp_path / "export.csv"
    path.write_bytes(("\n".join(rows) + "\n").encode() + b"2024-02-01,C\xe9,1,extra\n")
    result = import_purchases(path)
    assert result.report.rows_kept == 40_000 and result.report.set_aside_count(EXTRA_CELLS_REASON) == 1
    captured = capfd.readouterr()
    assert "Exception ignored" not in captured.err and "Traceback" not in captured.err
