"""Welcome page: open a purchases file, try the sample data, reopen a recent file or project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: The file types a purchases or customers file may have (the file dialogs' filter, after its words).
FILE_PATTERNS = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"


def file_filter() -> str:
    """The file dialogs' filter for purchase and customers files, in the window's language."""
    return (QCoreApplication.translate("WelcomePage", "Purchase files (%1)").replace("%1", FILE_PATTERNS)
            + ";;" + QCoreApplication.translate("WelcomePage", "All files (*)"))


class WelcomePage(QWidget):
    """The first screen a shop owner sees."""

    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(str)
    project_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        title = QLabel("Clientele")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr(
            "Open the purchase history your till or web shop exports (Excel or CSV). In a minute you "
            "will see your best customers, who has gone quiet, and your loyalty tiers — then pick an "
            "offer per group and export a personal mailing list. Nothing leaves this computer."))
        subtitle.setWordWrap(True)
        subtitle.setMaximumWidth(640)

        self.open_button = QPushButton(self.tr("Open purchases file…"))
        self.open_button.setToolTip(self.tr("Choose an Excel, ODS or CSV export of your sales (Ctrl+O)"))
        self.open_button.setMinimumHeight(44)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button = QPushButton(self.tr("Try the sample data"))
        self.sample_button.setToolTip(self.tr("A real online shop's purchases: 300 customers, 2010–2011 (UCI Online Retail)"))
        self.sample_button.setMinimumHeight(44)
        self.sample_button.clicked.connect(self.sample_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)

        drop_hint = QLabel(self.tr("…or drop a file anywhere on this window."))
        drop_hint.setStyleSheet("color: palette(mid);")

        self.recent_files = QListWidget()
        self.recent_files.setToolTip(self.tr("Double-click to import this file again"))
        self.recent_files.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.UserRole)))
        self.recent_projects = QListWidget()
        self.recent_projects.setToolTip(self.tr("Double-click to open this project"))
        self.recent_projects.itemActivated.connect(lambda item: self.project_requested.emit(item.data(Qt.UserRole)))
        lists = QGridLayout()
        lists.addWidget(QLabel("<b>" + self.tr("Recent files") + "</b>"), 0, 0)
        lists.addWidget(QLabel("<b>" + self.tr("Recent projects") + "</b>"), 0, 1)
        lists.addWidget(self.recent_files, 1, 0)
        lists.addWidget(self.recent_projects, 1, 1)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(18)
        column.addLayout(buttons)
        column.addWidget(drop_hint)
        column.addSpacing(18)
        column.addLayout(lists, 2)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)

    def set_recent(self, files: list[str], projects: list[str]) -> None:
        for widget, paths, empty in ((self.recent_files, files, self.tr("No files opened yet")),
                                     (self.recent_projects, projects, self.tr("No projects saved yet"))):
            widget.clear()
            for path in paths:
                item = QListWidgetItem(f"{Path(path).name}   —   {Path(path).parent}")
                item.setData(Qt.UserRole, path)
                item.setToolTip(path)
                widget.addItem(item)
            if not paths:
                item = QListWidgetItem(empty)
                item.setFlags(Qt.NoItemFlags)
                widget.addItem(item)
