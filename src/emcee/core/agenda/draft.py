"""The autosave of an agenda being edited: a crash between two saves loses nothing.

The draft is written as JSON, not in the agenda file format, because a draft may be
half-done (an empty title, a missing length) and the agenda reader refuses such files;
JSON keeps every value exactly as it was, whatever its state. One file, written
atomically, so a crash while writing leaves the previous draft.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from emcee.core.agenda.model import Agenda, Item, ItemKind, Programme, Shares, Speaker, TimerStyle

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


# --- agenda <-> JSON values --------------------------------------------------------------------


def _speaker(speaker: Speaker) -> dict[str, Any]:
    return {
        "presenter": speaker.presenter,
        "title": speaker.title,
        "duration": speaker.duration,
        "notes": speaker.notes,
    }


def _item(item: Item) -> dict[str, Any]:
    return {
        "title": item.title,
        "kind": item.kind.value,
        "part": item.part,
        "presenter": item.presenter,
        "notes": item.notes,
        "start": item.start,
        "duration": item.duration,
        "presentation": item.presentation,
        "discussion": item.discussion,
        "speakers": [_speaker(s) for s in item.speakers],
        "shares": item.shares.value,
        "protect_discussion": item.protect_discussion,
        "warning": item.warning,
        "final_warning": item.final_warning,
        "timer": item.timer.value if item.timer is not None else None,
        "minimum": item.minimum,
    }


def agenda_to_json(agenda: Agenda) -> dict[str, Any]:
    programme = agenda.programme
    return {
        "programme": {
            "title": programme.title,
            "subtitle": programme.subtitle,
            "date": programme.date.isoformat() if programme.date is not None else None,
            "venue": programme.venue,
            "organiser": programme.organiser,
            "start": programme.start,
            "hard_end": programme.hard_end,
            "warning": programme.warning,
            "final_warning": programme.final_warning,
        },
        "items": [_item(item) for item in agenda.items],
    }


def _text(table: dict[str, Any], key: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key} is not text")
    return value


def _seconds(table: dict[str, Any], key: str) -> int | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{key} is not a whole number")
    return value


def agenda_from_json(data: Any) -> Agenda:
    """The agenda ``agenda_to_json`` wrote; raises ValueError for anything else."""
    try:
        programme = data["programme"]
        date = programme.get("date")
        agenda = Agenda(
            Programme(
                title=_text(programme, "title"),
                subtitle=_text(programme, "subtitle"),
                date=dt.date.fromisoformat(date) if date is not None else None,
                venue=_text(programme, "venue"),
                organiser=_text(programme, "organiser"),
                start=_seconds(programme, "start"),
                hard_end=_seconds(programme, "hard_end"),
                warning=_seconds(programme, "warning"),
                final_warning=_seconds(programme, "final_warning"),
            ),
            tuple(
                Item(
                    title=_text(item, "title"),
                    kind=ItemKind(item["kind"]),
                    part=_text(item, "part"),
                    presenter=_text(item, "presenter"),
                    notes=_text(item, "notes"),
                    start=_seconds(item, "start"),
                    duration=_seconds(item, "duration"),
                    presentation=_seconds(item, "presentation"),
                    discussion=_seconds(item, "discussion"),
                    speakers=tuple(
                        Speaker(
                            presenter=_text(s, "presenter"),
                            title=_text(s, "title"),
                            duration=_seconds(s, "duration"),
                            notes=_text(s, "notes"),
                        )
                        for s in item["speakers"]
                    ),
                    shares=Shares(item["shares"]),
                    protect_discussion=bool(item["protect_discussion"]),
                    warning=_seconds(item, "warning"),
                    final_warning=_seconds(item, "final_warning"),
                    timer=TimerStyle(item["timer"]) if item["timer"] is not None else None,
                    minimum=_seconds(item, "minimum"),
                )
                for item in data["items"]
            ),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not an agenda draft: {error!r}") from error
    return agenda


# --- the file ------------------------------------------------------------------------------------


def write_draft(path: Path, agenda: Agenda, source: str | None, now: dt.datetime) -> None:
    """Write the draft atomically (a temporary file, flushed to disk, then renamed)."""
    document = {
        "format": DRAFT_FORMAT,
        "path": source,
        "written": now.isoformat(),
        "agenda": agenda_to_json(agenda),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        json.dump(document, stream, ensure_ascii=False, separators=(",", ":"))
        stream.flush()
        os.fsync(stream.fileno())
    temporary.replace(path)


def read_draft(path: Path) -> Draft | None:
    """The draft at ``path``; None when there is none or it cannot be read."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != DRAFT_FORMAT:
            return None
        source = document.get("path")
        return Draft(
            agenda=agenda_from_json(document["agenda"]),
            path=source if isinstance(source, str) else None,
            written=dt.datetime.fromisoformat(document["written"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def remove_draft(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
