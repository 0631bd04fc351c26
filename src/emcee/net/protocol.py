"""What the pages are told: each role's state as JSON, and the messages on the socket.

``view_state`` is a pure function of a snapshot and what the console adds to it (the
presenter screen's message, a cue to the moderator, the last alert). Nothing in it moves
with the clock while a turn runs: the live turn has an absolute deadline (``end``, in
server time, the show clock's monotonic seconds), so consecutive snapshots give the same
state and nothing is sent. Times of day that move with the clock (projections during an
overrun) are given to the minute, as the pages show them, so they change once a minute.

A page turns server time into its own with the offset it measures (ping/pong), and into
a time of day with ``wall``: time of day = server time + ``wall`` (a wall clock that
jumps changes ``wall``, never a deadline).

Each role gets only what it may see: the programme view has no messages, notes or drift;
the control role (the remote) sees what the moderator does, the run-down and the
rebalancing proposal.

Messages, one JSON object per WebSocket text frame, ``type`` first:

- server -> page: ``hello`` (``role``, ``now``: server time), ``state`` (``state``),
  ``pong`` (``c``: the page's own send time echoed, ``now``), ``error`` (``reason``),
  ``reply`` (``id`` of the ``do`` it answers, then the answer: emcee.net.control.answer).
- page -> server: ``ping`` (``c``), from the moderator view ``delivered`` / ``read``
  (``id`` of the cue), and ``do`` (``id``: the page's own number for the reply, ``verb``,
  ``args``: the verb's parameters by name): a remote control request, done only for a
  role that acts (any other is answered 403).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from emcee.core.agenda.model import ItemKind, PhaseKind, Programme
from emcee.core.agenda.script import script
from emcee.core.engine.show import TIME_UP_WINDOW
from emcee.core.engine.snapshot import (
    Alert,
    Current,
    ItemView,
    SegmentView,
    ShowState,
    Snapshot,
    Status,
    who_and_what,
)
from emcee.net.control import RefusedError, text_value
from emcee.net.roles import Role

PROTOCOL = 1
MAX_MESSAGE = 4096  # bytes of one message from a page; a ping is about 40


@dataclass(frozen=True, slots=True)
class StageOverlay:
    """What the operator puts over the presenter screen's timer (the console's Overlay)."""

    message: str = ""
    blink: bool = False
    blackout: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """A private message to the moderator; ``text`` empty: taken off."""

    id: int
    text: str


@dataclass(frozen=True, slots=True)
class Raised:
    """The console's latest alert, numbered so that a page vibrates once for it."""

    id: int
    alert: Alert


@dataclass(frozen=True, slots=True)
class Remote:
    """What the remote (the control role) needs besides the show."""

    enabled: bool = True  # False: read-only, the console switched control off
    stage_presets: tuple[str, ...] = ()  # the console's preset messages, as it would send
    cue_presets: tuple[str, ...] = ()  # ... and those to the moderator
    undo_rebalance: bool = False  # the last action was a rebalancing (Undo offered)


@dataclass(frozen=True, slots=True)
class Context:
    """What the pages see besides the snapshot."""

    programme: Programme
    stage: StageOverlay = field(default_factory=StageOverlay)
    cue: Cue | None = None
    alert: Raised | None = None
    lang: str = "ko"  # the console's language: a page's default
    wall: float = 0.0  # time of day minus server time, in seconds
    remote: Remote = field(default_factory=Remote)


def view_state(role: Role, snapshot: Snapshot, context: Context) -> dict[str, Any]:
    """Everything ``role``'s page shows, as JSON-ready values."""
    programme = context.programme
    state: dict[str, Any] = {
        "v": PROTOCOL,
        "role": role.value,
        "lang": context.lang,
        "show": snapshot.state.value,
        "wall": round(context.wall, 1),
        "programme": {
            "title": programme.title,
            "subtitle": programme.subtitle,
            "venue": programme.venue,
            "date": programme.date.isoformat() if programme.date else "",
        },
    }
    return state | _BY_ROLE[role](snapshot, context)


def _stage(snapshot: Snapshot, context: Context) -> dict[str, Any]:
    overlay = context.stage
    following = _next(snapshot)
    if following is not None:
        del following["start"]  # the stage says what is next, not when: one change less
    return {
        "live": _live(snapshot),
        "next": following,
        "opening": _opening(snapshot),
        "overlay": {
            "message": overlay.message,
            "blink": overlay.blink,
            "blackout": overlay.blackout,
        },
    }


