"""The controller ticks at displayed-second changes and records actions before showing them."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.core.engine.actions import ActionKind
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import AlertKind, ShowState
from emcee.ui import controller as controller_module
from emcee.ui.controller import Overlay, ShowController


@pytest.fixture
def controller(qapp):
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, 0, 250000, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    yield controller
    controller.stop()


def test_next_tick_is_aimed_at_the_next_displayed_second(controller):
    controller.jump(1)  # the opening remarks: a 5-minute countdown
    controller.start()
    # 5:00 left exactly, wall clock at .25 s: the wall's second changes first.
    assert controller.seconds_to_next_change() == pytest.approx(0.75)
    controller.clock.advance(0.9)
    controller.tick()
    # 4:59.1 left: the face changes to 04:59 in 0.1 s; the wall second in 0.85 s.
    assert controller.seconds_to_next_change() == pytest.approx(0.1)


def test_a_break_ticks_with_the_wall_clock(controller):
    controller.start()  # registration counts to 13:30, so its seconds are the wall's
    controller.clock.advance(0.9)
    controller.tick()
    assert controller.seconds_to_next_change() == pytest.approx(0.85)


def test_idle_ticks_follow_the_wall_clock_only(controller):
    controller.begin()
    assert controller.snapshot.state is ShowState.READY
    assert controller.seconds_to_next_change() == pytest.approx(0.75)


def test_actions_are_recorded_before_the_snapshot_is_emitted(controller, qtbot):
    order = []
    controller.record = lambda action: order.append(("record", action.kind))
    controller.snapshotChanged.connect(lambda snapshot: order.append(("snapshot", snapshot.state)))
    controller.toggle_pause()
    assert order == [("record", ActionKind.START), ("snapshot", ShowState.RUNNING)]
    controller.toggle_pause()
    assert controller.snapshot.state is ShowState.PAUSED
    assert controller.next() is not None
    assert controller.undo() is not None


def test_alerts_are_emitted_once(controller, qtbot):
    controller.start()
    received = []
    controller.alertsRaised.connect(received.append)
    controller.clock.advance(29 * 60)
    controller.tick()
    controller.tick()
    assert [[a.kind for a in batch] for batch in received] == [[AlertKind.WARNING, AlertKind.FINAL]]


def test_overlay_changes_are_emitted(controller, qtbot):
    seen = []
    controller.overlayChanged.connect(seen.append)
    controller.set_message("  1분 남았습니다 ")
    controller.set_message("1분 남았습니다")
    controller.set_blackout(True)
    controller.clear_message()
    assert seen == [
        Overlay(message="1분 남았습니다"),
        Overlay(message="1분 남았습니다", blackout=True),
        Overlay(blackout=True),
    ]


def test_presenter_screen_changes_are_recorded_before_they_are_shown(controller, qtbot):
    order = []
    controller.record_note = lambda text, tag: order.append(("note", text, tag))
    controller.overlayChanged.connect(lambda overlay: order.append(("shown", overlay)))
    controller.set_message("마무리 부탁드립니다", blink=True)
    controller.set_blackout(True)
    controller.set_blackout(True)  # no change, nothing noted
    controller.clear_message()
    assert order == [
        ("note", "마무리 부탁드립니다", "presenter"),
        ("shown", Overlay(message="마무리 부탁드립니다", blink=True)),
        ("note", "on", "blackout"),
        ("shown", Overlay(message="마무리 부탁드립니다", blink=True, blackout=True)),
        ("note", "", "presenter"),
        ("shown", Overlay(blackout=True)),
    ]


def test_a_controller_takes_a_show_already_under_way(qapp):
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    show = Show(load(resources.reference_agenda())[1], clock)
    show.start()
    clock.advance(90)
    controller = ShowController(show=show)
    assert controller.show is show and controller.clock is clock
    assert controller.snapshot.state is ShowState.RUNNING
    assert controller.snapshot.current.elapsed == 90
    with pytest.raises(TypeError):
        ShowController()


def test_the_next_change_counts_from_the_snapshot_not_from_when_it_was_shown(controller):
    controller.jump(1)
    controller.start()
    assert controller.seconds_to_next_change() == pytest.approx(0.75)
    controller.clock.advance(0.3)  # the console took this long to show the snapshot
    assert controller.seconds_to_next_change() == pytest.approx(0.45)


def test_the_presenter_screen_gets_each_snapshot_first(controller):
    order = []
    controller.snapshotChanged.connect(lambda _snapshot: order.append("console"))
    controller.snapshotUrgent.connect(lambda _snapshot: order.append("stage"))
    controller.tick()
    assert order == ["stage", "console"]


def fire_timer(controller):
    """What Qt does when the controller's single-shot timer runs out."""
    assert controller._timer.isActive()
    controller._timer.stop()
    controller._timer.timeout.emit()


