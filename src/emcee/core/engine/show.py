"""The show engine: the live programme, driven by operator actions and a clock.

The show is a flat sequence of *segments*, one per timed turn: a speaker's share of a
presentation phase, a discussion phase, or a whole single-phase item. Operator actions
move between segments and change their time; every action is an ``Action`` value with
its timestamps, so replaying the same actions rebuilds the same show (the journal does).

Remaining time is always computed from timestamps: a segment's elapsed time is what its
closed runs add up to plus, while it runs, ``monotonic() - since``.

The timing rules for compound slots are in ``emcee.core.engine.allotment``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from emcee.core.agenda.model import Agenda
from emcee.core.agenda.problems import AgendaError, Problem
from emcee.core.agenda.schedule import Schedule, plan
from emcee.core.agenda.schedule import lead_times as lead_times_for
from emcee.core.clock import Clock, seconds_since_midnight, show_day
from emcee.core.engine.actions import GIVES_TIME, Action, ActionKind
from emcee.core.engine.allotment import Plan, compute_plan
from emcee.core.engine.edits import draft_conflicts, edit_conflicts, edited_state
from emcee.core.engine.layout import Layout, Segment
from emcee.core.engine.snapshot import (
    Alert,
    AlertKind,
    Change,
    Level,
    Proposal,
    ShowState,
    Snapshot,
)
from emcee.core.engine.state import Run, State, elapsed_of, with_run
from emcee.core.engine.transitions import transition, with_changes
from emcee.core.engine.views import Views

TIME_UP_WINDOW = 5.0  # seconds after time runs out shown as TIME_UP before OVERTIME
LATE_AFTER = 1.0  # an alert reported this long after its threshold is marked late
UNDO_DEPTH = 200
MAX_LAYOUTS = 8  # schedules kept laid out (the current one and a few an undo may restore)


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
        self._plans: dict[int, Plan] = {}
        self._plans_state: State | None = None
        self._views = Views(self)

    # --- the schedule now ------------------------------------------------------------------

    def _layout_of(self, schedule: Schedule) -> Layout:
        layout = self._layouts.get(id(schedule))
        if layout is None or layout.schedule is not schedule:
            if len(self._layouts) >= MAX_LAYOUTS:  # edits are rare; forget the oldest
                del self._layouts[next(iter(self._layouts))]
            layout = Layout.of(schedule)
            self._layouts[id(schedule)] = layout
        return layout

    def layout_of(self, state: State) -> Layout:
        return self._layout_of(state.schedule)

    @property
    def layout(self) -> Layout:
        return self.layout_of(self.state)

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

    def comeback(self, segment: int) -> Action | None:
        """The speaker of ``segment``, passed over, is back: they speak after the live turn."""
        return self.perform(ActionKind.COMEBACK, target=segment)

    def question(self) -> Action | None:
        """In an open discussion or Q&A: time a question; again, its answer; again, the
        next question."""
        return self.perform(ActionKind.QUESTION)

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
            self.state = self._keep_alerts(self._undo.pop(), before)
            self.history.append(action)
            return True
        after = self._transition(before, action)
        if after is None or after == before:
            return False
        if action.kind in GIVES_TIME:
            after = self._rearm(after, action.monotonic, self.time_at(after, action.wall))
        self._undo.append(before)
        del self._undo[:-UNDO_DEPTH]
        self.state = after
        self.history.append(action)
        return True

    def _transition(self, state: State, action: Action) -> State | None:
        if action.kind is ActionKind.EDIT:
            if action.agenda is None or state.show is ShowState.ENDED:
                return None
            return self._edit(state, action.agenda)
        day = self.day_of(state, action.wall)
        at = seconds_since_midnight(day, action.wall)
        return transition(self.layout_of(state), state, action, day, at)

    def with_changes(self, state: State, changes: tuple[Change, ...]) -> State | None:
        """``state`` with a proposal's new lengths; None if a change does not fit it."""
        return with_changes(self.layout_of(state), state, changes)

    def edit_problems(self, agenda: Agenda) -> list[Problem]:
        """Why ``agenda`` cannot replace the running one now; empty when it can.

        During a show only what has not happened yet may change: items already run keep
        their phases and turns, and the live item keeps the turns up to the live one.
        Everything else (titles, notes, lengths, the items and turns still to come) may.
        The check is by position and shape (and a turn's presenter): two past items of the
        same shape swapped look like two retitled ones. The editor, which knows which row
        is which, refuses such moves before they get here.
        """
        try:
            schedule = plan(agenda)
        except AgendaError as error:
            return list(error.problems)
        return edit_conflicts(self.state, self.layout, self._layout_of(schedule))

    def draft_problems(self, draft: Agenda, schedule: Schedule | None) -> list[Problem]:
        """Why ``draft``, an agenda being edited, cannot replace the running one now; empty
        when it can. ``schedule``: the draft's plan, when it has one and nothing else is
        wrong with it (see ``edits.draft_conflicts``)."""
        new = self._layout_of(schedule) if schedule is not None else None
        return draft_conflicts(self.state, self.layout, draft, new)

    def _edit(self, state: State, agenda: Agenda) -> State | None:
        try:
            schedule = plan(agenda)
        except AgendaError:
            return None
        return edited_state(state, self.layout_of(state), self._layout_of(schedule))

    # --- time --------------------------------------------------------------------------------

    def day_of(self, state: State, wall: dt.datetime) -> dt.date:
        """The day the show's times of day count from: fixed when it starts; before, the
        one the clock at ``wall`` makes most likely for this programme."""
        if state.day is not None:
            return state.day
        schedule = state.schedule
        return show_day(schedule.start + state.shift, schedule.end + state.shift, wall)

    def time_at(self, state: State, wall: dt.datetime | None = None) -> float:
        """``wall`` (default: now) in seconds since the midnight of the show's day: a
        programme that runs past midnight goes on counting past 86,400."""
        wall = self.clock.now() if wall is None else wall
        return seconds_since_midnight(self.day_of(state, wall), wall)

    def elapsed(self, index: int, now: float | None = None) -> float:
        """Seconds segment ``index`` has run, up to ``now`` (default: the clock's now)."""
        return elapsed_of(self.state, index, self.clock.monotonic() if now is None else now)

    def plan_item(self, state: State, item_index: int, now: float, start: float | None) -> Plan:
        """Allotment and projected use of every segment of one item, by the compound rules.

        ``start`` is the item's (projected) start time of day, needed for TO_END items not
        yet started. Results are kept while the state is unchanged, except for the running
        item, whose figures move with the clock, and items timed to their end.
        """
        layout = self.layout_of(state)
        if state is not self._plans_state:
            self._plans_state = state
            self._plans.clear()
        moving = state.since is not None and layout.segments[state.current].item_index == item_index
        # An item timed to its end has a plan for each start: those are not kept (the
        # projection moves them each second while a turn runs over or is paused).
        timed = layout.to_end_items[item_index] and start is not None
        if not moving and not timed and item_index in self._plans:
            return self._plans[item_index]
        plan = compute_plan(self.layout_of(state), state, item_index, now, start)
        if not moving and not timed:
            self._plans[item_index] = plan
        return plan

    # --- alerts ------------------------------------------------------------------------------

    def lead_times(self, index: int, share: float) -> tuple[float, float]:
        """Warning and final-warning lead times of segment ``index`` while the rules give
        it ``share`` seconds (a re-split share warns as any turn of that length)."""
        layout = self.layout
        item = layout.segments[index].item.item
        warning, final = lead_times_for(share, item, layout.schedule.programme)
        return float(warning), float(final)

    def poll(self) -> list[Alert]:
        """Thresholds the current turn crossed since the last poll, each reported once.

        Call it on every tick. Time jumping past several thresholds reports each of them,
        in order, marked late. A paused turn reports none: what an action crossed while
        it was paused is reported once it runs again.
        """
        layout = self.layout
        state = self.state
        if state.show is not ShowState.RUNNING:
            return []
        now = self.clock.monotonic()
        index = state.current
        run = state.runs[index]
        total, elapsed, thresholds = self._thresholds(state, now, self.time_at(state))
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
            self.state = with_run(state, index, replace(run, fired=fired))
        return alerts

    def _thresholds(
        self, state: State, now: float, at: float
    ) -> tuple[float, float, list[tuple[AlertKind, int, float]]]:
        """The current turn's total, elapsed time and thresholds at ``now`` (day time ``at``)."""
        layout = self.layout_of(state)
        index = state.current
        segment = layout.segments[index]
        plan = self.plan_item(state, segment.item_index, now, at)
        offset = index - layout.item_segments[segment.item_index].start
        total = plan.allotted[offset] + state.runs[index].added
        elapsed = elapsed_of(state, index, now)
        warning, final = self.lead_times(index, plan.allotted[offset])
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
        """Forget the thresholds an action that gives time moved the current turn back
        over: the turn crosses them anew, so they are announced again."""
        run = state.runs[state.current]
        if not run.fired:
            return state
        total, elapsed, thresholds = self._thresholds(state, now, at)
        crossed = {(kind, minute) for kind, minute, at in thresholds if total - elapsed <= at}
        if run.fired <= crossed:
            return state
        return with_run(state, state.current, replace(run, fired=run.fired & crossed))

    def _keep_alerts(self, restored: State, undone: State) -> State:
        """``restored`` with every alert ``undone`` had given: undo gives back time and
        place, never an alert already given (an undone edit: to the same turns)."""
        before, after = self.layout_of(undone), self.layout_of(restored)
        runs = list(restored.runs)
        for index, run in enumerate(undone.runs):
            if not run.fired:
                continue
            same = before is after
            target = index if same else after.position_of(before.segments[index])
            if target is not None and not run.fired <= runs[target].fired:
                runs[target] = replace(runs[target], fired=runs[target].fired | run.fired)
        return replace(restored, runs=tuple(runs))

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
        """The show now: everything a view needs, as one immutable value."""
        return self._views.snapshot()
