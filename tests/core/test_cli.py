"""The command line: `python main.py segment FILE …` — outputs, exit codes, messages."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import core.segmentation.segment
from core.campaigns import CampaignStore, ShopInfo
from core.cli import build_parser, main, run
from core.importing.importer import ImportOptions
from core.language import Language
from core.project import save_project
from core.schema import CUSTOMER_COLUMNS
from tests.core.importing import bad_inputs
from tests.factories import make_project

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "segment", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=240)


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory, sample_xlsx):
    out = tmp_path_factory.mktemp("cli") / "customers.csv"
    result = run_cli(sample_xlsx, "--customers-out", out)
    return result, out


def test_sample_end_to_end(sample_run):
    result, out = sample_run
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    table = pd.read_csv(out, dtype={"customer_id": str})
    assert list(table.columns[: len(CUSTOMER_COLUMNS)]) == list(CUSTOMER_COLUMNS)
    assert len(table) == 300
    assert table["customer_id"].is_unique
    assert not table["customer_id"].str.endswith(".0").any()
    # the report and the summary are printed
    assert "33,073" in result.stdout
    assert "Champions" in result.stdout


def test_customer_table_checks_hold(sample_run):
    _, out = sample_run
    table = pd.read_csv(out, dtype={"customer_id": str}, parse_dates=["first_purchase", "last_purchase"])
    assert (table["orders"] >= 1).all() and (table["purchase_days"] >= 1).all()
    assert (table["first_purchase"] <= table["last_purchase"]).all()
    assert table["last_purchase"].max() == pd.Timestamp("2011-12-09")
    assert (table["days_since_last"] >= 0).all()


def test_xlsx_and_csv_inputs_give_the_same_table(sample_run, sample_csv, tmp_path):
    _, from_xlsx = sample_run
    out = tmp_path / "from_csv.csv"
    result = run_cli(sample_csv, "--customers-out", out)
    assert result.returncode == 0, result.stderr
    pd.testing.assert_frame_equal(pd.read_csv(from_xlsx, dtype={"customer_id": str}),
                                  pd.read_csv(out, dtype={"customer_id": str}))


def test_missing_file_exit_2_no_traceback(tmp_path):
    out = tmp_path / "c.csv"
    result = run_cli(tmp_path / "nope.xlsx", "--customers-out", out)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "nope.xlsx" in result.stderr
    assert not out.exists()


def test_bad_output_suffix_fails_before_work(sample_xlsx, tmp_path):
    result = run_cli(sample_xlsx, "--customers-out", tmp_path / "c.txt")
    assert result.returncode == 2
    assert ".csv or .xlsx" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_refuses_to_write_over_the_input(tmp_path, sample_csv):
    copy = tmp_path / "purchases.csv"
    copy.write_bytes(sample_csv.read_bytes())
    result = run_cli(copy, "--customers-out", copy)
    assert result.returncode == 2
    assert "never writes over it" in result.stderr
    assert copy.read_bytes() == sample_csv.read_bytes()


def test_bad_arguments_exit_2(sample_xlsx):
    result = run_cli(sample_xlsx, "--date-order", "sideways")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    result = run_cli(sample_xlsx, "--map", "nonsense")
    assert result.returncode == 2 and "FIELD=COLUMN" in result.stderr
    result = run_cli(sample_xlsx, "--reference-date", "yesterday-ish")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


def test_map_to_missing_column_names_the_columns(sample_xlsx, tmp_path):
    result = run_cli(sample_xlsx, "--map", "customer_id=Kundennummer", "--customers-out", tmp_path / "c.csv")
    assert result.returncode == 2
    assert "Kundennummer" in result.stderr
    assert "CustomerID" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_reference_date_is_honoured(sample_xlsx, tmp_path):
    out = tmp_path / "c.csv"
    result = run_cli(sample_xlsx, "--reference-date", "2011-06-30", "--customers-out", out)
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(out, parse_dates=["last_purchase"])
    assert table["last_purchase"].max() <= pd.Timestamp("2011-06-30")
    assert (table["days_since_last"] >= 0).all()


def test_help_exits_0():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "--customers-out" in result.stdout


def test_unexpected_error_is_logged_not_shown(sample_csv, tmp_path, monkeypatch, capsys):
    """A bug inside Clientele: exit 1, one plain line, the traceback in the log file, nothing written."""

    def broken(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(core.segmentation.segment, "segment_customers", broken)
    out = tmp_path / "c.csv"
    assert main([str(sample_csv), "--customers-out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "something went wrong inside Clientele" in err
    log = Path(os.environ["CLIENTELE_DATA_DIR"]) / "clientele.log"
    assert "RuntimeError: simulated bug" in log.read_text()
    assert not out.exists()


def test_mailing_lists_named_on_the_command_line(sample_xlsx, tmp_path):
    """--lists takes bare names and kind:name; the lists come out in that order, each once."""

    out = tmp_path / "mailing.xlsx"
    result = run_cli(sample_xlsx, "--mailing-out", out, "--lists", "status:Lost, at risk,Close to next tier,At Risk",
                     "--seed", "3", env={**os.environ, "CLIENTELE_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    sheets = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert sheets[:4] == ["Summary", "Lost", "At Risk", "Close to next tier"]
    assert "Lost:" in result.stdout and "seed 3" in result.stdout
    bad = run_cli(sample_xlsx, "--mailing-out", tmp_path / "b.xlsx", "--lists", "tier:Champions")
    assert bad.returncode == 2 and 'no list called "tier:Champions"' in bad.stderr


def test_a_closed_output_pipe_ends_quietly(sample_xlsx, tmp_path):
    """`python main.py segment FILE | head`: no traceback, no message, nothing in the crash log."""
    data = tmp_path / "data"
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "segment", str(sample_xlsx)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                               env={**os.environ, "CLIENTELE_DATA_DIR": str(data)})
    first = process.stdout.readline()
    process.stdout.close()   # what `head -1` does once it has its line; the summary comes later
    _, errors = process.communicate(timeout=240)
    assert first.startswith(b"Imported online_retail_sample.xlsx")
    assert process.returncode == 141
    assert errors.strip() == b""
    assert not (data / "clientele.log").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM ends a Windows process at once")
@pytest.mark.parametrize("stop", ["SIGTERM", "SIGHUP"])
def test_a_stop_signal_stops_the_run_like_ctrl_c_and_writes_nothing(tmp_path, stop):
    """Found by a hostile trial: SIGTERM (kill, a logout) ended a run without a word and could leave
    temporary copies, or the new workbook beside the previous run's CSV files. SIGHUP (a closed
    terminal window, a dropped SSH session) was not handled at all: a trial saw a campaign recorded
    whose files were never put in place."""
    import signal  # noqa: PLC0415

    rows = 60_000
    ids = [f"C{k % 9_000:05d}" for k in range(rows)]
    days = pd.to_datetime("2023-01-01") + pd.to_timedelta([k % 700 for k in range(rows)], unit="D")
    pd.DataFrame({"Customer": ids, "Date": days.strftime("%Y-%m-%d"), "Order": [f"O{k // 3}" for k in range(rows)],
                  "Amount": [10 + k % 90 for k in range(rows)], "Email": [f"{c.lower()}@example.com" for c in ids]}
                 ).to_csv(tmp_path / "orders.csv", index=False)
    out = tmp_path / "out"
    out.mkdir()
    (out / "customers.csv").write_text("the previous run's table\n")
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "segment", str(tmp_path / "orders.csv"),
                                "--customers-out", str(out / "customers.csv"), "--mailing-out", str(out / "m.xlsx"),
                                "--csv-dir", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                               env={**os.environ, "CLIENTELE_DATA_DIR": str(tmp_path / "data")})
    first = process.stdout.readline()          # the import is done; the segmentation and the files follow
    process.send_signal(getattr(signal, stop))
    _, errors = process.communicate(timeout=240)
    assert first.startswith(b"Imported orders.csv")
    assert process.returncode == 130 and errors.strip() == b"Clientele: stopped; nothing was written."
    assert sorted(p.name for p in out.iterdir()) == ["customers.csv"]           # no copy, no half of a run
    assert (out / "customers.csv").read_text() == "the previous run's table\n"


def test_channel_post_writes_a_postal_list(tmp_path):
    """`--channel post`: a file with addresses and no e-mail gives a postal list (definitions §8)."""
    rows = ["Customer,Date,Amount,Address,Postcode,City,Phone"]
    for k in range(30):
        street = f"{k} Mill Lane" if k % 4 else ""
        rows += [f"K{k},2024-0{1 + k % 6}-1{k % 9},{10 + k}.50,{street},AB{k} 1CD,Town,+44 7700 900{k:03d}",
                 f"K{k},2024-07-2{k % 9},5.00,{street},AB{k} 1CD,Town,+44 7700 900{k:03d}"]
    source = tmp_path / "orders.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "letters.xlsx"
    printed = io.StringIO()
    assert run(build_parser().parse_args([str(source), "--mailing-out", str(out), "--channel", "post",
                                          "--control-share", "-0.0", "--seed", "1"]), out=printed) == 0
    assert "Postal list written to" in printed.getvalue()
    assert "share 0%" in printed.getvalue() and "-0%" not in printed.getvalue()   # (-0.0 is no share)
    book = openpyxl.load_workbook(out, read_only=True)
    lists = [name for name in book.sheetnames if name not in ("Summary", "Left out", "Control group — do not contact")]
    mailed = [row for name in lists for row in list(book[name].iter_rows(values_only=True))[1:]]
    assert len(mailed) == 22 and all(row[4].endswith("Mill Lane") for row in mailed)   # 8 have no street
    left = list(book["Left out"].iter_rows(values_only=True))
    assert left[0][2] == "Address" and {r[4] for r in left[1:]} == {"no address"}


def test_channel_needs_a_mailing(sample_xlsx, capsys):
    assert main([str(sample_xlsx), "--channel", "sms"]) == 2
    assert "--lists, --csv-dir and --channel go with --mailing-out" in capsys.readouterr().err


def test_customer_table_carries_the_predictions(sample_run):
    result, out = sample_run
    table = pd.read_csv(out, dtype={"customer_id": str})
    predictions = ["p_alive", "expected_purchases_365d", "expected_spend", "predicted_revenue_365d"]
    assert list(table.columns[len(CUSTOMER_COLUMNS) - 4: len(CUSTOMER_COLUMNS)]) == predictions
    assert table[predictions].notna().all().all()
    row = table[table["customer_id"] == "12399"].iloc[0]                 # definitions, worked example
    assert row["expected_purchases_365d"] == pytest.approx(4.156, abs=0.001)
    assert row["expected_spend"] == pytest.approx(309.58, abs=0.01)
    assert row["predicted_revenue_365d"] == pytest.approx(1286.69, abs=0.01)
    assert "Predictions: MBG/NBD on 300 customers" in result.stdout
    assert "Predictions" not in result.stderr


def test_empty_predictions_say_why_on_standard_error(tmp_path):
    orders = tmp_path / "orders.csv"
    lines = ["Customer ID,Date,Amount"] + [f"K{i:03d},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{10 + i}.50"
                                           for i in range(60)]
    orders.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "customers.csv"
    result = run_cli(orders, "--customers-out", out)
    assert result.returncode == 0, result.stderr
    reason = ("Predictions need at least 30 customers who bought on two different days or more; there are 0. "
              "They appear as more customers come back.")
    assert result.stderr.strip().endswith(f"Clientele: {reason}")
    assert f"Predictions: {reason}" in result.stdout
    table = pd.read_csv(out)
    assert len(table) == 60 and table["p_alive"].isna().all() and table["predicted_revenue_365d"].isna().all()
    # without the customer table nothing is empty, so standard error stays quiet
    assert "Predictions" not in run_cli(orders).stderr


def test_model_check_is_printed_when_asked(sample_xlsx):
    result = run_cli(sample_xlsx, "--model-check")
    assert result.returncode == 0, result.stderr
    assert "Model check: fitted on the purchases up to 7 September 2011, predicting the 93 days" in result.stdout
    assert "               total         236       227.1         293" in result.stdout
    assert "Warning: the model expected 227 repeat purchase days" in result.stdout


def test_bad_file_error_is_printed_in_the_language_asked_for(tmp_path, capsys):
    path = bad_inputs.build("csv_unterminated_quote", tmp_path)
    out = tmp_path / "c.csv"
    assert main([str(path), "--customers-out", str(out)]) == 2
    english = capsys.readouterr().err
    assert english.startswith('Clientele: orders.csv, row 3, column "Note": A quote mark (") opens this cell')
    assert main([str(path), "--language", "fr", "--customers-out", str(out)]) == 2
    french = capsys.readouterr().err
    assert french.startswith("Clientele: orders.csv, ligne 3, colonne « Note » : Un guillemet (\") ouvre cette "
                             "cellule et ne se ferme jamais")
    assert "retirez le guillemet en trop à la ligne 3" in french and "quote mark" not in french
    assert not out.exists()


def test_bad_file_error_follows_the_project_language(tmp_path, capsys):
    path = bad_inputs.build("xlsx_zero_bytes", tmp_path)
    project = tmp_path / "shop.json"
    save_project(make_project(shop=ShopInfo().with_language(Language.SPANISH)), project)
    assert main([str(path), "--project", str(project)]) == 2
    assert capsys.readouterr().err.startswith("Clientele: orders.xlsx: El libro está vacío (0 bytes), así que "
                                              "no es un archivo de Excel de verdad.")
    assert main([str(path), "--project", str(project), "--language", "it"]) == 2   # --language wins
    assert "La cartella di lavoro è vuota (0 byte)" in capsys.readouterr().err


def test_a_bad_argument_is_refused_in_the_language_asked_for(sample_xlsx, capsys):
    assert main([str(sample_xlsx), "--language", "de", "--map", "nonsense"]) == 2
    assert "--map „nonsense“ hat nicht die Form FELD=SPALTE." in capsys.readouterr().err


def test_without_language_or_project_the_run_speaks_the_systems_language(sample_csv, tmp_path, monkeypatch, capsys):
    """The definitions: --language's default is the system's language where Clientele speaks it. A
    German terminal had been answered in English."""
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    result = run_cli(sample_csv, "--customers-out", tmp_path / "kunden.csv", env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert "Gelesene Zeilen: 33.073" in result.stdout and "Rows read" not in result.stdout
    assert main([str(tmp_path / "fehlt.csv")]) == 2                     # a message, in the same language
    assert "Die Datei existiert nicht" in capsys.readouterr().err
    assert main([str(sample_csv), "--map", "nonsense"]) == 2           # argparse's words too
    assert "hat nicht die Form FELD=SPALTE" in capsys.readouterr().err
    assert main([str(sample_csv), "--language", "en", "--map", "nonsense"]) == 2
    assert "is not of the form FIELD=COLUMN" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")                          # one Clientele does not speak
    assert main([str(tmp_path / "fehlt.csv")]) == 2
    assert "The file does not exist" in capsys.readouterr().err


def test_a_sheet_asked_of_a_text_file_is_refused(sample_csv, tmp_path, capsys):
    """A text file has no sheets: --sheet there is a mistake (the workbook meant?), said before
    anything is read or written; a project's saved sheet is simply not used for one."""
    out = tmp_path / "c.csv"
    assert main([str(sample_csv), "--sheet", "2024", "--customers-out", str(out)]) == 2
    assert capsys.readouterr().err.startswith(
        'Clientele: online_retail_sample.csv is a text file, which has no sheets: --sheet "2024" cannot be used '
        "with it. Leave out --sheet, or give the workbook that has this sheet.")
    assert not out.exists()
    project = tmp_path / "shop.json"
    save_project(dataclasses.replace(make_project(), import_options=ImportOptions(sheet="Orders")), project)
    assert main([str(sample_csv), "--project", str(project), "--customers-out", str(out)]) == 0
    assert out.exists()


