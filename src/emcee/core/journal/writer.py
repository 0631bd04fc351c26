"""Writing the journal: each entry flushed and fsync'ed before ``record_*`` returns, and
on disk trouble the move to the next folder that takes it (and back when it can)."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import math
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from emcee import __version__
from emcee.core.agenda.file import loads
from emcee.core.clock import Clock
from emcee.core.engine.actions import Action, ActionKind
from emcee.core.engine.snapshot import Alert, ShowState
from emcee.core.journal.downtime import Downtime
from emcee.core.journal.notices import Notice, reason_of
from emcee.core.journal.paths import (
    JOURNAL_FILE,
    PRIVATE_FILE,
    data_folder,
    fallback_folders,
    fsync_folder,
    make_private_folder,
    show_folder_name,
)
from emcee.core.journal.reader import read_agenda, read_journal
from emcee.core.journal.records import (
    FORMAT,
    NO_ORIGIN,
    Origin,
    action_fields,
    alert_fields,
    clock_info,
    encode,
    stamps,
)

# While the journal is not in the first of its folders, the earlier ones are tried again at
# the first entry this long after the last try.
RETRY_PLACE_AFTER = 30.0


class JournalFile(Protocol):
    """What the journal needs of an open file (tests pass one that fails)."""

    def write(self, data: bytes, /) -> int: ...

    def flush(self) -> None: ...

    def fileno(self) -> int: ...

    def close(self) -> None: ...


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
        header = stamps("show", 0, now, clock.monotonic()) | {
            "format": FORMAT,
            "show_id": uuid.uuid4().hex,
            "title": title,
            "agenda": {"file": f"agenda-{digest[:12]}.toml", "sha256": digest},
            "app": f"emcee {__version__}",
            "clock": clock_info(clock),
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
            lines=[encode(header)],
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
            "clock": clock_info(clock),
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
            stamped = stamps(fields.pop("type"), self._next_seq, wall, monotonic) | fields
            self._next_seq += 1
            lines.append(encode(stamped))
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
            params |= reason_of(self._last_error)
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
            moved = {"old": str(old), "new": str(self.path)} | reason_of(first_error)
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
        fsync_folder(folder)
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
