"""Tests mirror the tree: every module of core/ has its test file, core/<package>/<module>.py in
tests/core/<package>/test_<module>.py and core/<module>.py in tests/core/test_<module>.py; that
file imports the module itself (``import core.x.y``, ``from core.x import y`` or ``from core.x.y
import …``), not only the package that re-exports it, so that it tests the module by name. And every
test_*.py under tests/core names a module that exists, or is one of the cross-module tests listed
below with the reason it has no module of its own."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: tests/core files whose name is no module's: each tests a behaviour that spans modules, or one
#: side of a module kept apart from that module's own test file. Path (under tests/core) -> why.
CROSS_MODULE = {
    "campaigns/test_export_campaign.py": "what an export records for campaign results: export and history together",
    "campaigns/test_export_safety.py": "a failed or cancelled export leaves the old files and no campaign: "
                                       "export, output.atomic and the store together",
    "campaigns/test_message_rendering.py": "the export's vectorised messages against a per-customer rendering: "
                                           "offers, templates and offer_pack together",
    "campaigns/test_migration_lists.py": "migration paths (segmentation.migration) as mailing lists and exports",
    "campaigns/test_offer_pack_languages.py": "offer_pack in each language, beside test_offer_pack.py: offers, "
                                              "templates and the project together",
    "campaigns/test_opt_outs_win.py": "an opt-out anywhere wins: importer, consent and the command line's export",
    "campaigns/test_own_lists.py": "occasion and saved lists as mailing lists: filters, occasions, lists, export",
    "campaigns/test_results_languages.py": "campaign results in each language: results_words and cli_results",
    "importing/test_bad_input_corpus.py": "the generated bad-input corpus through the whole importer",
    "importing/test_cleaning_codes.py": "cleaning's text codes against plain pandas, beside test_cleaning.py",
    "importing/test_cleaning_latest_date.py": "the default reference date of the kept rows: importer and segment",
    "importing/test_consent_columns.py": "opt-out columns turned round at import and honoured by the lists",
    "importing/test_coupon_column.py": "the coupon column from mapping through the importer to the project",
    "importing/test_excel_mixed.py": "workbook columns whose type changes after row 1,000, beside test_excel.py",
    "importing/test_importer_errors.py": "every bad input's own message, beside test_importer.py",
    "importing/test_importer_fuzz.py": "fuzzing the importer and the segmentation with random files and frames",
    "importing/test_typed_read.py": "the typed CSV read against the all-text read: raw_table and the importer",
    "output/test_crash_safety.py": "exports killed halfway: output.atomic, customer_table and the store together",
    "segmentation/test_facts_blank.py": "facts.py's blank-text check against str.strip(), beside test_facts.py",
    "segmentation/test_properties.py": "property tests of definitions §2 across segment and explain",
    "segmentation/test_segment_sample.py": "the bundled sample through the importer and segment_customers",
    "test_bad_input_cli.py": "the bad-input corpus on the command line (main.py in a child process)",
    "test_cli_migration.py": "the command line's --compare-to and --migration-out, in a real process",
    "test_cli_occasions.py": "the command line's occasion lists and re-buy table, in a real process",
    "test_cli_outputs.py": "the command line writes all of its outputs or none, in a real process",
    "test_no_qt_in_core.py": "an architecture rule over every module of core/ (no Qt)",
    "test_words_sentences.py": "core's sentences in the shop's language across importing, segmentation and "
                               "campaigns, beside test_words.py",
}


def _imports(source: str) -> set[str]:
    """Dotted names the source imports: ``import a.b`` gives a.b; ``from a.b import c`` gives a.b and a.b.c
    (c may be a module of package a.b)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _core_modules() -> list[Path]:
    return [m for m in sorted((ROOT / "core").rglob("*.py")) if m.name != "__init__.py"]


def _test_file(module: Path) -> Path:
    relative = module.relative_to(ROOT / "core")
    return ROOT / "tests" / "core" / relative.parent / f"test_{module.name}"


def test_every_core_module_has_its_test_file():
    missing = [f"{m.relative_to(ROOT)} -> {_test_file(m).relative_to(ROOT)}" for m in _core_modules()
               if not _test_file(m).exists()]
    assert missing == []


def test_each_test_file_imports_its_module():
    not_imported = []
    for module in _core_modules():
        test_file = _test_file(module)
        dotted = ".".join(("core", *module.relative_to(ROOT / "core").with_suffix("").parts))
        if test_file.exists() and dotted not in _imports(test_file.read_text(encoding="utf-8")):
            not_imported.append(f"{test_file.relative_to(ROOT)} does not import {dotted}")
    assert not_imported == []


def test_every_core_test_file_names_a_module_or_says_why_not():
    tests = ROOT / "tests" / "core"
    orphans = []
    for test_file in sorted(tests.rglob("test_*.py")):
        relative = test_file.relative_to(tests)
        module = ROOT / "core" / relative.parent / test_file.name.removeprefix("test_")
        if not module.exists() and relative.as_posix() not in CROSS_MODULE:
            orphans.append(f"{test_file.relative_to(ROOT)}: no core/{relative.parent / module.name}")
    assert orphans == []


def test_the_cross_module_list_holds_only_files_that_need_it():
    """An entry whose file is gone, or whose name now matches a module, is taken off the list."""
    tests = ROOT / "tests" / "core"
    stale = [name for name in CROSS_MODULE
             if not (tests / name).exists()
             or (ROOT / "core" / Path(name).parent / Path(name).name.removeprefix("test_")).exists()]
    assert stale == []


def test_the_import_rule_reads_the_three_spellings():
    """The rule's reading of the three ways a test file may import its module, and of a package import
    that does not name it."""
    for source in ("import core.importing.excel\n", "from core.importing import excel\n",
                   "def test():\n    from core.importing.excel import read_sheet\n"):   # (inside a test too)
        assert "core.importing.excel" in _imports(source), source
    assert "core.importing.excel" not in _imports("from core.importing import import_purchases\n")
