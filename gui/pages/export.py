"""Export page: choose lists, channels, control group and output file; write; open what was written."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.campaigns import (
    Channel,
    ExportRequest,
    ExportSummary,
    ListKind,
    MailingList,
    consent_conflicts_note,
    has_consent_information,
    offer_test_for,
)
from core.errors import ClienteleError, SettingsError
from core.output import format_number
from gui import tasks
from gui.detectability_box import DetectabilityBox
from gui.error_dialogs import error_words, show_error
from gui.export_targets import ask_to_replace, files_to_write, make_folders, open_path
from gui.export_words import (
    ASK_WITHOUT_CONSENT,
    CHANNEL_CHOICES,
    CSV_FOR,
    INTRO,
    INTRO_NO_CONSENT,
    NO_CONSENT_NOTICE,
    NO_SHOP_NAME,
    nobody_notice,
    summary_frame,
    summary_headers,
    words,
)
from gui.lazy_refresh import refresh_lazily
from gui.mailing_list_items import list_entries
from gui.mailing_lists import MailingLists
from gui.offer_lists import offer_for_list
from gui.table_view import DataTableView
from gui.translation import window_locale


class ExportPage(QWidget):
    """The last step: a mailing workbook with one sheet per list and a personalised message each."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.lists = QListWidget()
        self.lists.setToolTip(self.tr("Tick the groups to mail. A customer in several ticked lists is mailed once."))
        self.lists.itemChanged.connect(self._update_button)
        self.lists.itemChanged.connect(lambda _item: self.detectable.schedule())
        select_all = QPushButton(self.tr("All segments"))
        select_all.clicked.connect(lambda: self.check_kind(ListKind.SEGMENT))
        select_none = QPushButton(self.tr("None"))
        select_none.clicked.connect(lambda: self.check_kind(None))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(select_all)
        list_buttons.addWidget(select_none)
        list_buttons.addStretch(1)
        lists_box = QGroupBox(self.tr("Lists to mail"))
        lists_layout = QVBoxLayout(lists_box)
        lists_layout.addWidget(self.lists, 1)
        lists_layout.addLayout(list_buttons)

        self.workbook = QCheckBox(self.tr("Excel workbook (a sheet per list)"))
        self.workbook.setToolTip(self.tr("One sheet per list, each customer with their own message and coupon"))
        self.workbook.setChecked(True)
        self.workbook.setEnabled(False)
        self.channel = QComboBox()
        for channel, choice in CHANNEL_CHOICES.items():
            self.channel.addItem(words(choice), channel.value)
        self.channel.setToolTip(self.tr("How the lists reach the customers: an e-mail list, a phone list for text "
                                        "messages, or a postal list with addresses. Each leaves out, with the reason, "
                                        "those it cannot reach."))
        self.channel.currentIndexChanged.connect(self._on_channel)
        self.csv = QCheckBox(words(CSV_FOR[Channel.EMAIL]))
        self.csv.setToolTip(self.tr("Also one CSV file per list, ready to upload to Mailchimp, Brevo and similar tools"))
        self.csv_dir = QLineEdit()
        self.csv_dir.setPlaceholderText(self.tr("Next to the workbook"))
        self.csv_dir.setToolTip(self.tr("The folder for the CSV files (empty: next to the workbook)"))
        csv_browse = QPushButton(self.tr("Choose…"))
        csv_browse.clicked.connect(self.choose_csv_dir)
        self.csv_dir_row = QWidget()
        csv_dir_layout = QHBoxLayout(self.csv_dir_row)
        csv_dir_layout.setContentsMargins(0, 0, 0, 0)
        csv_dir_layout.addWidget(self.csv_dir, 1)
        csv_dir_layout.addWidget(csv_browse)
        self.control = QDoubleSpinBox()
        self.control.setRange(0, 50)
        self.control.setDecimals(0)
        self.control.setSuffix(" %")
        self.control.setValue(10)
        self.control.setToolTip(self.tr("A random share of each list is NOT mailed, so that you can later see "
                                        "whether the offer worked"))
        self.detectable = DetectabilityBox(lambda: (self.session.segmentation, self.checked_lists(),
                                                    self.control.value() / 100.0, self.session.shop_info().locale))
        self.control.valueChanged.connect(self.detectable.schedule)
        self.output = QLineEdit()
        self.output.setPlaceholderText(self.tr("Where to save the mailing workbook (.xlsx)"))
        self.output.textChanged.connect(self._update_button)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Files"), self.workbook)
        form.addRow("", self.csv)
        form.addRow(self.tr("CSV folder"), self.csv_dir_row)
        # (the whole row, its label too, shows only with CSV files ticked)
        form.setRowVisible(self.csv_dir_row, False)
        self.csv.toggled.connect(lambda on: form.setRowVisible(self.csv_dir_row, on))
        form.addRow(self.tr("Control group"), self.control)
        form.addRow(self.tr("It can show"), self.detectable)
        form.addRow(self.tr("Save as"), output_row)
        options = QGroupBox(self.tr("How"))
        options.setLayout(form)
        self.export_button = QPushButton(self.tr("Export mailing list"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.open_file_button = QPushButton(self.tr("Open file"))
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton(self.tr("Show in folder"))
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
        self.summary.setTabChangesFocus(True)
        self.summary.setReadOnly(True)
        self.summary.setFrameShape(QFrame.NoFrame)
        self.summary.viewport().setAutoFillBackground(False)
        self.summary.setPlaceholderText(self.tr("A summary of what was written, and who was left out and why, appears here."))
        self.summary_table = DataTableView()
        self.summary_table.model().set_headers(summary_headers())
        self.summary_table.setToolTip(self.tr("Per list: who was mailed, kept as control group, or left out and why"))
        self.summary_table.hide()  # until something was written
        summary_box = QGroupBox(self.tr("Summary"))
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
        self.intro = QLabel(self._intro(INTRO))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.RichText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b2182b")
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addLayout(columns, 1)
        self.last_summary: ExportSummary | None = None
        self._lists: list[MailingList] = []
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.load)
        session.export_runner.busy_changed.connect(lambda busy: self._update_button())
        session.export_runner.cancelled.connect(self._on_cancelled)
        session.imported_changed.connect(self.new_analysis)

    @staticmethod
    def _intro(text: str) -> str:
        """The page's heading and its first sentences (``text``: one of export_words' intros)."""
        return "<h3>" + QCoreApplication.translate("Pages", "Export") + "</h3>" + words(text)

    # ---- one analysis at a time ----------------------------------------------------------------------
    def new_analysis(self) -> None:
        """Another file (or a fresh start): nothing of the last analysis's export stays on the page;
        the file name is proposed from the new file."""
        self.output.clear()
        self.csv_dir.clear()
        self._lists = []
        self._clear_result()
        self.summary.clear()
        remembered = self.session.project.export if self.session.project is not None else None
        if remembered is not None:
            self.channel.setCurrentIndex(max(0, self.channel.findData(remembered.channel.value)))
            if remembered.mailing_out:
                self.output.setText(remembered.mailing_out)
            if remembered.csv_dir:
                self.csv_dir.setText(remembered.csv_dir)
        if not self.output.text() and self.session.imported is not None:
            source = Path(self.session.imported.path)
            default_dir = Path.home() if not source.parent.exists() or "resources" in source.parts else source.parent
            self.output.setText(str(default_dir / f"{source.stem}-mailing.xlsx"))

    def _clear_result(self) -> None:
        """No summary of an earlier export, and nothing to open."""
        self.last_summary = None
        self.summary_table.hide()
        self.summary_table.model().set_frame(None)
        for button in (self.open_file_button, self.open_folder_button):
            button.setEnabled(False)

    def current_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    def _on_channel(self, *_args) -> None:
        self.csv.setText(words(CSV_FOR[self.current_channel()]))
        self._show_notices()

    def load(self) -> None:
        seg = self.session.segmentation
        if seg is None:
            return
        checked = set(self.checked_keys()) if self._lists else None
        remembered = self.session.project.export if self.session.project is not None else None
        if remembered is not None and remembered.lists and not self._lists:
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
        self._show_notices()
        if not self.output.text():
            self.new_analysis()
        self._update_button()
        self.detectable.update_now()

    def _show_notices(self) -> None:
        """In red above the lists: nobody reachable by the channel (and what the data allows), no
        consent information, files that disagree on consent, no shop name."""
        seg, computed = self.session.segmentation, self.session.computed
        if seg is None:
            return
        prepared = computed.data("export", MailingLists) if computed is not None else None
        channel = self.current_channel()
        has_consent = has_consent_information(seg)
        notices = []
        if prepared is not None:
            shop_locale = self.session.shop_info().locale
            locale = window_locale(shop_locale)    # (the window's sentences: its language's numbers)
            counts = {c: format_number(r.reachable, 0, locale) for c, r in prepared.reach.items()}
            for index in range(self.channel.count()):
                one = Channel(self.channel.itemData(index))
                self.channel.setItemText(index, self.tr("%1 — %2 can be reached").replace("%1", words(CHANNEL_CHOICES[one]))
                                        .replace("%2", counts[one]))
            if not prepared.reach[channel].reachable:
                notices.append(nobody_notice(channel, prepared.reach, shop_locale))
        notices += [] if has_consent else [words(NO_CONSENT_NOTICE)]
        notices += [html.escape(consent_conflicts_note(seg.consent.conflicts))] if seg.consent.conflicts else []
        notices += [] if self.session.shop_info().name.strip() else [words(NO_SHOP_NAME)]
        self.notice.setText("<br>".join(notices))
        self.notice.setVisible(bool(notices))
        self.intro.setText(self._intro(INTRO if has_consent else INTRO_NO_CONSENT))

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

    def choose_csv_dir(self) -> None:
        """Another folder for the CSV files than the workbook's."""
        start = self.csv_dir.text() or str(Path(self.output.text() or Path.home()).parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"), start)
        if folder:
            self.csv_dir.setText(folder)

    def csv_folder(self, out: Path) -> Path | None:
        """Where the CSV files go: the folder chosen, else next to the workbook; None without CSVs."""
        if not self.csv.isChecked():
            return None
        return Path(self.csv_dir.text().strip()) if self.csv_dir.text().strip() else out.parent

    def choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save mailing list"), self.output.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
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
        tests = self.session.project.offer_tests if self.session.project is not None else []
        for item in chosen:
            test = offer_test_for(tests, item)
            for offer in [offer_for_list(self.session.project, item)] + ([test.offer_b] if test is not None else []):
                if offer.problems():
                    problem = (self.tr('The offer "%1" (%2) has a problem: ').replace("%1", offer.title)
                               .replace("%2", offer.target)
                               + self.session.shop_info().words().say(offer.problem_phrases()[0]))
                    show_error(self, SettingsError(problem, self.tr("Fix it on the Offers page, then export again.")))
                    return
        changed = self.session.imported.changed_files() if self.session.imported is not None else []
        if changed:   # (the law: an opt-out written into a file after it was opened must not be missed)
            QMessageBox.warning(self, self.tr("The files changed since they were opened"), self.tr(
                "%1 changed after Clientele read it, so opt-outs written into it since would not be seen, and "
                "nothing was written. Open the purchases file again (File ▸ Open), with its customers file, to read "
                "them as they are now, then export.").replace("%1", ", ".join(Path(p).name for p in changed)))
            return
        project = self.session.project
        if not has_consent_information(seg) and project is not None and project.export.consent_info:
            answer = QMessageBox.question(self, self.tr("Export without consent information?"), words(ASK_WITHOUT_CONSENT),
                                          QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return
        csv_dir = self.csv_folder(out)
        # the folders are created, and files that exist replaced, only when the owner says so
        if not make_folders(self, [out.parent] + ([csv_dir] if csv_dir is not None else [])):
            if self.last_summary is None:   # (an earlier export's error, about another path, would read as this one's)
                self.summary.clear()
            return
        source = self.session.imported.path if self.session.imported is not None else None
        imported = [p for p in (source, self.session.customers_file()) if p]
        # (an imported file is never written: core refuses it with its own message, not asked about here)
        if not ask_to_replace(self, files_to_write(out, csv_dir, [item.name for item in chosen]), imported,
                              self.session.shop_info().locale):
            return
        request = ExportRequest(seg, out, lists=chosen, offers=list(self.session.project.offers) if self.session.project else [],
                                # the CSV files are named after the workbook ("<workbook> - <list>.csv")
                                csv_dir=csv_dir, control_share=self.control.value() / 100.0,
                                shop=self.session.shop_info(), source_file=source, channel=self.current_channel(),
                                offer_tests=list(project.offer_tests) if project is not None else [],
                                file_currency=self.session.imported.result.report.currency
                                if self.session.imported is not None else None)
        self._clear_result()
        self.summary.setPlainText(self.tr("Writing…"))
        # (what is remembered is what this export was started with, not what the page shows when it ends)
        started = {"lists": chosen, "control_share": request.control_share, "csv": self.csv.isChecked(),
                   "csv_dir": self.csv_dir.text().strip() or None}
        opened = self.session.imported   # (another file opened before the export ends is not this export's)
        self.session.export_runner.start(tasks.export, request,
                                         on_done=lambda summary: self._on_done(summary, opened=opened, **started),
                                         on_error=lambda error: self._on_error(error, opened=opened),
                                         message=self.tr("Writing %1…").replace("%1", out.name), writes=True)

    def _on_cancelled(self) -> None:
        """The export was stopped before it wrote anything (core writes all its files or none)."""
        self._clear_result()
        self.summary.setPlainText(self.tr("Export stopped; nothing was written."))

    def _on_done(self, summary: ExportSummary, *, opened: tasks.Imported | None, lists: list[MailingList],
                 control_share: float, csv: bool, csv_dir: str | None) -> None:
        if opened is not self.session.imported:
            # the export of a file the owner has since left: said, but neither shown as this file's export
            # nor kept with its project (whose next export would be proposed the other file's workbook)
            self._elsewhere(self.tr("The mailing list of %1 was written to %2 (another file is open now).").replace(
                "%1", Path(opened.path).name if opened is not None else "").replace("%2", summary.workbook_path))
            return
        self.last_summary = summary
        self.summary.setPlainText(summary.about_text(self.session.shop_info().words()))
        self.summary_table.model().set_frame(summary_frame(summary, self.session.shop_info().words()))
        self.summary_table.fit_columns(max_width=220)
        self.summary_table.show()
        for button in (self.open_file_button, self.open_folder_button):
            button.setEnabled(True)
        project = self.session.project
        if project is not None:
            self.session.set_export_choices(dataclasses.replace(
                project.export, lists=lists, control_share=control_share, csv=csv, consent_info=summary.consent_info,
                channel=summary.channel, mailing_out=summary.workbook_path, csv_dir=csv_dir))

    def _elsewhere(self, text: str) -> None:
        """Say ``text`` in the window's status bar, for a while."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

    def _on_error(self, error, *, opened: tasks.Imported | None = None) -> None:
        """Nothing was written: no summary of an earlier export, nothing to open, the reason (on this
        page only when the export was of the file open now)."""
        if opened is not self.session.imported:
            show_error(self, error)
            return
        self._clear_result()
        self.summary.setPlainText(html.unescape(error.text(error_words()) if isinstance(error, ClienteleError)
                                                else str(error)))
        show_error(self, error)

    def open_file(self) -> None:
        if self.last_summary is not None:
            open_path(self, Path(self.last_summary.workbook_path))

    def open_folder(self) -> None:
        if self.last_summary is not None:
            open_path(self, Path(self.last_summary.workbook_path).parent, "folder")