def _moderator(snapshot: Snapshot, context: Context) -> dict[str, Any]:
    live = _live(snapshot)
    raised = context.alert
    alert = None
    if raised is not None and live is not None and raised.alert.segment == live["segment"]:
        alert = {
            "id": raised.id,
            "kind": raised.alert.kind.value,
            "minute": raised.alert.minute,
            "speaker": raised.alert.speaker,
        }
    cue = context.cue
    return {
        "live": live,
        "next": _next(snapshot),
        "opening": _opening(snapshot),
        "notes": _notes(snapshot.current),
        "alert": alert,
        "cue": {"id": cue.id, "text": cue.text} if cue is not None and cue.text else None,
        "overlay": {"message": context.stage.message, "blackout": context.stage.blackout},
        **_ends(snapshot),
        "drift": round(snapshot.drift / 60),  # whole minutes, as the console says it
    }


def _mc(snapshot: Snapshot, context: Context) -> dict[str, Any]:
    # The MC's lines and where the show is in them; no notes, messages or delay.
    return {
        "live": _live(snapshot),
        "next": _next(snapshot),
        "opening": _opening(snapshot),
        "script": _script(snapshot, context.lang),
    }


def _backstage(snapshot: Snapshot, context: Context) -> dict[str, Any]:
    return {
        "live": _live(snapshot),
        "next": _next(snapshot),
        "items": _rundown(snapshot),
        **_ends(snapshot),
    }


def _programme(snapshot: Snapshot, context: Context) -> dict[str, Any]:
    # For the audience: what runs when, and no figure of how late it is.
    return {"items": _rundown(snapshot), **_ends(snapshot)}


def _clock(snapshot: Snapshot, context: Context) -> dict[str, Any]:
    return _ends(snapshot)


def _control(snapshot: Snapshot, context: Context) -> dict[str, Any]:
    # The moderator's view of the show, and what the remote's buttons need.
    remote = context.remote
    cue = context.cue
    overlay = context.stage
    return {
        "live": _live(snapshot),
        "next": _next(snapshot),
        "opening": _opening(snapshot),
        **_ends(snapshot),
        "drift": round(snapshot.drift / 60),
        "overlay": {
            "message": overlay.message,
            "blink": overlay.blink,
            "blackout": overlay.blackout,
        },
        "cue": {"id": cue.id, "text": cue.text} if cue is not None and cue.text else None,
        "items": _rundown(snapshot),
        "proposal": proposal(snapshot),
        "can_undo": snapshot.can_undo,
        "remote": {
            "enabled": remote.enabled,
            "stage_presets": list(remote.stage_presets),
            "cue_presets": list(remote.cue_presets),
            "undo_rebalance": remote.undo_rebalance,
        },
    }


_BY_ROLE: dict[Role, Callable[[Snapshot, Context], dict[str, Any]]] = {
    Role.STAGE: _stage,
    Role.MODERATOR: _moderator,
    Role.MC: _mc,
    Role.BACKSTAGE: _backstage,
    Role.PROGRAMME: _programme,
    Role.CLOCK: _clock,
    Role.CONTROL: _control,
}


# --- parts ------------------------------------------------------------------------------


def minute(time_of_day: float) -> int:
    """A time of day as the pages show it (HH:MM): whole seconds, then the minute."""
    return math.floor(round(time_of_day) / 60) * 60


def _ms(seconds: float) -> float:
    return round(seconds, 3)


def _live(snapshot: Snapshot) -> dict[str, Any] | None:
    current = snapshot.current
    if current is None:
        return None
    segment = current.segment
    item = current.item
    speaker, title = who_and_what(segment, item.planned.item)
    running = snapshot.state is ShowState.RUNNING
    live: dict[str, Any] = {
        **_where(segment, item),
        "speaker": speaker,
        "title": title,
        "turn": current.turn_number,
        "turns": current.turns_in_phase,
        "style": current.timer.value,
        "total": _ms(current.allotted + current.added),
        # Running: the deadline, fixed while the turn runs; paused: the time left.
        "end": _ms(snapshot.monotonic + current.remaining) if running else None,
        "left": None if running else _ms(current.remaining),
        "levels": [current.warning_lead, current.final_lead, -TIME_UP_WINDOW],
        "block_end": None,
        "block_left": None,
        "target": current.target_time,
        "planned_end": item.planned_start + item.planned_duration,
    }
    question = current.question
    live["question"] = None
    if question is not None:  # the discussion's second countdown, sent as the turn's is
        live["question"] = {
            "number": question.number,
            "answering": question.answering,
            "end": _ms(snapshot.monotonic + question.remaining) if running else None,
            "left": None if running else _ms(question.remaining),
        }
    if current.block_remaining is not None:
        if running:
            live["block_end"] = _ms(snapshot.monotonic + current.block_remaining)
        else:
            live["block_left"] = _ms(current.block_remaining)
    return live


def _where(segment: SegmentView, item: ItemView) -> dict[str, Any]:
    planned = item.planned.item
    return {
        "segment": segment.index,
        "item": segment.item_index,
        "kind": planned.kind.value,
        "phase": segment.kind.value,
        # The phase as the agenda names it ("지정토론"); "": its kind's name.
        "phase_title": item.planned.phases[segment.phase_index].written.title,
        "part": planned.part,
        "item_title": planned.title,
    }


