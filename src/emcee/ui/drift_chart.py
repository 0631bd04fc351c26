"""The chart of the programme's drift over the afternoon, and where the end is heading:
live in the console, and of a whole show in its report.

Drawn with QPainter, not pyqtgraph: this small line is on screen the whole show, and
pyqtgraph brings numpy, QtOpenGL, QtSvg and QtTest with it (about 50 MB of memory and
0.2 s of start-up, measured with bench/live.py and bench/startup.py). The report's
other charts, opened after the show, are pyqtgraph's.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from emcee.core.engine.snapshot import ShowState, Snapshot
from emcee.core.timefmt import format_time_of_day, time_axis_ticks
from emcee.ui.fonts import ui_font

SAMPLE_EVERY = 30.0  # seconds between points while the drift holds still
SAMPLE_CHANGE = 15.0  # ... or as soon as it moved this much
BEFORE_END = 900  # the time axis shows at least this long before the projected end
AFTER_END = 360  # ... and this long after it
MINUTE_STEPS = (1, 2, 5, 10, 15, 30, 60, 120)  # between the drift axis' labels
EXPORT_SIZE = (1600, 600)  # pixels of the chart as a picture (the report's drift.png)

LINE = QColor("#c62828")
END = QColor("#1565c0")
ZERO = QColor("#9e9e9e")
GRID = QColor(0, 0, 0, 30)
TEXT = QColor("#555555")


class DriftChart(QWidget):
    """Drift in minutes (+ late) over the time of day (seconds since midnight on the x
    axis); a dashed line to the projected end."""

    def __init__(self, parent: QWidget | None = None, point_size: float = 8) -> None:
        super().__init__(parent)
        self.times: list[float] = []
        self.drifts: list[float] = []  # minutes
        self.end: tuple[float, float] | None = None  # projected end: time of day, drift
        self.marks: list[int] = []  # the points where the operator acted, drawn as dots
        self.title = ""
        self.empty_text = ""  # said in the middle while there is no point yet
        self.setFont(ui_font(point_size))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def export_size(self) -> tuple[int, int]:
        return EXPORT_SIZE

    def set_axis_labels(self, drift: str) -> None:
        self.title = drift
        self.update()

    def seed(
        self, points: list[tuple[float, float]], end: tuple[float, float] | None = None
    ) -> None:
        """Start from points already known (time of day, drift in minutes): a resumed
        show's, from its journal, or a whole show's; ``end``: where it ended or is heading."""
        self.times = [time for time, _ in points]
        self.drifts = [drift for _, drift in points]
        self.end = end
        self.update()

    def clear(self) -> None:
        self.times.clear()
        self.drifts.clear()
        self.marks.clear()
        self.end = None
        self.update()

    def add(self, snapshot: Snapshot) -> None:
        """Take a snapshot's drift; redraws only when a point or the projection changed."""
        changed = False
        if snapshot.state in (ShowState.RUNNING, ShowState.PAUSED, ShowState.ENDED):
            moment = snapshot.time_of_day
            drift = snapshot.drift / 60
            if (
                not self.times
                or moment - self.times[-1] >= SAMPLE_EVERY
                or abs(drift - self.drifts[-1]) >= SAMPLE_CHANGE / 60
            ):
                self.times.append(moment)
                self.drifts.append(drift)
                changed = True
        if self.times:
            end = (
                float(round(snapshot.projected_end)),
                round((snapshot.projected_end - snapshot.planned_end) / 60, 2),
            )
            changed = changed or end != self.end
            self.end = end
        if changed:
            self.update()

    # --- drawing ---------------------------------------------------------------------------

    def ranges(self) -> tuple[float, float, float, float] | None:
        """The time (x) and drift (y) shown: left, right, bottom, top; None before a point."""
        if not self.times or self.end is None:
            return None
        end_time, end_drift = self.end
        left = min(self.times[0], end_time - BEFORE_END)
        right = max(end_time, self.times[-1]) + AFTER_END
        # At least a minute either way, so that being on time is a flat line, not noise.
        low = min(-1.0, end_drift, *self.drifts)
        high = max(1.0, end_drift, *self.drifts)
        pad = (high - low) * 0.1
        return left, right, low - pad, high + pad

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw(painter)
        finally:
            painter.end()

    def _draw(self, painter: QPainter) -> None:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        painter.setPen(TEXT)
        title_box = QRectF(6, 2, self.width() - 12, line)
        painter.drawText(title_box, Qt.AlignmentFlag.AlignLeft, self.title)
        ranges = self.ranges()
        if ranges is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        left, right, bottom, top = ranges
        label_width = metrics.horizontalAdvance("-000")
        plot = QRectF(
            6 + label_width + 4,
            title_box.bottom() + 4,
            self.width() - label_width - 26,  # room on the right for the end's dot
            self.height() - title_box.bottom() - line - 10,
        )
        if plot.width() < 10 or plot.height() < 10:
            return

        def at(time: float, drift: float) -> QPointF:
            x = plot.left() + (time - left) / (right - left) * plot.width()
            y = plot.bottom() - (drift - bottom) / (top - bottom) * plot.height()
            return QPointF(x, y)

        # Drift axis: whole minutes, at most about one label per two text lines.
        most = max(2, int(plot.height() / (2 * line)))
        step = next((s for s in MINUTE_STEPS if (top - bottom) / s <= most), MINUTE_STEPS[-1])
        for minutes in range(math.ceil(bottom / step) * step, math.floor(top) + 1, step):
            y = at(left, minutes).y()
            painter.setPen(QPen(ZERO if minutes == 0 else GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT)
            box = QRectF(6, y - line / 2, label_width, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight, str(minutes))
        # Time axis: times of day, a label every 70 px or more.
        _, ticks = time_axis_ticks(left, right, int(plot.width() / 70))
        for time in ticks:
            x = at(time, bottom).x()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(TEXT)
            box = QRectF(x - 40, plot.bottom() + 2, 80, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, format_time_of_day(int(time)))
        painter.setClipRect(plot)
        points = [at(t, d) for t, d in zip(self.times, self.drifts, strict=True)]
        painter.setPen(QPen(LINE, 2))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(LINE)
        for index in self.marks:
            painter.drawEllipse(points[index], 3, 3)
        assert self.end is not None
        end = at(*self.end)
        painter.setPen(QPen(LINE, 1, Qt.PenStyle.DashLine))
        painter.drawLine(points[-1], end)
        painter.setClipping(False)  # the dot may stand over the plot's edge
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(END)
        painter.drawEllipse(end, 4.5, 4.5)
