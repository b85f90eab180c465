"""Offers: merge-field parsing with positions, fallbacks, rendering, preview and JSON."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.campaigns.offers import (
    DEFAULT_FALLBACKS,
    Discount,
    Offer,
    ShopInfo,
    first_names,
    language_fallbacks,
    last_names,
    preview,
    render_messages,
)
from core.campaigns.templates import MERGE_FIELDS, parse_template, template_outline, template_problems
from core.errors import SettingsError
from core.language import Language


def _offer(template: str, title: str = "We miss you", discount: Discount | None = None, **kw) -> Offer:
    return Offer("segment", "At Risk", title, discount or Discount("percent", 15), 30, template, **kw)


def test_known_fields_parse_into_pieces():
    pieces, problems = parse_template("Hi {first_name}, {discount} at {shop_name}!")
    assert problems == []
    assert pieces == [("Hi ", False), ("first_name", True), (", ", False), ("discount", True),
                      (" at ", False), ("shop_name", True), ("!", False)]


def test_every_spec_field_is_known():
    template = " ".join("{" + f + "}" for f in MERGE_FIELDS)
    assert template_problems(template) == []
    assert set(DEFAULT_FALLBACKS) == set(MERGE_FIELDS)
    assert DEFAULT_FALLBACKS["first_name"] == "there"


def test_unknown_field_reports_line_column_offset_and_suggestion():
    template = "Hello,\nDear {frist_name} and {bogus}"
    problems = template_problems(template)
    assert len(problems) == 2
    first, second = problems
    assert (first.line, first.column, first.offset) == (2, 6, 12)
    assert first.field == "frist_name" and first.suggestion == "first_name"
    assert "did you mean {first_name}" in first.message
    assert "line 2, column 6" in str(first)
    assert second.field == "bogus" and second.suggestion is None
    assert template[second.offset:].startswith("{bogus}")


def test_case_and_spacing_near_misses_are_suggested():
    assert template_problems("{First Name}")[0].suggestion == "first_name"
    assert template_problems("{coupon}")[0].suggestion == "coupon_code"


def test_unmatched_braces_are_errors_and_doubled_braces_are_literal():
    assert template_problems("{{not a field}} {{first_name}}") == []
    pieces, _ = parse_template("{{x}}")
    assert pieces == [("{x}", False)]
    unclosed = template_problems("Hi {first_name")
    assert len(unclosed) == 1 and unclosed[0].offset == 3 and "no closing" in unclosed[0].message
    stray = template_problems("50% off }")
    assert len(stray) == 1 and stray[0].column == 9 and "no opening" in stray[0].message
    assert "empty merge field" in template_problems("Hi {}")[0].message


def test_offer_validate_raises_settings_error_with_position():
    offer = _offer("Hi {firstname}")
    with pytest.raises(SettingsError) as info:
        offer.validate()
    assert "line 1, column 4" in str(info.value)
    assert "first_name" in str(info.value)


def test_render_uses_values_and_fallbacks():
    customers = pd.DataFrame({
        "first_name": ["Ann", None, "  "], "name": [None, "Bob Smith", None],
        "days_since_last": pd.array([12, None, 400], dtype="Int64"),
        "favourite_category": ["Candles", None, "Mugs"],
        "next_tier": ["Gold", None, "Silver"], "amount_to_next_tier": [12.5, None, 30.0],
    })
    offer = _offer("Hi {first_name}: {discount}, {days_since_last} days, {favourite_category}, "
                   "{amount_to_next_tier} to {next_tier}, {coupon_code} until {expiry_date}, {shop_name}",
                   fallbacks={"favourite_category": "our shop floor"})
    out = render_messages(offer, customers, ShopInfo("Bloom", "GBP", "en_GB"),
                          coupons=pd.Series(["A-1", "B-2", "C-3"]), expiry_date=dt.date(2026, 7, 30))
    assert out.iloc[0] == ("Hi Ann: 15% off, 12 days, Candles, £12.50 to Gold, A-1 until 30 July 2026, Bloom")
    assert out.iloc[1].startswith("Hi Bob: 15% off, many days, our shop floor, a little to the next tier, B-2")
    assert out.iloc[2].startswith("Hi there:")
    assert "£30 to Silver" in out.iloc[2]


def test_render_in_shop_currency_and_locale():
    customers = pd.DataFrame({"first_name": ["Jonas"], "amount_to_next_tier": [1234.5], "next_tier": ["Gold"]})
    offer = _offer("{discount}; {amount_to_next_tier}; {expiry_date}")
    out = render_messages(offer, customers, ShopInfo("Laden", "EUR", "de_DE"), expiry_date=dt.date(2026, 3, 1))
    assert out.iloc[0] == "15\u00a0% off; 1.234,50\u00a0€; 1. März 2026"


def test_an_offer_without_fallbacks_falls_back_in_the_shops_language():
    """Found by a trial of the mailing tools: an owner's offer without fallbacks of its own (written in
    a project, or a pack's offer edited in the window, whose empty name box dropped the pack's "")
    greeted a German shop's nameless customer "Hallo there,"; the shop's language's fallbacks
    (its offer pack's) come now, the offer's own first."""
    customers = pd.DataFrame({"first_name": ["Jonas", None], "favourite_category": [None, None]})
    offer = _offer("Hallo {first_name}, {favourite_category} {days_since_last}", fallbacks={"days_since_last": "x"})
    german = ShopInfo("Laden", "EUR", "de_DE").with_language(Language.GERMAN)
    out = render_messages(offer, customers, german, expiry_date=dt.date(2026, 3, 1))
    assert list(out) == ["Hallo Jonas, unserem Shop x", "Hallo, unserem Shop x"]
    assert render_messages(offer, customers, ShopInfo("Shop", "GBP", "en_GB")).iloc[1] == "Hallo there, the shop x"
    assert language_fallbacks(Language.FRENCH)["first_name"] == "" and language_fallbacks(Language.ENGLISH)[
        "first_name"] == "there"


def test_preview_for_a_real_customer_row():
    row = pd.Series({"customer_id": "C1", "first_name": "Zoe", "days_since_last": 40})
    text = preview(_offer("Hi {first_name}, code {coupon_code}, {days_since_last} days"), row,
                   coupon_code="MISS-ABC234")
    assert text.message == "Hi Zoe, code MISS-ABC234, 40 days"
    sample = preview(_offer("{coupon_code}", coupon_prefix="miss you"), {"first_name": None})
    assert sample.message.startswith("MISSYOU-") and sample.message == sample.coupon_code


def test_preview_shows_each_customer_a_code_of_their_own():
    """Issue 13: the preview showed one coupon for every customer; the export gives each their own."""
    offer = _offer("{coupon_code}", coupon_prefix="STAR")
    codes = {preview(offer, {"customer_id": f"C{k}"}).coupon_code for k in range(50)}
    assert len(codes) == 50
    assert preview(offer, {"customer_id": "C1"}).coupon_code == preview(offer, {"customer_id": "C1"}).coupon_code
    assert all(len(code) == 11 and set(code[5:]) <= set("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for code in codes)
    assert len(preview(_offer("{coupon_code}"), {"customer_id": "C1"}).coupon_code) == 6


def test_title_merge_fields_are_filled_and_checked():
    """The title is the e-mail's subject: the same fields and the same checks as the message."""
    offer = _offer("Hi", title="Thank you, {first_name}: {discount} for you {firstnme}")
    problems = offer.problems()
    assert problems == ["title, column 45: unknown merge field {firstnme}; did you mean {first_name}?"]
    with pytest.raises(SettingsError, match="firstnme"):
        offer.validate()
    offer.title = "Thank you, {first_name}: {discount}"
    shown = preview(offer, {"customer_id": "C1", "first_name": "Zoe"})
    assert shown.subject == "Thank you, Zoe: 15% off"
    assert template_outline(offer.title) == "Thank you, [first name]: [discount]"


@pytest.mark.parametrize(("discount", "words"), [
    (Discount("percent", 0), "0 % off, which gives nothing"), (Discount("percent", 120), "more than the whole price"),
    (Discount("amount", 0.0), "an amount of 0 off"), (Discount("text", None, "  "), "has no words"),
    # found by a hostile trial: "-5%" was said to be "0 % off", and 100.0001 % "100 % off, more than the whole price"
    (Discount.from_dict("-5%"), "the discount is -5 % off, below zero"), (Discount("amount", -3), "-3 off, below zero"),
    (Discount("percent", 100.0001), "100.0001 % off, more than the whole price"),
    # an amount off no purchase can reach (schema.MAX_AMOUNT, as the project file allows); 1e300 once crashed
    (Discount("amount", 1.5e15), "1,500,000,000,000,000 off, more than any purchase can be"),
    (Discount("amount", 1e300), "1e+300 off, more than any purchase can be"),
    # an amount finer than cents read as "£0.00 off" or "£5.01 off" (a trial)
    (Discount("amount", 0.004), "0.004 off, finer than money is written (it would read as 0.00)"),
    (Discount("amount", 5.005), "5.005 off, finer than money is written (it would read as 5.01)")])
def test_a_discount_that_gives_nothing_is_a_problem(discount, words):
    offer = _offer("Hi", discount=discount)
    assert any(words in p for p in offer.problems())
    assert offer.problems(discount=False) == []
    assert Discount("none").problems() == [] and Discount("percent", 15).problems() == []


def test_render_refuses_a_broken_template():
    with pytest.raises(SettingsError):
        render_messages(_offer("Hi {nmae}"), pd.DataFrame({"name": ["x"]}))


def test_offer_json_round_trip():
    offer = _offer("Hi {first_name}", fallbacks={"first_name": "friend"}, coupon_prefix="MISS")
    again = Offer.from_dict(offer.to_dict())
    assert again == offer
    assert Offer.from_dict({"target_kind": "tier", "target": "Gold", "title": "x", "discount": "10%"}).discount \
        == Discount("percent", 10.0)


def test_discount_descriptions_and_parsing():
    assert Discount("percent", 10).describe() == "10% off"
    assert Discount("amount", 5).describe("USD", "en_US") == "$5 off"
    assert Discount("amount", 7.5).describe("EUR", "fr_FR") == "7,50\u00a0€ off"
    assert Discount("text", None, "free delivery").describe() == "free delivery"
    assert Discount.from_dict("free gift").kind == "text"
    assert Discount.from_dict(12).value == 12.0
    with pytest.raises(SettingsError):
        Discount.from_dict({"kind": "bogus"})
    assert Discount.from_dict({"kind": "percent", "value": "15 %"}) == Discount("percent", 15.0)
    assert Discount.from_dict({"kind": "amount", "value": "7,50"}) == Discount("amount", 7.5)
    with pytest.raises(SettingsError) as info:   # (it was Python's "could not convert string to float")
        Discount.from_dict({"kind": "percent", "value": "abc"})
    assert str(info.value.message) == 'the discount value "abc" is not a number.'


def test_offer_problems_cover_target_kind_validity_and_fallback_names():
    offer = Offer("colour", "x", "t", Discount(), -1, "ok", {"nickname": "pal"})
    problems = " ".join(offer.problems())
    assert "target kind" in problems and "validity" in problems and "nickname" in problems
    with pytest.raises(SettingsError):
        Offer.from_dict({"title": "missing kind"})



_LITERAL = st.text(alphabet=st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), max_size=8)
_PIECE = st.one_of(_LITERAL, st.just("{{"), st.just("}}"), st.sampled_from(MERGE_FIELDS).map(lambda f: "{" + f + "}"))


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECE, max_size=12))
def test_parsing_agrees_with_python_format(parts):
    template = "".join(parts)
    pieces, problems = parse_template(template)
    assert problems == []
    values = {f: f"<{f.upper()}>" for f in MERGE_FIELDS}
    rebuilt = "".join(values[text] if is_field else text for text, is_field in pieces)
    assert rebuilt == template.format(**values)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_template_parses_without_crashing_and_positions_point_at_braces(template):
    for problem in template_problems(template):
        assert template[problem.offset] in "{}"
        assert 1 <= problem.line <= template.count("\n") + 1


