"""The real program, killed with SIGKILL at 20 random moments of a show and restarted with
``--resume`` each time (issue 6).

The program runs offscreen as ``python -m emcee AGENDA``, with its data, settings and temp
folders in the test's own folder (XDG_DATA_HOME, XDG_CONFIG_HOME, TMPDIR, HOME). The test
plays the operator through the test-only control socket (EMCEE_TEST_CONTROL,
src/emcee/ui/remote.py): random actions at random moments, sometimes killing the program
while an action is on its way. After each restart:

- every journal line on disk before the kill is still there, unchanged and in order, and
  every action the program had answered (shown as done) is among them;
- the live item, phase and turn, and the remaining time within 1 s, agree with a
  computation made here from the journal's own action entries and their wall-clock stamps
  (a small model of the few actions used, written for this test: not the app's engine);
- with no action on its way at the kill, the live turn is the one shown before the kill.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

KILLS = 20
TOLERANCE = 1.0  # seconds between the program's remaining time and the one computed here
START_WITHIN = 30.0  # seconds for the program to answer on its control socket

AGENDA = """\
format = 1

[programme]
title = "재개 시험 행사"
start = "09:00"

[[items]]
kind = "opening"
title = "개회"
duration = "3m"

[[items]]
kind = "session"
part = "1부"
title = "사례 발표"
presentation = "6m"
discussion = "4m"
shares = "fixed"
protect_discussion = true
speakers = [
    { presenter = "부산북구", duration = "3m" },
    { presenter = "광주동구", duration = "3m" },
]

[[items]]
kind = "talk"
title = "특강"
duration = "4m"

