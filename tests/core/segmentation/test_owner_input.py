"""What the owner types in the window's boxes: read in their words, errors naming the box."""

from __future__ import annotations

import pytest

from core.errors import EntryError
from core.language import Language
from core.segmentation.owner_input import (
    number_text,
    read_amount,
    read_cut_points,
    read_number,
    read_segment_map,
    read_tier_names,
    read_tier_thresholds,
    split_numbers,
)
from core.words import Words


@pytest.mark.parametrize(("text", "parts"), [
    ("30,90,180,365", ["30", "90", "180", "365"]),
    ("100, 500, 1,000, 2,000", ["100", "500", "1,000", "2,000"]),
    ("0,5; 1,5; 2; 3", ["0,5", "1,5", "2", "3"]),
    ("£100 / £500 / £1,000 / £2,000", ["£100", "£500", "£1,000", "£2,000"]),
    ("  ", []),
])
def test_split_numbers(text, parts):
    assert split_numbers(text) == parts


@pytest.mark.parametrize(("text", "value"), [("£1,000", 1000.0), ("1.000,50 €", 1000.5), ("1 000", 1000.0),
                                             ("500", 500.0), ("(50)", -50.0), ("€2.5", 2.5)])
def test_amounts_as_typed(text, value):
    assert read_amount(text, "Tier thresholds") == value


def test_cut_points_in_the_owners_words():
    assert read_cut_points("£100, £500, £1,000, £2,000", "m") == [100, 500, 1000, 2000]
    assert read_cut_points("", "m") is None
    with pytest.raises(EntryError) as caught:
        read_cut_points("100, 500, 1000", "m")
    error = caught.value
    assert error.box == "Money cut points"
    assert str(error) == ("Money cut points: four numbers are needed, one for each step between the scores 1 to 5; "
                          "you typed 3 (100 / 500 / 1,000). Type for example 100, 500, 1000, 2000 (amount spent).")
    with pytest.raises(EntryError, match=r"^Recency cut points: each number must be larger than the one before "
                                         r"it, but 90 comes after 180\."):
        read_cut_points("30, 180, 90, 365", "r")
    with pytest.raises(EntryError, match='^Frequency cut points: "two" is not a number'):
        read_cut_points("1, two, 5, 10", "f")


def test_tier_thresholds_take_money_and_name_the_tier():
    names = ["Bronze", "Silver", "Gold", "VIP"]
    assert read_tier_thresholds(names, ["£500", "£1,000", "5.000,00 €"]) == [500, 1000, 5000]
    with pytest.raises(EntryError) as caught:
        read_tier_thresholds(names, ["£1,200", "£1,000", "5000"])
    assert str(caught.value) == ("Tier thresholds: Gold starts at 1,000, which is not above Silver's 1,200. "
                                 "Each tier must start above the one before it: list them lowest first.")
    with pytest.raises(EntryError, match="^Tier thresholds: Gold's \"lots\" is not a number"):
        read_tier_thresholds(names, ["500", "lots", "5000"])
    with pytest.raises(EntryError, match="^Tier thresholds: VIP has no amount"):
        read_tier_thresholds(names, ["500", "1000", " "])
    with pytest.raises(EntryError, match="below 0"):
        read_tier_thresholds(names[:2], ["-5"])


def test_tier_names():
    assert read_tier_names([" Bronze ", "VIP  club"]) == ["Bronze", "VIP club"]
    with pytest.raises(EntryError, match='^Tier names: "gold" is there twice'):
        read_tier_names(["Gold", "gold"])
    with pytest.raises(EntryError, match="^Tier names: tier 2 has no name"):
        read_tier_names(["Gold", ""])