def test_the_last_reference_date_accepted_runs_every_output(tmp_path):
    """A reference date in 2261 (accepted before) overflowed the next anniversary's day and ended
    in exit 1; dates end in 2199 now, and a run from that day writes everything."""
    purchases = tmp_path / "p.csv"
    purchases.write_text("Customer,E-mail,Date,Amount\n"
                         + "".join(f"{i},c{i}@example.com,2199-0{1 + i % 9}-1{i % 9},{10 + i}\n" for i in range(40)),
                         encoding="utf-8")
    store = {**os.environ, "CLIENTELE_CAMPAIGN_STORE": str(tmp_path / "campaigns.sqlite3")}
    result = run_cli(purchases, "--reference-date", "2199-12-31", "--model-check", "--customers-out",
                     tmp_path / "c.xlsx", "--mailing-out", tmp_path / "m.xlsx", env=store)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "c.xlsx").exists() and (tmp_path / "m.xlsx").exists()
    refused = run_cli(purchases, "--reference-date", "2200-01-01")
    assert refused.returncode == 2 and "1900–2199" in refused.stderr


def test_an_output_name_too_long_or_not_text_is_bad_input_not_a_crash(sample_csv, tmp_path, capsys):
    """Found by a hostile trial: both ended with exit 1, "something went wrong inside Clientele"."""
    long_name = tmp_path / ("a" * 300 + ".csv")
    assert main([str(sample_csv), "--customers-out", str(long_name)]) == 2
    assert "the file name is longer than the 241 characters a file name may have" in capsys.readouterr().err
    # (246 characters: within 255, but its temporary file's name is not; it had read "cannot write in this folder")
    assert main([str(sample_csv), "--customers-out", str(tmp_path / ("b" * 242 + ".csv"))]) == 2
    assert "the file name is longer than the 241 characters" in capsys.readouterr().err
    not_text = tmp_path / "m\udcff.xlsx"          # the bytes of a name in no encoding (as Python passes them on)
    assert main([str(sample_csv), "--mailing-out", str(not_text)]) == 2
    err = capsys.readouterr().err
    assert "not text in any language" in err and "m\\xff.xlsx" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_output_is_never_written_over_the_campaign_history(sample_csv, tmp_path, monkeypatch, capsys):
    """Found by a hostile trial: --mailing-out naming the history (CLIENTELE_CAMPAIGN_STORE) put the
    workbook in its place, and every recorded campaign was lost."""
    history = tmp_path / "history.xlsx"
    monkeypatch.setenv("CLIENTELE_CAMPAIGN_STORE", str(history))
    CampaignStore(history).close()
    before = history.read_bytes()
    for option in ("--mailing-out", "--customers-out"):
        assert main([str(sample_csv), option, str(history)]) == 2
        assert "this is Clientele's campaign history" in capsys.readouterr().err
    assert history.read_bytes() == before


