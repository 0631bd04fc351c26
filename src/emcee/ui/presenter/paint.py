"""Drawing a picture into any rectangle: the presenter window and the console's preview.

Layouts are in fractions of the rectangle, so a picture fits anything from 800x600 to 4K
and any aspect. The digits come first: as large as the width allows, up to their row's
height (over 40% of the screen's height on 16:9). Every text is fitted to its own box:
it wraps, then shrinks, and at the smallest size the last line is elided, so nothing is
ever drawn outside its box. Fitting results are cached: a picture changes once a second
and its texts far less often.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from emcee.ui.face import paint_timer
from emcee.ui.fonts import FAMILY
from emcee.ui.presenter.picture import PAUSED_SYMBOL, Animation, Mode, Picture

# Share of the height given to the digits in the timer and break screens.
TIMER_DIGITS = 0.44
PAUSED_LABEL = 0.12  # "‖ 일시 정지" as large as a title: read from the back of the hall
MESSAGE_DIGITS = 0.26  # with a message up, the countdown still reads across the room
BREAK_DIGITS = 0.40
IDLE_DIGITS = 0.30
DIGITS_MARGIN = 0.025  # of the width, each side: digits are allowed close to the edges
TEXT_MARGIN = 0.04  # of the width, each side, for words
DIM_ALPHA = 0.40  # dimmed digits (overtime slow blink) and the blinking message's off phase

Align = Qt.AlignmentFlag


@dataclass(frozen=True, slots=True)
class _Colors:
    background: QColor
    text: QColor
    dim: QColor
    digits: QColor
    track: QColor


def _colors(picture: Picture) -> _Colors:
    palette = picture.palette
    digits = QColor(picture.digits_color or palette.text)
    if picture.flashing:
        # The inverted frame of the time-up flash: everything in the background colour
        # on a field of the level's colour.
        field = QColor(digits)
        ink = QColor(palette.background)
        return _Colors(field, ink, ink, ink, _with_alpha(ink, 0.35))
    if picture.digits_dim:
        digits = _with_alpha(digits, DIM_ALPHA)
    return _Colors(
        QColor(palette.background),
        QColor(palette.text),
        QColor(palette.dim),
        digits,
        _with_alpha(QColor(palette.dim), 0.35),
    )


def digits_color(picture: Picture) -> QColor:
    """The colour ``paint_picture`` draws the picture's digits in."""
    return _colors(picture).digits


