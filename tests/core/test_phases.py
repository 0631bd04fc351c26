"""Items with phases of any kind ([[items.phases]]): how they read, plan, count, give way,
replay and are reported."""

from __future__ import annotations

import datetime as dt
import json
import textwrap

import pytest

from emcee.cli.check import schedule_lines
from emcee.core.agenda.file import loads
from emcee.core.agenda.model import PhaseKind
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.writer import dumps
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import ShowState
from emcee.core.journal import Journal, read_journal, replay
from emcee.core.report import RowKind, build_report, summary_lines, to_json

from .golden import schedule_values
from .showkit import hm, play_turn, remaining, run_for, show_of

# A panel of 50 minutes: two talks sharing 20, three discussants of 5 minutes each, a Q&A
# that takes the rest (10 minutes), and the chair's 5 minutes of closing remarks.
FORUM = """
[programme]
title = "Forum"
start = "09:00"

[[items]]
kind = "session"
title = "Panel"
duration = "50m"

[[items.phases]]
kind = "presentation"
title = "주제발표"
duration = "20m"
speakers = [{ presenter = "A" }, { presenter = "B" }]

[[items.phases]]
kind = "designated"
discussants = [
    { presenter = "X", title = "○○대 교수", duration = "5m" },
    { presenter = "Y", duration = "5m" },
    { presenter = "Z", duration = "5m" },
]

[[items.phases]]
kind = "qa"

[[items.phases]]
kind = "remarks"
duration = "5m"

[[items]]
title = "Lunch"
duration = "60m"
"""

SHORT = """
[programme]
title = "Forum"
start = "09:00"

[[items]]
kind = "session"
title = "Panel"
presentation = "20m"
discussion = "15m"
speakers = [{ presenter = "A" }, { presenter = "B" }, { presenter = "C" }]
"""

LONG = """
[programme]
title = "Forum"
start = "09:00"

[[items]]
kind = "session"
title = "Panel"

[[items.phases]]
kind = "presentation"
duration = "20m"
speakers = [{ presenter = "A" }, { presenter = "B" }, { presenter = "C" }]

[[items.phases]]
kind = "discussion"
duration = "15m"
"""


def problems_of(text: str) -> list[tuple[str, int | None]]:
    with pytest.raises(AgendaError) as error:
        loads(textwrap.dedent(text))
    return [(problem.code, problem.line) for problem in error.value.problems]


def live_kind(show: Show) -> PhaseKind:
    current = show.snapshot().current
    assert current is not None
    return current.segment.kind


# --- the file ----------------------------------------------------------------------------


def test_phases_of_every_kind_plan_in_order_and_one_takes_the_rest():
    _, schedule = loads(FORUM)
    panel = schedule.items[0]
    assert [(p.kind, p.start, p.duration) for p in panel.phases] == [
        (PhaseKind.PRESENTATION, hm("09:00"), 1200),
        (PhaseKind.DESIGNATED, hm("09:20"), 900),
        (PhaseKind.QA, hm("09:35"), 600),
        (PhaseKind.REMARKS, hm("09:45"), 300),
    ]
    designated = panel.phases[1]
    assert [(t.speaker.presenter, t.duration) for t in designated.turns if t.speaker] == [
        ("X", 300),
        ("Y", 300),
        ("Z", 300),
    ]
    assert [p.gives_way for p in panel.phases] == [False, False, True, False]
    assert schedule.items[1].start == hm("09:50")


def test_an_item_without_a_duration_lasts_its_phases_added_up():
    text = FORUM.replace('duration = "50m"\n', "").replace(
        'kind = "qa"', 'kind = "qa"\nduration = "10m"'
    )
    _, schedule = loads(text)
    assert schedule.items[0].duration == 3000


def test_the_short_form_plans_and_plays_as_the_same_phases_written_out():
    _, short = loads(SHORT)
    _, long = loads(LONG)
    assert schedule_values(short) == schedule_values(long)
    protected = SHORT.replace('kind = "session"', 'kind = "session"\nprotect_discussion = true')
    written = LONG.replace('kind = "discussion"', 'kind = "discussion"\ngives_way = false')
    assert [p.gives_way for p in loads(protected)[1].items[0].phases] == [False, False]
    assert [p.gives_way for p in loads(written)[1].items[0].phases] == [False, False]
    for one, other in ((SHORT, LONG), (protected, written)):
        played = []
        for text in (one, other):
            show, clock = show_of(text)
            show.start()
            play_turn(show, clock, extra=100)
            play_turn(show, clock, extra=50)
            play_turn(show, clock, extra=30)
            snapshot = show.snapshot()
            played.append((snapshot.current.allotted, snapshot.projected_end, snapshot.drift))
        assert played[0] == played[1]


