"""A private PulseAudio server with null sinks, for end-to-end tests that listen to what
emcee plays: each sink is recorded through its monitor and the recording checked."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def pulseaudio(home: Path, sinks: dict[str, str], default: str | None = None) -> Iterator[dict]:
    """A PulseAudio server of its own in ``home`` with a null sink per ``sinks`` entry
    (name: the description a player shows); the environment that reaches it."""
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        pytest.skip("needs pulseaudio and parec: apt-get install pulseaudio pulseaudio-utils")
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env = {"XDG_RUNTIME_DIR": str(runtime), "PATH": "/usr/bin:/bin", "HOME": str(home)}
    command = ["pulseaudio", "-D", "--exit-idle-time=-1", "-n"]
    command += [
        f"--load=module-null-sink sink_name={name} sink_properties=device.description={text}"
        for name, text in sinks.items()
    ]
    command.append("--load=module-native-protocol-unix")
    subprocess.run(
        command,
        env=env,
        check=True,
        capture_output=True,
    )
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
            assert time.monotonic() < deadline, "PulseAudio did not start"
            time.sleep(0.1)
        if default is not None:
            subprocess.run(["pactl", "set-default-sink", default], env=env, check=True)
        yield env
    finally:
        subprocess.run(["pactl", "exit"], env=env, capture_output=True)


@contextmanager
def recording(env: dict, folder: Path, sinks: list[str]) -> Iterator[dict[str, Path]]:
    """Each of ``sinks`` recorded (raw 16-bit mono) into ``folder``/NAME.raw while the
    block runs; the recorders listen before it starts and a little after it ends."""
    files = {sink: folder / f"{sink}.raw" for sink in sinks}
    recorders = []
    try:
        for sink, path in files.items():
            out = path.open("wb")
            command = ["parec", "-d", f"{sink}.monitor", "--raw", "--format=s16le", "--channels=1"]
            recorders.append((subprocess.Popen(command, env=env, stdout=out), out))
        time.sleep(0.3)  # listening before anything plays
        yield files
        time.sleep(0.3)
    finally:
        for recorder, out in recorders:
            recorder.terminate()
            recorder.wait(5)
            out.close()


def player_env(env: dict) -> dict:
    """``env`` with this interpreter's folder first on the PATH, for the player process."""
    return dict(env, PATH=f"{Path(sys.executable).parent}:/usr/bin:/bin")


def samples(path: Path) -> tuple[int, ...]:
    data = path.read_bytes()
    return struct.unpack(f"<{len(data) // 2}h", data[: len(data) // 2 * 2])


def loudest(path: Path) -> int:
    recorded = samples(path)
    assert recorded, f"nothing was recorded in {path.name}"
    return max(abs(s) for s in recorded)


def sounding_seconds(path: Path, rate: int = 44100) -> float:
    """How long the recording is louder than a whisper, first loud sample to last."""
    loud = [n for n, s in enumerate(samples(path)) if abs(s) > 300]
    return (loud[-1] - loud[0]) / rate if loud else 0.0
