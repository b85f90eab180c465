"""The command line's comparison (definitions §8 and §10): `--compare-to` and `--migration-out`
on the bundled sample, end to end in a real process, and every misuse refused before anything is
written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from core.schema import CUSTOMER_COLUMNS, MIGRATION_COLUMNS, PREVIOUS_SEGMENT

ROOT = Path(__file__).resolve().parents[2]
HEADLINE = ("Segment changes since 9 September 2011: 90 customers moved to a better segment, 50 to a worse one, "
            "64 new")


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "segment", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=240)


@pytest.fixture(scope="module")
def compared(tmp_path_factory, sample_xlsx):
    folder = tmp_path_factory.mktemp("compare")
    customers, migration = folder / "customers.csv", folder / "migration.csv"
    result = run_cli(sample_xlsx, "--compare-to", "2011-09-09", "--customers-out", customers,
                     "--migration-out", migration)
    return result, customers, migration


def test_the_sample_compared_with_three_months_earlier(compared):
    result, _, _ = compared
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert HEADLINE in lines
    assert "  96 stayed in their segment; 236 had bought by then" in lines
    start = lines.index("Biggest moves between segments (customers; their revenue in the 12 months before "
                        "9 September 2011):")
    assert [line.split()[:6] for line in lines[start + 1: start + 4]] == [
        ["Loyal", "Customers", "→", "Champions", "15", "91,952.44"],
        ["Hibernating", "→", "Potential", "Loyalists", "11", "6,148.18"],
        ["About", "To", "Sleep", "→", "Hibernating", "11"]]
    assert "Migration table written:" in result.stdout and "(45 paths)" in result.stdout


def test_previous_segment_in_the_customer_table(compared):
    _, customers, _ = compared
    table = pd.read_csv(customers, dtype={"customer_id": str})
    columns = list(table.columns)
    assert columns[: len(CUSTOMER_COLUMNS) + 1] == [*CUSTOMER_COLUMNS, PREVIOUS_SEGMENT]
    new = table[PREVIOUS_SEGMENT].isna()
    assert new.sum() == 64
    assert (pd.to_datetime(table.loc[new, "first_purchase"]) > pd.Timestamp("2011-09-09")).all()
    assert (pd.to_datetime(table.loc[~new, "first_purchase"]) <= pd.Timestamp("2011-09-09")).all()
    by_id = table.set_index("customer_id")
    assert by_id.loc["12399", PREVIOUS_SEGMENT] == "Loyal Customers" and by_id.loc["12399", "rfm_segment"] == "At Risk"


def test_the_migration_table_adds_up(compared):
    _, customers, migration = compared
    table = pd.read_csv(migration, keep_default_na=False)
    assert list(table.columns) == list(MIGRATION_COLUMNS)
    assert table["customers"].sum() == 300 and len(table) == 45
    people = pd.read_csv(customers, dtype={"customer_id": str}, keep_default_na=False)
    pairs = people.groupby([PREVIOUS_SEGMENT, "rfm_segment"]).size()
    for row in table.itertuples(index=False):
        assert pairs[(row.from_segment, row.to_segment)] == row.customers
    first = table.iloc[0]
    assert (first["from_segment"], first["to_segment"], first["customers"]) == ("Champions", "Champions", 10)
    assert first["revenue_last_12m_before"] == pytest.approx(117386.21)
    assert (table.loc[table["from_segment"] == "", "revenue_last_12m_before"] == 0).all()


def test_the_migration_table_as_a_workbook_and_a_path_mailed(tmp_path, sample_xlsx):
    out, mailing = tmp_path / "moves.xlsx", tmp_path / "mailing.xlsx"
    result = run_cli(sample_xlsx, "--compare-to", "2011-09-09", "--migration-out", out, "--mailing-out", mailing,
                     "--lists", "Loyal Customers -> Champions,(new) -> Promising", "--seed", "7")
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Migration"]
    rows = list(book["Migration"].iter_rows(values_only=True))
    book.close()
    assert rows[0] == MIGRATION_COLUMNS and len(rows) == 46
    assert rows[4][:3] == ("Loyal Customers", "Champions", 15)
    assert "Loyal Customers → Champions" in result.stdout and "(new) → Promising" in result.stdout
    book = openpyxl.load_workbook(mailing, read_only=True)
    summary = [row for row in book["Summary"].iter_rows(values_only=True) if row and row[0]]
    book.close()
    assert ("Loyal Customers → Champions", "A thank-you for our best customers", 15) in [row[:3] for row in summary]
    assert ("Compared with", "9 September 2011 (set by you)") in [row[:2] for row in summary]      # among the settings used


@pytest.mark.parametrize(("args", "message"), [
    (["--migration-out", "{tmp}/m.csv"], "--migration-out needs a date to compare with"),
    (["--compare-to", "2011-12-09"], "is not before the reference date 2011-12-09"),
    (["--compare-to", "2011-12-31", "--reference-date", "2011-12-31"], "is not before the reference date"),
    (["--compare-to", "9 September"], '--compare-to "9 September" is not a date'),
    (["--compare-to", "2011-09-09", "--migration-out", "{tmp}/m.txt"], "the migration table can be written as"),
    (["--compare-to", "2011-09-09", "--migration-out", "{tmp}/same.csv", "--customers-out", "{tmp}/SAME.csv"],
     "same"),
    (["--customers-out", "{tmp}/c.csv", "--mailing-out", "{tmp}/m.xlsx", "--lists", "Champions -> At Risk"],
     "no date to compare with"),
])
def test_misuse_is_refused_and_nothing_is_written(tmp_path, sample_xlsx, args, message):
    result = run_cli(sample_xlsx, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode == 2, result.stdout[-500:] + result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
