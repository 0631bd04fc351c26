"""The journal's record format: one JSON object a line, each entry stamped with its
sequence number, wall time and monotonic time (docs/journal-format.md), and reading one
back, refusing whatever a hand edit or damage could put there."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from emcee.core.agenda.file import loads
from emcee.core.agenda.model import Agenda, PhaseKind
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.writer import dumps
from emcee.core.clock import Clock
from emcee.core.engine.actions import Action, ActionKind
from emcee.core.engine.snapshot import Alert, AlertKind, Change, ShowState

FORMAT = 1
MAX_NUMBER = 1e10  # seconds (over 300 years): any larger number in an entry is damage
MAX_AMOUNT = 7 * 24 * 3600.0  # an action's amount (seconds added, or the plan's shift)


@dataclass(frozen=True, slots=True)
class Entry:
    seq: int
    wall: dt.datetime  # timezone-aware
    monotonic: float  # the writing process's clock: comparable within one run only
    line: int  # 1-based line in the file (0 for entries not read from a file)


@dataclass(frozen=True, slots=True)
class Header(Entry):
    """The first entry: which show this is and what it ran on."""

    format: int
    show_id: str
    title: str
    agenda_file: str
    agenda_sha256: str
    app: str
    clock: Mapping[str, str]


# Where an action or a note came from when not from the console itself: ``via`` (http,
# websocket, osc), ``address`` and ``role`` (docs/journal-format.md). Empty: the console.
Origin = Mapping[str, str]
NO_ORIGIN: Origin = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class ActionEntry(Entry):
    action: Action
    state: ShowState | None  # the show's state after the action, when the writer said
    origin: Origin = field(default_factory=lambda: NO_ORIGIN)


@dataclass(frozen=True, slots=True)
class AlertEntry(Entry):
    alert: Alert


@dataclass(frozen=True, slots=True)
class NoteEntry(Entry):
    text: str
    tag: str  # e.g. "presenter" for a message shown on the projector
    origin: Origin = field(default_factory=lambda: NO_ORIGIN)


@dataclass(frozen=True, slots=True)
class ResumeEntry(Entry):
    """The show was resumed by a new run of the app: a new monotonic clock starts here."""

    app: str
    clock: Mapping[str, str]
    # How long the app was down before it, as decided at the resume (None in journals
    # written before emcee measured it), and what told: see ``Downtime``.
    downtime: float | None = None
    downtime_source: str = ""


def _wall_text(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="microseconds")


def clock_info(clock: Clock) -> dict[str, str]:
    now = clock.now()
    offset = now.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return {
        "source": type(clock).__name__,
        "timezone": now.tzname() or "",
        "utc_offset": f"{sign}{hours:02d}:{rest:02d}",
        # Which clock the "mono" stamps read, and the boot it counts from: stamps of the
        # same timeline compare across processes (docs/journal-format.md).
        "monotonic": str(getattr(clock, "source", "")),
        "timeline": clock.timeline() or "",
    }


def stamps(kind: str, seq: int, wall: dt.datetime, monotonic: float) -> dict[str, Any]:
    return {"seq": seq, "type": kind, "wall": _wall_text(wall), "mono": monotonic}


def action_fields(action: Action) -> dict[str, Any]:
    """An action's own fields as journal JSON (without the stamps)."""
    fields: dict[str, Any] = {"kind": action.kind.value}
    if action.target is not None:
        fields["target"] = action.target
    if action.amount is not None:
        fields["amount"] = action.amount
    if action.changes:
        fields["changes"] = [
            {
                "item": change.item_index,
                "phase": change.phase.value if change.phase is not None else None,
                "planned": change.planned,
                "proposed": change.proposed,
            }
            | ({"phase_index": change.phase_index} if change.phase_index is not None else {})
            for change in action.changes
        ]
    if action.agenda is not None:
        fields["agenda"] = dumps(action.agenda)  # an edit during the show: the whole agenda
    return fields


def alert_fields(alert: Alert) -> dict[str, Any]:
    return {
        "kind": alert.kind.value,
        "segment": alert.segment,
        "minute": alert.minute,
        "at_remaining": alert.at_remaining,
        "late": alert.late,
        "speaker": alert.speaker,
        "overtime": alert.overtime,
    }


class DamagedError(Exception):
    """A line that is not a valid entry; the text says why."""


class UnknownTypeError(Exception):
    """An entry of a type this version does not know (from a newer emcee)."""


