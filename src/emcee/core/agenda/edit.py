"""Edits of an agenda as plain functions, and what the editor checks after each of them.

Agendas are frozen values, so every edit returns a new agenda and the editor keeps the old
one for undo. ``check`` finds everything that would keep the agenda from being saved and
opened again (``agenda.file`` refuses empty titles) or from being planned (``plan``), so the
editor can show each problem beside its field while the person is still typing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

from emcee.core.agenda.model import Agenda, Item, Phase, PhaseKind, Speaker
from emcee.core.agenda.phases import written_phases
from emcee.core.agenda.problems import AgendaError, Problem
from emcee.core.agenda.reader import MAX_ITEMS, MAX_PHASES, MAX_SPEAKERS
from emcee.core.agenda.schedule import Schedule, plan
from emcee.core.timefmt import MAX_DURATION, parse_duration, parse_time_of_day

T = TypeVar("T")

# --- edits -----------------------------------------------------------------------------------


def moved(sequence: Sequence[T], source: int, target: int) -> tuple[T, ...]:
    """``sequence`` with the element at ``source`` taken out and put back at ``target``."""
    values = list(sequence)
    value = values.pop(source)
    values.insert(target, value)
    return tuple(values)


def with_items(agenda: Agenda, items: Sequence[Item]) -> Agenda:
    return replace(agenda, items=tuple(items))


def insert_item(agenda: Agenda, index: int, item: Item) -> Agenda:
    items = list(agenda.items)
    items.insert(index, item)
    return with_items(agenda, items)


def remove_item(agenda: Agenda, index: int) -> Agenda:
    items = list(agenda.items)
    del items[index]
    return with_items(agenda, items)


def move_item(agenda: Agenda, source: int, target: int) -> Agenda:
    return with_items(agenda, moved(agenda.items, source, target))


def duplicate_item(agenda: Agenda, index: int) -> Agenda:
    """A copy of item ``index`` right after it.

    The copy has no start of its own: with the original's start it would overlap the
    original at once; without one it simply follows it.
    """
    copy = replace(agenda.items[index], start=None)
    return insert_item(agenda, index + 1, copy)


def change_item(agenda: Agenda, index: int, **changes: Any) -> Agenda:
    items = list(agenda.items)
    items[index] = replace(items[index], **changes)
    return with_items(agenda, items)


def change_programme(agenda: Agenda, **changes: Any) -> Agenda:
    return replace(agenda, programme=replace(agenda.programme, **changes))


def change_speakers(agenda: Agenda, index: int, speakers: Sequence[Speaker]) -> Agenda:
    return change_item(agenda, index, speakers=tuple(speakers))


def change_speaker(agenda: Agenda, index: int, speaker: int, **changes: Any) -> Agenda:
    speakers = list(agenda.items[index].speakers)
    speakers[speaker] = replace(speakers[speaker], **changes)
    return change_speakers(agenda, index, speakers)


def split_evenly(agenda: Agenda, index: int) -> Agenda:
    """Every speaker of item ``index`` gets an even share: no explicit durations left."""
    return change_speakers(agenda, index, evened(agenda.items[index].speakers))


def evened(speakers: Sequence[Speaker]) -> tuple[Speaker, ...]:
    """``speakers`` without their own lengths: each gets an even share."""
    return tuple(replace(s, duration=None) for s in speakers)


def edited_speaker(speakers: Sequence[Speaker], at: int, **changes: Any) -> tuple[Speaker, ...]:
    values = list(speakers)
    values[at] = replace(values[at], **changes)
    return tuple(values)


# --- an item's phases (the long form, ``[[items.phases]]``) ------------------------------------


def list_phases(agenda: Agenda, index: int) -> Agenda:
    """Item ``index`` with its phases listed: the short form's presentation and discussion
    become the two phases they mean (same lengths, speakers and giving way), so the plan
    does not change; an item without phases gets one presentation phase with its speakers
    and its length."""
    item = agenda.items[index]
    if item.phases:
        return agenda
    return change_item(
        agenda,
        index,
        phases=listed_phases(item),
        presentation=None,
        discussion=None,
        protect_discussion=False,
        speakers=(),
    )


def listed_phases(item: Item) -> tuple[Phase, ...]:
    """The phases ``item`` has once listed (see ``list_phases``)."""
    return (
        item.phases
        or written_phases(item)
        or (Phase(PhaseKind.PRESENTATION, speakers=item.speakers),)
    )


def with_phases(agenda: Agenda, index: int, phases: Sequence[Phase]) -> Agenda:
    return change_item(agenda, index, phases=tuple(phases))


def insert_phase(agenda: Agenda, index: int, at: int, phase: Phase) -> Agenda:
    """``phase`` put at ``at`` in item ``index``'s phases (listed first if short-form)."""
    listed = list_phases(agenda, index)
    phases = list(listed.items[index].phases)
    phases.insert(at, phase)
    return with_phases(listed, index, phases)


