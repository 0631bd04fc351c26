"""A real alert cue through QtMultimedia into a PulseAudio null sink, recorded and checked."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.e2e.pulse import loudest, player_env, pulseaudio, recording

pytestmark = pytest.mark.e2e

# Plays the time-up cue the way the console does and reports what QSoundEffect went through.
PLAYER = """
import json, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from emcee.core.engine.snapshot import Alert, AlertKind
from emcee.ui.sounds import CuePlayer
player = CuePlayer()
effect = player.effect(AlertKind.TIME_UP)
events = []
effect.statusChanged.connect(lambda: events.append(["status", effect.status().name]))
effect.playingChanged.connect(lambda: events.append(["playing", effect.isPlaying()]))
alert = Alert(AlertKind.TIME_UP, 0, 0, 0.0, False, "광주서구", 0.0)
def play_when_ready():
    if effect.status().name == "Ready":
        player.play_for([alert])
    elif effect.status().name != "Error":
        QTimer.singleShot(50, play_when_ready)
def quit_when_done():
    if ["playing", False] in events or ["status", "Error"] in events:
        app.quit()
    else:
        QTimer.singleShot(50, quit_when_done)
QTimer.singleShot(50, play_when_ready)
QTimer.singleShot(100, quit_when_done)
QTimer.singleShot(10000, app.quit)
app.exec()
print(json.dumps(events))
"""


@pytest.fixture
def null_sink(tmp_path):
    with pulseaudio(tmp_path, {"nullsink": "Null-Output"}) as env:
        yield env


def test_time_up_cue_is_heard_on_the_sink(null_sink, tmp_path):
    with recording(null_sink, tmp_path, ["nullsink"]) as files:
        played = subprocess.run(
            [sys.executable, "-c", PLAYER],
            env=player_env(null_sink),
            capture_output=True,
            text=True,
            timeout=60,
        )
    events = json.loads(played.stdout.strip().splitlines()[-1])
    assert ["status", "Ready"] in events, played.stderr
    assert events.index(["playing", True]) < events.index(["playing", False])
    assert loudest(files["nullsink"]) > 2000, "the sink heard only silence"