def _get(fields: Mapping[str, Any], key: str, kind: type, optional: bool = False) -> Any:
    if key not in fields or fields[key] is None:
        if optional:
            return None
        raise DamagedError(f"'{key}' is missing")
    value = fields[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise DamagedError(f"'{key}' is not {kind.__name__}")
    # Hand-edited numbers (NaN, 1e308) must not reach the engine.
    if isinstance(value, int | float) and not (math.isfinite(value) and abs(value) <= MAX_NUMBER):
        raise DamagedError(f"'{key}' = {value} is out of range")
    return value


def _choice(enum: Any, value: str, key: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        raise DamagedError(f"'{key}' = '{value}' is not known") from None


def _wall(fields: Mapping[str, Any]) -> dt.datetime:
    text = _get(fields, "wall", str)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise DamagedError(f"'wall' = '{text}' is not a date and time") from None
    if moment.tzinfo is None:
        raise DamagedError("'wall' has no UTC offset")
    return moment


def _origin(fields: Mapping[str, Any]) -> Origin:
    raw = _get(fields, "origin", dict, optional=True) or {}
    if not all(isinstance(value, str) for value in raw.values()):
        raise DamagedError("'origin' holds something that is not text")
    return MappingProxyType({str(key): value for key, value in raw.items()})


def _edited_agenda(fields: Mapping[str, Any]) -> Agenda | None:
    text = _get(fields, "agenda", str, optional=True)
    if text is None:
        return None
    try:
        return loads(text)[0]
    except AgendaError as error:
        raise DamagedError("the edited agenda in it cannot be read") from error


def _changes(fields: Mapping[str, Any]) -> tuple[Change, ...]:
    raw = _get(fields, "changes", list, optional=True) or []
    changes = []
    for value in raw:
        if not isinstance(value, dict):
            raise DamagedError("'changes' holds something that is not a change")
        phase = _get(value, "phase", str, optional=True)
        changes.append(
            Change(
                item_index=_get(value, "item", int),
                phase=_choice(PhaseKind, phase, "phase") if phase is not None else None,
                planned=_get(value, "planned", int),
                proposed=_get(value, "proposed", int),
                phase_index=_get(value, "phase_index", int, optional=True),
            )
        )
    return tuple(changes)


def decode_entry(fields: Mapping[str, Any], line: int = 0) -> Entry:
    """One entry from its JSON object; raises DamagedError or UnknownTypeError."""
    kind = _get(fields, "type", str)
    seq = _get(fields, "seq", int)
    wall = _wall(fields)
    monotonic = _get(fields, "mono", float)
    if kind == "show":
        agenda = _get(fields, "agenda", dict)
        clock = _get(fields, "clock", dict, optional=True) or {}
        return Header(
            seq,
            wall,
            monotonic,
            line,
            format=_get(fields, "format", int),
            show_id=_get(fields, "show_id", str),
            title=_get(fields, "title", str),
            agenda_file=_get(agenda, "file", str),
            agenda_sha256=_get(agenda, "sha256", str),
            app=_get(fields, "app", str, optional=True) or "",
            clock={str(k): str(v) for k, v in clock.items()},
        )
    if kind == "action":
        action = Action(
            kind=_choice(ActionKind, _get(fields, "kind", str), "kind"),
            monotonic=monotonic,
            wall=wall,
            target=_get(fields, "target", int, optional=True),
            amount=_get(fields, "amount", float, optional=True),
            changes=_changes(fields),
            agenda=_edited_agenda(fields),
        )
        if action.amount is not None and abs(action.amount) > MAX_AMOUNT:
            raise DamagedError(f"'amount' = {action.amount} is out of range")
        state = _get(fields, "state", str, optional=True)
        return ActionEntry(
            seq,
            wall,
            monotonic,
            line,
            action=action,
            state=_choice(ShowState, state, "state") if state is not None else None,
            origin=_origin(fields),
        )
    if kind == "alert":
        alert = Alert(
            kind=_choice(AlertKind, _get(fields, "kind", str), "kind"),
            segment=_get(fields, "segment", int),
            minute=_get(fields, "minute", int),
            at_remaining=_get(fields, "at_remaining", float),
            late=_get(fields, "late", bool),
            speaker=_get(fields, "speaker", str),
            overtime=_get(fields, "overtime", float),
        )
        return AlertEntry(seq, wall, monotonic, line, alert=alert)
    if kind == "note":
        return NoteEntry(
            seq,
            wall,
            monotonic,
            line,
            text=_get(fields, "text", str),
            tag=_get(fields, "tag", str, optional=True) or "",
            origin=_origin(fields),
        )
    if kind == "resume":
        clock = _get(fields, "clock", dict, optional=True) or {}
        downtime = _get(fields, "downtime", float, optional=True)
        if downtime is not None and not 0 <= downtime <= MAX_AMOUNT:
            raise DamagedError(f"'downtime' = {downtime} is out of range")
        return ResumeEntry(
            seq,
            wall,
            monotonic,
            line,
            app=_get(fields, "app", str, optional=True) or "",
            clock={str(k): str(v) for k, v in clock.items()},
            downtime=downtime,
            downtime_source=_get(fields, "downtime_source", str, optional=True) or "",
        )
    raise UnknownTypeError(kind)


def decode_line(raw: bytes, line: int) -> Entry:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DamagedError(f"not UTF-8 text at byte {error.start + 1}") from None
    try:
        fields = json.loads(text)
    except json.JSONDecodeError as error:
        raise DamagedError(f"not JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(fields, dict):
        raise DamagedError("not a JSON object")
    return decode_entry(fields, line)


def encode(fields: Mapping[str, Any]) -> bytes:
    # Hangul stays readable in the file; a stray surrogate becomes "?" rather than an error.
    return json.dumps(fields, ensure_ascii=False).encode("utf-8", "replace")
