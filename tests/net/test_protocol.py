"""Each view's state: what changes, what never does, and what each role may see."""

from __future__ import annotations

import json

import pytest

from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import Alert, AlertKind
from emcee.net import protocol
from emcee.net.protocol import (
    Context,
    Cue,
    Do,
    MessageError,
    Ping,
    Raised,
    Receipt,
    Remote,
    StageOverlay,
)
from emcee.net.roles import VIEWS, Role
from tests.core.afternoon import play_afternoon
from tests.core.showkit import hm, reference_show, run_for


def started_on_a_speaker():
    show, clock = reference_show()
    show.jump(show.item_segments[4].start + 2)  # Part 2, the third of five speakers
    show.start()
    return show, clock


def states(show, context):
    snapshot = show.snapshot()
    return {role: json.dumps(protocol.view_state(role, snapshot, context)) for role in VIEWS}


def test_a_running_turn_sends_nothing_new_from_second_to_second():
    show, clock = started_on_a_speaker()
    context = Context(show.schedule.programme)
    first = states(show, context)
    left = show.snapshot().current.remaining
    # Every quarter second until a second before time is up: no role's state changes.
    while left > 1.25:
        run_for(show, clock, 0.25)
        left -= 0.25
        assert states(show, context) == first


def test_the_deadline_is_the_time_left_from_now_on_the_server_clock():
    show, clock = started_on_a_speaker()
    snapshot = show.snapshot()
    live = protocol.view_state(Role.STAGE, snapshot, Context(show.schedule.programme))["live"]
    assert live["end"] == pytest.approx(clock.monotonic() + snapshot.current.remaining)
    assert live["left"] is None
    assert (live["turn"], live["turns"]) == (3, 5)
    # A wall clock set an hour on moves no deadline.
    clock.jump_wall(3600)
    later = protocol.view_state(Role.STAGE, show.snapshot(), Context(show.schedule.programme))
    assert later["live"]["end"] == live["end"]


def test_paused_turns_say_the_time_left_instead_of_a_deadline():
    show, clock = started_on_a_speaker()
    run_for(show, clock, 30)
    show.pause()
    live = protocol.view_state(Role.STAGE, show.snapshot(), Context(show.schedule.programme))[
        "live"
    ]
    assert live["end"] is None
    assert live["left"] == pytest.approx(show.snapshot().current.remaining)
    assert live["block_left"] is not None and live["block_end"] is None


def test_over_time_the_projections_move_once_a_minute_not_each_second():
    show, clock = started_on_a_speaker()
    run_for(show, clock, show.snapshot().current.remaining + 3)  # over time now
    context = Context(show.schedule.programme)
    seen = [states(show, context)]
    for _ in range(240):  # four minutes over, a second at a time
        run_for(show, clock, 1.0)
        now = states(show, context)
        if now != seen[-1]:
            seen.append(now)
    # Each projected time moves to the next minute once a minute; the next speaker's start
    # and the one after move at different rates (overtime eats the shares still to come),
    # so they cross their minutes at different seconds: a few changes a minute, never one
    # a second.
    assert 4 <= len(seen) <= 10
    assert all(seen[i][Role.STAGE] == seen[0][Role.STAGE] for i in range(len(seen)))


def test_the_programme_view_has_no_messages_notes_or_drift():
    show, _ = started_on_a_speaker()
    alert = Alert(AlertKind.WARNING, show.snapshot().current.segment.index, 0, 120, False, "X", 0)
    context = Context(
        show.schedule.programme,
        stage=StageOverlay("비밀 메시지", blink=True),
        cue=Cue(3, "사회자만 보는 메시지"),
        alert=Raised(1, alert),
    )
    programme = protocol.view_state(Role.PROGRAMME, show.snapshot(), context)
    text = json.dumps(programme, ensure_ascii=False)
    assert "비밀 메시지" not in text and "사회자만" not in text
    assert not {"drift", "notes", "cue", "alert", "overlay", "live"} & programme.keys()
    notes = show.schedule.items[4].item.notes
    assert notes and notes not in text
    # The moderator has them all; the stage has its own message and nothing private.
    moderator = protocol.view_state(Role.MODERATOR, show.snapshot(), context)
    assert moderator["cue"] == {"id": 3, "text": "사회자만 보는 메시지"}
    assert moderator["alert"]["kind"] == "warning" and moderator["notes"] == [notes]
    stage = json.dumps(protocol.view_state(Role.STAGE, show.snapshot(), context))
    assert "사회자만" not in stage and '"drift"' not in stage and notes not in stage
    clock_view = protocol.view_state(Role.CLOCK, show.snapshot(), context)
    assert set(clock_view) >= {"planned_end", "projected_end"} and "items" not in clock_view


