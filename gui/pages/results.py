"""Results page (definitions §9): did the offer work?

Pick a recorded campaign (the latest by default), use the purchases file open now (the usual case:
the owner opened next month's export) or open another newer one, and set the day the mailing went
out and the response window if they differ from what was recorded (a look that works records them
with the campaign). Per list, mailed and control side by side, the uplift with its interval (a
table and a bar chart with whiskers), the chance the mailing helped, the extra revenue and the
verdict in core's words; the pooled "All lists" row; an "incomplete window" banner; coupons as
redemptions; the warnings. Every look runs off the GUI thread on the session's ``results_runner``
(gui/results_view.load_results), with progress and cancel; "Save results…" writes the command
line's --results-out files through core.
"""

from __future__ import annotations

import functools
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.campaigns import write_results
from core.errors import OutputError
from core.output import format_date, language_locale
from core.schema import FIRST_YEAR
from gui.app_settings import AppSettings, FileKind
from gui.chart_canvas import ChartWidget
from gui.error_dialogs import show_error
from gui.export_targets import ask_to_replace
from gui.lazy_refresh import refresh_lazily
from gui.pages.welcome import file_filter
from gui.reflow import FlowLayout, ReflowSplitter
from gui.results_view import ResultsRequest, ResultsView, campaign_choice, column_headers, load_results
from gui.table_view import DataTableView
from gui.translation import installed_language
from gui.uplift_chart import uplift_chart

if TYPE_CHECKING:
    from core.campaigns import CampaignInfo
    from core.importing import ImportOptions, ImportResult
    from gui.session import Session

#: Said when no campaign has been recorded yet.
NO_CAMPAIGN = QT_TRANSLATE_NOOP("ResultsPage", "No campaign has been recorded yet. Export a mailing list on the Export page (keep a control "
               "group: only it can tell whether the offer worked). When the response window has run, open the "
               "shop's newer purchases file and come back here.")
#: How long after the last edit of the sent date or the window the results are worked out again.
EDIT_DELAY_MS = 600


