"""Helpers for engine tests: a show on a fake clock, and playing turns second by second."""

from __future__ import annotations

import datetime as dt
import textwrap

from emcee import resources
from emcee.core.agenda.file import load, loads
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import Alert


def clock_at(hours: int, minutes: int = 0) -> FakeClock:
    return FakeClock(dt.datetime(2023, 6, 23, hours, minutes, tzinfo=dt.UTC))


def reference_show(hours: int = 13, minutes: int = 0) -> tuple[Show, FakeClock]:
    clock = clock_at(hours, minutes)
    return Show(load(resources.reference_agenda())[1], clock), clock


def show_of(text: str, hours: int = 9, minutes: int = 0) -> tuple[Show, FakeClock]:
    clock = clock_at(hours, minutes)
    return Show(loads(textwrap.dedent(text))[1], clock), clock


def remaining(show: Show) -> float:
    current = show.snapshot().current
    assert current is not None
    return current.remaining


def run_for(show: Show, clock: FakeClock, seconds: float, step: float = 1.0) -> list[Alert]:
    """Let ``seconds`` pass, polling every ``step`` like the console's tick does."""
    alerts: list[Alert] = []
    while seconds > 1e-9:
        advance = min(step, seconds)
        clock.advance(advance)
        seconds -= advance
        alerts += show.poll()
    return alerts


def play_turn(show: Show, clock: FakeClock, extra: float = 0.0) -> list[Alert]:
    """Let the live turn run out (plus ``extra`` seconds over), then move on."""
    alerts = run_for(show, clock, remaining(show) + extra)
    show.next()
    return alerts


def hm(text: str) -> float:
    hours, minutes = text.split(":")
    return int(hours) * 3600 + int(minutes) * 60
