"""Import page: the import report as sentences and tables, the first rows as they were read, and
where the file's totals go (the pages count the segmented customers).

The page's own words are translated in the context "ImportReportPage"; the report's sentences,
reasons and warnings are core's (core/importing/report.py)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from core.output import format_date, format_number
from core.words import Words
from gui.cell_format import PreparedFrame
from gui.table_view import DataTableView
from gui.translation import window_locale

if TYPE_CHECKING:
    from core.analysis_memory import Recalled
    from core.importing import ImportReport
    from core.segmentation import FileTotals
    from gui.tasks import Imported


translate = QCoreApplication.translate

#: The first rows' headers: the canonical columns (core/schema.py) as the owner reads them.
FIRST_ROWS_HEADERS = {
    "customer_id": QT_TRANSLATE_NOOP("ImportReportPage", "Customer id"), "date": QT_TRANSLATE_NOOP("ImportReportPage", "Date"), "amount": QT_TRANSLATE_NOOP("ImportReportPage", "Amount"),
    "order_id": QT_TRANSLATE_NOOP("ImportReportPage", "Order id"), "is_return": QT_TRANSLATE_NOOP("ImportReportPage", "Is return"), "source_row": QT_TRANSLATE_NOOP("ImportReportPage", "Source row"),
    "name": QT_TRANSLATE_NOOP("ImportReportPage", "Name"), "first_name": QT_TRANSLATE_NOOP("ImportReportPage", "First name"), "last_name": QT_TRANSLATE_NOOP("ImportReportPage", "Last name"),
    "email": QT_TRANSLATE_NOOP("ImportReportPage", "E-mail"), "country": QT_TRANSLATE_NOOP("ImportReportPage", "Country"), "product": QT_TRANSLATE_NOOP("ImportReportPage", "Product"),
    "category": QT_TRANSLATE_NOOP("ImportReportPage", "Category"), "consent": QT_TRANSLATE_NOOP("ImportReportPage", "Consent"), "quantity": QT_TRANSLATE_NOOP("ImportReportPage", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("ImportReportPage", "Unit price"), "currency": QT_TRANSLATE_NOOP("ImportReportPage", "Currency"), "channel": QT_TRANSLATE_NOOP("ImportReportPage", "Channel"),
}


def no_consent_html() -> str:
    """The loud (red) line when no file says who agreed to e-mails."""
    return ("<span style='color:#b2182b'>" + translate(
        "ImportReportPage", "<b>No consent information:</b> no consent or opt-out column "
        "was found, so Clientele cannot tell who agreed to e-mails and would mail everyone with an "
        "e-mail address. Add the customers file with their consent (File → Change columns and "
        "re-import…, “Customer file” box).") + "</span>")


def _count(value: int, locale: str | None) -> str:
    """A count inside the page's own sentences, in ``locale`` (gui.translation.window_locale)."""
    return format_number(value, 0, locale)


def consent_html(reports: list[ImportReport], words: Words | None = None) -> str:
    """Which columns say who may be mailed, per file (named in ``words``' language); loud (red)
    when no file has any."""
    lines = [translate("ImportReportPage", "Consent from %1: %2").replace("%1", html.escape(r.file)).replace(
        "%2", html.escape(r.consent_names(words), quote=False)) for r in reports if r.consent_columns]
    texts = [translate("ImportReportPage", "Text-message consent from %1: %2 (for text messages only)").replace(
        "%1", html.escape(r.file)).replace("%2", html.escape(r.sms_consent_names(words), quote=False))
        for r in reports if r.sms_consent_columns]
    return "<br>".join(lines + texts) if lines else "<br>".join([no_consent_html(), *texts])


def _warnings_html(report: ImportReport, words: Words | None) -> str:
    """The report's warnings, one a line, in ``words``' language (English without)."""
    return "<br>".join(html.escape(words.say(w) if words is not None else str(w)) for w in report.warnings)


