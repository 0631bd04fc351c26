"""Writing agenda files (TOML, UTF-8) that emcee.core.agenda.file reads back equal.

tomlkit builds the document. It is imported inside the functions that use it, not at the
top: it took 17 ms of the start-up, and a show opens by reading its agenda.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from emcee.core.agenda.model import (
    CHIME_LEVELS,
    CHIME_VOLUME,
    Agenda,
    Item,
    Phase,
    PhaseKind,
    Programme,
    Shares,
    Speaker,
)
from emcee.core.agenda.reader import FORMAT_VERSION
from emcee.core.timefmt import format_duration, format_time_of_day

if TYPE_CHECKING:
    from tomlkit.items import Array, InlineTable, Table

HEADER = """\
emcee agenda (TOML, UTF-8). Reference: docs/agenda-format.md
Durations: "30m", "4m30s", "45s". Times of day: "13:00"."""


def _put(table: Table | InlineTable, key: str, value: object) -> None:
    """Write ``key`` unless ``value`` is empty/default-like (None, "", False)."""
    if value is None or value == "" or value is False:
        return
    table[key] = value


def _item_table(item: Item) -> Table:
    import tomlkit

    table = tomlkit.table()
    _put(table, "part", item.part)
    _put(table, "kind", item.kind.value)
    _put(table, "title", item.title)
    _put(table, "presenter", item.presenter)
    _put(table, "chair", item.chair)
    _put(table, "start", _time(item.start))
    _put(table, "duration", _length(item.duration))
    _put(table, "presentation", _length(item.presentation))
    _put(table, "discussion", _length(item.discussion))
    if item.shares is not Shares.EVEN:
        table["shares"] = item.shares.value
    _put(table, "protect_discussion", item.protect_discussion)
    _put(table, "timer", item.timer.value if item.timer is not None else None)
    _put(table, "warning", _length(item.warning))
    _put(table, "final_warning", _length(item.final_warning))
    _put(table, "minimum", _length(item.minimum))
    _put(table, "question", _length(item.question))
    _put(table, "answer", _length(item.answer))
    _put(table, "notes", item.notes)
    _put(table, "mc", _lines(item.mc))
    if item.speakers:
        table["speakers"] = _speakers_array(item.speakers)
    if item.phases:
        phases = tomlkit.aot()
        for phase in item.phases:
            phases.append(_phase_table(phase))
        table["phases"] = phases
    return table


def _phase_table(phase: Phase) -> Table:
    import tomlkit

    table = tomlkit.table()
    table["kind"] = phase.kind.value
    _put(table, "title", phase.title)
    _put(table, "duration", _length(phase.duration))
    if phase.speakers:
        people = "discussants" if phase.kind is PhaseKind.DESIGNATED else "speakers"
        table[people] = _speakers_array(phase.speakers)
    if phase.gives_way is not None:
        table["gives_way"] = phase.gives_way
    _put(table, "notes", phase.notes)
    _put(table, "mc", _lines(phase.mc))
    _put(table, "on_screen", phase.on_screen)
    return table


def _chime_table(programme: Programme) -> Table:
    """[programme.chime], with only what differs from the defaults."""
    import tomlkit

    table = tomlkit.table()
    if programme.chime != CHIME_LEVELS:
        table["levels"] = [level.value for level in programme.chime]
    if programme.chime_volume != CHIME_VOLUME:
        table["volume"] = programme.chime_volume
    return table


def _speakers_array(speakers: tuple[Speaker, ...]) -> Array:
    import tomlkit

    array = tomlkit.array()
    for speaker in speakers:
        entry = tomlkit.inline_table()
        _put(entry, "presenter", speaker.presenter)
        _put(entry, "title", speaker.title)
        _put(entry, "duration", _length(speaker.duration))
        _put(entry, "notes", speaker.notes)
        _put(entry, "mc", speaker.mc)
        array.append(entry)
    return array.multiline(True)


def _lines(text: str) -> object:
    """Lines of text as a multi-line string when there are several, as people write them."""
    import tomlkit

    if "\n" not in text:
        return text
    return tomlkit.string(text, multiline=True)


def _time(value: int | None) -> str | None:
    return None if value is None else format_time_of_day(value, wrap=False)


def _length(value: int | None) -> str | None:
    return None if value is None else format_duration(value)


def dumps(agenda: Agenda) -> str:
    """The agenda as TOML text that ``loads`` reads back to an equal agenda."""
    import tomlkit

    document = tomlkit.document()
    for line in HEADER.splitlines():
        document.add(tomlkit.comment(line))
    document["format"] = FORMAT_VERSION
    programme = agenda.programme
    table = tomlkit.table()
    _put(table, "title", programme.title)
    _put(table, "subtitle", programme.subtitle)
    _put(table, "date", programme.date)
    _put(table, "venue", programme.venue)
    _put(table, "organiser", programme.organiser)
    _put(table, "start", _time(programme.start))
    _put(table, "hard_end", _time(programme.hard_end))
    _put(table, "warning", _length(programme.warning))
    _put(table, "final_warning", _length(programme.final_warning))
    if programme.chime:
        table["chime"] = _chime_table(programme)
    document["programme"] = table
    items = tomlkit.aot()
    for item in agenda.items:
        items.append(_item_table(item))
    document["items"] = items
    return tomlkit.dumps(document)


def save(agenda: Agenda, path: str | Path) -> None:
    """Write the agenda to ``path`` atomically (a crash never leaves half a file)."""
    write_atomically(Path(path), dumps(agenda))


def write_atomically(path: Path, text: str) -> None:
    """``text`` in ``path`` (UTF-8): a temporary file, flushed to the disk, then renamed, so
    that a crash leaves the old file or the new one, never half of one."""
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    temporary.replace(path)
