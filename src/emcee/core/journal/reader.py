"""Reading a journal back: every readable entry, with a notice for each damaged line
(never a traceback), and the agenda stored beside it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from emcee.core.agenda.file import loads
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.schedule import Schedule
from emcee.core.clock import Clock
from emcee.core.engine.actions import ActionKind
from emcee.core.engine.snapshot import ShowState
from emcee.core.journal.downtime import Downtime, measure_downtime, timeline_of
from emcee.core.journal.notices import JournalError, Notice, reason_of
from emcee.core.journal.records import (
    FORMAT,
    ActionEntry,
    DamagedError,
    Entry,
    Header,
    ResumeEntry,
    UnknownTypeError,
    decode_line,
)


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
        raise JournalError(Notice("file_unreadable", where | reason_of(error))) from None
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
            decode_line(tail, len(pieces) + 1)
            pieces.append(tail)  # whole, only its newline is missing
        except (DamagedError, UnknownTypeError) as error:
            torn = str(error) if isinstance(error, DamagedError) else f"type '{error}'"
            notices.append(Notice("torn_end", line=len(pieces) + 1))
    for number, piece in enumerate(pieces, start=1):
        text = piece.rstrip(b"\r")
        if not text.strip():
            continue
        lines.append(text)
        try:
            entry = decode_line(text, number)
        except DamagedError as error:
            if not entries:
                raise JournalError(Notice("no_header", where | {"detail": str(error)})) from None
            notices.append(Notice("corrupt_line", {"detail": str(error)}, line=number))
            skipped += 1
            continue
        except UnknownTypeError as error:
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
