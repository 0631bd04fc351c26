"""Moments of the reference event for presenter tests, on a fake clock."""

from __future__ import annotations

import datetime as dt

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.agenda.model import PhaseKind
from emcee.core.agenda.schedule import Schedule
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import Snapshot
from emcee.ui.controller import Overlay
from emcee.ui.face import PALETTES
from emcee.ui.presenter.picture import Picture, make_picture

# Items of the reference event (0-based).
REGISTRATION, OPENING, REPORT, PART1, PART2, BREAK1, PART3, BREAK2, PART4, CLOSING = range(10)


def reference() -> Schedule:
    return load(resources.reference_agenda())[1]


def segment(show: Show, item: int, kind: PhaseKind = PhaseKind.MAIN, turn: int = 0) -> int:
    return next(
        s.index
        for s in show.segments
        if s.item_index == item and s.phase.kind is kind and s.turn_index == turn
    )


def show_at(
    start: tuple[int, int],
    item: int,
    kind: PhaseKind = PhaseKind.MAIN,
    turn: int = 0,
    *,
    turns_before: int = 0,
) -> tuple[Show, FakeClock]:
    """The show started at ``start`` on (item, kind, turn), after ``turns_before`` turns run
    exactly on time."""
    clock = FakeClock(dt.datetime(2023, 6, 23, 12, 0, tzinfo=dt.UTC))
    clock.set_time_of_day(*start)
    show = Show(reference(), clock)
    show.jump(segment(show, item, kind, turn))
    show.start()
    for _ in range(turns_before):
        current = show.snapshot().current
        assert current is not None
        clock.advance(current.remaining)
        show.next()
    return show, clock


def run_until(show: Show, clock: FakeClock, remaining: float) -> Snapshot:
    """Let the live turn run until ``remaining`` seconds are left (negative: overtime)."""
    current = show.snapshot().current
    assert current is not None
    clock.advance(current.remaining - remaining)
    show.poll()
    return show.snapshot()


def picture(
    show: Show,
    overlay: Overlay | None = None,
    *,
    language: str = "ko",
    palette: str = "standard",
    overtime_blink: bool = False,
) -> Picture:
    return make_picture(
        show.snapshot(),
        overlay or Overlay(),
        PALETTES[palette],
        language,
        programme=show.schedule.programme,
        overtime_blink=overtime_blink,
    )
