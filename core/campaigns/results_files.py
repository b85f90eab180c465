"""The results file (`--results-out`, definitions §9): the per-list table as CSV, or a workbook.

CSV: the table of RESULT_COLUMNS (the contract), one row per list (per variant of an offer test)
and the "All lists" row, through the one CSV writer (text quoted, fractions as fractions).
Workbook: a **Summary** sheet for the owner (the campaign, the newer file, one sentence per row,
the offer tests, coupons, warnings, then the same table) and a **Customers** sheet (one row per
campaign customer: CUSTOMER_RESULT_COLUMNS), through the one table writer, formula-safe. Either is
written all or nothing (core/output/atomic.write_together) and never over an imported file.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from xlsxwriter.worksheet import Worksheet

from core.campaigns.results_model import CUSTOMER_RESULT_COLUMNS, RESULT_COLUMNS, CampaignResults
from core.campaigns.results_words import (
    NO_COUPON_COLUMN,
    REDEMPTIONS_ARE_NOT_PROOF,
    Words,
    comparison_sentence,
    coupon_sentence,
    many_lists_note,
    row_label,
    row_sentence,
)
from core.errors import OutputError
from core.output.atomic import AtomicGroup, write_error, write_together
from core.output.columns import CellKind, Column, TableStyle
from core.output.csv_table import write_csv
from core.output.customer_table import csv_columns
from core.output.xlsx import Formats, close_workbook, discard_workbook, new_workbook, write_table, write_text
from core.progress import ProgressCallback
from core.schema import OutputKind
from core.words import N_
from core.words import Words as LanguageWords

log = logging.getLogger(__name__)

RESULTS_SUFFIXES = (".csv", ".xlsx")
_KINDS = {
    "list": CellKind.TEXT, "variant": CellKind.TEXT, "verdict": CellKind.TEXT, "window_complete": CellKind.BOOL,
    "mailed": CellKind.INT, "mailed_buyers": CellKind.INT, "control": CellKind.INT, "control_buyers": CellKind.INT,
    "coupons_redeemed": CellKind.INT, "codes_used_by_others": CellKind.INT,
    "mailed_revenue": CellKind.MONEY, "control_revenue": CellKind.MONEY, "extra_revenue": CellKind.MONEY,
    "extra_revenue_low": CellKind.MONEY, "extra_revenue_high": CellKind.MONEY, "coupon_revenue": CellKind.MONEY,
}
TABLE_COLUMNS = [Column(name, name, _KINDS.get(name, CellKind.PERCENT)) for name in RESULT_COLUMNS]
CUSTOMER_COLUMNS = [Column(name, name, {"bought": CellKind.BOOL, "code_redeemed": CellKind.BOOL,
                                        "window_revenue": CellKind.MONEY}.get(name, CellKind.TEXT))
                    for name in CUSTOMER_RESULT_COLUMNS]
#: The Summary sheet's table: below the sentences, so its header is not frozen.
_SUMMARY_TABLE = TableStyle(freeze_header=False)


def check_results_path(path: str | os.PathLike[str]) -> None:
    """Before any work: the results are written as .csv or .xlsx."""
    if Path(path).suffix.lower() not in RESULTS_SUFFIXES:
        raise OutputError("the results are written as .csv or .xlsx.", "End the file name with .csv or .xlsx.",
                          file=str(path))


def _summary_sheet(ws: Worksheet, results: CampaignResults, formats: Formats, language_words: LanguageWords) -> int:
    """The owner's sheet: facts, sentences, warnings, then the table; returns the text cells cut."""
    info = results.campaign
    words = Words(info.currency, info.locale, language_words)
    ws.set_column(0, 0, 30)
    ws.set_column(1, len(RESULT_COLUMNS), 16)
    write_text(ws, 0, 0, words.t("Campaign results — campaign {number}{name}", number=info.number,
                           name=f" ({info.own_name})" if info.own_name else ""), formats, formats.title)
    facts: list[tuple[str, object]] = [
        (words.t("Campaign number"), info.number), (words.t("Made on"), info.export_date),
        (words.t("Purchases up to"), info.reference_date), (words.t("Sent on"), info.sent_date),
        (words.t("Response window (days)"), info.window_days), (words.t("Window from"), info.window_start),
        (words.t("Window to"), info.window_end), (words.t("Newer file"), results.newer_file),
        (words.t("Its purchases from"), results.newer_first), (words.t("Its purchases up to"), results.newer_latest),
        (words.t("Window complete"), words.t("yes") if results.window_complete else words.t("NO: the file ends before the window does")),
        (words.t("Control group seed"), info.seed)]
    row = 2
    for label, value in facts:
        write_text(ws, row, 0, label, formats, formats.bold)
        if isinstance(value, dt.date):
            ws.write_datetime(row, 1, dt.datetime.combine(value, dt.time()), formats.date)
        elif isinstance(value, int):
            ws.write_number(row, 1, value, formats.int)
        elif value is not None:
            write_text(ws, row, 1, value, formats)
        row += 1
    lines: list[tuple[str, str]] = []
    for result in results.rows:
        lines.append((row_label(result, words), row_sentence(result, words)))
        coupons = coupon_sentence(result, words) if results.coupons_measured and not result.is_total else ""
        if coupons:
            lines.append(("", coupons))
    lines += [(words.t("Offer test"), comparison_sentence(c, words)) for c in results.comparisons]
    note = many_lists_note(results, words)
    if note:
        lines.append((words.t("Note"), note))
    lines.append((words.t("Coupons"), words.t(REDEMPTIONS_ARE_NOT_PROOF if results.coupons_measured else NO_COUPON_COLUMN)))
    lines += [(words.t("Warning"), w.said(language_words)) for w in results.warnings]
    row += 1
    write_text(ws, row, 0, words.t("What the results say"), formats, formats.bold)
    for label, text in lines:
        row += 1
        write_text(ws, row, 0, label, formats, formats.bold)
        write_text(ws, row, 1, text, formats)
    row += 2
    write_text(ws, row, 0, words.t("The table (uplift and chances as shares: 5% is 5 more buyers in every 100 customers)"),
               formats, formats.bold)
    written = write_table(ws, results.table(), TABLE_COLUMNS, formats, first_row=row + 1, style=_SUMMARY_TABLE)
    ws.activate()
    return written.cut_cells