class ResultsPage(QWidget):
    """A recorded campaign's results from a newer purchases file."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.campaign = QComboBox()
        self.campaign.setToolTip(self.tr("The recorded campaign to measure (the latest first chosen). Exports "
                                         "that mailed nobody are not campaigns."))
        self.campaign.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.campaign.setMinimumContentsLength(34)
        self.campaign.currentIndexChanged.connect(self._on_campaign)
        self.sent_date = QDateEdit()
        self.sent_date.setCalendarPopup(True)
        self.sent_date.setDisplayFormat("d MMM yyyy")
        self.sent_date.setToolTip(self.tr("The day the mailing went out (the export date unless you set another); "
                                          "kept with the campaign"))
        self.window_days = QSpinBox()
        self.window_days.setRange(1, 365)
        self.window_days.setSuffix(self.tr(" days"))
        self.window_days.setToolTip(self.tr("How long after the sent date a purchase counts as a response; kept "
                                            "with the campaign"))
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_DELAY_MS)
        self._edit_timer.timeout.connect(self.look)
        self.sent_date.dateChanged.connect(self._on_dates)
        self.window_days.valueChanged.connect(self._on_dates)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open a newer file…"))
        self.open_button.setToolTip(self.tr("Measure with another purchases file than the one open now (read with "
                                            "the open file's column choices)"))
        self.open_button.clicked.connect(self.choose_file)
        self.use_open_button = QPushButton(self.tr("Use the file open now"))
        self.use_open_button.clicked.connect(lambda: self.use_file(None))
        self.save_button = QPushButton(self.tr("Save results…"))
        self.save_button.setToolTip(self.tr("The results table as CSV, or a workbook with a Summary for you and one "
                                            "row per customer (as the command line's --results-out)"))
        self.save_button.clicked.connect(self.choose_save)
        controls = FlowLayout(spacing=10)
        for label, widget in ((self.tr("Campaign"), self.campaign), (self.tr("Sent on"), self.sent_date),
                              (self.tr("Response window"), self.window_days)):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(QLabel(label))
            row.addWidget(widget)
            controls.addWidget(box)
        files = FlowLayout(spacing=10)
        for widget in (self.open_button, self.use_open_button, self.save_button):
            files.addWidget(widget)
        # (the three lines below say core's words and file names as they are: plain text, never markup;
        # escaped for a rich-text label they showed "campaign&#x27;s")
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fee8c8; color: #7f2704; padding: 4px; border-radius: 3px")
        self.banner.hide()
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problem.setStyleSheet("color: #b2182b")
        self.problem.hide()
        self.saved = QLabel()
        self.saved.setTextFormat(Qt.PlainText)
        self.saved.setWordWrap(True)
        self.saved.setStyleSheet("color: #1b7837")
        self.saved.hide()

        self.table = DataTableView()
        self.table.setSortingEnabled(False)     # the lists in the export's order, the pooled row last
        self.table.model().set_headers(column_headers())
        self.table.setMinimumHeight(90)
        self.table.setToolTip(self.tr("Per list: the mailed and the control customers side by side, the uplift "
                                      "(more buyers of every 100 than the control group) and what it means"))
        self.chart = ChartWidget(self.tr("Uplift"), session.chart_executor, height=2.6)
        self.chart.setMinimumWidth(260)
        top = ReflowSplitter()
        top.addWidget(self.table)
        top.addWidget(self.chart)
        top.setSizes([600, 360])
        self.words = QTextBrowser()
        self.words.setOpenLinks(False)
        self.words.setMinimumHeight(80)
        main = self.main = QSplitter(Qt.Vertical)
        main.setChildrenCollapsible(False)
        main.addWidget(top)
        main.addWidget(self.words)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        title = QLabel("<h3>" + QCoreApplication.translate("Pages", "Results") + "</h3>")
        title.setToolTip(self.tr("Did the offer work? The mailed customers against the control group, who were held "
                                 "back at random"))
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(self.file_label)
        layout.addLayout(files)
        layout.addWidget(self.banner)
        layout.addWidget(self.problem)
        layout.addWidget(self.saved)
        layout.addWidget(main, 1)
        layout.addStretch(0)   # (takes the room when there are no results and ``main`` is hidden)

        self.view: ResultsView | None = None
        self.saved_to: Path | None = None
        self._campaign: int | None = None
        self._dates_edited = False
        self._updating = False
        self._newer_path: str | None = None
        self._newer: ImportResult | None = None
        #: the file shown before a newer file's first look, until that look is on screen (a cancel or a
        #: failure puts it back: the label never names a file whose results are not shown)
        self._file_before: tuple[str | None, ImportResult | None] | None = None
        #: a save is being written: a look asked for meanwhile waits for it (it would stop the save)
        self._saving = False
        self._look_waiting = False
        session.results_runner.cancelled.connect(self._on_cancelled)
        self._show_file()
        self._set_enabled(False)
        self.lazy = refresh_lazily(self, session.imported_changed, self._on_new_import)
        self.lazy.stale = True                  # the first look when the page is first shown
        session.export_runner.busy_changed.connect(lambda busy: None if busy else self.lazy.request())

    # ---- choosing ------------------------------------------------------------------------------------
    def _on_new_import(self) -> None:
        if self._newer_path is None:
            self._dates_edited = False
        self.look()

    def _on_campaign(self, _index: int) -> None:
        if self._updating:
            return
        number = self.campaign.currentData()
        self._campaign = int(number) if number is not None else None
        self._dates_edited = False
        self.look()

    def _on_dates(self, *_args: object) -> None:
        if self._updating:
            return
        self._dates_edited = True
        self._edit_timer.start()

    def choose_file(self) -> None:
        settings = AppSettings()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the newer purchases file"),
                                              settings.last_folder(FileKind.PURCHASES), file_filter())
        if path:
            settings.set_last_folder(FileKind.PURCHASES, path)
            self.use_file(path)

    def use_file(self, path: str | None) -> None:
        """Measure with ``path`` (read now), or with the file open in the window (None)."""
        if self._file_before is None:
            self._file_before = (self._newer_path, self._newer)
        self._newer_path, self._newer = path, None
        self._show_file()
        self.look()

    def _file_back(self) -> None:
        """A look at another file was cancelled or failed: the file of the results on screen is back."""
        if self._file_before is not None:
            (self._newer_path, self._newer), self._file_before = self._file_before, None
            self._show_file()

    def _on_cancelled(self) -> None:
        if self._saving:
            self._saving = False
            self.saved.setText(self.tr("Saving stopped; nothing was written."))
            self.saved.show()
            self._look_after_save()
        else:
            self._file_back()

    def _on_look_error(self, error: BaseException) -> None:
        self._file_back()
        # (looking writes nothing: a history or data folder that cannot be used is said as such)
        show_error(self, error, self.tr("The campaign history cannot be used") if isinstance(error, OutputError)
                   else None)

    def _options(self) -> ImportOptions | None:
        """The open file's column, date-order and currency choices (its sheet and header row are
        found again in the other file)."""
        from core.importing import ImportOptions  # noqa: PLC0415 - loaded by the time a file is open

        project = self.session.project
        if project is None:
            return None
        options = project.import_options
        return ImportOptions(mapping=dict(options.mapping), date_order=options.date_order, currency=options.currency)

    def _open_result(self) -> ImportResult | None:
        if self._newer_path is not None:
            return self._newer
        return self.session.imported.result if self.session.imported is not None else None

    # ---- looking ------------------------------------------------------------------------------------
    def request(self) -> ResultsRequest:
        """The look the page's choices ask for."""
        sent = window = None
        if self._dates_edited:
            sent, window = self.sent_date.date().toPython(), self.window_days.value()
        return ResultsRequest(campaign=self._campaign, sent_date=sent, window_days=window,
                              newer_path=self._newer_path if self._newer is None else None,
                              options=self._options() if self._newer_path is not None else None,
                              language=self.session.shop_info().language, window_language=installed_language())

    def look(self) -> None:
        """Work out the results of the page's choices in the background."""
        self._edit_timer.stop()
        if self._saving:
            self._look_waiting = True
            return
        self.session.results_runner.start(load_results, self.request(), self._open_result(), on_done=self.show_view,
                                          on_error=self._on_look_error,
                                          message=self.tr("Working out the campaign's results…"))

    def show_view(self, view: ResultsView) -> None:
        """Show one look's results (or why there are none)."""
        self.view = view
        self._file_before = None
        if view.newer is not None:
            self._newer = view.newer
        self._show_campaigns(view.campaigns, view.campaign)
        self._show_file()
        results = view.results
        self._set_enabled(bool(view.campaigns))
        self.save_button.setEnabled(results is not None)
        self.banner.setText(view.banner)
        self.banner.setVisible(bool(view.banner))
        problem = view.problem or ("" if view.campaigns else self.tr(NO_CAMPAIGN))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        # (coming back later is no error: plain words; without results, no empty table and chart)
        self.problem.setStyleSheet("color: #333" if view.waiting or not view.campaigns else "color: #b2182b")
        self.main.setVisible(results is not None)
        self.table.model().set_frame(view.table)
        if view.table is not None:
            self.table.fit_columns(max_width=220)
        bars = view.bars
        self.chart.draw(functools.partial(uplift_chart, bars=bars))
        self.words.setHtml(view.text)
        if results is not None:
            self._dates_edited = False          # what was looked at is what the campaign now records
        self.saved.hide()
        window = self.window()
        if view.recorded and view.campaign is not None and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Campaign %1 now records its mailing as sent on %2, with a %3-day response window.")
                .replace("%1", str(view.campaign.number))
                .replace("%2", format_date(view.campaign.sent_date,   # (in the window's language: "30 septembre 2011")
                                           language_locale(installed_language().code, view.campaign.locale)))
                .replace("%3", str(view.campaign.window_days)), 8000)

    def _show_campaigns(self, campaigns: list[CampaignInfo], shown: CampaignInfo | None) -> None:
        self._updating = True
        blockers = [QSignalBlocker(w) for w in (self.campaign, self.sent_date, self.window_days)]
        try:
            self.campaign.clear()
            for info in reversed(campaigns):            # the latest first
                self.campaign.addItem(campaign_choice(info), info.number)
            if shown is not None:
                self.campaign.setCurrentIndex(max(0, self.campaign.findData(shown.number)))
                self._campaign = shown.number
                made = shown.reference_date   # (it cannot have gone out before the purchases it was made from)
                self.sent_date.setMinimumDate(QDate(made.year, made.month, made.day) if made is not None
                                              else QDate(FIRST_YEAR, 1, 1))
                if not self._dates_edited:
                    day = shown.sent_date
                    self.sent_date.setDate(QDate(day.year, day.month, day.day))
                    self.window_days.setValue(shown.window_days)
        finally:
            for blocker in blockers:
                blocker.unblock()
            self._updating = False

    def _show_file(self) -> None:
        if self._newer_path is not None:
            self.file_label.setText(self.tr("Purchases: <b>%1</b> (a newer file, read for the results only)")
                                    .replace("%1", html.escape(Path(self._newer_path).name)))
        elif self.session.imported is not None:
            self.file_label.setText(self.tr("Purchases: <b>%1</b> (the file open now)")
                                    .replace("%1", html.escape(Path(self.session.imported.path).name)))
        else:
            self.file_label.setText(self.tr("Purchases: <b>none yet</b>"))
        self.use_open_button.setVisible(self._newer_path is not None)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.campaign, self.sent_date, self.window_days):
            widget.setEnabled(on)

    # ---- saving --------------------------------------------------------------------------------------
    def choose_save(self) -> None:
        results = self.view.results if self.view is not None else None
        if results is None:
            return
        settings = AppSettings()
        start = str(Path(settings.last_folder(FileKind.MAILING)) / f"campaign-{results.campaign.number}-results.xlsx")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the results"), start,
                                                   self.tr("Excel workbook (*.xlsx);;CSV table (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        settings.set_last_folder(FileKind.MAILING, path)
        self.save(Path(path))

    def inputs(self) -> tuple[str, ...]:
        """The files the results were read from (never written)."""
        imported = self.session.imported
        return tuple(p for p in (self._newer_path, imported.path if imported is not None else None,
                                 self.session.customers_file()) if p)

    def save(self, path: Path) -> None:
        """Write the results shown to ``path`` (.csv or .xlsx) in the background, asking before
        replacing a file."""
        results = self.view.results if self.view is not None else None
        if results is None or not ask_to_replace(self, [path], self.inputs(), self.session.shop_info().locale):
            return
        self._saving = True
        self.session.results_runner.start(functools.partial(write_results, inputs=self.inputs(),
                                                            words=self.session.shop_info().words()), results, path,
                                          on_done=self._on_saved, on_error=self._on_save_error,
                                          message=self.tr("Writing %1…").replace("%1", path.name), writes=True)

    def _on_saved(self, path: Path) -> None:
        self._saving = False
        self.saved_to = Path(path)
        self.saved.setText(self.tr("Results saved to %1.").replace("%1", str(path)))
        self.saved.show()
        self._look_after_save()

    def _on_save_error(self, error: BaseException) -> None:
        self._saving = False
        show_error(self, error)
        self._look_after_save()

    def _look_after_save(self) -> None:
        if self._look_waiting:
            self._look_waiting = False
            self.look()
