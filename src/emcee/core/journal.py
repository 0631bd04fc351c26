"""The show journal: a crash-safe record of one show, and rebuilding the show from it.

Each show gets a folder ``<data>/shows/<YYYY-MM-DD_HHMMSS>-<title>/`` holding
``journal.jsonl`` and ``agenda-<hash>.toml``, the exact agenda text the show ran on, so a
report can always be rebuilt. The journal is JSON Lines in UTF-8, one entry a line::

    {"seq": 0, "type": "show", "wall": "2023-06-23T13:00:00+09:00", "mono": 5021.25,
     "format": 1, "show_id": "…", "title": "…", "agenda": {"file": "agenda-….toml",
     "sha256": "…"}, "app": "emcee 0.1.0", "clock": {"source": "SystemClock", …}}
    {"seq": 1, "type": "action", "wall": …, "mono": …, "kind": "start", "amount": 0.0,
     "state": "running"}
    {"seq": 2, "type": "alert", …, "kind": "warning", "segment": 0, "minute": 0,
     "at_remaining": 120.0, "late": false, "speaker": "등록", "overtime": 0.0}
    {"seq": 3, "type": "note", …, "text": "1분 남았습니다", "tag": "presenter"}
    {"seq": 4, "type": "action", …, "kind": "next", "state": "running",
     "origin": {"via": "http", "address": "192.168.0.12", "role": "control"}}
    {"seq": 5, "type": "resume", …, "app": "emcee 0.1.0", "clock": {…}}

Every entry has ``seq`` (0, 1, 2, …), ``wall`` (ISO-8601 with its UTC offset) and ``mono``
(the writing process's monotonic clock); an action's stamps are the action's own. The
field-by-field description is docs/journal-format.md.

Using it (the controller's wiring)::

    journal = Journal.create(agenda_text, clock)             # a new show
    controller.record = lambda action: journal.record_action(action, controller.show.state.show)
    controller.record_alerts = journal.record_alerts
    journal.record_note("1분 남았습니다", tag="presenter")
    journal.trouble        # None, or a Notice to keep on screen: journal.trouble.message("ko")
    journal.close()

    unfinished = find_unfinished(None, clock)                 # offer "resume?" when not None
    downtime = unfinished.downtime(clock)                     # .seconds None: ask the operator
    show, notices = load_show(unfinished.path, clock, downtime.seconds)   # as it stands now
    journal = Journal.resume(unfinished.path, clock, downtime=downtime)   # and go on writing

    past_shows()                                              # the report window's list

``record_*`` never raise: each entry is written, flushed and fsync'ed before they return;
on disk trouble the journal moves to the next writable folder (the data folder, then the
documents folder, which survives a reboot, then the temp folder), rewriting there everything
already written (kept in memory), and ``trouble`` says so. The copy left behind is cut back
to its last whole line. Every RETRY_PLACE_AFTER seconds (at the next entry) the folders
before the one written to are tried again, and the journal moves back as soon as one takes
it (then the warning goes). Journals and their folders are readable by the user only.
Reading a damaged journal gives notices, never a traceback; one that cannot be used at all
raises ``JournalError``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import math
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

import platformdirs

from emcee import __version__
from emcee.core.agenda import Agenda
from emcee.core.agenda_file import dumps, loads
from emcee.core.clock import Clock, time_of_day
from emcee.core.problems import AgendaError, Lang, in_language
from emcee.core.schedule import PhaseKind, Schedule
from emcee.core.show import Action, ActionKind, Show
from emcee.core.snapshot import Alert, AlertKind, Change, ShowState

FORMAT = 1
JOURNAL_FILE = "journal.jsonl"
SHOWS_FOLDER = "shows"  # inside the user's data folder
FALLBACK_FOLDER = "emcee-shows"  # inside the documents and temp folders
# While the journal is not in the first of its folders, the earlier ones are tried again at
# the first entry this long after the last try.
RETRY_PLACE_AFTER = 30.0
PRIVATE_FILE = 0o600  # journals hold the operator's messages: the user's eyes only (POSIX)
PRIVATE_FOLDER = 0o700
MAX_NUMBER = 1e10  # seconds (over 300 years): any larger number in an entry is damage
MAX_AMOUNT = 7 * 24 * 3600.0  # an action's amount (seconds added, or the plan's shift)

# --- messages ------------------------------------------------------------------------------

# code -> (English, Korean). The core imports no Qt, so these live here, as in problems.py.
MESSAGES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "file_missing": (
            "the journal {path} does not exist.",
            "기록 파일 {path}이(가) 없습니다.",
        ),
        "file_unreadable": (
            "the journal {path} cannot be read ({reason}).",
            "기록 파일 {path}을(를) 읽을 수 없습니다({reason}).",
        ),
        "empty": (
            "the journal {path} is empty: the show was never recorded.",
            "기록 파일 {path}이(가) 비어 있습니다. 기록된 행사가 없습니다.",
        ),
        "no_header": (
            "the journal {path} does not start with a show description ({detail}); "
            "it is not an emcee journal or its first line is damaged.",
            "기록 파일 {path}의 첫 줄에 행사 정보가 없습니다({detail}). emcee 기록 파일이 "
            "아니거나 첫 줄이 손상되었습니다.",
        ),
        "newer_format": (
            "the journal was written by a newer emcee (format {format}); "
            "parts of it may be left out.",
            "더 새로운 emcee가 쓴 기록입니다(형식 {format}). 일부 내용을 읽지 못할 수 있습니다.",
        ),
        "torn_end": (
            "line {line} is an incomplete entry (the computer probably lost power while "
            "writing it); the journal was read up to the last complete entry.",
            "{line}번째 줄은 끝까지 쓰이지 않은 기록입니다(기록 중 전원이 꺼진 것으로 "
            "보입니다). 마지막으로 완전한 기록까지 읽었습니다.",
        ),
        "corrupt_line": (
            "line {line} is damaged and was skipped ({detail}).",
            "{line}번째 줄이 손상되어 건너뛰었습니다({detail}).",
        ),
        "unknown_entry": (
            "line {line} has an entry of unknown type '{type}' and was skipped "
            "(written by a newer emcee?).",
            "{line}번째 줄의 기록 종류 '{type}'을(를) 알 수 없어 건너뛰었습니다(더 새로운 "
            "emcee가 쓴 기록일 수 있습니다).",
        ),
        "sequence_gap": (
            "entries {first}-{last} are missing before line {line}.",
            "{line}번째 줄 앞에 {first}-{last}번 기록이 빠져 있습니다.",
        ),
        "agenda_missing": (
            "the agenda the show ran on ({file}) is not beside the journal, so the show "
            "cannot be rebuilt.",
            "행사에 쓰인 진행표({file})가 기록 파일과 같은 폴더에 없어 행사를 다시 구성할 수 "
            "없습니다.",
        ),
        "agenda_changed": (
            "the stored agenda {file} was changed after the show (its content no longer "
            "matches the journal); the figures may be off.",
            "저장된 진행표 {file}이(가) 행사 뒤에 바뀌었습니다(기록과 내용이 다릅니다). "
            "수치가 정확하지 않을 수 있습니다.",
        ),
        "agenda_invalid": (
            "the stored agenda {file} cannot be used: {detail}",
            "저장된 진행표 {file}을(를) 쓸 수 없습니다: {detail}",
        ),
        "action_ignored": (
            "line {line}: the action '{kind}' changed nothing when replayed.",
            "{line}번째 줄: '{kind}' 조작이 다시 적용될 때 아무것도 바꾸지 않았습니다.",
        ),
        "action_failed": (
            "line {line}: the action '{kind}' could not be replayed ({detail}); it was left out.",
            "{line}번째 줄: '{kind}' 조작을 다시 적용할 수 없어 빼고 진행했습니다({detail}).",
        ),
        "journal_moved": (
            "The show journal cannot be written in {old} ({reason}). It is now written in "
            "{new}; nothing recorded so far was lost.",
            "행사 기록을 {old}에 쓸 수 없습니다({reason}). 지금은 {new}에 기록하고 있으며, "
            "지금까지의 기록은 모두 옮겨졌습니다.",
        ),
        "journal_nowhere": (
            "The show journal cannot be written anywhere ({reason}). The show goes on, but "
            "if emcee stops, what happened since {since} is lost. Free some disk space.",
            "행사 기록을 어디에도 쓸 수 없습니다({reason}). 진행은 계속되지만 emcee가 "
            "멈추면 {since} 이후의 기록은 사라집니다. 디스크 공간을 확보하세요.",
        ),
    }
)

# Why a file could not be written or read, said plainly. "other" shows the system's words.
REASONS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "disk_full": ("the disk is full", "디스크가 가득 찼습니다"),
        "read_only": (
            "the folder is read-only or not writable",
            "읽기 전용이거나 쓰기 권한이 없는 폴더입니다",
        ),
        "not_a_folder": ("the path is not a folder", "폴더가 아닌 경로입니다"),
        "other": ("{detail}", "{detail}"),
    }
)


def _reason(error: OSError) -> dict[str, str]:
    code = {
        errno.ENOSPC: "disk_full",
        errno.EDQUOT: "disk_full",
        errno.EROFS: "read_only",
        errno.EACCES: "read_only",
        errno.EPERM: "read_only",
        errno.ENOTDIR: "not_a_folder",
        errno.EEXIST: "not_a_folder",
    }.get(error.errno or 0, "other")
    return {"reason": code, "detail": error.strerror or str(error)}


@dataclass(frozen=True)
class Notice:
    """Something worth telling about a journal, in Korean or English."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    line: int | None = None  # 1-based line of the journal, when it is about one

    def message(self, lang: Lang = "en") -> str:
        params = dict(self.params)
        if self.line is not None:
            params.setdefault("line", str(self.line))
        reason = params.get("reason", "")
        if reason in REASONS:
            params["reason"] = in_language(REASONS[reason], lang).format(
                detail=params.get("detail", "")
            )
        return in_language(MESSAGES[self.code], lang).format_map(_Defaulting(params))


