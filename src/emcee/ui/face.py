"""Timer faces: the text a timer shows, its colours, and drawing big digits that fit any box.

The console's timer and the presenter screen draw digits with the same code, so what the
operator sees is what the stage sees.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from emcee.core.agenda.model import TimerStyle
from emcee.core.engine.snapshot import Current, Level
from emcee.core.timefmt import format_clock, format_time_of_day
from emcee.ui.fonts import FAMILY


@dataclass(frozen=True)
class Palette:
    """Colours per level. Each level also differs by a symbol, never by colour alone."""

    name: str
    background: str
    text: str  # titles, names
    dim: str  # secondary text
    normal: str
    warning: str
    final: str
    time_up: str
    overtime: str

    def level_color(self, level: Level) -> QColor:
        return QColor(
            {
                Level.NORMAL: self.normal,
                Level.WARNING: self.warning,
                Level.FINAL: self.final,
                Level.TIME_UP: self.time_up,
                Level.OVERTIME: self.overtime,
            }[level]
        )


PALETTES = {
    # Green / amber / orange-red / red, as stage timers use them.
    "standard": Palette(
        name="standard",
        background="#000000",
        text="#f2f2f2",
        dim="#9a9a9a",
        normal="#3ddc84",
        warning="#ffc107",
        final="#ff6a00",
        time_up="#ff1e1e",
        overtime="#ff3b3b",
    ),
    # White / yellow / orange / magenta-red from the Okabe-Ito set: tells apart for
    # red-green colour blindness and on washed-out projectors.
    "high-contrast": Palette(
        name="high-contrast",
        background="#000000",
        text="#ffffff",
        dim="#bdbdbd",
        normal="#ffffff",
        warning="#f0e442",
        final="#e69f00",
        time_up="#d55e00",
        overtime="#cc79a7",
    ),
}

# A symbol per level, so that the level reads without colour.
LEVEL_SYMBOLS = {
    Level.NORMAL: "",
    Level.WARNING: "▲",
    Level.FINAL: "▲▲",
    Level.TIME_UP: "■",
    Level.OVERTIME: "+",
}


def timer_text(current: Current, time_of_day: float) -> str:
    """What the big digits say for the live turn, by the item's timer style."""
    if current.timer is TimerStyle.COUNTUP:
        return format_clock(current.elapsed)
    if current.timer is TimerStyle.CLOCK:
        return format_time_of_day(int(time_of_day))[:5]
    return format_clock(current.remaining)


# A leading "+" (overtime) is drawn this much smaller than the digits, so that "+MM:SS"
# keeps its digits nearly as large as "MM:SS" on a 16:9 screen.
SIGN_SCALE = 0.72


@lru_cache(maxsize=64)
def _fitted_timer_font(
    body_shape: str, sign: str, width: float, height: float, bold: bool
) -> QFont:
    reference = QFont(FAMILY)
    reference.setPixelSize(200)
    reference.setBold(bold)
    metrics = QFontMetricsF(reference)
    text_width = metrics.horizontalAdvance(body_shape) + SIGN_SCALE * metrics.horizontalAdvance(
        sign
    )
    digit_height = max(metrics.tightBoundingRect("0123456789").height(), 1.0)
    size = 200 * min(width / max(text_width, 1.0), height / digit_height)
    font = QFont(reference)
    font.setPixelSize(max(6, int(size)))
    return font


def timer_font(text: str, rect: QRectF, bold: bool = True) -> QFont:
    """The digits' font for ``paint_timer``: as large as ``text`` fits in ``rect``.

    The size depends only on the text's shape (every digit counts as 0, and the shipped
    font's digits are all as wide), so it does not jitter as the seconds change.
    """
    sign, body = _split_sign(text)
    shape = "".join("0" if char.isdigit() else char for char in body)
    return _fitted_timer_font(shape, sign, round(rect.width(), 1), round(rect.height(), 1), bold)


@dataclass(frozen=True, slots=True)
class TimerLayout:
    """Where ``paint_timer`` puts a text: the digits' font and baseline origin, the smaller
    sign's (overtime's "+") font and origin, and the digits' ink box."""

    font: QFont
    origin: QPointF
    body: str
    sign_font: QFont
    sign_origin: QPointF
    sign: str
    ink: QRectF

    def cells(self) -> list[QRectF]:
        """The area each character's image covers, in the order of the text."""
        cells = []
        if self.sign:
            cells.append(
                _cell(self.sign_font, self.sign_origin.x(), self.sign_origin.y(), self.sign)
            )
        metrics = QFontMetricsF(self.font)
        x = self.origin.x()
        for char in self.body:
            cells.append(_cell(self.font, x, self.origin.y(), char))
            x += metrics.horizontalAdvance(char)
        return cells


def _cell(font: QFont, x: float, baseline: float, char: str) -> QRectF:
    # The glyph image's extent (see _glyph), and a pixel more for draw_big_text's rounding.
    ink = QFontMetricsF(font).tightBoundingRect(char).toAlignedRect().adjusted(-3, -3, 3, 3)
    return QRectF(ink).translated(x, baseline)