def test_an_output_option_given_an_empty_name_is_refused(sample_csv, tmp_path, capsys):
    """Found by a hostile trial: --customers-out "" ran, exit 0, and wrote nothing without a word."""
    for option in ("--customers-out", "--mailing-out", "--rebuy-out"):
        assert main([str(sample_csv), option, ""]) == 2
        assert f"{option} was given no file name." in capsys.readouterr().err


@pytest.mark.parametrize(("given", "said"), [
    (["--customers", ""], "--customers was given no file name."),
    (["--customers", "  "], "--customers was given no file name."),
    (["--lists", ""], "--lists names no list."),
    (["--lists", " , "], "--lists names no list."),
    (["--sheet", ""], "--sheet was given no value."),
    (["--currency", ""], "--currency was given no value."),
    (["--reference-date", ""], "--reference-date was given no value."),
    (["--reference-date", "2011-12-091"], '--reference-date "2011-12-091" is not a date.'),
])
def test_an_option_given_an_empty_value_is_refused(sample_xlsx, tmp_path, capsys, given, said):
    """Found by a trial of the command line: `--customers "$OPTOUT_FILE"` with the variable empty
    counted as no customers file, and 38 customers who had opted out were mailed (exit 0); an empty
    --lists mailed every segment."""
    out = tmp_path / "m.xlsx"
    assert main([str(sample_xlsx), "--mailing-out", str(out), *given]) == 2
    assert said in capsys.readouterr().err
    assert not out.exists()


