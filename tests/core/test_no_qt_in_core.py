"""core/ must never import Qt (nor matplotlib's Qt backend): the GUI imports core, not the reverse."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "gui", "matplotlib.backends.backend_qt",
             "matplotlib.backends.backend_qtagg", "pytestqt")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_core_modules_exist():
    assert len(list(CORE.rglob("*.py"))) >= 5


def test_no_core_module_imports_qt_or_gui():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN):
                offenders.append(f"{path.relative_to(CORE.parent)} imports {name}")
    assert offenders == []


def test_importing_all_of_core_loads_no_qt():
    modules = sorted(".".join(p.relative_to(CORE).with_suffix("").parts).removesuffix(".__init__")
                     for p in CORE.rglob("*.py") if p.name != "__init__.py" or p.parent != CORE)
    code = (
        "import sys, importlib\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module('core.' + m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'gui')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=CORE.parent)
