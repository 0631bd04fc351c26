"""Where the programme is expected to go: the start and end of every item still to come.

Items to come take their expected time one after another, except two kinds that absorb
lateness: an item timed to its scheduled end (a break counting to its restart time) and
an item after a gap in the plan, which does not start before its planned start. Between
two of those the items' times add up to a sum that only an operator action changes, so
it is taken once per state: projecting costs what absorbs lateness, not what the agenda
holds, and a speaker in overtime moves the projection without rebuilding every row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Step:
    """Items that follow each other with fixed expected times, or one item that absorbs."""

    items: tuple[int, ...]
    offsets: tuple[float, ...]  # each item's start from the step's start, then the step's end
    waits_until: float | None = None  # after a gap: the planned start (a time of day)
    to_end: bool = False  # one item whose length depends on when it starts


def stretch(items: list[int], uses: list[float]) -> Step:
    offsets = [0.0]
    for use in uses:
        offsets.append(offsets[-1] + use)
    return Step(tuple(items), tuple(offsets))


def walk(
    steps: tuple[Step, ...], start: float, use_at: Callable[[int, float], float]
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Each step's start and end for a projection starting at ``start`` (a time of day);
    ``use_at(item, start)`` is the expected time of an item timed to its end."""
    starts, ends = [], []
    cursor = start
    for step in steps:
        if step.waits_until is not None:
            cursor = max(cursor, step.waits_until)
        starts.append(cursor)
        if step.to_end:
            cursor += use_at(step.items[0], cursor)
        else:
            cursor += step.offsets[-1]
        ends.append(cursor)
    return tuple(starts), tuple(ends)


@dataclass(frozen=True, slots=True)
class Projection:
    """The expected times of the live item and every item to come, at one moment."""

    live: tuple[int, float, float] | None  # the live item: index, start, projected end
    steps: tuple[Step, ...]
    where: Mapping[int, tuple[int, int]]  # item -> its step and place in it (do not mutate)
    starts: tuple[float, ...]  # per step
    ends: tuple[float, ...]

    def start_of(self, item: int) -> float | None:
        """When ``item`` starts (started, for the live one); None if it is not to come."""
        if self.live is not None and self.live[0] == item:
            return self.live[1]
        found = self.where.get(item)
        if found is None:
            return None
        step, place = found
        return self.starts[step] + self.steps[step].offsets[place]

    def end_of(self, item: int) -> float | None:
        if self.live is not None and self.live[0] == item:
            return self.live[2]
        found = self.where.get(item)
        if found is None:
            return None
        step, place = found
        if self.steps[step].to_end:
            return self.ends[step]
        return self.starts[step] + self.steps[step].offsets[place + 1]
