"""How long the app was down, measured by a clock that cannot be set (issue 17).

Within one boot the journal's stamps come from the boot clock (it counts through sleep and
no one can set it), so a wall clock corrected by an hour while the app was down changes
nothing. Across a restart of the computer only the wall clock can tell, and when it says
something impossible (less than the time since the boot), the operator is asked; whatever
was decided is recorded, so every later replay counts the same.
"""

from __future__ import annotations

import datetime as dt

import pytest

from emcee import resources
from emcee.core.agenda.file import loads
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.core.journal import (
    Journal,
    ResumeEntry,
    find_unfinished,
    load_show,
    read_journal,
)
from emcee.core.report import build_report

from .test_journal import same_moment

AGENDA = resources.reference_agenda().read_text(encoding="utf-8")
SCHEDULE = loads(AGENDA)[1]
BOOT = "linux-boottime:aaaa"


def crashed(tmp_path, timeline: str | None = BOOT):
    """The opening remarks (5 min) running for 100 s at 13:30 when the app dies."""
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC), 5000.0, timeline)
    show = Show(SCHEDULE, clock)
    journal = Journal.create(AGENDA, clock, tmp_path / "data", fallbacks=[])
    journal.record_action(show.start(), show.state.show)
    clock.advance(1800)
    journal.record_action(show.next(), show.state.show)
    clock.advance(100)
    journal.record_note("1분 남았습니다", "presenter")
    return show, clock, journal.path


def remaining(show: Show) -> float:
    current = show.snapshot().current
    assert current is not None
    return current.remaining


@pytest.mark.parametrize("correction", [3600, -3600, 0])
def test_a_wall_clock_corrected_while_the_app_was_down_changes_nothing(tmp_path, correction):
    never_stopped, clock, path = crashed(tmp_path)
    clock.advance(66)  # down for 66 s: 200 - 66 = 134 s left of the opening remarks
    clock.jump_wall(correction)  # NTP (or a person) sets the clock meanwhile
    resumed, notices = load_show(path, clock.process())
    assert notices == []
    assert remaining(resumed) == pytest.approx(134)
    same_moment(resumed, never_stopped)


def test_the_downtime_a_resume_used_is_recorded_and_kept(tmp_path):
    never_stopped, clock, path = crashed(tmp_path)
    clock.advance(30)
    clock.jump_wall(3600)
    second = clock.process()
    downtime = find_unfinished([tmp_path / "data"], second).downtime(second)
    assert (downtime.seconds, downtime.source) == (pytest.approx(30), "boot-clock")
    resumed, _ = load_show(path, second, downtime.seconds)
    journal = Journal.resume(path, second, downtime=downtime, fallbacks=[])
    entry = read_journal(path).entries[-1]
    assert isinstance(entry, ResumeEntry)
    assert (entry.downtime, entry.downtime_source) == (pytest.approx(30), "boot-clock")
    assert entry.clock["timeline"] == BOOT and entry.clock["monotonic"] == "fake"
    # It goes on; then it dies again, and the clock is set back two hours meanwhile.
    second.advance(40)
    clock.advance(40)
    journal.record_action(resumed.next(), resumed.state.show)
    never_stopped.next()
    clock.advance(25)
    clock.jump_wall(-7200)
    again, notices = load_show(path, clock.process())
    assert notices == []
    same_moment(again, never_stopped)


def test_after_a_restart_of_the_computer_the_wall_clock_tells(tmp_path):
    _, clock, path = crashed(tmp_path)
    before = 200.0  # left when the app died
    clock.reboot(seconds_off=90, timeline="linux-boottime:bbbb")  # on again 20 s ago
    downtime = find_unfinished([tmp_path / "data"], clock).downtime(clock)
    assert (downtime.seconds, downtime.source) == (pytest.approx(90), "wall-clock")
    assert downtime.at_least == pytest.approx(20)
    resumed, _ = load_show(path, clock, downtime.seconds)
    assert remaining(resumed) == pytest.approx(before - 90)


@pytest.mark.parametrize("set_back", [3600, 80])
def test_after_a_restart_with_the_clock_set_back_the_operator_is_asked(tmp_path, set_back):
    _, clock, path = crashed(tmp_path)
    clock.reboot(seconds_off=90, timeline="linux-boottime:bbbb")
    clock.jump_wall(-set_back)  # the wall clock says less time passed than since the boot
    unfinished = find_unfinished([tmp_path / "data"], clock)
    assert unfinished is not None  # offered all the same: the operator will say
    downtime = unfinished.downtime(clock)
    assert downtime.seconds is None
    assert downtime.wall_gap == pytest.approx(90 - set_back)
    assert downtime.at_least == pytest.approx(20)
    # The operator says two minutes; the show stands as two minutes after the crash.
    resumed, _ = load_show(path, clock, downtime=120)
    assert remaining(resumed) == pytest.approx(200 - 120)
    from dataclasses import replace

    said = replace(downtime, seconds=120.0, source="operator")
    journal = Journal.resume(path, clock, downtime=said, fallbacks=[])
    clock.advance(10)
    journal.record_action(resumed.pause(), resumed.state.show)
    # Every later replay counts the operator's two minutes: the report, and another resume.
    report = build_report(path)
    opening = next(row for row in report.items if row.title == "개회사")
    assert opening.actual_duration == pytest.approx(100 + 120 + 10)
    later, _ = load_show(path, clock.process())
    assert later.snapshot().current.elapsed == pytest.approx(100 + 120 + 10)


def test_a_show_is_not_offered_when_the_boot_clock_says_it_is_old(tmp_path):
    _, clock, _ = crashed(tmp_path)
    clock.advance(13 * 3600)
    clock.jump_wall(-13 * 3600)  # the wall clock says no time passed: it is wrong
    assert find_unfinished([tmp_path / "data"], clock.process()) is None


def test_a_show_is_offered_when_only_the_wall_clock_says_it_is_old(tmp_path):
    _, clock, path = crashed(tmp_path)
    clock.advance(600)
    clock.jump_wall(13 * 3600)  # corrected by 13 hours: the boot clock knows better
    unfinished = find_unfinished([tmp_path / "data"], clock.process())
    assert unfinished is not None and unfinished.path == path


def test_without_a_shared_clock_the_wall_clock_tells_as_before(tmp_path):
    # A process-local clock (or a journal from before boot clocks were recorded).
    _, clock, path = crashed(tmp_path, timeline=None)
    clock.advance(66)
    other = FakeClock(clock.now(), monotonic=7.0)
    downtime = find_unfinished([tmp_path / "data"], other).downtime(other)
    assert (downtime.seconds, downtime.source) == (pytest.approx(66), "wall-clock")
    resumed, _ = load_show(path, other)
    assert remaining(resumed) == pytest.approx(134)
    # Set back, it cannot tell: ask.
    back = FakeClock(clock.now() - dt.timedelta(seconds=200), monotonic=7.0)
    assert find_unfinished([tmp_path / "data"], back).downtime(back).seconds is None