def test_a_discount_that_is_no_number_or_only_a_number_is_refused_in_words():
    """Found by a hostile trial: "nan" as a discount ended in exit 1 ("cannot convert float NaN to
    integer"); the words "£5", "-5" and "0" went out as "Hi Aoife, £5 until 31 December"."""
    for written in ({"kind": "percent", "value": "nan"}, {"kind": "amount", "value": "inf"}, "nan %", float("nan")):
        with pytest.raises(SettingsError, match="is not a number"):
            Discount.from_dict(written)
    for words in ("£5", "-5", "0", "5 EUR", " 7,50 € "):
        [problem] = Discount.from_dict(words).problem_phrases()
        assert str(problem).startswith(f"the discount “{words.strip()}” is only a number")
    assert Discount.from_dict("free delivery").problem_phrases() == []
    assert Discount.from_dict("2 for 1").problem_phrases() == []


def test_an_offer_without_title_or_message_is_not_ready():
    """Found by a trial of the window: an offer with an empty title and message was "ready" and went
    out as empty messages to 18 customers (an offer test's B)."""
    empty = Offer("segment", "At Risk", " ", Discount("percent", 10), 30, "")
    assert [str(p) for p in empty.problem_phrases()] == [
        "the offer has no title: it is the e-mail's subject and names the offer in the workbook.",
        "the message is empty: write what the customers should read."]
    assert empty.problem_phrases(discount=False) == []          # (a project file holding one still opens)
    with pytest.raises(SettingsError, match="the message is empty"):
        empty.validate()



