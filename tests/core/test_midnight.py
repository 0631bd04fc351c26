"""Programmes that run past midnight: the plan, the live show, the journal and the report.

The rule (docs/agenda-format.md): a start earlier than the previous item's is the next
day's when that puts it at most 6 hours after the previous item ends; a next-day time may
also be written past 24 hours ("24:30"); anything else earlier than the item before is out
of order. The show's times of day count from the midnight of the day it started.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from emcee.core.agenda.file import loads
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.writer import dumps
from emcee.core.clock import FakeClock, show_day
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import ShowState, Status
from emcee.core.journal import Journal, load_show
from emcee.core.report import build_report

from .showkit import hm, play_turn, reference_show, remaining, run_for

DAY = 86400

# A New Year's Eve gala, 21:30-01:30: the times after midnight are written as people do.
GALA = """
    [programme]
    title = "송년 갈라"
    start = "21:30"
    hard_end = "01:45"
    [[items]]
    title = "개회"
    duration = "10m"
    [[items]]
    title = "공연 1"
    duration = "50m"
    [[items]]
    kind = "break"
    title = "휴식"
    duration = "15m"
    [[items]]
    title = "시상식"
    start = "22:45"
    duration = "1h"
    [[items]]
    kind = "break"
    title = "카운트다운 준비"
    duration = "10m"
    [[items]]
    title = "카운트다운"
    start = "23:55"
    duration = "10m"
    [[items]]
    kind = "break"
    title = "휴식"
    start = "00:05"
    duration = "15m"
    [[items]]
    title = "공연 2"
    start = "00:20"
    duration = "1h"
    [[items]]
    title = "폐회"
    duration = "10m"
    """

# A night session, 23:00-00:40, whose last item starts after midnight without a time.
NIGHT = """
    [programme]
    title = "심야 토론회"
    start = "23:00"
    [[items]]
    kind = "session"
    title = "발표와 토론"
    presentation = "20m"
    discussion = "15m"
    speakers = [{presenter = "가"}, {presenter = "나"}]
    [[items]]
    kind = "break"
    title = "휴식"
    duration = "10m"
    [[items]]
    title = "종합토론"
    duration = "55m"
    """


def agenda(text: str):
    return loads(textwrap.dedent(text))


def night_clock(hours: int, minutes: int = 0, day: int = 31) -> FakeClock:
    return FakeClock(dt.datetime(2026, 12, day, hours, minutes, tzinfo=dt.UTC))


# --- the plan -------------------------------------------------------------------------------


def test_a_gala_past_midnight_is_planned_into_the_next_morning():
    _, schedule = agenda(GALA)
    starts = [planned.start for planned in schedule.items]
    assert starts == [
        hm("21:30"),
        hm("21:40"),
        hm("22:30"),
        hm("22:45"),
        hm("23:45"),
        hm("23:55"),
        DAY + hm("00:05"),
        DAY + hm("00:20"),
        DAY + hm("01:20"),
    ]
    assert schedule.end == DAY + hm("01:30")
    assert schedule.hard_end == DAY + hm("01:45")
    assert schedule.notes == ()


def test_a_night_session_runs_on_past_midnight_without_a_written_time():
    _, schedule = agenda(NIGHT)
    assert [p.start for p in schedule.items] == [hm("23:00"), hm("23:35"), hm("23:45")]
    assert schedule.end == DAY + hm("00:40")


def test_a_next_day_time_may_be_written_past_24_hours_and_is_saved_as_written():
    text = GALA.replace('start = "00:20"', 'start = "24:20"')
    written, schedule = agenda(text)
    assert schedule.items[7].start == DAY + hm("00:20")
    saved = dumps(written)
    assert 'start = "24:20"' in saved and 'start = "00:05"' in saved
    assert loads(saved)[1] == schedule


def test_the_gala_saved_and_read_again_is_the_same_programme():
    written, schedule = agenda(GALA)
    assert loads(dumps(written))[1] == schedule


def test_an_item_that_takes_its_length_from_a_start_after_midnight():
    text = """
        [programme]
        title = "t"
        [[items]]
        title = "a"
        start = "23:30"
        [[items]]
        title = "b"
        start = "00:30"
        duration = "30m"
        """
    _, schedule = agenda(text)
    assert [(p.start, p.duration) for p in schedule.items] == [
        (hm("23:30"), 3600),
        (DAY + hm("00:30"), 1800),
    ]


@pytest.mark.parametrize(
    ("times", "code"),
    [
        # Really out of order: read as the next day it would start 22.5 hours later.
        (("13:00", "14:00", "13:30"), "out_of_order"),
        # The next morning, but 12 hours after the evening ends: a mistake, not a night.
        (("20:00", "21:00", "10:00"), "out_of_order"),
        # The next day's, but before the item above has ended.
        (("22:00", "23:30", "00:30"), "overlap"),
    ],
)
def test_a_programme_really_out_of_order_is_still_an_error(times, code):
    first, second, third = times
    text = f"""
        [programme]
        title = "t"
        [[items]]
        title = "a"
        start = "{first}"
        duration = "1h"
        [[items]]
        title = "b"
        start = "{second}"
        duration = "90m"
        [[items]]
        title = "c"
        start = "{third}"
        duration = "30m"
        """
    with pytest.raises(AgendaError) as raised:
        agenda(text)
    assert [(p.code, p.item) for p in raised.value.problems] == [(code, 3)]


def test_a_hard_end_after_midnight_and_one_that_is_a_mistake():
    _, schedule = agenda(GALA.replace('hard_end = "01:45"', 'hard_end = "01:00"'))
    assert schedule.hard_end == DAY + hm("01:00")
    assert [note.code for note in schedule.notes] == ["ends_after_hard_end"]
    daytime = """
        [programme]
        title = "t"
        start = "13:00"
        hard_end = "12:00"
        [[items]]
        title = "a"
        duration = "4h"
        """
    with pytest.raises(AgendaError) as raised:
        agenda(daytime)
    assert [p.code for p in raised.value.problems] == ["hard_end_before_start"]


def test_which_day_a_programme_counts_from():
    night = (hm("23:00"), DAY + hm("00:40"))
    new_year = dt.datetime(2027, 1, 1, 0, 10, tzinfo=dt.UTC)
    # Opened at 00:10 during a night session that began yesterday: yesterday's.
    assert show_day(*night, new_year) == dt.date(2026, 12, 31)
    # After it has ended, tonight's.
    assert show_day(*night, new_year.replace(hour=0, minute=50)) == dt.date(2027, 1, 1)
    # A programme at 00:30 seen at 23:50 is tomorrow's, 40 minutes from now.
    early = (hm("00:30"), hm("02:00"))
    assert show_day(*early, dt.datetime(2026, 12, 31, 23, 50)) == dt.date(2027, 1, 1)
    # An afternoon programme is today's, even late in the evening (a rehearsal).
    afternoon = (hm("13:00"), hm("17:10"))
    assert show_day(*afternoon, dt.datetime(2026, 12, 31, 23, 40)) == dt.date(2026, 12, 31)


# --- the live show ----------------------------------------------------------------------------


def gala_show(hours: int = 21, minutes: int = 30) -> tuple[Show, FakeClock]:
    clock = night_clock(hours, minutes)
    return Show(agenda(GALA)[1], clock), clock


def test_a_show_running_across_midnight_keeps_its_figures():
    show, clock = gala_show()
    show.start()
    for _ in range(6):  # on time up to the countdown, which ends at 00:05
        play_turn(show, clock)
    snapshot = show.snapshot()
    assert snapshot.current.item.title == "휴식"
    assert snapshot.time_of_day == pytest.approx(DAY + hm("00:05"))
    assert snapshot.drift == pytest.approx(0)
    assert snapshot.projected_end == pytest.approx(DAY + hm("01:30"))
    assert snapshot.current.target_time == pytest.approx(DAY + hm("00:20"))
    assert remaining(show) == pytest.approx(15 * 60)
    past = [item for item in snapshot.items if item.status is Status.DONE]
    assert [item.actual_start for item in past][-1] == pytest.approx(hm("23:55"))


def test_a_break_that_ends_after_midnight_counts_to_its_restart():
    show, clock = gala_show(23, 40)
    show.start(shift=hm("23:40") - hm("21:30"))  # a rehearsal moved to now at 23:40
    play_turn(show, clock)  # 개회 until 23:50
    play_turn(show, clock, extra=120)  # 공연 1 until 00:42, two minutes over
    snapshot = show.snapshot()
    assert snapshot.current.item.title == "휴식"  # planned 00:40-00:55 after the move
    assert snapshot.current.target_time == pytest.approx(DAY + hm("00:55"))
    assert remaining(show) == pytest.approx(13 * 60)


def test_a_rehearsal_moved_to_now_at_23_40():
    show, clock = reference_show(23, 40)
    show.start(shift=hm("23:40") - hm("13:00"))
    snapshot = show.snapshot()
    assert snapshot.drift == pytest.approx(0)
    assert snapshot.planned_end == pytest.approx(hm("17:10") + hm("10:40"))
    run_for(show, clock, 30 * 60)  # registration runs to 00:10 the next day
    snapshot = show.snapshot()
    assert snapshot.time_of_day == pytest.approx(DAY + hm("00:10"))
    assert snapshot.drift == pytest.approx(0)
    assert snapshot.current.remaining == pytest.approx(0)
    assert snapshot.projected_end == pytest.approx(DAY + hm("03:50"))


def test_the_date_changing_mid_turn_changes_no_time_left():
    show, clock = gala_show(23, 55)
    show.start(shift=hm("23:55") - hm("21:30"))
    run_for(show, clock, 270)  # 23:59:30
    before = show.snapshot()
    run_for(show, clock, 60)  # 00:00:30 the next day
    after = show.snapshot()
    assert after.current.remaining == pytest.approx(before.current.remaining - 60)
    assert after.time_of_day == pytest.approx(before.time_of_day + 60)
    assert after.drift == pytest.approx(before.drift)
    assert after.projected_end == pytest.approx(before.projected_end)


def test_a_show_opened_after_midnight_of_a_programme_that_began_last_night():
    clock = FakeClock(dt.datetime(2027, 1, 1, 0, 10, tzinfo=dt.UTC))
    show = Show(agenda(NIGHT)[1], clock)
    snapshot = show.snapshot()
    # It is 00:10 of the programme's night, 70 minutes after its planned start.
    assert snapshot.time_of_day == pytest.approx(DAY + hm("00:10"))
    assert snapshot.items[0].planned_start == hm("23:00")
    show.start()
    assert show.state.day == dt.date(2026, 12, 31)


# --- the journal and the report ---------------------------------------------------------------


def test_a_crash_after_midnight_resumes_on_the_same_figures(tmp_path):
    text = textwrap.dedent(GALA)
    show, clock = gala_show()
    journal = Journal.create(text, clock, tmp_path / "data", fallbacks=[])
    journal.record_action(show.start(), show.state.show)
    for _ in range(6):
        run_for(show, clock, remaining(show) + 30)
        journal.record_action(show.next(), show.state.show)
    run_for(show, clock, 200)  # 00:08 or so, in the break after midnight
    clock.advance(90)  # the app is down for a minute and a half
    resumed, notices = load_show(journal.path, FakeClock(clock.now(), monotonic=5.0))
    assert notices == []
    mine, theirs = resumed.snapshot(), show.snapshot()
    assert mine.time_of_day == pytest.approx(theirs.time_of_day)
    assert mine.current.remaining == pytest.approx(theirs.current.remaining)
    assert mine.drift == pytest.approx(theirs.drift)
    assert mine.projected_end == pytest.approx(theirs.projected_end)


def test_the_report_of_a_show_past_midnight(tmp_path):
    text = textwrap.dedent(NIGHT)
    clock = night_clock(23, 0)
    show = Show(loads(text)[1], clock)
    journal = Journal.create(text, clock, tmp_path / "data", fallbacks=[])
    journal.record_action(show.start(), show.state.show)
    while show.state.show is not ShowState.ENDED:
        run_for(show, clock, remaining(show) + 60, step=5)  # every turn one minute over
        journal.record_action(show.next(), show.state.show)
    journal.close()
    report = build_report(journal.path)
    # The session: 11:00 + 10:00 (the second share, 9:00, plus a minute) + 15:00 (the
    # discussion's 14:00 plus a minute): 23:00-23:36. The break counts to its restart at
    # 23:45, plus a minute: 23:36-23:46. The last item, 56 minutes: 23:46-00:42.
    items = report.items
    assert [row.actual_start for row in items] == pytest.approx(
        [hm("23:00"), hm("23:36"), hm("23:46")]
    )
    assert items[-1].actual_end == pytest.approx(DAY + hm("00:42"))
    assert report.summary.end_difference == pytest.approx(120)
    assert report.date == dt.date(2026, 12, 31)
    assert max(abs(point.drift) for point in report.drift) <= 120 + 1e-6
