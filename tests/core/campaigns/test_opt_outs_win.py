"""An opt-out anywhere wins (definitions §6, "Consent"): real files written in tmp_path, read by the
importer and exported by the command line, exactly as a shop owner runs it. Each test is one of the
ways an opted-out customer used to be mailed; each asserts that the customer is on no mailed sheet
and in no CSV, and is on "Left out" with the reason "opted out"."""

from __future__ import annotations

import csv
import dataclasses
import io
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from core.campaigns import CONTROL_SHEET, LEFT_OUT_SHEET
from core.cli import build_parser, run
from core.errors import SettingsError
from core.project import save_project
from tests.factories import make_project

#: Every list a customer can be in: every status (prospects included), so nobody escapes the check.
EVERYONE = "status:Active,status:Overdue,status:Inactive,status:Lost,status:Prospect"


@dataclass
class Mailing:
    """What one run wrote: ids on the mailed sheets and in the CSVs, the Left out sheet, the
    Summary sheet's text, and what the command printed."""

    mailed: set[str]
    in_csv: set[str]
    left_out: dict[str, tuple[str, str]]      # customer id -> (reason, detail)
    summary_text: list[str]
    printed: str

    def assert_opted_out(self, *ids: str) -> None:
        for customer in ids:
            assert customer not in self.mailed, f"{customer} is on a mailed sheet"
            assert customer not in self.in_csv, f"{customer} is in a CSV for the e-mail tool"
            assert self.left_out.get(customer, ("",))[0] == "opted out", (customer, self.left_out.get(customer))


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_mailing(tmp_path: Path, purchases: list[str], customers: list[str] | None = None,
                *extra: str) -> Mailing:
    """Write the files, run `segment FILE [--customers C] --mailing-out … --csv-dir …`, read it all back."""
    orders = _write(tmp_path / "orders.csv", purchases)
    args = [str(orders), "--mailing-out", str(tmp_path / "mailing.xlsx"), "--csv-dir", str(tmp_path),
            "--lists", EVERYONE, "--control-share", "0", "--seed", "7", *extra]
    if customers is not None:
        args += ["--customers", str(_write(tmp_path / "customers.csv", customers))]
    printed = io.StringIO()
    assert run(build_parser().parse_args(args), out=printed) == 0
    book = openpyxl.load_workbook(tmp_path / "mailing.xlsx", read_only=True)
    mailed: set[str] = set()
    left: dict[str, tuple[str, str]] = {}
    for name in book.sheetnames:
        rows = list(book[name].iter_rows(values_only=True))
        if name == "Summary" or name == CONTROL_SHEET:
            continue
        header = list(rows[0])
        ids = [str(r[header.index("Customer ID")]) for r in rows[1:]]
        if name == LEFT_OUT_SHEET:
            for r, customer in zip(rows[1:], ids, strict=True):
                left.setdefault(customer, (str(r[header.index("Reason")]), str(r[header.index("Detail")] or "")))
        else:
            mailed.update(ids)
    summary = [str(c) for row in book["Summary"].iter_rows(values_only=True) for c in row if c is not None]
    in_csv: set[str] = set()
    for path in tmp_path.glob("mailing - *.csv"):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            in_csv.update(row["CUSTOMER_ID"] for row in csv.DictReader(handle))
    return Mailing(mailed, in_csv, left, summary, printed.getvalue())


def test_an_opted_out_address_blocks_every_customer_with_that_address(tmp_path):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Accepts Marketing",
        "K1,2024-01-10,20.00,shared@example.com,no",
        "K2,2024-02-10,30.00, Shared@Example.COM ,yes",
        "K3,2024-03-10,40.00,k3@example.com,yes",
    ])
    mailing.assert_opted_out("K1", "K2")
    assert mailing.mailed == {"K3"} and mailing.in_csv == {"K3"}
    assert "K1" in mailing.left_out["K2"][1]      # the detail names who opted the address out


def test_an_opt_out_in_the_customers_file_blocks_the_address_of_a_record_without_id(tmp_path):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email",
        "K1,2024-01-10,20.00,ann@example.com",
        "K2,2024-02-10,30.00,bob@example.com",
    ], [
        "Customer,Email,Opt-out",
        ",ANN@example.com,yes",
        "K2,bob@example.com,no",
    ])
    mailing.assert_opted_out("K1")
    assert mailing.mailed == {"K2"}


