"""Merge-field templates: an offer's title and message follow one set of rules (definitions §6)."""

from __future__ import annotations

from core.campaigns.templates import parse_template, template_outline, template_problems


def test_outline_names_the_fields_in_brackets():
    assert template_outline("Thank you, {first_name}: {discount}") == "Thank you, [first name]: [discount]"
    assert template_outline("{{literal}} braces") == "{literal} braces"
    assert template_outline("Hi {nmae}") == "Hi {nmae}"          # a broken template is shown as written


def test_one_line_titles_are_checked_like_messages():
    problems = template_problems("Thank you, {firstnme}")
    assert len(problems) == 1 and problems[0].column == 12 and problems[0].suggestion == "first_name"
    pieces, _ = parse_template("{shop_name} news")
    assert pieces == [("shop_name", True), (" news", False)]