def test_a_long_form_agenda_is_written_back_as_it_reads():
    agenda, _ = loads(FORUM)
    text = dumps(agenda)
    assert "[[items.phases]]" in text and "discussants = [" in text
    assert loads(text)[0] == agenda


def test_emcee_check_prints_each_phase_and_its_people():
    _, schedule = loads(FORUM)
    lines = schedule_lines(schedule, "ko")
    assert lines[2:10] == [
        "09:00     50m  Panel",
        "09:00     20m    주제발표",
        "09:00     10m      1. A",
        "09:10     10m      2. B",
        "09:20     15m    지정토론",
        "09:20      5m      1. X · ○○대 교수",
        "09:25      5m      2. Y",
        "09:30      5m      3. Z",
    ]
    assert lines[10:12] == ["09:35     10m    질의응답", "09:45      5m    마무리 발언"]
    assert lines[-1].endswith("(110m, 항목 2개, 발표 2건)")  # discussants give no talk


def test_phase_problems_name_their_phase_and_line():
    two_open = FORUM.replace('duration = "5m"\n\n[[items]]', "\n[[items]]")  # line 28: 2nd open
    assert ("phases_unsized", 28) in problems_of(two_open)
    assert problems_of(FORUM.replace("discussants = [", "speakers = [")) == [("unknown_key", 19)]
    too_long = FORUM.replace('duration = "50m"', 'duration = "40m"')
    assert problems_of(too_long) == [("phase_no_time_left", 26)]
    beside = FORUM.replace('duration = "50m"', 'duration = "50m"\nprotect_discussion = true')
    assert problems_of(beside) == [("phases_and_short_form", 10)]
    assert problems_of(FORUM.replace('kind = "qa"', 'kind = "panel"')) == [("bad_choice", 26)]


def test_a_discussant_key_outside_a_designated_discussion_is_named():
    text = FORUM.replace("speakers = [{", "discussants = [{")
    with pytest.raises(AgendaError) as error:
        loads(text)
    (problem,) = error.value.problems
    assert problem.params["suggestion"] == "speakers"
    assert "1번 항목 'Panel', 1번 순서" in problem.describe("ko")


# --- the show ----------------------------------------------------------------------------


def started_at_the_discussants() -> tuple[Show, FakeClock]:
    show, clock = show_of(FORUM)
    show.start()
    play_turn(show, clock)
    play_turn(show, clock)
    assert live_kind(show) is PhaseKind.DESIGNATED
    return show, clock


def test_a_discussant_running_over_keeps_the_others_time_and_eats_into_the_qa():
    show, clock = started_at_the_discussants()
    assert remaining(show) == 300
    play_turn(show, clock, extra=120)  # X takes 7 minutes
    current = show.snapshot().current
    assert (current.segment.turn.speaker.presenter, current.allotted) == ("Y", 300)
    play_turn(show, clock)
    play_turn(show, clock)
    snapshot = show.snapshot()
    assert snapshot.current.segment.kind is PhaseKind.QA
    assert snapshot.current.allotted == 600 - 120
    assert snapshot.expected_end(0) == hm("09:50")
    assert snapshot.drift == 0


def test_discussants_who_take_all_the_qa_make_the_item_late_not_the_remarks_shorter():
    show, clock = started_at_the_discussants()
    for _ in range(3):
        play_turn(show, clock, extra=240)  # 12 minutes over: the Q&A has 10
    assert live_kind(show) is PhaseKind.QA
    assert show.snapshot().current.allotted == 0
    play_turn(show, clock)
    snapshot = show.snapshot()
    assert (snapshot.current.segment.kind, snapshot.current.allotted) == (PhaseKind.REMARKS, 300)
    assert snapshot.expected_end(0) == hm("09:52")
    assert snapshot.drift == 120


def test_a_qa_that_does_not_give_way_keeps_its_time_and_the_item_runs_late():
    text = FORUM.replace('kind = "qa"', 'kind = "qa"\ngives_way = false')
    show, clock = show_of(text)
    show.start()
    play_turn(show, clock)
    play_turn(show, clock)
    play_turn(show, clock, extra=120)
    play_turn(show, clock)
    play_turn(show, clock)
    snapshot = show.snapshot()
    assert (snapshot.current.segment.kind, snapshot.current.allotted) == (PhaseKind.QA, 600)
    assert snapshot.expected_end(0) == hm("09:52")


