"""Project files: every value checked with its type and range before use (core/project_schema.py);
hostile files are a SettingsError naming the key, never a traceback."""

from __future__ import annotations

import codecs
import json

import pytest

from core.errors import SettingsError
from core.language import Language
from core.project import MAX_PROJECT_BYTES, load_project, save_project
from core.project_schema import OFFER, PROJECT, AnyOf, ListOf, LongNumber, Obj, check_project, parse_int
from core.words import Words
from tests.factories import make_project

HEAD = '{"format": "clientele-project", "version": 1, '


def _load(tmp_path, text: str | bytes):
    path = tmp_path / "p.json"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return load_project(path)


def _refused(tmp_path, text: str | bytes) -> SettingsError:
    with pytest.raises(SettingsError) as caught:
        _load(tmp_path, text)
    assert caught.value.file == str(tmp_path / "p.json")
    return caught.value


@pytest.mark.parametrize("body, message", [
    ('"settings": {"tiers": {"points_per_unit": 1e308}}}',
     "settings.tiers.points_per_unit is 1e+308; it must be a number from 0 to 1,000"),
    ('"settings": {"tiers": {"points_per_unit": NaN}}}', "settings.tiers.points_per_unit is NaN"),
    ('"settings": {"tiers": {"close_fraction": Infinity}}}', "settings.tiers.close_fraction is Infinity"),
    ('"settings": {"tiers": {"thresholds": [-Infinity, 1, 2]}}}', "settings.tiers.thresholds[0] is -Infinity"),
    ('"settings": {"scoring": {"method": "thresholds", "thresholds": {"m": [1, 2, 3, 1e400]}}}}',
     "settings.scoring.thresholds.m[3] is Infinity"),
    ('"settings": {"window_days": 1e300}}', "settings.window_days is 1e+300; it must be a whole number of days"),
    ('"settings": {"window_days": 1' + "0" * 400 + "}}", "settings.window_days is a whole number of 401 digits"),
    ('"export": {"seed": 1' + "0" * 5000 + "}}", "export.seed is a whole number of 5,001 digits"),
    ('"export": {"seed": -3}}', "export.seed is -3; it must be a whole number from 0 to 999,999,999,999,999"),
    ('"export": {"seed": 2.5}}', "export.seed is 2.5"),
    ('"export": {"control_share": NaN}}', "export.control_share is NaN"),
    ('"export": {"control_share": 1}}', "export.control_share is 1; it must be a number from 0 to below 1"),
    ('"export": {"csv": "yes"}}', 'export.csv is "yes"; it must be true or false'),
    ('"offers": [{"target_kind": "segment", "target": "Champions", "title": "x", "validity_days": 1e300}]}',
     "offers[0].validity_days is 1e+300; it must be a whole number from 0 to 3,650"),
    ('"offers": [{"target_kind": "segment", "target": "A", "title": "x", "discount": {"kind": "percent", '
     '"value": 1e308}}]}', "offers[0].discount.value is 1e+308"),
    ('"offers": [{"target_kind": "planet", "target": "A", "title": "x"}]}', "offers[0].target_kind is \"planet\""),
    ('"import_options": {"header_row": 1e300}}', "import_options.header_row is 1e+300"),
    ('"import_options": {"sheet": ["a"]}}', "import_options.sheet is a list; it must be text"),
    ('"import_options": {"mapping": {"amount": 5}}}', "import_options.mapping.amount is 5; it must be text"),
    ('"import_options": {"mapping": {"amuont": "Total"}}}', 'a key of import_options.mapping is "amuont"'),
    ('"shop": {"name": "\\ud800x"}}', "shop.name holds a character that is not valid text"),
    ('"shop": {"currency": "pounds"}}', 'shop.currency is "pounds"'),
    ('"offers": [{"target_kind": "segment", "target": "A", "title": "x", "template": "Hi \\udfff"}]}',
     "offers[0].template holds a character that is not valid text"),
    ('"settings": {"segment_map": [{"name": "A", "r": [1, 9], "f": 1}]}}', "settings.segment_map[0].r"),
])
def test_a_bad_value_is_refused_naming_its_key(tmp_path, body, message):
    error = _refused(tmp_path, HEAD + body)
    assert message in str(error), str(error)
    assert "Traceback" not in str(error) and len(error.message) < 400


def test_deep_nesting_is_refused_plainly(tmp_path):
    error = _refused(tmp_path, HEAD + '"shop": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert "nested far too deeply" in str(error)
    error = _refused(tmp_path, HEAD + '"shop": ' + "[" * 500 + "]" * 500 + "}")   # deep, but readable
    assert "shop is a list; it must be an object" in str(error)


@pytest.mark.parametrize("encoding, mark", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                            ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE)])
def test_utf8_utf16_and_utf32_files_with_a_byte_order_mark_open(tmp_path, encoding, mark):
    text = HEAD + '"shop": {"name": "Zoë\'s Café", "currency": "EUR"}}'
    project = _load(tmp_path, mark + text.encode(encoding))
    assert project.shop.name == "Zoë's Café" and project.shop.currency == "EUR"


