"""The mailing export's files: CSVs for e-mail tools that any spreadsheet opens safely, and cells that
never hold more than a spreadsheet cell can (the cut is reported)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from core.campaigns import ExportRequest, MailingList, StoreChoice, default_offers, export_mailing
from core.campaigns.export_files import csv_name, csv_targets, fixed_sheets
from core.campaigns.lists import PlannedList
from core.campaigns.mailing_list import ListKind
from core.campaigns.offer_pack import generic_offer
from core.errors import SettingsError
from core.language import Language
from core.output.xlsx import sheet_name
from core.shop import ShopInfo
from tests.core.campaigns.test_export import make_customers, make_segmentation
from tests.core.output.test_csv_table import formula_cells


def _export(tmp_path: Path, customers, lists=("Champions",)):
    seg = make_segmentation(customers)
    request = ExportRequest(seg, tmp_path / "mailing.xlsx", lists=[MailingList.parse(n) for n in lists],
                            offers=default_offers(), csv_dir=tmp_path, seed=3, export_date=dt.date(2026, 7, 1),
                            store=StoreChoice.file(tmp_path / "c.db"))
    return export_mailing(request)


def test_csv_names_stay_one_harmless_cell_in_a_semicolon_spreadsheet(tmp_path):
    customers = make_customers(40, consent=False)
    customers["rfm_segment"] = "Champions"
    customers.loc[0, "first_name"] = ";=1+1"
    customers.loc[1, "last_name"] = "=HYPERLINK(\"http://x\")"
    summary = _export(tmp_path, customers)
    path = Path(summary.csv_paths[0])
    text = path.read_text(encoding="utf-8-sig")
    assert '";\'=1+1"' in text and "\"'=HYPERLINK(\"\"http://x\"\")\"" in text
    header = text.splitlines()[0]
    assert header.startswith('"Email Address","First Name","Last Name"')
    assert formula_cells(text.splitlines()) == []        # whatever separator a spreadsheet splits at
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first = next(r for r in rows if r["CUSTOMER_ID"] == customers.loc[0, "customer_id"])
    assert first["First Name"] == ";'=1+1" and first["MESSAGE"].startswith("Hi ;'=1+1,")
    sheet = openpyxl.load_workbook(summary.workbook_path)["Champions"]       # the workbook keeps the text as it is
    assert ";=1+1" in [row[2] for row in sheet.iter_rows(values_only=True)]


def test_a_very_long_merge_value_is_cut_and_the_report_says_so(tmp_path):
    customers = make_customers(30, consent=False)
    customers["rfm_segment"] = "Champions"
    customers.loc[0, "first_name"] = "Z" * 40_000                  # a damaged cell in the customers file
    summary = _export(tmp_path, customers)
    assert summary.cut_cells == 4                 # first name and message, in the sheet and in the CSV
    assert "4 text cell(s) were longer than the 32,767 characters a spreadsheet cell holds" in summary.to_text()
    sheet = openpyxl.load_workbook(summary.workbook_path)["Champions"]
    rows = list(sheet.iter_rows(values_only=True))
    message = rows[0].index("Message")
    longest = max(rows[1:], key=lambda r: len(r[message]))
    assert len(longest[message]) == 32_767 and longest[message].startswith("Hi ZZZ") and longest[message].endswith("…")
    with open(summary.csv_paths[0], encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert max(len(c) for c in cells) == 32_767


def _plan(name: str) -> PlannedList:
    offer = generic_offer(MailingList(ListKind.SEGMENT, name))
    return PlannedList(name, ListKind.SEGMENT, offer, members=make_customers(1).index)


def test_csv_files_are_named_after_the_workbook_and_list_and_never_share_a_name(tmp_path):
    assert csv_name(tmp_path / "May mailing.xlsx", 'VIP: "gold"/*') == 'May mailing - VIP- -gold---.csv'
    request = ExportRequest(make_segmentation(make_customers(5)), tmp_path / "m.xlsx", csv_dir=tmp_path)
    targets = csv_targets(request, tmp_path / "m.xlsx", [_plan("At Risk"), _plan("Lost")])
    assert [t.name for t in targets] == ["m - At Risk.csv", "m - Lost.csv"]
    with pytest.raises(SettingsError, match='"Gold" and "gold" would both be written to the CSV file "m - gold.csv"'):
        csv_targets(request, tmp_path / "m.xlsx", [_plan("Gold"), _plan("gold")])
    no_csv = ExportRequest(make_segmentation(make_customers(5)), tmp_path / "m.xlsx")
    assert csv_targets(no_csv, tmp_path / "m.xlsx", [_plan("Gold")]) == []


@pytest.mark.parametrize("language", list(Language))
def test_the_workbooks_own_sheets_are_valid_sheet_names_in_every_language(language):
    names = fixed_sheets(ShopInfo("").with_language(language).words())
    assert len(set(names)) == 3
    assert all(sheet_name(name, set()) == name and len(name) <= 31 for name in names)   # never cut or changed


def test_a_german_shops_workbook_names_its_sheets_in_german(tmp_path):
    customers = make_customers(40, consent=False)
    customers["rfm_segment"] = "Champions"
    customers.loc[:4, "rfm_segment"] = "Lost"
    seg = make_segmentation(customers)
    shop = ShopInfo("Teehaus", "EUR").with_language(Language.GERMAN)
    request = ExportRequest(seg, tmp_path / "mailing.xlsx", lists=[MailingList.parse(n) for n in ("Champions", "Lost")],
                            offers=default_offers(), seed=3, export_date=dt.date(2026, 7, 1), shop=shop,
                            store=StoreChoice.file(tmp_path / "c.db"))
    summary = export_mailing(request)
    book = openpyxl.load_workbook(summary.workbook_path)
    assert book.sheetnames == ["Zusammenfassung", "Champions", "Verloren", "Ausgelassen", "Kontrollgruppe – kein Kontakt"]
    assert [s.sheet_name for s in summary.lists] == ["Champions", "Verloren"]
    cells = [v for row in book["Zusammenfassung"].iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert "Verloren" in cells                                     # the Sheet column names the sheet as it is
    assert any("„Ausgelassen“" in v for v in cells) and not any("Left out" in v for v in cells)


def test_an_offer_for_a_list_this_analysis_does_not_have_is_said_not_used(tmp_path):
    """Found by a hostile trial: a project's offer for "At Rsk" (misspelt), "" or a list since renamed
    was silently ignored, and At Risk got the default offer instead of the owner's."""
    import dataclasses  # noqa: PLC0415 - only this test changes an offer

    customers = make_customers(40, consent=False)
    customers["rfm_segment"] = "At Risk"
    misspelt = dataclasses.replace(generic_offer(MailingList(ListKind.SEGMENT, "At Risk")), target="At Rsk",
                                   title="Our own offer")
    pack = default_offers()
    request = ExportRequest(make_segmentation(customers), tmp_path / "m.xlsx", lists=[MailingList.parse("At Risk")],
                            offers=[*pack, misspelt], seed=3, export_date=dt.date(2026, 7, 1),
                            store=StoreChoice.file(tmp_path / "c.db"))
    summary = export_mailing(request)
    assert summary.unknown_offers == ("At Rsk",)               # the default pack's offers are all known names
    note = ('An offer of the project is for "At Rsk", a list this analysis does not have, so it was not used: '
            "correct the list's name in the project file, or choose the offer again on the Offers page.")
    assert note in summary.notes() and note in summary.to_text()
    cells = [v for row in openpyxl.load_workbook(summary.workbook_path)["Summary"].iter_rows(values_only=True)
             for v in row if isinstance(v, str)]
    assert note in cells
