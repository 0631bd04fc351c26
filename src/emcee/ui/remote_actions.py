"""Remote control, the console's side: what the server let through is done here.

In the console's thread, through the same controller methods as the console's keys (so
it is undoable with Ctrl+Z, journaled and replayed like them), inside the controller's
``acting_for``: the journal writes where it came from. Each command's outcome goes back
to the server (the caller's answer) and to the console's remote log (``RemoteLog``).

What a request may do is what the keys may, with the console's own defaults: Start moves
the plan as the console's dialog would by default, Go to jumps as Enter does (the page
asks first, as the console does), Blackout without ``on`` turns it over as B does.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from emcee.core.engine.actions import ActionKind
from emcee.core.engine.snapshot import ShowState, who_and_what
from emcee.net.control import Command, Outcome, Verb
from emcee.net.events import ControlRequest
from emcee.net.protocol import proposal
from emcee.ui.controller import ShowController

log = logging.getLogger(__name__)

PLAN_MOVES = {"now": True, "keep": False, None: None}


@dataclass(frozen=True, slots=True)
class Done:
    """One remote command and what became of it, for the console's remote log."""

    at: dt.datetime
    command: Command
    origin: Mapping[str, str]
    outcome: Outcome
    text: str = ""  # the message sent, when a preset was (its words, not its number)


class RemoteActions(QObject):
    performed = Signal(object)  # Done

    def __init__(
        self,
        controller: Callable[[], ShowController],
        send_cue: Callable[[str], None],
        clear_cue: Callable[[], None],
        stage_presets: Callable[[], list[str]],
        cue_presets: Callable[[], list[str]],
        parent: QObject | None = None,
    ) -> None:
        """``controller`` gives the console's controller now (another agenda, another
        one); ``send_cue`` / ``clear_cue`` reach the moderator's view; the presets are
        the console's, in its language."""
        super().__init__(parent)
        self.controller = controller
        self.send_cue = send_cue
        self.clear_cue = clear_cue
        self.stage_presets = stage_presets
        self.cue_presets = cue_presets

    def perform(self, request: ControlRequest) -> None:
        """Do ``request`` unless the server gave up on it, and answer it."""
        if not request.answer.set_running_or_notify_cancel():
            return  # answered 503 already: never done
        controller = self.controller()
        text = ""
        try:
            with controller.acting_for(request.origin):
                outcome, text = self._do(controller, request.command)
        except Exception as error:  # whatever it is, the show goes on and the caller hears
            log.exception("remote %s", request.command)
            outcome = Outcome(
                500, "internal", applied=False, extra={"detail": type(error).__name__}
            )
        if outcome.status < 400:
            outcome = Outcome(
                outcome.status,
                outcome.reason,
                outcome.applied,
                {**summary(controller), **outcome.extra},
            )
        request.answer.set_result(outcome)
        now = controller.clock.now()
        self.performed.emit(Done(now, request.command, request.origin, outcome, text))

    def _do(self, controller: ShowController, command: Command) -> tuple[Outcome, str]:
        verb = command.verb
        state = controller.show.state.show
        if verb is Verb.MESSAGE:
            return self._message(controller, command)
        if verb is Verb.BLACKOUT:
            on = not controller.overlay.blackout if command.on is None else command.on
            changed = on != controller.overlay.blackout
            controller.set_blackout(on)
            return Outcome(applied=changed, extra={"blackout": on}), ""
        if verb is Verb.REBALANCE:
            return self._rebalance(controller, command), ""
        if state is ShowState.ENDED and verb is not Verb.UNDO:
            return Outcome(409, "ended", applied=False), ""
        if verb is Verb.END and not command.confirm:
            return Outcome(409, "confirm-needed", applied=False), ""
        if verb is Verb.GOTO:
            target, missing = segment_of(controller, command)
            if target is None:
                return Outcome(409, "no-such-turn", False, {"detail": missing}), ""
            if target == controller.show.state.current:
                return Outcome(409, "already-there", applied=False), ""
            return _done(controller.jump(target), verb), ""
        actions: dict[Verb, Callable[[], object]] = {
            Verb.START: lambda: controller.start_with_plan(PLAN_MOVES[command.plan]),
            Verb.PAUSE: controller.pause,
            Verb.RESUME: controller.resume,
            Verb.NEXT: controller.next,
            Verb.PREVIOUS: controller.previous,
            Verb.ADD_TIME: lambda: controller.adjust(command.seconds),
            Verb.RESTART_TURN: controller.restart,
            Verb.QUESTION: controller.question,
            Verb.UNDO: controller.undo,
            Verb.END: controller.end,
        }
        return _done(actions[verb](), verb), ""

    def _message(self, controller: ShowController, command: Command) -> tuple[Outcome, str]:
        text = command.text
        if command.preset is not None:
            presets = self.stage_presets() if command.to == "stage" else self.cue_presets()
            if command.preset > len(presets):
                return Outcome(400, "no-preset", False, {"detail": str(command.preset)}), ""
            text = presets[command.preset - 1]
        if command.to == "moderator":
            if text:
                self.send_cue(text)
            else:
                self.clear_cue()
            return Outcome(), text
        before = controller.overlay
        if text:
            controller.set_message(text, command.blink)
        else:
            controller.clear_message()
        return Outcome(applied=controller.overlay != before), text

    def _rebalance(self, controller: ShowController, command: Command) -> Outcome:
        snapshot = controller.snapshot
        if command.step == "propose":
            return Outcome(applied=False, extra={"proposal": proposal(snapshot)})
        if command.step == "undo":
            if controller.last_action() is not ActionKind.REBALANCE:
                return Outcome(409, "not-rebalanced", applied=False)
            return _done(controller.undo(), Verb.UNDO)
        found = snapshot.proposal
        if found is None or not found.changes:
            return Outcome(409, "no-proposal", applied=False)
        return _done(controller.rebalance(found), Verb.REBALANCE)