class _Defaulting(dict[str, str]):
    """Format parameters where a missing one shows as '?' instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"


class JournalError(Exception):
    """A journal that cannot be used at all (missing, empty, not a journal, no agenda)."""

    def __init__(self, notice: Notice) -> None:
        self.notice = notice
        super().__init__(notice.message("en"))

    def describe(self, lang: Lang = "en") -> str:
        return self.notice.message(lang)


# --- entries -------------------------------------------------------------------------------


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


def _clock_info(clock: Clock) -> dict[str, str]:
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


def _stamps(kind: str, seq: int, wall: dt.datetime, monotonic: float) -> dict[str, Any]:
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


class _DamagedError(Exception):
    """A line that is not a valid entry; the text says why."""


class _UnknownTypeError(Exception):
    """An entry of a type this version does not know (from a newer emcee)."""


def _get(fields: Mapping[str, Any], key: str, kind: type, optional: bool = False) -> Any:
    if key not in fields or fields[key] is None:
        if optional:
            return None
        raise _DamagedError(f"'{key}' is missing")
    value = fields[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _DamagedError(f"'{key}' is not {kind.__name__}")
    # Hand-edited numbers (NaN, 1e308) must not reach the engine.
    if isinstance(value, int | float) and not (math.isfinite(value) and abs(value) <= MAX_NUMBER):
        raise _DamagedError(f"'{key}' = {value} is out of range")
    return value


def _choice(enum: Any, value: str, key: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        raise _DamagedError(f"'{key}' = '{value}' is not known") from None


def _wall(fields: Mapping[str, Any]) -> dt.datetime:
    text = _get(fields, "wall", str)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise _DamagedError(f"'wall' = '{text}' is not a date and time") from None
    if moment.tzinfo is None:
        raise _DamagedError("'wall' has no UTC offset")
    return moment


def _origin(fields: Mapping[str, Any]) -> Origin:
    raw = _get(fields, "origin", dict, optional=True) or {}
    if not all(isinstance(value, str) for value in raw.values()):
        raise _DamagedError("'origin' holds something that is not text")
    return MappingProxyType({str(key): value for key, value in raw.items()})


def _edited_agenda(fields: Mapping[str, Any]) -> Agenda | None:
    text = _get(fields, "agenda", str, optional=True)
    if text is None:
        return None
    try:
        return loads(text)[0]
    except AgendaError as error:
        raise _DamagedError("the edited agenda in it cannot be read") from error


def _changes(fields: Mapping[str, Any]) -> tuple[Change, ...]:
    raw = _get(fields, "changes", list, optional=True) or []
    changes = []
    for value in raw:
        if not isinstance(value, dict):
            raise _DamagedError("'changes' holds something that is not a change")
        phase = _get(value, "phase", str, optional=True)
        changes.append(
            Change(
                item_index=_get(value, "item", int),
                phase=_choice(PhaseKind, phase, "phase") if phase is not None else None,
                planned=_get(value, "planned", int),
                proposed=_get(value, "proposed", int),
            )
        )
    return tuple(changes)


def decode_entry(fields: Mapping[str, Any], line: int = 0) -> Entry:
    """One entry from its JSON object; raises _DamagedError or _UnknownTypeError."""
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
            raise _DamagedError(f"'amount' = {action.amount} is out of range")
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
            raise _DamagedError(f"'downtime' = {downtime} is out of range")
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
    raise _UnknownTypeError(kind)


def _decode_line(raw: bytes, line: int) -> Entry:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _DamagedError(f"not UTF-8 text at byte {error.start + 1}") from None
    try:
        fields = json.loads(text)
    except json.JSONDecodeError as error:
        raise _DamagedError(f"not JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(fields, dict):
        raise _DamagedError("not a JSON object")
    return decode_entry(fields, line)


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalData:
    """A journal as read: its header, its readable entries in order, and what was wrong."""

    path: Path
    header: Header
    entries: tuple[Entry, ...]  # after the header
    notices: tuple[Notice, ...]
    lines: tuple[bytes, ...]  # every complete line as it is in the file, for continuing it

    @property
    def actions(self) -> list[ActionEntry]:
        return [entry for entry in self.entries if isinstance(entry, ActionEntry)]

    @property
    def last(self) -> Entry:
        return self.entries[-1] if self.entries else self.header

    @property
    def ended(self) -> bool:
        """The show was over after its last action (ended, and not undone since)."""
        actions = self.actions
        if not actions:
            return False
        last = actions[-1]
        if last.state is not None:
            return last.state is ShowState.ENDED
        return last.action.kind is ActionKind.END

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def last_timeline(self) -> str:
        """The timeline of the clock that stamped the last entry (that run's)."""
        runs = [e for e in self.entries if isinstance(e, ResumeEntry)]
        return timeline_of(runs[-1] if runs else self.header)

    def downtime(self, clock: Clock) -> Downtime:
        last = self.last
        return measure_downtime(last.wall, last.monotonic, self.last_timeline, clock)


def read_journal(path: str | Path) -> JournalData:
    """Read a journal, skipping damaged lines with a notice each; raises JournalError."""
    path = Path(path)
    where = {"path": str(path)}
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise JournalError(Notice("file_missing", where)) from None
    except OSError as error:
        raise JournalError(Notice("file_unreadable", where | _reason(error))) from None
    pieces = raw.split(b"\n")
    # What follows the last newline is a line still being written when the app stopped.
    # A power cut can also leave it as zero bytes (the file grew, its data never came).
    tail = pieces.pop().strip(b"\x00")
    notices: list[Notice] = []
    entries: list[Entry] = []
    lines: list[bytes] = []
    skipped = 0  # damaged lines since the last good entry
    torn: str | None = None  # why the last line could not be read
    if tail:
        try:
            _decode_line(tail, len(pieces) + 1)
            pieces.append(tail)  # whole, only its newline is missing
        except (_DamagedError, _UnknownTypeError) as error:
            torn = str(error) if isinstance(error, _DamagedError) else f"type '{error}'"
            notices.append(Notice("torn_end", line=len(pieces) + 1))
    for number, piece in enumerate(pieces, start=1):
        text = piece.rstrip(b"\r")
        if not text.strip():
            continue
        lines.append(text)
        try:
            entry = _decode_line(text, number)
        except _DamagedError as error:
            if not entries:
                raise JournalError(Notice("no_header", where | {"detail": str(error)})) from None
            notices.append(Notice("corrupt_line", {"detail": str(error)}, line=number))
            skipped += 1
            continue
        except _UnknownTypeError as error:
            if not entries:
                detail = f"type '{error}'"
                raise JournalError(Notice("no_header", where | {"detail": detail})) from None
            notices.append(Notice("unknown_entry", {"type": str(error)}, line=number))
            skipped += 1
            continue
        if not entries and not isinstance(entry, Header):
            detail = f"the first entry is '{type(entry).__name__}'"
            raise JournalError(Notice("no_header", where | {"detail": detail}))
        if entries and isinstance(entry, Header):
            notices.append(Notice("corrupt_line", {"detail": "a second show header"}, number))
            skipped += 1
            continue
        # Entries missing beyond the damaged lines already reported were lost (or cut out).
        if entries and entry.seq > entries[-1].seq + 1 + skipped:
            gap = {"first": str(entries[-1].seq + 1), "last": str(entry.seq - 1)}
            notices.append(Notice("sequence_gap", gap, line=number))
        entries.append(entry)
        skipped = 0
    if not entries and torn is not None:  # one line, unreadable: junk, not a journal
        raise JournalError(Notice("no_header", where | {"detail": torn}))
    if not entries:
        raise JournalError(Notice("empty", where))
    header = entries[0]
    assert isinstance(header, Header)
    if header.format > FORMAT:
        notices.insert(0, Notice("newer_format", {"format": str(header.format)}))
    return JournalData(path, header, tuple(entries[1:]), tuple(notices), tuple(lines))


def read_agenda(data: JournalData) -> tuple[str, Schedule, list[Notice]]:
    """The agenda stored beside a journal: its text, its schedule, and any notice."""
    name = {"file": data.header.agenda_file}
    path = data.folder / data.header.agenda_file
    if Path(data.header.agenda_file).name != data.header.agenda_file:
        raise JournalError(Notice("agenda_missing", name))  # only ever beside the journal
    try:
        raw = path.read_bytes()
    except OSError:
        raise JournalError(Notice("agenda_missing", name)) from None
    notices = []
    if hashlib.sha256(raw).hexdigest() != data.header.agenda_sha256:
        notices.append(Notice("agenda_changed", name))
    try:
        text = raw.decode("utf-8")
        _, schedule = loads(text)
    except UnicodeDecodeError as error:
        detail = f"not UTF-8 (byte {error.start + 1})"
        raise JournalError(Notice("agenda_invalid", name | {"detail": detail})) from None
    except AgendaError as error:
        raise JournalError(Notice("agenda_invalid", name | {"detail": str(error)})) from None
    return text, schedule, notices


# --- writing -------------------------------------------------------------------------------


class JournalFile(Protocol):
    """What the journal needs of an open file (tests pass one that fails)."""

    def write(self, data: bytes, /) -> int: ...

    def flush(self) -> None: ...

    def fileno(self) -> int: ...

    def close(self) -> None: ...


SET_ASIDE = "set-aside"  # the tag of the note that sets an unfinished show aside
RESUME_WITHIN = dt.timedelta(hours=12)


def open_for_append(path: Path) -> JournalFile:
    """The file at ``path`` open for appending, created readable by the user only."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags, PRIVATE_FILE)
    try:
        if os.name == "posix":
            os.fchmod(handle, PRIVATE_FILE)  # a file left from before may have had another
        return os.fdopen(handle, "ab")
    except BaseException:
        os.close(handle)
        raise


def data_folder() -> Path:
    """Where journals go: the user's data folder (e.g. %LOCALAPPDATA%\\emcee\\shows)."""
    return Path(platformdirs.user_data_dir("emcee", appauthor=False)) / SHOWS_FOLDER


def fallback_folders() -> list[Path]:
    """Where journals go when the data folder cannot be written, in order: the documents
    folder, which survives a reboot, before the temp folder, which many systems empty at
    reboot (but which is often another disk, or memory, when the data folder's is full)."""
    return [
        Path(platformdirs.user_documents_dir()) / FALLBACK_FOLDER,
        Path(tempfile.gettempdir()) / FALLBACK_FOLDER,
    ]


def default_folders() -> list[Path]:
    return [data_folder(), *fallback_folders()]


def show_folder_name(title: str, started: dt.datetime) -> str:
    """``2023-06-23_130000-사회보장-특별지원구역-성과공유회``: sortable, and readable."""
    words = re.findall(r"\w+", title)  # \w takes Hangul too; drops what Windows refuses
    slug = "-".join(words)[:40].strip("-_") or "show"
    return f"{started.strftime('%Y-%m-%d_%H%M%S')}-{slug}"


def _fsync_folder(folder: Path) -> None:
    """Make a new file's name durable too. Windows cannot open folders; NTFS needs none."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parent, readable by the user only (on POSIX)."""
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)