def test_the_wall_clocks_seconds_between_a_turns_get_the_clock_alone(controller):
    controller.jump(1)  # the opening remarks: 5:00, the wall clock at 13:0x:00.25
    controller.start()
    snapshots, clock = [], []
    controller.snapshotChanged.connect(snapshots.append)
    controller.wallClockChanged.connect(clock.append)
    controller.clock.advance(0.7502)
    fire_timer(controller)  # the wall's second: the clock alone
    assert len(snapshots) == 0 and len(clock) == 1
    assert clock[0] == pytest.approx(controller.snapshot.time_of_day + 0.7502)
    assert clock[0] % 60 == pytest.approx(1.0002, abs=1e-6)
    # The face's change comes next, 0.25 s later: a whole snapshot.
    assert controller.seconds_to_next_change() == pytest.approx(0.2498)
    controller.clock.advance(0.25)
    fire_timer(controller)
    assert len(snapshots) == 1 and snapshots[0].current.remaining == pytest.approx(299.0, abs=0.01)


def test_a_new_minute_on_the_wall_clock_is_a_whole_snapshot(controller):
    controller.jump(1)
    controller.start()
    controller.clock.advance(58.2)  # 13:0x:58.45, 4:01.8 left
    controller.tick()
    snapshots, clock = [], []
    controller.snapshotChanged.connect(snapshots.append)
    controller.wallClockChanged.connect(clock.append)
    controller.clock.advance(0.56)  # the wall clock turns 13:0x:59: the clock alone
    fire_timer(controller)
    assert (len(snapshots), len(clock)) == (0, 1)
    controller.clock.advance(0.25)  # 4:01 on the face
    fire_timer(controller)
    assert (len(snapshots), len(clock)) == (1, 1)
    controller.clock.advance(0.75)  # a new minute: the presenter's clock shows it
    fire_timer(controller)
    assert (len(snapshots), len(clock)) == (2, 1)


def test_a_laptop_asleep_mid_turn_counts_the_time_and_says_so(controller):
    controller.jump(1)  # the opening remarks: a 5-minute countdown
    controller.start()
    away, alerts = [], []
    controller.awayDetected.connect(lambda seconds, left: away.append((seconds, left)))
    controller.alertsRaised.connect(alerts.extend)
    for _ in range(3):  # ticks on time: nothing to say
        controller.clock.advance(controller.seconds_to_next_change())
        controller._on_timer()
    assert away == []
    left_at = controller.snapshot.time_of_day
    # The lid is closed for four minutes; the armed tick comes only after the wake-up,
    # and the clock (one that counts suspend) has moved on meanwhile.
    controller.clock.advance(240 + 0.5)
    controller._on_timer()
    [(seconds, left)] = away
    assert seconds == pytest.approx(240.5, abs=1)
    assert left == pytest.approx(left_at, abs=1)  # the last tick before the lid closed
    current = controller.snapshot.current
    assert current.remaining == pytest.approx(300 - controller.show.elapsed(1), abs=1e-6)
    assert 30 < current.remaining < 300 - 240
    # The warning (1:15 left) was crossed while asleep: given once, marked late.
    assert [(a.kind, a.late) for a in alerts] == [(AlertKind.WARNING, True)]


# --- the tick never dies ---------------------------------------------------------------------


