"""Migration paths as mailing lists (definitions §6 and §10): their names, who is in them, their
offer, and a path mailed like any other list."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from core.campaigns import (
    NO_STORE,
    ExportRequest,
    ListKind,
    MailingList,
    Offer,
    available_lists,
    default_offers,
    export_mailing,
    members_mask,
    offer_for,
)
from core.campaigns.mailing_list import migration_path
from core.errors import SettingsError
from core.project import ExportChoices, Project
from core.segmentation import Settings
from core.segmentation.settings import CompareTo
from tests.factories import customer_attributes, make_segmentation, random_transactions


@pytest.fixture(scope="module")
def compared():
    tx = random_transactions(300, seed=4)
    attributes = customer_attributes(sorted(tx["customer_id"].unique()), seed=4)
    return make_segmentation(tx, attributes=attributes, settings=Settings(compare_to=CompareTo(days_before=120)))


@pytest.mark.parametrize(("text", "name", "ends"), [
    ("Champions -> At Risk", "Champions → At Risk", ("Champions", "At Risk")),
    ("  Champions→At Risk ", "Champions → At Risk", ("Champions", "At Risk")),
    ("migration:(new) → Champions", "(new) → Champions", (None, "Champions")),
    ("migration: -> Champions", "(new) → Champions", (None, "Champions")),
])
def test_a_path_is_read_from_its_text_form(text, name, ends):
    path = MailingList.parse(text)
    assert path == MailingList(ListKind.MIGRATION, name)
    assert path.path_ends == ends
    assert MailingList.parse(path.key) == path            # as project files and --lists keep it
    assert path.label == name


def test_names_without_an_arrow_stay_what_they_were():
    assert MailingList.parse("At Risk") == MailingList(None, "At Risk")
    assert MailingList.parse("segment:At Risk").kind == ListKind.SEGMENT


def test_a_path_holds_who_moved_from_one_segment_to_the_other(compared):
    customers = compared.customers
    table = compared.migration.table
    first = table.iloc[0]
    mask = members_mask(compared, migration_path(first["from_segment"], first["to_segment"]))
    expected = (customers["previous_segment"] == first["from_segment"]) & (customers["rfm_segment"] == first["to_segment"])
    assert mask.sum() == first["customers"] == expected.sum()
    assert (mask == expected.fillna(False)).all()
    # names in any case, the arrow typed as ->
    typed = MailingList.parse(f"{first['from_segment'].lower()} -> {first['to_segment'].upper()}")
    assert members_mask(compared, typed).sum() == first["customers"]


def test_the_new_customers_path_holds_those_who_first_bought_after_the_date(compared):
    customers = compared.customers
    new = compared.migration.table[compared.migration.table["from_segment"] == ""]
    assert len(new) > 0
    for to, count in zip(new["to_segment"], new["customers"], strict=True):
        mask = members_mask(compared, migration_path(None, to))
        assert mask.sum() == count
        assert customers.loc[mask, "previous_segment"].isna().all()
        assert (customers.loc[mask, "first_purchase"] > compared.migration.compare_date).all()


def test_every_path_with_customers_is_a_list_after_the_others(compared):
    lists = available_lists(compared)
    paths = [m for m in lists if m.kind == ListKind.MIGRATION]
    assert len(paths) == len(compared.migration.table)
    assert lists[-len(paths):] == paths
    alone = available_lists(make_segmentation())                           # no comparison: none
    assert not [m for m in alone if m.kind == ListKind.MIGRATION] and alone[-1].kind == ListKind.OCCASION


def test_a_path_without_a_comparison_or_with_an_unknown_segment_is_refused(compared):
    with pytest.raises(SettingsError, match="no date to compare with") as error:
        members_mask(make_segmentation(), MailingList.parse("Champions -> At Risk"))
    assert "--compare-to" in error.value.what_to_do
    with pytest.raises(SettingsError, match='names "Champs", which is not a segment'):
        members_mask(compared, MailingList.parse("Champs -> At Risk"))


def test_a_path_gets_the_offer_of_the_segment_it_leads_to_as_its_own():
    path = MailingList.parse("Champions -> At Risk")
    offer = offer_for([], path)
    at_risk = offer_for([], MailingList(ListKind.SEGMENT, "At Risk"))
    assert (offer.title, offer.template, offer.coupon_prefix) == (at_risk.title, at_risk.template, "RETURN")
    assert (offer.target_kind, offer.target) == ("migration", "Champions → At Risk")
    assert at_risk.target_kind == "segment"                     # the segment's offer is left as it was
    owners = [*default_offers(), Offer("migration", "Champions → At Risk", "Come back, champion")]
    assert offer_for(owners, path).title == "Come back, champion"


def test_a_path_and_its_offer_keep_in_a_project_file(tmp_path):
    from core.project import load_project, save_project  # noqa: PLC0415 - the project file round trip only

    offer = offer_for([], MailingList.parse("(new) -> Champions"))
    project = Project(settings=Settings(compare_to=CompareTo(date=dt.date(2024, 3, 31))), offers=[offer],
                      export=ExportChoices(lists=[MailingList.parse("Loyal Customers -> At Risk")]))
    save_project(project, tmp_path / "p.json")
    again = load_project(tmp_path / "p.json")
    assert again.settings.compare_to == CompareTo(date=dt.date(2024, 3, 31))
    assert again.export.lists == [MailingList(ListKind.MIGRATION, "Loyal Customers → At Risk")]
    assert again.offers[0].target_kind == "migration" and again.offers[0].target == "(new) → Champions"


def test_a_path_is_mailed_like_any_other_list(compared, tmp_path):
    table = compared.migration.table
    row = table.loc[table["customers"].idxmax()]
    path = migration_path(row["from_segment"] or None, row["to_segment"])
    out = tmp_path / "mailing.xlsx"
    summary = export_mailing(ExportRequest(compared, out, lists=[path], offers=[], seed=3, store=NO_STORE,
                                           csv_dir=tmp_path))
    listed = summary.lists[0]
    assert listed.name == path.name and listed.kind == ListKind.MIGRATION
    assert listed.customers == row["customers"]
    book = openpyxl.load_workbook(out, read_only=True)
    assert any(name.startswith(path.name[:20]) for name in book.sheetnames)
    book.close()
    assert list(tmp_path.glob("mailing - *.csv"))