def _cut_torn_line(path: Path) -> None:
    """Cut a journal left behind back to its last whole line: a write that failed half-way
    (a full disk) leaves part of a line, which a later reader would take for damage."""
    with contextlib.suppress(OSError), path.open("r+b") as stream:
        data = stream.read()
        whole = data.rfind(b"\n") + 1
        if whole < len(data):
            stream.truncate(whole)
            stream.flush()
            os.fsync(stream.fileno())


def _remove_copy(folder: Path, names: Iterable[str]) -> None:
    """Remove a show folder's files (a copy the journal moved away from), then the folder."""
    for name in names:
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()


def _close_quietly(stream: JournalFile | None) -> None:
    if stream is None:
        return
    with contextlib.suppress(OSError):
        stream.close()


class Journal:
    """The journal of the show being run. Create it with ``create`` or ``resume``."""

    def __init__(
        self,
        *,
        clock: Clock,
        agenda_bytes: bytes,
        agenda_file: str,
        folder_name: str,
        lines: Sequence[bytes],
        next_seq: int,
        places: Sequence[Path],
        opener: Callable[[Path], JournalFile] | None,
    ) -> None:
        self.clock = clock
        self._agenda_bytes = agenda_bytes
        self._agenda_file = agenda_file
        self._folder_name = folder_name
        self._lines = list(lines)  # everything written so far, newline-free
        self._next_seq = next_seq
        self._places = list(places)  # base folders, in order of preference
        self._opener = opener or open_for_append
        self._stream: JournalFile | None = None
        self._place: Path | None = None  # the base folder written to now
        self._unsaved_since: dt.datetime | None = None  # the first entry not on disk
        self._failure: tuple[Path, OSError] | None = None  # the first place that failed
        self._last_error: OSError | None = None
        self._retry_at = math.inf  # when to try the places before the one written to
        self.path: Path | None = None  # the journal file written to now; None if nowhere
        self.trouble: Notice | None = None  # kept while it is true: the operator must know

    @classmethod
    def create(
        cls,
        agenda_text: str,
        clock: Clock,
        folder: str | Path | None = None,
        *,
        fallbacks: Sequence[Path] | None = None,
        opener: Callable[[Path], JournalFile] | None = None,
    ) -> Journal:
        """Start the journal of a new show run on ``agenda_text`` (a valid agenda's TOML).

        ``folder`` holds the show folders (default: the user's data folder); ``fallbacks``
        are tried in order when it cannot be written. Raises AgendaError only if the text
        is not an agenda, which the caller has already checked.
        """
        agenda, _ = loads(agenda_text)
        agenda_bytes = agenda_text.encode("utf-8")
        digest = hashlib.sha256(agenda_bytes).hexdigest()
        now = clock.now()
        title = agenda.programme.title
        header = _stamps("show", 0, now, clock.monotonic()) | {
            "format": FORMAT,
            "show_id": uuid.uuid4().hex,
            "title": title,
            "agenda": {"file": f"agenda-{digest[:12]}.toml", "sha256": digest},
            "app": f"emcee {__version__}",
            "clock": _clock_info(clock),
        }
        primary = Path(folder) if folder is not None else data_folder()
        places = [primary, *(fallback_folders() if fallbacks is None else fallbacks)]
        name = show_folder_name(title, now)
        taken = 1
        while any((place / name).exists() for place in places):  # two shows in one second
            taken += 1
            name = f"{show_folder_name(title, now)}-{taken}"
        journal = cls(
            clock=clock,
            agenda_bytes=agenda_bytes,
            agenda_file=header["agenda"]["file"],
            folder_name=name,
            lines=[_encode(header)],
            next_seq=1,
            places=places,
            opener=opener,
        )
        journal._open_somewhere()
        return journal

    @classmethod
    def resume(
        cls,
        path: str | Path,
        clock: Clock,
        *,
        downtime: Downtime | None = None,
        fallbacks: Sequence[Path] | None = None,
        opener: Callable[[Path], JournalFile] | None = None,
    ) -> Journal:
        """Go on writing an existing journal (after a crash): notes a RESUME entry, with
        the ``downtime`` the show was resumed with (``load_show``'s), so that every later
        replay counts the same.

        A torn last line is dropped (rewriting the file atomically), so that new entries
        do not end up glued to it. A journal found in a fallback folder moves back to the
        data folder if it can. Raises JournalError if the journal cannot be used.
        """
        data = read_journal(path)
        text, _, _ = read_agenda(data)
        show_folder = data.folder
        places = [show_folder.parent, *(fallback_folders() if fallbacks is None else fallbacks)]
        if fallbacks is None and show_folder.parent in places[1:]:
            # It moved there on disk trouble: it goes back to the data folder if it can.
            places = [data_folder(), *places[1:]]
        journal = cls(
            clock=clock,
            agenda_bytes=text.encode("utf-8"),
            agenda_file=data.header.agenda_file,
            folder_name=show_folder.name,
            lines=data.lines,
            next_seq=data.last.seq + 1,
            places=places,
            opener=opener,
        )
        entry: dict[str, Any] = {
            "type": "resume",
            "app": f"emcee {__version__}",
            "clock": _clock_info(clock),
        }
        if downtime is not None and downtime.seconds is not None:
            entry |= {"downtime": downtime.seconds, "downtime_source": downtime.source}
        journal._append([entry], clock.now(), clock.monotonic())
        if journal.path is not None and journal.path != Path(path):  # it moved back home
            _remove_copy(show_folder, [JOURNAL_FILE, data.header.agenda_file])
        return journal

    # --- recording ---------------------------------------------------------------------

    def record_action(
        self, action: Action | None, state: ShowState | None = None, origin: Origin = NO_ORIGIN
    ) -> None:
        """Note an action the show has applied; ``state``: the show's state after it;
        ``origin``: where it came from, when not from the console (remote control).

        Pass the state (``show.state.show``): it is how a journal tells that its show
        ended (by END, or by NEXT or SKIP past the last item) without replaying it.
        None (an action that changed nothing) is not noted.
        """
        if action is None:
            return
        fields = {"type": "action", **action_fields(action)}
        if state is None and action.kind is ActionKind.END:
            state = ShowState.ENDED
        if state is not None:
            fields["state"] = state.value
        if origin:
            fields["origin"] = dict(origin)
        self._append([fields], action.wall, action.monotonic)

    def record_alerts(self, alerts: Iterable[Alert]) -> None:
        """Note the alerts one poll of the show reported (written together)."""
        batch = [{"type": "alert", **alert_fields(alert)} for alert in alerts]
        if batch:
            self._append(batch, self.clock.now(), self.clock.monotonic())

    def record_note(self, text: str, tag: str = "", origin: Origin = NO_ORIGIN) -> None:
        """Note free text, e.g. a message shown to the presenters (tag "presenter")."""
        fields: dict[str, Any] = {"type": "note", "text": text, "tag": tag}
        if origin:
            fields["origin"] = dict(origin)
        self._append([fields], self.clock.now(), self.clock.monotonic())

    def close(self) -> None:
        """Stop writing; a journal away from its first folder tries once more to go back."""
        if self._stream is not None:
            self._retry_at = -math.inf
            self._go_back_if_possible()
        _close_quietly(self._stream)
        self._stream = None

    @property
    def entries_written(self) -> int:
        return len(self._lines)

    # --- disk work ---------------------------------------------------------------------

    def _append(self, batch: list[dict[str, Any]], wall: dt.datetime, monotonic: float) -> None:
        lines = []
        for fields in batch:
            stamped = _stamps(fields.pop("type"), self._next_seq, wall, monotonic) | fields
            self._next_seq += 1
            lines.append(_encode(stamped))
        self._lines.extend(lines)
        if self._stream is None:
            self._open_somewhere()  # nowhere to write until now (or closed): try again
            return
        try:
            self._stream.write(b"".join(line + b"\n" for line in lines))
            self._stream.flush()
            os.fsync(self._stream.fileno())
        except (OSError, ValueError) as error:  # ValueError: the file was closed under us
            if not isinstance(error, OSError):
                error = OSError(errno.EIO, str(error))
            _close_quietly(self._stream)
            self._stream = None
            self._unsaved_since = self._unsaved_since or wall
            failed = self._place
            if failed is not None:
                self._note_failure(failed, error)
            self._open_somewhere(avoid=failed)
            if failed is not None and self._place != failed:
                _cut_torn_line(failed / self._folder_name / JOURNAL_FILE)
        else:
            self._go_back_if_possible()

    def _note_failure(self, place: Path, error: OSError) -> None:
        if self._failure is None:
            self._failure = (place / self._folder_name / JOURNAL_FILE, error)
        self._last_error = error
        self._unsaved_since = self._unsaved_since or self.clock.now()

    def _open_somewhere(self, avoid: Path | None = None) -> None:
        """Write everything so far to the first place that takes it, and go on there.

        ``avoid`` (the place that just failed, a full disk say) is tried last.
        """
        places = [place for place in self._places if place != avoid]
        if avoid is not None:
            places.append(avoid)
        for place in places:
            try:
                stream = self._write_everything(place)
            except OSError as error:
                self._note_failure(place, error)
                continue
            self._settle(place, stream)
            return
        self._place = None
        self.path = None
        since = self._unsaved_since or self.clock.now()
        params = {"since": since.strftime("%H:%M:%S")}
        if self._last_error is not None:
            params |= _reason(self._last_error)
        self.trouble = Notice("journal_nowhere", params)

    def _settle(self, place: Path, stream: JournalFile) -> None:
        """Go on writing in ``place``, where everything so far was just written."""
        self._stream, self._place = stream, place
        self.path = place / self._folder_name / JOURNAL_FILE
        self._unsaved_since = None
        if place == self._places[0]:
            self._retry_at = math.inf
            self._failure = None  # in its own folder: nothing to warn about any more
            self.trouble = None
            return
        self._retry_at = self.clock.monotonic() + RETRY_PLACE_AFTER
        old, first_error = self._failure or (self.path, None)
        if first_error is not None and old != self.path:
            moved = {"old": str(old), "new": str(self.path)} | _reason(first_error)
            self.trouble = Notice("journal_moved", moved)
        elif self.trouble is not None and self.trouble.code == "journal_nowhere":
            self.trouble = None  # the one place there is works again: all is on disk

    def _go_back_if_possible(self) -> None:
        """Move to a folder before the one written to (the data folder, when its disk has
        room again) if one takes the journal now; tried every RETRY_PLACE_AFTER seconds.
        The copy moved away from is removed: everything is in the new place, and in memory."""
        place = self._place
        if place is None or place == self._places[0] or self.clock.monotonic() < self._retry_at:
            return
        self._retry_at = self.clock.monotonic() + RETRY_PLACE_AFTER
        for better in self._places[: self._places.index(place)]:
            try:
                stream = self._write_everything(better)
            except OSError:
                continue
            _close_quietly(self._stream)
            self._settle(better, stream)
            _remove_copy(place / self._folder_name, [JOURNAL_FILE, self._agenda_file])
            return

    def _write_everything(self, place: Path) -> JournalFile:
        """Lay the show folder in ``place``; return the journal open for appending."""
        folder = place / self._folder_name
        make_private_folder(folder)
        agenda = folder / self._agenda_file
        if not (agenda.is_file() and agenda.read_bytes() == self._agenda_bytes):
            self._write_file(agenda, [self._agenda_bytes], newlines=False)
        self._write_file(folder / JOURNAL_FILE, self._lines, newlines=True)
        _fsync_folder(folder)
        return self._opener(folder / JOURNAL_FILE)

    def _write_file(self, path: Path, chunks: Sequence[bytes], *, newlines: bool) -> None:
        """Write a whole file atomically: a crash leaves the old file or the new one."""
        temporary = path.with_name(path.name + ".tmp")
        stream = self._opener(temporary)
        try:
            os.ftruncate(stream.fileno(), 0)  # a leftover from an earlier attempt
            for chunk in chunks:
                stream.write(chunk + b"\n" if newlines else chunk)
            stream.flush()
            os.fsync(stream.fileno())
        except BaseException:
            _close_quietly(stream)
            with contextlib.suppress(OSError):
                temporary.unlink()  # on a full disk, the room it took is wanted back
            raise
        _close_quietly(stream)
        os.replace(temporary, path)


