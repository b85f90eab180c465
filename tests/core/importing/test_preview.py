"""core.importing.preview_file: the mapping page's first look at a file, with the importer's own steps."""

from __future__ import annotations

import pandas as pd
import pytest
import xlsxwriter

from core.errors import InputError
from core.importing import FilePreview, ImportOptions, import_purchases, preview_file
from core.importing.preview import PREVIEW_ROWS
from tests.core.importing.shop_files import shopify_orders


def test_preview_of_the_sample_workbook_has_the_importer_s_mapping(sample_xlsx):
    preview = preview_file(sample_xlsx)
    assert isinstance(preview, FilePreview)
    assert preview.path == str(sample_xlsx)
    assert preview.sheet == "Online Retail" and preview.sheets == ["Online Retail"]
    assert preview.header_row == 1
    assert len(preview.rows) == PREVIEW_ROWS
    assert preview.mapping.format_name == "UCI Online Retail"
    assert preview.mapping.fields == import_purchases(sample_xlsx).mapping.fields


def test_preview_of_a_text_file_has_no_sheets(sample_csv):
    preview = preview_file(str(sample_csv))
    assert preview.sheet is None and preview.sheets == []
    assert preview.mapping.fields["customer_id"] == "CustomerID"


def test_preview_rows_are_the_prepared_table_of_a_known_export(tmp_path):
    """A Shopify export gets its derived amount column in the preview, as in the import."""
    path, _ = shopify_orders(tmp_path)
    preview = preview_file(path)
    assert preview.mapping.format_name == "Shopify orders"
    assert preview.mapping.fields["amount"] in preview.rows.columns
    assert preview.mapping.fields == import_purchases(path).mapping.fields


def test_preview_of_a_chosen_sheet_lists_the_others_after_it(tmp_path):
    path = tmp_path / "two.xlsx"
    book = xlsxwriter.Workbook(str(path))
    for name, customer in (("Shop", "A1"), ("Market", "B2")):
        sheet = book.add_worksheet(name)
        for col, header in enumerate(("Date", "Customer", "Amount")):
            sheet.write(0, col, header)
        for row in range(1, 4):
            sheet.write(row, 0, f"2024-01-0{row}")
            sheet.write(row, 1, customer)
            sheet.write(row, 2, 10.5 * row)
    book.close()
    preview = preview_file(path, "Market")
    assert preview.sheet == "Market" and preview.sheets == ["Market", "Shop"]
    assert preview.rows["Customer"].tolist() == ["B2"] * 3
    assert set(preview.mapping.fields) == {"date", "customer_id", "amount"}
    assert isinstance(preview.rows, pd.DataFrame)


def test_preview_of_a_missing_file_is_a_plain_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        preview_file(tmp_path / "gone.xlsx")


def test_the_import_reuses_the_table_the_preview_read(tmp_path, sample_xlsx):
    """The file is read once: the import of a previewed file uses the preview's table (here the
    file is even gone by then) and gives exactly what reading it again gives."""
    copy = tmp_path / "shop.xlsx"
    copy.write_bytes(sample_xlsx.read_bytes())
    preview = preview_file(copy)
    assert preview.table is not None and len(preview.table.frame) == 33073
    expected = import_purchases(copy)
    copy.unlink()
    steps: list[tuple[float, str]] = []   # a step's words as the command line writes them (English)
    result = import_purchases(copy, progress=lambda fraction, message="": steps.append((fraction, str(message))),
                              raw=preview.table)
    pd.testing.assert_frame_equal(result.transactions, expected.transactions)
    assert result.report.to_text() == expected.report.to_text()
    assert steps[0] == (0.6, "shop.xlsx already read")
    assert len(preview.table.frame) == 33073  # the preview's table is left as it was


def test_a_table_of_another_sheet_or_header_row_is_not_used(tmp_path, sample_csv):
    preview = preview_file(sample_csv)
    other = tmp_path / "other.csv"
    other.write_text("Date,Customer,Amount\n2024-01-02,A1,10.50\n2024-01-03,B2,12.25\n", encoding="utf-8")
    result = import_purchases(other, raw=preview.table)          # another file: read from disk
    assert set(result.transactions["customer_id"]) == {"A1", "B2"}
    with pytest.raises(InputError):  # another header row: the file is read again (row 5 holds no column names)
        import_purchases(sample_csv, ImportOptions(header_row=5), raw=preview.table)
