"""Proposals to shorten what is still to come so that a late programme ends on time.

Minutes are taken in this order: from the phases that give way (discussions, Q&A) and
countdown breaks first, then from other single-phase items and other phases, and from
presentations last; within each group one minute at a
time from whichever has the most room left (among equals, the later item). Only time
still ahead is taken: a phase keeps at least its floor of the time it is still expected
to get, which is half its planned length (an item's own ``minimum`` when the agenda gives
one, shared out over a session's phases; breaks at least 5 minutes). A discussion that
the presentations before it have already eaten below its floor has nothing to give.

A minute only counts if it moves the end. Items that absorb lateness (a break counting
to its restart time, an item after a gap waiting for its planned start) stand between
earlier time and the end: once one of them starts on its plan, what is taken before it
moves nothing, so it is not taken. Breaks that count to their restart time already
shrink on their own, so they are left alone. What the proposal states as the shortfall
is what applying it leaves: the programme then ends at the target (up to a minute
earlier: the changes are whole minutes), or late by exactly the shortfall.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from emcee.core.agenda.model import GIVES_WAY, ItemKind, PhaseKind, TimerStyle
from emcee.core.agenda.schedule import minimum_length
from emcee.core.engine.allotment import compute_plan, scheduled_end
from emcee.core.engine.projection import Projection, Step, stretch, walk
from emcee.core.engine.reading import ShowReader
from emcee.core.engine.snapshot import Change, Proposal, SegmentView, Status
from emcee.core.engine.state import State

EPSILON = 1e-6  # seconds: float noise, not lateness


@dataclass
class _Unit:
    item_index: int
    phase: PhaseKind | None
    phase_index: int
    length: int  # current planned length
    ahead: float  # what it is still expected to get
    floor: float
    tier: int
    taken: int = 0  # minutes taken so far

    @property
    def room(self) -> int:
        return int((min(self.ahead, self.length) - 60 * self.taken - self.floor) // 60)


def _units_of(
    show: ShowReader, state: State, item_index: int, segments: Sequence[SegmentView]
) -> list[_Unit]:
    """The phases of one item that have not started, with the time each may give."""
    layout = show.layout_of(state)
    planned = layout.schedule.items[item_index]
    item = planned.item
    units = []
    position = layout.item_segments[item_index].start
    for phase_index, phase in enumerate(planned.phases):
        views = segments[position : position + len(phase.turns)]
        position += len(phase.turns)
        if any(view.status is not Status.UPCOMING for view in views):
            continue  # running or over: only what has not started can be planned anew
        length = state.lengths[item_index][phase_index]
        ahead = sum(view.allotted + view.added for view in views)
        if phase.kind is PhaseKind.MAIN:
            if item.timer_style is TimerStyle.TO_END:
                continue
            floor = minimum_length(item, phase.duration)
            tier = 0 if item.kind is ItemKind.BREAK else 1
            units.append(_Unit(item_index, None, phase_index, length, ahead, floor, tier))
            continue
        if item.minimum is not None:
            floor = phase.duration * item.minimum / planned.duration
        else:
            floor = phase.duration / 2
        # A discussion or a Q&A gives first, protected or not; presentations last.
        if phase.gives_way or phase.kind in GIVES_WAY:
            tier = 0
        else:
            tier = 2 if phase.kind is PhaseKind.PRESENTATION else 1
        units.append(_Unit(item_index, phase.kind, phase_index, length, ahead, floor, tier))
    return units


class _Terms:
    """The projected end as the latest of a few candidates: the lateness carried from the
    live item, and each absorbing item's own plan with what follows it. A minute taken
    in item ``i`` brings forward every candidate that began before ``i``."""

    def __init__(self, start: float) -> None:
        self.terms: list[list[float]] = [[start, -1.0]]  # [value, item it began at]

    @property
    def end(self) -> float:
        return self.terms[0][0]

    @property
    def pinned_at(self) -> float:
        """Minutes taken at or before this item move nothing now (nor later)."""
        return self.terms[0][1]

    def add(self, seconds: float) -> None:
        for term in self.terms:
            term[0] += seconds

    def pin(self, value: float, item_index: int) -> None:
        self.terms.append([value, float(item_index)])
        self._prune()

    def lower(self, item_index: int) -> None:
        for term in self.terms:
            if term[1] < item_index:
                term[0] -= 60
        self._prune()

    def _prune(self) -> None:
        # A candidate that began earlier is brought forward by every minute that brings a
        # later one forward: once not above a later one, it never leads again.
        kept: list[list[float]] = []
        for term in reversed(self.terms):
            if not kept or term[0] > kept[-1][0]:
                kept.append(term)
        self.terms = kept[::-1]


class Proposer:
    """Makes a show's proposals; what does not move between actions is kept."""

    def __init__(self, show: ShowReader) -> None:
        self.show = show
        self._state: State | None = None
        self._static: list[_Unit] = []  # the units of items other than the live one
        self._chosen: dict[tuple[object, ...], tuple[Change, ...]] = {}
        self._applied: dict[tuple[Change, ...], tuple[State, tuple[Step, ...]]] = {}

    def propose(
        self,
        state: State,
        now: float,
        projection: Projection,
        segments: Sequence[SegmentView],
        projected_end: float,
        target: float,
    ) -> Proposal:
        """New lengths for the items still to come, aiming at ``target`` (a time of day)."""
        assert projection.live is not None
        live_item = projection.live[0]
        if state is not self._state:
            self._state = state
            self._static = [
                unit
                for item_index in range(len(state.lengths))
                if item_index not in state.skipped and item_index != live_item
                for unit in _units_of(self.show, state, item_index, segments)
            ]
            self._chosen.clear()
            self._applied.clear()
        live_units = _units_of(self.show, state, live_item, segments)
        terms = self._terms(state, now, projection)
        # What is taken depends on whole minutes of lateness, not on the seconds that a
        # speaker in overtime adds: choose again when those change, not every second.
        key = (
            tuple(unit.room for unit in live_units),
            tuple((math.ceil((value - target) / 60 - EPSILON), at) for value, at in terms.terms),
        )
        changes = self._chosen.get(key)
        if changes is None:
            changes = self._choose(live_units, terms, target)
            self._chosen[key] = changes
        end = self._end_after(state, now, projection, changes) if changes else projected_end
        return Proposal(
            target_end=target,
            projected_end=projected_end,
            changes=changes,
            shortfall=max(0.0, end - target),
        )

    def _use_at(self, state: State, now: float, item_index: int, start: float) -> float:
        return sum(self.show.plan_item(state, item_index, now, start).use)

    def _terms(self, state: State, now: float, projection: Projection) -> _Terms:
        assert projection.live is not None
        layout = self.show.layout_of(state)
        terms = _Terms(projection.live[2])
        for step in projection.steps:
            item_index = step.items[0]
            if step.waits_until is not None:
                terms.pin(step.waits_until, item_index)
            if step.to_end:
                for term in terms.terms:
                    term[0] += self._use_at(state, now, item_index, term[0])
                terms.pin(scheduled_end(layout, state, item_index), item_index)
            else:
                terms.add(step.offsets[-1])
        return terms

    def _choose(self, live_units: list[_Unit], terms: _Terms, target: float) -> tuple[Change, ...]:
        units = [replace(unit, taken=0) for unit in [*self._static, *live_units]]
        for tier in (0, 1, 2):
            heap = [(-u.room, -u.item_index, n) for n, u in enumerate(units) if u.tier == tier]
            heapq.heapify(heap)
            while heap and terms.end > target + EPSILON:
                _room, _later, n = heapq.heappop(heap)
                unit = units[n]
                if unit.room <= 0 or unit.item_index <= terms.pinned_at:
                    continue  # no room, or nothing it gives reaches the end (ever again)
                unit.taken += 1
                terms.lower(unit.item_index)
                heapq.heappush(heap, (-unit.room, -unit.item_index, n))
        return tuple(
            Change(
                unit.item_index,
                unit.phase,
                unit.length,
                unit.length - 60 * unit.taken,
                unit.phase_index if unit.phase is not None else None,
            )
            for unit in sorted(units, key=lambda u: (u.item_index, u.phase_index))
            if unit.taken
        )

    def _end_after(
        self, state: State, now: float, projection: Projection, changes: tuple[Change, ...]
    ) -> float:
        """Where the programme ends once ``changes`` are applied: the same projection,
        with the changed items' times taken again."""
        assert projection.live is not None
        live_item, _start, live_end = projection.live
        known = self._applied.get(changes)
        if known is None:
            changed_state = self.show.with_changes(state, changes)
            assert changed_state is not None
            layout = self.show.layout_of(state)
            changed = {change.item_index for change in changes}
            fresh_steps = []
            for step in projection.steps:
                if step.to_end or not changed.intersection(step.items):
                    fresh_steps.append(step)
                    continue
                uses = [
                    sum(compute_plan(layout, changed_state, i, now, None).use) for i in step.items
                ]
                fresh = stretch(list(step.items), uses)
                fresh_steps.append(Step(fresh.items, fresh.offsets, step.waits_until))
            known = self._applied[changes] = (changed_state, tuple(fresh_steps))
        changed_state, steps = known
        if live_item in {change.item_index for change in changes}:
            live_end += self._after_current(changed_state, now, live_item)
            live_end -= self._after_current(state, now, live_item)
        _starts, ends = walk(steps, live_end, lambda i, start: self._use_at(state, now, i, start))
        return ends[-1] if ends else live_end

    def _after_current(self, state: State, now: float, item_index: int) -> float:
        """The expected time of the live item's turns after the live one."""
        layout = self.show.layout_of(state)
        segments = layout.item_segments[item_index]
        plan = compute_plan(layout, state, item_index, now, None)
        return sum(
            use for offset, use in enumerate(plan.use) if segments.start + offset > state.current
        )