def test_ids_that_differ_by_case_or_spaces_share_their_consent(tmp_path):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Accepts Marketing",
        "K1,2024-01-10,20.00,k1@example.com,yes",
        "k1 ,2024-03-10,25.00,k1@example.com,no",
        "K5,2024-03-10,25.00,k5@example.com,yes",
        "K6,2024-03-10,25.00,k6@example.com,yes",
    ], [
        "Customer,Email,Accepts Marketing",
        "k5,k5@example.com,no",
        " K6 ,k6@example.com,yes",
    ])
    mailing.assert_opted_out("K1", "k1", "K5", "k5")
    assert mailing.mailed == {"K6"}


def test_rows_set_aside_still_carry_an_opt_out(tmp_path):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Accepts Marketing",
        "K1,2024-01-10,20.00,k1@example.com,yes",
        "K1,2024-04-10,,k1@example.com,no",             # blank amount: set aside, but later
        "K2,2024-01-10,20.00,k2@example.com,yes",
        "K2,not a date,5.00,k2@example.com,no",         # no readable date: its opt-out still counts
        "K3,2024-01-10,20.00,k3@example.com,yes",
    ])
    assert "Rows set aside: 2" in mailing.printed
    mailing.assert_opted_out("K1", "K2")
    assert mailing.mailed == {"K3"}


def test_rows_after_the_reference_date_still_carry_an_opt_out(tmp_path):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Accepts Marketing",
        "K1,2024-01-10,20.00,k1@example.com,yes",
        "K1,2024-09-10,20.00,k1@example.com,no",
        "K2,2024-01-10,20.00,k2@example.com,yes",
    ], None, "--reference-date", "2024-06-30")
    assert "1 row(s) dated after the reference date 2024-06-30 were left out." in mailing.printed
    mailing.assert_opted_out("K1")
    assert mailing.mailed == {"K2"}


def test_a_later_opt_in_is_a_resubscription_taken_over_every_row(tmp_path):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Accepts Marketing",
        "K1,2024-01-10,20.00,k1@example.com,no",
        "K1,2024-09-10,20.00,k1@example.com,yes",       # after the reference date: still the latest word
        "K2,2024-01-10,20.00,k2@example.com,no",
        "K2,2024-02-10,20.00,k2@example.com,yes",
        "K2,2024-02-10,20.00,k2@example.com,no",        # the same day: the opt-out wins
    ], None, "--reference-date", "2024-06-30")
    assert mailing.mailed == {"K1"}
    mailing.assert_opted_out("K2")


def test_every_consent_column_counts_and_the_report_names_them(tmp_path):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Accepts Marketing,Unsubscribed",
        "K1,2024-01-10,20.00,k1@example.com,yes,yes",
        "K2,2024-01-10,20.00,k2@example.com,yes,no",
        "K3,2024-01-10,20.00,k3@example.com,no,no",
    ])
    mailing.assert_opted_out("K1", "K3")
    assert mailing.mailed == {"K2"}
    assert '"Accepts Marketing"' in mailing.printed and '"Unsubscribed"' in mailing.printed


def test_an_opt_out_in_either_file_wins_and_the_disagreement_is_counted(tmp_path):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Accepts Marketing",
        "K1,2024-01-10,20.00,k1@example.com,no",
        "K2,2024-01-10,20.00,k2@example.com,yes",
        "K3,2024-01-10,20.00,k3@example.com,yes",
    ], [
        "Customer,Email,Newsletter",
        "K1,k1@example.com,yes",
        "K2,k2@example.com,no",
        "K3,k3@example.com,yes",
    ])
    mailing.assert_opted_out("K1", "K2")
    assert mailing.mailed == {"K3"}
    note = next(t for t in mailing.summary_text if "disagree" in t)
    assert note.startswith("2 customers") and "K1" in note and "K2" in note
    assert "2 customers" in mailing.printed and "disagree" in mailing.printed


@pytest.mark.parametrize("header, opted_out", [
    ("Afgemeld", "ja"), ("Uitgeschreven", "ja"), ("Disiscritto", "sì"), ("Opted out", "yes"),
    ("Abgemeldet", "ja"), ("Désabonné", "oui"), ("Dado de baja", "sí"), ("Keine Werbung", "x"),
])
def test_opt_out_columns_in_every_language_are_turned_round(tmp_path, header, opted_out):
    no = {"ja": "nee", "sì": "no", "yes": "no", "oui": "non", "sí": "no", "x": ""}[opted_out]
    mailing = run_mailing(tmp_path, [
        f"Customer,Date,Amount,Email,{header}",
        f"K1,2024-01-10,20.00,k1@example.com,{opted_out}",
        f"K2,2024-01-10,20.00,k2@example.com,{no}",
    ])
    mailing.assert_opted_out("K1")
    if no:
        assert mailing.mailed == {"K2"}


