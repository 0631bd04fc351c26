"""The real program on a 1920x1080 console and a 1280x720 projector: from the first window
to a countdown the room can see takes two actions, Space and Return (the rehearsal
question: the built-in event is planned for 2023), and the console's preview says in words
what the projector shows. Screenshots of each step are kept (EMCEE_E2E_SHOTS=DIR keeps
them there).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_presenter_hotplug import PROJECTOR_RECT, X, _wait, x_server

pytestmark = pytest.mark.e2e
__all__ = ["x_server"]


def test_two_actions_from_the_first_window_to_the_first_projected_countdown(
    x_server: X, tmp_path: Path
):
    x = x_server
    shots = Path(os.environ.get("EMCEE_E2E_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    log = (tmp_path / "emcee.log").open("w")
    env = dict(x.env, QT_QPA_PLATFORM="xcb", LANG="ko_KR.UTF-8")
    program = subprocess.Popen(
        [sys.executable, "-m", "emcee", "--lang", "ko"], env=env, stdout=log, stderr=log
    )
    try:
        console = _wait(lambda: x.find("성과공유회"), 20)
        presenter = _wait(lambda: x.find("presenter screen") or x.find("발표자 화면"), 20)
        assert isinstance(console, str) and isinstance(presenter, str), "no windows"
        time.sleep(1.0)
        x.run("import", "-window", "root", str(shots / "0-first-window.png"))
        # Before the start the projector shows a clock: it changes once a minute at most.
        before = x.pixels(*PROJECTOR_RECT)
        time.sleep(1.2)
        assert x.pixels(*PROJECTOR_RECT) == before, "a countdown before the start"

        actions = 0
        x.run("xdotool", "windowactivate", "--sync", console)
        assert _wait(lambda: x.active() == console, 5)
        x.run("xdotool", "key", "space")
        actions += 1
        assert _wait(lambda: x.find("진행 시작"), 5), "no rehearsal question"
        x.run("import", "-window", "root", str(shots / "1-question.png"))
        x.run("xdotool", "key", "Return")  # "Move the plan to now", the default
        actions += 1
        assert _wait(lambda: x.active() == console, 5)
        time.sleep(0.5)
        before = x.pixels(*PROJECTOR_RECT)
        time.sleep(1.2)
        assert x.pixels(*PROJECTOR_RECT) != before, "the projector does not count down"
        x.run("import", "-window", "root", str(shots / "2-counting.png"))
        print(f"\n{actions} actions to the first projected countdown; screenshots in {shots}")
        assert actions == 2
        assert program.poll() is None, "the program ended"
    finally:
        program.terminate()
        try:
            program.wait(10)
        except subprocess.TimeoutExpired:
            program.kill()
        log.close()
    output = (tmp_path / "emcee.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in output, output
