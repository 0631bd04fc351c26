"""The one QObject that owns the show: it ticks it, performs actions and emits snapshots.

Ticks are aimed at the next moment a displayed value changes (the current turn's next
whole second, or the wall clock's), with a single-shot precise timer, not at a fixed
rate: a running show wakes the laptop about twice a second, an idle one at most once.
While a turn runs, the wall clock's seconds in between its own get ``wallClockChanged``
alone: no snapshot, nothing repainted but the console's clock.
Qt's timers count whole milliseconds and may fire a millisecond late, so on the system
clock the timer wakes a few milliseconds early and the tick waits out the rest: the new
second reaches the screen within about a millisecond of the true boundary.
A tick that comes much later than it was aimed means the laptop slept (the lid closed) or
the app was frozen: the show's clock counted that time (core/clock.py), and ``awayDetected``
says how long it was, so the console can tell the moderator.
Windows never talk to each other; they render what this controller emits: first
``snapshotUrgent`` (the presenter screen, which the audience watches), then
``snapshotChanged`` (everything else).
The tick never dies: whatever raises in it is logged, reported once through
``sys.excepthook`` (the app's writes it to its error log and says so on the console), and
the next tick is armed all the same, so the show keeps counting and its alerts still come.
"""

from __future__ import annotations

import logging
import math
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from emcee.core.agenda.model import Agenda
from emcee.core.agenda.schedule import Schedule
from emcee.core.clock import Clock, SystemClock
from emcee.core.engine.actions import Action, ActionKind
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import Alert, Proposal, ShowState, Snapshot
from emcee.ui.garbage import collect_if_due

# Tick this long after a boundary, so the value shown has surely changed.
TICK_MARGIN = 0.0002
# On the system clock the timer wakes this long before the tick is due, and the tick
# sleeps until it is (the sleep is exact to a tenth of a millisecond; the timer is not).
PRECISE_LEAD = 0.004
# A tick this much later than aimed: the laptop slept, or something froze the app.
AWAY_AFTER = 5.0
# Tags of the journal notes about the presenter screen (docs/journal-format.md).
NOTE_PRESENTER = "presenter"  # text: the message shown; "" when it was taken off
NOTE_BLACKOUT = "blackout"  # text: "on" or "off"
# When the next tick cannot be aimed (no fresh snapshot, an error), it comes this soon.
RETRY_TICK_MS = 100
# Starting this far from the planned start offers to move the plan (a rehearsal); it is
# also what a remote Start does when it does not say (the console's default answer).
REHEARSAL_OFFER_AFTER = 30 * 60

log = logging.getLogger(__name__)
_NEVER_SET = threading.Event()


def _sleep(seconds: float) -> None:
    """Sleep to the boundary. time.sleep is the precise one (on Windows too); where it
    refuses (EINVAL under a shifted wall clock, as libfaketime makes one), an event's wait
    does the same without calling it an error."""
    try:
        time.sleep(seconds)
    except OSError:
        _NEVER_SET.wait(seconds)


@dataclass(frozen=True, slots=True)
class Overlay:
    """What the operator puts over the presenter screen's timer."""

    message: str = ""  # shown in large text over the timer while not empty
    blink: bool = False
    blackout: bool = False


