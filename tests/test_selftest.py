"""``emcee --self-test DIR`` from source, its failure reports, and the first-frame exit.

The frozen build runs the same self-test in CI (.ci/run), after the build.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from emcee import cli, resources, selftest
from emcee.selftest import CheckError, check_resources, check_sounds
from emcee.ui.i18n import switch_language


def program_env(home: Path) -> dict[str, str]:
    # Offscreen whatever the caller's display; the program's settings, show journals and
    # temp files go to a throw-away home, not the developer's (an unfinished show there
    # would hold the program at the question whether to resume it).
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    return env


@pytest.mark.e2e
@pytest.mark.slow
def test_self_test_from_source_passes_and_writes_both_pictures(tmp_path):
    out = tmp_path / "out"
    env = program_env(tmp_path / "home")
    env.pop("QT_QPA_PLATFORM")  # the self-test chooses offscreen by itself
    result = subprocess.run(
        [sys.executable, "-m", "emcee", "--self-test", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = (out / "self-test.txt").read_text(encoding="utf-8")
    assert report.strip() == result.stdout.strip()
    assert "from source" in report and "platform offscreen" in report
    for check in ("resources", "font", "translations", "sounds", "show", "sharing"):
        assert f"ok    {check}: " in report
    assert "+01:23" in report and "warning, final, time-up, overtime" in report
    assert report.rstrip().splitlines()[-1].startswith("PASSED: 6 checks")
    console = QImage(str(out / "console.png"))
    presenter = QImage(str(out / "presenter.png"))
    assert console.width() >= 1024 and console.height() >= 640
    assert (presenter.width(), presenter.height()) == (1920, 1080)
    # The user's settings (~/.config/emcee/emcee.conf) were not touched. (PulseAudio's
    # client may leave ~/.config/pulse.)
    assert not list((tmp_path / "home").rglob("*emcee*"))


def copy_resources(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources.root(), root)
    return root


@pytest.fixture
def resources_in(tmp_path, monkeypatch):
    """A copy of the resources folder that the checks read instead of the real one."""
    root = copy_resources(tmp_path)
    monkeypatch.setattr(resources, "root", lambda: root)
    return root


def test_a_missing_font_file_is_named(resources_in):
    (resources_in / "fonts" / "NanumGothicBold.ttf").unlink()
    with pytest.raises(CheckError, match=r"missing under .*fonts/NanumGothicBold\.ttf"):
        check_resources()


def test_a_cut_off_sound_is_named(qapp, resources_in):
    cue = resources_in / "sounds" / "final.wav"
    data = cue.read_bytes()
    cue.write_bytes(data[: len(data) // 2])  # the header still promises every frame
    with pytest.raises(CheckError, match=r"final\.wav"):
        check_sounds()


def test_a_sound_that_is_not_audio_is_named(qapp, resources_in):
    # A RIFF header with nonsense after it: neither the wave module nor a decoder reads it.
    (resources_in / "sounds" / "overtime.wav").write_bytes(
        b"RIFF" + struct.pack("<I", 100) + b"WAVE" + b"\x00" * 92
    )
    with pytest.raises(CheckError, match=r"overtime\.wav"):
        check_sounds()


def test_a_failed_check_gives_exit_1_and_the_reason_in_the_report(qapp, tmp_path, monkeypatch):
    def no_font() -> str:
        raise CheckError("NanumGothic did not load")

    def no_show(out_dir: Path, settings_dir: Path) -> str:
        raise RuntimeError("the window would not open")

    monkeypatch.setattr(selftest, "check_font", no_font)
    monkeypatch.setattr(selftest, "run_show", no_show)
    try:
        assert selftest.run_self_test(tmp_path / "out") == selftest.EXIT_FAILED
    finally:
        switch_language("en")
    report = (tmp_path / "out" / "self-test.txt").read_text(encoding="utf-8")
    assert "FAIL  font: NanumGothic did not load" in report
    assert "FAIL  show: RuntimeError: the window would not open" in report
    assert "ok    sounds: " in report
    assert "FAILED: font, show" in report
    assert "Traceback" in report  # the unexpected error's traceback, for a bug report


def test_the_command_line_flag_runs_the_self_test(tmp_path, monkeypatch):
    ran = []
    monkeypatch.setattr(selftest, "run_self_test", lambda out: ran.append(out) or 0)
    # A folder named like a command is still the flag's value.
    assert cli.main(["--self-test", "check"]) == 0
    assert cli.main(["--self-test", str(tmp_path)]) == 0
    assert ran == [Path("check"), tmp_path]


@pytest.mark.e2e
def test_exit_after_first_frame_prints_when_the_console_painted(tmp_path):
    env = program_env(tmp_path)
    env["EMCEE_EXIT_AFTER_FIRST_FRAME"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "emcee", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    line = [line for line in result.stdout.splitlines() if line.startswith("emcee: first")]
    assert line and float(line[0].rsplit(" at ", 1)[1]) > 1.6e9
    # The phases bench/startup.py reports, in order, before the frame.
    marks = next(x for x in result.stdout.splitlines() if x.startswith("emcee: start-up marks"))
    words = marks.removeprefix("emcee: start-up marks").split()
    assert words[::2] == ["imported", "application", "console"]
    moments = [float(value) for value in words[1::2]]
    assert moments == sorted(moments) and moments[-1] <= float(line[0].rsplit(" at ", 1)[1])


# Loaded when first used: a start shows the live agenda, and none of these are in it.
NOT_AT_START = (
    "tomlkit",  # writing agenda files
    "pyqtgraph",
    "openpyxl",  # importing run sheets
    "websockets",  # sharing on the network
    "emcee.net",
    "PySide6.QtMultimedia",  # sounds: loaded a second after the first frame
    "emcee.ui.editor.editor",
    "emcee.ui.report",
    "emcee.core.report",
    "emcee.core.runsheet",
)


@pytest.mark.e2e
def test_the_first_frame_loads_only_what_it_shows(tmp_path):
    code = (
        "import gc, sys\n"
        "collected = []\n"
        "def count(phase, info):\n"
        "    collected.append(phase == 'stop' and 'emcee.app' in sys.modules)\n"
        "gc.callbacks.append(count)\n"
        "from emcee.cli import main\n"
        "main([])\n"
        f"loaded = [m for m in sys.modules if m.startswith({NOT_AT_START!r})]\n"
        "print('loaded:', sorted(loaded))\n"
        "print('collections in the window start-up:', sum(collected))\n"
    )
    env = program_env(tmp_path)
    env["EMCEE_EXIT_AFTER_FIRST_FRAME"] = "1"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "emcee: first console frame" in result.stdout
    assert "loaded: []" in result.stdout, result.stdout
    # Python's collector is off before the window's modules load (it ran some 60 times
    # for nothing): the console's tick collects, in the Qt thread, from its first second.
    assert "collections in the window start-up: 0" in result.stdout, result.stdout
