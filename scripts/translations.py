"""The window's translations: keep the .ts files in step with gui/, compile them, check them.

    python scripts/translations.py update     pyside6-lupdate over gui/ into resources/translations/*.ts
    python scripts/translations.py release    pyside6-lrelease: every .ts to its .qm (committed, bundled)
    python scripts/translations.py check      entries left unfinished, per language; exit 1 if any

The window's words are wrapped in ``self.tr`` / ``QCoreApplication.translate`` (gui/translation.py).
``update`` adds new words to every language's file as unfinished and drops words no longer used;
translate them in Qt Linguist (``pyside6-linguist resources/translations/clientele_de.ts``) or in
the XML, then ``release`` and commit both the .ts and the .qm files. ``clientele_en.ts`` holds
only the plural forms ("%1 customer(s)" → "1 customer" / "2 customers"): English is the source.

A new language: add it to core/language.py, add its code to LANGUAGES below, run ``update``,
translate, ``release`` (README, "Translating").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
#: The languages translated in full (English, the source, has its plural forms only).
LANGUAGES = ("de", "fr", "es", "it", "nl")
PLURALS_ONLY = "en"


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"clientele_{code}.ts"


def qm_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"clientele_{code}.qm"


def all_codes() -> tuple[str, ...]:
    return (PLURALS_ONLY, *LANGUAGES)


def _tool(name: str) -> str:
    """Qt's lupdate / lrelease as PySide6 ships them."""
    import PySide6  # noqa: PLC0415 - only the tool commands need PySide6

    path = Path(PySide6.__file__).resolve().parent / name
    return str(path if path.exists() else path.with_suffix(".exe"))


def sources(root: Path = ROOT) -> list[str]:
    """The Python files whose words are translated: everything under gui/."""
    return sorted(str(p.relative_to(root)) for p in (root / "gui").rglob("*.py"))


def update(folder: Path = FOLDER, root: Path = ROOT) -> None:
    """Bring every .ts file in ``folder`` in step with the words of gui/ (no line numbers: the files
    change only when words do)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = sources(root)
    for code in all_codes():
        extra = ["-pluralonly"] if code == PLURALS_ONLY else []
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *extra, *files,
                        "-target-language", code, "-ts", str(ts_path(code, folder))],
                       cwd=root, check=True)


def release(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Compile every .ts of ``folder`` to a .qm (in ``out``, by default beside it)."""
    made = []
    for code in all_codes():
        target = qm_path(code, out or folder)
        subprocess.run([_tool("lrelease"), "-silent", str(ts_path(code, folder)), "-qm", str(target)], check=True)
        made.append(target)
    return made


@dataclass
class Coverage:
    """One .ts file's entries: how many, and which are not finished (text of the source)."""

    code: str
    entries: int = 0
    unfinished: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return 1.0 - len(self.unfinished) / self.entries if self.entries else 1.0


def coverage(code: str, folder: Path = FOLDER) -> Coverage:
    """Read ``clientele_<code>.ts``: an entry is unfinished when it is marked so, or its translation
    (every plural form of it) is empty."""
    result = Coverage(code)
    for context in ET.parse(ts_path(code, folder)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            result.entries += 1
            if translation is None or translation.get("type") == "unfinished":
                result.unfinished.append(f"{name}: {message.findtext('source')}")
                continue
            forms = translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            if not all(text.strip() for text in texts):
                result.unfinished.append(f"{name}: {message.findtext('source')}")
    return result


def catalogue(code: str, folder: Path = FOLDER) -> set[tuple[str, str]]:
    """Every (context, source) pair of ``clientele_<code>.ts``."""
    pairs = set()
    for context in ET.parse(ts_path(code, folder)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            pairs.add((name, message.findtext("source") or ""))
    return pairs


def check(folder: Path = FOLDER) -> int:
    """Print each language's share of finished entries; 1 when any is unfinished."""
    status = 0
    for code in all_codes():
        result = coverage(code, folder)
        print(f"{code}: {result.entries - len(result.unfinished)} of {result.entries} entries translated "
              f"({result.share:.0%})")
        for text in result.unfinished:
            print(f"    unfinished: {text}")
        status = status or (1 if result.unfinished else 0)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
        return check()
    if args.command == "release":
        for path in release():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
