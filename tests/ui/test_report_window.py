"""The report window and its charts, on the hand-computed afternoon (tests/core/afternoon.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QColor, QImage

from emcee import resources
from emcee.core.agenda.file import loads
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.core.journal import Journal
from emcee.core.report import build_report, summary_lines
from emcee.ui.fonts import register_fonts
from emcee.ui.report_charts import (
    CHARTS,
    ITEM_OVER,
    LEGEND_ROOM,
    SKIPPED,
    UNDER,
    OverUnderChart,
    TimelineChart,
    export_charts,
)
from emcee.ui.report_window import ReportWindow

from ..core.afternoon import play_afternoon
from ..core.showkit import hm

AGENDA = resources.reference_agenda().read_text(encoding="utf-8")


def record_afternoon(folder, until=None, day=23):
    clock = FakeClock(dt.datetime(2023, 6, day, 13, 0, tzinfo=dt.UTC))
    show = Show(loads(AGENDA)[1], clock)
    journal = Journal.create(AGENDA, clock, folder, fallbacks=[])
    play_afternoon(show, clock, journal, until=until)
    return journal.path


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    return record_afternoon(tmp_path_factory.mktemp("shows"))


@pytest.fixture
def window(qtbot, journal):
    register_fonts()
    window = ReportWindow(build_report(journal), folders=[journal.parent.parent])
    qtbot.addWidget(window)
    return window


def test_the_window_says_when_no_speaker_went_over(qtbot, tmp_path):
    # The window writes the summary the CLI and the core write (it used to drop this line).
    clock = FakeClock(dt.datetime(2023, 6, 23, 12, 0, tzinfo=dt.UTC))
    path = Journal.create(AGENDA, clock, tmp_path, fallbacks=[]).path
    report = build_report(path)
    window = ReportWindow(report, folders=[tmp_path])
    qtbot.addWidget(window)
    assert window.summary.text().splitlines()[-1] == "No speaker went over their time"
    assert window.summary.text().splitlines() == summary_lines(report, "en")


def test_summary_tabs_and_table(window):
    assert window.title.text() == "사회보장 특별지원구역 성과공유회 — 2023-06-23"
    assert window.summary.text().splitlines() == [
        "Ended 17:11:00 (planned 17:10:00, +1:00)",
        "Over plan: +6:00 in 1 item(s); under plan: -5:00",
        "Longest overrun: 휴식 +6:00",
        "7 speaker turn(s) over their time; longest: 광주서구 +1:30",
    ]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Timeline", "Over / under", "Drift", "Table"]
    table = window.table
    assert table.topLevelItemCount() == 10
    part3 = table.topLevelItem(6)
    assert part3.childCount() == 9
    assert [part3.text(c) for c in (0, 2, 5, 6, 8)] == [
        "7",
        "14:55:00",
        "15:01:00",
        "16:01:00",
        "±0:00",
    ]
    first = part3.child(0)
    assert first.text(1).startswith("부산북구 · 우리마을백서")
    assert [first.text(c) for c in (4, 7, 8, 9)] == ["0:05:00", "0:06:30", "+1:30", "+1:30"]
    assert part3.child(8).text(1) == "Discussion"
    break_1 = table.topLevelItem(5)
    assert break_1.text(8) == "+6:00"
    assert break_1.foreground(8).color() == ITEM_OVER
    assert table.topLevelItem(7).foreground(8).color() == UNDER


def test_charts_have_a_row_per_item_and_turn(window):
    timeline = window.charts["timeline.png"]
    assert isinstance(timeline, TimelineChart)
    assert len(timeline.rows) == 10 + 6 + 9 + 9
    labels = [timeline.row_label(row) for row in timeline.rows]
    assert labels[:2] == ["1. 등록", "2. 개회사"]
    assert labels[13] == "7.1  부산북구"
    assert labels[21] == "7.9  Discussion"
    over = window.charts["over-under.png"]
    assert isinstance(over, OverUnderChart)
    bars = [item for item in over.getPlotItem().items if type(item).__name__ == "BarGraphItem"]
    # Whatever is over a second off the time it was given (the console's over/under):
    # six speakers 1:30 over their shares, and the first break 6 minutes past its restart.
    assert len(bars[0].opts["x0"]) == 8
    drift = window.charts["drift.png"]
    assert drift.times[0] == hm("13:00") and max(drift.drifts) == 6 and drift.drifts[-1] == 1
    assert drift.end == (hm("17:11"), 1)  # ended a minute late
    assert 0 < len(drift.marks) < len(drift.times)  # the actions, not the minutes between


def _colours(image: QImage) -> set[str]:
    step = 3
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_exports_write_every_file(window, tmp_path):
    written = window.export_all(tmp_path / "out")
    names = sorted(path.name for path in written)
    assert names == [
        "drift.png",
        "over-under.png",
        "report-drift.csv",
        "report.csv",
        "report.json",
        "timeline.png",
    ]
    timeline = QImage(str(tmp_path / "out" / "timeline.png"))
    assert (timeline.width(), timeline.height()) == (1600, 34 * 26 + 150 + LEGEND_ROOM)
    colours = _colours(timeline)
    assert {"#ffffff", "#c0392b", "#2f6fb3", "#8e7cc3"} <= colours  # background, over, on time
    over_under = QImage(str(tmp_path / "out" / "over-under.png"))
    # Red over; no green: nothing in the afternoon ran under the time it was given.
    assert "#c0392b" in _colours(over_under) and "#2e8b57" not in _colours(over_under)
    assert QImage(str(tmp_path / "out" / "drift.png")).size().toTuple() == (1600, 600)
    assert (tmp_path / "out" / "report.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_charts_render_without_a_window(qapp, journal, tmp_path):
    register_fonts()
    report = build_report(journal)
    paths = export_charts(report, tmp_path)
    assert [p.name for p in paths] == ["timeline.png", "over-under.png", "drift.png"]
    assert all(QImage(str(p)).width() == 1600 for p in paths)


def test_past_shows_are_listed_and_can_be_chosen(qtbot, tmp_path):
    register_fonts()
    folder = tmp_path / "shows"
    record_afternoon(folder)
    unfinished = record_afternoon(folder, until=hm("15:20"), day=24)
    window = ReportWindow(folders=[folder])
    qtbot.addWidget(window)
    assert window.report is None
    assert not any(button.isEnabled() for button in window.export_buttons)
    texts = [window.shows.item(i).text() for i in range(window.shows.count())]
    assert texts == [
        "2023-06-24 13:00  사회보장 특별지원구역 성과공유회\nnot ended",
        "2023-06-23 13:00  사회보장 특별지원구역 성과공유회\nended",
    ]
    window.shows.setCurrentRow(0)
    assert window.report is not None and not window.report.summary.ended
    assert window.summary.text().startswith("Not ended; last projected end")
    assert all(button.isEnabled() for button in window.export_buttons)
    # A journal whose agenda went missing: said plainly, nothing else breaks.
    next(unfinished.parent.glob("agenda-*.toml")).unlink()
    assert window.open_journal(unfinished) is False
    assert "agenda" in window.summary.text()
    assert window.tabs.count() == 0
    assert not any(button.isEnabled() for button in window.export_buttons)
    window.shows.setCurrentRow(1)
    assert window.report.summary.ended


def test_korean_strings(qtbot, journal):
    register_fonts()
    translator = QTranslator()
    assert translator.load(str(resources.path("translations/report_ko.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        window = ReportWindow(build_report(journal), folders=[], lang="ko")
        qtbot.addWidget(window)
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == ["시간표", "초과 / 단축", "지연", "표"]
        assert window.summary.text().splitlines()[0] == "종료 17:11:00 (계획 17:10:00, +1:00)"
        assert window.table.topLevelItem(6).child(8).text(1) == "토론"
        timeline = window.charts["timeline.png"]
        assert timeline.row_label(timeline.rows[21]) == "7.9  토론"
    finally:
        QCoreApplication.removeTranslator(translator)


# --- every stage of a show: nothing, one row, many ------------------------------------------


def record_registration(folder, minutes=3):
    """A show just started: registration has run a few minutes, nothing else."""
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    show = Show(loads(AGENDA)[1], clock)
    journal = Journal.create(AGENDA, clock, folder, fallbacks=[])
    journal.record_action(show.start(), show.state.show)
    clock.advance(minutes * 60)
    journal.record_note("마이크 점검", "operator")
    return journal.path


def cut(report, rows, drift):
    return dataclasses.replace(report, rows=tuple(rows), drift=tuple(drift))


@pytest.mark.parametrize("count", [0, 1, 2, None])
def test_every_chart_draws_no_row_one_row_or_many(qapp, journal, tmp_path, count):
    register_fonts()
    full = build_report(journal)
    report = cut(full, full.rows[:count], full.drift[:count])
    charts = {name: make(report) for name, make in CHARTS}
    nothing = count == 0
    assert (charts["timeline.png"].no_data is not None) == nothing
    assert (charts["drift.png"].ranges() is None) == nothing  # it says there is no data yet
    # The first rows (registration, opening) ran to plan: nothing over or under.
    over_under = charts["over-under.png"].no_data
    assert (over_under is None) == (count is None)
    if count in (1, 2):
        assert over_under.textItem.toPlainText().startswith("Everything that ran")
    paths = export_charts(report, tmp_path)
    assert all(QImage(str(path)).width() == 1600 for path in paths)


def test_a_show_just_started_has_its_report_and_says_what_is_not_there_yet(qtbot, tmp_path):
    register_fonts()
    report = build_report(record_registration(tmp_path / "shows"))
    window = ReportWindow(report, folders=[])
    qtbot.addWidget(window)
    assert window.tabs.count() == 4
    assert window.charts["timeline.png"].no_data is None  # registration ran
    note = window.charts["over-under.png"].no_data
    assert note.textItem.toPlainText() == "No data yet: nothing has finished."
    assert window.table.topLevelItem(0).text(7) == "0:03:00"
    written = window.export_all(tmp_path / "out")
    assert len(written) == 6


def test_a_show_never_started_draws_empty_charts_that_say_so(qtbot, tmp_path):
    register_fonts()
    clock = FakeClock(dt.datetime(2023, 6, 23, 12, 0, tzinfo=dt.UTC))
    journal = Journal.create(AGENDA, clock, tmp_path, fallbacks=[])
    report = build_report(journal.path)
    window = ReportWindow(report, folders=[])
    qtbot.addWidget(window)
    texts = [window.charts[name].no_data.textItem.toPlainText() for name, _ in CHARTS[:2]]
    assert texts == ["No data yet: nothing has started.", "No data yet: nothing has finished."]
    drift = window.charts["drift.png"]
    assert drift.ranges() is None and drift.empty_text == "No data yet: the show has not started."


def test_skipped_items_are_marked_in_the_table_and_the_summary(qtbot, tmp_path):
    register_fonts()
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    show = Show(loads(AGENDA)[1], clock)
    journal = Journal.create(AGENDA, clock, tmp_path, fallbacks=[])
    journal.record_action(show.start(), show.state.show)
    journal.record_action(show.skip(5), show.state.show)  # the 14:45 break
    clock.advance(30 * 60)
    journal.record_action(show.next(), show.state.show)
    clock.advance(5 * 60)
    journal.record_action(show.end(), show.state.show)
    window = ReportWindow(build_report(journal.path), folders=[])
    qtbot.addWidget(window)
    break_1 = window.table.topLevelItem(5)
    assert [break_1.text(c) for c in (1, 3, 4, 5)] == ["휴식", "0:10:00", "0:10:00", "skipped"]
    assert break_1.foreground(1).color() == SKIPPED
    part3 = window.table.topLevelItem(6)
    assert part3.child(8).text(4) == "0:20:00" and part3.child(8).text(5) == "skipped"
    assert window.table.topLevelItem(1).text(5) == "13:30:00"  # the opening ran
    numbers = ", ".join(str(n) for n in range(3, 11))
    assert f"Skipped: 8 item(s) ({numbers})" in window.summary.text().splitlines()


def test_the_over_under_chart_measures_what_the_console_does(qapp, journal):
    """Over/under is the actual length minus what the row was given, in the console's
    agenda and in the report alike: in Part 3 three speakers ran 1:30 over their shares
    and the others kept them (not 0:12 to 2:06 under a plan nobody was given)."""
    register_fonts()
    report = build_report(journal)
    chart = OverUnderChart(report)
    labels = {
        item.textItem.toPlainText()
        for item in chart.getPlotItem().items
        if hasattr(item, "textItem") and item is not chart.no_data
    }
    turns = report.turns_of(6)
    assert [t.over_under for t in turns] == [90, 0, 0, 90, 0, 0, 90, 0, 0]
    assert "+1:30" in labels
    assert not {"-0:12", "-0:13", "-2:06"} & labels


def test_the_timeline_s_legend_and_end_times_sit_under_the_chart_not_on_it(qapp, journal):
    register_fonts()
    chart = TimelineChart(build_report(journal))
    chart.resize(*chart.export_size())
    chart.grab()  # lays the chart out as an export does
    plot = chart.getPlotItem()
    bars = plot.getViewBox().sceneBoundingRect()
    assert chart.legend.sceneBoundingRect().top() >= bars.bottom()
    names = [label.text for _, label in chart.legend.items]
    assert names[-2:] == ["planned end 17:10", "ended 17:11"]
    lines = [item for item in plot.items if type(item).__name__ == "InfiniteLine"]
    assert len(lines) == 2 and all(line.label is None for line in lines if hasattr(line, "label"))