def _encode(fields: Mapping[str, Any]) -> bytes:
    # Hangul stays readable in the file; a stray surrogate becomes "?" rather than an error.
    return json.dumps(fields, ensure_ascii=False).encode("utf-8", "replace")


# --- replay --------------------------------------------------------------------------------


class _ReplayClock:
    """A clock standing at each journal entry in turn while the show is rebuilt."""

    def __init__(self, monotonic: float, wall: dt.datetime) -> None:
        self.at(monotonic, wall)

    def at(self, monotonic: float, wall: dt.datetime) -> None:
        self._monotonic = monotonic
        self._wall = wall

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> dt.datetime:
        return self._wall

    def timeline(self) -> str | None:
        return None


def timeline_of(entry: Entry) -> str:
    """The timeline of the clock a header or resume entry's run stamped with ("": unknown)."""
    clock = entry.clock if isinstance(entry, Header | ResumeEntry) else {}
    return clock.get("timeline", "")


@dataclass(frozen=True)
class Downtime:
    """How long the app was down: from its journal's last entry to now."""

    seconds: float | None  # None: no clock can tell, and the operator must say
    source: str  # "boot-clock", "wall-clock" or "operator"; "" when unknown
    wall_gap: float  # what the wall clock says (negative when it was set back)
    at_least: float  # the least it can be: after a restart, the time since the boot


