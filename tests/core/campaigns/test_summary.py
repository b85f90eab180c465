"""core.campaigns.summary: what an export wrote, as counts and in words."""

from __future__ import annotations

import datetime as dt

from core.campaigns.lists import BAD_EMAIL, CONTROL, NO_EMAIL, OPTED_OUT
from core.campaigns.mailing_list import ListKind
from core.campaigns.summary import NO_CONSENT_INFO, ExportSummary, ListSummary, consent_conflicts_note
from core.language import Language
from core.words import Words


def _summary(**changes) -> ExportSummary:
    lists = [ListSummary("At Risk", ListKind.SEGMENT, "Come back", "At Risk", customers=10, mailed=7, control=1,
                         left_out={NO_EMAIL: 2, CONTROL: 1}, revenue=500.0, mailed_revenue=350.0),
             ListSummary("Lost", ListKind.STATUS, "We miss you", "Lost", customers=5, mailed=4, control=1,
                         left_out={}, revenue=100.0, mailed_revenue=80.0, csv_path="lost.csv")]
    values = dict(workbook_path="mail.xlsx", lists=lists, export_date=dt.date(2026, 6, 30), seed=7,
                  control_share=0.1, consent_info=True, campaign_id=3, csv_paths=["lost.csv"])
    values.update(changes)
    return ExportSummary(**values)


def test_totals_and_paths():
    summary = _summary()
    assert (summary.mailed, summary.control) == (11, 2)
    assert summary.paths == ["mail.xlsx", "lost.csv"]


def test_text_names_every_list_and_what_was_left_out():
    text = _summary().to_text()
    assert text.splitlines()[0] == "Mailing list written to mail.xlsx"
    assert '  At Risk: 10 customers, 7 mailed with "Come back", 1 in the control group; left out: 2 no e-mail' in text
    assert "Total: 11 mailed, 2 in control groups (share 10%, seed 7)." in text
    assert "Recorded as campaign 3." in text and NO_CONSENT_INFO not in text
    # (a share below 100 % never reads as 100 %: a trial's 0.999 said "share 100%")
    assert "(share 99.9%, seed 7)" in _summary(control_share=0.999).to_text()
    assert "(share 12.5%, seed 7)" in _summary(control_share=0.125).to_text()
    assert "(Anteil 99,9\u00a0%, Zufallsstartwert 7)" in \
        _summary(control_share=0.999, locale="de_DE").to_text(Words(Language.GERMAN))


def test_text_says_when_the_file_had_no_consent_information():
    text = _summary(consent_info=False, campaign_id=None).to_text()
    assert NO_CONSENT_INFO in text and "Recorded as campaign" not in text


def test_counts_have_thousands_separators_in_the_shop_s_locale():
    big = [ListSummary("Hibernating", ListKind.SEGMENT, "Hello again", "Hibernating", customers=12_500, mailed=9_870,
                       control=1_130, left_out={NO_EMAIL: 1_250, CONTROL: 1_130}, revenue=1.0, mailed_revenue=1.0)]
    text = _summary(lists=big).to_text()
    assert ("  Hibernating: 12,500 customers, 9,870 mailed with \"Hello again\", 1,130 in the control group; "
            "left out: 1,250 no e-mail") in text
    assert "Total: 9,870 mailed, 1,130 in control groups" in text
    german = _summary(lists=big, locale="de_DE").to_text()
    assert "12.500 customers" in german and "1.250 no e-mail" in german


def test_about_text_leaves_the_per_list_lines_to_a_table():
    summary = _summary()
    about = summary.about_text()
    assert about.splitlines()[0] == "Mailing list written to mail.xlsx" and "CSV for e-mail tools: lost.csv" in about
    assert "At Risk:" not in about and "Total: 11 mailed" in about and "Recorded as campaign 3." in about


def test_text_counts_the_customers_the_two_files_disagree_on():
    ids = tuple(f"K{i}" for i in range(12))
    text = _summary(consent_conflicts=ids).to_text()
    assert consent_conflicts_note(ids) in text
    assert consent_conflicts_note(ids).startswith("12 customers: the purchases file and the customers file disagree")
    assert "K9 and 2 more." in consent_conflicts_note(ids)
    assert consent_conflicts_note(("K1",)).startswith("1 customer: ")
    assert "disagree" not in _summary().to_text()


def test_nobody_on_a_mailing_of_empty_lists_is_said_as_such():
    """Found by a hostile trial: --lists Lost with nobody Lost said that no customer had an e-mail
    address and to try another channel."""
    from core.campaigns.channels import Channel  # noqa: PLC0415 - beside its one use
    from core.campaigns.summary import nobody_note  # noqa: PLC0415

    assert nobody_note(Channel.EMAIL, {}, recorded=False) == (
        "Nobody is on the mailing: the lists chosen have no customers. No campaign was recorded.")
    assert nobody_note(Channel.EMAIL, {NO_EMAIL: 4}, recorded=False).startswith("Nobody can be reached by e-mail")
    # every reachable customer drawn for the control group (found by a trial: it said nobody had an address)
    assert nobody_note(Channel.EMAIL, {CONTROL: 8, NO_EMAIL: 1}, recorded=False) == (
        "Nobody was mailed: all 8 customers of these lists who could be reached were drawn for the control group. "
        "Lower the control share, or choose larger lists. The Left out sheet lists everyone with the reason. No "
        "campaign was recorded.")


def test_who_was_left_out_is_counted_as_each_language_puts_a_count_and_a_reason():
    item = ListSummary("Lost", ListKind.STATUS, "We miss you", "Lost", customers=1_300, mailed=5, control=1,
                       left_out={OPTED_OUT: 2, NO_EMAIL: 1_290, CONTROL: 1, BAD_EMAIL: 0}, revenue=0.0,
                       mailed_revenue=0.0)
    assert item.left_out_text(Words(), "en_GB") == "2 opted out, 1,290 no e-mail"      # never the control group
    assert item.left_out_text(Words(Language.FRENCH), "fr_FR") == "désinscrit : 2, sans e-mail : 1\u202f290"
    assert item.left_out_text(Words(Language.GERMAN), "de_DE") == "2 abgemeldet, 1.290 keine E-Mail"


def test_an_export_that_mailed_nobody_says_no_campaign_was_recorded_once():
    """Found by a language trial: the text said it twice, in the notes and in its last lines."""
    summary = _summary(lists=[ListSummary("Lost", ListKind.STATUS, "We miss you", "Lost", customers=5, mailed=0,
                                          control=0, left_out={NO_EMAIL: 5}, revenue=0.0, mailed_revenue=0.0)],
                       campaign_id=None, not_recorded=True, csv_paths=[])
    text = summary.to_text()
    assert text.count("No campaign was recorded.") + text.count("no campaign was recorded") == 1
    assert "Nobody can be reached by e-mail" in text