@pytest.mark.parametrize("header", [
    "Marketing", "E-Mail-Werbung erlaubt", "Email permission", "Newsletter opt-in status",
    "Email marketing consent", "GDPR consent", "Consentement marketing", "Acepta publicidad",
    "Consenso marketing", "Toestemming nieuwsbrief",
])
def test_more_consent_headers_are_recognised(tmp_path, header):
    mailing = run_mailing(tmp_path, [
        f"Customer,Date,Amount,Email,{header}",
        "K1,2024-01-10,20.00,k1@example.com,no",
        "K2,2024-01-10,20.00,k2@example.com,yes",
    ])
    mailing.assert_opted_out("K1")
    assert mailing.mailed == {"K2"}
    assert not any("no consent or opt-out information" in t for t in mailing.summary_text)


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_workbooks_with_true_false_cells_and_an_opt_out_on_a_set_aside_row(tmp_path):
    orders = _xlsx(tmp_path / "orders.xlsx", [
        ["Customer", "Date", "Amount", "Email", "Accepts Marketing", "Unsubscribed"],
        ["K1", "2024-01-10", 20.0, "k1@example.com", True, False],
        ["K1", "2024-02-10", None, "k1@example.com", True, True],      # set aside (no amount): opted out
        ["K2", "2024-01-10", 20.0, "k2@example.com", True, False],
        ["K3", "2024-01-10", 20.0, "k3@example.com", True, None],
        ["K4", "2024-01-10", 20.0, "k4@example.com", True, None],
    ])
    people = _xlsx(tmp_path / "people.xlsx", [["Kundennummer", "E-Mail", "Afgemeld"],
                                               ["k3", "k3@example.com", "ja"],
                                               ["K4", "K2@Example.com", "ja"]])
    args = [str(orders), "--customers", str(people), "--mailing-out", str(tmp_path / "mailing.xlsx"),
            "--lists", EVERYONE, "--control-share", "0", "--seed", "1"]
    printed = io.StringIO()
    assert run(build_parser().parse_args(args), out=printed) == 0
    book = openpyxl.load_workbook(tmp_path / "mailing.xlsx", read_only=True)
    left = {str(r[0]): r[4] for r in list(book[LEFT_OUT_SHEET].iter_rows(values_only=True))[1:]}
    mailed = {str(r[0]) for name in book.sheetnames if name not in ("Summary", LEFT_OUT_SHEET, CONTROL_SHEET)
              for r in list(book[name].iter_rows(values_only=True))[1:]}
    # K1: the set-aside row; K3: "k3" in the customers file (k3 stays a customer of its own, a
    # prospect, opted out too); K2: K4 opted out with K2's address
    assert mailed == set() and left == {"K1": "opted out", "K2": "opted out", "K3": "opted out",
                                        "K4": "opted out", "k3": "opted out"}


def test_a_second_consent_column_of_the_same_name_is_read_too(tmp_path):
    """Two columns named "Consent": the second is read as "Consent (2)" and its opt-outs count
    (it used to be skipped, as a name that no longer said consent)."""
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Consent,Consent",
        "K1,2024-01-10,20.00,k1@example.com,yes,no",
        "K2,2024-01-10,20.00,k2@example.com,yes,yes",
    ], [
        "Customer,Email,Unsubscribed,Unsubscribed",
        "K3,k3@example.com,no,yes",
    ])
    mailing.assert_opted_out("K1")
    assert mailing.mailed == {"K2"}
    assert '"Consent"; "Consent (2)"' in mailing.printed
    assert '"Unsubscribed (2)" (opt-out: yes there means opted out)' in mailing.printed


@pytest.mark.parametrize("header, opted_out", [
    ("E-mail consent", "no"), ("AcceptsMarketing", "no"), ("e_mail_consent", "no"), ("MarketingConsent", "no"),
    ("Accepts E-mail Marketing", "no"), ("Marketing consent (yes/no)", "no"), ("Newsletter (Y/N)", "n"),
    ("E-mail opt-out", "yes"), ("DoNotEmail", "yes"), ("E-mail unsubscribed", "yes"), ("Opt Out (Email)", "yes"),
])
def test_consent_names_compare_without_spacing_or_punctuation(tmp_path, header, opted_out):
    """Definitions §6: names compare without case, accents, punctuation or spacing; each of these
    used to leave the file "without consent information", so that everyone was mailed."""
    other = {"no": "yes", "n": "y", "yes": "no"}[opted_out]
    mailing = run_mailing(tmp_path, [
        f"Customer,Date,Amount,Email,{header}",
        f"K1,2024-01-10,20.00,k1@example.com,{opted_out}",
        f"K2,2024-01-10,20.00,k2@example.com,{other}",
    ])
    mailing.assert_opted_out("K1")
    assert mailing.mailed == {"K2"}
    assert "no consent or opt-out column found" not in mailing.printed


