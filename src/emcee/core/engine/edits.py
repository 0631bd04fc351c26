"""What may change while the show runs: only what has not happened. Items already run
keep their phases and turns, and the live item keeps the turns up to the live one; an
agenda being edited also may not add, remove or move anything up to the live item."""

from __future__ import annotations

from dataclasses import replace

from emcee.core.agenda.edit import history_rewritten
from emcee.core.agenda.model import Agenda
from emcee.core.agenda.problems import Problem
from emcee.core.engine import order
from emcee.core.engine.layout import Layout, same_turn
from emcee.core.engine.snapshot import ShowState
from emcee.core.engine.state import Run, State


def edit_conflicts(state: State, old: Layout, new: Layout) -> list[Problem]:
    """Why the show at ``state`` (laid out as ``old``) cannot go on as ``new``; empty when
    it can (see ``Show.edit_problems``)."""
    if state.show is ShowState.READY:
        return []
    if state.show is ShowState.ENDED:
        return [Problem("edit_after_end")]
    front = order.front(state)
    live_item = old.segments[front].item_index
    problems = []
    for item_index in range(live_item + 1):
        title = old.schedule.items[item_index].item.title
        if item_index >= len(new.item_segments):
            return [Problem("edit_removed_live", item=item_index + 1, item_title=title)]
        old_range, new_range = old.item_segments[item_index], new.item_segments[item_index]
        keep = len(old_range) if item_index < live_item else front - old_range.start + 1
        same = (
            len(new_range) >= keep
            and all(
                same_turn(old.segments[old_range.start + k], new.segments[new_range.start + k])
                for k in range(keep)
            )
            and (item_index == live_item or len(new_range) == len(old_range))
        )
        if not same:
            code = "edit_changes_past" if item_index < live_item else "edit_changes_live"
            problems.append(Problem(code, item=item_index + 1, item_title=title))
    return problems


def draft_conflicts(state: State, old: Layout, draft: Agenda, new: Layout | None) -> list[Problem]:
    """Why ``draft``, an agenda being edited, cannot replace what the show at ``state``
    (laid out as ``old``) runs; empty when it can. ``new`` is the draft laid out, when it
    plans with nothing wrong (else its own problems are what the editor tells).

    The engine compares the shape of what ran (``edit_conflicts``), so taking out an item
    that ran and moving the next one up can look the same to it; the draft's items are
    compared with the running agenda's too (``history_rewritten``).
    """
    if state.show is ShowState.ENDED:
        return [Problem("edit_after_end")]
    live = state.schedule.agenda
    if state.show is ShowState.READY or draft == live:
        return []
    live_item = old.segments[state.current].item_index
    rewritten = history_rewritten(live, draft, live_item)
    if rewritten:
        return [
            Problem("edit_moves_past", item=number, item_title=live.items[number - 1].title)
            for number in rewritten
        ]
    return [] if new is None else edit_conflicts(state, old, new)


def edited_state(state: State, old: Layout, new: Layout) -> State | None:
    """The show at ``state`` going on as ``new``: what has run keeps its runs, the rest
    starts afresh; None when the edit conflicts with what has happened."""
    if edit_conflicts(state, old, new):
        return None
    schedule = new.schedule
    fresh_lengths = tuple(tuple(p.duration for p in item.phases) for item in schedule.items)
    if state.show is ShowState.READY:
        current = min(state.current, len(new.segments) - 1)
        return State(
            schedule=schedule,
            runs=tuple(Run() for _ in new.segments),
            lengths=fresh_lengths,
            current=current,
            shift=state.shift,
        )
    front = order.front(state)
    live_item = old.segments[front].item_index
    runs = [Run() for _ in new.segments]
    for item_index in range(live_item + 1):
        old_range, new_range = old.item_segments[item_index], new.item_segments[item_index]
        last = len(old_range) if item_index < live_item else front - old_range.start + 1
        for k in range(last):
            runs[new_range.start + k] = state.runs[old_range.start + k]
    # The items up to the front keep their shape, so their turns keep their places
    # (the live turn's, and a comeback's).
    current_item = old.segments[state.current].item_index
    current = new.item_segments[current_item].start + (
        state.current - old.item_segments[current_item].start
    )
    return replace(
        state,
        schedule=schedule,
        runs=tuple(runs),
        # What was rebalanced before the live item stays; from it on, the edit decides.
        lengths=state.lengths[:live_item] + fresh_lengths[live_item:],
        current=current,
        skipped=frozenset(i for i in state.skipped if i < live_item),
    )
