"""Rebuilding the show from its journal: every action applied again at its own moment,
with the time the app was down counted in the live turn."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from emcee.core.agenda.schedule import Schedule
from emcee.core.clock import Clock, FakeClock, time_of_day
from emcee.core.engine.show import Show
from emcee.core.journal.downtime import mapped_monotonic
from emcee.core.journal.notices import Notice
from emcee.core.journal.reader import JournalData, read_agenda, read_journal
from emcee.core.journal.records import ActionEntry, AlertEntry, Entry

Visitor = Callable[[Show, Entry | None], None]


def replay(
    data: JournalData,
    schedule: Schedule,
    clock: Clock,
    *,
    downtime: float | None = None,
    sample_every: float | None = None,
    visit: Visitor | None = None,
) -> tuple[Show, list[Notice]]:
    """Rebuild the show from a journal; it is returned bound to ``clock``, as of its now.

    ``downtime``: the seconds from the last entry to now, when the operator said; by
    default measured (``measure_downtime``), or the wall clock's gap (at least 0) when no
    clock can tell.
    ``visit(show, entry)`` is called after each entry is applied and, when ``sample_every``
    is given, every ``sample_every`` seconds in between (entry None), with the show's clock
    standing at that moment: the report samples the drift this way.
    """
    entries: list[Entry] = [data.header, *data.entries]
    if downtime is None:
        measured = data.downtime(clock)
        downtime = measured.seconds if measured.seconds is not None else 0.0
    mapped = mapped_monotonic(entries, clock.monotonic(), downtime)
    replay_clock = FakeClock(data.header.wall, mapped[0])  # at each entry in turn
    show = Show(schedule, replay_clock)
    notices: list[Notice] = []
    next_sample = math.inf
    if sample_every:
        # Samples fall on a fixed grid, on the wall clock's whole minutes for 60 s.
        next_sample = mapped[0] + sample_every - time_of_day(data.header.wall) % sample_every
    for index, entry in enumerate(entries):
        while visit is not None and index > 0 and next_sample < mapped[index]:
            previous = entries[index - 1]
            elapsed = dt.timedelta(seconds=next_sample - mapped[index - 1])
            replay_clock.stand_at(next_sample, previous.wall + elapsed)
            visit(show, None)
            next_sample += sample_every or math.inf
        replay_clock.stand_at(mapped[index], entry.wall)
        if isinstance(entry, ActionEntry):
            action = replace(entry.action, monotonic=mapped[index])
            try:
                applied = show.apply(action)
            except Exception as error:  # a hand-made entry the engine cannot take
                # apply() changes nothing before it succeeds, so the show stays whole.
                applied = False
                detail = {"kind": action.kind.value, "detail": repr(error)}
                notices.append(Notice("action_failed", detail, line=entry.line))
            else:
                if not applied:
                    notices.append(
                        Notice("action_ignored", {"kind": action.kind.value}, line=entry.line)
                    )
        elif isinstance(entry, AlertEntry):
            # Polling where the alert was recorded marks it as announced, so the resumed
            # show does not announce it again.
            show.poll()
        if visit is not None:
            visit(show, entry)
    show.clock = clock
    return show, notices


def load_show(
    path: str | Path, clock: Clock, downtime: float | None = None
) -> tuple[Show, list[Notice]]:
    """The show of a journal as it stands now on ``clock`` (the live turn includes the
    time the app was down: ``downtime`` when the operator said, else as measured), with
    every notice about the journal. Raises JournalError."""
    data = read_journal(path)
    _, schedule, agenda_notices = read_agenda(data)
    show, replay_notices = replay(data, schedule, clock, downtime=downtime)
    return show, [*data.notices, *agenda_notices, *replay_notices]
