"""The MC's script (사회자 멘트): the lines the agenda gives the MC, each at the turn it is
said at, in the order of the show. An item's lines come at its first turn, a phase's at
its first turn, a speaker's at their turn; a roll call's names are cues of their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from emcee.core.agenda.model import PhaseKind
from emcee.core.agenda.phases import phase_title
from emcee.core.agenda.schedule import PlannedItem
from emcee.core.texts import Lang


@dataclass(frozen=True)
class Cue:
    turn: int  # the show's turn (its segment), counted over items, phases and turns
    item_index: int
    heading: str  # what it introduces: the item, the phase, or who speaks ("": a name called)
    text: str
    roll_call: bool = False  # a name called (its text: the name and their title)


def script(items: Sequence[PlannedItem], lang: Lang) -> tuple[Cue, ...]:
    """The cues of a schedule's ``items``, in the order of the show."""
    cues: list[Cue] = []
    turn = 0
    for index, planned in enumerate(items):
        item = planned.item
        if item.mc:
            title = f"({item.part}) {item.title}" if item.part else item.title
            cues.append(Cue(turn, index, title, item.mc))
        for phase in planned.phases:
            written = phase.written
            if written.mc:
                cues.append(Cue(turn, index, phase_title(written, lang), written.mc))
            calling = phase.kind is PhaseKind.ROLL_CALL
            for number, planned_turn in enumerate(phase.turns, start=1):
                speaker = planned_turn.speaker
                if speaker is not None and speaker.mc:
                    cues.append(Cue(turn, index, speaker.presenter, speaker.mc))
                elif speaker is not None and calling:  # "2. 김철수 · 시의회 의장"
                    named = " · ".join(part for part in (speaker.presenter, speaker.title) if part)
                    cues.append(Cue(turn, index, "", f"{number}. {named}", roll_call=True))
                turn += 1
    return tuple(cues)
