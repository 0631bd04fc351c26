"""The agenda as the organiser wrote it: programme, items, phases and speakers.

These values keep what was written (a start *or* a duration, or both), so saving an
agenda gives back the organiser's file. ``emcee.core.agenda.schedule`` derives the full plan.
All times are whole seconds: times of day since midnight, durations as lengths.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class ItemKind(StrEnum):
    REGISTRATION = "registration"
    OPENING = "opening"
    REPORT = "report"
    TALK = "talk"
    SESSION = "session"
    BREAK = "break"
    CLOSING = "closing"
    OTHER = "other"


class PhaseKind(StrEnum):
    """What happens in a phase of an item, as Korean run sheets name it."""

    MAIN = "main"  # an item without phases is one phase (never written)
    PRESENTATION = "presentation"  # 발표: one speaker or several sharing it
    DESIGNATED = "designated"  # 지정토론: named discussants, each with their own time
    DISCUSSION = "discussion"  # 종합토론: open discussion, the floor's questions
    QA = "qa"  # 질의응답
    REMARKS = "remarks"  # 마무리 발언, 총평: closing remarks
    PERFORMANCE = "performance"  # 공연
    PHOTO = "photo"  # 기념촬영
    ROLL_CALL = "roll-call"  # 내빈 소개, 시상: names called one after the other


# The question timer's lengths unless the item says (seconds).
QUESTION = 60
ANSWER = 120

# The floor's phases: nobody presents, the room discusses or asks.
OPEN_FLOOR = frozenset({PhaseKind.DISCUSSION, PhaseKind.QA})
# The phases that give way by default: an earlier phase running over takes their time
# (and one ending early gives them its time), so that the item still ends on time.
GIVES_WAY = OPEN_FLOOR


class TimerStyle(StrEnum):
    COUNTDOWN = "countdown"  # time left in the turn
    COUNTUP = "countup"  # time used so far
    CLOCK = "clock"  # the time of day
    TO_END = "to-end"  # time left until the item's scheduled end (breaks: the restart time)


class Shares(StrEnum):
    """What happens to the remaining speakers' turns when one speaker runs over or under."""

    EVEN = "even"  # split what is left of the phase evenly among the remaining speakers
    FIXED = "fixed"  # everyone keeps the planned share


@dataclass(frozen=True)
class Speaker:
    """One presenter's turn inside a presentation phase."""

    presenter: str
    title: str = ""
    duration: int | None = None  # None: an even share of what the explicit turns leave
    notes: str = ""
    mc: str = ""  # the MC's lines for this turn (사회자 멘트): who they are, what they do


@dataclass(frozen=True)
class Phase:
    """One timed part of an item written in the long form (``[[items.phases]]``)."""

    kind: PhaseKind
    duration: int | None = None  # None: its speakers' times added up, else the item's rest
    title: str = ""  # what the programme calls it ("주제발표"); "": the kind's name
    speakers: tuple[Speaker, ...] = ()  # a presentation's speakers, the discussants, ...
    # Whether it gives way to an earlier phase that runs over; None: the kind's default
    # (see ``gives_way``).
    gives_way: bool | None = None
    notes: str = ""
    mc: str = ""  # the MC's lines at the phase's start
    on_screen: bool = False  # a roll call's names on the presenter screen too


def gives_way(phase: Phase) -> bool:
    """Whether the item's earlier phases running over take ``phase``'s time (and ending
    early gives it theirs): as written, else the kind's default."""
    return phase.gives_way if phase.gives_way is not None else phase.kind in GIVES_WAY


@dataclass(frozen=True)
class Item:
    title: str
    kind: ItemKind = ItemKind.OTHER
    part: str = ""  # e.g. "2부": consecutive items with the same part form a group
    presenter: str = ""
    notes: str = ""  # for the moderator (the run sheet's 비고 column)
    start: int | None = None
    duration: int | None = None
    # The short form of two phases: a presentation (its speakers are ``speakers``), then a
    # discussion that gives way to it unless ``protect_discussion``.
    presentation: int | None = None
    discussion: int | None = None
    speakers: tuple[Speaker, ...] = ()  # the presentation's, or the item's when no phases
    shares: Shares = Shares.EVEN
    protect_discussion: bool = False  # True: a long presentation delays the item instead
    warning: int | None = None  # lead times; None: the programme's, else the automatic rule
    final_warning: int | None = None
    timer: TimerStyle | None = None  # None: the kind's default (see default_timer)
    minimum: int | None = None  # shortest length a rebalancing may give the item
    phases: tuple[Phase, ...] = ()  # the long form: phases of any number and kind
    # The question timer's lengths in the item's open discussion or Q&A (None: 1 and 2
    # minutes): a question from the floor, then its answer.
    question: int | None = None
    answer: int | None = None
    # Who chairs the item (좌장); on the first item of a part, the part's chair.
    chair: str = ""
    mc: str = ""  # the MC's lines (사회자 멘트) at the item's start: its introduction

    @property
    def has_phases(self) -> bool:
        return bool(self.phases) or self.presentation is not None or self.discussion is not None

    @property
    def question_length(self) -> int:
        return self.question if self.question is not None else QUESTION

    @property
    def answer_length(self) -> int:
        return self.answer if self.answer is not None else ANSWER

    @property
    def timer_style(self) -> TimerStyle:
        return self.timer if self.timer is not None else default_timer(self.kind)


def default_timer(kind: ItemKind) -> TimerStyle:
    # A break ends at a time of day the audience was told ("14:55 재개"), so it counts to that.
    return TimerStyle.TO_END if kind is ItemKind.BREAK else TimerStyle.COUNTDOWN


class ChimeLevel(StrEnum):
    """The alerts at which the room chime may sound (overtime's knocks never do)."""

    WARNING = "warning"
    FINAL = "final"
    TIME_UP = "time-up"


CHIME_LEVELS = (ChimeLevel.TIME_UP,)  # [programme.chime] without ``levels``
CHIME_VOLUME = 80  # [programme.chime] without ``volume`` (0 to 100)


@dataclass(frozen=True)
class Programme:
    title: str
    subtitle: str = ""
    date: dt.date | None = None
    venue: str = ""
    organiser: str = ""
    start: int | None = None  # may be omitted when the first item has a start
    hard_end: int | None = None  # the latest the programme may end (venue, live stream)
    warning: int | None = None  # programme-wide lead times; None: the automatic rule
    final_warning: int | None = None
    # The room chime through the hall's PA ([programme.chime]): the levels it sounds at,
    # in ChimeLevel's order; none (the default): off.
    chime: tuple[ChimeLevel, ...] = ()
    chime_volume: int = CHIME_VOLUME


@dataclass(frozen=True)
class Agenda:
    programme: Programme
    items: tuple[Item, ...] = field(default=())


def chair_of(items: Sequence[Item], index: int) -> str:
    """The chair of ``items[index]``: its own, else the one last named before it in the
    same part (a part's chair is written once, on its first item)."""
    item = items[index]
    if item.chair or not item.part:
        return item.chair
    for earlier in reversed(items[:index]):
        if earlier.part != item.part:
            break
        if earlier.chair:
            return earlier.chair
    return ""