class FailsOnce:
    """Stands in for a method: raises ``error`` on the calls numbered in ``failing``."""

    def __init__(self, method, error, failing=(1,)):
        self.method, self.error, self.failing, self.calls = method, error, set(failing), 0

    def __call__(self, *args):
        self.calls += 1
        if self.calls in self.failing:
            raise self.error
        return self.method(*args)


def run_seconds(controller, seconds):
    """The timer fires when it is set to, for ``seconds`` of the fake clock; returns the
    live turn's whole seconds shown, one per snapshot."""
    shown = []
    controller.snapshotChanged.connect(lambda s: shown.append(math.ceil(s.current.remaining)))
    end = controller.clock.monotonic() + seconds
    while controller.clock.monotonic() < end:
        controller.clock.advance(controller._timer.interval() / 1000)
        fire_timer(controller)
    return shown


def test_an_error_in_the_tick_is_reported_once_and_the_next_seconds_still_flip(
    controller, qtbot, monkeypatch
):
    controller.jump(1)  # the opening remarks: 5:00, warning at 1:15
    controller.start()
    controller.clock.advance(300 - 75 - 3.5)  # 1:18.5 left
    controller.tick()
    alerts = []
    controller.alertsRaised.connect(alerts.extend)
    poll = FailsOnce(controller.show.poll, RuntimeError("a bug in the engine"))
    monkeypatch.setattr(controller.show, "poll", poll)
    with qtbot.capture_exceptions() as reported:
        shown = run_seconds(controller, 6)
    assert [str(error) for _, error, _ in reported] == ["a bug in the engine"]
    assert poll.calls >= 6
    # Every second flipped, one by one, the one whose poll failed too; the warning came.
    assert shown == list(range(78, 72, -1))
    assert [a.kind for a in alerts] == [AlertKind.WARNING]
    assert controller._timer.isActive()


def test_a_snapshot_that_fails_again_and_again_is_reported_once_and_alerts_still_come(
    controller, qtbot, monkeypatch
):
    controller.jump(1)
    controller.start()
    controller.clock.advance(300 - 75 - 2.5)
    controller.tick()
    alerts = []
    controller.alertsRaised.connect(alerts.extend)
    broken = FailsOnce(controller.show.snapshot, ValueError("no snapshot"), range(1, 6))
    monkeypatch.setattr(controller.show, "snapshot", broken)
    with qtbot.capture_exceptions() as reported:
        shown = run_seconds(controller, 6)
    assert len(reported) == 1  # five failures in a row: one report
    assert [a.kind for a in alerts] == [AlertKind.WARNING]  # polled while it failed
    # Failing, it tried again every 100 ms (not in a busy loop); then the seconds came back.
    assert broken.calls >= 6
    assert broken.calls <= 12
    now = math.ceil(controller.show.snapshot().current.remaining)
    assert shown == list(range(now + len(shown) - 1, now - 1, -1))
    assert shown[0] >= 76  # the face was stale for about half a second
    assert controller._timer.isActive()


def sleeping_to_the_boundary(controller):
    """A running turn on the system clock's path: the timer woke early, 3 ms before."""
    controller.jump(1)
    controller.start()
    controller._precise = True  # as on the system clock: wake early, sleep to the boundary
    controller.clock.advance(0.9)  # the face's second comes first, in 0.1 s
    controller.tick()
    assert controller._due is not None
    controller.clock.advance(controller._due - controller.clock.monotonic() - 0.003)


def test_a_sleep_refused_under_a_shifted_clock_waits_another_way(controller, qtbot, monkeypatch):
    sleeping_to_the_boundary(controller)

    def sleep(seconds):  # what time.sleep does under libfaketime
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr("emcee.ui.controller.time.sleep", sleep)
    waited = []
    monkeypatch.setattr("emcee.ui.controller._NEVER_SET.wait", waited.append)
    snapshots = []
    controller.snapshotChanged.connect(snapshots.append)
    with qtbot.capture_exceptions() as reported:
        fire_timer(controller)
    assert reported == []  # not an internal error: the wait happened all the same
    assert waited == [pytest.approx(0.003)]
    assert len(snapshots) == 1
    assert controller._timer.isActive()


