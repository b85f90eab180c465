"""The keys of core's words (core/words.py) and the catalogues that translate them.

    python scripts/words_catalogue.py --check          # missing, empty or stale entries per language
    python scripts/words_catalogue.py --update         # add missing keys (empty) to every catalogue
    python scripts/words_catalogue.py --new CODE       # start a catalogue for a new language

A key is found where core looks it up with a literal (``words.t("…")``, ``words.n("…", "…", n)``,
``N_("…")``), plus the tables translated by name: the default segment, status and tier names,
the status lists' labels, the workbook's column headers and the left-out reasons. English has no
catalogue: its keys are its text. ``--check`` exits 1 when any catalogue lacks a key, has an empty
entry, or a placeholder that differs from the English one, or when a step core reports to a
progress callback is a bare literal or an f-string (the window would show it in English).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.language import Language  # noqa: E402 - after the path is set
from core.words import catalogue_path  # noqa: E402 - as above

PLACEHOLDER = re.compile(r"\{(\w*)(?::[^{}]*)?\}")


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def error_classes(trees: list[ast.Module]) -> set[str]:
    """The names of core.errors.ClienteleError and of every class made from it, in core's source."""
    names = {"ClienteleError"}
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    grown = True
    while grown:
        before = len(names)
        names |= {c.name for c in classes if any(isinstance(b, ast.Name) and b.id in names for b in c.bases)}
        grown = len(names) > before
    return names


def scanned_keys(root: Path = ROOT / "core") -> dict[str, str | None]:
    """Keys looked up with a literal in core's source: ``{singular or key: plural or None}``; an
    error's message and what-to-do written as literals (or as ``Phrase("…")``) are keys too."""
    keys: dict[str, str | None] = {}
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in sorted(root.rglob("*.py"))]
    errors = error_classes(trees)
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in errors:
                texts = [*node.args, *(k.value for k in node.keywords if k.arg in ("message", "what_to_do"))]
                for text in filter(None, map(_literal, texts)):
                    keys.setdefault(text, None)
                continue
            if not node.args:
                continue
            first = _literal(node.args[0])
            if first is None:
                continue
            if name in ("n", "counted") and len(node.args) >= 2 and _literal(node.args[1]) is not None:
                keys[first] = _literal(node.args[1])
            elif name in ("t", "N_", "Phrase") and isinstance(func, ast.Attribute) == (name == "t"):
                keys.setdefault(first, None)
    return keys


#: The names core gives a progress callback (core.progress.ProgressCallback: ``(fraction, message)``).
PROGRESS_CALLBACKS = ("report", "progress")


