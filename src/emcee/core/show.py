"""The show engine: the live programme, driven by operator actions and a clock.

The show is a flat sequence of *segments*, one per timed turn: a speaker's share of a
presentation phase, a discussion phase, or a whole single-phase item. Operator actions
move between segments and change their time; every action is an ``Action`` value with
its timestamps, so replaying the same actions rebuilds the same show (the journal does).

Remaining time is always computed from timestamps: a segment's elapsed time is what its
closed runs add up to plus, while it runs, ``monotonic() - since``.

Rules for compound slots (worked examples use the reference event):

- Presentation then discussion. By default the discussion gets what the presentation left
  of the item, so the item still ends on time. Part 2 is 20 + 15 min: if its five talks
  take 23 min, the discussion counts down from 12 min. With ``protect_discussion`` the
  discussion keeps its 15 min and Part 2 (and the programme) ends 3 min late.
- Several speakers sharing a phase (``shares = "even"``, the default). Each speaker's share
  is fixed when their turn starts: what is left of the phase, split evenly among the
  speakers still to come (explicit durations are kept). In Part 3 (8 speakers in 40 min,
  5 min each) the first speaker takes 6:30; the other seven then get 33:30 / 7 = 4:47
  each. A share never drops below half the planned one; what the last speaker takes
  beyond the phase comes out of the discussion. With ``shares = "fixed"`` everyone keeps
  5 min and the phase simply runs long or short.
- Operator-added time belongs to the current turn: with even shares it comes out of the
  speakers still to come (the block's length is kept); on its own it lengthens the item.
- Breaks count to their planned restart time of day (``timer = "to-end"``): the 14:45
  break that starts at 14:49 lasts until 14:55, but never less than its minimum (5 min),
  so a break starting at 14:52 runs to 14:57 and that is the projected restart.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, replace
from enum import StrEnum

from emcee.core.agenda import Agenda, ItemKind, Shares, TimerStyle
from emcee.core.clock import Clock, time_of_day
from emcee.core.problems import AgendaError, Problem
from emcee.core.schedule import (
    PhaseKind,
    PlannedItem,
    PlannedPhase,
    PlannedTurn,
    Schedule,
    minimum_length,
    plan,
)
from emcee.core.schedule import lead_times as lead_times_for
from emcee.core.snapshot import (
    Alert,
    AlertKind,
    Change,
    Current,
    ItemView,
    Level,
    Proposal,
    SegmentView,
    ShowState,
    Snapshot,
    Status,
)

TIME_UP_WINDOW = 5.0  # seconds after time runs out shown as TIME_UP before OVERTIME
LATE_AFTER = 1.0  # an alert reported this long after its threshold is marked late
PROPOSE_AFTER = 60.0  # propose rebalancing once the projected end is this far past target
UNDO_DEPTH = 200
MAX_LAYOUTS = 8  # schedules kept laid out (the current one and a few an undo may restore)


class ActionKind(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    JUMP = "jump"
    ADJUST = "adjust"
    RESTART = "restart"
    SKIP = "skip"
    UNSKIP = "unskip"
    REBALANCE = "rebalance"
    EDIT = "edit"  # the agenda was edited during the show
    END = "end"
    UNDO = "undo"


@dataclass(frozen=True, slots=True)
class Action:
    """One operator action, stamped with both clocks when it happened."""

    kind: ActionKind
    monotonic: float
    wall: dt.datetime
    target: int | None = None  # JUMP: a segment; SKIP / UNSKIP: an item
    amount: float | None = None  # ADJUST: seconds; START: how far the plan is shifted
    changes: tuple[Change, ...] = ()  # REBALANCE
    agenda: Agenda | None = None  # EDIT: the agenda as it is now


@dataclass(frozen=True, slots=True)
class Segment:
    """The static facts of one timed turn."""

    index: int
    item_index: int
    phase_index: int
    turn_index: int
    item: PlannedItem
    phase: PlannedPhase
    turn: PlannedTurn

    @property
    def speaker_name(self) -> str:
        if self.turn.speaker is not None:
            return self.turn.speaker.presenter
        return self.item.item.presenter or self.item.item.title


@dataclass(frozen=True, slots=True)
class Run:
    """What has happened to one segment so far."""

    elapsed: float = 0.0  # seconds of closed runs
    added: float = 0.0
    first_monotonic: float | None = None
    first_start: float | None = None  # time of day of the first start
    left_monotonic: float | None = None
    left_at: float | None = None  # time of day it was last left
    target: float | None = None  # TO_END: the allotment fixed at the first start
    fired: frozenset[tuple[AlertKind, int]] = frozenset()


@dataclass(frozen=True, slots=True)
class Layout:
    """What follows from one schedule: its segments and the facts the rules need."""

    schedule: Schedule
    segments: tuple[Segment, ...]
    item_segments: tuple[range, ...]
    # An item after a deliberate gap in the plan (say, an unlisted lunch) does not start
    # before its planned time even when the programme runs early.
    waits_for_start: tuple[bool, ...]
    # Per shared phase, per turn, for the even-share rule: explicit or not, the planned
    # explicit seconds after it, and how many flexible turns from it on.
    turn_facts: tuple[tuple[tuple[tuple[bool, ...], tuple[int, ...], tuple[int, ...]], ...], ...]
    to_end_items: tuple[bool, ...]

    @classmethod
    def of(cls, schedule: Schedule) -> Layout:
        segments = tuple(_flatten(schedule))
        item_segments = tuple(_item_ranges(segments, schedule))
        return cls(
            schedule=schedule,
            segments=segments,
            item_segments=item_segments,
            waits_for_start=tuple(
                index > 0 and planned.start > schedule.items[index - 1].end
                for index, planned in enumerate(schedule.items)
            ),
            turn_facts=tuple(
                tuple(_turn_facts(phase.turns) for phase in planned.phases)
                for planned in schedule.items
            ),
            to_end_items=tuple(
                any(_counts_to_end(segments[i]) for i in indices) for indices in item_segments
            ),
        )


@dataclass(frozen=True, slots=True)
class State:
    schedule: Schedule  # part of the state: an agenda edit is an action that undo reverts
    runs: tuple[Run, ...]
    lengths: tuple[tuple[int, ...], ...]  # each item's phase lengths, after rebalancing
    show: ShowState = ShowState.READY
    current: int = 0
    since: float | None = None  # monotonic start of the current run, None unless running
    skipped: frozenset[int] = frozenset()
    shift: float = 0.0  # seconds the plan was moved (a rehearsal started at another time)
    ended_at: float | None = None  # time of day


@dataclass(frozen=True, slots=True)
class _ItemViews:
    item: ItemView
    segments: tuple[SegmentView, ...]
    cursor: float  # where the projection stands after this item
    live: Current | None
    moving: bool  # depends on the clock, so never reused


@dataclass
class _Plan:
    """Per-item figures of one evaluation: allotments and projected use of each segment."""

    allotted: list[float] = field(default_factory=list)
    use: list[float] = field(default_factory=list)


class Show:
    """The live show over one schedule. Not thread-safe: call it from one thread."""

    def __init__(self, schedule: Schedule, clock: Clock) -> None:
        self.clock = clock
        self._layouts: dict[int, Layout] = {}
        layout = self._layout_of(schedule)
        self.state = State(
            schedule=schedule,
            runs=tuple(Run() for _ in layout.segments),
            lengths=tuple(tuple(p.duration for p in item.phases) for item in schedule.items),
        )
        self.history: list[Action] = []
        self._undo: list[State] = []
        self._plans: dict[tuple[int, float | None], _Plan] = {}
        self._plans_state: State | None = None
        self._views: dict[tuple[int, float, bool], _ItemViews] = {}
        self._views_state: State | None = None

    # --- the schedule now ------------------------------------------------------------------

    def _layout_of(self, schedule: Schedule) -> Layout:
        layout = self._layouts.get(id(schedule))
        if layout is None or layout.schedule is not schedule:
            if len(self._layouts) >= MAX_LAYOUTS:  # edits are rare; forget the oldest
                del self._layouts[next(iter(self._layouts))]
            layout = Layout.of(schedule)
            self._layouts[id(schedule)] = layout
        return layout

    def _layout(self, state: State) -> Layout:
        return self._layout_of(state.schedule)

    @property
    def layout(self) -> Layout:
        return self._layout(self.state)

    @property
    def schedule(self) -> Schedule:
        """The schedule being run (agenda edits during the show replace it)."""
        return self.state.schedule

    @property
    def segments(self) -> tuple[Segment, ...]:
        return self.layout.segments

    @property
    def item_segments(self) -> tuple[range, ...]:
        return self.layout.item_segments

    # --- operator actions -----------------------------------------------------------------

    def perform(
        self,
        kind: ActionKind,
        *,
        target: int | None = None,
        amount: float | None = None,
        changes: tuple[Change, ...] = (),
        agenda: Agenda | None = None,
    ) -> Action | None:
        """Do an action now; returns it (for the journal), or None if it changed nothing."""
        action = Action(
            kind, self.clock.monotonic(), self.clock.now(), target, amount, tuple(changes), agenda
        )
        return action if self.apply(action) else None

    def start(self, shift: float = 0.0) -> Action | None:
        return self.perform(ActionKind.START, amount=shift)

    def pause(self) -> Action | None:
        return self.perform(ActionKind.PAUSE)

    def resume(self) -> Action | None:
        return self.perform(ActionKind.RESUME)

    def next(self) -> Action | None:
        return self.perform(ActionKind.NEXT)

    def previous(self) -> Action | None:
        return self.perform(ActionKind.PREVIOUS)

    def jump(self, segment: int) -> Action | None:
        return self.perform(ActionKind.JUMP, target=segment)

    def adjust(self, seconds: float) -> Action | None:
        return self.perform(ActionKind.ADJUST, amount=seconds)

    def restart(self) -> Action | None:
        return self.perform(ActionKind.RESTART)

    def skip(self, item: int) -> Action | None:
        return self.perform(ActionKind.SKIP, target=item)

    def unskip(self, item: int) -> Action | None:
        return self.perform(ActionKind.UNSKIP, target=item)

    def rebalance(self, proposal: Proposal) -> Action | None:
        return self.perform(ActionKind.REBALANCE, changes=proposal.changes)

    def edit(self, agenda: Agenda) -> Action | None:
        """Run the show on an edited agenda from now on (see ``edit_problems``)."""
        return self.perform(ActionKind.EDIT, agenda=agenda)

    def end(self) -> Action | None:
        return self.perform(ActionKind.END)

    def undo(self) -> Action | None:
        return self.perform(ActionKind.UNDO)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def apply(self, action: Action) -> bool:
        """Apply a stamped action (live or replayed from a journal). False if it was a no-op."""
        before = self.state
        if action.kind is ActionKind.UNDO:
            if not self._undo:
                return False
            self.state = self._undo.pop()
            self.history.append(action)
            return True
        after = self._transition(before, action)
        if after is None or after == before:
            return False
        after = self._rearm(after, action.monotonic, time_of_day(action.wall))
        self._undo.append(before)
        del self._undo[:-UNDO_DEPTH]
        self.state = after
        self.history.append(action)
        return True

    def _transition(self, state: State, action: Action) -> State | None:
        layout = self._layout(state)
        kind = action.kind
        now = action.monotonic
        at = time_of_day(action.wall)
        if state.show is ShowState.ENDED:
            return None
        if kind is ActionKind.START:
            if state.show is not ShowState.READY:
                return None
            state = replace(state, show=ShowState.RUNNING, since=now, shift=action.amount or 0.0)
            return self._enter(state, state.current, now, at)
        if kind is ActionKind.PAUSE:
            if state.show is not ShowState.RUNNING:
                return None
            return replace(self._bank(state, now), show=ShowState.PAUSED, since=None)
        if kind is ActionKind.RESUME:
            if state.show is not ShowState.PAUSED:
                return None
            state = replace(state, show=ShowState.RUNNING, since=now)
            return self._enter(state, state.current, now, at)
        if kind is ActionKind.NEXT:
            following = self._neighbour(state, state.current, +1)
            if following is None:
                return self._finish(state, now, at) if state.show is not ShowState.READY else None
            return self._move(state, following, now, at)
        if kind is ActionKind.PREVIOUS:
            preceding = self._neighbour(state, state.current, -1)
            return None if preceding is None else self._move(state, preceding, now, at)
        if kind is ActionKind.JUMP:
            target = action.target
            if target is None or not 0 <= target < len(layout.segments):
                return None
            item = layout.segments[target].item_index
            state = replace(state, skipped=state.skipped - {item})
            return self._move(state, target, now, at)
        if kind is ActionKind.ADJUST:
            amount = action.amount or 0.0
            run = state.runs[state.current]
            return _with_run(state, state.current, replace(run, added=run.added + amount))
        if kind is ActionKind.RESTART:
            run = state.runs[state.current]
            fresh = replace(run, elapsed=0.0, added=0.0, fired=frozenset())
            state = _with_run(state, state.current, fresh)
            return replace(state, since=now) if state.show is ShowState.RUNNING else state
        if kind is ActionKind.SKIP:
            return self._skip(state, action.target, now, at)
        if kind is ActionKind.UNSKIP:
            if action.target not in state.skipped:
                return None
            return replace(state, skipped=state.skipped - {action.target})
        if kind is ActionKind.REBALANCE:
            return self._apply_changes(state, action.changes)
        if kind is ActionKind.END:
            return self._finish(state, now, at)
        if kind is ActionKind.EDIT and action.agenda is not None:
            return self._edit(state, action.agenda)
        return None

    # --- transitions ------------------------------------------------------------------------

    def _bank(self, state: State, now: float) -> State:
        """Add the running time of the current segment to its elapsed."""
        if state.since is None:
            return state
        run = state.runs[state.current]
        banked = replace(run, elapsed=run.elapsed + (now - state.since))
        return replace(_with_run(state, state.current, banked), since=now)

    def _enter(self, state: State, index: int, now: float, at: float) -> State:
        """Make ``index`` current; its first start is noted once it actually runs."""
        layout = self._layout(state)
        state = replace(state, current=index)
        run = state.runs[index]
        if state.show is not ShowState.RUNNING or run.first_monotonic is not None:
            return state
        target = None
        segment = layout.segments[index]
        if _counts_to_end(segment):
            target = self._to_end_allotment(state, segment.item_index, at)
        return _with_run(
            state, index, replace(run, first_monotonic=now, first_start=at, target=target)
        )

    def _leave(self, state: State, now: float, at: float) -> State:
        state = self._bank(state, now)
        run = state.runs[state.current]
        if run.first_monotonic is None:
            return state
        return _with_run(state, state.current, replace(run, left_monotonic=now, left_at=at))

    def _move(self, state: State, index: int, now: float, at: float) -> State:
        if index == state.current:
            return state
        return self._enter(self._leave(state, now, at), index, now, at)

    def _finish(self, state: State, now: float, at: float) -> State:
        if state.show is ShowState.READY:
            return replace(state, show=ShowState.ENDED, ended_at=at)
        state = self._leave(state, now, at)
        return replace(state, show=ShowState.ENDED, since=None, ended_at=at)

    def _skip(self, state: State, item: int | None, now: float, at: float) -> State | None:
        layout = self._layout(state)
        if item is None or not 0 <= item < len(layout.item_segments) or item in state.skipped:
            return None
        state = replace(state, skipped=state.skipped | {item})
        if layout.segments[state.current].item_index != item:
            return state
        following = self._neighbour(state, state.current, +1)
        if following is None:
            return self._finish(state, now, at) if state.show is not ShowState.READY else state
        return self._move(state, following, now, at)

    def _apply_changes(self, state: State, changes: tuple[Change, ...]) -> State | None:
        layout = self._layout(state)
        lengths = [list(item) for item in state.lengths]
        for change in changes:
            if not 0 <= change.item_index < len(lengths):
                return None
            phases = layout.schedule.items[change.item_index].phases
            phase_index = next(
                (i for i, p in enumerate(phases) if change.phase in (None, p.kind)), None
            )
            if phase_index is None or change.proposed <= 0:
                return None
            lengths[change.item_index][phase_index] = change.proposed
        return replace(state, lengths=tuple(tuple(item) for item in lengths))

    def edit_problems(self, agenda: Agenda) -> list[Problem]:
        """Why ``agenda`` cannot replace the running one now; empty when it can.

        During a show only what has not happened yet may change: items already run keep
        their phases and turns, and the live item keeps the turns up to the live one.
        Everything else (titles, notes, lengths, the items and turns still to come) may.
        """
        try:
            schedule = plan(agenda)
        except AgendaError as error:
            return list(error.problems)
        return self._edit_conflicts(self.state, self._layout_of(schedule))

    def _edit_conflicts(self, state: State, new: Layout) -> list[Problem]:
        if state.show is ShowState.READY:
            return []
        if state.show is ShowState.ENDED:
            return [Problem("edit_after_end")]
        old = self._layout(state)
        live_item = old.segments[state.current].item_index
        problems = []
        for item_index in range(live_item + 1):
            title = old.schedule.items[item_index].item.title
            if item_index >= len(new.item_segments):
                return [Problem("edit_removed_live", item=item_index + 1, item_title=title)]
            old_range, new_range = old.item_segments[item_index], new.item_segments[item_index]
            keep = len(old_range) if item_index < live_item else state.current - old_range.start + 1
            same = (
                len(new_range) >= keep
                and all(
                    _same_turn(old.segments[old_range.start + k], new.segments[new_range.start + k])
                    for k in range(keep)
                )
                and (item_index == live_item or len(new_range) == len(old_range))
            )
            if not same:
                code = "edit_changes_past" if item_index < live_item else "edit_changes_live"
                problems.append(Problem(code, item=item_index + 1, item_title=title))
        return problems

    def _edit(self, state: State, agenda: Agenda) -> State | None:
        try:
            schedule = plan(agenda)
        except AgendaError:
            return None
        new = self._layout_of(schedule)
        if self._edit_conflicts(state, new):
            return None
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
        old = self._layout(state)
        live_item = old.segments[state.current].item_index
        runs = [Run() for _ in new.segments]
        for item_index in range(live_item + 1):
            old_range, new_range = old.item_segments[item_index], new.item_segments[item_index]
            last = len(old_range) if item_index < live_item else state.current - old_range.start + 1
            for k in range(last):
                runs[new_range.start + k] = state.runs[old_range.start + k]
        current = new.item_segments[live_item].start + (
            state.current - old.item_segments[live_item].start
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

    def _neighbour(self, state: State, index: int, step: int) -> int | None:
        layout = self._layout(state)
        index += step
        while 0 <= index < len(layout.segments):
            if layout.segments[index].item_index not in state.skipped:
                return index
            index += step
        return None

    # --- time --------------------------------------------------------------------------------

    def elapsed(self, index: int, now: float | None = None) -> float:
        """Seconds segment ``index`` has run, up to ``now`` (default: the clock's now)."""
        return _elapsed(self.state, index, self.clock.monotonic() if now is None else now)

    def _to_end_allotment(self, state: State, item_index: int, start: float) -> float:
        layout = self._layout(state)
        planned = layout.schedule.items[item_index]
        end = planned.start + state.shift + sum(state.lengths[item_index])
        floor = 0.0
        if planned.item.minimum is not None or planned.item.kind is ItemKind.BREAK:
            floor = minimum_length(planned.item, planned.duration)
        return max(end - start, floor)

    def _plan_item(self, state: State, item_index: int, now: float, start: float | None) -> _Plan:
        """Allotment and projected use of every segment of one item, by the compound rules.

        ``start`` is the item's (projected) start time of day, needed for TO_END items not
        yet started. Results are kept while the state is unchanged, except for the running
        item, whose figures move with the clock.
        """
        layout = self._layout(state)
        if state is not self._plans_state:
            self._plans_state = state
            self._plans.clear()
        moving = state.since is not None and layout.segments[state.current].item_index == item_index
        key = (item_index, round(start, 3) if layout.to_end_items[item_index] and start else None)
        if not moving and key in self._plans:
            return self._plans[key]
        plan = self._compute_plan(state, item_index, now, start)
        if not moving:
            self._plans[key] = plan
        return plan

    def _compute_plan(
        self, state: State, item_index: int, now: float, start: float | None
    ) -> _Plan:
        layout = self._layout(state)
        planned = layout.schedule.items[item_index]
        item = planned.item
        lengths = state.lengths[item_index]
        budget = float(sum(lengths))
        even = item.shares is Shares.EVEN
        result = _Plan()
        used = 0.0  # projected use of the item's earlier phases
        position = layout.item_segments[item_index].start
        for phase_index, phase in enumerate(planned.phases):
            length = float(lengths[phase_index])
            if phase.kind is PhaseKind.DISCUSSION and not item.protect_discussion:
                length = max(0.0, budget - used)
            turns = phase.turns
            if len(turns) == 1:
                run = state.runs[position]
                if _counts_to_end(layout.segments[position]):
                    if run.target is not None:
                        allotted = run.target
                    else:
                        allotted = self._to_end_allotment(state, item_index, start or 0.0)
                else:
                    allotted = length
                use = self._use(state, position, allotted + run.added, now)
                result.allotted.append(allotted)
                result.use.append(use)
                used += use
                position += 1
                continue
            scale = length / phase.duration if phase.duration else 0.0
            explicit, fixed_after, flexible_from = layout.turn_facts[item_index][phase_index]
            phase_used = 0.0
            for turn_index, turn in enumerate(turns):
                run = state.runs[position + turn_index]
                share = turn.duration * scale
                if even and not explicit[turn_index]:
                    # An even share of what is left once the explicit turns to come are kept.
                    left = length - phase_used - fixed_after[turn_index] * scale
                    even_share = math.floor(left / flexible_from[turn_index])
                    allotted = float(max(even_share, math.floor(share / 2)))
                else:
                    allotted = share
                use = self._use(state, position + turn_index, allotted + run.added, now)
                result.allotted.append(allotted)
                result.use.append(use)
                phase_used += use
            used += phase_used
            position += len(turns)
        return result

    def _use(self, state: State, index: int, total: float, now: float) -> float:
        """How long a segment takes: what it took if past, else at least its time."""
        if state.show is ShowState.ENDED or index < state.current:
            return state.runs[index].elapsed
        return max(_elapsed(state, index, now), total)

    # --- alerts ------------------------------------------------------------------------------

    def lead_times(self, index: int) -> tuple[float, float]:
        layout = self.layout
        segment = layout.segments[index]
        length = float(segment.turn.duration)
        phase_length = segment.phase.duration
        effective = self.state.lengths[segment.item_index][segment.phase_index]
        if phase_length:
            length = length * effective / phase_length
        warning, final = lead_times_for(length, segment.item.item, layout.schedule.programme)
        return float(warning), float(final)

    def poll(self) -> list[Alert]:
        """Thresholds the current turn crossed since the last poll, each reported once.

        Call it on every tick. Time jumping past several thresholds reports each of them,
        in order, marked late. Pausing stops them (no time passes for the turn).
        """
        layout = self.layout
        state = self.state
        if state.show not in (ShowState.RUNNING, ShowState.PAUSED):
            return []
        now = self.clock.monotonic()
        index = state.current
        run = state.runs[index]
        total, elapsed, thresholds = self._thresholds(state, now, time_of_day(self.clock.now()))
        remaining = total - elapsed
        speaker = layout.segments[index].speaker_name
        alerts = []
        for kind, minute, at in thresholds:
            if remaining > at or (kind, minute) in run.fired:
                continue
            crossing_elapsed = max(0.0, total - at)
            alerts.append(
                Alert(
                    kind=kind,
                    segment=index,
                    minute=minute,
                    at_remaining=at,
                    late=elapsed - crossing_elapsed > LATE_AFTER,
                    speaker=speaker,
                    overtime=max(0.0, -remaining),
                )
            )
        if alerts:
            fired = run.fired | {(a.kind, a.minute) for a in alerts}
            self.state = _with_run(state, index, replace(run, fired=fired))
        return alerts

    def _thresholds(
        self, state: State, now: float, at: float
    ) -> tuple[float, float, list[tuple[AlertKind, int, float]]]:
        """The current turn's total, elapsed time and thresholds at ``now`` (day time ``at``)."""
        layout = self._layout(state)
        index = state.current
        segment = layout.segments[index]
        plan = self._plan_item(state, segment.item_index, now, at)
        offset = index - layout.item_segments[segment.item_index].start
        total = plan.allotted[offset] + state.runs[index].added
        elapsed = _elapsed(state, index, now)
        warning, final = self.lead_times(index)
        thresholds = [
            (AlertKind.WARNING, 0, warning),
            (AlertKind.FINAL, 0, final),
            (AlertKind.TIME_UP, 0, 0.0),
        ]
        over = elapsed - total
        if over >= 60:
            thresholds += [
                (AlertKind.OVERTIME, m, -60.0 * m) for m in range(1, int(over // 60) + 1)
            ]
        return total, elapsed, thresholds

    def _rearm(self, state: State, now: float, at: float) -> State:
        """Forget the thresholds an action moved the current turn back over (added time)."""
        run = state.runs[state.current]
        if not run.fired:
            return state
        total, elapsed, thresholds = self._thresholds(state, now, at)
        crossed = {(kind, minute) for kind, minute, at in thresholds if total - elapsed <= at}
        if run.fired <= crossed:
            return state
        return _with_run(state, state.current, replace(run, fired=run.fired & crossed))

    def level(self, remaining: float, warning: float, final: float) -> Level:
        if remaining <= -TIME_UP_WINDOW:
            return Level.OVERTIME
        if remaining <= 0:
            return Level.TIME_UP
        if remaining <= final:
            return Level.FINAL
        if remaining <= warning:
            return Level.WARNING
        return Level.NORMAL

    # --- snapshot ----------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        layout = self.layout
        state = self.state
        now = self.clock.monotonic()
        now_at = time_of_day(self.clock.now())
        items = layout.schedule.items
        show = state.show
        if state is not self._views_state:
            self._views_state = state
            self._views.clear()

        segment_views: list[SegmentView] = []
        item_views: list[ItemView] = []
        next_marked = False
        # The projection walks forward from the live item (or the first item before the start).
        cursor = max(now_at, items[0].start + state.shift) if show is ShowState.READY else now_at
        live: Current | None = None
        for item_index in range(len(items)):
            # Reuse an item's views while the projection reaching it moved by under 1 ms (the
            # live turn's end is now + remaining: equal up to float noise while it runs).
            key = (item_index, round(cursor, 3), next_marked)
            views = self._views.get(key)
            if views is None:
                views = self._view_item(state, item_index, now, now_at, cursor, next_marked)
                if views.live is None and not views.moving:
                    self._views[key] = views
            item_views.append(views.item)
            segment_views.extend(views.segments)
            cursor = views.cursor
            next_marked = next_marked or views.item.status is Status.NEXT
            live = live or views.live

        planned_end = items[-1].end + state.shift
        if show is ShowState.ENDED:
            projected_end = state.ended_at if state.ended_at is not None else now_at
        else:
            projected_end = cursor
        next_item = next((v for v in item_views if v.status is Status.NEXT), None)
        if next_item is not None and next_item.projected_start is not None:
            drift = next_item.projected_start - next_item.planned_start
        else:
            drift = projected_end - planned_end
        next_segment = None
        if show is not ShowState.ENDED:
            following = (
                state.current
                if show is ShowState.READY
                else self._neighbour(state, state.current, +1)
            )
            next_segment = segment_views[following] if following is not None else None
        hard_end = layout.schedule.hard_end
        return Snapshot(
            monotonic=now,
            time_of_day=now_at,
            state=show,
            current=live,
            next_segment=next_segment,
            items=tuple(item_views),
            segments=tuple(segment_views),
            drift=drift,
            planned_end=planned_end,
            projected_end=projected_end,
            hard_end=hard_end + state.shift if hard_end is not None else None,
            proposal=self._propose(segment_views, projected_end, planned_end)
            if show is not ShowState.ENDED
            else None,
            can_undo=self.can_undo,
        )

    def _view_item(
        self,
        state: State,
        item_index: int,
        now: float,
        now_at: float,
        cursor: float,
        next_marked: bool,
    ) -> _ItemViews:
        """One item's view and its segments' views; ``cursor`` is where projection stands."""
        layout = self._layout(state)
        planned = layout.schedule.items[item_index]
        show = state.show
        segments = layout.item_segments[item_index]
        runs = state.runs[segments.start : segments.stop]
        skipped = item_index in state.skipped
        planned_start = planned.start + state.shift
        planned_length = float(sum(state.lengths[item_index]))
        first = next((r for r in runs if r.first_start is not None), None)
        actual_start = first.first_start if first is not None else None
        current_item = layout.segments[state.current].item_index
        running_or_paused = show in (ShowState.RUNNING, ShowState.PAUSED)
        is_live = running_or_paused and item_index == current_item
        future = not skipped and (
            show is ShowState.READY or (running_or_paused and item_index > current_item)
        )
        if future:
            if layout.waits_for_start[item_index]:
                cursor = max(cursor, planned_start)
            start_estimate = cursor
        else:
            start_estimate = actual_start if actual_start is not None else cursor
        plan = self._plan_item(state, item_index, now, start_estimate)

        if skipped:
            status = Status.SKIPPED
        elif is_live:
            status = Status.LIVE
        elif future:
            status = Status.UPCOMING if next_marked else Status.NEXT
        elif actual_start is not None:
            status = Status.DONE
        else:
            status = Status.SKIPPED  # passed over without being run

        projected_start = projected_end = None
        actual_end = actual_duration = over_under = None
        if is_live:
            remaining_here = 0.0
            for offset, index in enumerate(segments):
                if index == state.current:
                    left = plan.allotted[offset] + runs[offset].added - self.elapsed(index, now)
                    remaining_here += max(0.0, left)
                elif index > state.current:
                    remaining_here += plan.use[offset]
            projected_end = now_at + remaining_here
            projected_start = actual_start if actual_start is not None else now_at
            cursor = projected_end
            if first is not None and first.first_monotonic is not None:
                actual_duration = now - first.first_monotonic
                over_under = projected_end - projected_start - planned_length
        elif future:
            projected_start = cursor
            projected_end = cursor + sum(plan.use)
            cursor = projected_end
        elif first is not None and first.first_monotonic is not None:
            last = max(
                (r for r in runs if r.left_monotonic is not None),
                key=lambda r: r.left_monotonic or 0.0,
                default=None,
            )
            if last is not None and last.left_at is not None and last.left_monotonic is not None:
                actual_end = last.left_at
                actual_duration = last.left_monotonic - first.first_monotonic
                over_under = actual_duration - planned_length
        item_view = ItemView(
            index=item_index,
            planned=planned,
            status=status,
            planned_start=planned_start,
            planned_duration=planned_length,
            phase_lengths=state.lengths[item_index],
            actual_start=actual_start,
            actual_end=actual_end,
            actual_duration=actual_duration,
            projected_start=projected_start,
            projected_end=projected_end,
            over_under=over_under,
        )

        views: list[SegmentView] = []
        live: Current | None = None
        segment_start = projected_start
        for offset, index in enumerate(segments):
            segment = layout.segments[index]
            run = runs[offset]
            if skipped:
                segment_status = Status.SKIPPED
            elif index == state.current and running_or_paused:
                segment_status = Status.LIVE
            elif ((future or is_live) and index > state.current) or show is ShowState.READY:
                segment_status = Status.UPCOMING
            elif run.first_start is not None:
                segment_status = Status.DONE
            else:
                segment_status = Status.SKIPPED
            view = SegmentView(
                index=index,
                item_index=item_index,
                phase_index=segment.phase_index,
                turn_index=segment.turn_index,
                kind=segment.phase.kind,
                turn=segment.turn,
                status=segment_status,
                allotted=plan.allotted[offset],
                added=run.added,
                elapsed=self.elapsed(index, now),
                actual_start=run.first_start,
                projected_start=segment_start if segment_status is Status.UPCOMING else None,
            )
            views.append(view)
            if segment_start is not None:
                if segment_status is Status.LIVE:
                    segment_start = now_at + max(0.0, view.remaining)
                elif segment_status is Status.UPCOMING:
                    segment_start += plan.use[offset]
            if segment_status is Status.LIVE:
                live = self._current(view, item_view, segment, runs, offset)
        # A live item's figures, and those of a paused one's, move with the clock.
        return _ItemViews(item_view, tuple(views), cursor, live, moving=is_live)

    def _current(
        self,
        view: SegmentView,
        item_view: ItemView,
        segment: Segment,
        runs: tuple[Run, ...],
        offset: int,
    ) -> Current:
        warning, final = self.lead_times(view.index)
        remaining = view.remaining
        phase = segment.phase
        block_remaining = None
        if phase.shared:
            first = offset - segment.turn_index
            phase_length = float(self.state.lengths[segment.item_index][segment.phase_index])
            used = sum(runs[first + j].elapsed for j in range(segment.turn_index))
            block_remaining = phase_length - used - view.elapsed
        target = None
        if _counts_to_end(segment) and view.actual_start is not None:
            target = view.actual_start + view.allotted + view.added
        return Current(
            segment=view,
            item=item_view,
            elapsed=view.elapsed,
            allotted=view.allotted,
            added=view.added,
            remaining=remaining,
            level=self.level(remaining, warning, final),
            warning_lead=warning,
            final_lead=final,
            timer=segment.item.item.timer_style,
            turn_number=segment.turn_index + 1,
            turns_in_phase=len(phase.turns),
            block_remaining=block_remaining,
            target_time=target,
        )

    # --- rebalancing -------------------------------------------------------------------------

    def _propose(
        self, segments: list[SegmentView], projected_end: float, planned_end: float
    ) -> Proposal | None:
        layout = self.layout
        from emcee.core.rebalance import propose

        hard_end = layout.schedule.hard_end
        target = planned_end if hard_end is None else hard_end + self.state.shift
        if projected_end - target < PROPOSE_AFTER:
            return None
        return propose(self, segments, projected_end, target)


def _same_turn(old: Segment, new: Segment) -> bool:
    """The same turn in the same place: an edit may retitle a turn that ran, not move it."""

    def who(segment: Segment) -> str | None:
        return segment.turn.speaker.presenter if segment.turn.speaker is not None else None

    return (old.phase_index, old.turn_index, old.phase.kind, who(old)) == (
        new.phase_index,
        new.turn_index,
        new.phase.kind,
        who(new),
    )


def _counts_to_end(segment: Segment) -> bool:
    """A single-turn item timed to its scheduled end (a break counting to the restart)."""
    item = segment.item
    return (
        item.item.timer_style is TimerStyle.TO_END
        and len(item.phases) == 1
        and len(segment.phase.turns) == 1
    )


def _elapsed(state: State, index: int, now: float) -> float:
    run = state.runs[index]
    if index == state.current and state.since is not None:
        return run.elapsed + (now - state.since)
    return run.elapsed


def _turn_facts(
    turns: tuple[PlannedTurn, ...],
) -> tuple[tuple[bool, ...], tuple[int, ...], tuple[int, ...]]:
    explicit = tuple(t.speaker is not None and t.speaker.duration is not None for t in turns)
    fixed_after = [0] * len(turns)
    flexible_from = [0] * len(turns)
    fixed, flexible = 0, 0
    for index in range(len(turns) - 1, -1, -1):
        fixed_after[index] = fixed
        flexible += not explicit[index]
        flexible_from[index] = flexible
        if explicit[index]:
            fixed += turns[index].duration
    return explicit, tuple(fixed_after), tuple(flexible_from)


def _with_run(state: State, index: int, run: Run) -> State:
    runs = list(state.runs)
    runs[index] = run
    return replace(state, runs=tuple(runs))


def _flatten(schedule: Schedule) -> list[Segment]:
    segments: list[Segment] = []
    for item_index, planned in enumerate(schedule.items):
        for phase_index, phase in enumerate(planned.phases):
            for turn_index, turn in enumerate(phase.turns):
                segments.append(
                    Segment(
                        len(segments), item_index, phase_index, turn_index, planned, phase, turn
                    )
                )
    return segments


def _item_ranges(segments: tuple[Segment, ...], schedule: Schedule) -> list[range]:
    ranges = []
    start = 0
    for item_index in range(len(schedule.items)):
        stop = start
        while stop < len(segments) and segments[stop].item_index == item_index:
            stop += 1
        ranges.append(range(start, stop))
        start = stop
    return ranges
