"""An item's phases: what the short form means, how long a phase says it is, and what
each kind is called in Korean and English."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from emcee.core.agenda.model import Item, Phase, PhaseKind
from emcee.core.texts import QT_TRANSLATE_NOOP, Lang, translate

# What a phase of each kind is called where it has no title of its own (in lower case, as
# a line of `emcee check` and a cell of the report write it; a heading capitalises it).
PHASE_NAMES: Mapping[PhaseKind, str] = MappingProxyType(
    {
        PhaseKind.MAIN: QT_TRANSLATE_NOOP("Phase", "item"),
        PhaseKind.PRESENTATION: QT_TRANSLATE_NOOP("Phase", "presentation"),
        PhaseKind.DESIGNATED: QT_TRANSLATE_NOOP("Phase", "designated discussion"),
        PhaseKind.DISCUSSION: QT_TRANSLATE_NOOP("Phase", "discussion"),
        PhaseKind.QA: QT_TRANSLATE_NOOP("Phase", "Q&A"),
        PhaseKind.REMARKS: QT_TRANSLATE_NOOP("Phase", "closing remarks"),
        PhaseKind.PERFORMANCE: QT_TRANSLATE_NOOP("Phase", "performance"),
        PhaseKind.PHOTO: QT_TRANSLATE_NOOP("Phase", "group photo"),
        PhaseKind.ROLL_CALL: QT_TRANSLATE_NOOP("Phase", "roll call"),
    }
)


def phase_name(kind: PhaseKind, lang: Lang) -> str:
    return translate("Phase", PHASE_NAMES[kind], lang)


def phase_title(phase: Phase, lang: Lang) -> str:
    """What a phase is called: its title as written, else its kind's name, capitalised."""
    if phase.title:
        return phase.title
    name = phase_name(phase.kind, lang)
    return name[:1].upper() + name[1:]


def written_phases(item: Item) -> tuple[Phase, ...]:
    """An item's phases as written in the long form, or the two the short form means: the
    presentation (with the item's speakers), then a discussion that gives way to it
    unless ``protect_discussion``. None for an item without phases."""
    if item.phases or not item.has_phases:
        return item.phases
    return (
        Phase(PhaseKind.PRESENTATION, item.presentation, speakers=item.speakers, gives_way=False),
        Phase(PhaseKind.DISCUSSION, item.discussion, gives_way=not item.protect_discussion),
    )


def sized_length(phase: Phase) -> int | None:
    """A phase's length when it says it: its duration, else its speakers' added up when
    each has one (three discussants of 5 minutes: 15); None: the item's rest."""
    if phase.duration is not None:
        return phase.duration
    if phase.speakers and all(s.duration is not None for s in phase.speakers):
        return sum(s.duration or 0 for s in phase.speakers)
    return None
