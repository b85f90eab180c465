"""Import page: the import report in plain words and the first rows as they were read."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from gui.cell_format import PreparedFrame
from gui.table_view import DataTableView

if TYPE_CHECKING:
    from core.importing import ImportReport
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


class ImportReportPage(QWidget):
    """Shows what the importer kept, set aside and why, and the first canonical rows."""

    title = "Import"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
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
        layout.addWidget(splitter, 1)

    def show_import(self, imported: Imported) -> None:
        result = imported.result
        name = result.source.path or imported.path
        sheet = result.source.sheet
        where = f"{name}" + (f", sheet “{sheet}”" if sheet else "")
        reports = [result.report] + ([imported.attributes_result.report] if imported.attributes_result else [])
        self.heading.setText(f"<h2>Imported {len(result.transactions):,} rows</h2>from {where}<br>"
                             + summary_html(result.report) + "<br>" + consent_html(reports))
        text = result.report.to_text()
        if imported.attributes_result is not None:
            text += "\n\nCustomer attributes\n" + imported.attributes_result.report.to_text()
        self.report.setPlainText(text)
        self.table.model().set_frame(imported.first_rows)
        first = imported.first_rows
        shown = first.frame if isinstance(first, PreparedFrame) else first
        self.rows_label.setText(f"<b>First {len(shown):,} rows</b> as Clientele reads them")
        self.table.fit_columns()
