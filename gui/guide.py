"""Help › Clientele guide: a short guide in plain words with the real places of this computer's
settings and data filled in. English is resources/guide.md; each other language the window speaks has
its own resources/guide_xx.md (same sections, the window's own words for pages and menus), and a
language without one reads the English guide."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from core.language import Language
from core.resources import resource_path
from core.user_folders import campaign_store_path, data_dir
from gui.app_settings import AppSettings
from gui.screen_fit import fit_dialog
from gui.translation import installed_language

GUIDE_FILE = "guide.md"


def guide_file(language: Language) -> str:
    """The guide's file for ``language``: guide_xx.md when Clientele has one, else the English guide.md."""
    if language is not Language.ENGLISH:
        translated = f"guide_{language.code}.md"
        if resource_path(translated).is_file():
            return translated
    return GUIDE_FILE


def guide_text(settings: AppSettings, language: Language | None = None) -> str:
    """The guide as Markdown in ``language`` (the window's language unless given), its
    {settings_file}, {data_folder} and {campaign_store} filled in."""
    chosen = installed_language() if language is None else language
    text = resource_path(guide_file(chosen)).read_text(encoding="utf-8")
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
