"""The autosave of an agenda being edited: a crash between two saves loses nothing.

The draft is written as JSON (``values``), not in the agenda file format, because a draft
may be half-done (an empty title, a missing length) and the agenda reader refuses such
files; JSON keeps every value exactly as it was, whatever its state. One file, written
atomically, so a crash while writing leaves the previous draft.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from emcee.core.agenda.model import Agenda
from emcee.core.agenda.values import agenda_of_values, to_values
from emcee.core.agenda.writer import write_atomically

DRAFT_FORMAT = 1
DRAFT_FILE = "agenda-draft.json"


def default_path() -> Path:
    """The draft in the user's data folder (e.g. %LOCALAPPDATA%\\emcee\\agenda-draft.json)."""
    return Path(platformdirs.user_data_dir("emcee", appauthor=False)) / DRAFT_FILE


@dataclass(frozen=True)
class Draft:
    agenda: Agenda
    path: str | None  # the file the agenda came from, None for a new or imported one
    written: dt.datetime


# --- the file ------------------------------------------------------------------------------------


def write_draft(path: Path, agenda: Agenda, source: str | None, now: dt.datetime) -> None:
    """Write the draft atomically (a temporary file, flushed to disk, then renamed)."""
    document = {
        "format": DRAFT_FORMAT,
        "path": source,
        "written": now.isoformat(),
        "agenda": to_values(agenda),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(document, ensure_ascii=False, separators=(",", ":")))


def read_draft(path: Path) -> Draft | None:
    """The draft at ``path``; None when there is none or it cannot be read."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != DRAFT_FORMAT:
            return None
        source = document.get("path")
        return Draft(
            agenda=agenda_of_values(document["agenda"]),
            path=source if isinstance(source, str) else None,
            written=dt.datetime.fromisoformat(document["written"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def remove_draft(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
