"""The mailing export's result (ExportSummary) and the workbook's Summary sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd
from xlsxwriter.worksheet import Worksheet

from core.campaigns.channels import Channel
from core.campaigns.lists import CONTROL, reasons_for
from core.campaigns.mailing_list import ListKind
from core.output.cells import MAX_CELL_CHARS
from core.output.money import format_number
from core.output.xlsx import Formats, write_number, write_text
from core.segmentation.settings_words import settings_rows

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

NO_CONSENT_INFO = ("The file had no consent or opt-out information, so everyone with a valid e-mail "
                   "address is on the mailing list. Check that these customers agreed to hear from you.")
#: The same for the other channels (definitions §6).
NO_CONSENT_BY_CHANNEL = {
    Channel.EMAIL: NO_CONSENT_INFO,
    Channel.SMS: ("The file had no consent or opt-out information, so everyone with a usable phone number is "
                  "on the list. Check that these customers agreed to hear from you."),
    Channel.POST: ("The file had no consent or opt-out information, so everyone with a postal address is on the "
                   "list. Check that these customers agreed to hear from you."),
}


def nobody_note(channel: Channel, left_out: dict[str, int], recorded: bool) -> str:
    """Why nobody is on the mailing at all, in plain words (what most customers lacked)."""
    missing = reasons_for(channel)[2]
    lacking = left_out.get(missing, 0)
    why = (f" {lacking:,} of the customers of these lists have no {missing.removeprefix('no ')}."
           if lacking else "")
    tail = (" No campaign was recorded." if not recorded else "")
    return (f"Nobody can be reached by {channel.words}: no customer of these lists has {channel.contact_words} "
            f"that may be used.{why} The Left out sheet lists everyone with the reason."
            + (" Try another channel (a phone list for text messages, or a postal list) if the files have "
               "phone numbers or addresses." if channel is Channel.EMAIL else "") + tail)
MULTI_LIST_NOTE = ("A customer who belongs to several of the chosen lists is mailed once, in the first "
                   "list chosen; the later lists show them on the Left out sheet.")


def consent_conflicts_note(conflicts: Sequence[str]) -> str:
    """The customers the two files disagree on (yes in one, no in the other), for the owner to fix."""
    n = len(conflicts)
    shown = ", ".join(conflicts[:10]) + (f" and {n - 10:,} more" if n > 10 else "")
    return (f"{n:,} customer{'s' if n != 1 else ''}: the purchases file and the customers file disagree "
            "on consent (yes in one, no in the other), so they are left out as opted out. Correct the "
            f"file that is wrong: {shown}.")


CONTROL_NOTE = ("The control group is a random share of each list that is NOT mailed, so that a later "
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

    @property
    def offers_text(self) -> str:
        """The offer as the summary names it: its title, or both titles of an offer test."""
        if self.offer_b_title is None:
            return self.offer_title
        return f"A: {self.offer_title} / B: {self.offer_b_title}"


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

    def notes(self) -> list[str]:
        """The notes: nobody reachable; consent (no information; files that disagree), for the
        Summary sheet and the text."""
        notes = []
        if self.mailed == 0:
            left: dict[str, int] = {}
            for item in self.lists:
                for reason, n in item.left_out.items():
                    left[reason] = left.get(reason, 0) + n
            notes.append(nobody_note(self.channel, left, not self.not_recorded))
        if not self.consent_info:
            notes.append(NO_CONSENT_BY_CHANNEL[self.channel])
        return notes + ([consent_conflicts_note(self.consent_conflicts)] if self.consent_conflicts else [])

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

    def _written_lines(self) -> list[str]:
        tools = {Channel.EMAIL: "e-mail tools", Channel.SMS: "text-message tools", Channel.POST: "a mail merge"}
        what = {Channel.EMAIL: "Mailing list", Channel.SMS: "Text-message list", Channel.POST: "Postal list"}
        lines = [f"{what[self.channel]} written to {self.workbook_path}"]
        return lines + [f"  CSV for {tools[self.channel]}: {p}" for p in self.csv_paths]

    def _list_lines(self) -> list[str]:
        count, lines = self._count, []
        for s in self.lists:
            left = ", ".join(f"{count(n)} {r}" for r, n in s.left_out.items() if n and r != CONTROL)
            mailed = (f"{count(s.mailed)} mailed with \"{s.offer_title}\"" if s.offer_b_title is None else
                      f"{count(s.mailed)} mailed: {count(s.mailed - s.mailed_b)} with \"{s.offer_title}\" (A), "
                      f"{count(s.mailed_b)} with \"{s.offer_b_title}\" (B)")
            lines.append(f"  {s.name}: {count(s.customers)} customers, {mailed}, {count(s.control)} in the "
                         "control group" + (f"; left out: {left}" if left else ""))
        return lines

    def _closing_lines(self) -> list[str]:
        lines = [f"Total: {self._count(self.mailed)} mailed, {self._count(self.control)} in control groups "
                 f"(share {self.control_share:.0%}, seed {self.seed})."]
        if self.campaign_id is not None:
            lines.append(f"Recorded as campaign {self.campaign_id}.")
        elif self.mailed == 0:
            lines.append("Nobody was mailed, so no campaign was recorded: there is nothing to measure.")
        if self.cut_cells:
            lines.append(f"{self._count(self.cut_cells)} text cell(s) were longer than the {MAX_CELL_CHARS:,} "
                         "characters a spreadsheet cell holds and were cut, ending with \"…\" (usually a message "
                         "with a very long name or product in it: check those values in your file).")
        return lines + self.notes()

    def to_text(self) -> str:
        """The summary in words: what was written, each list's counts, the totals and notes."""
        return "\n".join(self._written_lines() + self._list_lines() + self._closing_lines())

    def about_text(self) -> str:
        """to_text without the per-list lines (for a page that shows those as a table)."""
        return "\n".join(self._written_lines() + self._closing_lines())