class ShowController(QObject):
    snapshotUrgent = Signal(object)  # Snapshot, first: for the presenter screen
    snapshotChanged = Signal(object)  # Snapshot, then: for the console and the rest
    alertsRaised = Signal(list)  # list[Alert], in order
    overlayChanged = Signal(object)  # Overlay
    actionPerformed = Signal(object)  # Action, after it was recorded
    # float: the time of day, on the wall clock's seconds between snapshots of a running turn
    wallClockChanged = Signal(float)
    # float, float: seconds the app was away (asleep or frozen), and the time of day it left
    awayDetected = Signal(float, float)

    def __init__(
        self,
        schedule: Schedule | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
        *,
        show: Show | None = None,
    ) -> None:
        """A new show on ``schedule``, or ``show``: one already under way (rebuilt from its
        journal after a crash), which keeps its own clock."""
        super().__init__(parent)
        if show is None:
            if schedule is None:
                raise TypeError("ShowController needs a schedule or a show")
            show = Show(schedule, clock or SystemClock())
        self.clock: Clock = show.clock
        self.show = show
        self.overlay = Overlay()
        self._snapshot_at = self.clock.monotonic()
        self.snapshot: Snapshot = self.show.snapshot()
        self._wall_second = math.floor(self.snapshot.time_of_day)  # the one last shown
        # Called before an action, the alerts of a poll, or a change on the presenter
        # screen is shown as done (the journal's fsync goes here).
        self.record: Callable[[Action], None] | None = None
        self.record_alerts: Callable[[list[Alert]], None] | None = None
        self.record_note: Callable[[str, str], None] | None = None  # text, tag
        # Where the action being done comes from, while a remote one is done (the
        # journal writes it beside the action or note); empty: the console itself.
        self.origin: Mapping[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)
        # Wake early and sleep to the boundary only on the real clock: a fake clock does
        # not move while the process sleeps.
        self._precise = isinstance(self.clock, SystemClock)
        self._due: float | None = None  # monotonic time the timer's tick is due
        self._aimed_at: float | None = None  # monotonic time the armed timer aims at
        self._armed_at = 0.0  # monotonic time it was armed: the app was awake then
        self._clock_only = False  # the timer is set for a second of the wall clock alone
        self._reported: set[tuple[str, str, int]] = set()  # tick errors already reported

    @property
    def schedule(self) -> Schedule:
        return self.show.schedule

    # --- ticking ---------------------------------------------------------------------------

    def begin(self) -> None:
        """Emit the first snapshot and start ticking."""
        self.tick()

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> None:
        """Poll the show, emit its snapshot and alerts, and arm the next tick, whatever
        raises on the way."""
        alerts: list[Alert] = []
        try:
            alerts = self.show.poll()
        except Exception as error:  # the thresholds are checked again at the next tick
            self._report(error)
        fresh = False
        try:
            self._snapshot_at = self.clock.monotonic()
            self.snapshot = self.show.snapshot()
            self._wall_second = math.floor(self.snapshot.time_of_day)
            fresh = True
        except Exception as error:  # the last snapshot stays on screen until one works
            self._report(error)
        try:
            # The stage first: the presenter screen paints before the console's heavier
            # work and before the journal's fsync of any alerts.
            if fresh:
                self.snapshotUrgent.emit(self.snapshot)
            # A poll reports each alert once: they are recorded and sounded even when
            # the snapshot failed.
            if alerts and self.record_alerts is not None:
                self.record_alerts(alerts)
            if fresh:
                self.snapshotChanged.emit(self.snapshot)
            if alerts:
                self.alertsRaised.emit(alerts)
        except Exception as error:
            self._report(error)
        self._arm(aim=fresh)

    def seconds_to_next_change(self) -> float:
        """Time from now until a displayed second changes: the live turn's, or the wall
        clock's (counted from the last snapshot, not from when it was shown)."""
        return min(self._next_changes())

    def _next_changes(self) -> tuple[float, float]:
        """Seconds from now until the show's displayed seconds change (the live turn's
        face while it runs, else the wall clock's), and until the wall clock's do."""
        snapshot = self.snapshot
        since = self.clock.monotonic() - self._snapshot_at
        wall = max(0.0, self._wall_second + 1 - self._time_of_day_now())
        current = snapshot.current
        if current is None or snapshot.state is not ShowState.RUNNING:
            return wall, wall
        fraction = current.remaining - math.floor(current.remaining)
        return max(0.0, (fraction if fraction > 0 else 1.0) - since), wall

    def _time_of_day_now(self) -> float:
        """The wall clock now, on the last snapshot's time base."""
        return self.snapshot.time_of_day + self.clock.monotonic() - self._snapshot_at

    def _schedule_tick(self) -> None:
        self._armed_at = self.clock.monotonic()
        face, wall = self._next_changes()
        running = self.snapshot.state is ShowState.RUNNING
        # While a turn runs, a second of the wall clock that is not a new minute (the
        # presenter's clock shows minutes) changes nothing but the console's clock: it
        # gets that second alone, without a snapshot or a repaint of the show.
        self._clock_only = running and wall < face and (self._wall_second + 1) % 60 != 0
        self._due = None
        if self._clock_only:
            delay = wall + TICK_MARGIN
            self._aimed_at = self.clock.monotonic() + delay
            self._timer.start(max(1, math.ceil(delay * 1000)))
            return
        delay = min(face, wall) + TICK_MARGIN
        self._aimed_at = self.clock.monotonic() + delay
        # Only a running turn's seconds need the early wake (a wake-up more): idle, the
        # console's wall clock may turn a millisecond late.
        if self._precise and running:
            self._due = self.clock.monotonic() + delay
            self._timer.start(max(0, math.floor((delay - PRECISE_LEAD) * 1000)))
        else:
            self._timer.start(max(1, math.ceil(delay * 1000)))

    def _arm(self, aim: bool = True) -> None:
        """Set the timer for the next tick: aimed at the next change, or, when there is
        no fresh snapshot to aim from (or aiming fails), a moment from now."""
        try:
            if aim:
                self._schedule_tick()
                return
        except Exception as error:
            self._report(error)
        self._clock_only = False
        self._due = None
        self._aimed_at = None  # a retry is not aimed: it says nothing about sleep
        self._timer.start(RETRY_TICK_MS)

    def _on_timer(self) -> None:
        self._tick_on_time()
        try:
            collect_if_due()  # in this thread, after the second is shown (ui/garbage.py)
        except Exception as error:
            self._report(error)

    def _tick_on_time(self) -> None:
        try:
            self._notice_absence()
        except Exception as error:  # telling it must not stop the tick
            self._report(error)
        if self._clock_only:
            try:
                now = self._time_of_day_now()
                self._wall_second = math.floor(now)
                self.wallClockChanged.emit(now)
            except Exception as error:
                self._report(error)
            self._arm()
            return
        if self._due is not None:
            try:
                early = self._due - self.clock.monotonic()
                if 0 < early <= 2 * PRECISE_LEAD:
                    _sleep(early)
            except Exception as error:  # e.g. OSError under a shifted clock: tick now
                self._report(error)
        self.tick()

    def _notice_absence(self) -> None:
        """Say so when this tick comes long after it was aimed (asleep, or frozen)."""
        if self._aimed_at is None:
            return
        now = self.clock.monotonic()
        if now - self._aimed_at > AWAY_AFTER:
            away = now - self._armed_at  # from the last moment it was surely awake
            self.awayDetected.emit(away, self._time_of_day_now() - away)
            self._clock_only = False  # everything shown is stale: a whole snapshot

    def _report(self, error: Exception) -> None:
        """Log an error raised while ticking; report it once, not on every tick it recurs."""
        log.warning("tick: %s: %s", type(error).__name__, error)
        frames = traceback.extract_tb(error.__traceback__)
        where = (frames[-1].filename, frames[-1].lineno or 0) if frames else ("", 0)
        key = (type(error).__name__, *where)
        if key in self._reported:
            return
        self._reported.add(key)
        # The app's hook writes it to the error log and says so on the console (in the
        # operator's language); elsewhere the default one prints it.
        sys.excepthook(type(error), error, error.__traceback__)

    # --- operator actions ----------------------------------------------------------------

    @contextmanager
    def acting_for(self, origin: Mapping[str, str]) -> Iterator[None]:
        """Actions and notes done inside are recorded as coming from ``origin`` (remote
        control: ``via``, ``address``, ``role``); they are the console's own actions."""
        before, self.origin = self.origin, origin
        try:
            yield
        finally:
            self.origin = before

    def _do(self, perform: Callable[[], Action | None]) -> Action | None:
        action = perform()
        if action is None:
            return None
        if self.record is not None:
            self.record(action)
        self.actionPerformed.emit(action)
        self.tick()
        return action

    def start(self, shift: float = 0.0) -> Action | None:
        return self._do(lambda: self.show.start(shift))

    def start_offset(self) -> float:
        """How far now is past the planned start of the turn the show would start on
        (negative: before it); far from it, starting may move the plan (a rehearsal)."""
        snapshot = self.show.snapshot()  # now, not as of the last tick
        first = snapshot.next_segment
        planned = snapshot.items[first.item_index].planned_start if first else snapshot.time_of_day
        return snapshot.time_of_day - planned

    def start_with_plan(self, move: bool | None = None) -> Action | None:
        """Start; ``move``: shift the whole plan to begin now (whole minutes: the moved plan
        reads 15:35, not 15:35:12), or keep the planned times; None: move it only when
        now is REHEARSAL_OFFER_AFTER or more from the plan (the console's default)."""
        offset = self.start_offset()
        if move is None:
            move = abs(offset) >= REHEARSAL_OFFER_AFTER
        return self.start(shift=round(offset / 60) * 60 if move else 0.0)

    def pause(self) -> Action | None:
        return self._do(self.show.pause)

    def resume(self) -> Action | None:
        return self._do(self.show.resume)

    def toggle_pause(self) -> Action | None:
        """Space: start, pause or resume, whichever applies."""
        state = self.show.state.show
        if state is ShowState.READY:
            return self.start()
        if state is ShowState.RUNNING:
            return self.pause()
        if state is ShowState.PAUSED:
            return self.resume()
        return None

    def next(self) -> Action | None:
        return self._do(self.show.next)

    def previous(self) -> Action | None:
        return self._do(self.show.previous)

    def jump(self, segment: int) -> Action | None:
        return self._do(lambda: self.show.jump(segment))

    def comeback(self, segment: int) -> Action | None:
        return self._do(lambda: self.show.comeback(segment))

    def adjust(self, seconds: float) -> Action | None:
        return self._do(lambda: self.show.adjust(seconds))

    def restart(self) -> Action | None:
        return self._do(self.show.restart)

    def question(self) -> Action | None:
        return self._do(self.show.question)

    def skip(self, item: int) -> Action | None:
        return self._do(lambda: self.show.skip(item))

    def unskip(self, item: int) -> Action | None:
        return self._do(lambda: self.show.unskip(item))

    def rebalance(self, proposal: Proposal) -> Action | None:
        return self._do(lambda: self.show.rebalance(proposal))

    def edit(self, agenda: Agenda) -> Action | None:
        """Run on an edited agenda from now on; check ``show.edit_problems`` first."""
        return self._do(lambda: self.show.edit(agenda))

    def end(self) -> Action | None:
        return self._do(self.show.end)

    def undo(self) -> Action | None:
        return self._do(self.show.undo)

    def last_action(self) -> ActionKind | None:
        history = self.show.history
        return history[-1].kind if history else None

    # --- presenter overlay ---------------------------------------------------------------

    def set_message(self, text: str, blink: bool = False) -> None:
        self._set_overlay(replace(self.overlay, message=text.strip(), blink=blink))

    def clear_message(self) -> None:
        self._set_overlay(replace(self.overlay, message="", blink=False))

    def set_blackout(self, on: bool) -> None:
        self._set_overlay(replace(self.overlay, blackout=on))

    def _set_overlay(self, overlay: Overlay) -> None:
        if overlay == self.overlay:
            return
        if self.record_note is not None:
            # What the stage saw is part of the record: a message (empty when taken
            # off) and the blackout, each noted only when it changes.
            if (overlay.message, overlay.blink) != (self.overlay.message, self.overlay.blink):
                self.record_note(overlay.message, NOTE_PRESENTER)
            if overlay.blackout != self.overlay.blackout:
                self.record_note("on" if overlay.blackout else "off", NOTE_BLACKOUT)
        self.overlay = overlay
        self.overlayChanged.emit(overlay)
