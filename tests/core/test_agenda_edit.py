"""Agenda edits, the editor's checks, differences, and the autosaved draft."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emcee import resources
from emcee.core.agenda import edit
from emcee.core.agenda.draft import read_draft, write_draft
from emcee.core.agenda.file import load, loads
from emcee.core.agenda.model import Item, ItemKind, Shares, Speaker, TimerStyle
from emcee.core.agenda.values import agenda_of_values, to_values
from emcee.core.agenda.writer import dumps

REFERENCE = load(resources.reference_agenda())[0]


def minutes(m: int) -> int:
    return m * 60


def test_move_duplicate_insert_remove():
    agenda = edit.move_item(REFERENCE, 0, 2)
    assert [i.title for i in agenda.items[:3]] == [
        REFERENCE.items[1].title,
        REFERENCE.items[2].title,
        "등록",
    ]
    copy = edit.duplicate_item(REFERENCE, 4)
    assert copy.items[5] == replace(REFERENCE.items[4], start=None)
    assert len(copy.items) == len(REFERENCE.items) + 1
    added = edit.insert_item(REFERENCE, 1, Item("New", duration=minutes(5)))
    assert added.items[1].title == "New"
    assert edit.remove_item(added, 1) == REFERENCE


def test_read_length_and_time():
    assert edit.read_length("35") == minutes(35)
    assert edit.read_length(" 4m30s ") == 270
    assert edit.read_length("") is None
    # As the console writes lengths, in either language: read back as they read.
    for written in ("4:30", "4분 30초", "4 min 30 s", "4min30sec"):
        assert edit.read_length(written) == 270
    assert edit.read_length("35분") == edit.read_length("35 min") == minutes(35)
    assert edit.read_length("1시간 10분") == minutes(70)
    for bad in ("0", "abc", "-5", "5 minutes", "4:75", "0:00"):
        with pytest.raises(edit.UnreadableError):
            edit.read_length(bad)
    assert edit.read_time("9:05") == 9 * 3600 + 300
    assert edit.read_time("13.30") == 13 * 3600 + 1800
    assert edit.read_time(" ") is None
    assert edit.read_time("25:00") == 25 * 3600  # 01:00 the next day, past midnight
    for bad in ("48:00", "13:60", "1300"):
        with pytest.raises(edit.UnreadableError):
            edit.read_time(bad)


def test_check_a_valid_agenda():
    result = edit.check(REFERENCE)
    assert result.ok and result.schedule is not None
    assert result.times[0] == (13 * 3600, 13 * 3600 + 1800)


def test_phase_change_is_a_problem_until_both_phases_add_up():
    # Part 3 is 40+20; 35+20 leaves five minutes of the hour unplanned.
    agenda = edit.change_item(REFERENCE, 6, presentation=minutes(35))
    result = edit.check(agenda)
    assert [(p.code, p.item, p.key) for p in result.problems] == [
        ("phases_short", 7, "presentation")
    ]
    # The rows above the broken one still know their times.
    assert result.times[5] == (14 * 3600 + 45 * 60, 14 * 3600 + 55 * 60)
    assert result.times[6] is None
    agenda = edit.change_item(agenda, 6, discussion=minutes(25))
    assert edit.check(agenda).ok


def test_empty_titles_and_presenters_are_problems_as_the_file_reader_says():
    agenda = edit.change_item(REFERENCE, 1, title="  ")
    agenda = edit.change_speaker(agenda, 4, 2, presenter="")
    agenda = edit.change_programme(agenda, title="")
    result = edit.check(agenda)
    found = [(p.code, p.item, p.speaker, p.key) for p in result.problems]
    assert found == [
        ("empty_text", None, None, "title"),
        ("empty_text", 2, None, "title"),
        ("empty_text", 5, 3, "presenter"),
    ]
    assert not result.ok
    assert result.schedule is not None  # the plan itself is fine: times are shown


def test_split_evenly_forgets_explicit_durations():
    agenda = edit.change_speaker(REFERENCE, 4, 0, duration=minutes(8))
    assert edit.split_evenly(agenda, 4) == REFERENCE


def test_differences_name_what_changed():
    agenda = edit.change_item(REFERENCE, 4, presentation=minutes(25), discussion=minutes(10))
    agenda = edit.insert_item(agenda, 9, Item("Q&A", duration=minutes(5)))
    agenda = edit.remove_item(agenda, 0)
    agenda = edit.change_programme(agenda, hard_end=17 * 3600 + 30 * 60)
    found = [(d.what, d.number, d.fields) for d in edit.differences(REFERENCE, agenda)]
    assert found == [
        ("programme", 0, ("hard_end",)),
        ("removed", 1, ()),
        ("changed", 4, ("presentation", "discussion")),
        ("added", 9, ()),
    ]
    moved = edit.move_item(REFERENCE, 9, 8)
    assert [(d.what, d.title) for d in edit.differences(REFERENCE, moved)] == [("moved", "폐회사")]
    assert edit.differences(REFERENCE, REFERENCE) == []


def test_history_rewritten_finds_items_that_ran_taken_out_or_moved():
    live = 2  # the third item is live
    assert edit.history_rewritten(REFERENCE, edit.remove_item(REFERENCE, 0), live) == [1]
    assert edit.history_rewritten(REFERENCE, edit.move_item(REFERENCE, 1, 0), live)
    inserted = edit.insert_item(REFERENCE, 1, Item("Late guest", duration=60))
    assert edit.history_rewritten(REFERENCE, inserted, live) == [2]
    # Renaming what ran, and anything after the live item, is not rewriting history.
    renamed = edit.change_item(REFERENCE, 0, title="Registration")
    assert edit.history_rewritten(REFERENCE, renamed, live) == []
    later = edit.move_item(edit.remove_item(REFERENCE, 5), 6, 4)
    assert edit.history_rewritten(REFERENCE, later, live) == []


def test_draft_json_round_trip(tmp_path):
    agenda = edit.change_item(
        REFERENCE,
        4,
        title="",  # a half-done draft is kept as it is
        timer=TimerStyle.COUNTUP,
        shares=Shares.FIXED,
        protect_discussion=True,
        warning=90,
        minimum=minutes(20),
    )
    assert agenda_of_values(to_values(agenda)) == agenda
    path = tmp_path / "sub" / "draft.json"
    written = dt.datetime(2023, 6, 23, 14, 32, tzinfo=dt.UTC)
    write_draft(path, agenda, "/x/event.toml", written)
    draft = read_draft(path)
    assert draft is not None
    assert (draft.agenda, draft.path, draft.written) == (agenda, "/x/event.toml", written)
    path.write_text("{ broken", encoding="utf-8")
    assert read_draft(path) is None
    assert read_draft(tmp_path / "none.json") is None


def test_a_draft_written_before_the_values_were_read_from_the_model_still_reads():
    # Written by emcee's first hand-made draft writer (its fields listed one by one).
    draft = read_draft(Path(__file__).parent / "fixtures" / "draft-format-1.json")
    assert draft is not None and draft.path == "/x/event.toml"
    # It was written before the built-in event had the MC's lines.
    without_lines = edit.with_items(REFERENCE, [replace(i, mc="") for i in REFERENCE.items])
    expected = edit.change_item(
        without_lines,
        4,
        title="",
        timer=TimerStyle.COUNTUP,
        shares=Shares.FIXED,
        protect_discussion=True,
        warning=90,
        minimum=minutes(20),
    )
    assert draft.agenda == edit.change_programme(expected, hard_end=17 * 3600 + 30 * 60)


def test_values_that_are_not_an_agenda_are_refused():
    values = to_values(REFERENCE)
    values["items"][0]["duration"] = True  # a length, not a yes or no
    with pytest.raises(ValueError, match="duration"):
        agenda_of_values(values)
    with pytest.raises(ValueError):
        agenda_of_values({"items": []})  # no programme


# --- any sequence of edits that checks out saves and loads back as the same agenda ------------

TEXTS = st.sampled_from(["", " ", "개회사", 'Q&A "live"', "줄\n바꿈", "#1 [x] = y", "한글 제목"])
LENGTHS = st.one_of(st.none(), st.integers(min_value=1, max_value=90).map(minutes), st.just(45))
STEPS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "title",
                "notes",
                "duration",
                "start",
                "presentation",
                "discussion",
                "move",
                "duplicate",
                "remove",
                "insert",
                "speaker",
                "even",
                "kind",
                "warning",
            ]
        ),
        st.integers(min_value=0, max_value=30),
        TEXTS,
        LENGTHS,
    ),
    max_size=8,
)


@settings(max_examples=300)
@given(STEPS)
def test_edited_agendas_that_check_out_round_trip_through_the_file(steps):
    agenda = REFERENCE
    for name, number, text, length in steps:
        count = len(agenda.items)
        index = number % count
        if name in ("title", "notes"):
            agenda = edit.change_item(agenda, index, **{name: text})
        elif name in ("duration", "presentation", "discussion", "warning"):
            agenda = edit.change_item(agenda, index, **{name: length})
        elif name == "start":
            agenda = edit.change_item(
                agenda, index, start=None if length is None else 13 * 3600 + length
            )
        elif name == "move":
            agenda = edit.move_item(agenda, index, (number * 7) % count)
        elif name == "duplicate":
            agenda = edit.duplicate_item(agenda, index)
        elif name == "remove" and count > 1:
            agenda = edit.remove_item(agenda, index)
        elif name == "insert":
            agenda = edit.insert_item(agenda, index, Item(text or "x", duration=length))
        elif name == "speaker":
            speakers = (*agenda.items[index].speakers, Speaker(text, duration=length))
            agenda = edit.change_speakers(agenda, index, speakers)
        elif name == "even":
            agenda = edit.split_evenly(agenda, index)
        elif name == "kind":
            agenda = edit.change_item(agenda, index, kind=list(ItemKind)[number % len(ItemKind)])
        result = edit.check(agenda)
        if result.ok:
            assert loads(dumps(agenda))[0] == agenda
        assert agenda_of_values(to_values(agenda)) == agenda
        for problem in result.problems + result.notes:
            assert problem.describe("ko") and problem.describe("en")


def test_a_length_in_a_message_is_said_as_the_console_writes_it():
    from emcee.core.agenda.problems import Problem
    from emcee.core.runsheet.messages import ImportProblem

    gap = Problem("gap", {"gap": "15m", "previous_end": "14:30"})
    assert "15분 후에 시작합니다" in gap.message("ko")  # was "15m 후에"
    assert "starts 15 min after" in gap.message("en")
    row_gap = ImportProblem("gap", {"gap": "4m30s", "previous_end": "14:30"}, row=3)
    assert "4분 30초 후에" in row_gap.message("ko")


def test_a_field_is_named_by_its_label_where_a_form_shows_the_message():
    from emcee.core.agenda.problems import Problem

    empty = Problem("empty_text", key="title")
    assert empty.message("ko") == "'title' 값이 비어 있습니다."  # a file's: its key
    assert empty.message("ko", {"title": "제목"}) == "'제목' 값이 비어 있습니다."