def test_an_alert_of_an_earlier_turn_is_not_shown():
    show, _ = started_on_a_speaker()
    earlier = show.snapshot().current.segment.index - 1
    alert = Alert(AlertKind.OVERTIME, earlier, 2, 0, False, "X", 130)
    context = Context(show.schedule.programme, alert=Raised(4, alert))
    assert protocol.view_state(Role.MODERATOR, show.snapshot(), context)["alert"] is None


def test_the_run_down_has_planned_and_projected_times_and_every_turn():
    show, _ = reference_show(13, 0)
    show.start()
    items = protocol.view_state(Role.BACKSTAGE, show.snapshot(), Context(show.schedule.programme))[
        "items"
    ]
    assert [row["n"] for row in items] == [p.number for p in show.schedule.items]
    part2 = items[4]
    assert part2["planned"] == show.schedule.items[4].start
    assert len(part2["turns"]) == 6  # five speakers and the discussion
    assert part2["turns"][-1]["phase"] == "discussion"
    assert items[0]["status"] == "live" and items[1]["status"] == "next"


@pytest.mark.parametrize(
    ("text", "role", "reason"),
    [
        ("{", Role.STAGE, "not-json"),
        ("[]", Role.STAGE, "not-an-object"),
        ('{"type": "next"}', Role.STAGE, "unknown-type"),
        ('{"type": "read", "id": 1}', Role.STAGE, "not-allowed"),
        ('{"type": "ping", "c": "x"}', Role.CLOCK, "bad-field"),
        ('{"type": "ping", "c": true}', Role.CLOCK, "bad-field"),
        ('{"type": "read", "id": -1}', Role.MODERATOR, "bad-field"),
        ("x" * 5000, Role.STAGE, "too-long"),
        (b"\x00", Role.STAGE, "binary"),
        ("[" * 100000, Role.STAGE, "too-long"),
        ('{"type": "do", "verb": "next"}', Role.CONTROL, "bad-field"),
        ('{"type": "do", "id": 1}', Role.CONTROL, "bad-field"),
        ('{"type": "do", "id": 1, "verb": "next", "args": []}', Role.CONTROL, "bad-field"),
        (
            '{"type": "do", "id": 1, "verb": "goto", "args": {"item": [1]}}',
            Role.CONTROL,
            "bad-field",
        ),
        ('{"type": "do", "id": 1, "verb": "x", "args": {"a": null}}', Role.CONTROL, "bad-field"),
    ],
)
def test_bad_messages_are_refused_with_a_reason(text, role, reason):
    with pytest.raises(MessageError) as refused:
        protocol.parse(text, role)
    assert refused.value.reason == reason


def test_good_messages():
    assert protocol.parse('{"type":"ping","c":12.5}', Role.STAGE) == Ping(12.5)
    assert protocol.parse('{"type":"delivered","id":7}', Role.MODERATOR) == Receipt(7, False)
    assert protocol.parse('{"type":"read","id":7}', Role.MODERATOR) == Receipt(7, True)
    assert json.loads(protocol.pong(12.5, 99.0)) == {"type": "pong", "c": 12.5, "now": 99.0}


def test_a_phase_of_the_long_form_is_sent_with_its_kind_and_title():
    from tests.core.showkit import play_turn
    from tests.core.test_phases import FORUM, show_of

    show, clock = show_of(FORUM)
    show.start()
    for _ in range(4):
        play_turn(show, clock)  # the talks, two discussants: the third is live
    context = Context(show.schedule.programme)
    state = protocol.view_state(Role.MODERATOR, show.snapshot(), context)
    live, following = state["live"], state["next"]
    assert (live["phase"], live["phase_title"], live["speaker"]) == ("designated", "", "Z")
    assert (following["phase"], following["phase_title"], following["speaker"]) == ("qa", "", "")
    rows = protocol.view_state(Role.BACKSTAGE, show.snapshot(), context)["items"]
    assert [t["phase_title"] for t in rows[0]["turns"]][:2] == ["주제발표", "주제발표"]
    assert [t["phase"] for t in rows[0]["turns"]][-2:] == ["qa", "remarks"]


