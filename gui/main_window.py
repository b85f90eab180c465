"""The main window: welcome screen, then a workspace with navigation between the pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from core.logs import setup_logging
from core.resources import resource_path, sample_data_path
from gui import project_actions
from gui.about import about_text
from gui.app_settings import AppSettings
from gui.chart_canvas import ChartWidget
from gui.import_flow import ImportFlow
from gui.page_registry import PAGE_SPECS, build_page, prewarm
from gui.pages.import_report import ImportReportPage
from gui.pages.welcome import FILE_FILTER, WelcomePage
from gui.progress_panel import ProgressPanel
from gui.session import Session
from gui.worker import TaskRunner

#: Invented names, e-mails and consent for the sample's customers (so the demo mails someone).
SAMPLE_CUSTOMERS = "online_retail_sample_customers.csv"


class MainWindow(QMainWindow):
    """Clientele's window. Pages register in ``self.pages`` (title → widget)."""

    def __init__(self, app_settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Clientele")
        self.setAcceptDrops(True)
        self.app_settings = app_settings or AppSettings()
        self.session = Session(self)
        self.import_flow = ImportFlow(self, self.app_settings, self)
        self.import_flow.imported.connect(self.on_imported)
        self.session.segmentation_changed.connect(self.update_counts)
        self.session.dirty_changed.connect(self.update_title)

        self.welcome = WelcomePage()
        self.welcome.open_requested.connect(self.open_file_dialog)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.recent_requested.connect(self.open_file)
        self.welcome.project_requested.connect(self.open_project)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(12, 12))
        self.nav.setFixedWidth(160)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; background: palette(window); }"
            "QListWidget#navigation::item { padding: 6px 10px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: #2c6fbb; color: white; }")
        self.nav.setSpacing(2)
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
        self.add_page(self.import_page, "Import", "The import report and the first rows of the file")
        # The analysis pages are built during the first import (start-up stays free of pandas and
        # matplotlib): their modules are imported on a thread, then one page per event-loop turn.
        self._pages_to_build = list(PAGE_SPECS)
        self._modules_ready = None  # threading.Event once prewarm() started
        self._page_timer = QTimer(self)
        self._page_timer.setInterval(15)
        self._page_timer.timeout.connect(self._build_next_page)

        self.progress = ProgressPanel()
        self.progress.bind(self.import_flow.runner)
        for runner in self.session.runners():
            self.progress.bind(runner)
        self.counts = QLabel()
        self.statusBar().addWidget(self.counts, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self._build_menus()
        self.refresh_recent()
        self.resize(1280, 800)
        self.app_settings.restore_window(self)

    # ---- pages -----------------------------------------------------------------------------------
    def add_page(self, widget, title: str, tooltip: str = "") -> None:
        item = QListWidgetItem(title)
        item.setToolTip(tooltip)
        item.setSizeHint(QSize(140, 34))
        self.nav.addItem(item)
        self.page_stack.addWidget(widget)
        self.pages[title] = widget

    def _build_next_page(self) -> None:
        """One page per timer tick, once the prewarm thread has imported the pages' modules."""
        if self._modules_ready is not None and not self._modules_ready.is_set():
            return
        if self._pages_to_build:
            self.add_page(*build_page(self._pages_to_build.pop(0), self.session))
        if not self._pages_to_build:
            self._page_timer.stop()

    def _build_extra_pages(self) -> None:
        """Build the analysis pages not built yet, now (an import that ended before they were)."""
        self._page_timer.stop()
        while self._pages_to_build:
            self.add_page(*build_page(self._pages_to_build.pop(0), self.session))

    def show_page(self, title: str) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self.nav.setCurrentRow(list(self.pages).index(title))

    def current_page_title(self) -> str:
        row = self.nav.currentRow()
        return list(self.pages)[row] if row >= 0 else ""

    # ---- menus -----------------------------------------------------------------------------------
    def _action(self, menu, text, slot, shortcut=None, tip="") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = self._action(file_menu, "&Open purchases file…", self.open_file_dialog,
                                        QKeySequence.Open, "Import an Excel, ODS or CSV export of your sales")
        self._action(file_menu, "Try the &sample data", self.open_sample, None,
                     "Import the bundled UCI Online Retail sample")
        self.remap_action = self._action(file_menu, "&Change columns and re-import…", self.reimport_with_mapping,
                                         None, "Check what each column of the current file means, then import again")
        file_menu.addSeparator()
        self._action(file_menu, "Open &project…", lambda: self.open_project(None), "Ctrl+Shift+O",
                     "Open a saved Clientele project")
        self.save_action = self._action(file_menu, "&Save project", self.save_project, QKeySequence.Save,
                                        "Save mapping, settings, tiers and offers")
        self._action(file_menu, "Save project &as…", lambda: self.save_project(ask=True), "Ctrl+Shift+S")
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, "&Export mailing list…", self.go_export, "Ctrl+E",
                                          "Choose lists and write the mailing file")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.Quit)
        view_menu = bar.addMenu("&View")
        self.find_action = self._action(view_menu, "&Find customer", self.find_customer, QKeySequence.Find,
                                        "Search the customer table")
        help_menu = bar.addMenu("&Help")
        self.detailed_log_action = self._action(
            help_menu, "Keep a &detailed log", self.set_detailed_log, None,
            "Write what Clientele does (files read, steps and their times) to clientele-detail.log "
            "in its data folder, next to the crash log")
        self.detailed_log_action.setCheckable(True)
        self.detailed_log_action.setChecked(self.app_settings.detailed_log())
        help_menu.addSeparator()
        self._action(help_menu, "&About Clientele", self.show_about)

    def set_detailed_log(self, on: bool) -> None:
        """The Help menu's "Keep a detailed log": remembered, and applied at once."""
        self.app_settings.set_detailed_log(on)
        path = setup_logging(on)
        self.statusBar().showMessage(f"Detailed log {'on' if on else 'off'}" + (f": {path}" if path else ""), 5000)

    # ---- opening files ---------------------------------------------------------------------------
    def open_file_dialog(self) -> None:
        start = str(Path(self.app_settings.recent()[0]).parent) if self.app_settings.recent() else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open purchases file", start, FILE_FILTER)
        if path:
            self.open_file(path)

    def _prewarm(self) -> None:
        if self._pages_to_build and self._modules_ready is None:
            self._modules_ready = prewarm()
            self._page_timer.start()

    def open_file(self, path: str, ask_mapping: bool = True) -> None:
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

    def on_imported(self, imported) -> None:
        self._build_extra_pages()
        self.import_page.show_import(imported)
        self.session.set_imported(imported)
        self.stack.setCurrentWidget(self.workspace)
        self.nav.setCurrentRow(0)
        self.update_title()
        self.update_counts()
        # the recent-files list (QSettings) in a later event-loop turn: this one already drew a page
        QTimer.singleShot(0, self.refresh_recent)

    def update_title(self, *_args) -> None:
        imported = self.session.imported
        name = Path(self.session.project_path or (imported.path if imported else "")).name
        star = "*" if self.session.dirty else ""
        self.setWindowTitle(f"Clientele — {name}{star}" if name else "Clientele")

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
        """Ask before losing unsaved changes; True when it is fine to go on."""
        if not self.session.dirty:
            return True
        answer = QMessageBox.question(
            self, "Unsaved changes",
            "You changed settings or offers since the project was last saved. Save them first?",
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save_project()
        return answer == QMessageBox.Discard

    def show_about(self) -> None:
        QMessageBox.about(self, "About Clientele", about_text())

    def closeEvent(self, event) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.app_settings.save_window(self)
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop every background task (window close, test teardown)."""
        self.import_flow.runner.shutdown()
        for chart in self.findChildren(ChartWidget):
            chart.shutdown()
        for runner in self.findChildren(TaskRunner):
            runner.shutdown()
        self.session.shutdown()  # last: the charts' runners use its chart thread
