"""The customer table goes to CSV or Excel with definitions §2 names, safe cells, atomically."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

from core.errors import OutputError
from core.output.customer_table import write_customer_table


@pytest.fixture
def customers():
    return pd.DataFrame({
        "customer_id": ["12346", "=HYPERLINK(\"x\")"],
        "first_purchase": pd.to_datetime(["2011-01-18", "2011-02-01"]),
        "orders": pd.array([2, None], dtype="Int64"),
        "revenue": [77183.6, -12.5],
        "declining": [False, True],
    })


def test_csv_round_trip(tmp_path, customers):
    out = write_customer_table(customers, tmp_path / "c.csv")
    back = pd.read_csv(out, dtype={"customer_id": str})
    assert list(back.columns) == list(customers.columns)
    assert back["customer_id"].tolist() == ["12346", "'=HYPERLINK(\"x\")"]
    assert back["first_purchase"].tolist() == ["2011-01-18", "2011-02-01"]
    assert back["revenue"].tolist() == [77183.6, -12.5]
    assert back["orders"].isna().tolist() == [False, True]


def test_csv_text_held_in_arrow_is_written_like_any_text(tmp_path, customers):
    """Text columns of pandas' Arrow-backed string dtype (as the segmentation makes them) are
    written from their Arrow arrays: the same cells as from plain Python text."""
    arrow_backed = customers.assign(customer_id=customers["customer_id"].astype(pd.StringDtype("pyarrow")),
                                    tier=pd.array(["Gold", None], dtype=pd.StringDtype("pyarrow")),
                                    note=pd.array(["a;+b", ""], dtype=pd.StringDtype("pyarrow")))
    plain = arrow_backed.astype({"customer_id": object, "tier": object, "note": object})
    out_arrow = write_customer_table(arrow_backed, tmp_path / "arrow.csv")
    out_plain = write_customer_table(plain, tmp_path / "plain.csv")
    assert out_arrow.read_bytes() == out_plain.read_bytes()
    lines = out_arrow.read_text(encoding="utf-8").splitlines()
    assert lines[1].endswith(',"Gold","a;\'+b"') and lines[2].startswith('"\'=HYPERLINK(""x"")"')
    assert lines[2].endswith(',,""')


def test_xlsx_has_no_formula_and_numbers_stay_numbers(tmp_path, customers):
    out = write_customer_table(customers, tmp_path / "c.xlsx")
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(customers.columns)
    assert rows[1] == ("12346", "2011-01-18", 2, 77183.6, False)
    assert rows[2][0].startswith("'=")
    assert rows[2][3] == -12.5
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_bad_suffix_is_refused(tmp_path, customers):
    with pytest.raises(OutputError, match=r"\.csv or \.xlsx"):
        write_customer_table(customers, tmp_path / "c.txt")
    assert list(tmp_path.iterdir()) == []
