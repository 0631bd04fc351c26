"""What the views and the rebalancer read of the show: a narrow interface that changes
nothing, so that they depend on it and not on ``Show``, which builds them."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from emcee.core.clock import Clock
from emcee.core.engine.allotment import Plan
from emcee.core.engine.layout import Layout
from emcee.core.engine.snapshot import Change, Level
from emcee.core.engine.state import State


class ShowReader(Protocol):
    """The show as its views see it (``emcee.core.engine.show.Show`` is one)."""

    @property
    def clock(self) -> Clock: ...

    @property
    def state(self) -> State: ...

    @property
    def layout(self) -> Layout: ...

    @property
    def can_undo(self) -> bool: ...

    def layout_of(self, state: State) -> Layout: ...

    def time_at(self, state: State, wall: dt.datetime | None = None) -> float: ...

    def elapsed(self, index: int, now: float | None = None) -> float: ...

    def plan_item(self, state: State, item_index: int, now: float, start: float | None) -> Plan:
        """Allotment and projected use of every segment of one item (``Show.plan_item``)."""
        ...

    def lead_times(self, index: int, share: float) -> tuple[float, float]: ...

    def level(self, remaining: float, warning: float, final: float) -> Level: ...

    def with_changes(self, state: State, changes: tuple[Change, ...]) -> State | None:
        """``state`` with a proposal's new lengths, to try it: the show is not changed."""
        ...
