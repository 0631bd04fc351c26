"""Clocks. Durations come from ``monotonic()``; ``now()`` (wall time) is for times of day only.

A jump of the wall clock (NTP, daylight saving, someone setting the laptop's clock) moves
``now()`` but never ``monotonic()``, so no remaining time changes with it.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never jumps."""
        ...

    def now(self) -> dt.datetime:
        """The local wall time, timezone-aware."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()


class FakeClock:
    """A clock that moves only when told to: a whole afternoon runs in milliseconds."""

    def __init__(self, start: dt.datetime | None = None, monotonic: float = 1000.0) -> None:
        self._wall = start or dt.datetime(2023, 6, 23, 12, 55, tzinfo=dt.UTC)
        self._monotonic = monotonic

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> dt.datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Time passes: both clocks move."""
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._monotonic += seconds
        self._wall += dt.timedelta(seconds=seconds)

    def set_time_of_day(self, hours: int, minutes: int = 0, seconds: float = 0.0) -> None:
        """Advance until the wall clock shows this time (today)."""
        target = self._wall.replace(hour=hours, minute=minutes, second=0, microsecond=0)
        target += dt.timedelta(seconds=seconds)
        self.advance((target - self._wall).total_seconds())

    def jump_wall(self, seconds: float) -> None:
        """Someone changes the laptop's clock: only the wall time moves."""
        self._wall += dt.timedelta(seconds=seconds)


def time_of_day(moment: dt.datetime) -> float:
    """Seconds since midnight of ``moment``'s own day."""
    return moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6
