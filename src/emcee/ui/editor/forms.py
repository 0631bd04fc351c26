"""The editor's item and programme tabs: their fields, one row each (see ``form``), and
how each shows what it edits.

Every item kind has the same fields; the ones that mean nothing for the item shown (phases
outside a session, shares with one speaker) stay out of the way.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from PySide6.QtWidgets import QLabel, QWidget

from emcee.core.agenda.edit import Check
from emcee.core.agenda.model import (
    OPEN_FLOOR,
    ChimeLevel,
    Item,
    ItemKind,
    PhaseKind,
    Programme,
    Shares,
    TimerStyle,
    default_timer,
)
from emcee.core.agenda.phases import phase_name
from emcee.core.agenda.problems import Problem
from emcee.core.agenda.schedule import PlannedItem
from emcee.core.texts import QT_TRANSLATE_NOOP, Lang
from emcee.core.timefmt import format_time_of_day
from emcee.ui.agenda_model import length_text
from emcee.ui.editor.form import FieldSpec, Form, Kind, translate
from emcee.ui.i18n import current_language

AUTOMATIC = QT_TRANSLATE_NOOP("AgendaEditor", "automatic")
WARNING, FINAL, TIME_UP = ChimeLevel  # the room chime's levels, in their order
TITLE = FieldSpec("title", Kind.TEXT, QT_TRANSLATE_NOOP("AgendaEditor", "Title"))
# The warnings' lead times, an item's own or the programme's.
LEAD_TIMES = (
    FieldSpec(
        "warning",
        Kind.LENGTH,
        QT_TRANSLATE_NOOP("AgendaEditor", "Warning before the end"),
        AUTOMATIC,
    ),
    FieldSpec(
        "final_warning", Kind.LENGTH, QT_TRANSLATE_NOOP("AgendaEditor", "Final warning"), AUTOMATIC
    ),
)

ITEM_FIELDS = (
    TITLE,
    FieldSpec(
        "part",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("AgendaEditor", "Part"),
        QT_TRANSLATE_NOOP("AgendaEditor", "e.g. 2부"),
    ),
    FieldSpec(
        "presenter",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("AgendaEditor", "Presenter"),
        QT_TRANSLATE_NOOP("AgendaEditor", "person, role or organisation"),
    ),
    FieldSpec(
        "chair",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("AgendaEditor", "Chair"),
        QT_TRANSLATE_NOOP("AgendaEditor", "좌장; on a part's first item, the part's"),
    ),
    FieldSpec(
        "kind",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("AgendaEditor", "Kind"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Change kind"),
        choices=(
            (ItemKind.REGISTRATION, QT_TRANSLATE_NOOP("AgendaEditor", "Registration")),
            (ItemKind.OPENING, QT_TRANSLATE_NOOP("AgendaEditor", "Opening")),
            (ItemKind.REPORT, QT_TRANSLATE_NOOP("AgendaEditor", "Report")),
            (ItemKind.TALK, QT_TRANSLATE_NOOP("AgendaEditor", "Talk")),
            (
                ItemKind.SESSION,
                QT_TRANSLATE_NOOP("AgendaEditor", "Session (presentations + discussion)"),
            ),
            (ItemKind.BREAK, QT_TRANSLATE_NOOP("AgendaEditor", "Break")),
            (ItemKind.CLOSING, QT_TRANSLATE_NOOP("AgendaEditor", "Closing")),
            (ItemKind.OTHER, QT_TRANSLATE_NOOP("AgendaEditor", "Other")),
        ),
    ),
    FieldSpec(
        "start",
        Kind.TIME,
        QT_TRANSLATE_NOOP("AgendaEditor", "Start"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Edit start"),
    ),
    FieldSpec("duration", Kind.LENGTH, QT_TRANSLATE_NOOP("AgendaEditor", "Length")),
    FieldSpec("presentation", Kind.LENGTH, QT_TRANSLATE_NOOP("AgendaEditor", "Presentations")),
    FieldSpec("discussion", Kind.LENGTH, QT_TRANSLATE_NOOP("AgendaEditor", "Discussion")),
    FieldSpec(
        "shares",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("AgendaEditor", "Speakers' shares"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Change shares"),
        choices=(
            (
                Shares.EVEN,
                QT_TRANSLATE_NOOP(
                    "AgendaEditor", "Even: who runs over takes from those still to come"
                ),
            ),
            (
                Shares.FIXED,
                QT_TRANSLATE_NOOP("AgendaEditor", "Fixed: everyone keeps their planned share"),
            ),
        ),
    ),
    FieldSpec(
        "protect_discussion",
        Kind.FLAG,
        QT_TRANSLATE_NOOP("AgendaEditor", "Discussion"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Change discussion"),
        check_text=QT_TRANSLATE_NOOP(
            "AgendaEditor", "Keeps its full length (a long presentation delays the item)"
        ),
    ),
    FieldSpec(
        "question",
        Kind.LENGTH,
        QT_TRANSLATE_NOOP("AgendaEditor", "Question timer (Q)"),
        QT_TRANSLATE_NOOP("AgendaEditor", "1 min"),
    ),
    FieldSpec(
        "answer",
        Kind.LENGTH,
        QT_TRANSLATE_NOOP("AgendaEditor", "Answer timer (Q again)"),
        QT_TRANSLATE_NOOP("AgendaEditor", "2 min"),
    ),
    FieldSpec(
        "timer",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("AgendaEditor", "Timer"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Change timer"),
        unset=True,  # the kind's own: "As for the kind: ..."
        choices=(
            (TimerStyle.COUNTDOWN, QT_TRANSLATE_NOOP("AgendaEditor", "Count down the time left")),
            (TimerStyle.COUNTUP, QT_TRANSLATE_NOOP("AgendaEditor", "Count up the time used")),
            (TimerStyle.CLOCK, QT_TRANSLATE_NOOP("AgendaEditor", "Show the time of day")),
            (
                TimerStyle.TO_END,
                QT_TRANSLATE_NOOP("AgendaEditor", "Count down to the scheduled end"),
            ),
        ),
    ),
    *LEAD_TIMES,
    FieldSpec(
        "minimum",
        Kind.LENGTH,
        QT_TRANSLATE_NOOP("AgendaEditor", "Shortest length"),
        QT_TRANSLATE_NOOP("AgendaEditor", "half the length"),
    ),
    FieldSpec(
        "notes",
        Kind.NOTES,
        QT_TRANSLATE_NOOP("AgendaEditor", "Notes"),
        QT_TRANSLATE_NOOP("AgendaEditor", "For the moderator; never on the presenter screen"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Edit notes"),
    ),
    FieldSpec(
        "mc",
        Kind.NOTES,
        QT_TRANSLATE_NOOP("AgendaEditor", "MC's lines"),
        QT_TRANSLATE_NOOP("AgendaEditor", "사회자 멘트, said as the item starts (the MC's script)"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Edit the MC's lines"),
    ),
)

PROGRAMME_FIELDS = (
    TITLE,
    FieldSpec("subtitle", Kind.TEXT, QT_TRANSLATE_NOOP("AgendaEditor", "Subtitle")),
    FieldSpec("venue", Kind.TEXT, QT_TRANSLATE_NOOP("AgendaEditor", "Venue")),
    FieldSpec("organiser", Kind.TEXT, QT_TRANSLATE_NOOP("AgendaEditor", "Organiser")),
    FieldSpec(
        "date",
        Kind.DATE,
        QT_TRANSLATE_NOOP("AgendaEditor", "Date"),
        QT_TRANSLATE_NOOP("AgendaEditor", "e.g. 2023-06-23"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Edit date"),
    ),
    FieldSpec(
        "start",
        Kind.TIME,
        QT_TRANSLATE_NOOP("AgendaEditor", "Start"),
        QT_TRANSLATE_NOOP("AgendaEditor", "the first item's start"),
    ),
    FieldSpec(
        "hard_end",
        Kind.TIME,
        QT_TRANSLATE_NOOP("AgendaEditor", "Must end by"),
        QT_TRANSLATE_NOOP("AgendaEditor", "no limit"),
    ),
    *LEAD_TIMES,
    FieldSpec(  # every set of levels [programme.chime] can hold; its volume: in the file
        "chime",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("AgendaEditor", "Room chime (hall speakers)"),
        undo=QT_TRANSLATE_NOOP("AgendaEditor", "Change the room chime"),
        choices=(
            ((), QT_TRANSLATE_NOOP("AgendaEditor", "Off")),
            ((TIME_UP,), QT_TRANSLATE_NOOP("AgendaEditor", "At time up")),
            (
                (FINAL, TIME_UP),
                QT_TRANSLATE_NOOP("AgendaEditor", "At the final warning and time up"),
            ),
            (
                (WARNING, FINAL, TIME_UP),
                QT_TRANSLATE_NOOP("AgendaEditor", "At both warnings and time up"),
            ),
            ((WARNING, TIME_UP), QT_TRANSLATE_NOOP("AgendaEditor", "At the warning and time up")),
            ((WARNING,), QT_TRANSLATE_NOOP("AgendaEditor", "At the warning only")),
            ((FINAL,), QT_TRANSLATE_NOOP("AgendaEditor", "At the final warning only")),
            ((WARNING, FINAL), QT_TRANSLATE_NOOP("AgendaEditor", "At both warnings only")),
        ),
    ),
)

SESSION_KEYS = ("presentation", "discussion", "protect_discussion")  # hidden elsewhere


@dataclass
class ItemProblems:
    """An item's problems, by where the editor shows them."""

    by_key: dict[str, list[str]] = field(default_factory=dict)  # beside the item's fields
    general: list[str] = field(default_factory=list)  # above them
    speakers: dict[int, list[str]] = field(default_factory=dict)  # in a speaker's row
    speakers_general: list[str] = field(default_factory=list)  # under the speaker list
    phases: list[Problem] = field(default_factory=list)  # in the Phases tab


