"""The whole reference afternoon on a fake clock, with realistic overruns, checked by hand.

Every third case presentation (speakers 3, 6, 9, 12, 15, 18, 21) runs 1:30 over its share,
everyone else stops exactly on time, and the 14:45 break runs 6 minutes long so that
Part 3 starts at 15:01. Hand-computed figures:

- Part 2 (14:10): 4:00, 4:00, 5:30 (#3), then 6:30 left for two speakers: 3:15 each.
  The presentation ends at 14:30 and the discussion keeps its 15:00.
- Break 1: 14:45 to 15:01 (+6:00). Part 3 starts 6 minutes late.
- Part 3 (15:01): shares 5:00 -> 6:30 (#6), then 33:30 for seven: 4:48, 4:47, 4:47 ->
  6:17 (#9), then 17:38 for four: 4:25, 4:25, 4:24 -> 5:54 (#12), and 2:54 for the last
  (the rest of the 40 minutes; the odd seconds of a split go to the earliest speakers).
  The presentation still takes 40:00, the discussion 20:00; Part 3 ends at 16:01.
- Break 2 (16:01) counts to 16:05 but keeps its 5-minute minimum: Part 4 at 16:06.
- Part 4: 5:00, 5:00 -> 6:30 (#15), 4:45, 4:45, 4:45 -> 6:15 (#18), 4:15, 4:15,
  4:15 -> 5:45 (#21): 41:30 of presentations, so the discussion is cut to 18:30 and
  Part 4 still ends at 17:06. Closing 17:06-17:11: one minute late.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from emcee.core.agenda.model import PhaseKind
from emcee.core.engine.snapshot import AlertKind, ShowState, Status

from .golden import afternoon_values
from .showkit import hm, play_turn, reference_show, remaining, run_for

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def afternoon():
    show, clock = reference_show(13, 0)
    record = {"alerts": {}, "allotted": {}, "checkpoints": {}}
    show.start()
    speaker = 0

    def checkpoint(name):
        record["checkpoints"][name] = show.snapshot()

    while show.snapshot().state is not ShowState.ENDED:
        snapshot = show.snapshot()
        current = snapshot.current
        index = current.segment.index
        record["allotted"][index] = current.allotted
        extra = 0.0
        if current.segment.turn.speaker is not None:
            speaker += 1
            if speaker % 3 == 0:
                extra = 90.0
        if current.item.index == 5:  # the first break runs 6 minutes long
            extra = 360.0
            alerts = run_for(show, clock, remaining(show) + 180)
            checkpoint("break 1 three minutes over")
            alerts += run_for(show, clock, 180)
            show.next()
        else:
            if current.segment.index == show.item_segments[6].start:
                checkpoint("part 3 starts")
            if current.item.index == 8 and current.segment.kind is PhaseKind.DISCUSSION:
                checkpoint("part 4 discussion")
            alerts = play_turn(show, clock, extra)
        record["alerts"][index] = alerts
    checkpoint("end")
    return show, record


def _turns(show, item_index):
    return [s for s in show.segments if s.item_index == item_index]


def test_part_two_shares_and_discussion(afternoon):
    show, record = afternoon
    turns = _turns(show, 4)
    assert [record["allotted"][s.index] for s in turns] == [240, 240, 240, 195, 195, 900]


def test_part_three_shares_recomputed_after_each_overrun(afternoon):
    show, record = afternoon
    allotted = [record["allotted"][s.index] for s in _turns(show, 6)]
    assert allotted == [300, 288, 287, 287, 265, 265, 264, 174, 1200]


def test_part_four_discussion_is_cut_by_the_last_speakers_overrun(afternoon):
    show, record = afternoon
    allotted = [record["allotted"][s.index] for s in _turns(show, 8)]
    assert allotted == [300, 300, 285, 285, 285, 255, 255, 255, 1110]
    discussion = record["checkpoints"]["part 4 discussion"]
    assert discussion.current.allotted == 18 * 60 + 30
    assert discussion.expected_end(8) == hm("17:06")


def test_drift_during_the_long_break(afternoon):
    _, record = afternoon
    snapshot = record["checkpoints"]["break 1 three minutes over"]
    assert snapshot.current.remaining == -180
    assert snapshot.drift == 180
    assert snapshot.expected_start(snapshot.next_item.index) == hm("14:58")


def test_part_three_starts_six_minutes_late_and_the_end_is_projected(afternoon):
    _, record = afternoon
    snapshot = record["checkpoints"]["part 3 starts"]
    assert snapshot.time_of_day == hm("15:01")
    assert snapshot.drift == 360
    # Break 2 absorbs 5 of the 6 minutes: 16:01-16:06, Part 4 16:06-17:06, closing to 17:11.
    assert snapshot.expected_start(7) == hm("16:01")
    assert snapshot.expected_end(7) == hm("16:06")
    assert snapshot.projected_end == hm("17:11")
    proposal = snapshot.proposal
    assert proposal is not None
    assert [(c.item_index, c.phase, c.planned, c.proposed) for c in proposal.changes] == [
        (8, PhaseKind.DISCUSSION, 1200, 1140)
    ]


def test_the_afternoon_ends_one_minute_late(afternoon):
    _, record = afternoon
    end = record["checkpoints"]["end"]
    assert end.state is ShowState.ENDED
    assert end.projected_end == hm("17:11")
    assert end.drift == 60
    assert all(item.status is Status.DONE for item in end.items)
    actual = {item.index: (item.actual_start, item.actual_end) for item in end.items}
    assert actual[4] == (hm("14:10"), hm("14:45"))
    assert actual[5] == (hm("14:45"), hm("15:01"))
    assert actual[6] == (hm("15:01"), hm("16:01"))
    assert actual[7] == (hm("16:01"), hm("16:06"))
    assert actual[9] == (hm("17:06"), hm("17:11"))
    over = {item.index: item.over_under for item in end.items}
    assert over[5] == 360 and over[7] == -300 and over[6] == 0


def test_alerts_for_on_time_and_overrunning_speakers(afternoon):
    show, record = afternoon
    third = _turns(show, 4)[2]  # 광주서구, 1:30 over
    first = _turns(show, 4)[0]
    on_time = [(a.kind, a.minute) for a in record["alerts"][first.index]]
    over = [(a.kind, a.minute) for a in record["alerts"][third.index]]
    assert on_time == [(AlertKind.WARNING, 0), (AlertKind.FINAL, 0), (AlertKind.TIME_UP, 0)]
    assert over == [*on_time, (AlertKind.OVERTIME, 1)]
    assert record["alerts"][third.index][-1].speaker == "광주서구"
    everything = [a for alerts in record["alerts"].values() for a in alerts]
    assert not any(a.late for a in everything)
    break_alerts = record["alerts"][_turns(show, 5)[0].index]
    assert [a.minute for a in break_alerts if a.kind is AlertKind.OVERTIME] == [1, 2, 3, 4, 5, 6]


def test_the_schedule_and_the_afternoon_are_as_before_items_had_phases_of_any_kind(afternoon):
    # The values the engine gave before phases of any kind (fixtures/reference-afternoon.json):
    # the short form (presentation + discussion) plans and plays exactly as it did.
    show, record = afternoon
    golden = json.loads((FIXTURES / "reference-afternoon.json").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(afternoon_values(show, record))) == golden
