"""What the presenter screen shows, decided without painting (snapshot + overlay -> picture)."""

from __future__ import annotations

import datetime as dt

import pytest

from emcee.core.agenda.model import PhaseKind
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import Level
from emcee.ui.controller import Overlay
from emcee.ui.face import PALETTES
from emcee.ui.presenter.picture import Animation, Mode
from tests.ui.presenter_kit import (
    BREAK1,
    PART2,
    PART3,
    REGISTRATION,
    REPORT,
    picture,
    reference,
    run_until,
    show_at,
)


def fourth_speaker_of_part3() -> tuple[Show, FakeClock]:
    """광주서구, 발표 4/8 of Part 3: a 5-minute turn (warning 1:15, final 0:30)."""
    return show_at((14, 55), PART3, PhaseKind.PRESENTATION, turns_before=3)


def test_before_the_show_the_idle_screen_shows_title_clock_and_start():
    clock = FakeClock(dt.datetime(2023, 6, 23, 12, 52, 10, tzinfo=dt.UTC))
    show = Show(reference(), clock)
    ko = picture(show)
    assert ko.mode is Mode.IDLE
    assert ko.headline == "사회보장 특별지원구역 성과공유회"
    assert ko.subline == "지역사회보장 증진을 위한 우수사례 공유"
    assert ko.digits == "12:52" == ko.clock
    assert ko.info == "13:30에 시작합니다"  # the first item that is not registration
    assert picture(show, language="en").info == "Starts at 13:30"


def test_registration_counts_down_to_the_opening_for_the_room_to_see():
    # The first countdown the room sees comes with the show's start, not one key later.
    show, clock = show_at((13, 0), REGISTRATION)
    ko = picture(show)
    assert ko.mode is Mode.BREAK
    assert ko.digits == "30:00"
    assert (ko.headline, ko.subline) == ("사회보장 특별지원구역 성과공유회", "13:30에 시작합니다")
    assert ko.phase == "등록"
    assert ko.next == "다음: 복지행정지원관 · 개회사"
    clock.set_time_of_day(13, 31)
    late = picture(show)
    assert (late.mode, late.info) == (Mode.IDLE, "곧 시작합니다")


def test_a_turn_shows_speaker_title_phase_progress_and_next():
    show, clock = show_at((13, 35), REPORT)
    run_until(show, clock, 161.4)
    shown = picture(show)
    assert shown.mode is Mode.TIMER
    assert shown.digits == "02:42"
    assert shown.level is Level.NORMAL
    assert (shown.symbol, shown.label) == ("", "남은 시간")
    assert shown.digits_color == PALETTES["standard"].normal
    assert shown.speaker == "지역복지과장"
    assert shown.title == "사회보장 특별지원구역 사업 추진 내용 및 경과"
    assert shown.phase == "발표"
    assert shown.clock == "13:37"
    assert shown.next == "다음: 지자체 특구 사업 개괄"
    assert shown.progress == pytest.approx(1 - 162 / 300)
    assert shown.animation is Animation.NONE


def test_a_shared_block_shows_the_turn_number():
    show, clock = show_at((14, 55), PART3, PhaseKind.PRESENTATION, turns_before=2)
    run_until(show, clock, 200)
    shown = picture(show)
    assert shown.phase == "3부 · 발표 3/8"
    assert (shown.speaker, shown.title) == ("광주동구", "올커버 일자리 지원")
    assert picture(show, language="en").phase == "3부 · Presentation 3/8"


def test_discussion_shows_the_session_title_without_a_speaker():
    show, _ = show_at((14, 30), PART2, PhaseKind.DISCUSSION)
    shown = picture(show)
    assert shown.phase == "2부 · 토론"
    assert shown.speaker == ""
    assert shown.title.startswith("“공간이 사람과 가치를 연결하다”")
    assert shown.next == "다음: 휴식"


@pytest.mark.parametrize(
    ("remaining", "level", "digits", "symbol", "label"),
    [
        (62.3, Level.WARNING, "01:03", "▲", "곧 종료"),
        (24.6, Level.FINAL, "00:25", "▲▲", "마무리해 주세요"),
        (-1.5, Level.TIME_UP, "+00:01", "■", "시간 종료"),
        (-83.5, Level.OVERTIME, "+01:23", "+", "시간 초과"),
    ],
)
def test_each_level_has_its_colour_symbol_and_words(remaining, level, digits, symbol, label):
    show, clock = fourth_speaker_of_part3()
    run_until(show, clock, remaining)
    shown = picture(show)
    assert (shown.level, shown.digits, shown.symbol, shown.label) == (level, digits, symbol, label)
    assert shown.digits_color == PALETTES["standard"].level_color(level).name()
    high_contrast = picture(show, palette="high-contrast")
    assert high_contrast.digits_color == PALETTES["high-contrast"].level_color(level).name()


