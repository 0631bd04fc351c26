"""`emcee report JOURNAL --out DIR`: the report files without a window."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from emcee import resources
from emcee.cli import main
from emcee.core.agenda.file import loads
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.core.journal import Journal

from .core.afternoon import play_afternoon

AGENDA = resources.reference_agenda().read_text(encoding="utf-8")
FILES = [
    "drift.png",
    "over-under.png",
    "report-drift.csv",
    "report.csv",
    "report.json",
    "timeline.png",
]


def afternoon_journal(folder):
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    show = Show(loads(AGENDA)[1], clock)
    journal = Journal.create(AGENDA, clock, folder, fallbacks=[])
    play_afternoon(show, clock, journal)
    return journal.path


def test_report_writes_the_files_and_prints_the_summary(qapp, tmp_path, capsys):
    journal = afternoon_journal(tmp_path / "shows")
    out = tmp_path / "out"
    assert main(["report", str(journal), "--out", str(out), "--lang", "en"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "Ended 17:11:00 (planned 17:10:00, +1:00)"
    assert sorted(p.name for p in out.iterdir()) == FILES
    assert (out / "report.csv").read_text(encoding="utf-8-sig").startswith("No.,Part,Title")


def test_a_bad_journal_is_explained_in_korean(tmp_path, capsys):
    bad = tmp_path / "journal.jsonl"
    bad.write_text("not a journal\n", encoding="utf-8")
    assert main(["--lang", "ko", "report", str(bad), "--out", str(tmp_path / "out")]) == 2
    assert "행사 정보가 없습니다" in capsys.readouterr().err
    assert (
        main(["report", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path), "--lang", "en"]) == 2
    )
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("platform", [None, "", "xcb", "wayland"])
def test_the_real_command_needs_no_display_whatever_qt_is_told(tmp_path, platform):
    journal = afternoon_journal(tmp_path / "shows")
    out = tmp_path / "out"
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    # Korean through a pipe on any system (Windows pipes use the ANSI code page otherwise).
    environment["PYTHONIOENCODING"] = "utf-8"
    if platform is not None:
        environment["QT_QPA_PLATFORM"] = platform
    result = subprocess.run(
        [sys.executable, "-m", "emcee", "report", str(journal), "--out", str(out), "--lang", "ko"],
        capture_output=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "종료 17:11:00 (계획 17:10:00, +1:00)"
    assert sorted(p.name for p in out.iterdir()) == FILES
    header = (out / "report.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("번호,부,제목,발표자")


def test_a_show_just_started_gets_its_whole_report(qapp, tmp_path, capsys):
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    show = Show(loads(AGENDA)[1], clock)
    journal = Journal.create(AGENDA, clock, tmp_path / "shows", fallbacks=[])
    journal.record_action(show.start(), show.state.show)  # registration, nothing else
    clock.advance(120)
    journal.record_note("마이크 점검", "operator")
    out = tmp_path / "out"
    assert main(["report", str(journal.path), "--out", str(out), "--lang", "en"]) == 0
    assert sorted(p.name for p in out.iterdir()) == FILES
    assert capsys.readouterr().out.startswith("Not ended; last projected end 17:10:00")


def test_binary_junk_is_not_a_journal(tmp_path, capsys):
    junk = tmp_path / "journal.jsonl"
    junk.write_bytes(bytes(range(11, 256)) + bytes(range(11, 66)))  # 300 bytes, no newline
    assert main(["report", str(junk), "--out", str(tmp_path / "out"), "--lang", "en"]) == 2
    error = capsys.readouterr().err
    assert "is not an emcee journal" in error and "empty" not in error
