"""Clocks. Durations come from ``monotonic()``; ``now()`` (wall time) is for times of day only.

A jump of the wall clock (NTP, daylight saving, someone setting the laptop's clock) moves
``now()`` but never ``monotonic()``, so no remaining time changes with it.

Time a laptop spends asleep (the lid closed mid-turn) is time the speaker spoke, so the
system clock's ``monotonic()`` is one that keeps counting through suspend, and one that
every process of the same boot reads alike, so that the downtime between a crash and a
resume is measured on it too (``timeline()`` names it; see docs/timing-rules.md):

- Linux: ``CLOCK_BOOTTIME`` (time since boot, suspend included); the boot is
  ``/proc/sys/kernel/random/boot_id``.
- macOS: ``CLOCK_MONOTONIC``, which on macOS counts sleep (unlike Python's
  ``time.monotonic()``, which stops); the boot is ``kern.bootsessionuuid``.
- Windows: ``QueryInterruptTimePrecise`` (interrupt time since boot, sleep and hibernation
  included); the boot is the registry's ``BootId`` counter.
- Anywhere one of these is missing: ``time.monotonic()``, a clock of this process alone
  (``timeline()`` is None: across a crash only the wall clock can tell the downtime).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never jumps; counts time spent asleep."""
        ...

    def now(self) -> dt.datetime:
        """The local wall time, timezone-aware."""
        ...

    def timeline(self) -> str | None:
        """Who else reads the same ``monotonic()``: a name shared by every process of this
        boot (so a stamp written before a crash can be compared with one read after it),
        or None when the readings are this process's alone."""
        ...


# A clock's reader, its name (for the journal) and the boot it counts from (None: unknown).
_Found = tuple[Callable[[], float], str, str | None]


def _read_text(path: str) -> str | None:
    try:
        with open(path, encoding="ascii") as stream:
            return stream.read().strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _linux_clock() -> _Found | None:
    if sys.platform != "linux":
        return None
    boottime = time.CLOCK_BOOTTIME
    try:
        time.clock_gettime(boottime)
    except OSError:
        return None
    boot = _read_text("/proc/sys/kernel/random/boot_id")
    return (lambda: time.clock_gettime(boottime)), "linux-boottime", boot


def _macos_clock() -> _Found | None:
    if sys.platform != "darwin":
        return None
    import ctypes
    import ctypes.util

    boot = None
    with contextlib.suppress(OSError, AttributeError, TypeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        size = ctypes.c_size_t(64)
        buffer = ctypes.create_string_buffer(size.value)
        found = libc.sysctlbyname(b"kern.bootsessionuuid", buffer, ctypes.byref(size), None, 0)
        if found == 0 and buffer.value:
            boot = buffer.value.decode("ascii", "replace")
    monotonic = time.CLOCK_MONOTONIC
    return (lambda: time.clock_gettime(monotonic)), "macos-monotonic", boot


def _windows_clock() -> _Found | None:
    if sys.platform != "win32":
        return None
    import ctypes
    import winreg

    query = None
    for library in ("kernelbase", "api-ms-win-core-realtime-l1-1-1"):
        with contextlib.suppress(OSError, AttributeError):
            query = ctypes.WinDLL(library).QueryInterruptTimePrecise
            break
    if query is None:
        return None
    ticks = ctypes.c_ulonglong()

    def read() -> float:
        query(ctypes.byref(ticks))
        return ticks.value / 1e7  # 100-nanosecond units

    boot = None
    with contextlib.suppress(OSError):
        path = r"SYSTEM\CurrentControlSet\Control\Session Manager\Memory Management"
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, path + r"\PrefetchParameters") as key:
            boot = str(winreg.QueryValueEx(key, "BootId")[0])
    return read, "windows-interrupt-time", boot


def _system_clock() -> _Found:
    """The best clock this platform has: its reader, its name, and the boot it counts from."""
    for finder in (_linux_clock, _macos_clock, _windows_clock):
        with contextlib.suppress(Exception):  # any surprise: the process's own clock
            found = finder()
            if found is not None:
                return found
    return time.monotonic, "process-monotonic", None