def _turn_starts(snapshot: Snapshot) -> dict[int, float]:
    """When each turn still to come is expected to start, one after another from its
    item's expected start, or, in the live item, back from its expected end: every time
    sent then moves with the same projection and crosses a minute at the same moment."""
    starts: dict[int, float] = {}
    by_item: dict[int, list[SegmentView]] = {}
    for segment in snapshot.segments:
        if segment.status is Status.UPCOMING:
            by_item.setdefault(segment.item_index, []).append(segment)
    live_item = snapshot.current.item.index if snapshot.current is not None else None
    for item_index, upcoming in by_item.items():
        if item_index == live_item:
            end = snapshot.expected_end(item_index)
            if end is None:
                continue
            for segment in reversed(upcoming):
                end -= max(0.0, segment.remaining)
                starts[segment.index] = end
            continue
        cursor = snapshot.expected_start(item_index)
        if cursor is None:
            continue
        for segment in upcoming:
            starts[segment.index] = cursor
            cursor += max(0.0, segment.remaining)
    return starts


def _next(snapshot: Snapshot) -> dict[str, Any] | None:
    following = snapshot.next_segment
    if following is None or not 0 <= following.item_index < len(snapshot.items):
        return None
    item = snapshot.items[following.item_index]
    speaker, title = who_and_what(following, item.planned.item)
    start = _turn_starts(snapshot).get(following.index)
    return {
        **_where(following, item),
        "speaker": speaker,
        "title": title,
        "start": minute(start) if start is not None else None,
    }


def _script(snapshot: Snapshot, lang: str) -> list[dict[str, Any]]:
    """The MC's cues, each marked past, now, next or later as the show stands."""
    cues = script([view.planned for view in snapshot.items], "ko" if lang == "ko" else "en")
    if snapshot.current is not None:
        turn = snapshot.current.segment.index
    else:  # before the start: the first cue is next; after the end, all are past
        turn = -1 if snapshot.state is ShowState.READY else len(snapshot.segments)
    following = next((cue for cue in cues if cue.turn > turn), None)
    return [
        {
            "heading": cue.heading,
            "text": cue.text,
            "name": cue.roll_call,
            "at": _place(cue.turn, turn, cue is following),
        }
        for cue in cues
    ]


def _place(cue: int, live: int, following: bool) -> str:
    """Where a cue said at turn ``cue`` stands when turn ``live`` is on."""
    if cue == live:
        return "now"
    if following:
        return "next"
    return "past" if cue < live else "later"


def _opening(snapshot: Snapshot) -> int | None:
    """When the programme starts: its first item that is not registration."""
    opening = next(
        (view for view in snapshot.items if view.planned.item.kind is not ItemKind.REGISTRATION),
        snapshot.items[0] if snapshot.items else None,
    )
    return minute(opening.planned_start) if opening is not None else None


def _notes(current: Current | None) -> list[str]:
    """The moderator's notes (비고) for the live turn, as the console shows them."""
    if current is None:
        return []
    item = current.item.planned.item
    notes = [item.notes] if item.notes else []
    speaker = current.segment.turn.speaker
    if speaker is not None and speaker.notes:
        notes.append(f"{speaker.presenter}: {speaker.notes}")
    return notes


def _ends(snapshot: Snapshot) -> dict[str, Any]:
    return {
        "planned_end": minute(snapshot.planned_end),
        "projected_end": minute(snapshot.projected_end),
        "hard_end": minute(snapshot.hard_end) if snapshot.hard_end is not None else None,
    }


def proposal(snapshot: Snapshot) -> dict[str, Any] | None:
    """The rebalancing the engine proposes: the items to shorten and by how much (whole
    minutes, as the console says it), or None when the programme ends on time."""
    found = snapshot.proposal
    if found is None:
        return None
    changes = []
    for change in found.changes:
        item = snapshot.items[change.item_index].planned.item if snapshot.items else None
        changes.append(
            {
                "item": change.item_index + 1,
                "label": (item.part or item.title) if item is not None else "",
                "phase": change.phase.value if change.phase is not None else None,
                "planned": change.planned // 60,
                "proposed": change.proposed // 60,
            }
        )
    return {
        "projected_end": minute(found.projected_end),
        "target_end": minute(found.target_end),
        "changes": changes,
        "shortfall": round(found.shortfall / 60),
    }


