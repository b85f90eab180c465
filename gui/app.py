"""Start the desktop app: `run(argv)` opens the window, optionally importing a file or the sample."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core.language import Language
from core.logs import setup_logging
from core.resources import resource_path
from gui.app_settings import AppSettings


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt)."""
    QCoreApplication.setOrganizationName("Clientele")
    QCoreApplication.setApplicationName("Clientele")
    app = QApplication.instance() or QApplication(["clientele"] + list(argv or []))
    # No application display name: Qt would append it to every window title that does not end
    # with it ("Clientele — shop.xlsx — Clientele"); each window writes its whole title itself.
    icon = resource_path("clientele.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    use_readable_locale()
    return app


def use_readable_locale() -> None:
    """Under the bare "C" locale (servers, CI) format numbers and dates as en_GB, not 1234567 / 9 12 2011."""
    if QLocale().language() == QLocale.C:
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))


def use_language_locale(language: Language) -> QLocale:
    """Numbers in the window's spin boxes (and Qt's other formats) as the window's language writes
    them: 15,00 in a German or French window, not 15.00. A system locale of that language stays
    (de_AT, fr_CH: their own formats), and so does any for English; else the language's own locale
    (Qt's likely one: de_DE for German, fr_FR for French). Set before any widget is built; returned."""
    current = QLocale()
    if language is Language.ENGLISH or current.name().split("_")[0] == language.code:
        return current
    locale = QLocale(language.code)
    QLocale.setDefault(locale)
    return locale


def apply_language(app: QApplication, language: Language) -> None:
    """The window speaks ``language``: its translations installed and the language's number format
    (``use_language_locale``). Called once, before any widget is built (the app's start, the
    screenshots)."""
    from gui.translation import install_translation  # noqa: PLC0415 - the window's modules load after the app

    install_translation(app, language)
    use_language_locale(language)


def start_logging(argv: list[str], settings: AppSettings) -> Path | None:
    """The detailed log at start: on with ``--verbose`` or the "Keep a detailed log" setting (or
    CLIENTELE_LOG=info, core.logs); the log file's path."""
    return setup_logging("--verbose" in argv or settings.detailed_log())


def run(argv: list[str]) -> int:
    """`python main.py [--verbose] [FILE | --sample]`: open the window; return the exit status.
    ``--verbose`` (or the window's "Keep a detailed log" setting, or CLIENTELE_LOG=info) keeps the
    detailed log (core.logs)."""
    app = create_application()
    settings = AppSettings()
    start_logging(argv, settings)
    apply_language(app, settings.language())  # before any widget is built
    from gui.error_dialogs import install_excepthook  # noqa: PLC0415 - the window's modules load after the app
    from gui.main_window import MainWindow  # noqa: PLC0415 - the window's modules load after the app

    install_excepthook()
    window = MainWindow()
    window.show()
    args = [a for a in argv if a and a != "--verbose"]
    if "--sample" in args:
        window.open_sample()
    elif args:
        path = Path(args[0])
        if path.suffix.lower() == ".json":
            window.open_project(str(path))
        else:
            window.open_file(str(path), ask_mapping=False)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
