"""Import page: the import report as sentences and tables, the first rows as they were read, and
where the file's totals go (the pages count the segmented customers)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from gui.cell_format import PreparedFrame
from gui.table_view import DataTableView

if TYPE_CHECKING:
    from core.analysis_memory import Recalled
    from core.importing import ImportReport
    from core.segmentation import FileTotals
    from gui.tasks import Imported


NO_CONSENT_HTML = ("<span style='color:#b2182b'><b>No consent information:</b> no consent or opt-out column "
                   "was found, so Clientele cannot tell who agreed to e-mails and would mail everyone with an "
                   "e-mail address. Add the customers file with their consent (File → Change columns and "
                   "re-import…, “Customer file” box).</span>")


def consent_html(reports: list[ImportReport]) -> str:
    """Which columns say who may be mailed, per file; loud (red) when no file has any."""
    lines = [f"Consent from {html.escape(r.file)}: " + html.escape("; ".join(r.consent_columns), quote=False)
             for r in reports if r.consent_columns]
    return "<br>".join(lines) if lines else NO_CONSENT_HTML


def summary_html(report: ImportReport) -> str:
    """One line of the report's key figures, and its warnings in red."""
    parts = []
    if report.rows_read:
        parts.append(f"kept <b>{report.rows_kept:,}</b> of {report.rows_read:,} rows")
    if report.rows_set_aside:
        parts.append(f"<b>{report.rows_set_aside:,}</b> set aside (reasons below)")
    if report.return_rows:
        parts.append(f"{report.return_rows:,} returns or cancellations")
    if report.date_min and report.date_max:
        parts.append(f"purchases from {report.date_min} to {report.date_max}")
    if report.customers:
        parts.append(f"<b>{report.customers:,}</b> customers, {report.orders:,} orders")
    text = " · ".join(parts)
    text = text[:1].upper() + text[1:]
    warnings = list(report.warnings)
    if warnings:
        text += "<br><span style='color:#b2182b'>" + "<br>".join(html.escape(str(w)) for w in warnings) + "</span>"
    return text


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'><tr>{head}</tr>{body}</table>"


def report_html(report: ImportReport, title: str) -> str:
    """One file's report: its sentences, then the columns read and the rows set aside as tables,
    then its warnings; never a log of field names."""
    parts = [f"<h3>{html.escape(title)}</h3>"]
    parts += [f"<p>{html.escape(sentence)}</p>" for sentence in report.sentences()]
    if report.columns:
        parts.append("<p><b>Columns used</b></p>")
        parts.append(_table(["Clientele reads", "from the column", "found"],
                            [[field, column, how] for field, column, how in report.columns]))
    if report.set_aside:
        parts.append("<p><b>Rows set aside</b></p>")
        parts.append(_table(["Rows", "Why", "For example"],
                            [[f"{item.count:,}", item.reason, item.example_text()] for item in report.set_aside]))
    if report.warnings:
        parts.append("<p style='color:#b2182b'>" + "<br>".join(html.escape(str(w)) for w in report.warnings)
                     + "</p>")
    return "".join(parts)


def totals_html(totals: FileTotals, currency: str | None, locale: str | None) -> str:
    """Where the file's customers and revenue go (the other pages count the segmented customers)."""
    if not totals.differ and not totals.negative_customers:
        return ""
    return "<span style='color:#444'>" + html.escape(" ".join(totals.sentences(currency, locale))) + "</span>"


def recalled_html(recalled: Recalled) -> str:
    """Whose settings the analysis uses when they were kept for this file or one like it."""
    name = html.escape(Path(recalled.from_file).name)
    if recalled.how.value == "same file":
        return ("Your settings, tiers, offers and export choices for this file are back, as you left them "
                "(Clientele keeps them for each file).")
    return (f"Your settings, tiers, offers and export choices of <b>{name}</b> are used: it has the same "
            "columns, so this looks like a newer export of the same shop.")


class ImportReportPage(QWidget):
    """Shows what the importer kept, set aside and why, and the first canonical rows."""

    title = "Import"
    #: the owner asked for the default settings instead of the ones kept for this file
    start_afresh = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setToolTip("How the file's customers and revenue add up to what the other pages count")
        self.totals.hide()
        self.recalled = QLabel()
        self.recalled.setWordWrap(True)
        self.afresh_button = QPushButton("Start from the defaults")
        self.afresh_button.setToolTip("Use the standard settings, tiers and offers for this file instead")
        self.afresh_button.clicked.connect(self.start_afresh)
        recalled_row = QHBoxLayout()
        recalled_row.addWidget(self.recalled, 1)
        recalled_row.addWidget(self.afresh_button, 0, Qt.AlignTop)
        self.recalled_box = QWidget()
        self.recalled_box.setLayout(recalled_row)
        recalled_row.setContentsMargins(0, 0, 0, 0)
        self.recalled_box.hide()
        self.report = QTextBrowser()
        self.report.setOpenLinks(False)
        self.report.setToolTip("What was read, kept and set aside — and why")
        self.table = DataTableView()
        self.table.setToolTip("The first rows as Clientele understood them")
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_label = QLabel("<b>First rows</b>")
        rows_layout.addWidget(self.rows_label)
        rows_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.report)
        splitter.addWidget(rows)
        splitter.setSizes([300, 300])
        self.next_button = QPushButton("See your customers →")
        self.next_button.setToolTip("Go to the overview: segments, who has gone quiet, loyalty tiers")
        self.next_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.next_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.recalled_box)
        layout.addWidget(splitter, 1)

    def show_import(self, imported: Imported) -> None:
        result = imported.result
        name = result.source.path or imported.path
        sheet = result.source.sheet
        where = f"{name}" + (f", sheet “{sheet}”" if sheet else "")
        reports = [result.report] + ([imported.attributes_result.report] if imported.attributes_result else [])
        self.heading.setText(f"<h2>Imported {len(result.transactions):,} rows</h2>from {html.escape(where)}<br>"
                             + summary_html(result.report) + "<br>" + consent_html(reports))
        text = report_html(result.report, "The purchases file")
        if imported.attributes_result is not None:
            text += report_html(imported.attributes_result.report, "The customers file")
        self.report.setHtml(text)
        self.totals.hide()           # (until the customers are segmented: show_totals)
        self.table.model().set_frame(imported.first_rows)
        first = imported.first_rows
        shown = first.frame if isinstance(first, PreparedFrame) else first
        self.rows_label.setText(f"<b>First {len(shown):,} rows</b> as Clientele reads them")
        self.table.fit_columns()

    def show_totals(self, totals: FileTotals | None, currency: str | None, locale: str | None) -> None:
        """Under the figures: how the file's customers and revenue add up to the other pages'."""
        text = totals_html(totals, currency, locale) if totals is not None else ""
        self.totals.setText(text)
        self.totals.setVisible(bool(text))

    def show_recalled(self, recalled: Recalled | None) -> None:
        """Say where the analysis's settings come from, when they were kept for this file."""
        self.recalled.setText(recalled_html(recalled) if recalled is not None else "")
        self.recalled_box.setVisible(recalled is not None)
