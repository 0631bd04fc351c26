"""The timing rules: how long each turn is given, and how long it is expected to take.

Rules for compound slots (worked examples use the reference event):

- Phases that give way. A phase that gives way (by default an open discussion or a Q&A)
  gets what the phases before it left of the item, less the planned length of the phases
  after it, and never less than nothing; every other phase keeps its length. So the item
  still ends on time while a phase that gives way has time to give. Part 2 is 20 + 15
  min: if its five talks take 23 min, the discussion counts down from 12 min. With
  ``protect_discussion`` (in the long form, ``gives_way = false``) the discussion keeps
  its 15 min and Part 2 ends 3 min late; so does what follows, until a break counting to
  its restart time takes the delay back (the 14:45 break that follows Part 2 then lasts
  7 min, and the programme still ends on time).
- Several speakers sharing a phase (``shares = "even"``, the default). Each speaker's share
  is fixed when their turn starts: what is left of the phase, split evenly among the
  speakers still to come (explicit durations are kept), in whole seconds, the odd seconds
  going one each to the earliest, as in the plan. In Part 3 (8 speakers in 40 min, 5 min
  each) the first speaker takes 6:30; the other seven then share 33:30: 4:48 for the
  next, 4:47 each for the six after. A share never drops below half the planned one;
  what the last speaker takes beyond the phase comes out of the discussion. With
  ``shares = "fixed"`` everyone keeps 5 min and the phase simply runs long or short.
- Operator-added time belongs to the current turn: with even shares it comes out of the
  speakers still to come (the block's length is kept); on its own it lengthens the item.
- Breaks count to their planned restart time of day (``timer = "to-end"``): the 14:45
  break that starts at 14:49 lasts until 14:55, but never less than its minimum (5 min),
  so a break starting at 14:52 runs to 14:57 and that is the projected restart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from emcee.core.agenda.model import ItemKind, Shares
from emcee.core.agenda.schedule import minimum_length
from emcee.core.engine.layout import Layout, counts_to_end
from emcee.core.engine.snapshot import ShowState
from emcee.core.engine.state import State, elapsed_of, is_past


@dataclass
class Plan:
    """Per-item figures of one evaluation: allotments and projected use of each segment."""

    allotted: list[float] = field(default_factory=list)
    use: list[float] = field(default_factory=list)


def scheduled_end(layout: Layout, state: State, item_index: int) -> float:
    """The time of day an item is planned to end (a break: the restart announced)."""
    return layout.schedule.items[item_index].start + state.shift + sum(state.lengths[item_index])


def to_end_allotment(layout: Layout, state: State, item_index: int, start: float) -> float:
    """Time until the item's scheduled end, for an item starting at ``start`` (a time of
    day); a break keeps its minimum, ending then on the next whole minute, so that the
    restart can be announced ("14:57에 다시 시작합니다")."""
    planned = layout.schedule.items[item_index]
    end = scheduled_end(layout, state, item_index)
    if planned.item.minimum is None and planned.item.kind is not ItemKind.BREAK:
        return max(end - start, 0.0)
    earliest = start + minimum_length(planned.item, planned.duration)
    if earliest > end:
        # Up to the whole minute, not counting float noise (a start 1 ms past a minute).
        end = math.ceil((earliest - 0.001) / 60) * 60
    return end - start


def compute_plan(
    layout: Layout, state: State, item_index: int, now: float, start: float | None
) -> Plan:
    planned = layout.schedule.items[item_index]
    lengths = state.lengths[item_index]
    budget = float(sum(lengths))
    result = Plan()
    used = 0.0  # projected use of the item's earlier phases
    position = layout.item_segments[item_index].start
    for phase_index, phase in enumerate(planned.phases):
        length = float(lengths[phase_index])
        if phase.gives_way:  # what the phases before it took, and those after it keep
            # In whole seconds as the shares are: the fraction of a second the shares'
            # rounding leaves over is nobody's.
            after = sum(lengths[phase_index + 1 :])
            length = max(0.0, math.floor(budget - used - after + 0.001))
        turns = phase.turns
        if len(turns) == 1:
            run = state.runs[position]
            if run.share is not None and is_past(state, position):
                allotted = run.share
            elif counts_to_end(layout.segments[position]):
                if run.target is not None:
                    allotted = run.target
                else:
                    allotted = to_end_allotment(layout, state, item_index, start or 0.0)
            else:
                allotted = length
            use = expected_use(state, position, allotted + run.added, now)
            result.allotted.append(allotted)
            result.use.append(use)
            used += use
            position += 1
            continue
        allotted_turns, uses = _shared_phase(layout, state, item_index, phase_index, length, now)
        result.allotted.extend(allotted_turns)
        result.use.extend(uses)
        used += sum(uses)
        position += len(turns)
    return result


def _shared_phase(
    layout: Layout, state: State, item_index: int, phase_index: int, length: float, now: float
) -> tuple[list[float], list[float]]:
    """Allotment and expected use of each turn of a phase that several speakers share."""
    planned = layout.schedule.items[item_index]
    phase = planned.phases[phase_index]
    turns = phase.turns
    even = planned.item.shares is Shares.EVEN
    scale = length / phase.duration if phase.duration else 0.0
    explicit, fixed_after, flexible_from = layout.turn_facts[item_index][phase_index]
    position = layout.item_segments[item_index].start
    for earlier in range(phase_index):
        position += len(planned.phases[earlier].turns)
    count = len(turns)
    allotted = [0.0] * count
    uses = [0.0] * count

    def give(k: int, before: float, fixed: int, flexible: int) -> None:
        """Turn ``k``'s share once ``before`` is taken and ``fixed`` kept for later turns."""
        share = turns[k].duration * scale
        run = state.runs[position + k]
        if run.share is not None and is_past(state, position + k):
            allotted[k] = run.share  # a turn over keeps the share it had
        elif even and not explicit[k]:
            # An even share of what is left once the explicit turns to come are kept,
            # in whole seconds (not counting float noise); as in the plan, the seconds
            # that do not divide go one each to the earliest speakers.
            left = math.floor(length - before - fixed * scale + 0.001)
            base, odd = divmod(left, flexible)
            allotted[k] = float(max(base + (1 if odd else 0), math.floor(share / 2)))
        else:
            allotted[k] = share
        uses[k] = expected_use(state, position + k, allotted[k] + run.added, now)

    # A turn over keeps the share it had; one passed over without running, and the live
    # turn when speakers were brought back while it ran, have theirs from what the turns
    # before them in the plan had taken then (one brought back: before it was passed).
    comeback = state.comeback
    settled = [
        is_past(state, position + k)
        or (comeback is not None and position + k == comeback.reached == state.current)
        for k in range(count)
    ]
    then = dict(zip(comeback.turns, comeback.elapsed, strict=True)) if comeback else {}
    history = 0.0
    for k in range(count):
        if settled[k]:
            give(k, history, fixed_after[k], flexible_from[k])
        history += then.get(position + k, state.runs[position + k].elapsed)

    # The turns to come share what is left in the order they will speak: the live turn,
    # the speakers brought back, then the plan's order.
    def speaks(k: int) -> tuple[int, int]:
        index = position + k
        if index == state.current:
            return (0, 0)
        waiting = comeback.waiting(state.current) if comeback else ()
        return (1, waiting.index(index)) if index in waiting else (2, index)

    coming = sorted((k for k in range(count) if not settled[k]), key=speaks)
    taken = sum(uses[k] for k in range(count) if settled[k])
    fixed = sum(turns[k].duration for k in coming if explicit[k])
    flexible = sum(1 for k in coming if not explicit[k])
    for k in coming:
        if explicit[k]:
            fixed -= turns[k].duration
        give(k, taken, fixed, flexible)
        flexible -= 0 if explicit[k] else 1
        taken += uses[k]
    return allotted, uses


def expected_use(state: State, index: int, total: float, now: float) -> float:
    """How long a segment takes: what it took if past, else at least its time."""
    if state.show is ShowState.ENDED or is_past(state, index):
        return state.runs[index].elapsed
    return max(elapsed_of(state, index, now), total)