def test_segment_map_rows():
    segments = read_segment_map([("Best", 4, 5, 4, 5, None, None), ("Rest", 1, 5, 1, 5, 2, 5)])
    assert segments[0].m is None and segments[1].m == (2, 5)
    with pytest.raises(EntryError, match='^Segment map: "Best": R \\(recency\\) runs from 5 to 4'):
        read_segment_map([("Best", 5, 4, 4, 5, None, None)])
    with pytest.raises(EntryError, match="^Segment map: row 2 has no name"):
        read_segment_map([("Best", 4, 5, 4, 5, None, None), (" ", 1, 5, 1, 5, None, None)])
    with pytest.raises(EntryError, match='^Segment map: two segments are named "best"'):
        read_segment_map([("Best", 4, 5, 4, 5, None, None), ("best", 1, 5, 1, 5, None, None)])
    with pytest.raises(EntryError, match='^Segment map: a segment is named "Other"'):
        read_segment_map([("other", 1, 5, 1, 5, None, None)])


def test_a_box_error_is_written_in_the_shop_language_with_the_box_name():
    with pytest.raises(EntryError) as caught:
        read_segment_map([("Best", 4, 5, 4, 5, None, None), ("best", 1, 5, 1, 5, None, None)])
    assert str(caught.value) == 'Segment map: two segments are named "best". Give each segment its own name.'
    assert caught.value.text(Words(Language.GERMAN)) == ("Segmentkarte: zwei Segmente heißen „best“. "
                                                         "Geben Sie jedem Segment einen eigenen Namen.")
    with pytest.raises(EntryError) as caught:
        read_tier_thresholds(["Bronze", "Silver"], ["lots"])
    assert str(caught.value) == 'Tier thresholds: Silver\'s "lots" is not a number. Type digits, for example 500 or £1,000.'
    assert caught.value.text(Words(Language.FRENCH)) == ("Seuils des niveaux : Silver : « lots » n'est pas un nombre. "
                                                         "Tapez des chiffres, par exemple 500 ou 1 000 €.")


def test_amounts_typed_in_a_language_with_a_decimal_comma():
    """"1.500" is fifteen hundred where the comma is the decimal separator; read alone it is 1.5."""
    assert read_cut_points("200; 450; 1.500; 4.000", "m", ",") == [200.0, 450.0, 1500.0, 4000.0]
    assert read_cut_points("10,5 / 13,6 / 33,8 / 72,4", "r", ",") == [10.5, 13.6, 33.8, 72.4]
    with pytest.raises(EntryError, match="larger than the one before"):       # (read alone: 1.5 after 450)
        read_cut_points("200; 450; 1.500; 4.000", "m")


@pytest.mark.parametrize(("text", "decimal", "number"), [
    ("1.234,5", ",", 1234.5), ("0,5", ",", 0.5), ("1.500", ",", 1500.0), ("1,500", ".", 1500.0), ("12.50", None, 12.5),
    ("£1,000", None, 1000.0), ("", None, None), ("abc", ",", None), ("1e999", None, None),
])
def test_a_number_the_owner_types_is_read_once_one_way(text, decimal, number):
    """Found by a review: the Customers filter read numbers with a reading of its own, "1.234,5" as
    1.2345 and (its boxes) "0,5" as 5 in a German window. Every number the owner types is read by
    owner_input.read_number, with the window language's decimal separator."""
    assert read_number(text, decimal) == number


@pytest.mark.parametrize("decimal", [",", ".", None])
@pytest.mark.parametrize("value", [2.345, 1_500_000.0, 123_456.78, 10.125, 5.0, 0.1, -3.5])
def test_a_number_written_back_into_a_box_is_read_as_it_was(value, decimal):
    """Found by a trial in a German window: a saved list's 2,345 came back as "2.345" (read 2345),
    1.500.000 as "1.5e+06" (dropped), 123.456,78 rounded to "123457"; cut points as "10.125"."""
    text = number_text(value, decimal)
    assert "e" not in text and read_number(text, decimal) == value
    assert read_cut_points("; ".join(number_text(v, decimal) for v in (1, 2, 5, 10.125)), "f", decimal) == [
        1, 2, 5, 10.125]