def summary_html(report: ImportReport, words: Words | None = None, shop_locale: str | None = None) -> str:
    """One line of the report's key figures, its counts written as the window's language writes
    numbers (``window_locale`` of the shop's ``shop_locale``), and its warnings in red (in
    ``words``' language)."""
    locale = window_locale(shop_locale)
    parts = []
    if report.rows_read:
        parts.append(translate("ImportReportPage", "kept <b>%1</b> of %2 rows").replace(
            "%1", _count(report.rows_kept, locale)).replace("%2", _count(report.rows_read, locale)))
    if report.rows_set_aside:
        parts.append(translate("ImportReportPage", "<b>%1</b> set aside (reasons below)").replace(
            "%1", _count(report.rows_set_aside, locale)))
    if report.return_rows:
        parts.append(translate("ImportReportPage", "%1 returns or cancellations", "", report.return_rows).replace(
            "%1", _count(report.return_rows, locale)))
    if report.date_min and report.date_max:
        first, last = (format_date(dt.date.fromisoformat(day), locale) for day in (report.date_min, report.date_max))
        parts.append(translate("ImportReportPage", "purchases from %1 to %2").replace("%1", first).replace("%2", last))
    if report.customers:
        parts.append(translate("ImportReportPage", "<b>%1</b> customers, %2 orders").replace(
            "%1", _count(report.customers, locale)).replace("%2", _count(report.orders, locale)))
    text = " · ".join(parts)
    text = text[:1].upper() + text[1:]
    if report.warnings:
        text += "<br><span style='color:#b2182b'>" + _warnings_html(report, words) + "</span>"
    return text


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'><tr>{head}</tr>{body}</table>"


def report_html(report: ImportReport, title: str, words: Words | None = None) -> str:
    """One file's report: its sentences, then the columns read and the rows set aside as tables,
    then its warnings; never a log of field names. Core's words in ``words``' language (the shop's),
    the set-aside counts too, as the report's sentences write them."""
    w = words or Words()
    parts = [f"<h3>{html.escape(title)}</h3>"]
    parts += [f"<p>{html.escape(sentence)}</p>" for sentence in report.sentences(words)]
    if report.columns:
        parts.append("<p><b>" + translate("ImportReportPage", "Columns used") + "</b></p>")
        parts.append(_table([translate("ImportReportPage", "Clientele reads"),
                             translate("ImportReportPage", "from the column"), translate("ImportReportPage", "found")],
                            [[field, column, how] for field, column, how in report.column_uses(words)]))
    if report.set_aside:
        parts.append("<p><b>" + translate("ImportReportPage", "Rows set aside") + "</b></p>")
        parts.append(_table([translate("ImportReportPage", "Rows"), translate("ImportReportPage", "Why"),
                             translate("ImportReportPage", "For example")],
                            [[w.count(item.count), item.reason_text(words), item.example_text(words)]
                             for item in report.set_aside]))
    if report.warnings:
        parts.append("<p style='color:#b2182b'>" + _warnings_html(report, words) + "</p>")
    return "".join(parts)


def totals_html(totals: FileTotals, currency: str | None, locale: str | None, words: Words | None = None) -> str:
    """Where the file's customers and revenue go (the other pages count the segmented customers)."""
    if not totals.differ and not totals.negative_customers:
        return ""
    return "<span style='color:#444'>" + html.escape(" ".join(totals.sentences(currency, locale, words))) + "</span>"


def recalled_html(recalled: Recalled) -> str:
    """Whose settings the analysis uses when they were kept for this file or one like it."""
    name = html.escape(Path(recalled.from_file).name)
    if recalled.how.value == "same file":
        return translate("ImportReportPage", "Your settings, tiers, offers and export choices for this file are "
                         "back, as you left them (Clientele keeps them for each file).")
    return translate("ImportReportPage", "Your settings, tiers, offers and export choices of <b>%1</b> are used: "
                     "it has the same columns, so this looks like a newer export of the same shop.").replace("%1", name)


