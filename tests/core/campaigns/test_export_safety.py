"""A mailing export that fails or is cancelled leaves the old files, no temp files, no campaign."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import pyarrow.csv as pacsv
import pytest

from core.campaigns import NO_STORE, CampaignStore, ExportRequest, StoreChoice, default_offers, export_mailing
from core.errors import Cancelled, OutputError
from core.output import sheet_xml
from tests.core.campaigns.test_export import make_customers, make_segmentation


def _run(tmp_path, **kw):
    seg = make_segmentation(make_customers(150, consent=False))
    kw.setdefault("store", StoreChoice.file(tmp_path / "c.db"))
    return export_mailing_call(seg, tmp_path / "mailing.xlsx", **kw)


def export_mailing_call(seg, out, progress=None, **kw):
    request = ExportRequest(seg, out, offers=default_offers(), seed=3, export_date=dt.date(2026, 7, 1), **kw)
    return export_mailing(request, progress)


def _campaigns(tmp_path):
    with CampaignStore(tmp_path / "c.db") as store:
        return len(store.campaigns())


def test_failure_halfway_keeps_the_previous_files(tmp_path, monkeypatch):
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    first = _run(tmp_path, csv_dir=csv_dir)
    before = {p: Path(p).read_bytes() for p in first.paths}
    listing = sorted(os.listdir(tmp_path)), sorted(os.listdir(csv_dir))
    calls = {"n": 0}
    real = sheet_xml.rows_xml

    def broken(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:                                  # a few sheets in: disk full
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(sheet_xml, "rows_xml", broken)
    with pytest.raises(OutputError, match="the disk is full") as caught:
        _run(tmp_path, csv_dir=csv_dir)
    assert caught.value.file == str(tmp_path / "mailing.xlsx") and "Nothing was written" in str(caught.value)
    assert calls["n"] >= 4
    assert {p: Path(p).read_bytes() for p in first.paths} == before
    assert (sorted(os.listdir(tmp_path)), sorted(os.listdir(csv_dir))) == listing   # no stray temp files
    assert _campaigns(tmp_path) == 1                          # the failed export was not recorded
    openpyxl.load_workbook(first.workbook_path)


def test_failure_while_writing_csv_keeps_everything(tmp_path, monkeypatch):
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    first = _run(tmp_path, csv_dir=csv_dir)
    before = {p: Path(p).read_bytes() for p in first.paths}
    real = pacsv.write_csv
    count = {"n": 0}

    def broken(*args, **kwargs):
        count["n"] += 1
        if count["n"] == 3:
            raise OSError("cable pulled")
        return real(*args, **kwargs)

    # Library patch kept: a drive unplugged halfway through the CSV files cannot be made on demand.
    monkeypatch.setattr(pacsv, "write_csv", broken)
    with pytest.raises(OutputError, match="cable pulled"):
        _run(tmp_path, csv_dir=csv_dir)
    assert {p: Path(p).read_bytes() for p in first.paths} == before
    assert not [n for n in os.listdir(csv_dir) + os.listdir(tmp_path) if n.endswith(".tmp")]
    assert _campaigns(tmp_path) == 1


def test_cancel_from_progress_leaves_nothing(tmp_path):
    seen = []

    def progress(fraction, message):
        seen.append(fraction)
        if fraction > 0.5:
            raise Cancelled()

    with pytest.raises(Cancelled):
        _run(tmp_path, progress=progress)
    assert not (tmp_path / "mailing.xlsx").exists()
    assert [n for n in os.listdir(tmp_path) if n != "c.db"] == []
    assert _campaigns(tmp_path) == 0
    assert seen == sorted(seen)


def test_progress_reaches_one(tmp_path):
    seen = []
    _run(tmp_path, progress=lambda f, m: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


def test_never_writes_over_the_imported_file(tmp_path):
    source = tmp_path / "shop.xlsx"
    source.write_bytes(b"original")
    seg = make_segmentation(make_customers(20, consent=False))
    with pytest.raises(OutputError, match="imported"):
        export_mailing_call(seg, source, source_file=str(source), store=NO_STORE)
    with pytest.raises(OutputError, match="imported"):
        export_mailing_call(seg, tmp_path / "out.xlsx", inputs=[tmp_path / "out.xlsx"], store=NO_STORE)
    assert source.read_bytes() == b"original"


def test_missing_csv_folder_is_a_clear_error(tmp_path):
    seg = make_segmentation(make_customers(20, consent=False))
    with pytest.raises(OutputError, match="CSV"):
        export_mailing_call(seg, tmp_path / "out.xlsx", csv_dir=tmp_path / "nope", store=NO_STORE)
    assert not (tmp_path / "out.xlsx").exists()
