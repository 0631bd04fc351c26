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

One module per concern: ``records`` (the entry format), ``writer`` (writing, fsync, moving
on disk trouble), ``reader`` (reading back, damage), ``downtime`` (how long the app was
down), ``replay`` (rebuilding the show), ``past`` (the shows journalled before), ``paths``
(where journals go) and ``notices`` (what is said about a journal). This package gives
their public names, so callers import from ``emcee.core.journal``.
"""

from emcee.core.journal.downtime import Downtime
from emcee.core.journal.notices import JournalError, Notice
from emcee.core.journal.past import PastShow, find_unfinished, past_shows, set_aside
from emcee.core.journal.paths import data_folder, fallback_folders, make_private_folder
from emcee.core.journal.reader import JournalData, read_agenda, read_journal
from emcee.core.journal.records import (
    ActionEntry,
    AlertEntry,
    Entry,
    Header,
    NoteEntry,
    ResumeEntry,
)
from emcee.core.journal.replay import load_show, replay
from emcee.core.journal.writer import Journal

__all__ = [
    "ActionEntry",
    "AlertEntry",
    "Downtime",
    "Entry",
    "Header",
    "Journal",
    "JournalData",
    "JournalError",
    "NoteEntry",
    "Notice",
    "PastShow",
    "ResumeEntry",
    "data_folder",
    "fallback_folders",
    "find_unfinished",
    "load_show",
    "make_private_folder",
    "past_shows",
    "read_agenda",
    "read_journal",
    "replay",
    "set_aside",
]