def _with_alpha(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(alpha)
    return result


class _Rows:
    """Cuts a rectangle into horizontal bands, top to bottom, in fractions of its height."""

    def __init__(self, rect: QRectF) -> None:
        self.rect = rect
        self.y = rect.top()

    def skip(self, fraction: float) -> None:
        self.y += fraction * self.rect.height()

    def take(self, fraction: float, margin: float = TEXT_MARGIN) -> QRectF:
        height = fraction * self.rect.height()
        inset = margin * self.rect.width()
        band = QRectF(self.rect.left() + inset, self.y, self.rect.width() - 2 * inset, height)
        self.y += height
        return band

    def rest(self, bottom_fraction: float, margin: float = TEXT_MARGIN) -> QRectF:
        """Everything down to ``bottom_fraction`` of the height above the bottom."""
        bottom = self.rect.bottom() - bottom_fraction * self.rect.height()
        return self.take(max(0.0, bottom - self.y) / self.rect.height(), margin)


def text_unit(rect: QRectF) -> float:
    """One hundredth of the height of the 4:3 box that fits in ``rect``: text sizes use it,
    so words on a tall (portrait) screen are not sized for a height they cannot use."""
    return min(rect.height(), rect.width() * 0.75) / 100


def paint_picture(painter: QPainter, rect: QRectF, picture: Picture) -> dict[str, QRectF]:
    """Draw ``picture`` filling ``rect``; returns where each element was drawn and the
    boxes of the parts that change every second (``digits_box``, ``progress_box``) or
    minute (``clock_box``).

    Within a clip set before (a partial repaint), texts outside it are not laid out.
    """
    colors = _colors(picture)
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(rect, colors.background)
    screen = _Screen(painter, rect, picture, colors)
    if picture.mode is Mode.TIMER:
        _paint_timer(screen)
    elif picture.mode is Mode.BREAK:
        _paint_break(screen)
    elif picture.mode is Mode.IDLE:
        _paint_idle(screen)
    elif picture.mode is Mode.MESSAGE:
        _paint_message(screen)
    painter.restore()  # BLACKOUT: the background is all there is
    return screen.placed


class _Screen:
    """One screen drawn top to bottom in bands of the rectangle, each element noted in
    ``placed`` where it was drawn. Text sizes are in ``text_unit``s."""

    def __init__(self, painter: QPainter, rect: QRectF, picture: Picture, colors: _Colors):
        self.painter = painter
        self.picture = picture
        self.colors = colors
        self.rows = _Rows(rect)
        self.unit = text_unit(rect)
        self.placed: dict[str, QRectF] = {}

    def text(
        self, name: str, box: QRectF, text: str, color: QColor, size: float, **options: Any
    ) -> None:
        """Draw ``text``, if there is any, fitted to ``box``."""
        if text:
            self.placed[name] = draw_text(
                self.painter, box, text, color, size * self.unit, **options
            )

    def digits(self, fraction: float) -> None:
        """The timer's digits, in a band of ``fraction`` of the height."""
        box = self.rows.take(fraction, DIGITS_MARGIN)
        self.placed["digits_box"] = box
        self.placed["digits"] = paint_timer(
            self.painter, box, self.picture.digits, self.colors.digits
        )

    def top_bar(self, band: QRectF) -> None:
        """The phase on the left, the wall clock on the right."""
        clock_width = band.width() * 0.22
        clock_box = QRectF(band.right() - clock_width, band.top(), clock_width, band.height())
        phase_box = QRectF(band.left(), band.top(), band.width() - clock_width * 1.1, band.height())
        picture, colors = self.picture, self.colors
        self.placed["clock_box"] = clock_box  # a new minute repaints this box alone
        self.text("clock", clock_box, picture.clock, colors.dim, 5.5, align=Align.AlignRight)
        self.text("phase", phase_box, picture.phase, colors.text, 5.5, align=Align.AlignLeft)


def _paint_timer(screen: _Screen) -> None:
    picture, colors, rows = screen.picture, screen.colors, screen.rows
    rows.skip(0.025)
    screen.top_bar(rows.take(0.06))
    rows.skip(0.005)
    # The level in words and symbol, so that it reads without colour.
    status = f"{picture.symbol} {picture.label}".strip()
    if picture.symbol == PAUSED_SYMBOL:  # large and white over grey digits
        band = rows.take(PAUSED_LABEL)
        screen.text("label", band, status, colors.text, 11, bold=True)
        rows.skip(0.005)
        screen.digits(TIMER_DIGITS + 0.07 - PAUSED_LABEL)
    else:
        screen.text("label", rows.take(0.07), status, colors.digits, 6.5, bold=True)
        rows.skip(0.005)
        screen.digits(TIMER_DIGITS)
    rows.skip(0.035)
    bar = rows.take(0.016)
    screen.placed["progress_box"] = bar
    if picture.progress is not None:
        screen.placed["progress"] = _paint_progress(screen.painter, bar, picture.progress, colors)
    rows.skip(0.035)
    speaker_box = rows.take(0.085)
    title_box = rows.rest(0.085)
    if picture.question:  # an open discussion has no speaker: its question timer is there
        screen.placed["question_box"] = speaker_box
        color = QColor(picture.question_color)
        screen.text("question", speaker_box, picture.question, color, 8, bold=True)
    elif not picture.speaker:
        title_box = title_box.united(speaker_box)  # the title moves up into the free row
    screen.text("speaker", speaker_box, picture.speaker, colors.text, 8, bold=True)
    screen.text("title", title_box, picture.title, colors.text, 5.5, max_lines=3)
    rows.skip(0.01)
    screen.text("next", rows.take(0.055), picture.next, colors.dim, 4.2)


def _paint_break(screen: _Screen) -> None:
    picture, colors, rows = screen.picture, screen.colors, screen.rows
    rows.skip(0.03)
    screen.top_bar(rows.take(0.06))
    rows.skip(0.02)
    headline = rows.take(0.16)
    screen.text("headline", headline, picture.headline, colors.text, 7.5, bold=True, max_lines=2)
    screen.text("subline", rows.take(0.06), picture.subline, colors.dim, 4.5)
    rows.skip(0.02)
    screen.digits(BREAK_DIGITS)
    rows.skip(0.04)
    screen.text("next", rows.rest(0.03), picture.next, colors.dim, 5, max_lines=2)


def _paint_idle(screen: _Screen) -> None:
    picture, colors, rows = screen.picture, screen.colors, screen.rows
    rows.skip(0.07)
    headline = rows.take(0.22)
    screen.text("headline", headline, picture.headline, colors.text, 9, bold=True, max_lines=2)
    rows.skip(0.01)
    screen.text("subline", rows.take(0.10), picture.subline, colors.dim, 5, max_lines=2)
    rows.skip(0.04)
    screen.digits(IDLE_DIGITS)
    rows.skip(0.05)
    screen.text("info", rows.take(0.08), picture.info, colors.text, 6, bold=True)
    screen.text("next", rows.rest(0.03), picture.next, colors.dim, 4.2)


def _paint_message(screen: _Screen) -> None:
    picture, colors, rows = screen.picture, screen.colors, screen.rows
    rows.skip(0.03)
    screen.top_bar(rows.take(0.06))
    rows.skip(0.01)
    # The timer stays in sight and readable across the room (a quarter of the height),
    # its level in the colour; the message takes the rest.
    screen.digits(MESSAGE_DIGITS)
    rows.skip(0.03)
    box = rows.rest(0.05)
    message_color = QColor(colors.text)
    if picture.animation is Animation.BLINK and not picture.lit:
        message_color = _with_alpha(message_color, DIM_ALPHA)
    screen.text("message", box, picture.message, message_color, 20, bold=True, max_lines=6)


def _paint_progress(painter: QPainter, band: QRectF, progress: float, colors: _Colors) -> QRectF:
    radius = band.height() / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.track)
    painter.drawRoundedRect(band, radius, radius)
    if progress > 0:
        done = QRectF(
            band.left(), band.top(), max(band.height(), band.width() * progress), band.height()
        )
        painter.setBrush(colors.digits)
        painter.drawRoundedRect(done, radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    return band


def progress_change(band: QRectF, before: float | None, after: float | None) -> QRectF:
    """The part of the progress bar in ``band`` that differs between two progresses:
    around the end of the done part (its rounded cap), or the whole bar."""
    if before is None or after is None or min(before, after) <= 0:
        return band
    ends = [band.left() + max(band.height(), band.width() * p) for p in (before, after)]
    left = min(ends) - band.height() - 1  # the cap is as wide as the bar is high
    return QRectF(left, band.top() - 1, max(ends) - left + 1, band.height() + 2)


# --- fitted text ------------------------------------------------------------------------------

MIN_TEXT_PX = 9
# Words shrink to fit down to this share of their preferred size, then the last line is
# elided: a title in tiny letters helps nobody at the back of the hall.
MIN_TEXT_SHARE = 0.45
# More characters than any text box shows at the smallest size (six lines of a screen
# 4,000 pixels wide in 9-pixel letters): the rest of a longer text is never laid out.
MAX_LAID_OUT = 16_000


@dataclass(frozen=True, slots=True)
class FittedText:
    font: QFont
    lines: tuple[str, ...]
    line_height: float
    ascent: float
    widths: tuple[float, ...]


def draw_text(
    painter: QPainter,
    box: QRectF,
    text: str,
    color: QColor,
    max_px: float,
    *,
    bold: bool = False,
    max_lines: int = 1,
    align: Qt.AlignmentFlag = Align.AlignHCenter,
) -> QRectF:
    """Draw ``text`` as large as fits ``box`` (at most ``max_px``), centred vertically;
    returns the area the lines take (nothing, when ``box`` is outside the clip)."""
    if painter.hasClipping() and not painter.clipBoundingRect().intersects(box):
        return QRectF()
    smallest = max(MIN_TEXT_PX, int(max_px * MIN_TEXT_SHARE))
    width, height = round(box.width(), 1), round(box.height(), 1)
    fitted = fit_text(text, width, height, int(max_px), bold, max_lines, smallest)
    painter.setFont(fitted.font)
    painter.setPen(color)
    block = fitted.line_height * len(fitted.lines)
    top = box.top() + (box.height() - block) / 2
    used = QRectF()
    for number, (line, width) in enumerate(zip(fitted.lines, fitted.widths, strict=True)):
        if align & Align.AlignLeft:
            x = box.left()
        elif align & Align.AlignRight:
            x = box.right() - width
        else:
            x = box.left() + (box.width() - width) / 2
        y = top + number * fitted.line_height
        painter.drawText(QPointF(x, y + fitted.ascent), line)
        used = used.united(QRectF(x, y, width, fitted.line_height))
    return used


@lru_cache(maxsize=512)
def fit_text(
    text: str,
    width: float,
    height: float,
    max_px: int,
    bold: bool,
    max_lines: int,
    min_px: int = MIN_TEXT_PX,
) -> FittedText:
    """The largest size from ``min_px`` to ``max_px`` at which ``text`` wraps into the box.

    Lines break between words, or anywhere inside a word too long for the line (Korean
    may break between syllables). If even the smallest size needs too many lines, the
    last line that fits ends with an ellipsis.
    """
    low = max(1, min(min_px, max_px))
    high = max(low, max_px)
    best = _layout(text, width, high, bold, max_lines)
    if not _fits(best, width, height, max_lines):
        best = _layout(text, width, low, bold, max_lines)
        while low < high:  # binary search: the largest size that fits
            middle = (low + high + 1) // 2
            candidate = _layout(text, width, middle, bold, max_lines)
            if _fits(candidate, width, height, max_lines):
                low, best = middle, candidate
            else:
                high = middle - 1
    if _fits(best, width, height, max_lines):
        return best
    return _elided(best, text, width, height, max_lines)


def _fits(fitted: FittedText, width: float, height: float, max_lines: int) -> bool:
    return (
        len(fitted.lines) <= max_lines
        and fitted.line_height * len(fitted.lines) <= height + 0.5
        and all(w <= width + 0.5 for w in fitted.widths)
    )


def _font(px: int, bold: bool) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _layout(text: str, width: float, px: int, bold: bool, max_lines: int) -> FittedText:
    """``text`` broken into lines of ``width`` at ``px``: up to ``max_lines`` of them, and
    then, if there is more, the start of the rest as one line too many (it is elided).

    Only what can be seen is laid out: a pasted blob of 200,000 characters as a title made
    tens of thousands of lines at each size tried, and the first picture took 18 s.
    """
    text = text[:MAX_LAID_OUT]
    font = _font(px, bold)
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        if len(lines) == max_lines:
            lines.append(text[line.textStart() : line.textStart() + MAX_LAID_OUT // 8].strip())
            break
        line.setLineWidth(max(1.0, width))
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    lines = [line for line in lines if line] or [""]
    widths = tuple(metrics.horizontalAdvance(line) for line in lines)
    return FittedText(font, tuple(lines), metrics.lineSpacing(), metrics.ascent(), widths)


def _elided(
    fitted: FittedText, text: str, width: float, height: float, max_lines: int
) -> FittedText:
    metrics = QFontMetricsF(fitted.font)
    room = max(1, min(max_lines, int((height + 0.5) // fitted.line_height)))
    kept = list(fitted.lines[: room - 1])
    rest = " ".join(fitted.lines[room - 1 :])
    kept.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    widths = tuple(metrics.horizontalAdvance(line) for line in kept)
    return FittedText(fitted.font, tuple(kept), fitted.line_height, fitted.ascent, widths)