def test_talks_ending_early_give_their_time_to_the_qa():
    show, clock = show_of(FORUM)
    show.start()
    run_for(show, clock, 480)
    show.next()  # A stops 2 minutes early; B's share grows to 12 minutes
    assert remaining(show) == 720
    run_for(show, clock, 540)
    show.next()  # B stops 3 minutes early: the talks took 17 minutes
    for _ in range(3):
        play_turn(show, clock)
    assert (live_kind(show), remaining(show)) == (PhaseKind.QA, 600 + 180)


def test_every_phase_warns_by_its_own_length():
    show, clock = started_at_the_discussants()
    current = show.snapshot().current
    assert (current.warning_lead, current.final_lead) == (75, 30)  # a 5-minute turn
    for _ in range(3):
        play_turn(show, clock)
    current = show.snapshot().current
    assert (current.warning_lead, current.final_lead) == (120, 60)  # the 10-minute Q&A


# --- the journal and the report ------------------------------------------------------------


def played_forum(folder):
    clock = FakeClock(dt.datetime(2023, 6, 23, 9, 0, tzinfo=dt.UTC))
    show = Show(loads(FORUM)[1], clock)
    journal = Journal.create(FORUM, clock, folder, fallbacks=[])

    def turn(extra: float = 0.0) -> None:
        run_for(show, clock, remaining(show) + extra)
        journal.record_action(show.next(), show.state.show)

    journal.record_action(show.start(), show.state.show)
    turn()
    turn(60)
    turn(120)  # X: 7 minutes
    turn()
    turn(60)  # Z: 6 minutes
    turn()
    turn()
    while show.snapshot().state is not ShowState.ENDED:
        turn()
    return journal.path


def test_a_designated_discussion_has_a_row_of_its_own_in_the_report(tmp_path):
    path = played_forum(tmp_path)
    report = build_report(path)
    rows = {row.number: row for row in report.rows}
    designated = rows["1.3-5"]
    assert designated.kind is RowKind.PHASE
    assert (designated.title, designated.phase) == ("", PhaseKind.DESIGNATED)
    assert (designated.planned_duration, designated.actual_duration) == (900, 1080)
    assert designated.difference == 180
    assert rows["1.1-2"].title == "주제발표"
    assert rows["1.6"].phase is PhaseKind.QA
    assert rows["1.6"].actual_duration == 600 - 60 - 180  # what the talks and the panel left
    assert [row.number for row in report.rows if row.item_index == 0] == [
        "1",
        "1.1-2",
        "1.1",
        "1.2",
        "1.3-5",
        "1.3",
        "1.4",
        "1.5",
        "1.6",
        "1.7",
    ]


def test_a_proposal_names_the_phase_it_shortens_and_replays_so(tmp_path):
    text = FORUM.replace('start = "09:00"', 'start = "09:00"\nhard_end = "10:45"')
    text = text.replace('kind = "remarks"', 'kind = "discussion"\ntitle = "종합토론"')
    clock = FakeClock(dt.datetime(2023, 6, 23, 9, 0, tzinfo=dt.UTC))
    show = Show(loads(text)[1], clock)
    journal = Journal.create(text, clock, tmp_path, fallbacks=[])
    journal.record_action(show.start(), show.state.show)
    run_for(show, clock, 900)  # A talks for 15 of their 10 minutes: 5 late
    proposal = show.snapshot().proposal
    assert proposal is not None
    indices = {change.phase_index for change in proposal.changes}
    assert indices <= {2, 3} and 3 in indices  # the Q&A and the second discussion
    journal.record_action(show.rebalance(proposal), show.state.show)
    written = [json.loads(line) for line in journal.path.read_text("utf-8").splitlines()]
    (entry,) = [e for e in written if e.get("kind") == "rebalance"]
    assert {change["phase_index"] for change in entry["changes"]} == indices
    data = read_journal(journal.path)
    replayed, notices = replay(data, loads(text)[1], clock)
    assert notices == []
    assert replayed.state.lengths == show.state.lengths
    assert replayed.state.lengths[0][3] < 600


# --- questions from the floor --------------------------------------------------------------