class ImportReportPage(QWidget):
    """Shows what the importer kept, set aside and why, and the first canonical rows."""

    title = "Import"  # its key among the pages (the navigation translates it)
    #: the owner asked for the default settings instead of the ones kept for this file
    start_afresh = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setToolTip(self.tr("How the file's customers and revenue add up to what the other pages count"))
        self.totals.hide()
        self.recalled = QLabel()
        self.recalled.setWordWrap(True)
        self.afresh_button = QPushButton(self.tr("Start from the defaults"))
        self.afresh_button.setToolTip(self.tr("Use the standard settings, tiers and offers for this file instead"))
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
        self.report.setToolTip(self.tr("What was read, kept and set aside — and why"))
        self.table = DataTableView()
        self.table.model().set_headers({key: self.tr(words) for key, words in FIRST_ROWS_HEADERS.items()})
        self.table.setToolTip(self.tr("The first rows as Clientele understood them"))
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_label = QLabel("<b>" + self.tr("First rows") + "</b>")
        rows_layout.addWidget(self.rows_label)
        rows_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.report)
        splitter.addWidget(rows)
        splitter.setSizes([300, 300])
        self.next_button = QPushButton(self.tr("See your customers →"))
        self.next_button.setToolTip(self.tr("Go to the overview: segments, who has gone quiet, loyalty tiers"))
        self.next_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.next_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.recalled_box)
        layout.addWidget(splitter, 1)

    def show_import(self, imported: Imported, words: Words | None = None, shop_locale: str | None = None) -> None:
        """Show an import's report; core's sentences in ``words``' language (the shop's), the page's
        own in the window's, their numbers as it writes them (``window_locale`` of ``shop_locale``)."""
        locale = window_locale(shop_locale)
        result = imported.result
        name = result.source.path or imported.path
        sheet = result.source.sheet
        where = html.escape(f"{name}")
        if sheet:
            where = self.tr("%1, sheet “%2”").replace("%1", where).replace("%2", html.escape(sheet))
        reports = [result.report] + ([imported.attributes_result.report] if imported.attributes_result else [])
        rows = len(result.transactions)
        heading = self.tr("Imported %1 rows", "", rows).replace("%1", _count(rows, locale))
        self.heading.setText(f"<h2>{heading}</h2>" + self.tr("from %1").replace("%1", where) + "<br>"
                             + summary_html(result.report, words, shop_locale) + "<br>" + consent_html(reports, words))
        text = report_html(result.report, self.tr("The purchases file"), words)
        if imported.attributes_result is not None:
            text += report_html(imported.attributes_result.report, self.tr("The customers file"), words)
        self.report.setHtml(text)
        self.totals.hide()           # (until the customers are segmented: show_totals)
        self.table.model().set_frame(imported.first_rows)
        first = imported.first_rows
        shown = first.frame if isinstance(first, PreparedFrame) else first
        self.rows_label.setText(self.tr("<b>First %1 rows</b> as Clientele reads them", "", len(shown)).replace(
            "%1", _count(len(shown), locale)))
        self.table.fit_columns()

    def show_totals(self, totals: FileTotals | None, currency: str | None, locale: str | None,
                    words: Words | None = None, notes: list[str] | None = None) -> None:
        """Under the figures: how the file's customers and revenue add up to the other pages', and
        ``notes`` about the files (in red: a customers file that names nobody who bought)."""
        text = totals_html(totals, currency, locale, words) if totals is not None else ""
        if notes:
            text += "<br><span style='color:#b2182b'>" + "<br>".join(html.escape(n) for n in notes) + "</span>"
        self.totals.setText(text)
        self.totals.setVisible(bool(text))

    def show_recalled(self, recalled: Recalled | None) -> None:
        """Say where the analysis's settings come from, when they were kept for this file."""
        self.recalled.setText(recalled_html(recalled) if recalled is not None else "")
        self.recalled_box.setVisible(recalled is not None)
