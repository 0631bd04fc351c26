"""docs/agenda-format.md shows real files and real output: its examples are checked here."""

from __future__ import annotations

import re
from pathlib import Path

from emcee import resources
from emcee.cli.check import schedule_lines
from emcee.core.agenda.file import loads
from emcee.core.agenda.model import ItemKind
from emcee.core.runsheet import import_text

DOC = (Path(__file__).resolve().parents[2] / "docs" / "agenda-format.md").read_text(
    encoding="utf-8"
)


def block_after(marker: str) -> str:
    match = re.search(rf"<!-- {marker}[^>]*-->\n```[a-z]*\n(.*?)```", DOC, re.S)
    assert match, marker
    return match.group(1)


def test_reference_event_in_the_doc_is_the_built_in_file():
    assert block_after("reference-agenda") == resources.reference_agenda().read_text("utf-8")


def test_short_example_loads_and_prints_as_shown():
    _, schedule = loads(block_after("short-example"))
    printed = "\n".join(schedule_lines(schedule, "en")) + "\n"
    assert printed == block_after("short-example-output")


def test_midnight_example_loads_and_prints_as_shown():
    _, schedule = loads(block_after("midnight-example"))
    printed = "\n".join(schedule_lines(schedule, "en")) + "\n"
    assert printed == block_after("midnight-example-output")
    assert schedule.items[-1].start == 24 * 3600 + 45 * 60


def test_phases_example_is_the_example_file_and_prints_as_shown():
    path = Path(__file__).resolve().parents[2] / "docs" / "examples" / "policy-forum.toml"
    text = path.read_text(encoding="utf-8")
    assert block_after("phases-example") == text
    _, schedule = loads(text)
    printed = "\n".join(schedule_lines(schedule, "en")) + "\n"
    assert printed == block_after("phases-example-output")


def test_ceremony_example_is_the_example_file_and_prints_as_shown():
    path = Path(__file__).resolve().parents[2] / "docs" / "examples" / "ceremony.toml"
    text = path.read_text(encoding="utf-8")
    assert block_after("ceremony-example") == text
    _, schedule = loads(text)
    printed = "\n".join(schedule_lines(schedule, "en")) + "\n"
    assert printed == block_after("ceremony-example-output")


def test_import_example_imports_as_described():
    result = import_text(block_after("import-example"))
    assert result.ok
    registration, opening, session = result.agenda.items
    assert (registration.kind, registration.start, registration.duration) == (
        ItemKind.REGISTRATION,
        13 * 3600,
        1800,
    )
    assert (opening.kind, opening.notes) == (ItemKind.OPENING, "복지행정지원관")
    assert (session.kind, session.part) == (ItemKind.SESSION, "2부")
    assert (session.presentation, session.discussion) == (1200, 900)
    assert [note.code for note in result.notes] == ["gap"]
