"""A real alert cue through QtMultimedia into a PulseAudio null sink, recorded and checked."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        pytest.skip("needs pulseaudio and parec: apt-get install pulseaudio pulseaudio-utils")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {"XDG_RUNTIME_DIR": str(runtime), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    subprocess.run(
        [
            "pulseaudio",
            "-D",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-null-sink sink_name=nullsink",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    deadline = time.monotonic() + 10
    while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
        assert time.monotonic() < deadline, "PulseAudio did not start"
        time.sleep(0.1)
    yield env
    subprocess.run(["pactl", "exit"], env=env, capture_output=True)


def test_time_up_cue_is_heard_on_the_sink(null_sink, tmp_path):
    recording = tmp_path / "sink.raw"
    with recording.open("wb") as sink:
        recorder = subprocess.Popen(
            ["parec", "-d", "nullsink.monitor", "--raw", "--format=s16le", "--channels=1"],
            env=null_sink,
            stdout=sink,
        )
        try:
            time.sleep(0.3)  # the recorder is listening before the cue starts
            env = dict(null_sink, PATH=f"{Path(sys.executable).parent}:/usr/bin:/bin")
            played = subprocess.run(
                [sys.executable, "-c", PLAYER], env=env, capture_output=True, text=True, timeout=60
            )
            time.sleep(0.3)
        finally:
            recorder.terminate()
            recorder.wait(5)
    events = json.loads(played.stdout.strip().splitlines()[-1])
    assert ["status", "Ready"] in events, played.stderr
    assert events.index(["playing", True]) < events.index(["playing", False])
    data = recording.read_bytes()
    samples = struct.unpack(f"<{len(data) // 2}h", data[: len(data) // 2 * 2])
    assert samples, "nothing was recorded"
    assert max(abs(s) for s in samples) > 2000, "the sink heard only silence"
