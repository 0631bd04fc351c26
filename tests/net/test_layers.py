"""emcee.net imports no Qt and no widgets: it runs (and is tested) without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import emcee.net

NET = Path(emcee.net.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "emcee.ui", "emcee.app")


def test_importing_every_net_module_loads_no_qt():
    modules = sorted(f"emcee.net.{p.stem}" for p in NET.glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"bad = [m for m in sys.modules if m.startswith({FORBIDDEN!r})]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
