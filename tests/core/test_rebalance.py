"""Rebalancing proposals are honest: they take only time still ahead, state what they cannot
absorb, and applying one ends the programme at the target or late by exactly that much."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emcee.core.agenda.model import PhaseKind
from emcee.core.engine.snapshot import ShowState, Status
from emcee.core.engine.views import PROPOSE_AFTER

from .showkit import play_turn, reference_show, run_for, show_of
from .test_show_properties import SHORT

PANEL = """
    [programme]
    title = "t"
    start = "09:00"
    [[items]]
    title = "Talk"
    duration = "10m"
    [[items]]
    kind = "session"
    title = "Panel"
    presentation = "20m"
    discussion = "15m"
    speakers = [{presenter="A"},{presenter="B"},{presenter="C"},{presenter="D"},{presenter="E"}]
    [[items]]
    title = "Closing"
    duration = "5m"
    """


def test_a_discussion_overtime_has_eaten_is_not_offered():
    show, clock = show_of(PANEL)
    show.start()
    for _ in range(5):
        play_turn(show, clock)  # the talk and speakers A-D on time
    run_for(show, clock, 4 * 60 + 20 * 60)  # E talks 20 minutes over
    snapshot = show.snapshot()
    discussion = snapshot.segments[-2]
    assert (discussion.kind, discussion.allotted) == (PhaseKind.DISCUSSION, 0)
    proposal = snapshot.proposal
    assert proposal.projected_end - proposal.target_end == 5 * 60
    # Only the closing has time ahead to give: 2 of its 5 minutes (half is kept).
    assert [(c.item_index, c.phase, c.proposed) for c in proposal.changes] == [(2, None, 180)]
    assert proposal.shortfall == 3 * 60
    show.rebalance(proposal)
    assert show.snapshot().projected_end == proposal.target_end + proposal.shortfall


def test_a_partly_eaten_discussion_gives_only_what_it_keeps_above_half():
    show, clock = show_of(PANEL)
    show.start()
    run_for(show, clock, 20 * 60)  # the talk runs 10 minutes over: the end is 10 late
    show.next()
    for _ in range(4):
        play_turn(show, clock)
    run_for(show, clock, 4 * 60 + 3 * 60)  # E 3 minutes over: 12 minutes left to discuss
    snapshot = show.snapshot()
    assert snapshot.segments[-2].allotted == 12 * 60
    proposal = snapshot.proposal
    assert proposal.projected_end - proposal.target_end == 10 * 60
    # The discussion keeps half of its 15 minutes: 4 of its 12 can go (not 7 of 15);
    # then the closing's 2. The other 4 minutes are the shortfall.
    assert [(c.item_index, c.phase, c.proposed) for c in proposal.changes] == [
        (1, PhaseKind.DISCUSSION, 660),
        (2, None, 180),
    ]
    assert proposal.shortfall == 4 * 60
    show.rebalance(proposal)
    after = show.snapshot()
    assert after.segments[-2].allotted == 8 * 60
    assert after.projected_end == proposal.target_end + proposal.shortfall


@settings(max_examples=120, deadline=None)
@given(
    overruns=st.lists(st.integers(min_value=-200, max_value=1500), min_size=1, max_size=28),
    hard_end=st.sampled_from([None, "16:40", "17:00"]),
    paused=st.booleans(),
)
def test_applying_a_proposal_ends_at_the_target_or_late_by_its_shortfall(
    overruns, hard_end, paused
):
    show, clock = reference_show()
    if hard_end is not None:
        show, clock = _with_hard_end(show, clock, hard_end)
    show.start()
    for extra in overruns[:-1]:
        if show.snapshot().state is ShowState.ENDED:
            return
        play_turn(show, clock, extra)  # negative: the turn ends early
    if show.snapshot().state is ShowState.ENDED:
        return
    run_for(show, clock, max(0.0, show.snapshot().current.remaining + overruns[-1]) + 0.25)
    if paused:
        show.pause()
        clock.advance(40)
    before = show.snapshot()
    proposal = before.proposal
    target = before.planned_end if before.hard_end is None else before.hard_end
    if proposal is None:
        assert before.projected_end - target < PROPOSE_AFTER
        return
    assert proposal.target_end == target
    assert proposal.projected_end == before.projected_end
    assert proposal.shortfall >= 0
    for change in proposal.changes:
        # Only phases that have not started, never below their floor, in whole minutes.
        views = [
            s
            for s in before.segments
            if s.item_index == change.item_index
            and (change.phase is None or s.kind is change.phase)
        ]
        assert all(view.status is Status.UPCOMING for view in views)
        assert 0 < change.proposed < change.planned
        assert change.saving % 60 == 0
    show.rebalance(proposal)
    after = show.snapshot().projected_end
    if proposal.shortfall > 0:
        assert after == pytest.approx(target + proposal.shortfall, abs=1e-6)
    else:
        assert target - 60 < after <= target + 1e-6


def _with_hard_end(show, clock, hard_end):
    from dataclasses import replace

    from emcee.core.agenda.schedule import plan
    from emcee.core.engine.show import Show

    from .showkit import hm

    agenda = show.schedule.agenda
    programme = replace(agenda.programme, hard_end=int(hm(hard_end)))
    return Show(plan(replace(agenda, programme=programme)), clock), clock


@settings(max_examples=100, deadline=None)
@given(
    overruns=st.lists(st.integers(min_value=-100, max_value=900), min_size=1, max_size=10),
    hard_end=st.sampled_from([None, "09:20", "09:25"]),
)
def test_the_same_with_explicit_shares_a_protected_discussion_and_fixed_shares(overruns, hard_end):
    text = SHORT
    if hard_end is not None:
        text = SHORT.replace('start = "09:00"', f'start = "09:00"\nhard_end = "{hard_end}"')
    show, clock = show_of(text, 9, 0)
    show.start()
    for extra in overruns[:-1]:
        if show.snapshot().state is ShowState.ENDED:
            return
        play_turn(show, clock, extra)
    if show.snapshot().state is ShowState.ENDED:
        return
    run_for(show, clock, max(0.0, show.snapshot().current.remaining + overruns[-1]) + 0.25)
    proposal = show.snapshot().proposal
    if proposal is None:
        return
    show.rebalance(proposal)
    after = show.snapshot().projected_end
    if proposal.shortfall > 0:
        assert after == pytest.approx(proposal.target_end + proposal.shortfall, abs=1e-6)
    else:
        assert proposal.target_end - 60 < after <= proposal.target_end + 1e-6
