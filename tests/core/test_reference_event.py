"""The built-in agenda is the 2023-06-23 sharing session, exactly as the press release has it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.agenda.model import ItemKind, PhaseKind
from emcee.core.timefmt import format_time_of_day

from .press_release import CASES, PHASES, RUN_SHEET

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed-press-release.txt"


@pytest.fixture(scope="module")
def schedule():
    return load(resources.reference_agenda())[1]


def _content(planned) -> str:
    item = planned.item
    return f"({item.part}) {item.title}" if item.part else item.title


def test_every_run_sheet_row_with_time_length_content_and_notes(schedule):
    assert len(schedule.items) == len(RUN_SHEET)
    for planned, (times, minutes, content, notes) in zip(schedule.items, RUN_SHEET, strict=True):
        start, end = times.split("~")
        assert format_time_of_day(planned.start) == start
        assert format_time_of_day(planned.end) == end
        assert planned.duration == minutes * 60
        assert _content(planned) == content
        assert planned.item.notes == notes


def test_programme_runs_13_00_to_17_10(schedule):
    assert format_time_of_day(schedule.start) == "13:00"
    assert format_time_of_day(schedule.end) == "17:10"
    programme = schedule.programme
    assert str(programme.date) == "2023-06-23"
    assert programme.venue == "정부세종컨벤션센터 국제회의장"


def test_both_breaks_and_part_one_as_one_item(schedule):
    breaks = [p for p in schedule.items if p.item.kind is ItemKind.BREAK]
    assert [(format_time_of_day(p.start), p.duration) for p in breaks] == [
        ("14:45", 600),
        ("15:55", 600),
    ]
    part_one = [p for p in schedule.items if p.item.part == "1부"]
    assert len(part_one) == 1
    assert part_one[0].duration == 30 * 60
    assert [p.kind for p in part_one[0].phases] == [PhaseKind.MAIN]


@pytest.mark.parametrize("part", ["2부", "3부", "4부"])
def test_sessions_have_phases_and_the_case_presentations(schedule, part):
    (session,) = [p for p in schedule.items if p.item.part == part]
    assert session.item.kind is ItemKind.SESSION
    presentation, discussion = session.phases
    assert presentation.kind is PhaseKind.PRESENTATION
    assert discussion.kind is PhaseKind.DISCUSSION
    assert (presentation.duration, discussion.duration) == tuple(m * 60 for m in PHASES[part])
    speakers = [(t.speaker.presenter, t.speaker.title) for t in presentation.turns]
    assert speakers == CASES[part]
    # An even split: 20 min among 5 is 4 min each; 40 min among 8 is 5 min each.
    assert {t.duration for t in presentation.turns} == {presentation.duration // len(speakers)}


def test_twenty_one_case_presentations(schedule):
    turns = [
        t
        for p in schedule.items
        for phase in p.phases
        for t in phase.turns
        if t.speaker is not None
    ]
    assert len(turns) == 21


@pytest.mark.skipif(not SEED.exists(), reason="the press release is not beside the repository")
def test_transcribed_facts_match_the_press_release():
    text = SEED.read_text(encoding="utf-8")
    rows = re.findall(r"^(\d\d:\d\d~\d\d:\d\d) \((\d+)\)\t○ ([^\t]*)\t?(.*)$", text, re.M)
    assert [(t, int(m), c.strip(), n.strip()) for t, m, c, n in rows] == RUN_SHEET
    for cases in CASES.values():
        for municipality, project in cases:
            assert re.search(rf"^\d\t{municipality}\t{re.escape(project)}$", text, re.M)
