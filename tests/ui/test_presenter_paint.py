"""Painting presenter pictures: fits every screen, never clips, digits big and steady."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextLine

from emcee.core.agenda.model import PhaseKind
from emcee.ui.controller import Overlay
from emcee.ui.face import PALETTES, SIGN_SCALE
from emcee.ui.fonts import FAMILY, register_fonts
from emcee.ui.presenter.paint import DIGITS_MARGIN, TIMER_DIGITS, fit_text, paint_picture
from emcee.ui.presenter.picture import Mode, Picture
from tests.ui.presenter_kit import BREAK1, PART2, PART3, REPORT, picture, run_until, show_at

SIZES = [
    (800, 600),
    (1024, 768),
    (1280, 720),
    (1920, 1080),
    (1920, 1200),
    (2560, 1080),
    (3840, 2160),
    (1080, 1920),  # a portrait confidence monitor
]
LONG_TITLE = "문화욕구 충족 및 사회참여 촉진 “생애주기별 문화교육”과 " * 8


@pytest.fixture(autouse=True)
def fonts(qapp):
    register_fonts()


def pictures() -> dict[str, Picture]:
    show, clock = show_at((14, 55), PART3, PhaseKind.PRESENTATION, turns_before=3)
    run_until(show, clock, 62)
    warning = picture(show)
    run_until(show, clock, -83.5)
    overtime = picture(show)
    run_until(show, clock, -3601)
    long_over = picture(show)
    report, report_clock = show_at((13, 35), REPORT)
    run_until(report, report_clock, 161)
    discussion, _ = show_at((14, 30), PART2, PhaseKind.DISCUSSION)
    break_show, break_clock = show_at((14, 52), BREAK1)
    break_clock.advance(61)
    return {
        "warning": warning,
        "overtime": overtime,
        "over-an-hour": long_over,
        "normal": picture(report),
        "long-title": replace(picture(report), title=LONG_TITLE, speaker=LONG_TITLE[:40]),
        "discussion": picture(discussion),
        "break-late": picture(break_show),
        "message": picture(show, Overlay(message=LONG_TITLE)),
        "idle": replace(picture(report), mode=Mode.IDLE, headline=LONG_TITLE, info="13:30"),
    }


def paint(shown: Picture, width: int, height: int) -> tuple[QImage, dict[str, QRectF]]:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    placed = paint_picture(painter, QRectF(0, 0, width, height), shown)
    painter.end()
    return image, placed


def digit_ratio(text: str) -> float:
    """Width over digit height of ``text`` in the digits font (as paint_timer draws it)."""
    font = QFont(FAMILY)
    font.setPixelSize(200)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    body = text[1:] if text.startswith("+") else text
    width = metrics.horizontalAdvance(body)
    if text.startswith("+"):
        width += SIGN_SCALE * metrics.horizontalAdvance("+")
    return width / metrics.tightBoundingRect("0123456789").height()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_element_stays_inside_the_screen_and_apart(width, height):
    screen = QRectF(0, 0, width, height).adjusted(-0.5, -0.5, 0.5, 0.5)
    for name, shown in pictures().items():
        _, placed = paint(shown, width, height)
        placed = {k: v for k, v in placed.items() if not k.endswith("_box")}  # drawn ones
        assert placed, name
        for element, rect in placed.items():
            assert screen.contains(rect), (name, element, rect)
        for (a, ra), (b, rb) in itertools.combinations(placed.items(), 2):
            overlap = ra.intersected(rb)
            assert overlap.width() < 1 or overlap.height() < 1, (name, a, b, ra, rb)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_digits_take_at_least_40_percent_of_the_height_where_the_aspect_allows(width, height):
    for name in ("normal", "warning", "overtime"):
        shown = pictures()[name]
        _, placed = paint(shown, width, height)
        digits = placed["digits"].height()
        usable_width = width * (1 - 2 * DIGITS_MARGIN)
        possible = min(TIMER_DIGITS * height, usable_width / digit_ratio(shown.digits))
        assert digits >= possible * 0.99 - 1, (name, digits, possible)
        if possible >= 0.40 * height:
            assert digits >= 0.40 * height - 1, (name, digits / height)


def test_on_16_9_even_overtime_digits_are_40_percent_high():
    for width, height in ((1920, 1080), (1280, 720), (3840, 2160)):
        _, placed = paint(pictures()["overtime"], width, height)
        assert placed["digits"].height() >= 0.40 * height


def test_digits_do_not_move_as_the_seconds_change():
    shown = pictures()["warning"]
    boxes = {
        paint(replace(shown, digits=text), 1280, 720)[1]["digits"].getRect()
        for text in ("00:00", "11:11", "01:03", "59:59", "47:28")
    }
    assert len(boxes) == 1


def test_long_titles_wrap_and_end_with_an_ellipsis_instead_of_overflowing():
    fitted = fit_text(LONG_TITLE, 1000.0, 120.0, 60, False, 2, 27)
    assert len(fitted.lines) <= 2
    assert fitted.lines[-1].endswith("…")
    assert all(width <= 1000.5 for width in fitted.widths)
    assert fitted.line_height * len(fitted.lines) <= 120.5
    assert fitted.font.pixelSize() >= 27
    short = fit_text("광주서구", 1000.0, 120.0, 60, True, 1)
    assert short.lines == ("광주서구",) and short.font.pixelSize() == 60


def test_a_long_unspaced_korean_word_breaks_rather_than_overflows():
    word = "다가치서로이음터" * 6
    fitted = fit_text(word, 300.0, 200.0, 40, False, 3)
    assert all(width <= 300.5 for width in fitted.widths)


@pytest.mark.parametrize("blob", ["7" * 200_000, "가나다라" * 50_000, "word " * 40_000])
def test_a_pasted_blob_as_a_title_is_laid_out_only_as_far_as_it_shows(blob, monkeypatch):
    laid_out = []
    real = QTextLine.setLineWidth
    monkeypatch.setattr(QTextLine, "setLineWidth", lambda line, w: laid_out.append(real(line, w)))
    fitted = fit_text(blob, 1000.0, 120.0, 60, False, 3, 27)
    assert len(fitted.lines) <= 3 and fitted.lines[-1].endswith("…")
    assert all(width <= 1000.5 for width in fitted.widths)
    # At most three lines at each size tried (a blob took thousands of lines each, 18 s).
    assert len(laid_out) <= 3 * 8


def test_time_up_flash_inverts_the_screen_on_its_lit_frame():
    show, clock = show_at((14, 55), PART3, PhaseKind.PRESENTATION, turns_before=3)
    run_until(show, clock, -1)
    flashing = picture(show)
    red = QColor(flashing.digits_color)
    lit, _ = paint(flashing, 640, 360)
    dark, _ = paint(replace(flashing, lit=False), 640, 360)
    assert QColor(lit.pixel(2, 2)) == red
    assert QColor(dark.pixel(2, 2)) == QColor(PALETTES["standard"].background)


def test_blackout_is_black_everywhere():
    shown = replace(pictures()["normal"], mode=Mode.BLACKOUT)
    image, placed = paint(shown, 320, 180)
    assert placed == {}
    colours = {image.pixel(x, y) for x in range(0, 320, 16) for y in range(0, 180, 9)}
    assert colours == {QColor("#000000").rgb()}


def test_korean_text_is_drawn_with_the_shipped_font_not_boxes():
    # Hangul drawn with the shipped font differs from the replacement box for a missing glyph.
    shown = pictures()["normal"]
    image, placed = paint(shown, 1280, 720)
    speaker = placed["speaker"].toRect()
    ink = sum(
        1
        for x in range(speaker.left(), speaker.right(), 2)
        for y in range(speaker.top(), speaker.bottom(), 2)
        if QColor(image.pixel(x, y)).lightness() > 128
    )
    assert ink > 50


def test_paused_reads_from_the_back_of_the_hall():
    show, clock = show_at((13, 35), REPORT)
    run_until(show, clock, 161)
    show.pause()
    shown = picture(show)
    assert shown.digits_color == PALETTES["standard"].dim  # grey, not a running green
    _, placed = paint(shown, 1280, 720)
    assert placed["label"].height() >= 0.1 * 720  # "‖ 일시 정지" as large as a title


def test_with_a_message_up_the_countdown_stays_large_enough_to_read():
    show, clock = show_at((13, 35), REPORT)
    run_until(show, clock, 161)
    _, placed = paint(picture(show, Overlay(message="마무리 부탁드립니다")), 1280, 720)
    assert placed["digits"].height() >= 0.2 * 720  # was about a tenth
    assert placed["message"].top() >= placed["digits"].bottom()
