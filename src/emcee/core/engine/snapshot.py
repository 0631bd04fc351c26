"""What the show looks like at one moment: immutable values that every view renders.

Times of day are seconds since local midnight (floats); durations are seconds. Positive
drift means the programme is behind plan, negative means ahead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from emcee.core.agenda.model import OPEN_FLOOR, Item, PhaseKind, TimerStyle
from emcee.core.agenda.schedule import PlannedItem, PlannedTurn
from emcee.core.engine.projection import Projection


class Level(IntEnum):
    """How urgent the current turn is; higher is more urgent."""

    NORMAL = 0
    WARNING = 1
    FINAL = 2
    TIME_UP = 3  # the first seconds after time ran out
    OVERTIME = 4


class AlertKind(StrEnum):
    WARNING = "warning"
    FINAL = "final"
    TIME_UP = "time-up"
    OVERTIME = "overtime"  # each further full minute of overtime


class Status(StrEnum):
    DONE = "done"
    LIVE = "live"
    NEXT = "next"
    UPCOMING = "upcoming"
    SKIPPED = "skipped"


class ShowState(StrEnum):
    READY = "ready"  # not started yet
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True, slots=True)
class Alert:
    """A threshold the current turn crossed. Fired once per turn and crossing."""

    kind: AlertKind
    segment: int
    minute: int  # for OVERTIME: which full minute (1, 2, ...); else 0
    at_remaining: float  # the remaining time at which the threshold lies (0 for time-up)
    late: bool  # crossed noticeably before it was reported (the event loop stalled)
    speaker: str  # who the turn belongs to, for the banner
    overtime: float  # seconds over at the moment of reporting (0 if not over)


@dataclass(frozen=True, slots=True)
class SegmentView:
    """One timed turn: a speaker's share, a discussion, or a whole item."""

    index: int
    item_index: int
    phase_index: int
    turn_index: int
    kind: PhaseKind
    turn: PlannedTurn
    status: Status
    allotted: float  # what the rules give the turn now (without operator-added time)
    added: float  # operator-added time (negative when removed)
    elapsed: float
    actual_start: float | None  # time of day of its first start

    @property
    def remaining(self) -> float:
        return self.allotted + self.added - self.elapsed


@dataclass(frozen=True, slots=True)
class ItemView:
    index: int
    planned: PlannedItem
    status: Status
    planned_start: float  # time of day (shifted when the plan was moved to start now)
    planned_duration: float  # after any applied rebalancing
    phase_lengths: tuple[int, ...]  # each phase's planned length, after rebalancing
    actual_start: float | None
    actual_end: float | None  # once the item is left
    actual_duration: float | None  # so far for the live item
    over_under: float | None  # actual (or projected, when live) minus planned length

    @property
    def title(self) -> str:
        return self.planned.item.title


@dataclass(frozen=True, slots=True)
class QuestionTimer:
    """The second, smaller countdown of an open discussion: a question from the floor, or
    its answer. It never changes the discussion's own time."""

    number: int  # 1-based within the turn
    answering: bool  # False: the question is being put
    allotted: float
    remaining: float  # negative = over


@dataclass(frozen=True, slots=True)
class Current:
    """The live turn, as the timers show it."""

    segment: SegmentView
    item: ItemView
    elapsed: float
    allotted: float
    added: float
    remaining: float  # negative = overtime
    level: Level
    warning_lead: float
    final_lead: float
    timer: TimerStyle
    turn_number: int  # 1-based within a shared phase
    turns_in_phase: int
    block_remaining: float | None  # time left in a shared phase, None if not shared
    target_time: float | None  # for TO_END timers: the time of day counted to
    question: QuestionTimer | None = None  # a question timed in an open discussion


@dataclass(frozen=True, slots=True)
class Change:
    """One proposed shorter length: for an item, or one phase of it."""

    item_index: int
    phase: PhaseKind | None  # None: the whole (single-phase) item
    planned: int
    proposed: int
    # Which of the item's phases; None (journals written before items had phases of any
    # kind): the first of its kind.
    phase_index: int | None = None

    @property
    def saving(self) -> int:
        return self.planned - self.proposed


@dataclass(frozen=True, slots=True)
class Proposal:
    """Shorter lengths for the items still to come so that the programme ends on time."""

    target_end: float  # time of day aimed at (hard end, else the planned end)
    projected_end: float  # before the changes
    changes: tuple[Change, ...]
    shortfall: float  # what could not be absorbed without going below the minimums

    @property
    def saving(self) -> int:
        return sum(change.saving for change in self.changes)


@dataclass(frozen=True, slots=True)
class Snapshot:
    monotonic: float
    time_of_day: float  # the wall clock now
    date: dt.date  # the wall clock's date
    state: ShowState
    current: Current | None  # None before the start and after the end
    next_segment: SegmentView | None  # what comes after the live turn
    next_item: ItemView | None  # the first item still to come
    # Views that did not change since the last snapshot are the same objects.
    items: tuple[ItemView, ...]
    segments: tuple[SegmentView, ...]
    projection: Projection  # when the live item and the items to come are expected
    drift: float  # + behind plan, - ahead
    planned_end: float
    projected_end: float
    hard_end: float | None
    proposal: Proposal | None  # when the projected end passes the target
    can_undo: bool

    @property
    def running(self) -> bool:
        return self.state is ShowState.RUNNING

    def expected_start(self, item: int) -> float | None:
        """When item ``item`` (an index) starts: started, if live; expected, if to come;
        None for an item that is over or skipped."""
        return self.projection.start_of(item)

    def expected_end(self, item: int) -> float | None:
        """When item ``item`` is expected to end, if it is live or to come."""
        return self.projection.end_of(item)


def who_and_what(segment: SegmentView, item: Item) -> tuple[str, str]:
    """The speaker (organisation) and the title a turn is shown with, on the presenter
    screen and on the web views alike."""
    speaker = segment.turn.speaker
    if segment.kind is PhaseKind.ROLL_CALL and not item.phases[segment.phase_index].on_screen:
        return "", item.title  # the names called are the MC's, unless the agenda shows them
    if speaker is not None:
        return speaker.presenter, speaker.title or item.title
    if segment.kind in OPEN_FLOOR:
        return "", item.title
    return item.presenter, item.title