def test_an_opt_out_column_filled_with_a_date_is_an_opt_out_whatever_another_column_says(tmp_path):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Consent,Unsubscribed",
        "K1,2024-01-10,20.00,k1@example.com,yes,2024-03-01",
        "K2,2024-01-10,20.00,k2@example.com,yes,via link",
        "K3,2024-01-10,20.00,k3@example.com,yes,",
        "K4,2024-01-10,20.00,k4@example.com,yes,n/a",
    ])
    mailing.assert_opted_out("K1", "K2")
    assert mailing.mailed == {"K3", "K4"}
    assert ('2 rows of the opt-out column "Unsubscribed" held neither yes nor no (for example "2024-03-01"); '
            "an opt-out column filled in means the customer opted out") in mailing.printed


def test_an_address_with_an_invisible_character_is_the_same_address(tmp_path):
    """A zero-width space pasted after an address made it another address: the opt-out of the
    same address in the customers file did not reach it, and the list carried the invisible byte."""
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Accepts Marketing",
        "K1,2024-01-10,20.00,k1@example.com\u200b,yes",
        "K2,2024-01-10,20.00,\ufeffk2@example.com,yes",
    ], [
        "Customer,Email,Accepts Marketing",
        "X1,k1@example.com,no",
    ])
    mailing.assert_opted_out("K1")
    assert mailing.mailed == {"K2"}
    lists = {path.name: path.read_text(encoding="utf-8-sig") for path in tmp_path.glob("mailing - *.csv")}
    assert all("\u200b" not in text and "\ufeff" not in text for text in lists.values())
    assert any("k2@example.com" in text for text in lists.values())


@pytest.mark.parametrize("header", ["UNSUB_TIME", "Unsubscribed at", "Unsubscribe date", "Opt-out date"])
def test_the_day_of_an_opt_out_as_mailing_tools_export_it_is_an_opt_out(tmp_path, header):
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email",
        "K1,2024-01-10,20.00,k1@example.com",
        "K2,2024-01-10,20.00,k2@example.com",
    ], [
        f"Customer,Email,Accepts Marketing,{header}",
        "K1,k1@example.com,yes,2024-03-01 10:12:00",
        "K2,k2@example.com,yes,",
    ])
    mailing.assert_opted_out("K1")
    assert mailing.mailed == {"K2"}


def test_the_projects_customers_file_is_read_when_no_other_is_given(tmp_path):
    """Found by a trial of a shop's year: `segment --project shop.json` did not read the customers file
    the window had saved with the project, and mailed 13 customers who had opted out in it. It is
    read now (a relative name from the project file's folder); one that is gone stops the run."""
    _write(tmp_path / "kunden.csv", ["Customer,Email,Newsletter", "K1,k1@example.com,nein", "K2,k2@example.com,ja"])
    project = tmp_path / "shop.json"
    save_project(dataclasses.replace(make_project(), customers_file="kunden.csv"), project)
    mailing = run_mailing(tmp_path, ["Customer,Date,Amount,Email", "K1,2024-01-10,20.00,k1@example.com",
                                     "K2,2024-01-10,20.00,k2@example.com"], None, "--project", str(project))
    mailing.assert_opted_out("K1")
    assert mailing.mailed == {"K2"}
    assert "the project's customers file" not in mailing.printed
    other = _write(tmp_path / "andere.csv", ["Customer,Email,Newsletter", "K2,k2@example.com,ja"])
    (tmp_path / "mailing.xlsx").unlink()
    printed = io.StringIO()
    assert run(build_parser().parse_args([str(tmp_path / "orders.csv"), "--project", str(project), "--customers",
                                          str(other), "--mailing-out", str(tmp_path / "mailing.xlsx"), "--lists",
                                          EVERYONE, "--control-share", "0"]), out=printed) == 0
    assert ("Note: the project's customers file kunden.csv was not read: --customers gave another, so only that "
            "file's opt-outs count.") in printed.getvalue()
    (tmp_path / "kunden.csv").unlink()
    (tmp_path / "mailing.xlsx").unlink()
    with pytest.raises(SettingsError, match=r"The project's customers file .*kunden.csv \(names, e-mail addresses, "
                                            "consent\\) is not there any more"):
        run(build_parser().parse_args([str(tmp_path / "orders.csv"), "--project", str(project), "--mailing-out",
                                       str(tmp_path / "mailing.xlsx")]), out=io.StringIO())
    assert not (tmp_path / "mailing.xlsx").exists()


