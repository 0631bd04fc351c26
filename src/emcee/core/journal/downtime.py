"""How long the app was down, by the best clock that can tell, and the journal's
monotonic stamps moved onto the clock of the run that replays it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from emcee.core.clock import Clock
from emcee.core.journal.records import Entry, Header, ResumeEntry


def timeline_of(entry: Entry) -> str:
    """The timeline of the clock a header or resume entry's run stamped with ("": unknown)."""
    clock = entry.clock if isinstance(entry, Header | ResumeEntry) else {}
    return clock.get("timeline", "")


@dataclass(frozen=True)
class Downtime:
    """How long the app was down: from its journal's last entry to now."""

    seconds: float | None  # None: no clock can tell, and the operator must say
    source: str  # "boot-clock", "wall-clock" or "operator"; "" when unknown
    wall_gap: float  # what the wall clock says (negative when it was set back)
    at_least: float  # the least it can be: after a restart, the time since the boot


def measure_downtime(
    last_wall: dt.datetime, last_monotonic: float, last_timeline: str, clock: Clock
) -> Downtime:
    """The time since a journal's last entry, by the best clock that can tell.

    On the same boot, the boot clock the entry was stamped with (it counts through sleep
    and cannot be set: NTP correcting the wall clock by an hour changes nothing). Across a
    restart of the computer only the wall clock can tell; it is believed unless it gives
    less than the time since this boot (it was set back), and then nobody can tell.
    """
    timeline = clock.timeline()
    wall_gap = (clock.now() - last_wall).total_seconds()
    if timeline and timeline == last_timeline:
        seconds = clock.monotonic() - last_monotonic
        if seconds >= 0:
            return Downtime(seconds, "boot-clock", wall_gap, 0.0)
    rebooted = bool(timeline and last_timeline)  # both known, and different
    at_least = max(0.0, clock.monotonic()) if rebooted else 0.0
    if wall_gap >= at_least:
        return Downtime(wall_gap, "wall-clock", wall_gap, at_least)
    return Downtime(None, "", wall_gap, at_least)


def mapped_monotonic(
    entries: Sequence[Entry], now_monotonic: float, downtime: float
) -> list[float]:
    """Each entry's monotonic stamp moved onto the timeline of a clock reading
    ``now_monotonic``, ``downtime`` seconds after the last entry.

    Within one run of the app (an epoch: the header or a RESUME entry and the entries up
    to the next one) monotonic differences are exact and kept as they are, so a wall-clock
    jump during the show changes nothing. Between runs on one boot, stamps of the boot
    clock compare as they are too. Across a restart of the computer (or in journals written
    before the boot clock was recorded) the gap is the downtime the resume entry recorded,
    else the wall clock's (never negative). The last entry lies ``downtime`` before now, so
    the live turn includes the time the app was down, as if it had never stopped.
    """
    mapped: list[float] = []
    offset = 0.0
    timeline = ""
    for index, entry in enumerate(entries):
        if index > 0 and isinstance(entry, ResumeEntry):
            previous = entries[index - 1]
            same_boot = timeline_of(entry) and timeline_of(entry) == timeline
            if not (same_boot and entry.monotonic >= previous.monotonic):
                if entry.downtime is not None:
                    gap = entry.downtime
                else:
                    gap = max(0.0, (entry.wall - previous.wall).total_seconds())
                offset = mapped[-1] + gap - entry.monotonic
        if index == 0 or isinstance(entry, ResumeEntry):
            timeline = timeline_of(entry)
        mapped.append(entry.monotonic + offset)
    shift = now_monotonic - (mapped[-1] + downtime)
    return [moment + shift for moment in mapped]