def measure_downtime(
    last_wall: dt.datetime, last_monotonic: float, last_timeline: str, clock: Clock
) -> Downtime:
    """The time since a journal's last entry, by the best clock that can tell.

    On the same boot, the boot clock the entry was stamped with (it counts through sleep
    and cannot be set: NTP correcting the wall clock by an hour changes nothing). Across a
    restart of the computer only the wall clock can tell; it is believed unless it gives
    less than the time since this boot (it was set back), and then nobody can tell.
    """
    timeline = clock.timeline()
    wall_gap = (clock.now() - last_wall).total_seconds()
    if timeline and timeline == last_timeline:
        seconds = clock.monotonic() - last_monotonic
        if seconds >= 0:
            return Downtime(seconds, "boot-clock", wall_gap, 0.0)
    rebooted = bool(timeline and last_timeline)  # both known, and different
    at_least = max(0.0, clock.monotonic()) if rebooted else 0.0
    if wall_gap >= at_least:
        return Downtime(wall_gap, "wall-clock", wall_gap, at_least)
    return Downtime(None, "", wall_gap, at_least)


def mapped_monotonic(
    entries: Sequence[Entry], now_monotonic: float, downtime: float
) -> list[float]:
    """Each entry's monotonic stamp moved onto the timeline of a clock reading
    ``now_monotonic``, ``downtime`` seconds after the last entry.

    Within one run of the app (an epoch: the header or a RESUME entry and the entries up
    to the next one) monotonic differences are exact and kept as they are, so a wall-clock
    jump during the show changes nothing. Between runs on one boot, stamps of the boot
    clock compare as they are too. Across a restart of the computer (or in journals written
    before the boot clock was recorded) the gap is the downtime the resume entry recorded,
    else the wall clock's (never negative). The last entry lies ``downtime`` before now, so
    the live turn includes the time the app was down, as if it had never stopped.
    """
    mapped: list[float] = []
    offset = 0.0
    timeline = ""
    for index, entry in enumerate(entries):
        if index > 0 and isinstance(entry, ResumeEntry):
            previous = entries[index - 1]
            same_boot = timeline_of(entry) and timeline_of(entry) == timeline
            if not (same_boot and entry.monotonic >= previous.monotonic):
                if entry.downtime is not None:
                    gap = entry.downtime
                else:
                    gap = max(0.0, (entry.wall - previous.wall).total_seconds())
                offset = mapped[-1] + gap - entry.monotonic
        if index == 0 or isinstance(entry, ResumeEntry):
            timeline = timeline_of(entry)
        mapped.append(entry.monotonic + offset)
    shift = now_monotonic - (mapped[-1] + downtime)
    return [moment + shift for moment in mapped]


