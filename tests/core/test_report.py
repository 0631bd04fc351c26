"""The planned-vs-actual report of the hand-computed afternoon (see test_scenario.py)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import textwrap

import pytest

from emcee import resources
from emcee.core.agenda.file import loads
from emcee.core.agenda.model import PhaseKind
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import Status
from emcee.core.journal import Journal
from emcee.core.report import (
    build_report,
    clock_text,
    csv_text,
    length_text,
    summary_lines,
    to_json,
    write_tables,
)

from .afternoon import play_afternoon
from .showkit import hm

AGENDA = resources.reference_agenda().read_text(encoding="utf-8")


def journal_of_afternoon(folder, until=None, shift=0.0):
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    show = Show(loads(AGENDA)[1], clock)
    journal = Journal.create(AGENDA, clock, folder, fallbacks=[])
    play_afternoon(show, clock, journal, until=until)
    return journal.path


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return build_report(journal_of_afternoon(tmp_path_factory.mktemp("shows")))


def test_items_planned_against_actual(report):
    items = report.items
    assert len(items) == 10
    actual = {row.item_index: (row.actual_start, row.actual_end, row.difference) for row in items}
    assert actual[4] == (hm("14:10"), hm("14:45"), 0)  # Part 2 on time
    assert actual[5] == (hm("14:45"), hm("15:01"), 6 * 60)  # break 1 +6:00
    assert actual[6] == (hm("15:01"), hm("16:01"), 0)  # Part 3 6 minutes late, 60 minutes
    assert actual[7] == (hm("16:01"), hm("16:06"), -5 * 60)  # break 2 cut to its minimum
    assert actual[8] == (hm("16:06"), hm("17:06"), 0)
    assert actual[9] == (hm("17:06"), hm("17:11"), 0)
    part3 = items[6]
    assert (part3.number, part3.part, part3.planned_start, part3.planned_duration) == (
        "7",
        "3부",
        hm("14:55"),
        3600,
    )
    assert part3.start_delay == 360
    assert all(row.status is Status.DONE for row in report.rows)


def test_speaker_turns_planned_allotted_and_actual(report):
    turns = report.turns_of(6)
    assert [t.number for t in turns] == [f"7.{n}" for n in range(1, 10)]
    assert [t.phase for t in turns] == [PhaseKind.PRESENTATION] * 8 + [PhaseKind.DISCUSSION]
    assert [t.planned_duration for t in turns] == [300] * 8 + [1200]
    assert [t.allotted for t in turns] == [300, 288, 287, 287, 265, 265, 264, 174, 1200]
    assert [t.actual_duration for t in turns] == [390, 288, 287, 377, 265, 265, 354, 174, 1200]
    assert [t.over_allotted for t in turns] == [90, 0, 0, 90, 0, 0, 90, 0, 0]
    assert [t.difference for t in turns] == [90, -12, -13, 77, -35, -35, 54, -126, 0]
    first, fourth = turns[0], turns[3]
    assert (first.who, first.planned_start, first.actual_start, first.actual_end) == (
        "부산북구",
        hm("14:55"),
        hm("15:01"),
        hm("15:07") + 30,
    )
    assert (fourth.who, fourth.actual_start) == ("광주서구", hm("15:17") + 5)
    discussion = report.turns_of(8)[-1]
    assert (discussion.allotted, discussion.actual_duration, discussion.difference) == (
        1110,
        1110,
        -90,
    )
    assert report.turns_of(5) == []  # a break is one turn: its item row says it all


def test_summary(report):
    summary = report.summary
    assert summary.ended
    assert (summary.planned_start, summary.actual_start) == (hm("13:00"), hm("13:00"))
    assert (summary.planned_end, summary.actual_end) == (hm("17:10"), hm("17:11"))
    assert summary.end_difference == 60
    assert (summary.total_over, summary.total_under) == (360, 300)
    assert summary.items_over == 1
    assert summary.turns_over == 7  # every third speaker
    assert summary.longest_item.title == "휴식" and summary.longest_item.item_index == 5
    assert (summary.longest_turn.who, summary.longest_turn.number) == ("광주서구", "5.3")
    assert summary_lines(report, "en") == [
        "Ended 17:11:00 (planned 17:10:00, +1:00)",
        "Over plan: +6:00 in 1 item(s); under plan: -5:00",
        "Longest overrun: 휴식 +6:00",
        "7 speaker turn(s) over their time; longest: 광주서구 +1:30",
    ]
    assert summary_lines(report, "ko")[0] == "종료 17:11:00 (계획 17:10:00, +1:00)"


def test_drift_over_the_afternoon(report):
    drift = report.drift
    times = [p.time_of_day for p in drift]
    assert times == sorted(times)
    assert (drift[0].time_of_day, drift[0].drift, drift[0].action) == (hm("13:00"), 0, "start")
    assert (drift[-1].time_of_day, drift[-1].drift, drift[-1].action) == (hm("17:11"), 60, "ended")
    assert max(b - a for a, b in itertools.pairwise(times)) <= 60
    # The long break: on plan until its 14:55 restart, then a second late for each second.
    for point in drift:
        if hm("14:45") <= point.time_of_day <= hm("14:55"):
            assert point.drift == pytest.approx(0)
        elif hm("14:55") <= point.time_of_day < hm("15:01"):
            assert point.drift == pytest.approx(point.time_of_day - hm("14:55"))
    at = {p.time_of_day: p for p in drift if p.action}
    assert at[hm("15:01")].drift == 360  # Part 3 starts 6 minutes late
    assert at[hm("16:06")].drift == 60  # break 2 took 5 of them back
    assert max(p.drift for p in drift) == 360
    assert len(at) == 32  # start, and a NEXT for each of the 31 turns (the last one ends it)
    assert drift[1].time_of_day == hm("13:01")  # samples on the minute


def test_csv_is_utf8_with_bom_and_korean_headers(report, tmp_path):
    paths = write_tables(report, tmp_path / "out", "ko")
    raw = paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:4] == ["번호", "부", "제목", "발표자"]
    assert "길이 차이(초)" in rows[0]
    by_number = {row[0]: row for row in rows[1:]}
    assert len(by_number) == 10 + 5 + 1 + 8 + 1 + 8 + 1
    break_1 = by_number["6"]
    assert break_1[2:6] == ["휴식", "", "항목", "완료"]
    assert break_1[6:15] == [
        "14:45:00",
        "0:10:00",
        "0:10:00",
        "14:45:00",
        "15:01:00",
        "0:16:00",
        "0",
        "360",
        "360",
    ]
    assert by_number["7.9"][4] == "토론"
    assert by_number["5.3"][2] == '복합공유공간 "다가치서로이음터"'
    drift = paths[1].read_bytes()
    assert drift.startswith(b"\xef\xbb\xbf") and "지연(초".encode() in drift
    english = csv_text(report, "en").splitlines()
    assert english[0].startswith("No.,Part,Title,Presenter,Kind,Status,Planned start")
    assert english[7].split(",")[4:6] == ["presentation", "done"]


def test_json_export(report, tmp_path):
    paths = write_tables(report, tmp_path, "en")
    data = json.loads(paths[2].read_text(encoding="utf-8"))
    assert data == to_json(report)
    assert data["show"]["title"] == "사회보장 특별지원구역 성과공유회"
    assert data["show"]["date"] == "2023-06-23"
    summary = data["summary"]
    assert (summary["actual_end"], summary["end_difference_s"]) == ("17:11:00", 60)
    assert summary["longest_item"]["number"] == "6"
    assert summary["longest_turn"]["who"] == "광주서구"
    part3 = data["rows"][[r["number"] for r in data["rows"]].index("7")]
    assert (part3["actual_start"], part3["actual_end"], part3["difference_s"]) == (
        "15:01:00",
        "16:01:00",
        0,
    )
    assert data["drift"][-1] == {"time": "17:11:00", "drift_s": 60, "action": "ended"}


def test_an_unfinished_show_is_reported_as_it_stood(tmp_path):
    # The app died at 15:20, during the fourth speaker of Part 3 (from 15:17:05): the
    # journal's last entry is that speaker's start, and the report stands there.
    report = build_report(journal_of_afternoon(tmp_path, until=hm("15:20")))
    summary = report.summary
    assert not summary.ended and summary.actual_end is None
    live = [row for row in report.rows if row.status is Status.LIVE]
    assert [row.number for row in live] == ["7", "7.4"]
    item, turn = live
    assert item.actual_end is None and item.actual_duration == 16 * 60 + 5
    assert turn.actual_start == hm("15:17") + 5 and turn.actual_duration == 0
    # Still running, so not under plan yet; what ran over before is known.
    assert (item.difference, turn.difference, turn.over_allotted) == (None, None, None)
    assert (summary.total_over, summary.total_under, summary.turns_over) == (360, 0, 2)
    later = [row for row in report.rows if row.item_index > 6]
    assert all(row.actual_start is None and row.difference is None for row in later)
    assert summary_lines(report, "en")[0].startswith("Not ended; last projected end")
    assert report.drift[-1].drift == 360
    csv_text(report, "ko")  # empty cells, no errors


def test_a_live_report_runs_up_to_now(tmp_path):
    path = journal_of_afternoon(tmp_path, until=hm("15:20"))
    now = FakeClock(dt.datetime(2023, 6, 23, 15, 20, tzinfo=dt.UTC), monotonic=0.0)
    report = build_report(path, now)
    item, turn = [row for row in report.rows if row.status is Status.LIVE]
    assert item.actual_duration == 19 * 60 and turn.actual_duration == 175
    assert report.drift[-1].time_of_day == hm("15:20")


def test_a_show_never_started(tmp_path):
    clock = FakeClock(dt.datetime(2023, 6, 23, 12, 0, tzinfo=dt.UTC))
    journal = Journal.create(AGENDA, clock, tmp_path, fallbacks=[])
    report = build_report(journal.path)
    assert report.drift == ()
    assert all(row.actual_start is None for row in report.rows)
    assert report.summary.items_over == 0 and report.summary.longest_turn is None
    assert summary_lines(report, "ko")[-1] == "배정 시간을 넘긴 발표가 없습니다"


def test_a_rehearsal_with_a_moved_plan_and_formula_like_titles(tmp_path):
    text = textwrap.dedent(
        """\
        [programme]
        title = "=리허설"
        start = "14:00"

        [[items]]
        title = "-개회"
        duration = "10m"

        [[items]]
        title = "토론"
        duration = "20m"
        """
    )
    clock = FakeClock(dt.datetime(2023, 6, 22, 9, 0, tzinfo=dt.UTC))
    show = Show(loads(text)[1], clock)
    journal = Journal.create(text, clock, tmp_path, fallbacks=[])
    journal.record_action(show.start(shift=-5 * 3600), show.state.show)  # run it at 09:00
    clock.advance(12 * 60)
    journal.record_action(show.next(), show.state.show)
    report = build_report(journal.path)
    first = report.items[0]
    assert (first.planned_start, first.actual_start, first.difference) == (
        hm("9:00"),
        hm("9:00"),
        120,
    )
    assert report.items[1].planned_start == hm("9:10")
    assert "'-개회" in csv_text(report, "en")  # not a formula in Excel


def test_formats():
    assert clock_text(hm("14:10") + 0.4) == "14:10:00"
    assert length_text(2100) == "0:35:00" and length_text(-75) == "-0:01:15"


def journal_ended_early(folder):
    """Part 3 ends after its third speaker (End), with the first break skipped."""
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    show = Show(loads(AGENDA)[1], clock)
    journal = Journal.create(AGENDA, clock, folder, fallbacks=[])
    play_afternoon(show, clock, journal, until=hm("14:40"))
    journal.record_action(show.skip(5), show.state.show)  # the 14:45 break
    play = [("next", 0)] * 4 + [("end", 0)]
    for kind, _ in play:
        clock.advance(240)
        journal.record_action(getattr(show, kind)(), show.state.show)
    assert show.snapshot().state.value == "ended"
    return journal.path


def test_allotted_is_what_the_plan_gave_a_skipped_item_or_turn(tmp_path):
    report = build_report(journal_ended_early(tmp_path))
    rows = {row.number: row for row in report.rows}
    assert rows["6"].status is Status.SKIPPED and rows["6"].allotted == 10 * 60  # the break
    assert rows["7.9"].status is Status.SKIPPED and rows["7.9"].allotted == 20 * 60  # discussion
    assert rows["8"].allotted == 10 * 60 and rows["10"].allotted == 5 * 60
    assert rows["9.9"].allotted == 20 * 60 and rows["9.8"].allotted == 5 * 60
    skipped = [row for row in report.rows if row.status is Status.SKIPPED]
    assert all(
        row.allotted in (None, row.planned_duration) and row.actual_start is None for row in skipped
    )
    ran = [rows[f"7.{n}"] for n in range(1, 5)]
    assert all(row.status is Status.DONE for row in ran)
    by_number = {line.split(",")[0]: line.split(",") for line in csv_text(report, "en").split()}
    assert by_number["6"][5:9] == ["skipped", "14:45:00", "0:10:00", "0:10:00"]
    assert by_number["7.9"][5:9] == ["skipped", "15:35:00", "0:20:00", "0:20:00"]


def test_the_summary_names_the_skipped_items(tmp_path):
    report = build_report(journal_ended_early(tmp_path))
    assert [row.number for row in report.summary.skipped] == ["6", "8", "9", "10"]
    assert "Skipped: 4 item(s) (6, 8, 9, 10)" in summary_lines(report, "en")
    assert "건너뛴 항목 4개 (6, 8, 9, 10)" in summary_lines(report, "ko")
    assert to_json(report)["summary"]["skipped"] == ["6", "8", "9", "10"]


@pytest.mark.parametrize(
    "title",
    ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\t+1", "\r-1", "\t@A1", "\r@A1"],
)
def test_every_formula_form_is_neutralised_in_the_csv(tmp_path, title):
    text = textwrap.dedent(
        f"""\
        [programme]
        title = "리허설"
        start = "14:00"

        [[items]]
        title = {json.dumps(title)}
        presenter = {json.dumps(title)}
        duration = "10m"
        """
    )
    clock = FakeClock(dt.datetime(2023, 6, 22, 14, 0, tzinfo=dt.UTC))
    show = Show(loads(text)[1], clock)
    journal = Journal.create(text, clock, tmp_path, fallbacks=[])
    journal.record_action(show.start(), show.state.show)
    [row] = list(csv.reader(io.StringIO(csv_text(build_report(journal.path), "en"))))[1:]
    assert row[2] == row[3] == "'" + title
