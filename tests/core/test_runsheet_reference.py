"""The press release's 진행순서 table, pasted as text, imports as the built-in reference event."""

from __future__ import annotations

from pathlib import Path

import pytest

from emcee import resources
from emcee.core.agenda.file import load, loads
from emcee.core.agenda.model import ItemKind
from emcee.core.agenda.writer import dumps
from emcee.core.runsheet import Outcome, Role, import_text

FIXTURES = Path(__file__).parent / "fixtures" / "runsheet"
PASTED = (FIXTURES / "press-release-table.txt").read_text(encoding="utf-8")
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed-press-release.txt"


@pytest.fixture(scope="module")
def reference():
    return load(resources.reference_agenda())


@pytest.fixture(scope="module")
def imported():
    return import_text(PASTED, title="사회보장 특별지원구역 성과공유회")


def test_columns_are_recognised_from_the_korean_headers(imported):
    mapping = imported.mapping
    assert mapping.roles == {Role.TIME: 0, Role.TITLE: 1, Role.NOTES: 2}
    assert all(value == 1.0 for value in mapping.confidence.values())


def test_imports_without_problems(imported):
    assert imported.ok
    assert imported.problems == ()
    assert imported.notes == ()
    # Only the two lines above the table are left out, and they are said to be.
    (above,) = imported.rejected
    assert above.code == "above_header"
    assert (above.row, above.last_row) == (1, 3)


def test_every_item_matches_the_reference_event(imported, reference):
    agenda, _ = reference
    assert len(imported.agenda.items) == len(agenda.items) == 10
    for got, want in zip(imported.agenda.items, agenda.items, strict=True):
        assert got.start == want.start
        assert got.duration == want.duration
        assert got.part == want.part
        assert got.title == want.title
        assert got.notes == want.notes
        assert got.kind == want.kind
        assert (got.presentation, got.discussion) == (want.presentation, want.discussion)
        assert got.timer_style == want.timer_style


def test_same_top_level_schedule_as_the_reference(imported, reference):
    _, schedule = reference
    got = [
        (p.start, p.duration, [(ph.kind, ph.duration) for ph in p.phases])
        for p in imported.schedule.items
    ]
    want = [
        (p.start, p.duration, [(ph.kind, ph.duration) for ph in p.phases]) for p in schedule.items
    ]
    assert got == want
    assert imported.schedule.end == schedule.end == 17 * 3600 + 10 * 60


def test_sessions_have_their_phases(imported):
    sessions = [item for item in imported.agenda.items if item.kind is ItemKind.SESSION]
    assert [(s.part, s.presentation, s.discussion) for s in sessions] == [
        ("2부", 20 * 60, 15 * 60),
        ("3부", 40 * 60, 20 * 60),
        ("4부", 40 * 60, 20 * 60),
    ]


def test_every_row_is_accounted_for(imported):
    rows = imported.table.rows
    assert {row.number for row in rows} == set(imported.outcomes)
    assert [imported.outcomes[n] for n in (5, 6, 15)] == [
        Outcome.HEADER,
        Outcome.ITEM,
        Outcome.ITEM,
    ]
    assert imported.item_rows() == list(range(6, 16))


def test_the_imported_agenda_saves_and_loads_back(imported):
    agenda, _ = loads(dumps(imported.agenda))
    assert agenda == imported.agenda


@pytest.mark.skipif(not SEED.exists(), reason="the press release is not beside the repository")
def test_the_whole_press_release_pasted_imports_the_same(imported):
    whole = import_text(SEED.read_text(encoding="utf-8"), title=imported.agenda.programme.title)
    assert whole.ok
    assert whole.agenda == imported.agenda
    # Everything around the table is listed as not read, in two ranges.
    assert [p.code for p in whole.rejected] == ["above_header", "after_table"]
