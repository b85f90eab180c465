"""Workbooks Clientele wrote say what they are in their document properties, and are refused as
purchases files in words that say so (found by a hostile trial: a mailing list was read as
purchases, its coupons' last day as the purchase date)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from core.errors import InputError
from core.importing import import_purchases, preview_file
from core.importing.own_outputs import written_by_clientele
from core.schema import OutputKind

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, sample_xlsx):
    work = tmp_path_factory.mktemp("outputs")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "segment", str(sample_xlsx), "--customers", str(
        ROOT / "resources" / "online_retail_sample_customers.csv"), "--mailing-out", "mail.xlsx", "--customers-out",
        "customers.xlsx", "--rebuy-out", "rebuy.xlsx", "--compare-to", "2011-06-30", "--migration-out",
        "migration.xlsx", "--seed", "1"], capture_output=True, text=True, cwd=work, timeout=240,
        env={**os.environ, "CLIENTELE_DATA_DIR": str(work / "data")})
    assert result.returncode == 0, result.stderr
    return work


@pytest.mark.parametrize(("name", "kind", "words"), [
    ("mail.xlsx", OutputKind.MAILING, "This is a mailing list Clientele exported"),
    ("customers.xlsx", OutputKind.CUSTOMER_TABLE, "This is a customer table Clientele wrote"),
    ("rebuy.xlsx", OutputKind.REBUY, "This is a re-buy table Clientele wrote"),
    ("migration.xlsx", OutputKind.MIGRATION, "This is a migration table Clientele wrote"),
])
def test_each_workbook_clientele_writes_says_what_it_is_and_is_refused(outputs, name, kind, words):
    path = outputs / name
    assert written_by_clientele(path) is kind
    assert openpyxl.load_workbook(path, read_only=True).custom_doc_props["Clientele output"].value == kind.value
    for read in (import_purchases, preview_file):
        with pytest.raises(InputError) as caught:
            read(path)
        assert str(caught.value.phrase).startswith(words) and caught.value.file == name


def test_other_workbooks_and_files_are_read_as_ever(tmp_path, sample_xlsx, sample_csv):
    assert written_by_clientele(sample_xlsx) is None and written_by_clientele(sample_csv) is None
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    assert written_by_clientele(tmp_path / "broken.xlsx") is None
    # a kind a newer version writes is read as any workbook
    newer = tmp_path / "newer.xlsx"
    with zipfile.ZipFile(newer, "w") as archive:
        archive.writestr("docProps/custom.xml", '<Properties><property fmtid="x" pid="2" name="Clientele output">'
                                                "<vt:lpwstr>forecast</vt:lpwstr></property></Properties>")
    assert written_by_clientele(newer) is None