class SystemClock:
    def __init__(self) -> None:
        self._read, self.source, boot = _system_clock()
        self._timeline = f"{self.source}:{boot}" if boot is not None else None

    def monotonic(self) -> float:
        return self._read()

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()

    def timeline(self) -> str | None:
        return self._timeline


class FakeClock:
    """A clock that moves only when told to: a whole afternoon runs in milliseconds.

    ``timeline``: None (the default) makes each FakeClock a separate process's clock; give
    two clocks the same name to make them two processes of one boot (see ``process``).
    """

    source = "fake"

    def __init__(
        self,
        start: dt.datetime | None = None,
        monotonic: float = 1000.0,
        timeline: str | None = None,
    ) -> None:
        self._wall = start or dt.datetime(2023, 6, 23, 12, 55, tzinfo=dt.UTC)
        self._monotonic = monotonic
        self._timeline = timeline

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> dt.datetime:
        return self._wall

    def timeline(self) -> str | None:
        return self._timeline

    def advance(self, seconds: float) -> None:
        """Time passes: both clocks move (also while the laptop sleeps, as on the real one)."""
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._monotonic += seconds
        self._wall += dt.timedelta(seconds=seconds)

    def set_time_of_day(self, hours: int, minutes: int = 0, seconds: float = 0.0) -> None:
        """Advance until the wall clock shows this time (today)."""
        target = self._wall.replace(hour=hours, minute=minutes, second=0, microsecond=0)
        target += dt.timedelta(seconds=seconds)
        self.advance((target - self._wall).total_seconds())

    def stand_at(self, monotonic: float, wall: dt.datetime) -> None:
        """Read these values now (a journal's entries, replayed one by one)."""
        self._monotonic = monotonic
        self._wall = wall

    def jump_wall(self, seconds: float) -> None:
        """Someone changes the laptop's clock (or NTP does): only the wall time moves."""
        self._wall += dt.timedelta(seconds=seconds)

    def process(self) -> FakeClock:
        """Another process's clock on this boot, now: the same readings and timeline."""
        return FakeClock(self._wall, self._monotonic, self._timeline)

    def reboot(self, seconds_off: float, timeline: str) -> None:
        """The computer is off for ``seconds_off`` and boots again: the wall clock moves on,
        the boot clock starts again near zero on a new timeline."""
        self._wall += dt.timedelta(seconds=seconds_off)
        self._monotonic = 20.0  # the app starts a little after the boot
        self._timeline = timeline


def time_of_day(moment: dt.datetime) -> float:
    """Seconds since midnight of ``moment``'s own day."""
    return moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6


def seconds_since_midnight(day: dt.date, moment: dt.datetime) -> float:
    """Seconds from the midnight that begins ``day`` to ``moment``, as its wall clock reads:
    past 86,400 the next day, negative the day before (a show's times run past midnight)."""
    days = (moment.date() - day).days
    return days * 86400 + time_of_day(moment)


DAY = 86400.0
# Planned this long ago today, a programme is more likely tomorrow's (00:30 seen at 23:50).
TOMORROW_AFTER = 12 * 3600.0


def show_day(start: float, end: float, moment: dt.datetime) -> dt.date:
    """The day whose midnight a programme planned from ``start`` to ``end`` (seconds since
    its midnight, ``end`` past 86,400 when it runs into the next morning) counts from, seen
    at ``moment``: today, unless ``moment`` is in the small hours of a programme that began
    yesterday evening (yesterday), or the programme was planned to start more than 12 hours
    ago today (tomorrow: a night programme opened the evening before)."""
    today = moment.date()
    now = time_of_day(moment)
    if end > DAY and now + DAY < end:
        return today - dt.timedelta(days=1)
    if now - start > TOMORROW_AFTER:
        return today + dt.timedelta(days=1)
    return today
