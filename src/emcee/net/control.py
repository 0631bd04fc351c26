"""Remote control: the verbs, their parameters checked, the answers, and the limits.

Whatever carries it (an HTTP request, a message on the socket, an OSC packet), a request
becomes a ``Command``, a verb with its parameters checked and typed, or a ``RefusedError``
(an HTTP status and a reason) before anything reaches the console. Parameters arrive as
text (a query, a form, JSON values, OSC arguments); each verb takes only its own, each
once, each within its range: anything else is refused with what was wrong.

The console performs a command through the same controller methods as its keys and
answers with an ``Outcome``; ``answer`` turns either into the JSON the caller gets:
``{"ok": true, "verb": "next", "applied": true, ...}`` or ``{"ok": false, "verb": ...,
"status": 409, "error": "at-end", "message": {"ko": ..., "en": ...}}``.

``Throttle`` keeps one client (an address) from flooding the console and a stuck key
from repeating an action: the same command again within ``repeat_gap`` is refused (429)
and not done.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from emcee.net.texts import control_message

MAX_TEXT = 200  # characters of a message to the stage or the moderator
MAX_SECONDS = 3600  # added or taken at once
MAX_NUMBER = 10_000  # an item, phase, turn, segment or preset number
YES = frozenset({"yes", "true", "1", "on"})
NO = frozenset({"no", "false", "0", "off"})


class Verb(StrEnum):
    STATE = "state"
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    GOTO = "goto"
    ADD_TIME = "add-time"
    RESTART_TURN = "restart-turn"
    QUESTION = "question"
    MESSAGE = "message"
    BLACKOUT = "blackout"
    REBALANCE = "rebalance"
    UNDO = "undo"
    END = "end"


# Each verb's parameters, in the order OSC arguments fill them (README, "OSC").
PARAMETERS: dict[Verb, tuple[str, ...]] = {
    Verb.STATE: (),
    Verb.START: ("plan",),
    Verb.PAUSE: (),
    Verb.RESUME: (),
    Verb.NEXT: (),
    Verb.PREVIOUS: (),
    Verb.GOTO: ("item", "phase", "turn", "segment"),
    Verb.ADD_TIME: ("seconds",),
    Verb.RESTART_TURN: (),
    Verb.QUESTION: (),
    Verb.MESSAGE: ("to", "text", "blink", "preset"),
    Verb.BLACKOUT: ("on",),
    Verb.REBALANCE: ("step",),
    Verb.UNDO: (),
    Verb.END: ("confirm",),
}
PLANS = ("now", "keep")
TARGETS = ("stage", "moderator")
STEPS = ("propose", "apply", "undo")
# Verbs that ask and change nothing: never refused as a repeat.
ASKING = frozenset({Verb.STATE})


@dataclass(frozen=True, slots=True)
class Command:
    verb: Verb
    plan: str | None = None  # START: "now" moves the plan, "keep"; None: as the console does
    item: int | None = None  # GOTO: the item's number, as the agenda counts (from 1)
    phase: int | None = None  # GOTO: the item's phase, from 1
    turn: int | None = None  # GOTO: the phase's turn, from 1
    segment: int | None = None  # GOTO: a turn's id, as the state gives it (``segment``)
    seconds: int = 0  # ADD_TIME: negative takes time off
    to: str = "stage"  # MESSAGE: the presenter screen, or the moderator's view
    text: str = ""  # MESSAGE: empty (and no preset) takes the message off
    preset: int | None = None  # MESSAGE: the console's preset message, from 1
    blink: bool = False  # MESSAGE: on the presenter screen
    on: bool | None = None  # BLACKOUT: None turns it over, as the B key does
    step: str = "propose"  # REBALANCE
    confirm: bool = False  # END: the second step


class RefusedError(Exception):
    """A request that is not done: ``status`` and ``reason`` (texts.CONTROL_MESSAGES),
    ``detail`` names what was wrong (a parameter)."""

    def __init__(self, status: int, reason: str, detail: str = "") -> None:
        super().__init__(f"{status} {reason} {detail}".strip())
        self.status = status
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Outcome:
    """The console's answer to a command: done (``applied``: whether it changed the show),
    or refused with ``status`` and ``reason``; ``extra`` goes into the answer as it is."""

    status: int = 200
    reason: str = ""
    applied: bool = True
    extra: Mapping[str, Any] = field(default_factory=dict)


# --- parsing ----------------------------------------------------------------------------


def verb_of(name: str) -> Verb:
    try:
        return Verb(name)
    except ValueError:
        raise RefusedError(404, "unknown-verb", name[:40]) from None


def parse(verb: Verb, params: Mapping[str, str]) -> Command:
    """``verb`` with ``params`` (names to text), checked; raises RefusedError (400)."""
    allowed = PARAMETERS[verb]
    for name in params:
        if name not in allowed:
            raise RefusedError(400, "unknown-parameter", name[:40])
    get = params.get
    if verb is Verb.START:
        return Command(verb, plan=_choice(get("plan"), PLANS, "plan"))
    if verb is Verb.GOTO:
        # Items, phases and turns are counted from 1, as people do; a segment is an id
        # (the state's ``segment``), from 0.
        numbers = {
            name: _number(get(name), name, 0 if name == "segment" else 1) for name in allowed
        }
        if numbers["segment"] is None and numbers["item"] is None:
            raise RefusedError(400, "missing-parameter", "item")
        if numbers["segment"] is not None and any(numbers[n] for n in ("item", "phase", "turn")):
            raise RefusedError(400, "bad-parameter", "segment")
        return Command(
            verb,
            item=numbers["item"],
            phase=numbers["phase"],
            turn=numbers["turn"],
            segment=numbers["segment"],
        )
    if verb is Verb.ADD_TIME:
        seconds = _seconds(get("seconds"))
        return Command(verb, seconds=seconds)
    if verb is Verb.MESSAGE:
        text = _text(get("text"))
        preset = _number(get("preset"), "preset", 1)
        if text and preset is not None:
            raise RefusedError(400, "bad-parameter", "preset")
        return Command(
            verb,
            to=_choice(get("to"), TARGETS, "to") or "stage",
            text=text,
            preset=preset,
            blink=bool(_flag(get("blink"), "blink")),
        )
    if verb is Verb.BLACKOUT:
        on = get("on")
        toggled = on is not None and on.strip().lower() == "toggle"
        return Command(verb, on=None if toggled else _flag(on, "on"))
    if verb is Verb.REBALANCE:
        return Command(verb, step=_choice(get("step"), STEPS, "step") or "propose")
    if verb is Verb.END:
        return Command(verb, confirm=bool(_flag(get("confirm"), "confirm")))
    return Command(verb)


def _choice(value: str | None, choices: tuple[str, ...], name: str) -> str | None:
    if value is None:
        return None
    value = value.strip().lower()
    if value not in choices:
        raise RefusedError(400, "bad-parameter", name)
    return value


def _flag(value: str | None, name: str) -> bool | None:
    if value is None:
        return None
    value = value.strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise RefusedError(400, "bad-parameter", name)


def _number(value: str | None, name: str, lowest: int) -> int | None:
    if value is None:
        return None
    text = value.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 6:
        raise RefusedError(400, "bad-parameter", name)
    number = int(text)
    if not lowest <= number <= MAX_NUMBER:
        raise RefusedError(400, "bad-parameter", name)
    return number


def _seconds(value: str | None) -> int:
    if value is None:
        raise RefusedError(400, "missing-parameter", "seconds")
    text = value.strip()
    if not text.isascii() or len(text) > 24:
        raise RefusedError(400, "bad-parameter", "seconds")
    try:
        number = float(text)
    except ValueError:
        raise RefusedError(400, "bad-parameter", "seconds") from None
    if not math.isfinite(number) or abs(number) > MAX_SECONDS or round(number) == 0:
        raise RefusedError(400, "bad-parameter", "seconds")
    return round(number)


def _text(value: str | None) -> str:
    """A message as one line: runs of spaces and line breaks become one space; other
    control characters are refused (they are no message)."""
    if value is None:
        return ""
    if any((ord(c) < 32 and c not in "\t\r\n") or 0x7F <= ord(c) < 0xA0 for c in value):
        raise RefusedError(400, "bad-parameter", "text")
    text = " ".join(value.split())
    if len(text) > MAX_TEXT:
        raise RefusedError(400, "bad-parameter", "text")
    return text


def text_value(value: object) -> str:
    """A parameter's value as text, from JSON or OSC (a number, a flag); raises RefusedError
    for anything else (a list, an object, null)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "nan"
    if isinstance(value, str):
        return value
    raise RefusedError(400, "bad-parameter")


