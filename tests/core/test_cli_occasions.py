"""The command line and the occasions of definitions §12: `--lists "Birthday soon"` on the sample
with its customers file, the re-buy table (`--rebuy-out`), and a saved list of a project mailed by
name (`--lists "My list" --project FILE.json`). Real processes, real files."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from core.campaigns import CampaignStore
from core.project import Project, save_project
from core.segmentation import Settings
from core.segmentation.filters import Bought, Check, Condition, CustomerFilter, PurchaseCondition, SavedList
from core.segmentation.rebuy import REBUY_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
CUSTOMERS = ROOT / "resources" / "online_retail_sample_customers.csv"


def run_cli(*args, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python main.py segment ARGS`` in ``cwd``, with its campaign history in ``cwd`` too."""
    env = {**os.environ, "CLIENTELE_DATA_DIR": str(cwd / "data")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "segment", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=240, env=env)


@pytest.fixture(scope="module")
def birthday_run(tmp_path_factory, sample_xlsx):
    work = tmp_path_factory.mktemp("birthdays")
    result = run_cli(sample_xlsx, "--customers", CUSTOMERS, "--customers-out", "customers.csv",
                     "--mailing-out", "mailing.xlsx", "--lists", "Birthday soon", "--csv-dir", ".",
                     "--seed", "7", "--rebuy-out", "rebuy.xlsx", cwd=work)
    return result, work


def test_the_sample_customers_file_has_birthdays(birthday_run):
    result, work = birthday_run
    assert result.returncode == 0, result.stderr
    assert 'Birthday: "Birthday" (recognised by its name)' in result.stdout
    table = pd.read_csv(work / "customers.csv", dtype={"customer_id": str}, parse_dates=["next_birthday"])
    assert table["birthday"].notna().sum() == 243
    soon = table[(table["next_birthday"] - pd.Timestamp("2011-12-09")).dt.days.between(0, 14)]
    assert len(soon) == 12
    assert "Occasions: Birthday soon 12, Anniversary soon 18, Due to re-buy 104" in result.stdout


def test_birthday_soon_is_mailed_with_the_birthday_treat(birthday_run):
    result, work = birthday_run
    book = openpyxl.load_workbook(work / "mailing.xlsx", read_only=True)
    assert "Birthday soon" in book.sheetnames
    rows = list(csv.DictReader(open(work / "mailing - Birthday soon.csv", encoding="utf-8-sig")))
    table = pd.read_csv(work / "customers.csv", dtype={"customer_id": str}, parse_dates=["next_birthday"])
    by_id = table.set_index("customer_id")
    assert rows and all(r["OFFER_TITLE"] == "A birthday treat for you" for r in rows)
    for row in rows:
        day = by_id.loc[row["CUSTOMER_ID"], "next_birthday"]
        assert f"Happy birthday for {day.day} {day:%B}!" in row["MESSAGE"]
        assert row["COUPON"].startswith("BDAY-")
        assert by_id.loc[row["CUSTOMER_ID"], "consent"] == "yes"          # an opt-out is never mailed
    # every customer of the list is mailed, held back or left out with a reason
    assert "Birthday soon: 12 customers, 10 mailed" in result.stdout and "1 opted out" in result.stdout
    # the campaign history records the list by its name, with each code's own last day
    with CampaignStore(work / "data" / "campaigns.sqlite3") as store:
        campaign = store.campaigns().iloc[-1]
        members = store.campaign_members(int(campaign["id"]))
    assert campaign["settings"]["lists"] == ["Birthday soon"]
    assert set(members["list_name"]) == {"Birthday soon"} and len(members) == 11
    assert members.loc[~members["control"], "coupon_code"].str.startswith("BDAY-").all()