def remove_phase(agenda: Agenda, index: int, at: int) -> Agenda:
    phases = list(agenda.items[index].phases)
    del phases[at]
    return with_phases(agenda, index, phases)


def move_phase(agenda: Agenda, index: int, source: int, target: int) -> Agenda:
    return with_phases(agenda, index, moved(agenda.items[index].phases, source, target))


def change_phase(agenda: Agenda, index: int, at: int, **changes: Any) -> Agenda:
    phases = list(agenda.items[index].phases)
    phases[at] = replace(phases[at], **changes)
    return with_phases(agenda, index, phases)


def change_phase_speakers(
    agenda: Agenda, index: int, at: int, speakers: Sequence[Speaker]
) -> Agenda:
    """The speakers (a designated discussion's discussants, a roll call's names) of phase
    ``at`` of item ``index``."""
    return change_phase(agenda, index, at, speakers=tuple(speakers))


def speaker_count(item: Item) -> int:
    """Everyone who speaks in ``item``, wherever they are listed: the item's speakers and
    each phase's (discussants and names called included)."""
    return len(item.speakers) + sum(len(phase.speakers) for phase in item.phases)


# --- what a person types in the editor's fields ------------------------------------------------


class UnreadableError(ValueError):
    """Text in a length, time or date field that is not a length, time or date."""


# The words a length is written with on screen, read back as the file's units.
_UNIT_WORDS = (("시간", "h"), ("분", "m"), ("초", "s"), ("min", "m"), ("sec", "s"))
_MINUTES_SECONDS = re.compile(r"(\d{1,4}):([0-5]\d)")


def read_length(text: str) -> int | None:
    """A length typed in a field: ``"35"`` (minutes), ``"35m"``, ``"4m30s"``, ``"45s"``,
    and as the console writes lengths: ``"35분"``, ``"35 min"``, ``"4:30"``, ``"4분 30초"``.

    A bare number is minutes here, unlike in the file: the field is labelled as a length and
    shows what it understood, so there is no unit to guess. Empty means "not given" (None).
    Raises ``UnreadableError`` for anything else, including zero.
    """
    text = text.strip()
    if not text:
        return None
    written = text.lower()
    for word, unit in _UNIT_WORDS:
        written = written.replace(word, unit)
    written = "".join(written.split())
    minutes_seconds = _MINUTES_SECONDS.fullmatch(written)
    if written.isdigit():
        seconds = int(written) * 60 if len(written) <= 4 else None
    elif minutes_seconds is not None:
        seconds = int(minutes_seconds[1]) * 60 + int(minutes_seconds[2])
    else:
        seconds = parse_duration(written)
    if seconds is None or not 0 < seconds <= MAX_DURATION:
        raise UnreadableError(text)
    return seconds


