"""Which screen the presenter goes to: the rule, and placement on two (offscreen) screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from emcee.ui.presenter.screens import Placement, ScreenInfo, choose_placement

ROOT = Path(__file__).resolve().parents[2]

LAPTOP = ScreenInfo("eDP-1", 0, 0, 1920, 1080, 1920, 1080)
PROJECTOR = ScreenInfo("HDMI-1", 1920, 0, 1280, 720, 1280, 720)
MONITOR = ScreenInfo("DP-2", 3200, 0, 2560, 1440, 2560, 1440, model="DELL U2720Q")


def test_full_screen_on_a_screen_other_than_the_consoles():
    assert choose_placement([LAPTOP, PROJECTOR], "eDP-1", None) == Placement("HDMI-1", True)
    assert choose_placement([PROJECTOR, LAPTOP], "eDP-1", None) == Placement("HDMI-1", True)


def test_with_one_screen_a_normal_window_unless_asked():
    assert choose_placement([LAPTOP], "eDP-1", None) == Placement("eDP-1", False)
    assert choose_placement([LAPTOP], "eDP-1", None, True) == Placement("eDP-1", True)
    assert choose_placement([], "eDP-1", None) is None


def test_the_remembered_screen_wins_when_connected():
    screens = [LAPTOP, PROJECTOR, MONITOR]
    assert choose_placement(screens, "eDP-1", "DP-2") == Placement("DP-2", True)
    assert choose_placement(screens, "eDP-1", "eDP-1") == Placement("eDP-1", False)
    # Not connected: any screen other than the console's.
    assert choose_placement([LAPTOP, PROJECTOR], "eDP-1", "DP-2") == Placement("HDMI-1", True)


def test_screen_labels_give_name_model_and_real_resolution():
    assert PROJECTOR.label == "HDMI-1 — 1280×720"
    assert MONITOR.label == "DP-2 (DELL U2720Q) — 2560×1440"
    hidpi = ScreenInfo("eDP-1", 0, 0, 1440, 900, 2880, 1800)
    assert hidpi.label == "eDP-1 — 2880×1800"


def test_placement_on_two_offscreen_screens(tmp_path):
    config = tmp_path / "two.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": False,
                "screens": [
                    {"name": "s1", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
                    {
                        "name": "s2",
                        "x": 1920,
                        "y": 0,
                        "width": 1280,
                        "height": 720,
                        "logicalDpi": 96,
                    },
                ],
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ui/two_screens_cases.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "7 passed" in result.stdout, result.stdout[-2000:]