def test_a_question_timer_is_sent_with_its_own_deadline():
    from tests.core.showkit import play_turn
    from tests.core.test_phases import FORUM, show_of

    show, clock = show_of(FORUM)
    show.start()
    for _ in range(5):
        play_turn(show, clock)  # the talks and the discussants: the Q&A is live
    context = Context(show.schedule.programme)
    assert protocol.view_state(Role.MODERATOR, show.snapshot(), context)["live"]["question"] is None
    show.question()
    run_for(show, clock, 15)
    question = protocol.view_state(Role.MODERATOR, show.snapshot(), context)["live"]["question"]
    assert question["end"] == pytest.approx(clock.monotonic() + 45)
    assert (question["number"], question["answering"], question["left"]) == (1, False, None)
    show.pause()
    stage = protocol.view_state(Role.STAGE, show.snapshot(), context)["live"]["question"]
    assert (stage["end"], stage["left"]) == (None, pytest.approx(45))


def test_the_mc_view_has_the_script_where_the_show_is_and_nothing_private():
    from pathlib import Path

    from emcee.core.agenda.file import load
    from tests.core.showkit import clock_at, play_turn

    ceremony = Path(__file__).resolve().parents[2] / "docs" / "examples" / "ceremony.toml"
    clock = clock_at(10)
    show = Show(load(ceremony)[1], clock)
    context = Context(show.schedule.programme, cue=Cue(1, "질문 1개만 더 받겠습니다"))
    before = protocol.view_state(Role.MC, show.snapshot(), context)["script"]
    assert [cue["at"] for cue in before][:2] == ["next", "later"]
    show.start()
    play_turn(show, clock)  # the opening: the guests are introduced
    state = protocol.view_state(Role.MC, show.snapshot(), context)
    now = [(cue["heading"], cue["text"]) for cue in state["script"] if cue["at"] == "now"]
    assert now == [
        (
            "내빈 소개",
            "먼저 오늘 자리를 빛내 주신 내빈을 소개해 드리겠습니다. "
            "호명하시면 자리에서 일어나 주십시오.",
        ),
        ("", "1. 홍길동 · 국회의원"),
    ]
    (following,) = [cue for cue in state["script"] if cue["at"] == "next"]
    assert (following["text"], following["name"]) == ("2. 김철수 · 시의회 의장", True)
    assert state["script"][0]["at"] == "past"
    assert not {"notes", "cue", "alert", "drift", "overlay"} & set(state)
    assert state["live"]["speaker"] == ""  # a roll call's names are not the stage's
    do = '{"type":"do","id":3,"verb":"message","args":{"text":"1분","blink":true,"preset":2}}'
    assert protocol.parse(do, Role.CONTROL) == Do(
        3, "message", {"text": "1분", "blink": "yes", "preset": "2"}
    )
    # Any role may ask: the server tells a view it may not (403), not the parser.
    assert protocol.parse('{"type":"do","id":1,"verb":"next"}', Role.STAGE) == Do(1, "next", {})


def test_the_remote_sees_the_show_its_presets_and_the_proposal_to_rebalance():
    show, clock = reference_show(13, 0)
    play_afternoon(show, clock, until=hm("15:01"))  # the end now passes 17:10
    remote = Remote(
        enabled=False,
        stage_presets=("1분 남았습니다", "마무리 부탁드립니다"),
        cue_presets=("질문 1개만 더",),
    )
    context = Context(show.schedule.programme, stage=StageOverlay("마무리"), remote=remote)
    state = protocol.view_state(Role.CONTROL, show.snapshot(), context)
    assert state["remote"] == {
        "enabled": False,
        "stage_presets": ["1분 남았습니다", "마무리 부탁드립니다"],
        "cue_presets": ["질문 1개만 더"],
        "undo_rebalance": False,
    }
    assert state["overlay"]["message"] == "마무리" and state["live"]["turn"] == 1
    assert state["can_undo"] is True and len(state["items"]) == len(show.schedule.items)
    proposal = state["proposal"]
    snapshot = show.snapshot()
    assert proposal["target_end"] == protocol.minute(snapshot.proposal.target_end)
    assert proposal["changes"] and all(
        change["proposed"] < change["planned"] for change in proposal["changes"]
    )
    assert {change["label"] for change in proposal["changes"]} <= {"3부", "4부", "폐회"}
