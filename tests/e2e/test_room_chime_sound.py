"""The room chime through QtMultimedia into the hall's output, the moderator's cue into the
laptop's: two PulseAudio null sinks, each recorded and checked."""

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
            "--load=module-null-sink sink_name=laptop "
            "sink_properties=device.description=Laptop-Speakers",
            "--load=module-null-sink sink_name=hdmi "
            "sink_properties=device.description=Built-in-Audio-HDMI",
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
    subprocess.run(["pactl", "set-default-sink", "laptop"], env=env, check=True)
    yield env
    subprocess.run(["pactl", "exit"], env=env, capture_output=True)


def loudest(path: Path) -> int:
    data = path.read_bytes()
    samples = struct.unpack(f"<{len(data) // 2}h", data[: len(data) // 2 * 2])
    assert samples, f"nothing was recorded in {path.name}"
    return max(abs(s) for s in samples)


def test_the_chime_plays_on_the_presenters_hdmi_and_the_cue_on_the_laptop(two_sinks, tmp_path):
    recorders = []
    for sink in ("laptop", "hdmi"):
        out = (tmp_path / f"{sink}.raw").open("wb")
        command = ["parec", "-d", f"{sink}.monitor", "--raw", "--format=s16le", "--channels=1"]
        recorders.append((subprocess.Popen(command, env=two_sinks, stdout=out), out))
    try:
        time.sleep(0.3)  # the recorders are listening before anything plays
        env = dict(two_sinks, PATH=f"{Path(sys.executable).parent}:/usr/bin:/bin")
        played = subprocess.run(
            [sys.executable, "-c", PLAYER, str(tmp_path / "settings.ini")],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        time.sleep(0.3)
    finally:
        for recorder, out in recorders:
            recorder.terminate()
            recorder.wait(5)
            out.close()
    said = json.loads(played.stdout.strip().splitlines()[-1])
    assert said["room"] == "Built-in-Audio-HDMI", said
    assert said["troubles"] == [], played.stderr
    # Each sink heard its own sound: the laptop the moderator's cue, the hall the chime.
    assert loudest(tmp_path / "hdmi.raw") > 2000, "the hall heard no chime"
    assert loudest(tmp_path / "laptop.raw") > 2000, "the laptop heard no cue"
    # The chime (2.2 s) is longer than the time-up cue (1.2 s): each sink got its own.
    hdmi_bytes = (tmp_path / "hdmi.raw").read_bytes()
    laptop_bytes = (tmp_path / "laptop.raw").read_bytes()
    assert sounding_seconds(hdmi_bytes) > 1.6 > sounding_seconds(laptop_bytes)


def sounding_seconds(data: bytes, rate: int = 44100) -> float:
    """How long the recording is louder than a whisper, first loud sample to last."""
    samples = struct.unpack(f"<{len(data) // 2}h", data[: len(data) // 2 * 2])
    loud = [n for n, s in enumerate(samples) if abs(s) > 300]
    return (loud[-1] - loud[0]) / rate if loud else 0.0