[[items]]
kind = "closing"
title = "폐회"
duration = "3m"
"""

# The agenda's turns, written out by hand: (item, phase, turn, seconds allotted). Fixed
# shares and a protected discussion keep every turn's time what the agenda says.
TURNS = [
    (0, 0, 0, 180),
    (1, 0, 0, 180),
    (1, 0, 1, 180),
    (1, 1, 0, 240),
    (2, 0, 0, 240),
    (3, 0, 0, 180),
]


# --- the computation the program is checked against ----------------------------------------


def expected(entries: list[dict[str, Any]], at: dt.datetime) -> dict[str, Any]:
    """The live turn at ``at``, from the journal's actions and their wall-clock stamps.

    A turn's time runs while the show runs and the turn is live; leaving a turn keeps
    what it used; restart forgets it; adjust adds to the live turn.
    """
    state, current, since = "ready", 0, None
    used = [0.0] * len(TURNS)
    added = [0.0] * len(TURNS)
    for entry in entries:
        if entry["type"] != "action":
            continue
        moment = dt.datetime.fromisoformat(entry["wall"])
        kind = entry["kind"]
        if since is not None and kind in ("pause", "next", "previous"):
            used[current] += (moment - since).total_seconds()
            since = moment
        if kind in ("start", "resume"):
            state, since = "running", moment
        elif kind == "pause":
            state, since = "paused", None
        elif kind == "next":
            current += 1
        elif kind == "previous":
            current -= 1
        elif kind == "adjust":
            added[current] += entry["amount"]
        elif kind == "restart":
            used[current], added[current] = 0.0, 0.0
            since = moment if state == "running" else None
        else:
            raise AssertionError(f"the test does not use {kind}")
    running = (at - since).total_seconds() if since is not None else 0.0
    item, phase, turn, allotted = TURNS[current]
    return {
        "state": state,
        "segment": current,
        "item": item,
        "phase": phase,
        "turn": turn,
        "remaining": allotted + added[current] - used[current] - running,
    }


# --- the program ---------------------------------------------------------------------------


class Program:
    """``python -m emcee`` in a subprocess, and its control socket."""

    def __init__(self, folder: Path, control: str, log: Path) -> None:
        self.folder = folder
        self.control = control
        self.log = log
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "LC_", "LANG", "XDG_"))
        }
        for name in ("home", "data", "config", "tmp"):
            (folder / name).mkdir(exist_ok=True)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            LANG="C.UTF-8",
            HOME=str(folder / "home"),
            XDG_DATA_HOME=str(folder / "data"),
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_DOCUMENTS_DIR=str(folder / "home" / "Documents"),
            TMPDIR=str(folder / "tmp"),
            EMCEE_TEST_CONTROL=control,
        )
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None
        self.stream: Any = None

    def start(self, *arguments: str) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "emcee", *arguments],
                env=self.env,
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + START_WITHIN
        while True:
            assert self.process.poll() is None, f"the program stopped: {self.log.read_text()}"
            connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                connection.connect(self.control)
                break
            except OSError:
                connection.close()
                if time.monotonic() > deadline:
                    raise AssertionError("the program did not answer") from None
                time.sleep(0.05)
        connection.settimeout(10)
        self.stream = connection.makefile("rwb")

    def send(self, command: str, **fields: Any) -> None:
        self.stream.write((json.dumps({"do": command, **fields}) + "\n").encode("utf-8"))
        self.stream.flush()

    def answer(self) -> dict[str, Any]:
        line = self.stream.readline()
        assert line, "no answer from the program"
        answer: dict[str, Any] = json.loads(line)
        return answer

    def ask(self, command: str, **fields: Any) -> dict[str, Any]:
        self.send(command, **fields)
        return self.answer()

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self.stream.close()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def journal_lines(path: Path) -> tuple[list[str], str]:
    """The complete lines of a journal, and what follows the last newline (a torn line)."""
    text = path.read_bytes().decode("utf-8")
    *lines, tail = text.split("\n")
    return lines, tail


def short_folder(tmp_path: Path) -> Path:
    # A Unix socket's path must stay under ~100 bytes; pytest's can be longer.
    if len(str(tmp_path)) < 70:
        return tmp_path
    return Path(tempfile.mkdtemp(prefix="emcee-e2e-"))


def test_twenty_kills_and_resumes_lose_nothing(tmp_path: Path):
    folder = short_folder(tmp_path)
    agenda = folder / "resume.toml"
    agenda.write_text(AGENDA, encoding="utf-8")
    seed = int(os.environ.get("EMCEE_E2E_SEED", random.randrange(10**6)))
    chance = random.Random(seed)
    print(f"\nseed {seed} (EMCEE_E2E_SEED={seed} repeats the same choices)")
    program = Program(folder, str(folder / "control"), folder / "emcee.log")
    began = time.monotonic()
    starts: list[float] = []
    in_flight = landed = 0  # kills with an action on its way; of those, actions on disk
    try:
        started = time.monotonic()
        program.start(str(agenda))
        starts.append(time.monotonic() - started)
        last = program.ask("start")
        assert last["applied"] and last["status"]["state"] == "running"
        journal = Path(last["status"]["path"])
        assert journal.is_relative_to(folder / "data"), journal

        for kill in range(KILLS):
            where = f"kill {kill + 1} (seed {seed})"
            # The operator works for a moment ...
            for _ in range(chance.randrange(4)):
                segment = last["status"]["segment"]
                choices = ["pause", "adjust", "restart", "previous"]
                if segment < len(TURNS) - 1:
                    choices += ["next", "next"]
                command = chance.choice(choices)
                amount = chance.choice([-30, 30, 60]) if command == "adjust" else None
                last = program.ask(command, **({"amount": amount} if amount else {}))
                time.sleep(chance.uniform(0.0, 0.3))
            acked = last["status"]["entries"]  # lines on disk before the last answer
            shown = last["status"]
            # ... and the program dies: idle, or with an action on its way.
            on_its_way = chance.random() < 0.4
            if on_its_way:
                program.send("next" if shown["segment"] < len(TURNS) - 1 else "previous")
                time.sleep(chance.uniform(0.0, 0.02))
            else:
                time.sleep(chance.uniform(0.0, 0.5))
            program.kill()
            before, torn = journal_lines(journal)
            assert len(before) >= acked, f"{where}: lines shown as done are not on disk"
            in_flight += on_its_way
            landed += on_its_way and any('"type": "action"' in line for line in before[acked:])

            # Down a moment: with the restart, over the 1 s tolerance, so a resume that
            # forgot the downtime could not pass.
            time.sleep(chance.uniform(0.5, 1.5))
            started = time.monotonic()
            program.start("--resume")
            starts.append(time.monotonic() - started)
            last = program.ask("status")
            status = last["status"]
            after, tail = journal_lines(Path(status["path"]))
            entries = [json.loads(line) for line in after]

            assert Path(status["path"]) == journal, where
            assert tail == "", f"{where}: the journal ends in a torn line"
            assert after[: len(before)] == before, f"{where}: lines were lost or changed"
            # Only a line cut short at the kill may be left out (it was never answered).
            assert entries[len(before)]["type"] == "resume", f"{where}: {torn!r}"
            assert [entry["seq"] for entry in entries] == list(range(len(entries))), where

            now = dt.datetime.fromisoformat(status["wall"])
            want = expected(entries, now)
            for key in ("state", "segment", "item", "phase", "turn"):
                assert status[key] == want[key], f"{where}: {key} {status} != {want}"
            assert abs(status["remaining"] - want["remaining"]) <= TOLERANCE, (
                f"{where}: remaining {status['remaining']:.3f} s, "
                f"computed {want['remaining']:.3f} s"
            )
            if not on_its_way:
                for key in ("state", "segment", "item", "phase", "turn"):
                    assert status[key] == shown[key], f"{where}: {key} changed: {shown}"

        program.stop()
    finally:
        program.stop()
    took = time.monotonic() - began
    print(
        f"{KILLS} kills: {took:.1f} s in all; program ready after "
        f"{min(starts):.2f}-{max(starts):.2f} s; journal of {len(after)} lines; "
        f"{in_flight} kills with an action on its way, {landed} of them written"
    )
    output = program.log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in output, output


def test_resume_with_nothing_to_resume_says_so(tmp_path: Path):
    folder = short_folder(tmp_path)
    program = Program(folder, str(folder / "control"), folder / "emcee.log")
    try:
        program.start("--resume")
        status = program.ask("status")["status"]
        assert status["state"] == "ready"  # the built-in event, as a new show
    finally:
        program.stop()
    output = program.log.read_text(encoding="utf-8")
    assert "There is no unfinished show to resume, so a new show is opened." in output


LIBFAKETIME = next(
    (
        path
        for path in (
            "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
            "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
            "/usr/lib/faketime/libfaketime.so.1",
        )
        if Path(path).exists()
    ),
    None,
)


@pytest.mark.skipif(
    LIBFAKETIME is None or not sys.platform.startswith("linux"),
    reason="needs libfaketime (apt-get install faketime)",
)
@pytest.mark.parametrize("correction", ["+1h", "-1h"])
def test_a_clock_corrected_while_the_program_was_down_changes_no_timer(
    tmp_path: Path, correction: str
):
    """Killed mid-turn; while it is down the wall clock is set an hour forward or back
    (libfaketime, monotonic clocks left alone); the resumed turn has lost exactly the time
    that really passed, and the wall clock the program reads has moved."""
    folder = short_folder(tmp_path)
    agenda = folder / "resume.toml"
    agenda.write_text(AGENDA, encoding="utf-8")
    shift = folder / "faketime"
    shift.write_text("+0\n", encoding="ascii")
    program = Program(folder, str(folder / "control"), folder / "emcee.log")
    program.env.update(
        LD_PRELOAD=str(LIBFAKETIME),
        FAKETIME_DONT_FAKE_MONOTONIC="1",
        FAKETIME_TIMESTAMP_FILE=str(shift),
        FAKETIME_NO_CACHE="1",
    )
    try:
        program.start(str(agenda))
        program.ask("start")
        program.ask("next")  # the first speaker's 3 minutes
        time.sleep(0.5)
        before = program.ask("status")["status"]
        killed_at = time.monotonic()
        program.kill()
        shift.write_text(f"{correction}\n", encoding="ascii")
        time.sleep(1.0)
        program.start("--resume")
        status = program.ask("status")["status"]
        down = time.monotonic() - killed_at
        assert status["segment"] == before["segment"] == 1
        # The turn lost what really passed (between the two status answers), not an hour.
        lost = before["remaining"] - status["remaining"]
        assert down - 1.0 <= lost <= down + 0.2, (lost, down)
        hours = 1 if correction == "+1h" else -1
        gap = dt.datetime.fromisoformat(status["wall"]) - dt.datetime.fromisoformat(before["wall"])
        assert abs(gap.total_seconds() - (hours * 3600 + down)) < 2.0, gap
        entries = [json.loads(line) for line in journal_lines(Path(status["path"]))[0]]
        resume = entries[-1] if entries[-1]["type"] == "resume" else None
        assert resume is not None and resume["downtime_source"] == "boot-clock", entries[-1]
        assert resume["clock"]["timeline"].startswith("linux-boottime:")
    finally:
        program.stop()
