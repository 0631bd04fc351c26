"""Run a script in a fresh process on one offscreen screen of a chosen size and DPI,
as the DPI and small-screen tests do: Qt's scale can only be set before it starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run_on_screen(
    script: str, folder: Path, width: int, height: int, dpi: int
) -> dict[str, object]:
    """The JSON object ``script`` prints last, run with ``folder`` as its argument on a
    ``width`` x ``height`` screen of ``dpi`` logical DPI (0: Qt's default)."""
    folder.mkdir(parents=True, exist_ok=True)
    screen = {
        "windowFrameMargins": False,
        "screens": [
            {"name": "s1", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": dpi}
        ],
    }
    config = folder / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    for variable in ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_FONT_DPI"):
        env.pop(variable, None)
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answer: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer
