"""What has happened in a show so far: an immutable value that each action replaces.

Undo keeps earlier values; replaying the journal's actions rebuilds the same values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from emcee.core.agenda.schedule import Schedule
from emcee.core.engine.snapshot import AlertKind, ShowState


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
    share: float | None = None  # the allotment it had when last left: a turn over keeps it
    fired: frozenset[tuple[AlertKind, int]] = frozenset()


@dataclass(frozen=True, slots=True)
class Comeback:
    """Speakers of the item the show has reached who were passed over and are back.

    They speak in this order after the turn the show had reached (or at once, when the
    operator jumped back to one), then Next goes on after that turn: the turns between
    are over and are not called again.
    """

    turns: tuple[int, ...]  # in the order they speak
    reached: int  # the furthest turn the show had reached
    elapsed: tuple[float, ...]  # what each had run before they were passed over

    def waiting(self, current: int) -> tuple[int, ...]:
        """The turns brought back that have not spoken yet (the live one excluded)."""
        if current in self.turns:
            return self.turns[self.turns.index(current) + 1 :]
        return self.turns


@dataclass(frozen=True, slots=True)
class Question:
    """A question from the floor timed in an open discussion or Q&A. Its moments are the
    turn's own running time (``Run.elapsed``), so a pause stops its timer too."""

    segment: int
    asked: float
    answered: float | None = None  # when the answer began
    closed: float | None = None  # when the next question was put; None: until the turn ends

    def part_starts(self) -> float:
        """When the part that runs now (the question, else the answer) began."""
        return self.asked if self.answered is None else self.answered


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
    # The day whose midnight the show's times of day count from, fixed at the start
    # (before it, the clock decides: see ``clock.show_day``).
    day: dt.date | None = None
    comeback: Comeback | None = None
    questions: tuple[Question, ...] = ()  # every question timed so far, in order


def elapsed_of(state: State, index: int, now: float) -> float:
    run = state.runs[index]
    if index == state.current and state.since is not None:
        return run.elapsed + (now - state.since)
    return run.elapsed


def is_past(state: State, index: int) -> bool:
    """Whether a turn is behind the show: before the live one, or, when speakers were
    brought back, up to the turn the show had reached, but for those still to speak."""
    comeback = state.comeback
    if comeback is None:
        return index < state.current
    if index == state.current or index in comeback.waiting(state.current):
        return False
    return index < state.current or min(comeback.turns) < index <= comeback.reached


def open_question(state: State) -> Question | None:
    """The live turn's question still timed: its last, unless the turn was left since."""
    last = state.questions[-1] if state.questions else None
    if last is None or last.segment != state.current or last.closed is not None:
        return None
    return last


def with_run(state: State, index: int, run: Run) -> State:
    runs = list(state.runs)
    runs[index] = run
    return replace(state, runs=tuple(runs))
