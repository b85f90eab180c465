"""Help › Clientele guide: a short guide in plain words (resources/guide.md) with the real places
of this computer's settings and data filled in."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from core.resources import resource_path
from core.user_folders import campaign_store_path, data_dir
from gui.app_settings import AppSettings
from gui.screen_fit import fit_dialog

GUIDE_FILE = "guide.md"


def guide_text(settings: AppSettings) -> str:
    """The guide as Markdown, its {settings_file}, {data_folder} and {campaign_store} filled in."""
    text = resource_path(GUIDE_FILE).read_text(encoding="utf-8")
    places = {
        "{settings_file}": settings.location(),
        "{data_folder}": str(data_dir(create=False)),
        "{campaign_store}": str(campaign_store_path()),
    }
    for token, value in places.items():
        text = text.replace(token, value.replace("\\", "\\\\"))
    return text


class GuideDialog(QDialog):
    """The guide in a window of its own, sized to the screen; it stays open beside the pages."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clientele guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text(settings))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(760, 680))
