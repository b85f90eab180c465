"""The mailing export's result (ExportSummary) and the workbook's Summary sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd
from xlsxwriter.worksheet import Worksheet

from core.campaigns.channels import Channel
from core.campaigns.lists import CONTROL, available_lists, reasons_for
from core.campaigns.mailing_list import CLOSE_TO_NEXT_TIER, PATH_ARROW, STATUS_LABEL_SUFFIX, ListKind, MailingList
from core.language import Language
from core.output.cells import MAX_CELL_CHARS
from core.output.money import format_date, format_number, format_percent
from core.output.xlsx import Formats, write_number, write_text
from core.schema import PROSPECT, STATUSES, list_name_key
from core.segmentation.settings_words import settings_rows
from core.words import N_, Words, quoted_names

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

NO_CONSENT_INFO = N_("The file had no consent or opt-out information, so everyone with a valid e-mail "
                   "address is on the mailing list. Check that these customers agreed to hear from you.")
#: The same for the other channels (definitions §6).
NO_CONSENT_BY_CHANNEL = {
    Channel.EMAIL: NO_CONSENT_INFO,
    Channel.SMS: N_("The file had no consent or opt-out information, so everyone with a usable phone number is "
                  "on the list. Check that these customers agreed to hear from you."),
    Channel.POST: N_("The file had no consent or opt-out information, so everyone with a postal address is on the "
                   "list. Check that these customers agreed to hear from you."),
}


def nobody_note(channel: Channel, left_out: dict[str, int], recorded: bool, words: Words | None = None) -> str:
    """Why nobody is on the mailing at all, in plain words (what most customers lacked)."""
    w = words or Words()
    if not any(left_out.values()):   # (nobody left out either: the lists chosen are empty)
        empty = [w.t("Nobody is on the mailing: the lists chosen have no customers.")]
        return " ".join(empty + ([w.t("No campaign was recorded.")] if not recorded else []))
    held = left_out.get(CONTROL, 0)
    if held:   # (customers who could be reached, all drawn for the control group: not a want of addresses)
        parts = [w.n("Nobody was mailed: the {n} customer of these lists who could be reached was drawn for the "
                     "control group. Lower the control share, or choose larger lists.",
                     "Nobody was mailed: all {n} customers of these lists who could be reached were drawn for the "
                     "control group. Lower the control share, or choose larger lists.", held),
                 w.t("The Left out sheet lists everyone with the reason.")]
        return " ".join(parts + ([w.t("No campaign was recorded.")] if not recorded else []))
    missing = reasons_for(channel)[2]
    lacking = left_out.get(missing, 0)
    parts = [w.t("Nobody can be reached by {channel}: no customer of these lists has {contact} that may be used.",
                 channel=w.t(channel.words), contact=w.t(channel.contact_words))]
    if lacking:
        parts.append(w.t("{count} of the customers of these lists have no {what}.", count=f"{lacking:,}",
                         what=w.t(missing.removeprefix("no "))))
    parts.append(w.t("The Left out sheet lists everyone with the reason."))
    if channel is Channel.EMAIL:
        parts.append(w.t("Try another channel (a phone list for text messages, or a postal list) if the files have "
                         "phone numbers or addresses."))
    if not recorded:
        parts.append(w.t("No campaign was recorded."))
    return " ".join(parts)


#: What the export wrote, per channel (ExportSummary.to_text).
WRITTEN_TO = {Channel.EMAIL: N_("Mailing list written to {path}"), Channel.SMS: N_("Text-message list written to {path}"),
              Channel.POST: N_("Postal list written to {path}")}
CSV_FOR = {Channel.EMAIL: N_("CSV for e-mail tools: {path}"), Channel.SMS: N_("CSV for text-message tools: {path}"),
           Channel.POST: N_("CSV for a mail merge: {path}")}

MULTI_LIST_NOTE = N_("A customer who belongs to several of the chosen lists is mailed once, in the first "
                   "list chosen; the later lists show them on the Left out sheet.")


def consent_conflicts_note(conflicts: Sequence[str], words: Words | None = None) -> str:
    """The customers the two files disagree on (yes in one, no in the other), for the owner to fix."""
    w = words or Words()
    n = len(conflicts)
    shown = ", ".join(conflicts[:10]) + (w.t(" and {more} more", more=f"{n - 10:,}") if n > 10 else "")
    return w.n("{n} customer: the purchases file and the customers file disagree on consent (yes in one, no in "
               "the other), so they are left out as opted out. Correct the file that is wrong: {shown}.",
               "{n} customers: the purchases file and the customers file disagree on consent (yes in one, no in "
               "the other), so they are left out as opted out. Correct the file that is wrong: {shown}.",
               n, shown=shown)


CONTROL_NOTE = N_("The control group is a random share of each list that is NOT mailed, so that a later "
                "file can show whether the offer worked. Do not contact these customers for this campaign.")


@dataclass
class ListSummary:
    """Counts for one mailed list."""

    name: str
    kind: ListKind
    offer_title: str
    sheet_name: str
    customers: int
    mailed: int
    control: int
    left_out: dict[str, int]
    revenue: float
    mailed_revenue: float
    csv_path: str | None = None
    offer_b_title: str | None = None    # an offer test's second offer (definitions §9)
    mailed_b: int = 0                   # of ``mailed``, how many got it
    offer_b_alike: bool = False         # offer B gives what offer A gives (core/campaigns/offer_test.offers_alike)

    def left_out_text(self, words: Words, locale: str | None) -> str:
        """Who was left out and why, the control group apart: "2 opted out, 3 no e-mail" (counts
        written for ``locale``; each count and reason as ``words``' language puts them together)."""
        return ", ".join(words.t("{count} {reason}", count=format_number(n, 0, locale), reason=words.t(reason))
                         for reason, n in self.left_out.items() if n and reason != CONTROL)

    @property
    def offers_text(self) -> str:
        """The offer as the summary names it: its title, or both titles of an offer test."""
        if self.offer_b_title is None:
            return self.offer_title
        return f"A: {self.offer_title} / B: {self.offer_b_title}"


@dataclass(frozen=True)
class ControlsMailed:
    """A running campaign whose control-group customers an export mails: its number, how many, and
    the last day of its response window."""

    campaign: int
    customers: int
    window_end: dt.date


@dataclass
class ExportSummary:
    """What ``export_mailing`` wrote: per-list counts, paths, campaign id and seed."""

    workbook_path: str
    lists: list[ListSummary]
    export_date: dt.date
    seed: int
    control_share: float
    consent_info: bool
    campaign_id: int | None = None
    csv_paths: list[str] = field(default_factory=list)
    currency: str = "GBP"
    locale: str = "en_GB"
    cut_cells: int = 0        # text cells longer than a spreadsheet cell holds, cut with "…" (definitions §7)
    #: customer ids the purchases file and the customers file disagree on (definitions §6)
    consent_conflicts: tuple[str, ...] = ()
    #: how the lists reach the customers (e-mail, text message, post)
    channel: Channel = Channel.EMAIL
    #: nobody was mailed, so no campaign was recorded (a campaign mails someone)
    not_recorded: bool = False
    #: the language of the Summary sheet's words (the shop's; definitions, "Languages")
    language: Language = Language.ENGLISH
    #: the targets of the owner's offers that name no list of this analysis (never used: lists.unknown_offers)
    unknown_offers: tuple[str, ...] = ()
    #: CSV files an earlier export under this name left for lists this one does not write, taken away
    removed_csvs: tuple[str, ...] = ()
    #: running campaigns whose control-group customers this export mails (their results count them as contacted)
    controls_mailed: tuple[ControlsMailed, ...] = ()
    #: messages in the e-mail CSVs longer than a mailing tool's text field keeps (export.TEXT_FIELD_BYTES)
    long_messages: int = 0
    #: offers whose subject, discount or message start like a formula: an apostrophe before them in the CSVs
    formula_like_offers: tuple[str, ...] = ()

    def notes(self, words: Words | None = None) -> list[str]:
        """The notes: nobody reachable; consent (no information; files that disagree), for the
        Summary sheet and the text (in ``words``' language; English without)."""
        w = words or Words()
        notes = []
        if self.mailed == 0:
            left: dict[str, int] = {}
            for item in self.lists:
                for reason, n in item.left_out.items():
                    left[reason] = left.get(reason, 0) + n
            notes.append(nobody_note(self.channel, left, not self.not_recorded, w))
        alike = [list_name(s.name, s.kind, w) for s in self.lists if s.offer_b_alike]
        if alike:
            notes.append(w.n("The offer test of {lists} compares two offers that give the same (only their coupon "
                             "codes differ): it can show only chance differences. Change offer B's discount, title or "
                             "message on the Offers page to test something.",
                             "The offer tests of {lists} compare two offers that give the same (only their coupon "
                             "codes differ): they can show only chance differences. Change offer B's discount, title "
                             "or message on the Offers page to test something.",
                             len(alike), lists=", ".join(alike)))
        if self.unknown_offers:
            notes.append(w.n('An offer of the project is for "{names}", a list this analysis does not have, so it was '
                             "not used: correct the list's name in the project file, or choose the offer again on "
                             "the Offers page.",
                             "Offers of the project are for {names}, lists this analysis does not have, so they were "
                             "not used: correct the lists' names in the project file, or choose the offers again on "
                             "the Offers page.", len(self.unknown_offers),
                             names=self.unknown_offers[0] if len(self.unknown_offers) == 1
                             else quoted_names(self.unknown_offers)))
        if self.removed_csvs:
            notes.append(w.n('The CSV file "{names}", left in the CSV folder by an earlier export under this name for '
                             "a list this one does not mail, was removed: the folder now holds this mailing only.",
                             "The CSV files {names}, left in the CSV folder by an earlier export under this name for "
                             "lists this one does not mail, were removed: the folder now holds this mailing only.",
                             len(self.removed_csvs), names=self.removed_csvs[0] if len(self.removed_csvs) == 1
                             else quoted_names(self.removed_csvs)))
        for spoiled in self.controls_mailed:
            notes.append(w.n(
                "{n} customer of this mailing was held back as the control group of campaign {campaign}, whose "
                "response window runs until {end}: that campaign's results will count them as contacted, which makes "
                "its uplift look smaller than it is. To keep campaign {campaign} measurable, send this mailing after "
                "{end}, or leave that list out of it.",
                "{n} customers of this mailing were held back as the control group of campaign {campaign}, whose "
                "response window runs until {end}: that campaign's results will count them as contacted, which makes "
                "its uplift look smaller than it is. To keep campaign {campaign} measurable, send this mailing after "
                "{end}, or leave those lists out of it.",
                spoiled.customers, n=self._count(spoiled.customers), campaign=spoiled.campaign,
                end=format_date(spoiled.window_end, self.locale)))
        if self.long_messages:
            notes.append(w.n(
                "{n} message in the CSV files is longer than 255 bytes, the most Mailchimp keeps in a text field: "
                "put into such a field (MESSAGE), it would be cut, perhaps before its coupon code. Write the e-mail "
                "in the mailing tool with the CSV's other columns as merge fields (First Name, COUPON, EXPIRY…), or "
                "shorten the offer's message.",
                "{n} messages in the CSV files are longer than 255 bytes, the most Mailchimp keeps in a text field: "
                "put into such a field (MESSAGE), they would be cut, perhaps before their coupon codes. Write the "
                "e-mail in the mailing tool with the CSV's other columns as merge fields (First Name, COUPON, "
                "EXPIRY…), or shorten the offers' messages.", self.long_messages, n=self._count(self.long_messages)))
        if self.formula_like_offers:
            notes.append(w.n(
                'The offer "{names}" starts with "-", "+", "=" or "@", which a spreadsheet program would run as a '
                "formula, so in the CSV files it is written after an apostrophe (\"'-20%\"), and a mail tool sends "
                "it so. Start its title and message with a word (\"Now -20%\"), or send from the workbook.",
                'The offers {names} start with "-", "+", "=" or "@", which a spreadsheet program would run as a '
                "formula, so in the CSV files they are written after an apostrophe (\"'-20%\"), and a mail tool "
                "sends them so. Start their titles and messages with a word (\"Now -20%\"), or send from the "
                "workbook.", len(self.formula_like_offers),
                names=self.formula_like_offers[0] if len(self.formula_like_offers) == 1
                else quoted_names(self.formula_like_offers)))
        if not self.consent_info and self.mailed:   # (nobody mailed: "everyone … is on the list" would contradict)
            notes.append(w.t(NO_CONSENT_BY_CHANNEL[self.channel]))
        return notes + ([consent_conflicts_note(self.consent_conflicts, w)] if self.consent_conflicts else [])

    @property
    def mailed(self) -> int:
        return sum(s.mailed for s in self.lists)

    @property
    def control(self) -> int:
        return sum(s.control for s in self.lists)

    @property
    def paths(self) -> list[str]:
        return [self.workbook_path, *self.csv_paths]

    def _count(self, n: int) -> str:
        """A count with the locale's thousands separators ("1,250")."""
        return format_number(n, 0, self.locale)

    def _written_lines(self, w: Words) -> list[str]:
        lines = [w.t(WRITTEN_TO[self.channel], path=self.workbook_path)]
        return lines + ["  " + w.t(CSV_FOR[self.channel], path=p) for p in self.csv_paths]

    def _list_lines(self, w: Words) -> list[str]:
        count, lines = self._count, []
        for s in self.lists:
            left = s.left_out_text(w, self.locale)
            mailed = (w.t('{count} mailed with "{offer}"', count=count(s.mailed), offer=s.offer_title)
                      if s.offer_b_title is None else
                      w.t('{count} mailed: {a} with "{offer_a}" (A), {b} with "{offer_b}" (B)', count=count(s.mailed),
                          a=count(s.mailed - s.mailed_b), offer_a=s.offer_title, b=count(s.mailed_b),
                          offer_b=s.offer_b_title))
            lines.append("  " + w.n("{name}: {customers} customer, {mailed}, {control} in the control group",
                                    "{name}: {customers} customers, {mailed}, {control} in the control group",
                                    s.customers, name=list_name(s.name, s.kind, w), customers=count(s.customers),
                                    mailed=mailed, control=count(s.control))
                         + (w.t("; left out: {left}", left=left) if left else ""))
        return lines

    def _closing_lines(self, w: Words) -> list[str]:
        # (the share is below 100 %: 0.999 is "99.9%", never "100%")
        share = format_percent(100 * self.control_share, "en_GB" if w.is_english else self.locale)
        lines = [w.t("Total: {mailed} mailed, {control} in control groups (share {share}, seed {seed}).",
                     mailed=self._count(self.mailed), control=self._count(self.control), share=share, seed=self.seed)]
        if self.campaign_id is not None:
            lines.append(w.t("Recorded as campaign {number}.", number=self.campaign_id))
        elif self.mailed == 0 and not self.not_recorded:   # (else the notes say it, with why nobody was mailed)
            lines.append(w.t("Nobody was mailed, so no campaign was recorded: there is nothing to measure."))
        if self.cut_cells:
            lines.append(w.n('{n} text cell(s) were longer than the {limit} characters a spreadsheet cell holds and '
                             'were cut, ending with "…" (usually a message with a very long name or product in it: '
                             'check those values in your file).',
                             '{n} text cell(s) were longer than the {limit} characters a spreadsheet cell holds and '
                             'were cut, ending with "…" (usually a message with a very long name or product in it: '
                             'check those values in your file).', self.cut_cells, n=self._count(self.cut_cells),
                             limit=w.count(MAX_CELL_CHARS)))
        return lines + self.notes(w)

    def to_text(self, words: Words | None = None) -> str:
        """The summary in words: what was written, each list's counts, the totals and notes (in
        ``words``' language; English without)."""
        w = words or Words()
        return "\n".join(self._written_lines(w) + self._list_lines(w) + self._closing_lines(w))

    def about_text(self, words: Words | None = None) -> str:
        """to_text without the per-list lines (for a page that shows those as a table)."""
        w = words or Words()
        return "\n".join(self._written_lines(w) + self._closing_lines(w))


def write_summary_sheet(ws: Worksheet, summary: ExportSummary, formats: Formats, *, shop_name: str,
                        source_file: str | None, segmentation: Segmentation, words: Words | None = None) -> None:
    """The first sheet: what was exported, per-list counts, and the settings used, in words (in the
    shop's language, ``summary.language``, unless ``words`` are given)."""
    w = words or Words(summary.language)
    reference_date = segmentation.reference_date
    ws.set_column(0, 0, 34)
    ws.set_column(1, 14, 16)
    title = w.t("Mailing list — {shop}", shop=shop_name) if shop_name else w.t("Mailing list")
    write_text(ws, 0, 0, title, formats, formats.title)
    share_label = w.t("Control group share")
    facts = [(w.t("Export date"), summary.export_date), (w.t("Source file"), str(source_file or "")),
             (w.t("Reference date"), reference_date), (w.t("Channel"), w.t(summary.channel.words)),
             (w.t("Campaign number"), summary.campaign_id if summary.campaign_id is not None else w.t("not recorded")),
             (share_label, summary.control_share), (w.t("Control group seed"), summary.seed)]
    row = 2
    for label, value in facts:
        write_text(ws, row, 0, label, formats, formats.bold)
        if isinstance(value, (dt.date, pd.Timestamp)) and not pd.isna(value):
            ws.write_datetime(row, 1, pd.Timestamp(value).to_pydatetime(), formats.date)
        elif label == share_label:
            ws.write_number(row, 1, float(summary.control_share), formats.percent)
        elif isinstance(value, int):
            write_number(ws, row, 1, value, label=label)
        else:
            write_text(ws, row, 1, "" if value is None else value, formats)
        row += 1
    row += 1
    notes = summary.notes(w)
    for note in notes + [w.t(MULTI_LIST_NOTE), w.t(CONTROL_NOTE)]:
        write_text(ws, row, 0, note, formats)
        row += 1
    row += 1
    reasons = reasons_for(summary.channel)
    headers = [w.t("List"), w.t("Offer"), w.t("Customers"), w.t("Mailed"),
               *[w.t(r[:1].upper() + r[1:]) for r in reasons[:-2]],
               w.t("Control group"), w.t("In an earlier list"), w.t("Revenue (list)"), w.t("Revenue (mailed)"),
               w.t("Sheet")]
    for c, h in enumerate(headers):
        write_text(ws, row, c, h, formats, formats.header)
    for s in summary.lists:
        row += 1
        cells = [list_name(s.name, s.kind, w), s.offers_text, s.customers, s.mailed,
                 *[s.left_out.get(r, 0) for r in reasons[:-2]],
                 s.control, s.left_out.get(reasons[-1], 0), s.revenue, s.mailed_revenue, s.sheet_name]
        for c, v in enumerate(cells):
            if isinstance(v, (int, float)):
                write_number(ws, row, c, v, formats.money if isinstance(v, float) else formats.int, label=headers[c])
            else:
                write_text(ws, row, c, v, formats)
    row += 2
    write_text(ws, row, 0, w.t("Settings used"), formats, formats.bold)
    for label, value in settings_rows(segmentation, summary.currency, summary.locale, w):
        row += 1
        write_text(ws, row, 0, label, formats)
        write_text(ws, row, 1, value, formats)
    row += 1
    write_text(ws, row, 0, w.t("Shop"), formats)
    shown_name = shop_name or w.t("(no name set: messages say “our shop”)")
    write_text(ws, row, 1, w.t("{name}; money in {currency}; dates and numbers written for {locale}", name=shown_name,
                               currency=summary.currency, locale=summary.locale.replace("_", "-")), formats)
    ws.activate()


def list_in_english(wanted: MailingList, segmentation: Segmentation, words: Words) -> MailingList:
    """``wanted`` named as ``words``' language names a default list ("Treue Kunden", "Verlorene
    Kunden", "Bald Geburtstag", "Treue Kunden → Gefährdet") as the list Clientele keeps under its
    English name, so that the owner may name lists as every summary shows them; a name that is no
    default list's in that language (English, or the owner's own) is returned as it was."""
    if words.is_english:
        return wanted
    key = list_name_key(wanted.name)
    candidates = available_lists(segmentation) + [MailingList(ListKind.SEGMENT, s.name)
                                                  for s in segmentation.settings.segment_map]
    for m in candidates:
        if wanted.kind not in (None, m.kind):
            continue
        shown = {list_name_key(list_name(m.name, m.kind or ListKind.SEGMENT, words)), list_name_key(words.name(m.name))}
        if key in shown and key != list_name_key(m.name):
            return MailingList(m.kind, m.name)
    return wanted


def list_name(name: str, kind: ListKind, words: Words) -> str:
    """A list's name as the Summary sheet shows it: a default segment, status or tier name, or a
    migration path of default names, in the words' language; the owner's names as typed."""
    if words.is_english:
        return name
    if kind is ListKind.MIGRATION:
        before, after = MailingList(kind, name).path_ends
        return f"{words.name(before) if before else words.t('(new)')}{PATH_ARROW}{words.name(after)}"
    if kind is ListKind.CLOSE_TO_NEXT_TIER:
        return words.t(CLOSE_TO_NEXT_TIER)
    if kind is ListKind.STATUS and name in (*STATUSES, PROSPECT):
        return words.t(name + STATUS_LABEL_SUFFIX)        # "Lost customers" -> "Verlorene Kunden"
    return words.name(name)
