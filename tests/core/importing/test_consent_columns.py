"""Opt-out columns ("Unsubscribed", "Opt-out") are turned round at import, so nobody who opted out
is mailed, whatever the column is called."""

from __future__ import annotations

import openpyxl

from core.campaigns import NO_STORE, ExportRequest, MailingList, export_mailing
from core.importing.importer import import_customer_attributes, import_purchases
from core.segmentation.segment import segment_customers


def _purchases(tmp_path, consent_header: str, values: list[str]):
    lines = [f"Customer,Date,Amount,Email,{consent_header}"]
    for i, value in enumerate(values):
        lines.append(f"C{i},2024-0{1 + i % 9}-10,{10 + i},c{i}@example.com,{value}")
    path = tmp_path / "purchases.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_unsubscribed_column_is_read_the_right_way_round(tmp_path):
    path = _purchases(tmp_path, "Unsubscribed", ["yes", "no", "", "maybe"])
    result = import_purchases(path)
    assert result.mapping.fields["consent"] == "Unsubscribed"
    consent = dict(zip(result.transactions["customer_id"], result.transactions["consent"], strict=True))
    assert consent["C0"] == "no" and consent["C1"] == "yes"
    assert consent["C3"] == "maybe"


def test_opted_out_customers_are_never_mailed(tmp_path):
    path = _purchases(tmp_path, "Opt-out", ["yes", "no", "true", "false", "1", "0"])
    result = import_purchases(path)
    seg = segment_customers(result.transactions, latest_date=result.latest_date)
    out = tmp_path / "mailing.xlsx"
    lists = [MailingList.parse(str(s)) for s in seg.customers["rfm_segment"].unique()]
    export_mailing(ExportRequest(seg, out, lists=lists, control_share=0.0, seed=1, store=NO_STORE))

    book = openpyxl.load_workbook(out, read_only=True)
    ids_mailed = set()
    for name in book.sheetnames:
        if name in ("Summary", "Left out") or name.startswith("Control group"):
            continue
        rows = list(book[name].iter_rows(values_only=True))
        col = rows[0].index("Customer ID")
        ids_mailed.update(str(r[col]) for r in rows[1:])
    assert ids_mailed == {"C1", "C3", "C5"}


def test_customer_file_with_abgemeldet_column(tmp_path):
    path = tmp_path / "kunden.csv"
    path.write_text("Kundennummer;E-Mail;Newsletter abgemeldet\nK1;a@example.com;ja\nK2;b@example.com;nein\n",
                    encoding="utf-8")
    attrs = import_customer_attributes(path).attributes.set_index("customer_id")
    assert attrs.loc["K1", "consent"] == "no" and attrs.loc["K2", "consent"] == "yes"
