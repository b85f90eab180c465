"""Help › Clientele guide in the window's language (issue 17): resources/guide_xx.md for German,
French, Spanish, Italian and Dutch, the English guide.md otherwise; each with the same sections and
placeholders as the English one, and naming the pages, menus and buttons with the words the
translated window really shows (its .ts file, and core's catalogue for the names core gives)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.language import Language
from core.resources import resource_path
from core.user_folders import campaign_store_path, data_dir
from gui.app_settings import AppSettings
from gui.guide import GuideDialog, guide_file, guide_text
from gui.translation import install_translation

TRANSLATED = [language for language in Language if language is not Language.ENGLISH]
PLACES = ("{settings_file}", "{data_folder}", "{campaign_store}")
ENGLISH = resource_path("guide.md").read_text(encoding="utf-8")


def _words(text: str) -> str:
    """A window text as the guide writes it: no & mnemonic, no trailing "…", one space between
    words, case ignored."""
    return " ".join(text.replace("&", "").split()).removesuffix("…").strip().casefold()


def _window_words(language: Language) -> dict[str, set[str]]:
    """English source → its translations in ``language``'s .ts file (every context), and, for the names
    core gives (segments, statuses, "Reference date"…), core's catalogue."""
    words: dict[str, set[str]] = {}
    path = resource_path(f"translations/clientele_{language.code}.ts")
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        words.setdefault(_words(message.findtext("source") or ""), set()).update(_words(f) for f in forms)
    core = json.loads(resource_path(f"translations/core_{language.code}.json").read_text(encoding="utf-8"))
    for source, translated in core["messages"].items():
        if isinstance(translated, str):
            words.setdefault(_words(source), set()).add(_words(translated))
    return words


def _emphasised(text: str) -> set[str]:
    """Every **bold** and *italic* phrase of a Markdown text, as _words."""
    return {_words(m) for m in re.findall(r"\*\*(.+?)\*\*", text, re.S)} | {
        _words(m) for m in re.findall(r"(?<!\*)\*([^*\n][^*]*?)\*(?!\*)", text.replace("**", "\x00"))}


def _headings(text: str) -> list[int]:
    return [len(m) for m in re.findall(r"^(#+) ", text, re.M)]


def _settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))


def test_english_reads_guide_md_and_every_other_language_its_own_file(tmp_path):
    settings = _settings(tmp_path)
    places = {"{settings_file}": settings.location(), "{data_folder}": str(data_dir(create=False)),
              "{campaign_store}": str(campaign_store_path())}
    assert guide_file(Language.ENGLISH) == "guide.md"
    english = guide_text(settings, Language.ENGLISH)
    assert english.startswith("# Clientele guide")
    for language in TRANSLATED:
        assert guide_file(language) == f"guide_{language.code}.md"
        text = guide_text(settings, language)
        expected = resource_path(f"guide_{language.code}.md").read_text(encoding="utf-8")
        for place, value in places.items():
            expected = expected.replace(place, value.replace("\\", "\\\\"))
        assert text == expected != english
        assert settings.location() in text and "campaigns.sqlite3" in text
        assert not any(place in text for place in PLACES)


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.code)
def test_each_guide_has_the_english_sections_and_placeholders(language):
    text = resource_path(f"guide_{language.code}.md").read_text(encoding="utf-8")
    assert _headings(text) == _headings(ENGLISH) == [1, 2, 2, 2, 2]
    for place in PLACES:
        assert text.count(place) == ENGLISH.count(place) == 1
    # the merge fields and placeholders shown as examples stay as they are
    assert set(re.findall(r"\{[a-z_]+\}", text)) == set(re.findall(r"\{[a-z_]+\}", ENGLISH))
    # the same pages, in the same order, with the same shortcuts
    shortcuts = re.compile(r"\n\n\*\*[^*]+\*\* \((?:(?:Ctrl|Strg)\+(\d))?")
    assert [m.group(1) for m in shortcuts.finditer(text)] == [m.group(1) for m in shortcuts.finditer(ENGLISH)]
    assert "docs/definitions.md" in text and "clientele.log" in text and "clientele-detail.log" in text


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.code)
def test_each_guide_names_pages_menus_and_buttons_as_the_translated_window_shows_them(language):
    text = resource_path(f"guide_{language.code}.md").read_text(encoding="utf-8")
    words = _window_words(language)
    # every menu path ("File › Save project") is the translated window's menu, step by step
    paths = re.findall(r"\*([^*]+›[^*]+)\*", text)
    english_paths = re.findall(r"\*([^*]+›[^*]+)\*", ENGLISH)
    assert len(english_paths) == 3
    for english_path, path in zip(english_paths, paths, strict=True):
        for english_step, step in zip(english_path.split("›"), path.split("›"), strict=True):
            assert _words(step) in words.get(_words(english_step), set()), (
                f"{language.code}: {step.strip()!r} of {path!r} is not how the window says {english_step.strip()!r}")
    # every page heading is the page's name in the navigation
    pages = re.findall(r"\n\n\*\*([^*]+)\*\* \(", text)
    english_pages = re.findall(r"\n\n\*\*([^*]+)\*\* \(", ENGLISH)
    for english_page, page in zip(english_pages, pages, strict=True):
        assert _words(page) in words.get(_words(english_page), set()), f"{language.code}: page {page!r}"
    # every button, column, page or name the English guide sets in bold or italics and the window
    # translates is set in the same words in this guide
    emphasised = _emphasised(text)
    missing = [(english, sorted(words[english])) for english in sorted(_emphasised(ENGLISH))
               if words.get(english) and not words[english] & emphasised]
    assert missing == []


def test_the_guide_dialog_follows_the_installed_language(qtbot, tmp_path):
    app = QApplication.instance()
    settings = _settings(tmp_path)
    try:
        install_translation(app, Language.GERMAN)
        dialog = GuideDialog(settings)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Clientele-Leitfaden"
        shown = dialog.browser.toPlainText()
        assert shown.startswith("Clientele-Leitfaden") and "So entstehen die Zahlen" in shown
        assert settings.location() in shown
    finally:
        install_translation(app, Language.ENGLISH)
    assert guide_text(settings).startswith("# Clientele guide")
