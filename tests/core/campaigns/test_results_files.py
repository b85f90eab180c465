"""The results file: the contract's columns as CSV; a workbook with the owner's Summary and a
Customers sheet; formula-safe; all or nothing and never over the imported file."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from core.campaigns.history import CampaignHistory
from core.campaigns.results import campaign_results
from core.campaigns.results_files import write_results
from core.campaigns.results_model import CUSTOMER_RESULT_COLUMNS, RESULT_COLUMNS
from core.errors import OutputError
from tests.factories import make_import_result, record_campaign, tx_frame

EVIL = "=HYPERLINK(\"http://x\",\"click\")"


@pytest.fixture
def results(tmp_path):
    path = tmp_path / "c.db"
    mailed = [f"M{i}" for i in range(60)] + [EVIL]
    control = [f"K{i}" for i in range(40)]
    record_campaign(path, {"At Risk": (mailed, control), "+Lost": (["L1", "L2"], ["L3"])}, export_date="2026-07-01",
                    titles={"At Risk": "@once 15% off"})
    rows = [(cid, "2026-05-01", 10.0, f"H{cid}", False) for cid in mailed + control]
    rows += [(cid, "2026-07-05", 30.0, f"W{cid}", False) for cid in mailed[:20] + control[:5]]
    rows.append(("Z", "2026-08-30", 1.0, "LAST", False))
    with CampaignHistory(path) as history:
        return campaign_results(history, make_import_result(tx_frame(rows), path="newer.csv"))


def test_csv_has_the_contract_columns_one_row_per_list_and_the_pooled_row(results, tmp_path):
    out = write_results(results, tmp_path / "results.csv")
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(RESULT_COLUMNS)
    assert [r["list"] for r in rows] == ["At Risk", "'+Lost", "All lists"]      # formula-safe text
    at_risk = rows[0]
    assert (at_risk["mailed"], at_risk["mailed_buyers"], at_risk["control"], at_risk["control_buyers"]) == \
        ("61", "20", "40", "5")
    assert float(at_risk["uplift"]) == pytest.approx(20 / 61 - 5 / 40)
    assert at_risk["verdict"] in ("helped", "likely helped") and at_risk["window_complete"] == "true"
    assert rows[1]["verdict"] == "too small to tell" and rows[1]["uplift"] != ""


def test_workbook_has_the_owners_summary_and_the_customers(results, tmp_path):
    out = write_results(results, tmp_path / "results.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "Customers"]
    summary = book["Summary"]
    text = [str(c.value) for row in summary.iter_rows() for c in row if c.value is not None]
    assert any(t.startswith('The offer "@once 15% off" brought back about') for t in text)
    assert any(t.startswith("Too small to tell") for t in text)
    assert "The newer file has no coupon column, so coupon redemptions are not counted." in text
    header_row = next(r for r in summary.iter_rows() if r[0].value == "list")
    assert [c.value for c in header_row][:len(RESULT_COLUMNS)] == list(RESULT_COLUMNS)
    customers = book["Customers"]
    assert [c.value for c in customers[1]] == list(CUSTOMER_RESULT_COLUMNS)
    assert customers.max_row == 1 + 61 + 40 + 3
    # formula-like text is text, never a formula: the id, the offer and the list name
    cells = [c for row in book.worksheets for r in row.iter_rows() for c in r if isinstance(c.value, str)
             and c.value[:1] in "=+@"]
    assert cells and all(c.data_type == "s" for c in cells)
    assert any(c.value == EVIL for c in cells)


def test_the_results_file_never_replaces_the_imported_file_and_needs_a_known_suffix(results, tmp_path):
    newer = tmp_path / "newer.csv"
    newer.write_text("the owner's file", encoding="utf-8")
    with pytest.raises(OutputError):
        write_results(results, newer, inputs=(newer,))
    assert newer.read_text(encoding="utf-8") == "the owner's file"
    with pytest.raises(OutputError, match=".csv or .xlsx"):
        write_results(results, tmp_path / "results.txt")
    assert not (tmp_path / "results.txt").exists()