def sort_problems(
    problems: Sequence[Problem], number: int, keys: Container[str], lang: Lang
) -> ItemProblems:
    """The problems of item ``number`` (1-based), each where it is shown; ``keys``: the
    item form's fields."""
    found = ItemProblems()
    labels = field_labels()
    for problem in problems:
        if problem.item != number:
            continue
        message = problem.message(lang, labels)
        if problem.phase is not None:  # beside the phase's fields, in the Phases tab
            found.phases.append(problem)
        elif problem.speaker is not None:
            found.speakers.setdefault(problem.speaker - 1, []).append(message)
        elif problem.key == "speakers":
            found.speakers_general.append(message)
        elif problem.key is not None and problem.key in keys:
            found.by_key.setdefault(problem.key, []).append(message)
        else:
            found.general.append(message)
    return found


def problem_entries(
    check: Check, conflicts: Sequence[tuple[int | None, str]], lang: Lang
) -> list[tuple[str, int | None, bool]]:
    """(text, 1-based item or None, an error rather than a note) of each problem of the
    draft, then each conflict with the show, then each note, as the problem list says them."""
    labels = field_labels()
    entries = [(p.describe(lang, labels=labels), p.item, True) for p in check.problems]
    for row, message in conflicts:
        entries.append((message, row + 1 if row is not None else None, True))
    entries += [(note.describe(lang, labels=labels), note.item, False) for note in check.notes]
    return entries


