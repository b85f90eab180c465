"""The owner's free text read as filter conditions for a column of numbers, dates, text or yes/no,
and the filter panel's choices as conditions."""

from __future__ import annotations

import pytest

from core.errors import SettingsError
from core.segmentation.filter_text import condition_text, conditions_of, parse_condition
from core.segmentation.filters import Check, Condition, CustomerFilter


@pytest.mark.parametrize(("kind", "text", "expected"), [
    ("number", ">= 100", (Condition("c", Check.AT_LEAST, 100.0),)),
    ("number", "at least 1,000", (Condition("c", Check.AT_LEAST, 1000.0),)),
    ("number", "< 0,5", (Condition("c", Check.BELOW, 0.5),)),
    ("number", "10-20", (Condition("c", Check.AT_LEAST, 10.0), Condition("c", Check.AT_MOST, 20.0))),
    ("number", "10 to 20", (Condition("c", Check.AT_LEAST, 10.0), Condition("c", Check.AT_MOST, 20.0))),
    ("number", "-5", (Condition("c", Check.IS, -5.0),)),
    ("number", "empty", (Condition("c", Check.EMPTY),)),
    ("date", "before 2024-06-01", (Condition("c", Check.BELOW, "2024-06-01"),)),
    ("date", "2024-01-01 to 2024-06-30", (Condition("c", Check.AT_LEAST, "2024-01-01"),
                                          Condition("c", Check.AT_MOST, "2024-06-30"))),
    ("text", "Berlin", (Condition("c", Check.CONTAINS, "Berlin"),)),
    ("text", "= Berlin", (Condition("c", Check.IS, "Berlin"),)),
    ("text", "not Berlin", (Condition("c", Check.LACKS, "Berlin"),)),
    ("text", "not empty", (Condition("c", Check.FILLED),)),
    ("yes/no", "yes", (Condition("c", Check.YES),)),
    ("yes/no", "No", (Condition("c", Check.NO),)),
    ("text", "   ", ()),
])
def test_free_text_conditions(kind, text, expected):
    assert parse_condition("c", text, kind) == expected


@pytest.mark.parametrize(("kind", "text"), [("number", "lots"), ("date", "after June"), ("yes/no", "maybe"),
                                             ("text", ">= many")])
def test_free_text_that_does_not_fit_the_column_is_explained(kind, text):
    with pytest.raises(SettingsError) as caught:
        parse_condition("c", text, kind)
    assert caught.value.what_to_do


def test_the_panel_choices_become_conditions():
    found = conditions_of({"rfm_segment": "Champions", "tier": ""}, {"revenue": (100.0, None)}, ["declining"])
    assert found == (Condition("rfm_segment", Check.IS, "Champions"), Condition("revenue", Check.AT_LEAST, 100.0),
                     Condition("declining", Check.YES))
    assert CustomerFilter(conditions=found).describe({"rfm_segment": "Segment"}) == \
        "Segment is Champions; revenue at least 100; declining"


@pytest.mark.parametrize(("kind", "conditions"), [
    ("number", (Condition("c", Check.AT_LEAST, 100.0),)),
    ("number", (Condition("c", Check.AT_LEAST, 10.0), Condition("c", Check.AT_MOST, 20.5))),
    ("number", (Condition("c", Check.IS, -5.0),)),
    ("number", (Condition("c", Check.BELOW, 0.25),)),
    ("date", (Condition("c", Check.ABOVE, "2024-06-01"),)),
    ("date", (Condition("c", Check.AT_LEAST, "2024-01-01"), Condition("c", Check.AT_MOST, "2024-06-30"))),
    ("text", (Condition("c", Check.IS, "Berlin"),)),
    ("text", (Condition("c", Check.CONTAINS, "Ber"),)),
    ("text", (Condition("c", Check.LACKS, "Ber"),)),
    ("text", (Condition("c", Check.IS_NOT, "Paris"),)),
    ("text", (Condition("c", Check.EMPTY),)),
    ("text", (Condition("c", Check.FILLED),)),
    ("yes/no", (Condition("c", Check.YES),)),
])
def test_conditions_written_back_as_text_read_the_same(kind, conditions):
    assert parse_condition("c", condition_text(conditions, kind), kind) == conditions


def test_a_condition_is_read_with_the_owners_decimal_separator():
    assert parse_condition("revenue", ">= 1.234,5", "number", ",") == (Condition("revenue", Check.AT_LEAST, 1234.5),)
    assert parse_condition("revenue", "0,5-2,5", "number", ",") == (Condition("revenue", Check.AT_LEAST, 0.5),
                                                                    Condition("revenue", Check.AT_MOST, 2.5))
    assert parse_condition("revenue", ">= 1,234.5", "number") == (Condition("revenue", Check.AT_LEAST, 1234.5),)


def test_a_condition_is_written_back_as_the_owner_reads_it():
    conditions = parse_condition("revenue", ">= 2,345", "number", ",")
    assert condition_text(conditions, "number", ",") == ">= 2,345"
    assert parse_condition("revenue", condition_text(conditions, "number", ","), "number", ",") == conditions
    big = parse_condition("revenue", ">= 1.500.000", "number", ",")
    assert condition_text(big, "number", ",") == ">= 1500000"
