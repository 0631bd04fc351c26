"""The hand-computed reference afternoon of test_scenario.py, played with a journal attached.

Every third case presentation runs 1:30 over its share, everyone else stops on time, and
the 14:45 break runs 6 minutes long. Figures (see test_scenario.py): Part 3 15:01-16:01,
break 1 +6:00, break 2 -5:00 (to its 5-minute minimum), closing 17:06-17:11 (+1:00).
"""

from __future__ import annotations

from emcee.core.clock import FakeClock, time_of_day
from emcee.core.engine.actions import Action
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import ShowState
from emcee.core.journal import Journal


def play_afternoon(
    show: Show,
    clock: FakeClock,
    journal: Journal | None = None,
    until: float | None = None,
    step: float = 1.0,
) -> None:
    """Play the afternoon from the start; stop early once the wall clock reaches ``until``."""

    def record(action: Action | None) -> None:
        if journal is not None and action is not None:
            journal.record_action(action, show.state.show)

    record(show.start())
    speaker = 0
    while show.snapshot().state is not ShowState.ENDED:
        current = show.snapshot().current
        assert current is not None
        extra = 0.0
        if current.segment.turn.speaker is not None:
            speaker += 1
            extra = 90.0 if speaker % 3 == 0 else 0.0
        if current.item.index == 5:  # the first break runs 6 minutes long
            extra = 360.0
        seconds = current.remaining + extra
        while seconds > 1e-9:
            advance = min(step, seconds)
            if until is not None:
                advance = min(advance, until - time_of_day(clock.now()))
                if advance <= 1e-9:
                    return
            clock.advance(advance)
            seconds -= advance
            alerts = show.poll()
            if journal is not None and alerts:
                journal.record_alerts(alerts)
        record(show.next())