def _write_xlsx(results: CampaignResults, path: Path, target: Path, language_words: LanguageWords) -> int:
    info = results.campaign
    book = new_workbook(path, OutputKind.RESULTS)
    try:
        formats = Formats(book, info.currency, info.locale)
        cut = _summary_sheet(book.add_worksheet("Summary"), results, formats, language_words)
        cut += write_table(book.add_worksheet("Customers"), results.customers, CUSTOMER_COLUMNS, formats).cut_cells
    except BaseException:
        discard_workbook(book)
        raise
    close_workbook(book, target, "the results workbook")
    return cut


@dataclass
class ResultsOutput:
    """The results file as one output of a run (core/output/atomic.StagedOutput); the workbook's
    sentences in ``words``' language."""

    results: CampaignResults
    path: Path
    cut_cells: int = 0
    words: LanguageWords = field(default_factory=LanguageWords)

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        check_results_path(self.path)

    def targets(self) -> list[Path]:
        return [self.path]

    def stage(self, group: AtomicGroup, progress: ProgressCallback) -> None:
        progress(0.1, N_("Writing the results"))
        tmp = group.path(self.path)
        try:
            if self.path.suffix.lower() == ".csv":
                self.cut_cells = write_csv(csv_columns(self.results.table()), tmp)
            else:
                self.cut_cells = _write_xlsx(self.results, tmp, self.path, self.words)
        except OSError as exc:
            raise write_error(exc, self.path, N_("the results")) from exc
        log.info("results of campaign %d staged: %s", self.results.campaign.number, self.path)
        progress(1.0, N_("Results written"))

    def record(self) -> None:
        """Nothing is recorded besides the file."""

    def unrecord(self) -> None:
        """Nothing to take back."""

    def close(self) -> None:
        """Nothing is held."""


def write_results(results: CampaignResults, path: str | os.PathLike[str], *,
                  inputs: tuple[str | os.PathLike[str], ...] = (), progress: ProgressCallback | None = None,
                  words: LanguageWords | None = None) -> Path:
    """Write ``results`` to ``path`` (.csv: the table; .xlsx: Summary and Customers, its sentences in
    ``words``' language, English by default), all or nothing, never over one of ``inputs``."""
    output = ResultsOutput(results, Path(path), words=words if words is not None else LanguageWords())
    write_together([output], inputs, progress)
    return output.path
