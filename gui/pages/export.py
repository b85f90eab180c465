"""Export page: choose lists, channels, control group and output file; write; open what was written."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.campaigns import ExportRequest, ExportSummary, ListKind, MailingList
from core.errors import SettingsError
from core.output import format_number
from gui import tasks
from gui.error_dialogs import show_error
from gui.lazy_refresh import refresh_lazily
from gui.mailing_list_items import list_entries
from gui.offer_lists import offer_for_list
from gui.table_view import DataTableView

SUMMARY_HEADERS = {"list": "List", "customers": "Customers", "mailed": "Mailed", "control": "Control group",
                   "left_out": "Left out (why)", "offer": "Offer"}


def summary_frame(summary: ExportSummary) -> pd.DataFrame:
    """One row per written list for the summary table (counts with thousands separators)."""
    rows = []
    for item in summary.lists:
        left = ", ".join(f"{format_number(n, 0, summary.locale)} {reason}" for reason, n in (item.left_out or {}).items()
                         if n and "control" not in str(reason).lower())
        rows.append({"list": item.name, "customers": item.customers, "mailed": item.mailed,
                     "control": item.control, "left_out": left, "offer": item.offer_title})
    return pd.DataFrame(rows, columns=list(SUMMARY_HEADERS))


class ExportPage(QWidget):
    """The last step: a mailing workbook with one sheet per list and a personalised message each."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.lists = QListWidget()
        self.lists.setToolTip("Tick the groups to mail. A customer in several ticked lists is mailed once.")
        self.lists.itemChanged.connect(self._update_button)
        select_all = QPushButton("All segments")
        select_all.clicked.connect(lambda: self.check_kind(ListKind.SEGMENT))
        select_none = QPushButton("None")
        select_none.clicked.connect(lambda: self.check_kind(None))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(select_all)
        list_buttons.addWidget(select_none)
        list_buttons.addStretch(1)
        lists_box = QGroupBox("Lists to mail")
        lists_layout = QVBoxLayout(lists_box)
        lists_layout.addWidget(self.lists, 1)
        lists_layout.addLayout(list_buttons)

        self.workbook = QCheckBox("Excel workbook (a sheet per list)")
        self.workbook.setToolTip("One sheet per list, each customer with their own message and coupon")
        self.workbook.setChecked(True)
        self.workbook.setEnabled(False)
        self.csv = QCheckBox("CSV per list for e-mail tools")
        self.csv.setToolTip("Also one CSV file per list, ready to upload to Mailchimp, Brevo and similar tools")
        self.control = QDoubleSpinBox()
        self.control.setRange(0, 50)
        self.control.setDecimals(0)
        self.control.setSuffix(" %")
        self.control.setValue(10)
        self.control.setToolTip("A random share of each list is NOT mailed, so that you can later see "
                                "whether the offer worked")
        self.output = QLineEdit()
        self.output.setPlaceholderText("Where to save the mailing workbook (.xlsx)")
        self.output.textChanged.connect(self._update_button)
        browse = QPushButton("Choose…")
        browse.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("Channels", self.workbook)
        form.addRow("", self.csv)
        form.addRow("Control group", self.control)
        form.addRow("Save as", output_row)
        options = QGroupBox("How")
        options.setLayout(form)
        self.export_button = QPushButton("Export mailing list")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.open_file_button = QPushButton("Open file")
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton("Show in folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        for button in (self.open_file_button, self.open_folder_button):
            button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.open_file_button)
        actions.addWidget(self.open_folder_button)
        # one Summary: the lists as a table, then what was written, the totals and the notes
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setFrameShape(QFrame.NoFrame)
        self.summary.viewport().setAutoFillBackground(False)
        self.summary.setPlaceholderText("A summary of what was written, and who was left out and why, appears here.")
        self.summary_table = DataTableView()
        self.summary_table.model()._headers = SUMMARY_HEADERS
        self.summary_table.setToolTip("Per list: who was mailed, kept as control group, or left out and why")
        self.summary_table.hide()  # until something was written
        summary_box = QGroupBox("Summary")
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary_table, 2)
        summary_layout.addWidget(self.summary, 1)
        right = QVBoxLayout()
        right.addWidget(options)
        right.addLayout(actions)
        right.addWidget(summary_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(lists_box, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        intro = QLabel("<h3>Export</h3>Customers who opted out are never included; everyone left out "
                       "is listed with the reason.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b2182b")
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addLayout(columns, 1)
        self.last_summary: ExportSummary | None = None
        self._lists: list[MailingList] = []
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.load)
        session.export_runner.busy_changed.connect(lambda busy: self._update_button())

    def load(self) -> None:
        seg = self.session.segmentation
        if seg is None:
            return
        checked = set(self.checked_keys()) if self._lists else None
        remembered = self.session.project.export if self.session.project is not None else None
        if remembered is not None and remembered.lists:
            checked = {m.key for m in remembered.lists}
            self.control.setValue(remembered.control_share * 100.0)
            self.csv.setChecked(remembered.csv)
        self._lists, entries = list_entries(self.session, seg)
        self.lists.blockSignals(True)
        self.lists.clear()
        for item, entry in zip(self._lists, entries, strict=True):
            entry.setFlags(entry.flags() | Qt.ItemIsUserCheckable)
            on = item.key in checked if checked is not None else item.kind == ListKind.SEGMENT
            entry.setCheckState(Qt.Checked if on else Qt.Unchecked)
            self.lists.addItem(entry)
        self.lists.blockSignals(False)
        customers = seg.customers
        has_email = "email" in customers.columns and bool(customers["email"].notna().any())
        self.notice.setVisible(not has_email)
        self.notice.setText("This file has no e-mail addresses, so the lists will name who to contact but nobody "
                            "can be mailed yet. Import the purchases again and add a customer file (names, "
                            "e-mails, consent) in the import dialog's “Customer file” box.")
        if not self.output.text() and self.session.imported is not None:
            source = Path(self.session.imported.path)
            default_dir = Path.home() if not source.parent.exists() or "resources" in source.parts else source.parent
            self.output.setText(str(default_dir / f"{source.stem}-mailing.xlsx"))
        self._update_button()

    def checked_keys(self) -> list[str]:
        """The ``MailingList.key`` of every ticked list, in display order."""
        return [self.lists.item(i).data(Qt.UserRole) for i in range(self.lists.count())
                if self.lists.item(i).checkState() == Qt.Checked]

    def checked_lists(self) -> list[MailingList]:
        keys = set(self.checked_keys())
        return [item for item in self._lists if item.key in keys]

    def select_list(self, key: str) -> None:
        """Tick only the list whose ``MailingList.key`` is ``key`` (the Changes page's "Export this list")."""
        for i, item in enumerate(self._lists):
            self.lists.item(i).setCheckState(Qt.Checked if item.key == key else Qt.Unchecked)

    def check_kind(self, kind: ListKind | None) -> None:
        for i, item in enumerate(self._lists):
            self.lists.item(i).setCheckState(Qt.Checked if item.kind == kind else Qt.Unchecked)

    def _update_button(self, *_args) -> None:
        busy = self.session.export_runner.is_busy()
        ready = bool(self.checked_keys()) and bool(self.output.text().strip()) and not busy
        self.export_button.setEnabled(ready)

    def choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save mailing list", self.output.text(), "Excel workbook (*.xlsx)")
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.output.setText(path)

    def export(self) -> None:
        seg = self.session.segmentation
        if seg is None or not self.export_button.isEnabled():
            return
        out = Path(self.output.text().strip())
        chosen = self.checked_lists()
        for item in chosen:
            offer = offer_for_list(self.session.project, item)
            if offer.problems():
                show_error(self, SettingsError(f'The offer "{offer.title}" ({offer.target}) has a problem: '
                                               + offer.problems()[0], "Fix it on the Offers page, then export again."))
                return
        source = self.session.imported.path if self.session.imported is not None else None
        request = ExportRequest(seg, out, lists=chosen, offers=list(self.session.project.offers) if self.session.project else [],
                                # the CSV files go next to the workbook, named after it ("<workbook> - <list>.csv")
                                csv_dir=out.parent if self.csv.isChecked() else None,
                                control_share=self.control.value() / 100.0, shop=self.session.shop_info(),
                                source_file=source)
        self.summary.setPlainText("Writing…")
        self.session.export_runner.start(tasks.export, request, on_done=self._on_done, on_error=self._on_error,
                                         message=f"Writing {out.name}…")

    def _on_done(self, summary: ExportSummary) -> None:
        self.last_summary = summary
        self.summary.setPlainText(summary.about_text())
        self.summary_table.model().set_frame(summary_frame(summary))
        self.summary_table.fit_columns(max_width=220)
        self.summary_table.show()
        for button in (self.open_file_button, self.open_folder_button):
            button.setEnabled(True)
        project = self.session.project
        if project is not None:
            self.session.set_export_choices(dataclasses.replace(
                project.export, lists=self.checked_lists(), control_share=self.control.value() / 100.0,
                csv=self.csv.isChecked()))

    def _on_error(self, error) -> None:
        self.summary_table.hide()
        self.summary.setPlainText(html.unescape(str(error)))
        show_error(self, error)

    def open_file(self) -> None:
        if self.last_summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_summary.workbook_path))

    def open_folder(self) -> None:
        if self.last_summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.last_summary.workbook_path).parent)))
