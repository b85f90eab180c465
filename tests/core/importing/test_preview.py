"""core.importing.preview_file: the mapping page's first look at a file, with the importer's own steps."""

from __future__ import annotations

import pandas as pd
import pytest
import xlsxwriter

from core.errors import InputError
from core.importing import FilePreview, import_purchases, preview_file
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
