"""The mailing export's result (ExportSummary) and the workbook's Summary sheet."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd
from xlsxwriter.worksheet import Worksheet

from core.campaigns.lists import CONTROL, REASONS
from core.campaigns.mailing_list import ListKind
from core.output.cells import MAX_CELL_CHARS
from core.output.money import format_number
from core.output.xlsx import Formats, write_number, write_text

NO_CONSENT_INFO = ("The file had no consent or opt-out information, so everyone with a valid e-mail "
                   "address is on the mailing list. Check that these customers agreed to hear from you.")
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

    def notes(self) -> list[str]:
        """The notes on consent (no information; files that disagree) for the Summary sheet and the text."""
        notes = [] if self.consent_info else [NO_CONSENT_INFO]
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
        return [f"Mailing list written to {self.workbook_path}"] + [f"  CSV for e-mail tools: {p}" for p in self.csv_paths]

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


#: A setting's value as the Summary sheet shows it: a number or text (JSON for anything else).
Shown = int | float | str


def _flatten(prefix: str, value: object, out: list[tuple[str, Shown]]) -> None:
    if isinstance(value, dict) and value:
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, out)
    else:
        out.append((prefix, value if isinstance(value, (int, float, str)) and not isinstance(value, bool)
                    else json.dumps(value, default=str, ensure_ascii=False)))


def write_summary_sheet(ws: Worksheet, summary: ExportSummary, formats: Formats, *, shop_name: str,
                        source_file: str | None, reference_date: pd.Timestamp | dt.date | None,
                        cut_points: Mapping[str, Sequence[float] | None] | None, scoring_method: str,
                        settings: Mapping[str, object]) -> None:
    """The first sheet: what was exported, per-list counts, and the scoring used."""
    ws.set_column(0, 0, 34)
    ws.set_column(1, 14, 16)
    write_text(ws, 0, 0, f"Mailing list{(' — ' + shop_name) if shop_name else ''}", formats, formats.title)
    facts = [("Export date", summary.export_date), ("Source file", str(source_file or "")),
             ("Reference date", reference_date), ("Campaign number", summary.campaign_id),
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
    headers = ["List", "Offer", "Customers", "Mailed", *[r[:1].upper() + r[1:] for r in REASONS[:-2]],
               "Control group", "In an earlier list", "Revenue (list)", "Revenue (mailed)", "Sheet"]
    for c, h in enumerate(headers):
        write_text(ws, row, c, h, formats, formats.header)
    for s in summary.lists:
        row += 1
        cells = [s.name, s.offers_text, s.customers, s.mailed, *[s.left_out.get(r, 0) for r in REASONS[:-2]],
                 s.control, s.left_out.get(REASONS[-1], 0), s.revenue, s.mailed_revenue, s.sheet_name]
        for c, v in enumerate(cells):
            if isinstance(v, (int, float)):
                write_number(ws, row, c, v, formats.money if isinstance(v, float) else formats.int, label=headers[c])
            else:
                write_text(ws, row, c, v, formats)
    row += 2
    write_text(ws, row, 0, "Scoring cut points" + (f" ({scoring_method})" if scoring_method else ""),
               formats, formats.bold)
    for dim, label in (("r", "Recency (days since last purchase)"), ("f", "Frequency (orders)"),
                       ("m", "Monetary (revenue)")):
        points = (cut_points or {}).get(dim)
        if points is None:
            continue
        row += 1
        write_text(ws, row, 0, label, formats)
        for c, p in enumerate(list(points), start=1):
            write_number(ws, row, c, float(p), formats.number, label=label)
    row += 2
    write_text(ws, row, 0, "Settings used", formats, formats.bold)
    flat: list[tuple[str, Shown]] = []
    _flatten("", settings or {}, flat)
    for key, value in flat:
        row += 1
        write_text(ws, row, 0, key, formats)
        if isinstance(value, (int, float)):
            write_number(ws, row, 1, value, label=key)
        else:
            write_text(ws, row, 1, value, formats)
    ws.activate()