def field_labels() -> dict[str, str]:
    """Each field's label in the language shown, by its key: problems name a field as
    the form does ('제목', not 'title')."""
    specs = (TITLE, *LEAD_TIMES, *ITEM_FIELDS, *PROGRAMME_FIELDS)
    return {spec.key: translate(spec.label) for spec in specs}


class ItemForm(Form):
    """The selected item's fields, with the plan worked out for it above them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        plan = QLabel()  # when the item is planned, and its phases
        plan.setWordWrap(True)
        super().__init__(ITEM_FIELDS, above=[plan], parent=parent)
        self.plan = plan

    def show_item(
        self,
        item: Item,
        times: tuple[int, int] | None,
        planned: PlannedItem | None,
        *,
        force: bool,
        source: QWidget | None,
    ) -> None:
        """Show ``item``; ``times``: its start and end as far as known, ``planned``: its plan
        (see ``Form.put`` for ``force`` and ``source``)."""
        timer = dict(self.fields["timer"].spec.choices)[default_timer(item.kind)]
        as_kind = self.tr("As for the kind: %1")
        self.set_unset_text("timer", as_kind.replace("%1", translate(timer)))
        self.put({key: getattr(item, key) for key in self.fields}, force=force, source=source)
        self._show_derived(times, planned)
        # The short form's keys; an item that lists its phases writes none of them.
        short = not item.phases and (item.has_phases or item.kind is ItemKind.SESSION)
        for key in SESSION_KEYS:
            self.show_field(key, short)
        floor = short or any(phase.kind in OPEN_FLOOR for phase in item.phases)
        for key in ("question", "answer"):  # the timer of an open discussion's questions
            self.show_field(key, floor)
        # Shares apply to every phase's speakers (the engine's allotment).
        lists = (item.speakers, *(phase.speakers for phase in item.phases))
        self.show_field("shares", any(len(speakers) > 1 for speakers in lists))

    def _show_derived(self, times: tuple[int, int] | None, planned: PlannedItem | None) -> None:
        """Placeholders and the plan line say what the empty fields come to."""
        if times is None:
            self.set_placeholder("start", self.tr("after the previous item"))
            self.set_placeholder("duration", self.tr("until the next start"))
            self.plan.setText(self.tr("Planned: cannot be worked out yet (see below)."))
            return
        begin, end = times
        self.set_placeholder(
            "start",
            self.tr("%1 (after the previous item)").replace("%1", format_time_of_day(begin)),
        )
        self.set_placeholder(
            "duration", self.tr("%1 (worked out)").replace("%1", length_text(end - begin))
        )
        parts = [
            self.tr("Planned %1–%2 (%3)")
            .replace("%1", format_time_of_day(begin))
            .replace("%2", format_time_of_day(end))
            .replace("%3", length_text(end - begin))
        ]
        if planned is not None:
            names = {
                PhaseKind.PRESENTATION: self.tr("presentations"),
                PhaseKind.DISCUSSION: self.tr("discussion"),
            }
            for phase in planned.phases:
                if phase.kind is not PhaseKind.MAIN:  # each phase, by its title or kind
                    name = phase.written.title or names.get(phase.kind)
                    name = name or phase_name(phase.kind, current_language())
                    parts.append(
                        f"{name} {format_time_of_day(phase.start)}–"
                        f"{format_time_of_day(phase.end)} ({length_text(phase.duration)})"
                    )
            for key in ("presentation", "discussion"):
                found = next((p for p in planned.phases if p.kind.value == key), None)
                self.set_placeholder(
                    key,
                    self.tr("%1 (the rest)").replace("%1", length_text(found.duration))
                    if found is not None
                    else self.tr("none"),
                )
        self.plan.setText(" · ".join(parts))


class ProgrammeForm(Form):
    """The programme's fields: title, date, start, the end it must keep, warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PROGRAMME_FIELDS, parent=parent)

    def show_programme(
        self,
        programme: Programme,
        problems: Sequence[Problem],
        *,
        force: bool,
        source: QWidget | None,
    ) -> bool:
        """Show ``programme`` and the agenda's ``problems`` that are not an item's; whether
        any problem is shown."""
        self.put({key: getattr(programme, key) for key in self.fields}, force=force, source=source)
        lang, labels = current_language(), field_labels()
        by_key: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            if problem.item is not None:
                continue
            if problem.key in self.fields:
                by_key.setdefault(problem.key, []).append(problem.message(lang, labels))
            else:
                general.append(problem.message(lang, labels))
        return self.show_problems(by_key, general)
