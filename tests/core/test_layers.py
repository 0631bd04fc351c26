"""emcee.core and emcee.net import no Qt: they must run (and be tested) without a display or
PySide6, and the network views never reach a widget. Each imports of emcee only its own
layer and the ones under it: the network views the core, the core nothing but itself (and
the package's version and resources)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import emcee

PACKAGE = Path(emcee.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "emcee.ui", "emcee.app")
# Qt-free layers: the core, and the web views' server (which meets the console through
# emcee.ui.sharing, a thin bridge).
LAYERS = ("emcee.core", "emcee.net")
# One module of each layer that the recursive search must find.
FOUND = {"emcee.core": "emcee.core.runsheet.parse", "emcee.net": "emcee.net.server"}
# What of emcee each layer may import.
BELOW = {
    "emcee.core": ("emcee.core", "emcee.__version__", "emcee.resources"),
    "emcee.net": ("emcee.core", "emcee.net"),
}


def _folder(package: str) -> Path:
    return PACKAGE.parent.joinpath(*package.split("."))


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.mark.parametrize("package", LAYERS)
def test_sources_import_no_qt(package):
    offenders = []
    for source in _folder(package).rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{_module_name(source)}: {name}" for name in names if name.startswith(FORBIDDEN)
            ]
    assert offenders == []


def _emcee_imports(source: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module == "emcee":
            found += [f"emcee.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
    return [name for name in found if name.startswith("emcee.")]


@pytest.mark.parametrize("package", LAYERS)
def test_each_layer_imports_of_emcee_only_itself_and_what_is_below(package):
    offenders = [
        f"{_module_name(source)}: {name}"
        for source in _folder(package).rglob("*.py")
        for name in _emcee_imports(source)
        if not name.startswith(BELOW[package])
    ]
    assert offenders == []


@pytest.mark.parametrize("package", LAYERS)
def test_importing_every_module_loads_no_qt(package):
    modules = sorted(_module_name(path) for path in _folder(package).rglob("*.py"))
    assert FOUND[package] in modules  # every folder, not one level
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
