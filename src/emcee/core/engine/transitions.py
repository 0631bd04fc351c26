"""How each operator action changes the show's state: pure functions of the state, its
layout and the action's moment (the show keeps the history, the undo and the plans)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from emcee.core.agenda.model import OPEN_FLOOR
from emcee.core.engine import order
from emcee.core.engine.actions import Action, ActionKind
from emcee.core.engine.allotment import compute_plan, to_end_allotment
from emcee.core.engine.layout import Layout, counts_to_end
from emcee.core.engine.snapshot import Change, ShowState
from emcee.core.engine.state import Question, State, elapsed_of, open_question, with_run


def transition(
    layout: Layout, state: State, action: Action, day: dt.date, at: float
) -> State | None:
    """The state after ``action`` on ``layout`` (the layout of ``state``), ``at`` seconds
    into ``day``; None when it does not apply. EDIT and UNDO are the show's own."""
    kind = action.kind
    now = action.monotonic
    if state.show is ShowState.ENDED:
        return None
    if kind is ActionKind.START:
        if state.show is not ShowState.READY:
            return None
        shift = action.amount or 0.0
        state = replace(state, show=ShowState.RUNNING, since=now, shift=shift, day=day)
        return enter(layout, state, state.current, now, at)
    if kind is ActionKind.PAUSE:
        if state.show is not ShowState.RUNNING:
            return None
        return replace(bank(state, now), show=ShowState.PAUSED, since=None)
    if kind is ActionKind.RESUME:
        if state.show is not ShowState.PAUSED:
            return None
        state = replace(state, show=ShowState.RUNNING, since=now)
        return enter(layout, state, state.current, now, at)
    if kind is ActionKind.NEXT:
        following = order.following(layout, state)
        comeback = state.comeback
        if comeback is not None and state.current == comeback.turns[-1]:
            state = replace(state, comeback=None)  # all have spoken: the plan's order
        if following is None:
            return finish(layout, state, now, at) if state.show is not ShowState.READY else None
        return move(layout, state, following, now, at)
    if kind is ActionKind.PREVIOUS:
        preceding = order.neighbour(layout, state, state.current, -1)
        return None if preceding is None else move(layout, state, preceding, now, at)
    if kind is ActionKind.JUMP:
        target = action.target
        if target is None or not 0 <= target < len(layout.segments) or target == state.current:
            return None
        item = layout.segments[target].item_index
        # Back to a speaker of the item reached: they speak now (the live turn ends),
        # before any others brought back; anywhere else: the plan's order from there.
        comeback = None
        if order.may_come_back(layout, state, target):
            comeback = order.bring_back(state, target, at_once=True)
        state = replace(state, skipped=state.skipped - {item}, comeback=comeback)
        return move(layout, state, target, now, at)
    if kind is ActionKind.COMEBACK:
        target = action.target
        if state.show not in (ShowState.RUNNING, ShowState.PAUSED) or target is None:
            return None
        if not 0 <= target < len(layout.segments):
            return None
        waiting = state.comeback.waiting(state.current) if state.comeback else ()
        if not order.may_come_back(layout, state, target) or target in waiting:
            return None
        return replace(state, comeback=order.bring_back(state, target, at_once=False))
    if kind is ActionKind.QUESTION:
        return question(layout, state, now)
    if kind is ActionKind.ADJUST:
        amount = action.amount or 0.0
        run = state.runs[state.current]
        return with_run(state, state.current, replace(run, added=run.added + amount))
    if kind is ActionKind.RESTART:
        run = state.runs[state.current]
        fresh = replace(run, elapsed=0.0, added=0.0, fired=frozenset())
        state = with_run(state, state.current, fresh)
        # Its questions go too: their moments were of the time the turn had run.
        kept = tuple(q for q in state.questions if q.segment != state.current)
        state = replace(state, questions=kept)
        return replace(state, since=now) if state.show is ShowState.RUNNING else state
    if kind is ActionKind.SKIP:
        return skip(layout, state, action.target, now, at)
    if kind is ActionKind.UNSKIP:
        if action.target not in state.skipped:
            return None
        return replace(state, skipped=state.skipped - {action.target})
    if kind is ActionKind.REBALANCE:
        return with_changes(layout, state, action.changes)
    if kind is ActionKind.END:
        return finish(layout, state, now, at)
    return None


