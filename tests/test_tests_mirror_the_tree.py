"""Tests mirror the tree: every module of core/ has its test file, core/<package>/<module>.py in
tests/core/<package>/test_<module>.py and core/<module>.py in tests/core/test_<module>.py."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_core_module_has_its_test_file():
    missing = []
    for module in sorted((ROOT / "core").rglob("*.py")):
        if module.name == "__init__.py":
            continue
        relative = module.relative_to(ROOT / "core")
        expected = ROOT / "tests" / "core" / relative.parent / f"test_{module.name}"
        if not expected.exists():
            missing.append(f"{module.relative_to(ROOT)} -> {expected.relative_to(ROOT)}")
    assert missing == []