def _rundown(snapshot: Snapshot) -> list[dict[str, Any]]:
    """Every item with its planned and (actual or projected) times, and its turns."""
    by_item: dict[int, list[SegmentView]] = {}
    for segment in snapshot.segments:
        by_item.setdefault(segment.item_index, []).append(segment)
    turn_starts = _turn_starts(snapshot)
    rows = []
    for view in snapshot.items:
        item = view.planned.item
        start = view.actual_start
        if start is None:
            start = snapshot.expected_start(view.index)
        end = view.actual_end
        if end is None:
            end = snapshot.expected_end(view.index)
        segments = by_item.get(view.index, [])
        turns = []
        if len(segments) > 1:
            for segment in segments:
                speaker, title = who_and_what(segment, item)
                at = segment.actual_start
                if at is None:
                    at = turn_starts.get(segment.index)
                turns.append(
                    {
                        "segment": segment.index,
                        "phase": segment.kind.value,
                        "phase_title": view.planned.phases[segment.phase_index].written.title,
                        "speaker": speaker if segment.kind is not PhaseKind.DISCUSSION else "",
                        "title": title if segment.turn.speaker is not None else "",
                        "status": segment.status.value,
                        "start": minute(at) if at is not None else None,
                    }
                )
        rows.append(
            {
                "n": view.planned.number,
                "kind": item.kind.value,
                "part": item.part,
                "title": item.title,
                "presenter": item.presenter,
                "status": view.status.value,
                "planned": minute(view.planned_start),
                "start": minute(start) if start is not None else None,
                "end": minute(end) if end is not None else None,
                "turns": turns,
            }
        )
    return rows


# --- messages ---------------------------------------------------------------------------


def encode(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))


def hello(role: Role, now: float) -> str:
    return encode({"type": "hello", "v": PROTOCOL, "role": role.value, "now": _ms(now)})


def state_message(state: dict[str, Any]) -> str:
    return encode({"type": "state", "state": state})


def pong(sent: float, now: float) -> str:
    return encode({"type": "pong", "c": sent, "now": _ms(now)})


def error(reason: str) -> str:
    return encode({"type": "error", "reason": reason})


def reply(request: int, answer: dict[str, Any]) -> str:
    return encode({"type": "reply", "id": request, **answer})


@dataclass(frozen=True, slots=True)
class Ping:
    sent: float  # the page's own clock when it sent it, echoed back


@dataclass(frozen=True, slots=True)
class Receipt:
    cue: int
    read: bool  # False: delivered (the page has it), True: read (the moderator tapped it)


@dataclass(frozen=True, slots=True)
class Do:
    """A remote control request: ``verb`` with ``args`` (names to text), answered with
    a reply carrying ``request``."""

    request: int
    verb: str
    args: dict[str, str]


ClientMessage = Ping | Receipt | Do
MAX_ARGS = 8


class MessageError(ValueError):
    """A message a page should not have sent; ``reason`` goes back to it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Which roles may send each kind of message. Any role may send ``do``, to be told by the
# server (403) that only the control role acts.
ALLOWED: dict[str, frozenset[Role]] = {
    "ping": frozenset(Role),
    "delivered": frozenset({Role.MODERATOR}),
    "read": frozenset({Role.MODERATOR}),
    "do": frozenset(Role),
}


def parse(text: str | bytes, role: Role) -> ClientMessage:
    """A page's message, checked; raises MessageError with a short reason."""
    if isinstance(text, bytes):
        raise MessageError("binary")
    if len(text) > MAX_MESSAGE:
        raise MessageError("too-long")
    try:
        message = json.loads(text)
    except (ValueError, RecursionError):
        raise MessageError("not-json") from None
    if not isinstance(message, dict):
        raise MessageError("not-an-object")
    kind = message.get("type")
    if not isinstance(kind, str) or kind not in ALLOWED:
        raise MessageError("unknown-type")
    if role not in ALLOWED[kind]:
        raise MessageError("not-allowed")
    if kind == "ping":
        sent = message.get("c")
        if isinstance(sent, bool) or not isinstance(sent, int | float) or not math.isfinite(sent):
            raise MessageError("bad-field")
        return Ping(float(sent))
    if kind == "do":
        return _do(message)
    cue = message.get("id")
    if isinstance(cue, bool) or not isinstance(cue, int) or not 0 <= cue < 2**53:
        raise MessageError("bad-field")
    return Receipt(cue, read=kind == "read")


def _do(message: dict[str, Any]) -> Do:
    request, verb, args = message.get("id"), message.get("verb"), message.get("args", {})
    if isinstance(request, bool) or not isinstance(request, int) or not 0 <= request < 2**53:
        raise MessageError("bad-field")
    if not isinstance(verb, str) or not 0 < len(verb) <= 40:
        raise MessageError("bad-field")
    if not isinstance(args, dict) or len(args) > MAX_ARGS:
        raise MessageError("bad-field")
    try:
        texts = {str(name): text_value(value) for name, value in args.items()}
    except RefusedError:
        raise MessageError("bad-field") from None
    return Do(request, verb, texts)