def test_a_purchases_file_named_by_an_empty_text_is_refused(capsys):
    assert main([""]) == 2
    assert "No purchases file was given (the file name is empty)." in capsys.readouterr().err


def test_output_in_an_encoding_without_arrows_still_ends_well(sample_xlsx, tmp_path):
    """Found by a trial of the command line: standard output in cp1252 (Windows, output redirected to
    a file) or Latin-1 stopped the run on the first "→" of the migration lines, after its files were
    written, with "nothing was written" and exit 1 (a script would have run it again)."""
    out = tmp_path / "customers.csv"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "segment", str(sample_xlsx), "--compare-to",
                             "2011-06-01", "--customers-out", str(out), "--language", "fr"],
                            capture_output=True, cwd=ROOT, timeout=240,
                            env={**os.environ, "PYTHONIOENCODING": "cp1252", "CLIENTELE_DATA_DIR": str(tmp_path / "d")})
    assert result.returncode == 0, result.stderr.decode("cp1252")
    assert out.exists() and b"Traceback" not in result.stderr and b"went wrong" not in result.stderr
    assert b"?" in result.stdout   # (the arrows and narrow spaces cp1252 lacks, written as "?")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs a device that is always full")
def test_output_to_a_full_disk_says_so(sample_xlsx, tmp_path):
    """Found by a trial of the command line: `> /dev/full` said "something went wrong inside Clientele …
    please send that file to us" (exit 1)."""
    out = tmp_path / "customers.csv"
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "segment", str(sample_xlsx), "--customers-out",
                                 str(out)], stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=240,
                                env={**os.environ, "CLIENTELE_DATA_DIR": str(tmp_path / "d")})
    assert result.returncode == 2
    assert result.stderr.strip() == "Clientele: the summary could not be printed (No space left on device); nothing was written."
    assert not out.exists()
