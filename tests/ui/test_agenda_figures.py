"""The live agenda's figures agree with each other and with the report: a length, what
it took and the over/under add up; a row never run says so and shows its plan."""

from __future__ import annotations

import datetime as dt

import pytest

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.core.report.texts import length_text
from emcee.ui.agenda_model import AgendaModel, Column
from emcee.ui.controller import ShowController
from emcee.ui.i18n import switch_language


@pytest.fixture
def show(qapp):
    switch_language("en")
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    controller.begin()
    model = AgendaModel(controller.schedule)
    yield controller, model
    controller.stop()


def run(controller: ShowController, seconds: float) -> None:
    """Time passes with a tick each second, as the controller's timer gives them."""
    clock = controller.clock
    assert isinstance(clock, FakeClock)
    while seconds > 1e-9:
        step = min(1.0, seconds)
        clock.advance(step)
        seconds -= step
        controller.tick()


def rows(model: AgendaModel, controller: ShowController) -> dict[str, tuple[str, ...]]:
    """Every row's texts by its title (turn rows: their number and talk), the last wins."""
    model.update(controller.snapshot)
    found = {}
    for node in model.nodes:
        texts = model.values[id(node)].texts
        found[texts[Column.TITLE]] = texts
    return found


def discussions(model: AgendaModel, controller: ShowController) -> list[tuple[str, ...]]:
    model.update(controller.snapshot)
    return [
        model.values[id(node)].texts
        for node in model.nodes
        if model.values[id(node)].texts[Column.TITLE] == "Discussion"
    ]


def to_part_2(controller: ShowController) -> None:
    """Registration, the two opening items and Part 1, each a fraction of a second over."""
    controller.start()
    for length in (1800.3, 300.4, 300.2, 1800.0):
        run(controller, length)
        controller.next()


def test_skipped_rows_say_so_and_show_their_plan_not_a_share_of_time_nobody_used(show):
    controller, model = show
    to_part_2(controller)
    run(controller, 4 * 60 + 23.4)
    controller.next()
    run(controller, 10.2)
    controller.end()
    texts = rows(model, controller)
    third = texts['3. 복합공유공간 "다가치서로이음터"']
    assert third[Column.LENGTH] == "4 min"  # 20 minutes among five, as planned
    assert third[Column.STATUS] == "× skipped"
    assert third[Column.ACTUAL_LENGTH] == third[Column.OVER_UNDER] == ""
    part_3_turns = [t for title, t in texts.items() if title.startswith("8. ")]
    assert [t[Column.LENGTH] for t in part_3_turns] == ["5 min", "5 min"]
    lengths = [d[Column.LENGTH] for d in discussions(model, controller)]
    assert lengths == ["15 min", "20 min", "20 min"]
    assert all(d[Column.STATUS] == "× skipped" for d in discussions(model, controller))


def test_what_a_turn_took_and_its_over_under_use_one_rounding_with_the_report(show):
    controller, model = show
    to_part_2(controller)
    run(controller, 4 * 60 + 23.4)  # the first speaker of five: 4:00 given
    controller.next()
    texts = rows(model, controller)
    registration = texts["등록"]
    assert registration[Column.ACTUAL_LENGTH] == "30:00"  # 30:00.3, not a countdown's 30:01
    assert registration[Column.OVER_UNDER] == "00:00"
    first = texts['1. 복합공유라운지 "담다"']
    assert first[Column.LENGTH] == "4 min"
    assert first[Column.ACTUAL_LENGTH] == "04:23"
    assert first[Column.OVER_UNDER] == "+00:23"
    assert length_text(4 * 60 + 23.4) == "0:04:23"  # the report's actual length


def test_the_discussion_keeps_its_whole_minutes_while_a_shared_block_runs(show):
    controller, model = show
    to_part_2(controller)
    run(controller, 4 * 60 + 23.4)  # 15:36.6 left among four: 3:54 each, 0.6 s over
    controller.next()
    for _ in range(30):
        run(controller, 1.0)
        assert discussions(model, controller)[0][Column.LENGTH] == "15 min"


def test_a_turn_gone_back_to_keeps_no_stale_start(show):
    controller, model = show
    to_part_2(controller)
    run(controller, 60)
    controller.next()
    run(controller, 20)
    controller.previous()
    second = rows(model, controller)['2. 복지거점센터 "아따사랑채"']
    assert second[Column.STATUS] == "› next"
    assert second[Column.ACTUAL_START] == second[Column.ACTUAL_LENGTH] == ""


def test_a_break_shows_its_plan_to_come_and_the_time_it_was_given_once_run(show):
    controller, model = show
    to_part_2(controller)
    run(controller, 38 * 60)  # the first speaker takes all of Part 2 and 3 minutes more
    break_row = model.item_nodes[5][0]
    model.update(controller.snapshot)
    assert model.values[id(break_row)].texts[Column.LENGTH] == "10 min"  # to come: the plan
    while controller.snapshot.current.item.index != 5:
        controller.next()  # the others are passed over: the break starts at 14:48:01
    run(controller, 7 * 60)  # to its 14:55 restart, and a second more
    controller.next()
    model.update(controller.snapshot)
    texts = model.values[id(break_row)].texts
    assert texts[Column.LENGTH] == "6:59"  # what it was given, as its countdown counted
    assert (texts[Column.ACTUAL_LENGTH], texts[Column.OVER_UNDER]) == ("07:00", "+00:01")


def test_the_length_column_follows_a_minute_added_or_taken(show):
    controller, model = show
    controller.start()
    run(controller, 10)
    opening = model.item_nodes[0][0]
    controller.adjust(60)
    model.update(controller.snapshot)
    assert model.values[id(opening)].texts[Column.LENGTH] == "31 min"
    controller.adjust(-120)
    model.update(controller.snapshot)
    assert model.values[id(opening)].texts[Column.LENGTH] == "29 min"