def timer_layout(text: str, rect: QRectF, bold: bool = True) -> TimerLayout:
    """How ``paint_timer`` lays ``text`` out in ``rect``."""
    sign, body = _split_sign(text)
    font = timer_font(text, rect, bold)
    metrics = QFontMetricsF(font)
    digits = metrics.tightBoundingRect("0123456789")
    baseline = rect.center().y() - (digits.top() + digits.bottom()) / 2
    sign_font = QFont(font)
    sign_font.setPixelSize(max(1, round(font.pixelSize() * SIGN_SCALE)))
    sign_metrics = QFontMetricsF(sign_font)
    sign_width = sign_metrics.horizontalAdvance(sign) if sign else 0.0
    width = sign_width + metrics.horizontalAdvance(body)
    x = rect.center().x() - width / 2
    sign_origin = QPointF(x, baseline)
    if sign:
        # The sign's ink is centred on the digits' middle, as a "+" reads beside numbers.
        ink = sign_metrics.tightBoundingRect(sign)
        middle = baseline + (digits.top() + digits.bottom()) / 2
        sign_origin = QPointF(x, middle - (ink.top() + ink.bottom()) / 2)
    return TimerLayout(
        font=font,
        origin=QPointF(x + sign_width, baseline),
        body=body,
        sign_font=sign_font,
        sign_origin=sign_origin,
        sign=sign,
        ink=QRectF(x, baseline + digits.top(), width, digits.height()),
    )


def changed_cells(old: str, new: str, rect: QRectF) -> QRectF:
    """Where ``paint_timer`` draws ``new`` in ``rect`` differently from ``old``: around the
    characters that changed or moved, and all of ``rect`` when the length changed."""
    before = timer_layout(old, rect).cells()
    after = timer_layout(new, rect).cells()
    area = QRectF(rect) if len(before) != len(after) else QRectF()
    for old_char, new_char, old_cell, new_cell in zip(old, new, before, after, strict=False):
        if old_char != new_char or old_cell != new_cell:
            area = area.united(old_cell).united(new_cell)
    return area


def paint_timer(
    painter: QPainter, rect: QRectF, text: str, color: QColor, bold: bool = True
) -> QRectF:
    """Draw ``text`` as large as fits, its digits' ink centred in ``rect``, a leading "+"
    smaller; returns the digits' ink box.

    Without the smaller sign, overtime digits on a 16:9 screen would be a fifth smaller
    than the countdown's, and the picture would jump at time-up.
    """
    layout = timer_layout(text, rect, bold)
    if layout.sign:
        draw_big_text(painter, layout.sign_font, layout.sign_origin, layout.sign, color)
    draw_big_text(painter, layout.font, layout.origin, layout.body, color)
    return layout.ink


def _split_sign(text: str) -> tuple[str, str]:
    return ("+", text[1:]) if text.startswith("+") else ("", text)


# Big digits are drawn from images of single characters. Qt rasterises glyphs this large
# from their outlines on every paint (its glyph cache stops far below projector sizes);
# a cached image is a plain copy, a fraction of the cost of the paint a second flip waits for.
GLYPH_CACHE_BYTES = 8 * 2**20
_glyphs: OrderedDict[tuple[str, str, int, bool, int, float], tuple[QImage, QRectF]] = OrderedDict()
_glyph_bytes = 0


def draw_big_text(
    painter: QPainter, font: QFont, origin: QPointF, text: str, color: QColor
) -> None:
    """Draw ``text`` with its baseline starting at ``origin``, like ``drawText``, from
    cached images of its characters, rendered at the painter's device scale (a HiDPI
    screen, the console's scaled-down preview) so that they stay sharp."""
    transform = painter.transform()
    device = painter.device()
    scale = transform.m11() * (device.devicePixelRatioF() if device is not None else 1.0)
    if transform.isRotating() or abs(transform.m11() - transform.m22()) > 1e-9 or scale <= 0:
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(origin, text)
        return
    metrics = QFontMetricsF(font)
    x = origin.x()
    for char in text:
        image, ink = _glyph(char, font, color, round(scale, 4))
        # Whole pixels, as drawText places glyphs: no resampling at scale 1.
        painter.drawImage(QPointF(round(x) + ink.left(), round(origin.y()) + ink.top()), image)
        x += metrics.horizontalAdvance(char)


def prepare_glyphs(chars: str, font: QFont, color: QColor, scale: float) -> None:
    """Render the images ``draw_big_text`` will need for ``chars`` now, so that no second
    flip waits for one (a first image costs about a millisecond at projector sizes)."""
    for char in chars:
        _glyph(char, font, color, round(scale, 4))


def _glyph(char: str, font: QFont, color: QColor, scale: float) -> tuple[QImage, QRectF]:
    """The image of ``char`` at ``scale`` device pixels per unit, and where its ink lies
    from its origin on the baseline (in units)."""
    global _glyph_bytes
    key = (char, font.family(), font.pixelSize(), font.bold(), color.rgba(), scale)
    cached = _glyphs.get(key)
    if cached is not None:
        _glyphs.move_to_end(key)
        return cached
    # The ink and two pixels around it for antialiasing (not the line box: less memory).
    ink = QRectF(QFontMetricsF(font).tightBoundingRect(char).toAlignedRect().adjusted(-2, -2, 2, 2))
    image = QImage(
        max(1, math.ceil(ink.width() * scale)),
        max(1, math.ceil(ink.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    glyph_painter = QPainter(image)
    glyph_painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    glyph_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    glyph_painter.setFont(font)
    glyph_painter.setPen(color)
    glyph_painter.drawText(QPointF(-ink.left(), -ink.top()), char)
    glyph_painter.end()
    _glyphs[key] = (image, ink)
    _glyph_bytes += image.sizeInBytes()
    while _glyph_bytes > GLYPH_CACHE_BYTES and len(_glyphs) > 1:
        old_image, _ = _glyphs.popitem(last=False)[1]
        _glyph_bytes -= old_image.sizeInBytes()
    return image, ink
