"""Property tests: random operator actions and clock advances keep the engine's invariants."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import AlertKind, ShowState, Status

from .showkit import reference_show, show_of

# A short programme, so that random advances cross thresholds often.
SHORT = """
    [programme]
    title = "short"
    start = "09:00"
    [[items]]
    title = "Welcome"
    duration = "3m"
    [[items]]
    kind = "session"
    title = "Block"
    presentation = "6m"
    discussion = "4m"
    speakers = [{presenter="A"}, {presenter="B", duration="1m30s"}, {presenter="C"}]
    [[items]]
    kind = "break"
    title = "Break"
    duration = "6m"
    [[items]]
    kind = "session"
    title = "Protected"
    presentation = "4m"
    discussion = "2m"
    protect_discussion = true
    shares = "fixed"
    speakers = [{presenter="D"}, {presenter="E"}]
    [[items]]
    title = "Close"
    duration = "2m"
    """

OPERATIONS = st.one_of(
    st.tuples(st.just("advance"), st.floats(min_value=0.0, max_value=90.0)),
    st.tuples(st.just("advance"), st.floats(min_value=0.0, max_value=20.0)),
    st.tuples(st.just("adjust"), st.sampled_from([30.0, 60.0])),
    st.tuples(st.just("advance"), st.floats(min_value=0.0, max_value=400.0)),
    st.tuples(st.just("stall"), st.floats(min_value=5.0, max_value=300.0)),
    st.tuples(st.just("wall"), st.sampled_from([-3600.0, 3600.0, 7.5])),
    st.tuples(
        st.sampled_from(
            ["start", "pause", "resume", "next", "previous", "restart", "end", "undo", "rebalance"]
        ),
        st.none(),
    ),
    st.tuples(st.just("adjust"), st.sampled_from([30.0, -30.0, 60.0, -60.0, 125.0])),
    st.tuples(st.just("jump"), st.integers(min_value=0, max_value=32)),
    st.tuples(st.just("comeback"), st.integers(min_value=0, max_value=32)),
    st.tuples(st.just("skip"), st.integers(min_value=0, max_value=10)),
    st.tuples(st.just("unskip"), st.integers(min_value=0, max_value=10)),
    st.tuples(st.just("edit"), st.integers(min_value=1, max_value=20)),
)


def edited(show: Show, minutes: int):
    """The agenda with the last item lengthened or shortened: allowed until it goes live."""
    items = list(show.schedule.agenda.items)
    items[-1] = replace(items[-1], duration=minutes * 60, title=f"{items[-1].title}.")
    return replace(show.schedule.agenda, items=tuple(items))


class AlertObserver:
    """An independent record of the thresholds each turn has crossed, from snapshots."""

    def __init__(self) -> None:
        self.reported: dict[int, set[tuple[AlertKind, int]]] = {}
        self.stack: list[dict[int, set[tuple[AlertKind, int]]]] = []

    @staticmethod
    def crossed(show: Show) -> tuple[int | None, list[tuple[AlertKind, int]]]:
        snapshot = show.snapshot()
        current = snapshot.current
        if current is None or snapshot.state not in (ShowState.RUNNING, ShowState.PAUSED):
            return None, []
        r = current.remaining
        overtime = [(AlertKind.OVERTIME, m, -60.0 * m) for m in range(1, int(max(0, -r) // 60) + 1)]
        thresholds = [
            (AlertKind.WARNING, 0, current.warning_lead),
            (AlertKind.FINAL, 0, current.final_lead),
            (AlertKind.TIME_UP, 0, 0.0),
            *overtime,
        ]
        return current.segment.index, [(kind, minute) for kind, minute, at in thresholds if r <= at]

    def check(self, show: Show, alerts) -> None:
        """At a poll: exactly the crossed thresholds not yet reported, in order; nothing
        while the turn is paused."""
        index, crossed = self.crossed(show)
        if index is None or show.snapshot().state is not ShowState.RUNNING:
            assert alerts == []
            return
        reported = self.reported.setdefault(index, set())
        expected = [key for key in crossed if key not in reported]
        assert [(a.kind, a.minute) for a in alerts] == expected  # none skipped, none twice
        reported |= set(expected)

    def act(self, show: Show, perform, kind: str) -> None:
        """Around an action: time given (added, an edit) re-arms what it moves the turn
        back over, a restart re-arms everything; an undo re-arms nothing (what it
        restores keeps every alert given since)."""
        recorded = len(show.history)
        saved = {index: set(keys) for index, keys in self.reported.items()}
        perform()
        if len(show.history) == recorded:
            return  # a no-op
        if kind == "undo":
            for index, keys in self.stack.pop().items():
                self.reported[index] = self.reported.get(index, set()) | keys
            return
        self.stack.append(saved)
        index, crossed = self.crossed(show)
        if index is not None and kind in ("adjust", "edit", "restart"):
            self.reported[index] = self.reported.get(index, set()) & set(crossed)


def _check_snapshot(show: Show) -> None:
    snapshot = show.snapshot()
    live = [item for item in snapshot.items if item.status is Status.LIVE]
    assert len(live) <= 1
    assert sum(item.status is Status.NEXT for item in snapshot.items) <= 1
    current = snapshot.current
    if current is not None:
        assert current.elapsed >= 0
        assert current.elapsed + current.remaining == pytest.approx(
            current.allotted + current.added
        )
        assert live and live[0].index == current.item.index
        if current.block_remaining is not None:
            assert current.turns_in_phase > 1
    for segment in snapshot.segments:
        assert segment.elapsed >= 0
        assert segment.allotted >= 0


@settings(max_examples=600)
@given(st.booleans(), st.lists(OPERATIONS, max_size=60))
def test_random_operations_keep_the_invariants(reference, operations):
    show, clock = reference_show(12, 58) if reference else show_of(SHORT, 8, 59)
    original = show.schedule
    observer = AlertObserver()
    observer.act(show, show.start, "start")  # "undo" can still take the start back
    for name, value in operations:
        if name == "advance":
            clock.advance(value)
            observer.check(show, show.poll())
        elif name == "stall":
            clock.advance(value)  # the event loop did not tick meanwhile
        elif name == "wall":
            before = show.snapshot().current
            clock.jump_wall(value)
            after = show.snapshot().current
            if before is not None:
                assert after.remaining == before.remaining
        elif name == "adjust":
            before = show.snapshot()
            observer.act(show, partial(show.adjust, value), "adjust")
            after = show.snapshot()
            if value > 0 and before.state is not ShowState.ENDED:
                assert after.projected_end >= before.projected_end - 0.01
        elif name == "rebalance":
            proposal = show.snapshot().proposal
            if proposal is not None:
                observer.act(show, partial(show.rebalance, proposal), "rebalance")
        elif name == "edit":
            agenda = edited(show, value)
            allowed = not show.edit_problems(agenda)
            observer.act(show, partial(show.edit, agenda), "edit")
            assert (show.schedule.agenda == agenda) == allowed
        elif name in ("jump", "comeback", "skip", "unskip"):
            observer.act(show, partial(getattr(show, name), value), name)
        else:
            observer.act(show, getattr(show, name), name)
        _check_snapshot(show)
    observer.check(show, show.poll())

    # Replaying the recorded actions rebuilds the same show.
    replay = Show(original, clock)
    for action in show.history:
        assert replay.apply(action)
    assert_close(replay.snapshot().items, show.snapshot().items)


def assert_close(a, b, tolerance=0.01):
    """Equal, but floats within ``tolerance`` (views are reused while they move < 1 ms)."""
    if isinstance(a, float) and isinstance(b, float):
        assert a == pytest.approx(b, abs=tolerance)
    elif isinstance(a, tuple) and isinstance(b, tuple):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            assert_close(x, y, tolerance)
    elif hasattr(a, "__dataclass_fields__") and type(a) is type(b):
        for name in a.__dataclass_fields__:
            assert_close(getattr(a, name), getattr(b, name), tolerance)
    else:
        assert a == b
