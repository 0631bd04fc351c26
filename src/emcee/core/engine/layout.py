"""How a schedule is laid out for the show: one segment per timed turn, and the facts the
timing rules need about each. A layout depends on the schedule alone, so it is made once.
"""

from __future__ import annotations

from dataclasses import dataclass

from emcee.core.agenda.model import TimerStyle
from emcee.core.agenda.schedule import PlannedItem, PlannedPhase, PlannedTurn, Schedule


@dataclass(frozen=True, slots=True)
class Segment:
    """The static facts of one timed turn."""

    index: int
    item_index: int
    phase_index: int
    turn_index: int
    item: PlannedItem
    phase: PlannedPhase
    turn: PlannedTurn

    @property
    def speaker_name(self) -> str:
        if self.turn.speaker is not None:
            return self.turn.speaker.presenter
        return self.item.item.presenter or self.item.item.title


@dataclass(frozen=True, slots=True)
class Layout:
    """What follows from one schedule: its segments and the facts the rules need."""

    schedule: Schedule
    segments: tuple[Segment, ...]
    item_segments: tuple[range, ...]
    # An item after a deliberate gap in the plan (say, an unlisted lunch) does not start
    # before its planned time even when the programme runs early.
    waits_for_start: tuple[bool, ...]
    # Per shared phase, per turn, for the even-share rule: explicit or not, the planned
    # explicit seconds after it, and how many flexible turns from it on.
    turn_facts: tuple[tuple[tuple[tuple[bool, ...], tuple[int, ...], tuple[int, ...]], ...], ...]
    to_end_items: tuple[bool, ...]

    @classmethod
    def of(cls, schedule: Schedule) -> Layout:
        segments = tuple(flatten(schedule))
        item_segments = tuple(item_ranges(segments, schedule))
        return cls(
            schedule=schedule,
            segments=segments,
            item_segments=item_segments,
            waits_for_start=tuple(
                index > 0 and planned.start > schedule.items[index - 1].end
                for index, planned in enumerate(schedule.items)
            ),
            turn_facts=tuple(
                tuple(turn_facts(phase.turns) for phase in planned.phases)
                for planned in schedule.items
            ),
            to_end_items=tuple(
                any(counts_to_end(segments[i]) for i in indices) for indices in item_segments
            ),
        )

    def position_of(self, segment: Segment) -> int | None:
        """Where a segment of another layout (an edited agenda) is in this one: the same
        turn in the same place, as an edit keeps the turns that ran; None if none is."""
        if segment.item_index >= len(self.item_segments):
            return None
        turns = self.item_segments[segment.item_index]
        offset = segment.turn_index + sum(
            len(phase.turns) for phase in segment.item.phases[: segment.phase_index]
        )
        if offset >= len(turns) or not same_turn(segment, self.segments[turns.start + offset]):
            return None
        return turns.start + offset


def same_turn(old: Segment, new: Segment) -> bool:
    """The same turn in the same place: an edit may retitle a turn that ran, not move it."""

    def who(segment: Segment) -> str | None:
        return segment.turn.speaker.presenter if segment.turn.speaker is not None else None

    return (old.phase_index, old.turn_index, old.phase.kind, who(old)) == (
        new.phase_index,
        new.turn_index,
        new.phase.kind,
        who(new),
    )


def counts_to_end(segment: Segment) -> bool:
    """A single-turn item timed to its scheduled end (a break counting to the restart)."""
    item = segment.item
    return (
        item.item.timer_style is TimerStyle.TO_END
        and len(item.phases) == 1
        and len(segment.phase.turns) == 1
    )


def turn_facts(
    turns: tuple[PlannedTurn, ...],
) -> tuple[tuple[bool, ...], tuple[int, ...], tuple[int, ...]]:
    explicit = tuple(t.speaker is not None and t.speaker.duration is not None for t in turns)
    fixed_after = [0] * len(turns)
    flexible_from = [0] * len(turns)
    fixed, flexible = 0, 0
    for index in range(len(turns) - 1, -1, -1):
        fixed_after[index] = fixed
        flexible += not explicit[index]
        flexible_from[index] = flexible
        if explicit[index]:
            fixed += turns[index].duration
    return explicit, tuple(fixed_after), tuple(flexible_from)


def flatten(schedule: Schedule) -> list[Segment]:
    segments: list[Segment] = []
    for item_index, planned in enumerate(schedule.items):
        for phase_index, phase in enumerate(planned.phases):
            for turn_index, turn in enumerate(phase.turns):
                segments.append(
                    Segment(
                        len(segments), item_index, phase_index, turn_index, planned, phase, turn
                    )
                )
    return segments


def item_ranges(segments: tuple[Segment, ...], schedule: Schedule) -> list[range]:
    ranges = []
    start = 0
    for item_index in range(len(schedule.items)):
        stop = start
        while stop < len(segments) and segments[stop].item_index == item_index:
            stop += 1
        ranges.append(range(start, stop))
        start = stop
    return ranges
