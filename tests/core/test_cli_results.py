"""The command line of campaign results on a real pair of files: a campaign exported from the bundled
sample's first ten months, its results from the whole year (`python main.py results`), and
`python main.py campaigns`; exit statuses and messages."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import openpyxl

from core.cli_results import main_campaigns, main_results
from core.user_folders import CAMPAIGN_STORE_ENV

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "online_retail_sample.xlsx"
CUSTOMERS = ROOT / "resources" / "online_retail_sample_customers.csv"


def test_campaigns_lists_the_recorded_campaign(store, capsys):
    assert main_campaigns([]) == 0
    out = capsys.readouterr().out
    assert "Recorded campaigns" in out
    line = next(ln for ln in out.splitlines() if ln.strip().startswith("1 "))
    assert "181" in line and "21" in line and "At Risk" in line and "30 d." in line


def test_results_of_the_sample_campaign_from_the_whole_year(store, tmp_path, capsys):
    # the export was made today; the mailing "went out" when the ten months ended
    assert main_campaigns(["--campaign", "1", "--sent-date", "2011-09-30"]) == 0
    assert "Campaign 1 now: sent 2011-09-30, response window 30 days (2011-10-01 to 2011-10-30)" in \
        capsys.readouterr().out
    out_csv, out_xlsx = tmp_path / "results.csv", tmp_path / "results.xlsx"
    assert main_results([str(SAMPLE), "--results-out", str(out_csv)]) == 0
    printed = capsys.readouterr().out
    assert "Campaign 1: made on " in printed and "Mailing 20" not in printed and "sent 30 September 2011" in printed
    assert "the window is complete" in printed
    assert "Hibernating: 68 mailed" in printed and "8 in the control group" in printed
    assert "All lists: 181 mailed" in printed and "21 in the control group" in printed
    assert "Too small to tell: with 181 mailed and 21 in the control group, only an uplift of" in printed
    assert f"Results written to {out_csv}" in printed
    with open(out_csv, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["list"] for r in rows][-1] == "All lists" and len(rows) == 11
    assert sum(int(r["mailed"]) for r in rows[:-1]) == int(rows[-1]["mailed"]) == 181
    assert all(r["window_complete"] == "true" for r in rows)
    assert main_results([str(SAMPLE), "--results-out", str(out_xlsx), "--window-days", "60"]) == 0
    assert "response window 60 days (1 October 2011 to 29 November 2011)" in capsys.readouterr().out
    book = openpyxl.load_workbook(out_xlsx)
    assert book.sheetnames == ["Summary", "Customers"] and book["Customers"].max_row == 1 + 181 + 21


def test_plain_messages_and_exit_status_two(store, tmp_path, capsys):
    # the recorded sent date is the export date (today), after the whole sample
    assert main_results([str(SAMPLE)]) == 2
    err = capsys.readouterr().err
    assert "the newer file ends on 9 December 2011, before campaign 1 was sent" in err and "--sent-date" in err
    assert main_results([str(SAMPLE), "--campaign", "7"]) == 2
    assert "there is no campaign 7" in capsys.readouterr().err
    assert main_results([str(SAMPLE), "--campaign", "first"]) == 2
    assert "is not a campaign number" in capsys.readouterr().err
    assert main_results([str(SAMPLE), "--window-days", "0", "--sent-date", "2011-09-30"]) == 2
    assert "from 1 to 365" in capsys.readouterr().err
    assert main_results([str(SAMPLE), "--sent-date", "30/09/2011"]) == 2
    assert '--sent-date "30/09/2011"' in capsys.readouterr().err
    assert main_results([str(SAMPLE), "--results-out", str(tmp_path / "r.pdf")]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err
    assert main_results([str(SAMPLE), "--results-out", str(SAMPLE)]) == 2          # never the imported file
    assert main_campaigns(["--sent-date", "2011-09-30"]) == 2
    assert "say which one" in capsys.readouterr().err
    # (found by a trial of the command line: --campaign 999 alone listed every campaign, exit 0)
    assert main_campaigns(["--campaign", "999"]) == 2
    assert "there is no campaign 999" in capsys.readouterr().err
    # an empty date is no date (it was taken as "not given"); a date out of range says how to write one
    assert main_campaigns(["--campaign", "1", "--sent-date", ""]) == 2
    assert '--sent-date was given no value.' in capsys.readouterr().err
    assert main_results([str(SAMPLE), "--sent-date", "0001-01-01"]) == 2
    assert capsys.readouterr().err.strip().endswith("Write it as YYYY-MM-DD, e.g. 2024-12-31.")
    assert "Traceback" not in capsys.readouterr().err


def test_no_campaign_recorded_yet(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(CAMPAIGN_STORE_ENV, str(tmp_path / "none.sqlite3"))
    assert main_results([str(SAMPLE)]) == 2
    assert "no campaign has been recorded yet" in capsys.readouterr().err
    assert main_campaigns([]) == 0
    assert "No campaign has been recorded yet" in capsys.readouterr().out
    assert not (tmp_path / "none.sqlite3").exists()


def test_main_py_dispatches_the_new_commands(store):
    for command in ("results", "campaigns"):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), command, "--help"], capture_output=True,
                              text=True, cwd=ROOT, timeout=120)
        assert done.returncode == 0 and f"python main.py {command}" in done.stdout


def test_results_are_never_written_over_the_campaigns_mailing_list(store, exported_campaign, capsys):
    # found by a hostile trial: --results-out naming the campaign's own mailing workbook replaced the list
    # of who was mailed, with their coupons, without a word
    mailing = exported_campaign.parent / "mailing.xlsx"
    before = mailing.read_bytes()
    assert main_campaigns(["--campaign", "1", "--sent-date", "2011-09-30"]) == 0
    capsys.readouterr()
    for spelled in (mailing, mailing.parent / "data" / ".." / "mailing.xlsx"):
        assert main_results([str(SAMPLE), "--results-out", str(spelled)]) == 2
        err = capsys.readouterr().err
        assert "this file is the mailing list of campaign 1" in err and "Choose another name" in err
    assert mailing.read_bytes() == before
