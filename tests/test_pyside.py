"""The installed PySide6 keeps None's reference count: a long show calls void methods for hours.

PySide6 6.12.0 returned None from void methods without a reference; on Python 3.11 (where
None is not immortal) the process aborted with "deallocating None" after ~5000 calls,
that is within minutes of painting the presenter screen once a second.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject
holder = QObject()
before = sys.getrefcount(None)
for _ in range(20000):
    holder.setObjectName("x")  # a void method
print(sys.getrefcount(None) - before)
"""


def test_void_methods_do_not_drop_references_to_none():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip())) < 100, result.stdout