def read_time(text: str) -> int | None:
    """A time of day typed in a field: ``"13:00"``, ``"9:05"``, ``"13.00"``, the next day's
    ``"24:30"``; empty is None."""
    text = text.strip()
    if not text:
        return None
    seconds = parse_time_of_day(text.replace(".", ":"))
    if seconds is None:
        raise UnreadableError(text)
    return seconds


def read_date(text: str) -> dt.date | None:
    """A date typed in a field, year-month-day: ``"2023-06-23"``; empty is None."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UnreadableError(text) from None


# --- checking -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """What the editor knows about one agenda: its plan, or why there is none."""

    schedule: Schedule | None  # the plan, when the times add up (titles may still be missing)
    problems: tuple[Problem, ...]  # errors: the agenda cannot be saved for use or run
    notes: tuple[Problem, ...]  # worth knowing, not wrong (a gap, an end past hard_end)
    # Start and end of each item as far as they can be known (None where they cannot).
    times: tuple[tuple[int, int] | None, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _text_problems(agenda: Agenda) -> list[Problem]:
    """What the file reader would refuse that ``plan`` does not look at."""
    problems = []
    if not agenda.programme.title.strip():
        problems.append(Problem("empty_text", key="title"))
    if len(agenda.items) > MAX_ITEMS:
        problems.append(
            Problem(
                "too_many",
                {"count": str(len(agenda.items)), "what": "items", "limit": str(MAX_ITEMS)},
            )
        )
    for number, item in enumerate(agenda.items, start=1):
        if not item.title.strip():
            problems.append(Problem("empty_text", item=number, key="title"))
        problems += _speaker_problems(number, item, item.speakers, None)
        if len(item.phases) > MAX_PHASES:
            params = {"count": str(len(item.phases)), "what": "phases"}
            params["limit"] = str(MAX_PHASES)
            problems.append(
                Problem("too_many", params, item=number, item_title=item.title, key="phases")
            )
        for at, phase in enumerate(item.phases, start=1):
            problems += _speaker_problems(number, item, phase.speakers, at)
    return problems


def _speaker_problems(
    number: int, item: Item, speakers: Sequence[Speaker], phase: int | None
) -> list[Problem]:
    """A list of speakers (the item's, or phase ``phase``'s) the reader would refuse."""
    problems = []
    if len(speakers) > MAX_SPEAKERS:
        params = {"count": str(len(speakers)), "what": "speakers", "limit": str(MAX_SPEAKERS)}
        problems.append(
            Problem(
                "too_many", params, item=number, item_title=item.title, key="speakers", phase=phase
            )
        )
    for at, speaker in enumerate(speakers, start=1):
        if not speaker.presenter.strip():
            problems.append(
                Problem(
                    "empty_text",
                    item=number,
                    item_title=item.title,
                    speaker=at,
                    key="presenter",
                    phase=phase,
                )
            )
    return problems


def check(agenda: Agenda) -> Check:
    """Plan ``agenda`` and collect every problem; never raises."""
    problems = _text_problems(agenda)
    schedule: Schedule | None = None
    notes: tuple[Problem, ...] = ()
    try:
        schedule = plan(agenda)
        notes = schedule.notes
    except AgendaError as error:
        problems += error.problems
    times: tuple[tuple[int, int] | None, ...]
    if schedule is not None:
        times = tuple((p.start, p.end) for p in schedule.items)
    else:
        times = _partial_times(agenda, problems)
    return Check(schedule, tuple(problems), notes, times)


def _partial_times(
    agenda: Agenda, problems: Sequence[Problem]
) -> tuple[tuple[int, int] | None, ...]:
    """The times of the items before the first one with a problem, when those plan alone.

    While one row is being fixed, the rows above it keep showing their times.
    """
    unknown: tuple[tuple[int, int] | None, ...] = (None,) * len(agenda.items)
    numbered = [p.item for p in problems if p.item is not None]
    if len(numbered) < len(problems):  # a programme-wide problem: nothing is known
        return unknown
    first_bad = min(numbered) - 1
    # The item before the bad one may take its length from the bad one's start: leave it out.
    for count in (first_bad, first_bad - 1):
        if count <= 0:
            return unknown
        try:
            planned = plan(with_items(agenda, agenda.items[:count])).items
        except AgendaError:
            continue
        return tuple((p.start, p.end) for p in planned) + unknown[count:]
    return unknown


# --- what differs between two agendas ------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    """One change between two versions of an agenda, for a person to read."""

    what: str  # "programme", "added", "removed", "moved", "changed"
    number: int  # 1-based: in the new version (in the old one for "removed"); 0: programme
    title: str
    fields: tuple[str, ...] = ()  # for "changed": the names of the fields that differ


def _changed_fields(old: Any, new: Any) -> tuple[str, ...]:
    return tuple(f.name for f in fields(old) if getattr(old, f.name) != getattr(new, f.name))


def _opcodes(old: Sequence[Item], new: Sequence[Item]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes for two item lists, quick for the usual edit of one place.

    The common start and end are taken off first: matching 500 items against 500 costs
    milliseconds on every keystroke, matching the one that changed costs nothing.
    """
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    middle_old = old[head : len(old) - tail]
    middle_new = new[head : len(new) - tail]
    codes: list[tuple[str, int, int, int, int]] = []
    if head:
        codes.append(("equal", 0, head, 0, head))
    if middle_old or middle_new:
        matcher = difflib.SequenceMatcher(None, middle_old, middle_new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            codes.append((tag, i1 + head, i2 + head, j1 + head, j2 + head))
    if tail:
        codes.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return codes


def differences(old: Agenda, new: Agenda) -> list[Difference]:
    """What changed from ``old`` to ``new``: programme fields, items added, removed, moved
    or changed (with the fields that changed), in the order of the new agenda."""
    found: list[Difference] = []
    if old.programme != new.programme:
        found.append(
            Difference(
                "programme", 0, new.programme.title, _changed_fields(old.programme, new.programme)
            )
        )
    removed: list[tuple[int, Item]] = []
    added: list[tuple[int, Item]] = []
    for tag, i1, i2, j1, j2 in _opcodes(old.items, new.items):
        if tag == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for k in range(pairs):
            before, after = old.items[i1 + k], new.items[j1 + k]
            found.append(
                Difference("changed", j1 + k + 1, after.title, _changed_fields(before, after))
            )
        removed += [(i + 1, old.items[i]) for i in range(i1 + pairs, i2)]
        added += [(j + 1, new.items[j]) for j in range(j1 + pairs, j2)]
    # An item taken out in one place and put back unchanged in another was moved.
    for number, item in list(added):
        match = next((r for r in removed if r[1] == item), None)
        if match is not None:
            removed.remove(match)
            added.remove((number, item))
            found.append(Difference("moved", number, item.title))
    found += [Difference("added", number, item.title) for number, item in added]
    found += [Difference("removed", number, item.title) for number, item in removed]
    return sorted(found, key=lambda d: (d.number, d.what))


def history_rewritten(old: Agenda, new: Agenda, live_item: int) -> list[int]:
    """Items up to ``live_item`` (0-based, in ``old``) that ``new`` removes, moves or puts
    something before: 1-based numbers in ``old``.

    The engine's own check compares the shape of the turns that ran, so taking out an item
    that ran and moving the next one up can look the same to it; comparing the items
    themselves catches that.
    """
    rewritten: list[int] = []
    for tag, i1, i2, j1, j2 in _opcodes(old.items, new.items):
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            continue  # kept in place (perhaps changed, which the engine checks)
        if i1 <= live_item:
            last = min(max(i2, i1 + 1), live_item + 1)
            rewritten += range(i1 + 1, last + 1)
    return sorted(set(rewritten))