def bare_progress_messages(root: Path = ROOT / "core") -> list[str]:
    """Steps core reports with text the scan above cannot see, so the window would show them in
    English whatever the language: a literal not marked ``N_("…")``, or an f-string.
    ``["core/x.py:12: 'Saving'", …]``; an empty message (a step without words) is fine."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            message = node.args[1]
            if name in PROGRESS_CALLBACKS and (isinstance(message, ast.JoinedStr) or _literal(message)):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}: {ast.unparse(message)}")
    return found


def table_keys() -> list[str]:
    """Keys translated by name rather than looked up with a literal."""
    from core.campaigns.channels import CONTACT_REASONS, Channel  # noqa: PLC0415 - pandas only when asked
    from core.campaigns.export_files import CONTROL_COLUMNS, VARIANT_COLUMN, left_columns, list_columns  # noqa: PLC0415
    from core.campaigns.lists import reasons_for  # noqa: PLC0415
    from core.campaigns.mailing_list import CLOSE_TO_NEXT_TIER, STATUS_LABEL_SUFFIX  # noqa: PLC0415
    from core.schema import ANNIVERSARY_SOON, BIRTHDAY_SOON, DUE_TO_REBUY, FIELD_WORDS, NEW_SOURCE, PROSPECT, STATUSES  # noqa: PLC0415
    from core.segmentation.segment_map import DEFAULT_SEGMENT_NAMES, OTHER  # noqa: PLC0415
    from core.segmentation.settings import DEFAULT_TIER_NAMES  # noqa: PLC0415

    keys = [*DEFAULT_SEGMENT_NAMES, OTHER, *STATUSES, PROSPECT, *DEFAULT_TIER_NAMES, CLOSE_TO_NEXT_TIER, NEW_SOURCE]
    keys += [BIRTHDAY_SOON, ANNIVERSARY_SOON, DUE_TO_REBUY]     # the occasions' lists (definitions §12)
    keys += [status + STATUS_LABEL_SUFFIX for status in (*STATUSES, PROSPECT)]
    for channel in Channel:
        columns = [*list_columns(channel, True), *left_columns(channel)]
        keys += [column.header for column in columns]
        keys += [reason[:1].upper() + reason[1:] for reason in reasons_for(channel)[:-2]]
        keys += list(reasons_for(channel))        # the Left out sheet's reasons, as the sheet writes them
        keys.append(CONTACT_REASONS[channel][0].removeprefix("no "))
    keys += [column.header for column in (*CONTROL_COLUMNS, VARIANT_COLUMN)]
    keys += list(FIELD_WORDS.values())
    return list(dict.fromkeys(keys))


def all_keys() -> dict[str, str | None]:
    """Every key core's words use: ``{key: plural or None}``."""
    keys = scanned_keys()
    for key in table_keys():
        keys.setdefault(key, None)
    return keys


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def problems(language: Language, keys: dict[str, str | None]) -> list[str]:
    """What is wrong with a language's catalogue: missing, empty or stale keys, plural entries that
    are not two forms, placeholders that differ from the English text's."""
    messages = json.loads(catalogue_path(language).read_text(encoding="utf-8"))["messages"]
    found = []
    for key, plural in keys.items():
        entry = messages.get(key)
        if entry is None:
            found.append(f"missing: {key!r}")
            continue
        forms = entry if isinstance(entry, list) else [entry]
        if plural is not None and len(forms) != 2:
            found.append(f"needs two forms (singular, plural): {key!r}")
        if any(not str(form).strip() for form in forms):
            found.append(f"empty: {key!r}")
            continue
        english = placeholders(key) | (placeholders(plural) if plural else set())
        for form in forms:
            if placeholders(str(form)) != english:
                found.append(f"placeholders {sorted(placeholders(str(form)))} instead of {sorted(english)}: {key!r}")
    found += [f"stale (no longer used): {key!r}" for key in messages if key not in keys]
    return found


def write(language: Language, messages: dict) -> None:
    path = catalogue_path(language)
    data = {"language": language.code, "messages": messages}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--new", metavar="CODE")
    args = parser.parse_args(argv)
    keys = all_keys()
    others = [language for language in Language if language is not Language.ENGLISH]
    if args.new:
        language = Language.from_code(args.new)
        write(language, {key: ("" if plural is None else ["", ""]) for key, plural in keys.items()})
        print(f"{catalogue_path(language)}: {len(keys)} keys to translate")
    if args.update:
        for language in others:
            messages = json.loads(catalogue_path(language).read_text(encoding="utf-8"))["messages"]
            for key, plural in keys.items():
                messages.setdefault(key, "" if plural is None else ["", ""])
            write(language, {key: messages[key] for key in keys})
    status = 0
    for place in bare_progress_messages() if args.check else []:
        print(f"not marked for translation (N_): {place}")
        status = 1
    for language in others:
        found = problems(language, keys)
        done = len(keys) - sum(1 for p in found if p.startswith(("missing", "empty")))
        print(f"{language.code}: {done} of {len(keys)} keys translated ({done / len(keys):.0%})")
        for problem in found[:20] if args.check else []:
            print(f"  {problem}")
        status = status or (1 if found else 0)
    return status if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
