"""The chair (좌장) of an item or a part: read, inherited within a part, printed by
emcee check, and kept in the report."""

from __future__ import annotations

import datetime as dt

import pytest

from emcee.cli.check import schedule_lines
from emcee.core.agenda.file import loads
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.writer import dumps
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.core.journal import Journal
from emcee.core.report import build_report, csv_text, to_json

from .showkit import run_for

FORUM = """
[programme]
title = "Forum"
start = "09:00"

[[items]]
title = "Opening"
duration = "5m"

[[items]]
part = "1부"
title = "Talks"
chair = "박영희"
duration = "30m"

[[items]]
part = "1부"
title = "Panel"
duration = "20m"

[[items]]
part = "1부"
title = "Panel 2"
chair = "김철수"
duration = "20m"

[[items]]
part = "2부"
title = "Talks"
duration = "20m"
"""


def test_a_parts_chair_is_written_once_and_holds_until_another_is_named():
    agenda, schedule = loads(FORUM)
    assert [planned.chair for planned in schedule.items] == ["", "박영희", "박영희", "김철수", ""]
    assert loads(dumps(agenda))[0] == agenda
    lines = schedule_lines(schedule, "ko")
    assert "09:05     30m  (1부) Talks · 좌장 박영희" in lines
    assert "09:35     20m  (1부) Panel" in lines  # printed where it is written


def test_a_chair_written_in_korean_is_named_as_the_key():
    with pytest.raises(AgendaError) as error:
        loads(FORUM.replace('chair = "박영희"', '좌장 = "박영희"'))
    (problem,) = error.value.problems
    assert (problem.code, problem.params["fixed"]) == ("key_not_english_meant", 'chair = "박영희"')


def test_the_report_names_each_items_chair(tmp_path):
    clock = FakeClock(dt.datetime(2023, 6, 23, 9, 0, tzinfo=dt.UTC))
    show = Show(loads(FORUM)[1], clock)
    journal = Journal.create(FORUM, clock, tmp_path, fallbacks=[])
    journal.record_action(show.start(), show.state.show)
    for _ in range(3):
        run_for(show, clock, 300)
        journal.record_action(show.next(), show.state.show)
    report = build_report(journal.path, clock)
    assert [row.chair for row in report.items] == ["", "박영희", "박영희", "김철수", ""]
    rows = to_json(report)["rows"]
    assert "chair" not in rows[0] and rows[1]["chair"] == "박영희"
    table = [line.split(",") for line in csv_text(report, "ko").splitlines()]
    assert table[0][-1] == "좌장" and table[3][-1] == "박영희"
