"""The window uses only each core package's public names (``from core.importing import …``), never
a module inside a package; core's root modules (core.errors, core.project…) are imported as modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE_PACKAGES = {p.name for p in (ROOT / "core").iterdir() if (p / "__init__.py").exists()}


def _imported_modules(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def test_gui_imports_core_packages_by_their_public_names():
    inside = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        for module in _imported_modules(path):
            parts = module.split(".")
            if parts[0] == "core" and len(parts) > 2 and parts[1] in CORE_PACKAGES:
                inside.append(f"{path.relative_to(ROOT)}: {module}")
    assert CORE_PACKAGES == {"campaigns", "importing", "output", "segmentation"}
    assert inside == []