Visitor = Callable[[Show, Entry | None], None]


def replay(
    data: JournalData,
    schedule: Schedule,
    clock: Clock,
    *,
    downtime: float | None = None,
    sample_every: float | None = None,
    visit: Visitor | None = None,
) -> tuple[Show, list[Notice]]:
    """Rebuild the show from a journal; it is returned bound to ``clock``, as of its now.

    ``downtime``: the seconds from the last entry to now, when the operator said; by
    default measured (``measure_downtime``), or the wall clock's gap (at least 0) when no
    clock can tell.
    ``visit(show, entry)`` is called after each entry is applied and, when ``sample_every``
    is given, every ``sample_every`` seconds in between (entry None), with the show's clock
    standing at that moment: the report samples the drift this way.
    """
    entries: list[Entry] = [data.header, *data.entries]
    if downtime is None:
        measured = data.downtime(clock)
        downtime = measured.seconds if measured.seconds is not None else 0.0
    mapped = mapped_monotonic(entries, clock.monotonic(), downtime)
    replay_clock = _ReplayClock(mapped[0], data.header.wall)
    show = Show(schedule, replay_clock)
    notices: list[Notice] = []
    next_sample = math.inf
    if sample_every:
        # Samples fall on a fixed grid, on the wall clock's whole minutes for 60 s.
        next_sample = mapped[0] + sample_every - time_of_day(data.header.wall) % sample_every
    for index, entry in enumerate(entries):
        while visit is not None and index > 0 and next_sample < mapped[index]:
            previous = entries[index - 1]
            elapsed = dt.timedelta(seconds=next_sample - mapped[index - 1])
            replay_clock.at(next_sample, previous.wall + elapsed)
            visit(show, None)
            next_sample += sample_every or math.inf
        replay_clock.at(mapped[index], entry.wall)
        if isinstance(entry, ActionEntry):
            action = replace(entry.action, monotonic=mapped[index])
            try:
                applied = show.apply(action)
            except Exception as error:  # a hand-made entry the engine cannot take
                # apply() changes nothing before it succeeds, so the show stays whole.
                applied = False
                detail = {"kind": action.kind.value, "detail": repr(error)}
                notices.append(Notice("action_failed", detail, line=entry.line))
            else:
                if not applied:
                    notices.append(
                        Notice("action_ignored", {"kind": action.kind.value}, line=entry.line)
                    )
        elif isinstance(entry, AlertEntry):
            # Polling where the alert was recorded marks it as announced, so the resumed
            # show does not announce it again.
            show.poll()
        if visit is not None:
            visit(show, entry)
    show.clock = clock
    return show, notices