def test_a_birthday_list_with_nobody_on_it_writes_everything_asked(tmp_path, sample_xlsx):
    """Found by a hostile trial: with no birthday in the next 14 days (or no birthdays at all), the
    run stopped with "something went wrong inside Clientele" and wrote nothing, not even the
    customer table."""
    result = run_cli(sample_xlsx, "--lists", "Birthday soon,Anniversary soon", "--mailing-out", "mailing.xlsx",
                     "--customers-out", "customers.csv", "--seed", "7", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Birthday soon: 0 customers, 0 mailed" in result.stdout
    assert (tmp_path / "customers.csv").exists() and (tmp_path / "mailing.xlsx").exists()


def test_rebuy_table_written(birthday_run):
    result, work = birthday_run
    assert "Re-buy table written: rebuy.xlsx (71 products)" in result.stdout
    table = pd.read_excel(work / "rebuy.xlsx", sheet_name="Re-buy")
    assert tuple(table.columns) == REBUY_COLUMNS
    assert table.iloc[0].tolist()[:5] == ["JUMBO BAG RED RETROSPOT", 62.5, 36, 89.5, 82]
    assert (table["gaps"] >= 20).all() and table["gaps"].is_monotonic_decreasing


def test_rebuy_out_suffix_is_checked_before_any_work(sample_xlsx, tmp_path):
    result = run_cli(sample_xlsx, "--rebuy-out", "rebuy.txt", cwd=tmp_path)
    assert result.returncode == 2 and "the re-buy table can be written as .csv or .xlsx" in result.stderr
    assert "Rows read" not in result.stdout


def test_a_saved_list_of_the_project_is_mailed_by_name(sample_xlsx, tmp_path):
    mugs = CustomerFilter(conditions=(Condition("country", Check.IS, "United Kingdom"),),
                          purchases=(PurchaseCondition("product", "jumbo bag red retrospot", 90, Bought.WITHIN),))
    settings = Settings(saved_lists=[SavedList("UK jumbo bag buyers", mugs)])
    save_project(Project(settings=settings), tmp_path / "shop.json")
    assert json.loads((tmp_path / "shop.json").read_text())["settings"]["saved_lists"][0]["name"] == \
        "UK jumbo bag buyers"
    result = run_cli(sample_xlsx, "--customers", CUSTOMERS, "--project", "shop.json", "--mailing-out", "out.xlsx",
                     "--lists", "uk jumbo bag buyers", "--seed", "1", "--customers-out", "customers.csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    summary = next(line for line in result.stdout.splitlines() if line.strip().startswith("UK jumbo bag buyers:"))
    # who is on it, worked out from the purchases themselves
    tx = pd.read_excel(sample_xlsx, dtype={"CustomerID": str})
    tx["CustomerID"] = tx["CustomerID"].str.replace(".0", "", regex=False)
    bought = tx[(tx["Description"].str.strip().str.lower() == "jumbo bag red retrospot") & (tx["Quantity"] > 0)
                & (tx["InvoiceDate"] >= pd.Timestamp("2011-12-09") - pd.Timedelta(days=89))
                & (tx["Country"] == "United Kingdom") & ~tx["InvoiceNo"].astype(str).str.startswith("C")]
    expected = bought["CustomerID"].dropna().nunique()
    assert expected > 0 and summary.strip().startswith(f"UK jumbo bag buyers: {expected} customers")


def test_an_unknown_list_names_the_occasions_and_saved_lists(sample_xlsx, tmp_path):
    result = run_cli(sample_xlsx, "--mailing-out", "out.xlsx", "--lists", "Birthdays", cwd=tmp_path)
    assert result.returncode == 2
    assert "Birthday soon" in result.stderr and "Due to re-buy" in result.stderr
    assert not (tmp_path / "out.xlsx").exists()


def test_results_read_occasion_and_saved_lists_by_name(sample_xlsx, tmp_path):
    """A campaign of Due to re-buy and an own list, exported at the end of September and measured
    on the whole year (definitions §9): both lists are recorded under their names, with the
    customers the export mailed and held back."""
    bags = CustomerFilter(purchases=(PurchaseCondition("product", "jumbo bag red retrospot", 365, Bought.WITHIN),))
    save_project(Project(settings=Settings(saved_lists=[SavedList("Bag buyers", bags)])), tmp_path / "shop.json")
    exported = run_cli(sample_xlsx, "--customers", CUSTOMERS, "--project", "shop.json", "--reference-date",
                       "2011-09-30", "--mailing-out", "sept.xlsx", "--lists", "Due to re-buy,saved:Bag buyers",
                       "--seed", "11", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    env = {**os.environ, "CLIENTELE_DATA_DIR": str(tmp_path / "data")}
    with CampaignStore(tmp_path / "data" / "campaigns.sqlite3") as store:
        members = store.campaign_members(int(store.campaigns().iloc[-1]["id"]))
    counts = members.groupby(["list_name", "control"]).size().to_dict()
    assert set(members["list_name"]) == {"Due to re-buy", "Bag buyers"}
    results = subprocess.run([sys.executable, str(ROOT / "main.py"), "results", str(sample_xlsx), "--sent-date",
                              "2011-09-30", "--results-out", "results.csv"], capture_output=True, text=True,
                             cwd=tmp_path, timeout=240, env=env)
    assert results.returncode == 0, results.stderr
    with open(tmp_path / "results.csv", encoding="utf-8", newline="") as handle:
        rows = {row["list"]: row for row in csv.DictReader(handle)}
    assert list(rows) == ["Due to re-buy", "Bag buyers", "All lists"]
    for name in ("Due to re-buy", "Bag buyers"):
        assert int(rows[name]["mailed"]) == counts.get((name, False), 0) > 0
        assert int(rows[name]["control"]) == counts.get((name, True), 0)
    assert "Due to re-buy: " in results.stdout and "Bag buyers: " in results.stdout