def test_a_failing_sleep_before_the_boundary_still_ticks(controller, qtbot, monkeypatch):
    sleeping_to_the_boundary(controller)

    def sleep(seconds):
        raise RuntimeError("no sleep")

    monkeypatch.setattr("emcee.ui.controller.time.sleep", sleep)
    snapshots = []
    controller.snapshotChanged.connect(snapshots.append)
    with qtbot.capture_exceptions() as reported:
        fire_timer(controller)
    assert [type(error) for _, error, _ in reported] == [RuntimeError]
    assert len(snapshots) == 1  # it ticked at once instead
    assert controller._timer.isActive()


def test_when_the_next_tick_cannot_be_aimed_it_comes_soon_anyway(controller, qtbot, monkeypatch):
    controller.start()
    aim = FailsOnce(controller._next_changes, ArithmeticError("cannot aim"))
    monkeypatch.setattr(controller, "_next_changes", aim)
    with qtbot.capture_exceptions() as reported:
        controller.tick()
    assert len(reported) == 1
    assert controller._timer.isActive()
    assert controller._timer.interval() <= 100
    controller.clock.advance(0.1)
    fire_timer(controller)  # aimed as usual again
    assert controller._timer.interval() > 100


def test_an_error_on_the_wall_clocks_second_alone_still_arms_the_next_tick(
    controller, qtbot, monkeypatch
):
    controller.jump(1)
    controller.start()
    controller.clock.advance(0.7502)
    now = FailsOnce(controller._time_of_day_now, RuntimeError("clock"))
    monkeypatch.setattr(controller, "_time_of_day_now", now)
    assert controller._clock_only
    with qtbot.capture_exceptions() as reported:
        fire_timer(controller)
    assert len(reported) == 1
    assert controller._timer.isActive()


def test_what_is_done_for_a_remote_is_recorded_with_where_it_came_from(controller, qtbot):
    recorded = []
    controller.record = lambda action: recorded.append((action.kind, dict(controller.origin)))
    controller.record_note = lambda text, tag: recorded.append((tag, dict(controller.origin)))
    remote = {"via": "osc", "address": "192.168.0.30", "role": ""}
    controller.start()
    with controller.acting_for(remote):
        controller.next()
        controller.set_blackout(True)
    controller.next()
    assert recorded == [
        (ActionKind.START, {}),
        (ActionKind.NEXT, remote),
        ("blackout", remote),
        (ActionKind.NEXT, {}),
    ]
    assert controller.show.history[1].kind is ActionKind.NEXT  # an action like any other
    assert controller.undo() is not None


@pytest.mark.parametrize(
    ("late_by", "move", "shift"),
    [
        (10 * 60, None, 0.0),  # close to the plan: kept, as the console does
        (-10 * 60, True, -10 * 60),  # moved when asked
        (-3 * 3600 + 20, None, -3 * 3600),  # far from it: moved, to whole minutes
        (-3 * 3600, False, 0.0),  # kept when asked
    ],
)
def test_starting_moves_the_plan_as_the_console_would(controller, late_by, move, shift):
    controller.clock.jump_wall(late_by)
    controller.start_with_plan(move)
    assert controller.show.state.shift == shift


def test_a_collection_that_raises_is_reported_once_and_the_seconds_still_flip(
    controller, qtbot, monkeypatch
):
    controller.jump(1)
    controller.start()
    controller.tick()
    collect = FailsOnce(lambda: None, RuntimeError("a finaliser failed"), failing=(1, 2, 3))
    monkeypatch.setattr(controller_module, "collect_if_due", collect)
    with qtbot.capture_exceptions() as reported:
        shown = run_seconds(controller, 4)
    assert [str(error) for _, error, _ in reported] == ["a finaliser failed"]
    assert collect.calls >= 4
    assert shown == list(range(299, 295, -1))  # every second, one by one
    assert controller._timer.isActive()
