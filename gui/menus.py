"""The main window's menus and keyboard shortcuts, and which of their actions are available.

Actions that need an open file (re-import, save, export, find, the pages) are greyed out until a
file is imported, rather than doing nothing when chosen. Ctrl+1 … Ctrl+9 and Ctrl+0 open the pages in the
order of the navigation list; F1 opens the guide. Help › Language chooses the window's language
(gui.translation), applied when Clientele next starts.

Every text goes through ``QCoreApplication.translate`` in the context "Menus" (named ``translate``
here: pyside6-lupdate finds calls named ``translate`` or ``tr``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from gui.page_registry import PAGE_SPECS
from gui.translation import LanguageMenu

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from gui.main_window import MainWindow

#: Pages reachable with Ctrl+1 … Ctrl+9 and Ctrl+0 (the tenth), in navigation order.
PAGE_SHORTCUTS = 10


@dataclass
class WindowActions:
    """The actions the window enables and disables; ``needs_file`` are off until a file is open."""

    needs_file: list[QAction] = field(default_factory=list)
    pages: list[QAction] = field(default_factory=list)


def action(window: MainWindow, menu: QMenu, text: str, slot: Callable[[], object],
           shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, tip: str = "") -> QAction:
    """A menu entry with its shortcut and status-bar tip."""
    entry = QAction(text, window)
    if shortcut:
        entry.setShortcut(QKeySequence(shortcut))
    entry.setStatusTip(tip)
    entry.setToolTip(tip)
    entry.triggered.connect(lambda _checked=False: slot())
    menu.addAction(entry)
    return entry


def build_menus(window: MainWindow) -> WindowActions:
    """File, View and Help; sets the window's named actions (``open_action``, ``find_action`` …)."""
    actions = WindowActions()
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    window.open_action = action(window, file_menu, translate("Menus", "&Open purchases file…"), window.open_file_dialog,
                                QKeySequence.Open, translate("Menus", "Import an Excel, ODS or CSV export of your sales"))
    action(window, file_menu, translate("Menus", "Try the &sample data"), window.open_sample, None,
           translate("Menus", "Import the bundled UCI Online Retail sample"))
    window.remap_action = action(window, file_menu, translate("Menus", "&Change columns and re-import…"), window.reimport_with_mapping,
                                 None, translate("Menus", "Check what each column of the current file means, then import again"))
    file_menu.addSeparator()
    action(window, file_menu, translate("Menus", "Open &project…"), lambda: window.open_project(None), "Ctrl+Shift+O",
           translate("Menus", "Open a saved Clientele project"))
    window.save_action = action(window, file_menu, translate("Menus", "&Save project"), window.save_project, QKeySequence.Save,
                                translate("Menus", "Save mapping, settings, tiers and offers"))
    save_as = action(window, file_menu, translate("Menus", "Save project &as…"), lambda: window.save_project(ask=True), "Ctrl+Shift+S",
                     translate("Menus", "Save mapping, settings, tiers and offers in a new project file"))
    file_menu.addSeparator()
    window.export_action = action(window, file_menu, translate("Menus", "&Export mailing list…"), window.go_export, "Ctrl+E",
                                  translate("Menus", "Choose lists and write the mailing file"))
    file_menu.addSeparator()
    action(window, file_menu, translate("Menus", "&Quit"), window.close, QKeySequence.Quit)

    view_menu = bar.addMenu(translate("Menus", "&View"))
    window.find_action = action(window, view_menu, translate("Menus", "&Find customer"), window.find_customer, QKeySequence.Find,
                                translate("Menus", "Search the customer table"))
    view_menu.addSeparator()
    for number in range(1, 1 + len(PAGE_SPECS) + 1):   # (Import and every other page; the first ten with Ctrl+1 … Ctrl+0)
        entry = action(window, view_menu, translate("Menus", "Page %1").replace("%1", str(number)), lambda n=number: window.show_page_number(n),
                       f"Ctrl+{number % 10}" if number <= PAGE_SHORTCUTS else None)
        entry.setVisible(False)  # named and shown once the page exists (update_actions)
        actions.pages.append(entry)
    actions.needs_file += [window.remap_action, window.save_action, save_as, window.export_action,
                           window.find_action]

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    window.guide_action = action(window, help_menu, translate("Menus", "Clientele &guide"), window.show_guide, QKeySequence.HelpContents,
                                 translate("Menus", "What each page shows, how the numbers are made, where files and settings live"))
    help_menu.addSeparator()
    window.detailed_log_action = action(
        window, help_menu, translate("Menus", "Keep a &detailed log"), lambda: window.set_detailed_log(window.detailed_log_action.isChecked()),
        None, translate("Menus", "Write what Clientele does (files read, steps and their times) to clientele-detail.log "
                  "in its data folder, next to the crash log"))
    window.detailed_log_action.setCheckable(True)
    window.detailed_log_action.setChecked(window.app_settings.detailed_log())
    window.language_menu = LanguageMenu(window.app_settings.language(), window.set_language, window)
    help_menu.addMenu(window.language_menu)
    help_menu.addSeparator()
    action(window, help_menu, translate("Menus", "&About Clientele"), window.show_about)
    update_actions(window, actions)
    return actions


def update_actions(window: MainWindow, actions: WindowActions) -> None:
    """Enable what the current state allows: file actions once a file is imported, a page's
    shortcut once that page exists (named after it in the View menu)."""
    has_file = window.session.imported is not None
    for entry in actions.needs_file:
        entry.setEnabled(has_file)
    titles = list(window.pages)
    for number, entry in enumerate(actions.pages, start=1):
        exists = number <= len(titles)
        if exists:
            mnemonic = f"&{number % 10}  " if number <= PAGE_SHORTCUTS else ""
            entry.setText(f"{mnemonic}{window.page_label(titles[number - 1])}")
        entry.setVisible(exists)
        entry.setEnabled(exists and has_file)