def test_levels_differ_by_words_and_symbol_not_only_colour():
    show, clock = fourth_speaker_of_part3()
    seen = set()
    for remaining in (200, 62, 24, -1, -80):
        run_until(show, clock, remaining)
        shown = picture(show)
        seen.add((shown.symbol, shown.label))
    assert len(seen) == 5


def test_time_up_flashes_for_a_few_seconds_then_stays_steady():
    show, clock = fourth_speaker_of_part3()
    run_until(show, clock, 0.5)
    assert picture(show).animation is Animation.NONE
    run_until(show, clock, -0.5)
    assert picture(show).animation is Animation.FLASH
    assert picture(show).flashing  # pictures start on the lit (inverted) frame
    run_until(show, clock, -5.5)
    assert picture(show).level is Level.OVERTIME
    assert picture(show).animation is Animation.NONE


def test_a_paused_turn_does_not_flash_and_says_it_is_paused():
    show, clock = fourth_speaker_of_part3()
    run_until(show, clock, -1)
    show.pause()
    shown = picture(show)
    assert shown.animation is Animation.NONE
    assert shown.symbol == "‖"
    assert shown.label == "일시 정지 · ■ 시간 종료"


def test_the_optional_overtime_blink_dims_every_other_second():
    show, clock = fourth_speaker_of_part3()
    dims = []
    for over in (60.5, 61.5, 62.5, 63.5):
        run_until(show, clock, -over)
        dims.append(picture(show, overtime_blink=True).digits_dim)
        assert not picture(show).digits_dim  # off unless chosen
    assert dims == [False, True, False, True]


def test_pictures_change_only_when_a_displayed_second_does():
    show, clock = fourth_speaker_of_part3()
    run_until(show, clock, 100.9)
    first = picture(show)
    clock.advance(0.4)  # still 01:41 (100.5 s left)
    assert picture(show) == first
    clock.advance(0.6)  # 99.9 s left: 01:40
    assert picture(show) != first
    assert picture(show).digits == "01:40"


def test_break_counts_to_the_restart_time():
    show, clock = show_at((14, 45), BREAK1)
    clock.advance(133)
    shown = picture(show)
    assert shown.mode is Mode.BREAK
    assert shown.headline == "휴식 — 14:55에 다시 시작합니다"
    assert shown.subline == ""
    assert shown.digits == "07:47"
    assert shown.phase == "휴식"
    assert shown.next == '다음: 부산북구 · 우리마을백서 천권도서관 "人 스토리"'
    assert picture(show, language="en").headline == "휴식 — resuming at 14:55"


def test_a_late_break_shows_its_projected_restart_and_the_planned_one():
    show, clock = show_at((14, 52), BREAK1)  # at least 5 minutes: until 14:57
    clock.advance(61)
    shown = picture(show)
    assert shown.headline == "휴식 — 14:57에 다시 시작합니다"
    assert shown.subline == "(예정 14:55)"
    assert shown.digits == "03:59"


def test_an_overrun_break_says_it_resumes_shortly_and_shows_the_clock():
    show, clock = show_at((14, 45), BREAK1)
    clock.set_time_of_day(14, 56, 30)
    shown = picture(show)
    assert shown.headline == "휴식 — 곧 다시 시작합니다"
    assert shown.digits == "14:56"


def test_a_message_goes_over_the_timer_and_may_blink():
    show, clock = fourth_speaker_of_part3()
    run_until(show, clock, 62)
    shown = picture(show, Overlay(message="마무리 부탁드립니다"))
    assert shown.mode is Mode.MESSAGE
    assert shown.message == "마무리 부탁드립니다"
    assert shown.digits == "01:02"  # the timer stays in sight, small
    assert shown.animation is Animation.NONE
    blinking = picture(show, Overlay(message="마무리 부탁드립니다", blink=True))
    assert blinking.animation is Animation.BLINK


def test_blackout_shows_nothing_even_with_a_message():
    show, _ = fourth_speaker_of_part3()
    shown = picture(show, Overlay(message="x", blackout=True))
    assert shown.mode is Mode.BLACKOUT
    assert (shown.digits, shown.message, shown.title) == ("", "", "")


def test_after_the_end_the_idle_screen_thanks():
    show, clock = show_at((17, 5), 9)
    clock.advance(300)
    show.end()
    shown = picture(show)
    assert shown.mode is Mode.IDLE
    assert shown.info == "감사합니다"
    assert picture(show, language="en").info == "Thank you"
