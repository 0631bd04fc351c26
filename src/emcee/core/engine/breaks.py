"""A break that would not last what the audience expects: asked before it starts.

A break counts to its restart time (see allotment.py). Started far ahead of the plan it
would count for hours (a 10-minute break at 12:50 restarting at 14:55); started late it
shrinks toward its minimum. Either way the operator chooses before the room sees it:
keep the restart time announced, or restart after the planned length.
"""

from __future__ import annotations

from dataclasses import dataclass

from emcee.core.agenda.model import ItemKind
from emcee.core.engine.allotment import to_end_allotment
from emcee.core.engine.layout import counts_to_end
from emcee.core.engine.reading import ShowReader

# Asked when the break would last this much shorter than planned, or as long again.
SHORTER_BY = 120.0
LONGER_BY = 1.0  # times the planned length


@dataclass(frozen=True, slots=True)
class BreakLength:
    """What a break starting now would last, against what it is planned to last."""

    item_index: int
    given: float  # seconds, to the restart time (or its minimum)
    planned: float
    restart: float  # when it would restart (a time of day): announced, or its minimum's

    @property
    def longer(self) -> bool:
        return self.given > self.planned


def surprising_break(show: ShowReader, segment: int) -> BreakLength | None:
    """The length of the break that turn ``segment`` starts, if it started now and would
    last far longer or noticeably shorter than planned; None for anything else."""
    layout, state = show.layout, show.state
    turn = layout.segments[segment]
    item_index = turn.item_index
    if turn.item.item.kind is not ItemKind.BREAK or not counts_to_end(turn):
        return None
    if len(layout.item_segments[item_index]) != 1:
        return None
    now = show.time_at(state)
    given = to_end_allotment(layout, state, item_index, now)
    planned = float(sum(state.lengths[item_index]))
    if given - planned < LONGER_BY * planned and planned - given < SHORTER_BY:
        return None
    return BreakLength(item_index, given, planned, now + given)