def at_the_qa(text: str = FORUM) -> tuple[Show, FakeClock]:
    show, clock = show_of(text)
    show.start()
    for _ in range(5):
        play_turn(show, clock)
    assert live_kind(show) is PhaseKind.QA
    return show, clock


def question_timer(show: Show):
    current = show.snapshot().current
    assert current is not None
    return current.question


def test_q_times_a_question_then_its_answer_then_the_next_question():
    show, clock = at_the_qa()
    assert question_timer(show) is None
    assert show.question() is not None
    run_for(show, clock, 20)
    timer = question_timer(show)
    assert (timer.number, timer.answering, timer.allotted, timer.remaining) == (1, False, 60, 40)
    show.question()
    run_for(show, clock, 30)
    timer = question_timer(show)
    assert (timer.number, timer.answering, timer.allotted, timer.remaining) == (1, True, 120, 90)
    run_for(show, clock, 100)  # the answer runs 10 seconds over
    assert question_timer(show).remaining == -10
    show.question()
    assert (question_timer(show).number, question_timer(show).answering) == (2, False)
    # The Q&A's own time never moved: 10 minutes less what has run.
    assert remaining(show) == 600 - 150


def test_the_item_sets_the_question_timer_and_a_pause_stops_it():
    text = FORUM.replace('title = "Panel"', 'title = "Panel"\nquestion = "30s"\nanswer = "1m30s"')
    show, clock = at_the_qa(text)
    show.question()
    run_for(show, clock, 10)
    show.pause()
    run_for(show, clock, 60)
    assert question_timer(show).remaining == 20
    show.resume()
    show.question()
    assert question_timer(show).allotted == 90


def test_a_question_timer_across_the_end_of_its_discussion_never_extends_it():
    show, clock = at_the_qa()
    run_for(show, clock, 570)  # 30 seconds of the Q&A left
    show.question()
    show.question()
    run_for(show, clock, 60)  # the answer goes on past the Q&A's end
    current = show.snapshot().current
    assert (current.remaining, current.question.remaining) == (-30, 60)
    assert show.snapshot().expected_end(0) == hm("09:50") + 30  # the overtime, not the answer
    show.next()
    assert live_kind(show) is PhaseKind.REMARKS
    assert question_timer(show) is None
    assert show.question() is None  # only in an open discussion or a Q&A


def test_undo_takes_a_question_back_and_restart_forgets_the_turns_questions():
    show, clock = at_the_qa()
    show.question()
    run_for(show, clock, 5)
    show.question()
    show.undo()
    timer = question_timer(show)
    assert (timer.answering, timer.remaining) == (False, 55)
    show.restart()
    assert question_timer(show) is None and show.state.questions == ()


def test_questions_are_journaled_replayed_and_counted_in_the_report(tmp_path):
    clock = FakeClock(dt.datetime(2023, 6, 23, 9, 0, tzinfo=dt.UTC))
    show = Show(loads(FORUM)[1], clock)
    journal = Journal.create(FORUM, clock, tmp_path, fallbacks=[])

    def act(action) -> None:
        journal.record_action(action, show.state.show)

    act(show.start())
    for _ in range(5):
        run_for(show, clock, remaining(show))
        act(show.next())
    act(show.question())
    run_for(show, clock, 50)
    act(show.question())  # asked in 50 s
    run_for(show, clock, 130)
    act(show.question())  # answered in 2:10; the second question
    run_for(show, clock, 70)
    act(show.question())  # asked in 1:10
    run_for(show, clock, 40)
    act(show.question())
    act(show.undo())  # the third question was a slip: the answer goes on
    run_for(show, clock, remaining(show))
    act(show.next())  # the answer ran from 4:10 until the Q&A ended at 10:00
    data = read_journal(journal.path)
    replayed, notices = replay(data, loads(FORUM)[1], clock)
    assert notices == [] and replayed.state.questions == show.state.questions
    report = build_report(journal.path, clock)
    assert [(q.number, q.order, q.question, q.answer) for q in report.questions] == [
        ("1", 1, 50, 130),
        ("1", 2, 70, 600 - 250),
    ]
    assert summary_lines(report, "ko")[-1] == "1. Panel의 질문: 2개, 평균 질문 1:00, 답변 4:00"
    assert to_json(report)["questions"][1] == {
        "item": 0,
        "number": "1",
        "order": 2,
        "question_s": 70,
        "answer_s": 350,
    }