def segment_of(controller: ShowController, command: Command) -> tuple[int | None, str]:
    """The segment a Go to names (its id, or item / phase / turn counted from 1), or None
    and what was not found."""
    layout = controller.show.layout
    if command.segment is not None:
        if command.segment < len(layout.segments):
            return command.segment, ""
        return None, f"segment {command.segment}"
    item = command.item or 0
    if not 1 <= item <= len(layout.item_segments):
        return None, f"item {item}"
    turns = [layout.segments[i] for i in layout.item_segments[item - 1]]
    phase = command.phase or 1
    in_phase = [segment for segment in turns if segment.phase_index == phase - 1]
    if not in_phase:
        return None, f"item {item} phase {phase}"
    turn = command.turn or 1
    if not 1 <= turn <= len(in_phase):
        return None, f"item {item} phase {phase} turn {turn}"
    return in_phase[turn - 1].index, ""


# Why the controller did not do a verb, when it did nothing (409).
WHY_NOT = {
    Verb.START: "already-started",
    Verb.PAUSE: "not-running",
    Verb.RESUME: "not-paused",
    Verb.PREVIOUS: "at-start",
    Verb.UNDO: "nothing-to-undo",
    Verb.QUESTION: "no-open-floor",
}


def _done(action: object, verb: Verb) -> Outcome:
    """Done if the controller did it; else why not (409)."""
    if action is not None:
        return Outcome()
    return Outcome(409, WHY_NOT.get(verb, "not-possible"), applied=False)


def summary(controller: ShowController) -> dict[str, Any]:
    """The show after a command, in a few words: the answer's ``show`` and ``live``."""
    snapshot = controller.snapshot
    current = snapshot.current
    live = None
    if current is not None:
        segment = current.segment
        speaker, title = who_and_what(segment, current.item.planned.item)
        live = {
            "segment": segment.index,
            "item": segment.item_index + 1,
            "phase": segment.phase_index + 1,
            "turn": segment.turn_index + 1,
            "speaker": speaker,
            "title": title,
            "remaining": round(current.remaining, 1),
        }
    return {"show": snapshot.state.value, "live": live}