def write_summary_sheet(ws: Worksheet, summary: ExportSummary, formats: Formats, *, shop_name: str,
                        source_file: str | None, segmentation: Segmentation) -> None:
    """The first sheet: what was exported, per-list counts, and the settings used, in words."""
    reference_date = segmentation.reference_date
    ws.set_column(0, 0, 34)
    ws.set_column(1, 14, 16)
    write_text(ws, 0, 0, f"Mailing list{(' — ' + shop_name) if shop_name else ''}", formats, formats.title)
    facts = [("Export date", summary.export_date), ("Source file", str(source_file or "")),
             ("Reference date", reference_date), ("Channel", summary.channel.words),
             ("Campaign number", summary.campaign_id if summary.campaign_id is not None else "not recorded"),
             ("Control group share", summary.control_share), ("Control group seed", summary.seed)]
    row = 2
    for label, value in facts:
        write_text(ws, row, 0, label, formats, formats.bold)
        if isinstance(value, (dt.date, pd.Timestamp)) and not pd.isna(value):
            ws.write_datetime(row, 1, pd.Timestamp(value).to_pydatetime(), formats.date)
        elif label == "Control group share":
            ws.write_number(row, 1, float(summary.control_share), formats.percent)
        elif isinstance(value, int):
            write_number(ws, row, 1, value, label=label)
        else:
            write_text(ws, row, 1, "" if value is None else value, formats)
        row += 1
    row += 1
    notes = summary.notes() + [MULTI_LIST_NOTE, CONTROL_NOTE]
    for note in notes:
        write_text(ws, row, 0, note, formats)
        row += 1
    row += 1
    reasons = reasons_for(summary.channel)
    headers = ["List", "Offer", "Customers", "Mailed", *[r[:1].upper() + r[1:] for r in reasons[:-2]],
               "Control group", "In an earlier list", "Revenue (list)", "Revenue (mailed)", "Sheet"]
    for c, h in enumerate(headers):
        write_text(ws, row, c, h, formats, formats.header)
    for s in summary.lists:
        row += 1
        cells = [s.name, s.offers_text, s.customers, s.mailed, *[s.left_out.get(r, 0) for r in reasons[:-2]],
                 s.control, s.left_out.get(reasons[-1], 0), s.revenue, s.mailed_revenue, s.sheet_name]
        for c, v in enumerate(cells):
            if isinstance(v, (int, float)):
                write_number(ws, row, c, v, formats.money if isinstance(v, float) else formats.int, label=headers[c])
            else:
                write_text(ws, row, c, v, formats)
    row += 2
    write_text(ws, row, 0, "Settings used", formats, formats.bold)
    for label, value in settings_rows(segmentation, summary.currency, summary.locale):
        row += 1
        write_text(ws, row, 0, label, formats)
        write_text(ws, row, 1, value, formats)
    row += 1
    write_text(ws, row, 0, "Shop", formats)
    write_text(ws, row, 1, f"{shop_name or '(no name set: messages say “our shop”)'}; money in "
                           f"{summary.currency}; dates and numbers written for {summary.locale.replace('_', '-')}",
               formats)
    ws.activate()

