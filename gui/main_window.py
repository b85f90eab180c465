"""The main window: welcome screen, then a workspace with navigation between the pages.

Pages are named in code by their English titles (``self.pages``, ``show_page("Overview")``); the
navigation shows each title and tooltip translated in the context "Pages" (``page_label``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from core.errors import ClienteleError
from core.input_files import check_openable
from core.logs import setup_logging
from core.resources import resource_path, sample_data_path
from gui import project_actions, screen_fit
from gui.about import about_text
from gui.app_settings import AppSettings, FileKind
from gui.chart_canvas import ChartWidget
from gui.error_dialogs import show_error
from gui.import_flow import ImportFlow
from gui.menus import build_menus, update_actions
from gui.page_registry import PAGE_SPECS, Prewarm, build_page
from gui.pages.import_report import ImportReportPage
from gui.pages.welcome import WelcomePage, file_filter
from gui.progress_panel import ProgressPanel, Step
from gui.session import Session
from gui.translation import ensure_installed
from gui.worker import TaskRunner

#: Invented names, e-mails and consent for the sample's customers (so the demo mails someone).
SAMPLE_CUSTOMERS = "online_retail_sample_customers.csv"
#: The window's comfortable size; smaller screens get the window maximised (gui.screen_fit).
PREFERRED_SIZE = QSize(1280, 800)
#: Where the progress bar stands when opening a file after the first look, and after the import.
OPEN_SHARES = (0.25, 0.85)
#: The pages' titles and tooltips (gui.page_registry's PAGE_SPECS and the Import page) for
#: pyside6-lupdate: the navigation translates them in the context "Pages" when it shows them.
PAGE_WORDS = (
    QT_TRANSLATE_NOOP("Pages", "Import"),
    QT_TRANSLATE_NOOP("Pages", "The import report and the first rows of the file"),
    QT_TRANSLATE_NOOP("Pages", "Overview"),
    QT_TRANSLATE_NOOP("Pages", "Headline figures and the main charts"),
    QT_TRANSLATE_NOOP("Pages", "Segments"),
    QT_TRANSLATE_NOOP("Pages", "Customer groups and the segment map"),
    QT_TRANSLATE_NOOP("Pages", "Changes"),
    QT_TRANSLATE_NOOP("Pages", "Who moved between segments since an earlier date"),
    QT_TRANSLATE_NOOP("Pages", "Win-back"),
    QT_TRANSLATE_NOOP("Pages", "Customers who have gone quiet, the most to lose first"),
    QT_TRANSLATE_NOOP("Pages", "Loyalty tiers"),
    QT_TRANSLATE_NOOP("Pages", "Tier rules, distribution and who is nearly up"),
    QT_TRANSLATE_NOOP("Pages", "Customers"),
    QT_TRANSLATE_NOOP("Pages", "Every customer, with search, filters and details"),
    QT_TRANSLATE_NOOP("Pages", "Occasions"),
    QT_TRANSLATE_NOOP("Pages", "Birthdays, anniversaries and who is due to buy again"),
    QT_TRANSLATE_NOOP("Pages", "Offers"),
    QT_TRANSLATE_NOOP("Pages", "An offer and a message per list"),
    QT_TRANSLATE_NOOP("Pages", "Export"),
    QT_TRANSLATE_NOOP("Pages", "Write the mailing list"),
    QT_TRANSLATE_NOOP("Pages", "Results"),
    QT_TRANSLATE_NOOP("Pages", "Did the offer work? A campaign's mailed customers against its control group"),
)


def page_label(title: str) -> str:
    """A page's title (or tooltip) as the navigation shows it, in the window's language."""
    return QCoreApplication.translate("Pages", title)


class MainWindow(QMainWindow):
    """Clientele's window. Pages register in ``self.pages`` (title → widget)."""

    def __init__(self, app_settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Clientele")
        self.setAcceptDrops(True)
        self.app_settings = app_settings or AppSettings()
        self.session = Session(self)
        self.session.language = ensure_installed()
        self.import_flow = ImportFlow(self, self.app_settings, self)
        self.import_flow.imported.connect(self.on_imported)
        self.session.segmentation_changed.connect(self.update_counts)
        self.session.dirty_changed.connect(self.update_title)
        self.session.opening_undone.connect(self._show_previous)
        self.session.page_requested.connect(self.show_list_on_page)

        self.welcome = WelcomePage()
        self.welcome.open_requested.connect(self.open_file_dialog)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.recent_requested.connect(self.open_file)
        self.welcome.project_requested.connect(self.open_project)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(12, 12))
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; background: palette(window); }"
            "QListWidget#navigation::item { padding: 6px 10px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: #2c6fbb; color: white; }")
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(self._nav_width())
        self.page_stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.page_stack.setCurrentIndex)
        workspace = QWidget()
        workspace_layout = QHBoxLayout(workspace)
        workspace_layout.setContentsMargins(0, 0, 0, 0)
        workspace_layout.setSpacing(0)
        workspace_layout.addWidget(self.nav)
        workspace_layout.addWidget(self.page_stack, 1)
        self.workspace = workspace

        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(workspace)
        self.setCentralWidget(self.stack)

        self.pages: dict[str, object] = {}
        self.import_page = ImportReportPage()
        self.import_page.next_button.clicked.connect(lambda: self.show_page("Overview"))
        self.session.segmentation_changed.connect(
            lambda: self.import_page.next_button.setVisible("Overview" in self.pages))
        self.session.segmentation_changed.connect(self._show_totals)
        self.import_page.start_afresh.connect(self._start_afresh)
        self.add_page(self.import_page, "Import", "The import report and the first rows of the file")
        # The analysis pages are built during the first import (start-up stays free of pandas and
        # matplotlib): their modules are imported on a thread, then one page per event-loop turn.
        self._pages_to_build = list(PAGE_SPECS)
        self._modules_ready = None  # threading.Event once the prewarm started (Prewarm.ready)
        self._prewarm_task: Prewarm | None = None
        self._page_timer = QTimer(self)
        self._page_timer.setInterval(15)
        self._page_timer.timeout.connect(self._build_next_page)
        #: An import that ended before every page was built: shown once they are (one per turn).
        self._waiting_import = None

        self.progress = ProgressPanel()
        self.progress.bind(self.import_flow.runner)
        for runner in self.session.runners():
            self.progress.bind(runner)
        self.import_flow.preview_starting.connect(self._expect_open_progress)
        self.import_flow.import_starting.connect(self._expect_import_progress)
        self.counts = QLabel()
        # the counts give way to the progress and its Cancel button on a narrow window
        self.counts.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.statusBar().addWidget(self.counts, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.window_actions = build_menus(self)
        self.session.imported_changed.connect(self.update_actions)
        self.refresh_recent()
        if self.app_settings.restore_window(self):
            screen_fit.keep_on_screen(self, PREFERRED_SIZE)
        else:
            area = screen_fit.screen_of(self).availableGeometry()
            screen_fit.fit_window(self, screen_fit.first_size(PREFERRED_SIZE, area))

    # ---- pages -----------------------------------------------------------------------------------
    def _nav_width(self) -> int:
        """Wide enough for the longest page name in the navigation's font."""
        font = self.nav.font()
        font.setPointSizeF(11)
        self.nav.setFont(font)
        longest = max(self.nav.fontMetrics().horizontalAdvance(page_label(spec.title)) for spec in PAGE_SPECS)
        return longest + 44

    def add_page(self, widget, title: str, tooltip: str = "") -> None:
        """Add a page to the navigation. Each page sits in a scroll area: below its comfortable
        size it scrolls instead of pushing the window past the screen's edge."""
        number = len(self.pages) + 1
        item = QListWidgetItem(page_label(title))
        tooltip = page_label(tooltip) if tooltip else ""
        item.setToolTip(f"{tooltip} (Ctrl+{number % 10})" if tooltip and number <= 10 else tooltip)
        item.setSizeHint(QSize(self.nav.width() - 20, 34))
        self.nav.addItem(item)
        self.page_stack.addWidget(screen_fit.PageScroll(widget))
        self.pages[title] = widget
        if hasattr(self, "window_actions"):
            self.update_actions()

    def _build_next_page(self) -> None:
        """One page per timer tick, once the prewarm thread has imported the pages' modules; then
        the analysis of the import that waited (``on_imported``), if any."""
        if self._modules_ready is not None and not self._modules_ready.is_set():
            return
        if self._waiting_import is not None:
            self._page_timer.setInterval(0)   # the import waits: the next page in the next turn
        if self._pages_to_build:
            self.add_page(*build_page(self._pages_to_build.pop(0), self.session))
        if not self._pages_to_build:
            self._page_timer.stop()
            imported, self._waiting_import = self._waiting_import, None
            if imported is not None:
                self._show_analysis(imported)

    def show_page(self, title: str) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self.nav.setCurrentRow(list(self.pages).index(title))

    def show_list_on_page(self, title: str, list_key: str = "") -> None:
        """Show page ``title`` with the list ``list_key`` (a MailingList.key) chosen on it, when it
        has lists (the Offers and Export pages' ``select_list``)."""
        if title not in self.pages:
            return
        self.show_page(title)
        select = getattr(self.pages[title], "select_list", None)
        if list_key and select is not None:
            select(list_key)

    def show_page_number(self, number: int) -> None:
        """Ctrl+``number``: the ``number``-th page of the navigation, once a file is open."""
        titles = list(self.pages)
        if self.session.imported is not None and 1 <= number <= len(titles):
            self.show_page(titles[number - 1])

    def current_page_title(self) -> str:
        row = self.nav.currentRow()
        return list(self.pages)[row] if row >= 0 else ""

    # ---- menus (gui.menus) -----------------------------------------------------------------------
    def update_actions(self) -> None:
        """Grey out what needs a file until one is open (gui.menus.update_actions)."""
        update_actions(self, self.window_actions)

    def page_label(self, title: str) -> str:
        """A page's title as the navigation and the View menu show it (module ``page_label``)."""
        return page_label(title)

    def set_detailed_log(self, on: bool) -> None:
        """The Help menu's "Keep a detailed log": remembered, and applied at once."""
        self.app_settings.set_detailed_log(on)
        path = setup_logging(on)
        text = self.tr("Detailed log on") if on else self.tr("Detailed log off")
        self.statusBar().showMessage(text + (f": {path}" if path else ""), 5000)

    def set_language(self, language) -> None:
        """Help › Language: remembered; the window speaks it from the next start on."""
        self.app_settings.set_language(language)
        self.statusBar().showMessage(
            self.tr("Clientele will speak %1 when you start it again.").replace("%1", language.native_name), 8000)

    # ---- opening files ---------------------------------------------------------------------------
    def open_file_dialog(self) -> None:
        start = self.app_settings.last_folder(FileKind.PURCHASES)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open purchases file"), start, file_filter())
        if path:
            self.app_settings.set_last_folder(FileKind.PURCHASES, path)
            self.open_file(path)

    def _prewarm(self) -> None:
        if self._pages_to_build and self._modules_ready is None:
            self._prewarm_task = Prewarm(self)
            self._prewarm_task.start()
            self._modules_ready = self._prewarm_task.ready
            self._page_timer.start()

    def open_file(self, path: str, ask_mapping: bool = True) -> None:
        try:   # (a folder or a .zip dropped while a file imports: said, and that import goes on)
            check_openable(path)
        except ClienteleError as error:
            show_error(self, error)
            return
        if not self.confirm_discard():
            return
        self._prewarm()
        # the customers file stays attached (with its consent) until the owner clears it in the dialog
        self.import_flow.start(path, ask_mapping=ask_mapping, attributes_path=self.session.customers_file())

    def reimport_with_mapping(self) -> None:
        if self.session.imported is not None:
            self.open_file(self.session.imported.path, ask_mapping=True)

    def open_sample(self) -> None:
        if not self.confirm_discard():
            return
        self._prewarm()
        customers = resource_path(SAMPLE_CUSTOMERS)
        self.import_flow.start_with_options(str(sample_data_path("xlsx")), None,
                                            str(customers) if customers.exists() else None)

    def _expect_open_progress(self) -> None:
        """Opening a file is one job on one bar: the first look at it fills the first quarter."""
        self.progress.expect(Step(self.import_flow.runner, 0.0, OPEN_SHARES[0]))

    def _expect_import_progress(self, after_first_look: bool) -> None:
        """…the import goes on from there, and finding the groups ends the bar."""
        start = OPEN_SHARES[0] if after_first_look else 0.0
        self.progress.expect(Step(self.import_flow.runner, start, OPEN_SHARES[1]),
                             Step(self.session.compute_runner, OPEN_SHARES[1], 1.0))

    def on_imported(self, imported) -> None:
        """Show a finished import: its report in this event-loop turn, the analysis (the session's
        new project, the segmentation started, the title) in a later one, so that no turn does both.
        When the import ended before every analysis page was built (a small file, read before the
        pages' modules were loaded), the analysis waits until they are, still one page per turn:
        each page must exist before the analysis reaches it. The report's sentences are core's, in
        the window's language here; an analysis kept in another language shows them again in its
        own once it is set (``_show_analysis``)."""
        shop = self.session.new_shop(self.session.shop_info())
        self.import_page.show_import(imported, shop.words(), shop.locale)
        self.stack.setCurrentWidget(self.workspace)
        self.nav.setCurrentRow(0)
        self._waiting_import = imported
        if self._modules_ready is None or self._modules_ready.is_set():
            self._page_timer.setInterval(0)
        self._page_timer.start()

    def _show_analysis(self, imported) -> None:
        # the bar goes on from where the import left it (the panel let the job go when the import
        # ended with nothing else running)
        self.progress.expect(Step(self.session.compute_runner, OPEN_SHARES[1], 1.0))
        shown = self.session.new_shop(self.session.shop_info()).language
        self.session.set_imported(imported)
        if self.session.shop_info().language is not shown:
            shop = self.session.shop_info()
            self.import_page.show_import(imported, shop.words(), shop.locale)
        self.import_page.show_recalled(self.session.recalled)
        self.update_title()
        self.update_counts()
        # the recent-files list (QSettings) in a later event-loop turn: this one already drew a page
        QTimer.singleShot(0, self.refresh_recent)

    def _show_previous(self) -> None:
        """The analysis open before a cancelled or failed opening, shown again as it was."""
        imported = self.session.imported
        if imported is not None:
            shop = self.session.shop_info()
            self.import_page.show_import(imported, shop.words(), shop.locale)
            self.import_page.show_recalled(self.session.recalled)
        self.update_title()
        self.update_counts()

    def _show_totals(self) -> None:
        """The Import page's line on where the file's totals go (prepared with the Overview's data)."""
        from gui.pages.overview import OverviewData  # noqa: PLC0415 - built with the analysis pages

        computed = self.session.computed
        data = computed.data("overview", OverviewData) if computed is not None else None
        shop = self.session.shop_info()
        words = shop.words()
        segmentation = self.session.segmentation
        # (a customers file that names nobody who bought: said here too, beside the file it is about)
        notes = [notice.text(words) for notice in (segmentation.warnings if segmentation is not None else [])
                 if notice.kind == "customers_file"]
        self.import_page.show_totals(data.totals if data is not None else None, shop.currency, shop.locale,
                                     words, notes)

    def _start_afresh(self) -> None:
        """The Import page's "Start from the defaults": forget what was kept for this file."""
        self.session.start_afresh()
        self.import_page.show_recalled(None)

    def update_title(self, *_args) -> None:
        imported = self.session.imported
        name = Path(self.session.project_path or (imported.path if imported else "")).name
        star = "*" if self.session.unsaved_project else ""
        self.setWindowTitle(f"Clientele — {name}{star}" if name else "Clientele")  # a name: nothing to translate

    def refresh_recent(self) -> None:
        self.welcome.set_recent(self.app_settings.recent("files"), self.app_settings.recent("projects"))

    def update_counts(self) -> None:
        self.counts.setText(self.session.status_text())

    # ---- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            if files[0].lower().endswith(".json"):
                self.open_project(files[0])
            else:
                self.open_file(files[0])

    # ---- projects, export, find (filled in by later pages) ---------------------------------------
    def open_project(self, path: str | None) -> None:
        project_actions.open_project(self, path)

    def save_project(self, ask: bool = False) -> bool:
        return project_actions.save_project(self, ask)

    def go_export(self) -> None:
        if "Export" in self.pages and self.session.segmentation is not None:
            self.show_page("Export")

    def find_customer(self) -> None:
        page = self.pages.get("Customers")
        if page is not None and self.session.segmentation is not None:
            self.show_page("Customers")
            page.focus_search()

    def confirm_discard(self) -> bool:
        """Ask before leaving a project file with unsaved changes; True when it is fine to go on.
        Without a project file nothing is lost: the analysis is kept for its purchases file."""
        if not self.session.unsaved_project:
            return True
        name = Path(self.session.project_path or "").name
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("You changed settings or offers since the project file “%1” was saved. Save them to it? "
                    "(Clientele keeps them for this purchases file either way.)").replace("%1", name),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save_project()
        return answer == QMessageBox.Discard

    def confirm_quit_during_export(self) -> bool:
        """Ask before quitting while a mailing list is being written; True when it is fine to go on
        (quitting stops the export, and an export writes all its files or none)."""
        if not self.session.export_runner.is_busy():
            return True
        answer = QMessageBox.question(
            self, self.tr("An export is being written"),
            self.tr("Clientele is writing a mailing list. Quit anyway? The export stops and writes nothing: no "
                    "file is changed and no campaign is recorded."),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Clientele"), about_text())

    def show_guide(self) -> None:
        """Help › Clientele guide (F1): what each page shows, how the numbers are made, where
        files and settings live."""
        from gui.guide import GuideDialog  # noqa: PLC0415 - the guide loads when first asked for

        GuideDialog(self.app_settings, self).show()

    def closeEvent(self, event) -> None:
        if not self.confirm_quit_during_export() or not self.confirm_discard():
            event.ignore()
            return
        self.app_settings.save_window(self)
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop every background task (window close, test teardown)."""
        self.import_flow.runner.shutdown()
        self._page_timer.stop()               # (no page is built for a window closing)
        if self._prewarm_task is not None:
            self._prewarm_task.shutdown()     # (first: it switches the garbage collector back on)
        for chart in self.findChildren(ChartWidget):
            chart.shutdown()
        for runner in self.findChildren(TaskRunner):
            runner.shutdown()
        self.session.shutdown()  # last: the charts' runners use its chart thread
