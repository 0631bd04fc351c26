"""The one way emcee writes durations and times of day, in files and on screen.

Durations are whole seconds, written with units: ``"30m"``, ``"1m30s"``, ``"45s"``, ``"1h10m"``.
Times of day are seconds since midnight, written ``"13:00"`` (or ``"13:00:30"``); a programme
that runs into the next morning may write its next-day times past 24 hours (``"24:30"`` is
00:30 the next day).
"""

from __future__ import annotations

import math
import re

DAY = 24 * 3600

# The longest duration read: anything longer is a mistake (a unit or digits too many).
MAX_DURATION = 7 * DAY
_MAX_DIGITS = 9  # a number this long is over MAX_DURATION in any unit

# Matched against the stripped text: no two runs of spaces can meet, which made the old
# pattern backtrack in the fourth power of a run of spaces (800 of them took minutes).
_DURATION = re.compile(
    r"(?:(?P<h>\d+)\s*h\s*)?(?:(?P<m>\d+)\s*m\s*)?(?:(?P<s>\d+)\s*s)?", re.IGNORECASE
)
_TIME_OF_DAY = re.compile(r"^\s*(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*$")


def parse_duration(text: str) -> int | None:
    """Seconds for ``"1h30m"``, ``"20m"``, ``"1m30s"``, ``"45s"``; None if it is not that form.

    A duration longer than MAX_DURATION comes back as MAX_DURATION + 1, for the caller to
    refuse, and a number of thousands of digits is never converted (int() refuses them).
    """
    match = _DURATION.fullmatch(text.strip())
    if match is None or not any(match.group(g) for g in "hms"):
        return None
    parts = [(match.group(g) or "0").lstrip("0") or "0" for g in "hms"]
    if any(len(part) > _MAX_DIGITS for part in parts):
        return MAX_DURATION + 1
    hours, minutes, seconds = (int(part) for part in parts)
    return min(hours * 3600 + minutes * 60 + seconds, MAX_DURATION + 1)


def format_duration(seconds: int) -> str:
    """The file form of a duration: minutes and seconds, e.g. ``"90m"``, ``"4m30s"``, ``"45s"``."""
    sign = "-" if seconds < 0 else ""
    minutes, secs = divmod(abs(seconds), 60)
    if minutes and secs:
        return f"{sign}{minutes}m{secs}s"
    if minutes:
        return f"{sign}{minutes}m"
    return f"{sign}{secs}s"


def parse_time_of_day(text: str) -> int | None:
    """Seconds since midnight for ``"13:00"`` or ``"13:00:30"``, and for the next day's
    ``"24:00"`` to ``"47:59"``; None if not a valid time."""
    match = _TIME_OF_DAY.match(text)
    if match is None:
        return None
    hours, minutes, seconds = (int(match.group(g) or 0) for g in "hms")
    if hours >= 48 or minutes > 59 or seconds > 59:
        return None
    return hours * 3600 + minutes * 60 + seconds


def format_time_of_day(seconds: int, *, wrap: bool = True) -> str:
    """``"13:05"``, or ``"13:05:30"`` when the seconds are not zero. Wraps past midnight
    (``wrap=False``: the next day's 00:30 is ``"24:30"``, as agenda files may write it)."""
    if wrap:
        seconds %= DAY
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if secs:
        return f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return f"{hours:02d}:{minutes:02d}"


def format_wall_clock(seconds: float) -> str:
    """A wall clock with seconds: ``"14:23:05"`` (wraps past midnight)."""
    whole = int(seconds) % DAY
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def format_clock(seconds: float) -> str:
    """A timer's face: ``"04:05"`` under an hour, ``"1:02:03"`` above, ``"+01:23"`` in overtime.

    Each face shows for exactly one second: a countdown shows the ceiling (so it reads
    00:00 only once time is really up), overtime the floor (so +00:01 appears one
    second after time-up).
    """
    overtime = seconds < 0
    whole = int(-seconds // 1) if overtime else int(-(-seconds // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    face = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return ("+" if overtime and whole else "") + face


def format_length(seconds: float) -> str:
    """A length that ran (what a turn took): ``"04:24"``, ``"1:02:03"``, to the nearest
    second, the rounding of ``format_signed`` and of the report, so that a length and its
    over/under always add up."""
    whole = round(abs(seconds))
    minutes, secs = divmod(whole, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def format_signed(seconds: float) -> str:
    """An over/under or a drift in whole seconds: ``"+01:30"``, ``"–00:45"``, ``"00:00"``."""
    whole = round(seconds)
    minutes, secs = divmod(abs(whole), 60)
    hours, minutes = divmod(minutes, 60)
    face = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    if whole > 0:
        return "+" + face
    if whole < 0:
        return "–" + face
    return face


def format_minutes(seconds: int) -> str:
    """A length for schedules and tables: ``"30m"``, ``"4m30s"``, ``"1h30m"``."""
    if seconds % 60 == 0 and seconds >= 2 * 3600:
        hours, minutes = divmod(seconds // 60, 60)
        return f"{hours}h{minutes:02d}m" if minutes else f"{hours}h"
    return format_duration(seconds)


# Steps between the labels of a time-of-day axis: whole minutes up to two hours.
# Up to half a day: a long programme (06:00-22:20) in a small chart still gets room.
TIME_AXIS_STEPS = (60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200)


def time_axis_ticks(low: float, high: float, most: int) -> tuple[int, list[float]]:
    """Where to label a time-of-day axis from ``low`` to ``high`` (seconds since midnight):
    the smallest step giving at most ``most`` labels (at least two), and its multiples."""
    span = max(high - low, 1.0)
    most = max(2, most)
    step = next((s for s in TIME_AXIS_STEPS if span / s <= most), TIME_AXIS_STEPS[-1])
    first = math.ceil(low / step) * step
    count = int((high - first) // step) + 1
    return step, [float(first + i * step) for i in range(max(0, count))]
