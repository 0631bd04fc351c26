"""The shows journalled before: the report window's list, and the unfinished one to offer
to resume (or to set aside for a new show)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from emcee.core.clock import Clock
from emcee.core.journal.downtime import Downtime, measure_downtime
from emcee.core.journal.notices import JournalError
from emcee.core.journal.paths import JOURNAL_FILE, default_folders
from emcee.core.journal.reader import read_journal
from emcee.core.journal.records import NoteEntry
from emcee.core.journal.writer import Journal

SET_ASIDE = "set-aside"  # the tag of the note that sets an unfinished show aside
RESUME_WITHIN = dt.timedelta(hours=12)


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
