"""The order of turns: what Next and Previous go to, and speakers who come back.

Turns go in the plan's order, past items that are skipped. A speaker passed over who is
back (see ``Comeback``) speaks after the turn the show had reached (or at once, when the
operator jumped back to them); after the last of those, Next goes on after that turn.
"""

from __future__ import annotations

from emcee.core.engine.layout import Layout
from emcee.core.engine.snapshot import ShowState
from emcee.core.engine.state import Comeback, State


def neighbour(layout: Layout, state: State, index: int, step: int) -> int | None:
    """The turn ``step`` (+1 or -1) from ``index`` in the plan, past skipped items."""
    index += step
    while 0 <= index < len(layout.segments):
        if layout.segments[index].item_index not in state.skipped:
            return index
        index += step
    return None


def following(layout: Layout, state: State) -> int | None:
    """The turn Next goes to: the next one in the plan; but from the turn the show had
    reached, the speakers brought back, one after the other, and after the last of them
    the turn after the one the show had reached."""
    comeback = state.comeback
    if comeback is not None:
        waiting = comeback.waiting(state.current)
        if state.current in comeback.turns or state.current == comeback.reached:
            return waiting[0] if waiting else neighbour(layout, state, comeback.reached, +1)
    return neighbour(layout, state, state.current, +1)


def front(state: State) -> int:
    """The furthest turn the show has reached (the live one, unless it went back)."""
    comeback = state.comeback
    return state.current if comeback is None else max(state.current, comeback.reached)


def may_come_back(layout: Layout, state: State, target: int) -> bool:
    """Whether the speaker of ``target`` can be brought back: a turn of the item the show
    has reached, behind the furthest turn reached."""
    reached = front(state)
    return (
        state.show in (ShowState.RUNNING, ShowState.PAUSED)
        and target < reached
        and target != state.current
        and layout.segments[target].item_index == layout.segments[reached].item_index
    )


def bring_back(state: State, target: int, at_once: bool) -> Comeback:
    """The comeback once ``target`` is back: to speak at once (before any others still
    waiting), or after the live one and those waiting."""
    comeback = state.comeback
    known = dict(zip(comeback.turns, comeback.elapsed, strict=True)) if comeback else {}
    known.setdefault(target, state.runs[target].elapsed)
    waiting = [t for t in comeback.waiting(state.current) if t != target] if comeback else []
    if at_once:
        turns = (target, *waiting)
    else:
        live = [state.current] if comeback and state.current in comeback.turns else []
        turns = (*live, *waiting, target)
    return Comeback(turns, front(state), tuple(known[t] for t in turns))
