"""[programme.chime]: the room chime's levels and volume, read, written and checked."""

from __future__ import annotations

import pytest

from emcee import resources
from emcee.core.agenda.file import load, loads
from emcee.core.agenda.model import ChimeLevel
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.writer import dumps

AGENDA = """\
[programme]
title = "성과공유회"
start = "13:00"
{chime}
[[items]]
title = "주제발표"
duration = "20m"
"""


def read(chime: str):
    return loads(AGENDA.format(chime=chime))[0].programme


def problems(chime: str) -> list[str]:
    with pytest.raises(AgendaError) as raised:
        loads(AGENDA.format(chime=chime))
    return [f"{p.line}: {p.message('en')}" for p in raised.value.problems]


def test_no_section_no_chime_and_old_files_write_nothing_new():
    programme = read("")
    assert programme.chime == () and programme.chime_volume == 80
    reference = load(resources.reference_agenda())[0]
    assert reference.programme.chime == ()
    assert "chime" not in dumps(reference)


def test_the_section_alone_chimes_at_time_up_at_the_default_volume():
    programme = read("[programme.chime]")
    assert programme.chime == (ChimeLevel.TIME_UP,)
    assert programme.chime_volume == 80
    assert "[programme.chime]\n\n[[items]]" in dumps(
        loads(AGENDA.format(chime="[programme.chime]"))[0]
    )


def test_levels_and_volume_are_read_in_order_and_written_back():
    text = AGENDA.format(chime='[programme.chime]\nlevels = ["time-up", "warning"]\nvolume = 60')
    agenda = loads(text)[0]
    assert agenda.programme.chime == (ChimeLevel.WARNING, ChimeLevel.TIME_UP)
    assert agenda.programme.chime_volume == 60
    written = dumps(agenda)
    assert '[programme.chime]\nlevels = ["warning", "time-up"]\nvolume = 60\n' in written
    assert loads(written)[0] == agenda


def test_volume_zero_and_a_hundred_are_volumes():
    assert read("[programme.chime]\nvolume = 0").chime_volume == 0
    assert read("[programme.chime]\nvolume = 100").chime_volume == 100


def test_what_is_wrong_is_said_with_its_line_and_how_to_fix_it():
    said = problems('[programme.chime]\nlevels = ["time-up", "warnig"]\nvolume = 120')
    assert said == [
        "5: 'levels' = \"warnig\" is not one of warning, final, time-up. Did you mean 'warning'?",
        "6: 'volume' = 120: the room chime's volume is a whole number from 0 to 100, without "
        "quotes (e.g. volume = 70).",
    ]
    said = problems('[programme.chime]\nlevels = []\nvolume = "70"')
    assert said[0].startswith("5: 'levels' lists no alert for the room chime")
    assert said[1].startswith("6: 'volume' = 70: the room chime's volume is a whole number")
    assert problems('[programme.chime]\nlevel = ["final"]')[0].startswith("5: unknown key 'level'")
    assert problems("chime = true")[0] == "4: 'chime' must be a section (table)."


def test_problems_are_said_in_korean_too():
    with pytest.raises(AgendaError) as raised:
        loads(AGENDA.format(chime="[programme.chime]\nvolume = 300"))
    assert "0부터 100까지의 정수" in raised.value.problems[0].message("ko")
