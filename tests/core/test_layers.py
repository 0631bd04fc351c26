"""emcee.core imports no Qt: it must run (and be tested) without a display or PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import emcee.core

CORE = Path(emcee.core.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "emcee.ui", "emcee.app")


def _module_name(path: Path) -> str:
    parts = path.relative_to(CORE.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_core_sources_import_no_qt():
    offenders = []
    for source in CORE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{source.name}: {name}" for name in names if name.startswith(FORBIDDEN)]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(_module_name(path) for path in CORE.rglob("*.py"))
    assert "emcee.core.runsheet.parse" in modules  # every folder of the core, not one level
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"bad = [m for m in sys.modules if m.startswith({FORBIDDEN!r})]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_console_loads_neither_pyqtgraph_nor_numpy():
    # They cost ~50 MB and 0.2 s for one small chart: only the report window, opened after
    # the show, uses them (emcee/ui/drift_chart.py says more).
    code = (
        "import sys\n"
        "import emcee.app, emcee.ui.console, emcee.ui.presenter\n"
        "bad = [m for m in sys.modules if m.startswith(('pyqtgraph', 'numpy'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
