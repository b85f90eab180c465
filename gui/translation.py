"""The window's language (issue 17): Qt's translation system for Clientele's words and Qt's own.

``install_translation(app, language)`` installs two QTranslators on the application before any
widget is built: Clientele's ``resources/translations/clientele_xx.qm`` (made from the ``.ts`` files
by ``scripts/translations.py release``) and Qt's ``qtbase_xx.qm`` from PySide6's translations folder
(the standard buttons and dialogs: "Abbrechen", "Annuler"…). English is the language of the code;
its ``clientele_en.qm`` holds only the plural forms ("%1 customer(s)" → "1 customer", "2 customers"). The language chosen is kept on the application (``installed_language``), where
the session reads it for what core writes (``Session.language``).

The setting (``AppSettings.language``) is applied when Clientele next starts; the Help menu's
Language entry (``LanguageMenu``) says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from core.language import Language
from core.output import own_locale
from core.resources import resource_path

#: The objectName every translator installed here carries (so a new install replaces them).
TRANSLATOR_NAME = "clientele-translator"
#: The application property naming the installed language's code.
LANGUAGE_PROPERTY = "clienteleLanguage"


def translations_folder() -> Path:
    """Where Clientele's compiled ``.qm`` files are (a source checkout or a build)."""
    return resource_path("translations")


def qt_translations_folder() -> Path:
    """Where Qt's own ``qtbase_xx.qm`` files are (PySide6's folder, also inside a build)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translation(app: QCoreApplication, language: Language) -> list[str]:
    """Install the translators of ``language`` on ``app`` (replacing any installed before); the
    names of the ``.qm`` files loaded. A missing file leaves those words in English."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    app.setProperty(LANGUAGE_PROPERTY, language.code)
    loaded = []
    sources = [(translations_folder(), "clientele")]
    if language is not Language.ENGLISH:  # Qt's own words are English already
        sources.insert(0, (qt_translations_folder(), "qtbase"))
    for folder, stem in sources:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(f"{stem}_{language.code}", str(folder)):
            app.installTranslator(translator)
            loaded.append(f"{stem}_{language.code}.qm")
        else:
            translator.deleteLater()
    return loaded


def ensure_installed(app: QCoreApplication | None = None) -> Language:
    """The installed language; English (its plural forms) installed first when none was, as for a
    window built without ``gui.app.run`` (tests, the smoke check)."""
    app = app or QCoreApplication.instance()
    if app is not None and app.property(LANGUAGE_PROPERTY) is None:
        install_translation(app, Language.ENGLISH)
    return installed_language(app)


def installed_language(app: QCoreApplication | None = None) -> Language:
    """The language installed on the application (English when none was)."""
    app = app or QCoreApplication.instance()
    code = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return Language.from_locale_name(str(code) if code else None)


def window_locale(shop_locale: str | None) -> str:
    """The locale of the numbers and dates inside the window's own sentences: the shop's when it is
    of the window's language (en_US in an English window), else the window language's own (de_DE in
    a German window of an English shop, en_GB in an English window of a German shop), so that one
    sentence never mixes two languages ("Stichtag 9 December 2011", "reference date 9. Dezember")."""
    return own_locale(installed_language().code, shop_locale)


class LanguageMenu(QMenu):
    """Help › Language: the languages by their native names, the chosen one ticked; a choice is
    remembered and applies when Clientele next starts (``chosen`` is called with it)."""

    def __init__(self, current: Language, chosen: Callable[[Language], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setToolTipsVisible(True)
        note = self.addAction(self.tr("Applies when Clientele starts again"))
        note.setEnabled(False)
        self.addSeparator()
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.entries: dict[Language, QAction] = {}
        for language in Language:
            entry = QAction(language.native_name, self)  # a language's own name: never translated
            entry.setCheckable(True)
            entry.setChecked(language is current)
            entry.triggered.connect(lambda _checked=False, lang=language: chosen(lang))
            self.group.addAction(entry)
            self.addAction(entry)
            self.entries[language] = entry