def question(layout: Layout, state: State, now: float) -> State | None:
    """Q in an open discussion: a question's timer starts; again, its answer's; again, the
    next question's. The discussion's own time does not change."""
    if state.show not in (ShowState.RUNNING, ShowState.PAUSED):
        return None
    if layout.segments[state.current].phase.kind not in OPEN_FLOOR:
        return None
    elapsed = elapsed_of(state, state.current, now)
    asked = open_question(state)
    questions = state.questions
    if asked is not None and asked.answered is None:
        return replace(state, questions=(*questions[:-1], replace(asked, answered=elapsed)))
    if asked is not None:
        questions = (*questions[:-1], replace(asked, closed=elapsed))
    return replace(state, questions=(*questions, Question(state.current, elapsed)))


def bank(state: State, now: float) -> State:
    """Add the running time of the current segment to its elapsed."""
    if state.since is None:
        return state
    run = state.runs[state.current]
    banked = replace(run, elapsed=run.elapsed + (now - state.since))
    return replace(with_run(state, state.current, banked), since=now)


def enter(layout: Layout, state: State, index: int, now: float, at: float) -> State:
    """Make ``index`` current; its first start is noted once it actually runs."""
    state = replace(state, current=index)
    run = state.runs[index]
    if state.show is not ShowState.RUNNING or run.first_monotonic is not None:
        return state
    target = None
    segment = layout.segments[index]
    if counts_to_end(segment):
        target = to_end_allotment(layout, state, segment.item_index, at)
    return with_run(state, index, replace(run, first_monotonic=now, first_start=at, target=target))


def leave(layout: Layout, state: State, now: float, at: float) -> State:
    state = bank(state, now)
    run = state.runs[state.current]
    if run.first_monotonic is None:
        return state
    # The share it had stays with it: what comes later (a speaker brought back before
    # it in the plan, an edit) re-splits only the turns to come.
    segment = layout.segments[state.current]
    plan = compute_plan(layout, state, segment.item_index, now, run.first_start)
    share = plan.allotted[state.current - layout.item_segments[segment.item_index].start]
    left = replace(run, left_monotonic=now, left_at=at, share=share)
    return with_run(state, state.current, left)


def move(layout: Layout, state: State, index: int, now: float, at: float) -> State:
    if index == state.current:
        return state
    return enter(layout, leave(layout, state, now, at), index, now, at)


def finish(layout: Layout, state: State, now: float, at: float) -> State:
    if state.show is ShowState.READY:
        return replace(state, show=ShowState.ENDED, ended_at=at)
    state = leave(layout, state, now, at)
    return replace(state, show=ShowState.ENDED, since=None, ended_at=at)


def skip(layout: Layout, state: State, item: int | None, now: float, at: float) -> State | None:
    if item is None or not 0 <= item < len(layout.item_segments) or item in state.skipped:
        return None
    state = replace(state, skipped=state.skipped | {item})
    if layout.segments[state.current].item_index != item:
        return state
    state = replace(state, comeback=None)
    following = order.neighbour(layout, state, state.current, +1)
    if following is None:
        return finish(layout, state, now, at) if state.show is not ShowState.READY else state
    return move(layout, state, following, now, at)


def with_changes(layout: Layout, state: State, changes: tuple[Change, ...]) -> State | None:
    """``state`` with a proposal's new lengths; None if a change does not fit it."""
    lengths = [list(item) for item in state.lengths]
    for change in changes:
        if not 0 <= change.item_index < len(lengths):
            return None
        phases = layout.schedule.items[change.item_index].phases
        phase_index = change.phase_index
        if phase_index is None:
            phase_index = next(
                (i for i, p in enumerate(phases) if change.phase in (None, p.kind)), None
            )
        if phase_index is None or not 0 <= phase_index < len(phases) or change.proposed <= 0:
            return None
        if change.phase not in (None, phases[phase_index].kind):
            return None
        lengths[change.item_index][phase_index] = change.proposed
    return replace(state, lengths=tuple(tuple(item) for item in lengths))