def test_text_that_is_not_utf8_is_refused_plainly(tmp_path):
    error = _refused(tmp_path, (HEAD + '"shop": {"name": "Zoë"}}').encode("cp1252"))
    assert "not UTF-8 text" in str(error) and "Save it as UTF-8" in str(error)
    error = _refused(tmp_path, (HEAD + "}").encode("utf-16-le"))                     # UTF-16 without its mark
    assert "not" in str(error)


def test_a_file_far_too_large_is_refused_without_reading_it_all(tmp_path):
    error = _refused(tmp_path, HEAD + '"source_file": "' + "x" * (MAX_PROJECT_BYTES + 10) + '"}')
    assert "larger than 10 MB" in str(error)


def test_text_longer_than_its_limit_is_refused(tmp_path):
    error = _refused(tmp_path, HEAD + '"shop": {"name": "' + "n" * 201 + '"}}')
    assert "shop.name is 201 characters long; it may be at most 200" in str(error)


def test_numbers_of_too_many_digits_are_kept_aside_not_converted():
    assert parse_int("123") == 123 and parse_int("-" + "9" * 30) == -int("9" * 30)
    assert parse_int("1" * 5000) == LongNumber(5000)
    with pytest.raises(SettingsError, match="export.seed is a whole number of 31 digits"):
        check_project(json.loads(HEAD + '"export": {"seed": ' + "1" * 31 + "}}", parse_int=parse_int))


def test_a_saved_project_passes_and_every_key_it_writes_has_a_rule(tmp_path):
    project = make_project()
    path = tmp_path / "saved.json"
    save_project(project, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    check_project(data)
    assert load_project(path).to_dict() == project.to_dict()
    missing: list[str] = []

    def walk(value: object, rule: object, path: str) -> None:
        if isinstance(rule, AnyOf):
            rule = next((r for r in rule.rules if r.accepts(value)), None)
        if isinstance(value, dict) and isinstance(rule, Obj):
            for key, inner in value.items():
                walk(inner, rule.fields.get(key, rule.values), f"{path}.{key}")
        elif isinstance(value, list) and isinstance(rule, ListOf):
            for item in value:
                walk(item, rule.item, f"{path}[]")
        elif rule is None:
            missing.append(path)

    with_offer = {**data, "offers": [{"target_kind": "segment", "target": "A", "title": "t", "discount": 10,
                                      "validity_days": 30, "template": "Hi", "fallbacks": {"first_name": "there"},
                                      "coupon_prefix": "VIP"}]}
    walk(with_offer, PROJECT, "")
    assert missing == [] and OFFER.fields


def test_clientele_never_saves_a_project_it_would_refuse_to_open(tmp_path):
    project = make_project()
    project.settings.tiers.points_per_unit = float("inf")
    with pytest.raises(SettingsError, match="settings.tiers.points_per_unit is Infinity"):
        save_project(project, tmp_path / "p.json")
    assert list(tmp_path.iterdir()) == []


def test_what_a_key_allows_is_said_in_the_readers_language(tmp_path):
    """Found by a language trial: "… ist 5000; erlaubt ist: a number from 0 to 1,000. Correct it in the
    project file (a text editor can), …" in a German run."""
    from core.language import Language  # noqa: PLC0415 - only this test reads German
    from core.words import Words  # noqa: PLC0415

    path = tmp_path / "p.json"
    save_project(make_project(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["settings"]["tiers"]["points_per_unit"] = 5000
    data["settings"]["tiers"]["close_fraction"] = 0.5
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_project(path)
    german = caught.value.text(Words(Language.GERMAN))
    assert "settings.tiers.points_per_unit ist 5000; erlaubt ist: eine Zahl von 0 bis 1.000." in german
    assert "Korrigieren Sie es in der Projektdatei" in german and "Correct it" not in german
    assert "it must be a number from 0 to 1,000." in caught.value.text(Words())
    data["settings"]["tiers"]["points_per_unit"] = 1
    data["settings"]["window_days"] = True
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_project(path)
    assert "eine ganze Zahl von Tagen von 1 bis 36.500, oder" in caught.value.text(Words(Language.GERMAN))


def test_a_list_of_the_wrong_length_and_a_list_where_a_value_belongs_are_said_in_the_language_asked():
    # found by a hostile trial: three thresholds got "is a list; it must be a list of at most 4 items",
    # and German messages said "ist a list", "ist an object"
    project = {"settings": {"scoring": {"thresholds": {"f": [1, 2, 3]}}}}
    with pytest.raises(SettingsError) as caught:
        check_project(project)
    assert "it must be a list of exactly 4 items" in caught.value.message
    german = caught.value.text(Words(Language.GERMAN))
    assert "eine Liste mit genau 4 Einträgen" in german and "a list" not in german
    with pytest.raises(SettingsError) as caught:
        check_project({"settings": {"segment_map": {"Champions": 1}}})
    assert " an object" in caught.value.message and "ein Objekt" in caught.value.text(Words(Language.GERMAN))
