"""The agenda as the organiser wrote it: programme, items, phases and speakers.

These values keep what was written (a start *or* a duration, or both), so saving an
agenda gives back the organiser's file. ``emcee.core.agenda.schedule`` derives the full plan.
All times are whole seconds: times of day since midnight, durations as lengths.
"""

from __future__ import annotations

import datetime as dt
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


@dataclass(frozen=True)
class Item:
    title: str
    kind: ItemKind = ItemKind.OTHER
    part: str = ""  # e.g. "2부": consecutive items with the same part form a group
    presenter: str = ""
    notes: str = ""  # for the moderator (the run sheet's 비고 column)
    start: int | None = None
    duration: int | None = None
    presentation: int | None = None  # a session's presentation phase
    discussion: int | None = None  # a session's discussion phase
    speakers: tuple[Speaker, ...] = ()
    shares: Shares = Shares.EVEN
    protect_discussion: bool = False  # True: a long presentation delays the item instead
    warning: int | None = None  # lead times; None: the programme's, else the automatic rule
    final_warning: int | None = None
    timer: TimerStyle | None = None  # None: the kind's default (see default_timer)
    minimum: int | None = None  # shortest length a rebalancing may give the item

    @property
    def has_phases(self) -> bool:
        return self.presentation is not None or self.discussion is not None

    @property
    def timer_style(self) -> TimerStyle:
        return self.timer if self.timer is not None else default_timer(self.kind)


def default_timer(kind: ItemKind) -> TimerStyle:
    # A break ends at a time of day the audience was told ("14:55 재개"), so it counts to that.
    return TimerStyle.TO_END if kind is ItemKind.BREAK else TimerStyle.COUNTDOWN


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


@dataclass(frozen=True)
class Agenda:
    programme: Programme
    items: tuple[Item, ...] = field(default=())
