"""Proposals to shorten what is still to come so that a late programme ends on time.

Minutes are taken in this order: from discussions and countdown breaks first, then from
other single-phase items, and from presentations last; within each group one minute at a
time from whichever has the most room left. Nothing goes below its minimum: half its
planned length (an item's own ``minimum`` when the agenda gives one, shared out over a
session's phases), and breaks at least 5 minutes. Breaks that count to their restart
time already shrink on their own as the programme runs late, so they are left alone.
What cannot be absorbed is reported as the shortfall.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from emcee.core.agenda import ItemKind, TimerStyle
from emcee.core.schedule import PhaseKind, minimum_length
from emcee.core.snapshot import Change, Proposal, SegmentView, Status

if TYPE_CHECKING:
    from emcee.core.show import Show


@dataclass
class _Unit:
    item_index: int
    phase: PhaseKind | None
    length: int  # current planned length
    floor: float
    tier: int
    taken: int = 0  # minutes taken so far

    @property
    def room(self) -> int:
        return int((self.length - 60 * self.taken - self.floor) // 60)


def _units(show: Show, segments: Sequence[SegmentView]) -> list[_Unit]:
    units = []
    lengths = show.state.lengths
    for item_index, planned in enumerate(show.schedule.items):
        item = planned.item
        if item_index in show.state.skipped:
            continue
        item_segments = show.item_segments[item_index]
        position = item_segments.start
        for phase_index, phase in enumerate(planned.phases):
            views = segments[position : position + len(phase.turns)]
            position += len(phase.turns)
            if any(view.status is not Status.UPCOMING for view in views):
                continue  # running or over: only what has not started can be planned anew
            length = lengths[item_index][phase_index]
            if phase.kind is PhaseKind.MAIN:
                if item.timer_style is TimerStyle.TO_END:
                    continue
                floor = minimum_length(item, phase.duration)
                tier = 0 if item.kind is ItemKind.BREAK else 1
                units.append(_Unit(item_index, None, length, floor, tier))
                continue
            if item.minimum is not None:
                floor = phase.duration * item.minimum / planned.duration
            else:
                floor = phase.duration / 2
            tier = 0 if phase.kind is PhaseKind.DISCUSSION else 2
            units.append(_Unit(item_index, phase.kind, length, floor, tier))
    return units


def propose(
    show: Show, segments: Sequence[SegmentView], projected_end: float, target_end: float
) -> Proposal:
    """New lengths for the items still to come, aiming at ``target_end`` (a time of day)."""
    excess = projected_end - target_end
    needed = math.ceil(excess / 60)
    units = _units(show, segments)
    for tier in (0, 1, 2):
        candidates = [unit for unit in units if unit.tier == tier]
        while needed > 0:
            # The most room first; among equals, the later item (earlier ones are closer).
            best = max(candidates, key=lambda u: (u.room, u.item_index), default=None)
            if best is None or best.room <= 0:
                break
            best.taken += 1
            needed -= 1
    changes = tuple(
        Change(unit.item_index, unit.phase, unit.length, unit.length - 60 * unit.taken)
        for unit in sorted(units, key=lambda u: (u.item_index, u.phase is PhaseKind.DISCUSSION))
        if unit.taken
    )
    saving = sum(change.saving for change in changes)
    return Proposal(
        target_end=target_end,
        projected_end=projected_end,
        changes=changes,
        shortfall=max(0.0, excess - saving),
    )