def test_a_message_too_long_to_keep_its_coupon_code_in_one_cell_is_a_problem():
    # found by a hostile trial: 16,380 emoji then "{first_name} {coupon_code}" (within the project's
    # 32,767 characters) was cut to fit its cell, losing the code, and still mailed
    emoji = _offer("\U0001F600" * 16_380 + " {first_name} {coupon_code}")
    [problem] = [p for p in emoji.problems() if "characters long" in p]
    assert problem.startswith("the message is 32,787 characters long as a spreadsheet counts them (an emoji counts "
                              "twice)") and "Keep it under 30,000." in problem
    assert not [p for p in _offer("x" * 30_000).problems() if "characters long" in p]


def test_control_characters_in_an_offer_are_a_problem_tabs_and_new_lines_are_not():
    # found by a hostile trial: NUL, BEL and VT in a title and message reached the CSV as raw bytes
    # and the workbook as "_x0000_"
    problems = _offer("Hi\x07 there {first_name}", title="Sale\x00 now").problems()
    assert "the title holds an invisible control character (U+0000, position 5)" in " ".join(problems)
    assert "the message holds an invisible control character (U+0007, position 3)" in " ".join(problems)
    assert not [p for p in _offer("Hi\tthere\r\n{first_name}").problems() if "control character" in p]