def load_show(
    path: str | Path, clock: Clock, downtime: float | None = None
) -> tuple[Show, list[Notice]]:
    """The show of a journal as it stands now on ``clock`` (the live turn includes the
    time the app was down: ``downtime`` when the operator said, else as measured), with
    every notice about the journal. Raises JournalError."""
    data = read_journal(path)
    _, schedule, agenda_notices = read_agenda(data)
    show, replay_notices = replay(data, schedule, clock, downtime=downtime)
    return show, [*data.notices, *agenda_notices, *replay_notices]


# --- past shows ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PastShow:
    path: Path  # the journal file
    show_id: str
    title: str
    started: dt.datetime  # when the journal was created
    last_activity: dt.datetime  # its last entry
    ended: bool
    entries: int
    set_aside: bool = False  # not ended, but the operator chose a new show over resuming it
    last_monotonic: float = 0.0  # its last entry's stamp, on the clock of ``last_timeline``
    last_timeline: str = ""

    def downtime(self, clock: Clock) -> Downtime:
        """The time since its last entry (see ``measure_downtime``)."""
        return measure_downtime(self.last_activity, self.last_monotonic, self.last_timeline, clock)


def past_shows(folders: Iterable[Path] | None = None) -> list[PastShow]:
    """Every readable journal in ``folders`` (default: all places journals go), newest first.

    A journal that moved on disk trouble leaves a shorter copy behind: of the copies of
    one show the longest is listed.
    """
    found: dict[str, PastShow] = {}
    for folder in default_folders() if folders is None else folders:
        try:
            candidates = sorted(Path(folder).glob(f"*/{JOURNAL_FILE}"))
        except OSError:
            continue
        for path in candidates:
            try:
                data = read_journal(path)
            except JournalError:
                continue
            show = PastShow(
                path=path,
                show_id=data.header.show_id,
                title=data.header.title,
                started=data.header.wall,
                last_activity=data.last.wall,
                ended=data.ended,
                entries=len(data.entries) + 1,
                set_aside=isinstance(data.last, NoteEntry) and data.last.tag == SET_ASIDE,
                last_monotonic=data.last.monotonic,
                last_timeline=data.last_timeline,
            )
            known = found.get(show.show_id)
            if known is None or (show.entries, show.last_activity) > (
                known.entries,
                known.last_activity,
            ):
                found[show.show_id] = show
    return sorted(found.values(), key=lambda show: show.last_activity, reverse=True)


def find_unfinished(folders: Iterable[Path] | None, clock: Clock) -> PastShow | None:
    """The last show, if it did not end: the one to offer to resume.

    Not one the operator already set aside for a new show, and not one last recorded more
    than RESUME_WITHIN ago by ``clock`` (see ``measure_downtime``): resuming it would count
    the days since as the live turn. One whose downtime no clock can tell is offered.
    """
    shows = past_shows(folders)
    if not shows or shows[0].ended or shows[0].set_aside:
        return None
    downtime = shows[0].downtime(clock).seconds
    if downtime is not None and downtime > RESUME_WITHIN.total_seconds():
        return None
    return shows[0]


def set_aside(show: PastShow, clock: Clock) -> None:
    """Note in an unfinished show's journal that a new show was started instead of it,
    so that it is not offered again; the journal stays readable for its report."""
    journal = Journal.resume(show.path, clock)
    try:
        journal.record_note("a new show was started instead of resuming this one", SET_ASIDE)
    finally:
        journal.close()