def test_a_text_message_list_follows_the_text_message_columns(tmp_path):
    """Found by a trial of the mailing tools: with --channel sms, customers whose Shopify customers file
    said "Accepts SMS Marketing: no" were texted, since the phone list followed the e-mail consent and
    the SMS column was not read at all. It is read now, for text messages only: its no is an opt-out
    there, and a text needs its yes; e-mails never follow it."""
    purchases = ["Customer,Date,Amount,Email,Phone"] + [
        f"Q{i},2024-01-1{i},20.00,q{i}@example.com,+44 7700 90000{i}" for i in range(6)]
    customers = ["Customer ID,Email,Accepts Email Marketing,Accepts SMS Marketing",
                 "Q0,q0@example.com,yes,no", "Q1,q1@example.com,yes,no", "Q2,q2@example.com,yes,yes",
                 "Q3,q3@example.com,yes,", "Q4,q4@example.com,no,yes", "Q5,q5@example.com,yes,yes"]
    (tmp_path / "sms").mkdir()
    (tmp_path / "email").mkdir()
    texts = run_mailing(tmp_path / "sms", purchases, customers, "--channel", "sms")
    assert texts.mailed == texts.in_csv == {"Q2", "Q5"}
    texts.assert_opted_out("Q0", "Q1", "Q4")             # (Q4: e-mail's no still counts, it may be meant for all)
    assert texts.left_out["Q3"][0] == "no consent"       # (no answer in the text-message column)
    assert 'Text-message consent: "Accepts SMS Marketing" (for text messages only' in texts.printed
    emails = run_mailing(tmp_path / "email", purchases, customers)
    assert emails.mailed == {"Q0", "Q1", "Q2", "Q3", "Q5"}


def test_a_text_message_opt_out_naming_no_customer_keeps_its_address_and_number_off_a_phone_list(tmp_path):
    """Found by a hostile trial: a customers file's text-message opt-out on a row without a customer
    id (a Klaviyo profile with an address and a phone, or a phone only) kept nobody off the phone
    list; and a placeholder "n/a" phone there hid the opted-out customer's real number."""
    purchases = ["Customer,Date,Amount,Email,Phone"] + [
        f"K{i},2024-01-1{i},20.00,k{i}@example.com,+44 7700 90000{i}" for i in range(1, 7)]
    customers = ["Customer ID,Email,Phone,SMS opt-out",
                 ",k1@example.com,+44 7700 900001,yes",      # an address and a number, no id
                 ",,07700 900006,yes",                        # a number only, written the national way
                 "K2,k2@example.com,n/a,no", "K3,k3@example.com,,no", "K4,k4@example.com,,no",
                 "K5,k5@example.com,n/a,yes"]                 # K5 opted out; its real number is in the orders
    texts = run_mailing(tmp_path, purchases, customers, "--channel", "sms")
    texts.assert_opted_out("K1", "K5", "K6")
    assert texts.mailed == {"K2", "K3", "K4"}


def test_every_number_an_opted_out_customer_used_is_kept_off_a_phone_list(tmp_path):
    """Found by a hostile trial: only an opted-out customer's current number was blocked; the number
    on an earlier order of theirs was texted to another customer who had it. Every number on any of
    their rows is blocked now, as their e-mail addresses are."""
    texts = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Phone,Accepts SMS Marketing",
        "D1,2024-01-10,20.00,dan@example.com,+44 7700 900104,no",      # Dan's older number
        "D1,2024-03-10,20.00,dan@example.com,+44 7700 900105,no",      # ... and his current one
        "F1,2024-02-10,20.00,finn@example.com,07700 900104,yes",       # Finn writes Dan's older one
        "G1,2024-02-11,20.00,gina@example.com,+44 7700 900200,yes",
    ], None, "--channel", "sms")
    texts.assert_opted_out("D1", "F1")
    assert texts.mailed == {"G1"}


def test_an_opt_out_of_a_cell_with_two_addresses_blocks_both(tmp_path):
    """Found by a hostile trial: "bob@example.com; bob.work@example.com" opted out, and each address
    was still mailed for another customer who had it."""
    mailing = run_mailing(tmp_path, [
        "Customer,Date,Amount,Email,Accepts Marketing",
        "K4,2024-04-05,53,bob@example.com; bob.work@example.com,no",
        "K5,2024-05-05,54,bob@example.com,yes",
        "K6,2024-06-05,55,bob.work@example.com,yes",
        "K7,2024-06-06,56,carol@example.com,yes",
    ])
    mailing.assert_opted_out("K4", "K5", "K6")
    assert mailing.mailed == {"K7"}