def test_names_from_shop_files_greet_the_customer_not_a_placeholder_or_a_title():
    """Found by a trial of the mailing tools: "Hi NULL,", "Hi #N/A,", "Hi -," from placeholder cells;
    "Hi Smith,," from "Smith, John"; "Hallo Herr," and "Hi Dr.," from forms of address; a line break
    or a direction mark inside a greeting."""
    names = ["Smith, John", "Herr Klaus Müller", "Frau Dr. Eva Roth", "Frau Müller", "Mme Claire Dupont",
             "van der Berg Anna", "Jane van Dijk", "Cher", "NULL", "#N/A", "-", "Mary\nJane Watson",
             "\u200fSara\u200e Levi", "Nil Yilmaz"]
    table = pd.DataFrame({"name": names})
    assert first_names(table).tolist() == ["John", "Klaus", "Eva", None, "Claire", None, "Jane", None, None, None,
                                           None, "Mary", "Sara", "Nil"]
    assert last_names(table).tolist() == ["Smith", "Müller", "Roth", "Müller", "Dupont", "van der Berg Anna", "van Dijk",
                                          None, None, None, None, "Jane Watson", "Levi", "Yilmaz"]
    own = pd.DataFrame({"first_name": ["(blank)", " Ann\t", "n/a"], "last_name": ["Bo", None, "#N/A"],
                        "name": [None, None, "Dr. Li Wei"]})
    assert first_names(own).tolist() == [None, "Ann", "Li"] and last_names(own).tolist() == ["Bo", None, "Wei"]
