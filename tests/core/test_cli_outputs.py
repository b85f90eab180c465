"""The command line writes all of its outputs or none, and every failure of an output is exit 2 with
one line that says what to do: bad list names, clashing names, bad seeds, an unusable campaign
store (damaged, a folder, newer, locked by another export, on a full disk), a full disk under the
outputs. Real processes, real files; a full disk is made with a file-size limit or a tiny tmpfs."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.campaigns.request import USER_STORE
from core.campaigns.store import SCHEMA_VERSION, CampaignStore
from core.campaigns.store_errors import LOCK_WAIT_SECONDS

ROOT = Path(__file__).resolve().parents[2]
resource = pytest.importorskip("resource")          # POSIX only (file-size limits)


def _orders(folder: Path, customers: int = 300) -> Path:
    """A purchases file: ``customers`` customers with e-mail addresses, a few purchases each."""
    path = folder / "orders.csv"
    lines = ["Customer ID,Date,Amount,Email,First name"]
    for i in range(customers):
        for k in range(1 + i % 4):
            lines.append(f"K{i:04d},2024-{1 + (i + k) % 12:02d}-{1 + (i * 7 + k) % 27:02d},{10 + (i * k) % 90}.50,"
                         f"k{i}@shop.example,Name{i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(work: Path, *args: str, env: dict[str, str] | None = None, file_size: int | None = None,
         wrap: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python main.py segment ARGS`` in ``work``; ``file_size``: no file may grow beyond it (a full
    disk: writes fail with EFBIG); ``wrap``: a command line to run it under."""

    def limit() -> None:
        import signal  # noqa: PLC0415 - in the child only

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    command = [*(wrap or []), sys.executable, str(ROOT / "main.py"), "segment", *args]
    return subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=240,
                          env={**os.environ, **(env or {})}, preexec_fn=limit if file_size else None)


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The message of a failed run: exit 2, one line on standard error, no traceback."""
    assert result.returncode == 2, f"exit {result.returncode}: {result.stderr}"
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Clientele: "), result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    return lines[0]


@pytest.fixture
def work(tmp_path):
    folder = tmp_path / "work"
    folder.mkdir()
    _orders(folder)
    return folder


def _outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "orders.csv")


def test_a_misspelt_list_writes_nothing(work):
    """Finding: a bad --lists name stopped the command with exit 2 after --customers-out was written."""
    message = _one_line(_run(work, "orders.csv", "--customers-out", "customers.csv", "--mailing-out", "m.xlsx",
                             "--lists", "Champions,Champs"))
    assert 'there is no list called "Champs"' in message and "Choose from" in message
    assert _outputs(work) == []


@pytest.mark.parametrize("args, words", [
    (["--customers-out", "x.xlsx", "--mailing-out", "x.xlsx"], "two outputs of this run have the same file name"),
    (["--mailing-out", "m.xlsx", "--seed", "-1"], "--seed is -1; it must be a whole number from 0 to"),
    (["--mailing-out", "m.xlsx", "--seed", "1" + "0" * 40], "--seed is a number of more than 30 digits"),
    (["--mailing-out", "m.xlsx", "--csv-dir", "orders.csv"], "is a file, not a folder"),
])
def test_outputs_are_checked_before_any_work(work, args, words):
    (work / "csv").mkdir()
    result = _run(work, "orders.csv", *args)
    message = _one_line(result)
    assert words in message
    assert "Rows read" not in result.stdout                       # refused before the file was read
    assert _outputs(work) == ["csv"] and os.listdir(work / "csv") == []


def test_a_customer_table_named_like_a_list_csv_is_refused_before_anything_is_written(work):
    """The CSV names come from the lists, known once the file is read: checked then, before writing."""
    (work / "csv").mkdir()
    message = _one_line(_run(work, "orders.csv", "--customers-out", "csv/m - Champions.csv", "--mailing-out", "m.xlsx",
                             "--csv-dir", "csv", "--lists", "Champions"))
    assert "two outputs of this run have the same file name" in message
    assert _outputs(work) == ["csv"] and os.listdir(work / "csv") == []


def _newer_store(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    db.close()


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_bytes(b"this is not a database " * 100), "damaged"),
    (lambda p: p.mkdir(), "a folder, not a file"),
    (_newer_store, "newer version of Clientele"),
], ids=["damaged", "folder", "newer"])
def test_an_unusable_campaign_store_is_exit_2_and_writes_nothing(work, tmp_path, make, words):
    store = tmp_path / "campaigns.sqlite3"
    make(store)
    result = _run(work, "orders.csv", "--customers-out", "customers.csv", "--mailing-out", "m.xlsx",
                  env={"CLIENTELE_CAMPAIGN_STORE": str(store)})
    message = _one_line(result)
    assert words in message and str(store) in message
    assert "Rows read" not in result.stdout and _outputs(work) == []


def test_a_store_locked_by_another_export_is_refused_with_exit_2(work, tmp_path):
    """The command line records into the user's store (USER_STORE), which waits LOCK_WAIT_SECONDS for
    another export; that the wait reaches SQLite is checked in tests/core/test_run_plan.py. Here: a
    store still held after it ends the run with exit 2, one line saying why, and nothing written."""
    assert USER_STORE.lock_wait == LOCK_WAIT_SECONDS == 5.0
    store = tmp_path / "campaigns.sqlite3"
    CampaignStore(store).close()
    other = sqlite3.connect(store, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")                    # another Clientele recording its export meanwhile
    try:
        result = _run(work, "orders.csv", "--customers-out", "customers.csv", "--mailing-out", "m.xlsx",
                      env={"CLIENTELE_CAMPAIGN_STORE": str(store)})
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = _one_line(result)
    assert "in use by another Clientele" in message and "Wait until the other export has finished" in message
    assert str(store) in message
    assert _outputs(work) == []
    with CampaignStore(store) as history:
        assert history.campaigns().empty


@pytest.mark.parametrize("args, limit", [
    (["--customers-out", "customers.csv"], 20_000),
    (["--customers-out", "customers.xlsx"], 20_000),
    (["--mailing-out", "m.xlsx", "--csv-dir", "."], 40_000),           # fails while the rows are written
    (["--mailing-out", "m.xlsx", "--csv-dir", "."], 60_000),           # fails while the workbook is zipped
    (["--customers-out", "customers.csv", "--mailing-out", "m.xlsx"], 40_000),
], ids=["table-csv", "table-xlsx", "mailing-rows", "mailing-zip", "both"])
def test_a_full_disk_prints_one_line_and_leaves_nothing(work, tmp_path, args, limit):
    scratch = tmp_path / "scratch"                      # the temporary files of the workbook writer
    scratch.mkdir()
    store = tmp_path / "campaigns.sqlite3"
    CampaignStore(store).close()
    result = _run(work, "orders.csv", *args, file_size=limit,
                  env={"TMPDIR": str(scratch), "CLIENTELE_CAMPAIGN_STORE": str(store)})
    message = _one_line(result)
    assert "could not be written: the disk is full" in message and "Nothing was written" in message
    assert message.startswith(("Clientele: customers.", "Clientele: m.xlsx: the mailing workbook"))
    assert _outputs(work) == [] and os.listdir(scratch) == []
    with CampaignStore(store) as history:
        assert history.campaigns().empty


def _tiny_disk_available() -> bool:
    """Whether a tmpfs can be mounted in a private mount namespace (root with unshare)."""
    if shutil.which("unshare") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "--mount", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


def _on_tiny_disk(folder: Path, size_kb: int) -> list[str]:
    """A command prefix that runs the rest with ``folder`` on a fresh tmpfs of ``size_kb`` KB, seen by
    that process only (a private mount namespace: nothing is mounted for anyone else, and nothing
    stays mounted after it)."""
    return ["unshare", "--mount", "sh", "-c", f'mount -t tmpfs -o size={size_kb}k tmpfs "{folder}" && exec "$@"',
            "tiny-disk"]


@pytest.mark.skipif(not _tiny_disk_available(), reason="needs root and unshare to mount a tiny tmpfs")
def test_a_real_full_disk_keeps_the_earlier_file_and_prints_one_line(work, tmp_path, sample_xlsx):
    """The output folder on a 120 KB disk that holds the earlier customer table: the new one does not
    fit beside it. Before, the zip writer's clean-up printed "Exception ignored in ZipFile.__del__"
    and the run ended with exit 1."""
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (f'cp "{work}/orders.csv" "{disk}/orders.csv" && '
              f'"{sys.executable}" "{ROOT / "main.py"}" segment "{sample_xlsx}" --customers-out "{disk}/c.xlsx" >/dev/null'
              f' && ls -l "{disk}" && "{sys.executable}" "{ROOT / "main.py"}" segment "{sample_xlsx}"'
              f' --customers-out "{disk}/c.xlsx" > /dev/null; echo "exit $?" >&2; ls -a "{disk}"')
    result = subprocess.run(["unshare", "--mount", "sh", "-c",
                             f'mount -t tmpfs -o size=120k tmpfs "{disk}" && {script}'],
                            capture_output=True, text=True, timeout=240)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines[-1] == "exit 2", result.stderr
    assert len(lines) == 2 and "could not be written: the disk is full" in lines[0], result.stderr
    listing = result.stdout.split()
    assert "c.xlsx" in listing and not [n for n in listing if n.endswith(".tmp")]


@pytest.mark.skipif(not _tiny_disk_available(), reason="needs root and unshare to mount a tiny tmpfs")
def test_a_campaign_store_on_a_full_disk_is_exit_2_and_writes_nothing(work, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    store = disk / "campaigns.sqlite3"
    result = _run(work, "orders.csv", "--customers-out", "customers.csv", "--mailing-out", "m.xlsx",
                  env={"CLIENTELE_CAMPAIGN_STORE": str(store)}, wrap=_on_tiny_disk(disk, 48))
    message = _one_line(result)
    assert "campaign history" in message and "Free some space" in message
    assert _outputs(work) == []


def test_a_project_with_an_absurd_multiplier_is_exit_2_naming_the_key(work):
    """A project with 1e308 points per currency unit once wrote "inf" into a workbook Excel could not open."""
    (work / "p.json").write_text('{"format": "clientele-project", "version": 1,'
                                 ' "settings": {"tiers": {"points_per_unit": 1e308}}}', encoding="utf-8")
    message = _one_line(_run(work, "orders.csv", "--project", "p.json", "--customers-out", "c.xlsx",
                             "--mailing-out", "m.xlsx"))
    assert "settings.tiers.points_per_unit is 1e+308; it must be a number from 0 to 1,000" in message
    assert _outputs(work) == ["p.json"]


def test_no_table_is_written_over_a_recorded_campaigns_mailing_list(tmp_path, sample_xlsx, capsys):
    """Found by a trial of the command line: `--customers-out` or `--rebuy-out` naming a recorded
    campaign's mailing workbook replaced it without a word (the results command refused the same)."""
    from core.cli import main  # noqa: PLC0415

    mailing = tmp_path / "mailing.xlsx"
    customers = Path(__file__).resolve().parents[2] / "resources" / "online_retail_sample_customers.csv"
    assert main([str(sample_xlsx), "--customers", str(customers), "--mailing-out", str(mailing), "--seed", "1"]) == 0
    capsys.readouterr()
    before = mailing.read_bytes()
    for option in ("--customers-out", "--rebuy-out"):
        assert main([str(sample_xlsx), option, str(mailing)]) == 2
        err = capsys.readouterr().err
        assert "this file is the mailing list of campaign 1 (who was mailed, with their coupon codes)" in err
    assert mailing.read_bytes() == before


def test_a_folder_named_as_an_output_is_said_to_be_one(tmp_path, sample_xlsx, capsys):
    """Found by a trial of the command line: `--customers-out .` said the table cannot be written as
    "no extension"."""
    from core.cli import main  # noqa: PLC0415

    assert main([str(sample_xlsx), "--customers-out", str(tmp_path)]) == 2
    assert "this is a folder, not a file." in capsys.readouterr().err