# --- answers ----------------------------------------------------------------------------


def answer(verb: str, outcome: Outcome) -> dict[str, Any]:
    """The JSON a caller gets for ``outcome``."""
    if outcome.status < 400:
        return {"ok": True, "verb": verb, "applied": outcome.applied, **outcome.extra}
    return refused(verb, outcome.status, outcome.reason, str(outcome.extra.get("detail", "")))


def refused(verb: str, status: int, reason: str, detail: str = "") -> dict[str, Any]:
    ko, en = control_message(reason)
    body: dict[str, Any] = {
        "ok": False,
        "verb": verb,
        "status": status,
        "error": reason,
        "message": {"ko": ko.replace("%1", detail), "en": en.replace("%1", detail)},
    }
    if detail:
        body["detail"] = detail
    return body


# --- limits -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ControlLimits:
    rate: float = 20.0  # requests a second from one address, on average
    burst: float = 40.0  # ... and at once
    repeat_gap: float = 1.0  # seconds in which the same command again is refused
    clients: int = 1024  # addresses remembered at most (the oldest are forgotten)


class Throttle:
    """Per client (an address): a token bucket for every request, and the time each of
    its commands was last let through. Used from the server's thread only."""

    def __init__(self, limits: ControlLimits | None = None) -> None:
        self.limits = limits or ControlLimits()
        self._buckets: dict[str, tuple[float, float]] = {}  # allowance, when
        self._last: dict[tuple[str, Command], float] = {}

    def allow(self, client: str, now: float | None = None) -> bool:
        """Whether ``client`` may make one more request now."""
        now = time.monotonic() if now is None else now
        rate, burst = self.limits.rate, self.limits.burst
        allowance, when = self._buckets.pop(client, (burst, now))
        allowance = min(burst, allowance + max(0.0, now - when) * rate)
        allowed = allowance >= 1
        self._buckets[client] = (allowance - 1 if allowed else allowance, now)
        while len(self._buckets) > self.limits.clients:
            del self._buckets[next(iter(self._buckets))]
        return allowed

    def first(self, client: str, command: Command, now: float | None = None) -> bool:
        """Whether ``command`` from ``client`` is not a repeat of one let through less
        than ``repeat_gap`` ago (a stuck key, a double tap); notes it if it is not."""
        if command.verb in ASKING or self.limits.repeat_gap <= 0:
            return True
        now = time.monotonic() if now is None else now
        key = (client, command)
        last = self._last.get(key)
        if last is not None and now - last < self.limits.repeat_gap:
            return False
        self._last.pop(key, None)
        self._last[key] = now
        if len(self._last) > self.limits.clients:
            gap = self.limits.repeat_gap
            self._last = {k: at for k, at in self._last.items() if now - at < gap}
            while len(self._last) > self.limits.clients:
                del self._last[next(iter(self._last))]
        return True
