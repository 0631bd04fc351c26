"""The people a run sheet names in one cell: several presenters sharing a row ("홍길동,
김철수"), and a designated discussion's discussants ("지정토론: 홍길동(00대 교수),
김철수(00연구원)")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from emcee.core.agenda.model import Speaker
from emcee.core.runsheet.cells import single_line

# "지정토론: ...", "지정 토론 : ...", "[지정토론] ..."
_DESIGNATED = re.compile(r"^\[?\s*지정\s*토론\s*\]?\s*[:：]?\s*(?P<names>.+)$")
# "좌장: 박영희", "좌장 박영희(○○대 교수)"
_CHAIR = re.compile(r"^좌\s*장\s*[:：]?\s*(?P<name>.+)$")
# One name and what follows it in brackets: "홍길동(00대 교수)", "홍길동 (00연구원)".
_NAMED = re.compile(r"^(?P<name>[^()（）]+?)\s*[(（](?P<about>[^()（）]*)[)）]$")


def split_names(cell: str) -> list[str]:
    """The names in a cell, one per line or between commas outside brackets: "김교수,
    이교수" and "김철수(○○대, 교수)" (one name) alike."""
    names: list[str] = []
    for line in cell.splitlines():
        depth, start = 0, 0
        for index, char in enumerate(line):
            depth += char in "(（["
            depth -= char in ")）]"
            if char in ",、;" and depth <= 0:
                names.append(line[start:index])
                start = index + 1
        names.append(line[start:])
    return [single_line(name) for name in names if single_line(name)]


def person(text: str) -> Speaker:
    """ "홍길동(00대 교수)" as a speaker named 홍길동 with 00대 교수 under the name."""
    match = _NAMED.match(text)
    if match is None:
        return Speaker(presenter=text)
    return Speaker(presenter=match["name"].strip(), title=match["about"].strip())


def designated(title: str) -> tuple[Speaker, ...] | None:
    """The discussants a "지정토론: ..." title names; None for any other title."""
    match = _DESIGNATED.match(title)
    if match is None:
        return None
    names = split_names(match["names"])
    return tuple(person(name) for name in names) if names else None


def chair_among(texts: list[str]) -> tuple[list[str], str]:
    """``texts`` without the one that names the chair ("좌장: 박영희"), and the chair."""
    chair = ""
    others = []
    for text in texts:
        match = _CHAIR.match(text.strip())
        if match is not None and not chair:
            chair = match["name"].strip()
        else:
            others.append(text)
    return others, chair


@dataclass(frozen=True)
class People:
    """Who a row names: its presenter, or the speakers sharing it; its chair; its notes
    once the chair is taken out of them; and the names of one cell made speakers."""

    presenter: str
    speakers: tuple[Speaker, ...]
    chair: str
    notes: tuple[str, ...]
    split: tuple[str, ...]


def people_of(
    presenter: str, notes: Sequence[str], found: Sequence[Speaker], split: bool
) -> People:
    """The people of a row whose presenter cell says ``presenter``; ``found``: speakers of
    the rows under its merged time cell; ``split``: several names become speakers. "좌장:
    박영희" in the presenter or the notes names the chair, not a speaker."""
    names, chair = chair_among(split_names(presenter))
    kept, noted = chair_among(list(notes))
    speakers = tuple(found)
    made: tuple[str, ...] = ()
    if split and not speakers and len(names) > 1:
        speakers, made = tuple(Speaker(name) for name in names), tuple(names)
    return People(", ".join(names), speakers, chair or noted, tuple(kept), made)
