"""The room chime through QtMultimedia into the hall's output, the moderator's cue into the
laptop's: two PulseAudio null sinks, each recorded and checked."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.e2e.pulse import loudest, player_env, pulseaudio, recording, sounding_seconds

pytestmark = pytest.mark.e2e

# The console's two players, as it plays them at time up with the presenter on HDMI-1.
PLAYER = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from emcee.core.agenda.model import ChimeLevel, Programme
from emcee.core.engine.snapshot import Alert, AlertKind
from emcee.ui.room_chime import RoomChime, Screen
from emcee.ui.sounds import CuePlayer
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
room = RoomChime(settings, lambda: Screen("HDMI-1"))
room.follow(Programme("포럼", chime=(ChimeLevel.TIME_UP,), chime_volume=100))
cues = CuePlayer()
cues.preload()
troubles = []
room.troubleChanged.connect(troubles.append)
alert = Alert(AlertKind.TIME_UP, 0, 0, 0.0, False, "홍길동", 0.0)
def play():
    cues.play_for([alert])
    room.play_for([alert])
QTimer.singleShot(1500, play)
QTimer.singleShot(6000, app.quit)
app.exec()
print(json.dumps({"outputs": room.player.outputs(), "room": room.output(), "troubles": troubles}))
"""


@pytest.fixture
def two_sinks(tmp_path):
    sinks = {"laptop": "Laptop-Speakers", "hdmi": "Built-in-Audio-HDMI"}
    with pulseaudio(tmp_path, sinks, default="laptop") as env:
        yield env


def test_the_chime_plays_on_the_presenters_hdmi_and_the_cue_on_the_laptop(two_sinks, tmp_path):
    with recording(two_sinks, tmp_path, ["laptop", "hdmi"]) as files:
        played = subprocess.run(
            [sys.executable, "-c", PLAYER, str(tmp_path / "settings.ini")],
            env=player_env(two_sinks),
            capture_output=True,
            text=True,
            timeout=60,
        )
    said = json.loads(played.stdout.strip().splitlines()[-1])
    assert said["room"] == "Built-in-Audio-HDMI", said
    assert said["troubles"] == [], played.stderr
    # Each sink heard its own sound: the laptop the moderator's cue, the hall the chime.
    assert loudest(files["hdmi"]) > 2000, "the hall heard no chime"
    assert loudest(files["laptop"]) > 2000, "the laptop heard no cue"
    # The chime (2.2 s) is longer than the time-up cue (1.2 s): each sink got its own.
    assert sounding_seconds(files["hdmi"]) > 1.6 > sounding_seconds(files["laptop"])
