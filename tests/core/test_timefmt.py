from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emcee.core.timefmt import (
    format_clock,
    format_duration,
    format_minutes,
    format_time_of_day,
    parse_duration,
    parse_time_of_day,
    time_axis_ticks,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30m", 1800), ("1m30s", 90), ("45s", 45), ("1h10m", 4200), ("1h 10m", 4200), ("90m", 5400)],
)
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "30", "m", "1:30", "30 minutes", "-5m", "1.5m", "30분"])
def test_parse_duration_rejects(text):
    assert parse_duration(text) is None


@given(st.integers(min_value=0, max_value=48 * 3600))
def test_duration_round_trip(seconds):
    assert parse_duration(format_duration(seconds)) == seconds


@pytest.mark.parametrize(
    ("text", "seconds"), [("13:00", 46800), ("9:05", 32700), ("00:00", 0), ("23:59:59", 86399)]
)
def test_parse_time_of_day(text, seconds):
    assert parse_time_of_day(text) == seconds


@pytest.mark.parametrize("text", ["48:00", "13:60", "13", "1300", "13:0", "오후 1시"])
def test_parse_time_of_day_rejects(text):
    assert parse_time_of_day(text) is None


@given(st.integers(min_value=0, max_value=86399))
def test_time_of_day_round_trip(seconds):
    assert parse_time_of_day(format_time_of_day(seconds)) == seconds


@pytest.mark.parametrize(
    ("seconds", "face"),
    [
        (300, "05:00"),
        (299.2, "05:00"),  # a countdown shows the ceiling
        (0.4, "00:01"),
        (0, "00:00"),
        (-0.5, "00:00"),  # the first second after time-up still reads 00:00
        (-1, "+00:01"),
        (-83.9, "+01:23"),
        (3723, "1:02:03"),
        (-3723, "+1:02:03"),
    ],
)
def test_format_clock(seconds, face):
    assert format_clock(seconds) == face


def test_format_minutes():
    assert format_minutes(3600) == "60m"
    assert format_minutes(4 * 3600 + 600) == "4h10m"
    assert format_minutes(270) == "4m30s"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(90, "+01:30"), (-45.4, "–00:45"), (0.3, "00:00"), (3723, "+1:02:03"), (-59.6, "–01:00")],
)
def test_format_signed(seconds, text):
    from emcee.core.timefmt import format_signed

    assert format_signed(seconds) == text


def test_time_axis_ticks_take_the_smallest_step_that_fits():
    assert time_axis_ticks(13 * 3600, 13 * 3600 + 600, 12) == (
        60,
        [46800.0 + 60 * i for i in range(11)],
    )
    step, ticks = time_axis_ticks(13 * 3600 - 1, 17 * 3600 + 600, 5)
    assert step == 3600 and ticks == [46800.0, 50400.0, 54000.0, 57600.0, 61200.0]
    assert time_axis_ticks(0, 86400, 1)[0] == 43200  # at least two labels; the largest step
    # A 500-item day from 06:00 to past 22:20 in the console's small drift chart.
    step, ticks = time_axis_ticks(6 * 3600, 22 * 3600 + 26 * 60, 2)
    assert step == 43200 and len(ticks) <= 2
