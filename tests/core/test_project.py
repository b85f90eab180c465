"""Project files: round trip, the version-0 migration, broken and unknown files, atomic save."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from core.campaigns.mailing_list import ListKind, MailingList
from core.campaigns.offer_pack import default_offers
from core.campaigns.offers import Discount, Offer, ShopInfo
from core.errors import OutputError, SettingsError
from core.importing.importer import ImportOptions
from core.project import (
    VERSION,
    ExportChoices,
    Project,
    load_project,
    migrate,
    save_project,
)
from core.segmentation import Settings
from tests.factories import make_project

#: A project as the version-0 prototype saved it (flat keys, offers keyed by segment).
PROJECT_V0 = {
    "clientele_project": 0,
    "file": "shop.xlsx",
    "sheet": "Orders",
    "mapping": {"customer_id": "Kundennummer", "date": "Datum", "amount": "Betrag"},
    "date_order": "dayfirst",
    "segmentation": {"window_days": 90},
    "offers": {
        "At Risk": {"title": "Wir vermissen dich", "discount_percent": 15, "valid_days": 21,
                    "message": "Hallo {first_name}, {discount} mit {coupon_code}", "prefix": "MISS"},
        "Champions": {"title": "Danke", "message": "Danke {first_name}!"},
    },
    "lists": ["At Risk", "Champions"],
    "control_percent": 20,
    "shop_name": "Laden am Eck",
    "currency": "EUR",
    "locale": "de_DE",
}


def _project() -> Project:
    settings = Settings()
    settings.window_days = 365
    offers = default_offers()[:3] + [Offer("tier", "Gold", "Gold", Discount("amount", 5), 10, "Hi {name}",
                                           {"name": "friend"}, "GOLD")]
    return Project(ImportOptions(sheet="Orders", header_row=2, mapping={"email": "E-Mail"}, date_order="dayfirst"),
                   settings, offers, ExportChoices([MailingList.parse("At Risk"), MailingList.parse("tier:Gold")],
                                                   0.15, 99, True, "csv", "out.xlsx", consent_info=True),
                   ShopInfo("Bloom", "EUR", "fr_FR"), "shop.xlsx", "customers.csv")


def test_round_trip(tmp_path):
    path = tmp_path / "p.json"
    project = _project()
    save_project(project, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "clientele-project" and data["version"] == VERSION == 1
    loaded = load_project(path)
    assert loaded.to_dict() == project.to_dict()
    assert isinstance(loaded.import_options, ImportOptions) and loaded.import_options.header_row == 2
    assert isinstance(loaded.settings, Settings) and loaded.settings.window_days == 365
    assert loaded.offers == project.offers and loaded.shop == project.shop
    assert loaded.export.lists == [MailingList(None, "At Risk"), MailingList(ListKind.TIER, "Gold")]
    assert data["export"]["lists"] == ["At Risk", "tier:Gold"] and loaded.export.seed == 99
    assert loaded.export.consent_info is True and ExportChoices().consent_info is None


def test_version_0_still_loads(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps(PROJECT_V0), encoding="utf-8")
    project = load_project(path)
    assert project.import_options.mapping["customer_id"] == "Kundennummer"
    assert project.import_options.sheet == "Orders" and project.import_options.date_order == "dayfirst"
    assert project.settings.window_days == 90
    at_risk = project.offers[0]
    assert (at_risk.target_kind, at_risk.target, at_risk.validity_days) == ("segment", "At Risk", 21)
    assert at_risk.discount == Discount("percent", 15.0) and at_risk.coupon_prefix == "MISS"
    assert project.offers[1].discount.kind == "none"
    assert [m.key for m in project.export.lists] == ["At Risk", "Champions"] and project.export.control_share == 0.2
    assert project.shop == ShopInfo("Laden am Eck", "EUR", "de_DE")
    assert project.source_file == "shop.xlsx"
    assert migrate(dict(PROJECT_V0))["version"] == VERSION


def test_a_file_in_todays_format_saying_version_0_is_refused_in_words(tmp_path):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"format": "clientele-project", "version": 0, "offers": []}), encoding="utf-8")
    with pytest.raises(SettingsError) as info:   # (it was "'list' object has no attribute 'items'")
        load_project(path)
    assert "no usable version number (0)" in str(info.value.message)


def test_broken_json_is_a_settings_error_with_position(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "clientele-project",\n "version": 1,,}', encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_project(path)
    assert "line 2" in str(info.value) and info.value.file == str(path)


@pytest.mark.parametrize("data, message", [
    ({"format": "clientele-project", "version": 7}, "newer"),
    ({"format": "clientele-project", "version": "one"}, "version"),
    ({"hello": "world"}, "not a Clientele project"),
    ([1, 2], "not a Clientele project"),
    ({"format": "clientele-project", "version": 1, "offers": [{"target_kind": "segment", "title": "x",
                                                               "template": "Hi {frist_name}"}]}, "frist_name"),
    ({"format": "clientele-project", "version": 1, "export": {"control_share": 1.5}}, "control_share"),
    ({"format": "clientele-project", "version": 1, "import_options": {"date_order": "sideways"}}, "sideways"),
])
def test_unusable_projects_are_settings_errors(tmp_path, data, message):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_project(path)


def test_two_offers_or_two_offer_tests_for_one_list_are_refused_in_words(tmp_path):
    offer = {"target_kind": "segment", "target": "At Risk", "title": "Come back", "template": "Hi {first_name}",
             "discount": 10}
    data = {"format": "clientele-project", "version": 1,
            "offers": [offer, {**offer, "target": "Lost"}, {**offer, "target": " at risk", "title": "Other"}]}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_project(path)
    assert 'offers 1 and 3 in the project file are both for the list " at risk"; only one can be used.' \
        in str(info.value)
    assert info.value.file == str(path)
    data["offers"] = data["offers"][:2]                   # one per list: it opens
    data["offer_tests"] = [{"list": "segment:Lost", "offer_b": offer},
                           {"list": "segment:At Risk", "offer_b": offer},
                           {"list": "segment:at risk", "offer_b": offer, "share_b": 0.3}]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError, match="offer tests 2 and 3 in the project file are both for the list "
                                            '"at risk"'):
        load_project(path)
    data["offer_tests"] = data["offer_tests"][:2]
    path.write_text(json.dumps(data), encoding="utf-8")
    project = load_project(path)
    assert [o.target for o in project.offers] == ["At Risk", "Lost"] and len(project.offer_tests) == 2


def test_a_key_named_twice_is_refused(tmp_path):
    """Found by a hostile trial: a second "settings" silently replaced the whole first one."""
    path = tmp_path / "twice.json"
    saved = tmp_path / "saved.json"
    save_project(Project(), saved)
    text = saved.read_text(encoding="utf-8")
    path.write_text(text.rstrip().rstrip("}") + ', "settings": {}}', encoding="utf-8")
    with pytest.raises(SettingsError, match='the project file names "settings" twice in one place'):
        load_project(path)
    assert load_project(saved) == load_project(saved)


def test_missing_file_is_a_settings_error(tmp_path):
    with pytest.raises(SettingsError, match="cannot be read"):
        load_project(tmp_path / "nope.json")


def test_save_is_atomic_and_never_over_an_input(tmp_path, monkeypatch):
    path = tmp_path / "p.json"
    save_project(_project(), path)
    before = path.read_bytes()
    real = Path.write_text

    def half_then_fail(self, text, *args, **kwargs):
        real(self, text[:20], *args, **kwargs)
        raise OSError(28, "No space left on device")

    # Library patch kept: a full disk cannot be made on demand; this fails the write half-way.
    monkeypatch.setattr(Path, "write_text", half_then_fail)
    with pytest.raises(OSError):
        save_project(_project(), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    with pytest.raises(OutputError):
        save_project(_project(), path, inputs=[path])
    assert sorted(os.listdir(tmp_path)) == ["p.json"]


def test_defaults_are_usable():
    project = Project()
    again = Project.from_dict(project.to_dict())
    assert again.to_dict() == project.to_dict()
    assert again.export.control_share == 0.10 and again.offers == []


def test_offers_are_kept_per_list():
    project = Project()
    first = Offer("segment", "At Risk", "Come back", Discount("percent", 10), 30, "Hi {first_name}", {}, "BACK")
    other = Offer("tier", "Gold", "Gold", Discount("amount", 5), 10, "Hi", {}, "GOLD")
    project.set_offer(first)
    project.set_offer(other)
    again = Offer("segment", "At Risk", "We miss you", Discount("percent", 15), 30, "Hi", {}, "MISS")
    project.set_offer(again)                       # same list: replaced in place
    assert project.offers == [again, other]
    assert project.offer_for("segment", "At Risk") is again and project.offer_for("segment", "Gold") is None
    project.remove_offer("segment", "At Risk")
    assert project.offers == [other]


def test_the_shop_currency_is_the_one_currency_setting(tmp_path):
    """A version-1 file with the retired settings.currency_symbol still opens; the currency that
    counts is the shop's, and saving writes the symbol key empty."""

    project = make_project(shop=ShopInfo("Bloom", "EUR", "de_DE"))
    data = project.to_dict()
    data["settings"]["currency_symbol"] = "£"
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_project(path)
    assert loaded.shop.currency == "EUR" and loaded.to_dict()["settings"]["currency_symbol"] == ""
