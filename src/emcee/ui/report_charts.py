"""The report's charts, drawn from a Report: a Gantt-like timeline, planned against actual,
with each session's speaker turns on their own rows under it, and the time each item and
turn ran over or under plan (pyqtgraph); the drift over the afternoon (the console's own
drift chart, ui/drift_chart.py, drawn larger).

Every chart takes a show at any stage: with nothing to draw yet (a show just started, or
never started) it is an empty chart with a line saying so. ``export_charts`` renders them to
PNG without showing anything (for the report window's export and ``emcee report``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QWidget

# isort: split
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # pyqtgraph must use PySide6
import pyqtgraph as pg  # after PySide6 and the variable: it binds to PySide6

from emcee.core.agenda.model import Phase, PhaseKind
from emcee.core.agenda.phases import phase_title
from emcee.core.report import TOLERANCE, Report, Row, RowKind, clock_text, signed_minutes
from emcee.core.timefmt import format_time_of_day, time_axis_ticks
from emcee.ui.drift_chart import DriftChart
from emcee.ui.fonts import ui_font
from emcee.ui.i18n import current_language

TIMELINE_PNG = "timeline.png"
OVER_UNDER_PNG = "over-under.png"
DRIFT_PNG = "drift.png"

# Colours: blue on time or early, red over; speaker turns lighter than their item.
PLANNED_FILL = QColor("#d9dde1")
PLANNED_LINE = QColor("#9aa3ab")
ITEM_ON_TIME = QColor("#2f6fb3")
ITEM_OVER = QColor("#c0392b")
TURN_ON_TIME = (QColor("#5b9bd5"), QColor("#8dbbe6"))  # alternating, to tell speakers apart
TURN_OVER = QColor("#e57368")
DISCUSSION = QColor("#8e7cc3")
UNDER = QColor("#2e8b57")
GROUP_BAND = QColor(40, 60, 90, 18)
SKIPPED = QColor("#8a8f94")  # the report table's rows of what never ran
TEXT = QColor("#222222")

ROW_HEIGHT = 26  # pixels per chart row in exported images
MIN_ROWS = 6  # rows' height an exported chart has at the least
CHART_WIDTH = 1600


class TimeOfDayAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no types
    """Times of day (seconds since midnight) labelled ``14:10``, at whole-minute steps."""

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        step, ticks = time_axis_ticks(low, high, int(size / 80))  # a label every 80 px or more
        return [(float(step), ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_time_of_day(round(value) // 60 * 60) for value in values]


def _short(text: str, limit: int = 26) -> str:
    text = " ".join(text.replace("“", "").replace("”", "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _style(plot: pg.PlotWidget, font: QFont) -> None:
    """White background, dark text in the shipped font: readable on screen and on paper."""
    plot.setBackground("w")
    item = plot.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(TEXT))
        axis.setTextPen(pg.mkPen(TEXT))
        axis.setStyle(tickFont=font)
        axis.label.setFont(font)
    item.titleLabel.item.setFont(font)
    item.setMenuEnabled(False)
    item.hideButtons()


def _title(item: pg.PlotItem, text: str) -> None:
    item.setTitle(text, color=TEXT.name(), size="13pt", bold=True)


LEGEND_ROOM = 34  # px under the time axis for the legend's one row


def _legend(
    plot: pg.PlotWidget,
    entries: Sequence[tuple[QColor | QPen, str]],
    font: QFont,
) -> pg.LegendItem:
    """One row under the chart, outside the bars (inside, it covered some): a square of
    each colour, or a short line for the end lines (a pen), and what it stands for."""
    item = plot.getPlotItem()
    legend = pg.LegendItem(labelTextColor=TEXT, colCount=len(entries))
    legend.setParentItem(item)
    legend.anchor(itemPos=(0, 1), parentPos=(0, 1), offset=(10, -2))
    legend.setBrush(pg.mkBrush(255, 255, 255, 230))
    for style, name in entries:
        if isinstance(style, QPen):
            sample = pg.PlotDataItem([0, 1], [0, 0], pen=style)
        else:
            sample = pg.ScatterPlotItem(size=13, symbol="s", brush=style, pen=pg.mkPen(style))
        legend.addItem(sample, name)
    for _, label in legend.items:
        label.item.setFont(font)
    left, top, right, bottom = item.layout.getContentsMargins()
    item.layout.setContentsMargins(left, top, right, bottom + LEGEND_ROOM)
    return legend


class _RowChart(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph has no types
    """A chart with one row per item or turn, items first in their group, top to bottom."""

    def __init__(self, report: Report, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self.report = report
        # A phase's row adds up its turns' rows, which the chart draws already.
        self.rows = [row for row in report.rows if row.kind is not RowKind.PHASE]
        self.font_ = ui_font(10)
        _style(self, self.font_)
        item = self.getPlotItem()
        item.invertY(True)
        item.setMouseEnabled(x=True, y=False)
        ticks = [(float(i), self.row_label(row)) for i, row in enumerate(self.rows)]
        axis = item.getAxis("left")
        axis.setTicks([ticks, []])
        # pyqtgraph widens an axis for its labels only after a first paint: too late for
        # an image rendered in one pass, so the width is set from the labels.
        metrics = QFontMetrics(self.font_)
        axis.setWidth(max((metrics.horizontalAdvance(t) for _, t in ticks), default=40) + 18)
        item.setYRange(-0.7, len(self.rows) - 0.3, padding=0)
        self.no_data: pg.TextItem | None = None  # the line saying there is nothing yet
        self._bands()

    def row_label(self, row: Row) -> str:
        if row.kind is RowKind.ITEM:
            title = f"{row.part} {row.title}" if row.part else row.title
            return f"{row.number}. {_short(title)}"
        if row.phase is PhaseKind.DISCUSSION and not row.title:
            name = self.tr("Discussion")
        elif row.phase in (PhaseKind.PRESENTATION, PhaseKind.MAIN) or row.who or row.title:
            name = _short(row.who or row.title or self.tr("Presentation"), 16)
        else:
            name = phase_title(Phase(row.phase), current_language())
        return f"{row.number}  {name}"

    def _bands(self) -> None:
        """A light band behind each session and its turns, so the nesting shows."""
        start = None
        for index, row in enumerate([*self.rows, None]):
            if row is None or row.kind is RowKind.ITEM:
                if start is not None and index - start > 1:
                    band = pg.LinearRegionItem(
                        (start - 0.5, index - 0.5),
                        orientation="horizontal",
                        movable=False,
                        brush=pg.mkBrush(GROUP_BAND),
                        pen=pg.mkPen(None),
                    )
                    band.setZValue(-10)
                    self.addItem(band)
                start = index

    def export_size(self) -> tuple[int, int]:
        # Never so low that the rows crowd; the legend has its own room under the axis.
        return CHART_WIDTH, ROW_HEIGHT * max(len(self.rows), MIN_ROWS) + 150 + LEGEND_ROOM


def _add_bars(
    plot: pg.PlotWidget,
    x0: Sequence[float],
    y: Sequence[float],
    width: Sequence[float],
    height: float,
    colours: Sequence[QColor],
    outline: QColor | None = None,
) -> None:
    """Bars on ``plot``; none at all when there are none (pyqtgraph fails on no bars)."""
    if not colours:
        return
    plot.addItem(
        pg.BarGraphItem(
            x0=list(x0),
            y=list(y),
            width=list(width),
            height=height,
            brushes=[pg.mkBrush(c) for c in colours],
            pens=[pg.mkPen(outline or c) for c in colours],
        )
    )


def _say(plot: pg.PlotWidget, text: str, x: float, y: float) -> pg.TextItem:
    """A line on a chart at ``(x, y)``, centred and boxed: why the chart has nothing to show."""
    item = pg.TextItem(
        text,
        color=TEXT,
        anchor=(0.5, 0.5),
        fill=pg.mkBrush(255, 255, 255, 235),
        border=pg.mkPen(PLANNED_LINE),
    )
    item.setFont(ui_font(13))
    item.setPos(x, y)
    plot.addItem(item)
    return item


def _is_over(row: Row) -> bool:
    over = row.over_under
    return over is not None and over > TOLERANCE


class TimelineChart(_RowChart):
    """Planned (grey, above) against actual (colour, below) for every item and turn."""

    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(report, parent, axisItems={"bottom": TimeOfDayAxis("bottom")})
        item = self.getPlotItem()
        _title(item, self.tr("Planned and actual times"))
        item.setLabel("bottom", self.tr("Time of day"))
        item.showGrid(x=True, y=False, alpha=0.25)
        planned = [(i, r) for i, r in enumerate(self.rows)]
        _add_bars(
            self,
            [r.planned_start for _, r in planned],
            [i - 0.17 for i, _ in planned],
            [r.planned_duration for _, r in planned],
            0.3,
            [PLANNED_FILL] * len(planned),
            PLANNED_LINE,
        )
        actual = [(i, r) for i, r in enumerate(self.rows) if r.actual_start is not None]
        colours = []
        speaker = 0
        for _, row in actual:
            if row.kind is RowKind.ITEM:
                colours.append(ITEM_OVER if _is_over(row) else ITEM_ON_TIME)
                speaker = 0
            elif row.phase is PhaseKind.DISCUSSION:
                colours.append(TURN_OVER if _is_over(row) else DISCUSSION)
            else:
                colours.append(TURN_OVER if _is_over(row) else TURN_ON_TIME[speaker % 2])
                speaker += 1
        _add_bars(
            self,
            [r.actual_start or 0.0 for _, r in actual],
            [i + 0.17 for i, _ in actual],
            [_actual_length(r) for _, r in actual],
            0.34,
            colours,
        )
        summary = report.summary
        # The end lines are named in the legend: a label beside them covered row labels
        # and bars when the show ended early.
        planned_pen = pg.mkPen(PLANNED_LINE, width=2, style=Qt.PenStyle.DashLine)
        self.addItem(pg.InfiniteLine(summary.planned_end, pen=planned_pen))
        end_lines: list[tuple[QColor | QPen, str]] = [
            (planned_pen, self.tr("planned end {0}").format(clock_text(summary.planned_end)[:5]))
        ]
        if summary.actual_end is not None:
            colour = ITEM_OVER if summary.end_difference > 0 else ITEM_ON_TIME
            ended_pen = pg.mkPen(colour, width=2)
            self.addItem(pg.InfiniteLine(summary.actual_end, pen=ended_pen))
            ended = self.tr("ended {0}").format(clock_text(summary.actual_end)[:5])
            end_lines.append((ended_pen, ended))
        starts = [r.planned_start for r in self.rows] + [
            r.actual_start for r in self.rows if r.actual_start is not None
        ]
        ends = [r.planned_start + r.planned_duration for r in self.rows] + [
            (r.actual_start or 0.0) + _actual_length(r) for _, r in actual
        ]
        if starts:
            item.setXRange(min(starts) - 300, max(ends) + 420, padding=0)
        else:
            item.setXRange(summary.planned_start - 300, summary.planned_end + 420, padding=0)
        if not actual:
            # Above the rows' diagonal, where the first items leave the chart empty.
            low, high = item.viewRange()[0]
            where = (len(self.rows) - 1) / 4 if self.rows else -0.5
            text = self.tr("No data yet: nothing has started.")
            self.no_data = _say(self, text, low + (high - low) * 0.65, where)
        self.legend = _legend(
            self,
            [
                (PLANNED_FILL, self.tr("Planned")),
                (ITEM_ON_TIME, self.tr("Actual, on time or shorter")),
                (ITEM_OVER, self.tr("Actual, over the time given")),
                (TURN_ON_TIME[0], self.tr("Speaker turn")),
                (DISCUSSION, self.tr("Discussion")),
                *end_lines,
            ],
            self.font_,
        )


def _actual_length(row: Row) -> float:
    """How long the bar is: start to end (pauses included) or the length so far."""
    if row.actual_start is not None and row.actual_end is not None:
        return max(0.0, row.actual_end - row.actual_start)
    return row.actual_duration or 0.0


class OverUnderChart(_RowChart):
    """Minutes each item and turn ran over (right, red) or under (left, green) the time
    it was given: the console's Over/under (``Row.over_under``)."""

    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(report, parent)
        item = self.getPlotItem()
        _title(item, self.tr("Over (+) and under (–) the time given"))
        item.setLabel("bottom", self.tr("Minutes"))
        item.showGrid(x=True, y=False, alpha=0.25)
        measured = [
            (i, r, r.over_under / 60)
            for i, r in enumerate(self.rows)
            if r.over_under is not None and abs(r.over_under) > TOLERANCE
        ]
        colours = []
        for _, row, minutes in measured:
            if row.kind is RowKind.ITEM:
                colours.append(ITEM_OVER if minutes > 0 else UNDER)
            else:
                colours.append(TURN_OVER if minutes > 0 else UNDER.lighter(140))
        _add_bars(
            self,
            [min(0.0, m) for _, _, m in measured],
            [i for i, _, _ in measured],
            [abs(m) for _, _, m in measured],
            0.6,
            colours,
        )
        self.addItem(pg.InfiniteLine(0.0, pen=pg.mkPen(TEXT, width=1)))
        for index, row, minutes in measured:
            assert row.over_under is not None
            text = pg.TextItem(
                signed_minutes(row.over_under),
                color=TEXT,
                anchor=(0, 0.5) if minutes > 0 else (1, 0.5),
            )
            text.setFont(self.font_)
            text.setPos(minutes + (0.1 if minutes > 0 else -0.1), index)
            self.addItem(text)
        reach = max([abs(m) for _, _, m in measured], default=1.0)
        item.setXRange(-reach * 1.25, reach * 1.25, padding=0)
        if not measured:
            if any(row.over_under is not None for row in self.rows):
                text = self.tr(
                    "Everything that ran kept to the time it was given (within a second)."
                )
            else:
                text = self.tr("No data yet: nothing has finished.")
            self.no_data = _say(self, text, 0.0, max(len(self.rows) - 1, 0) / 2)


def drift_chart(report: Report) -> DriftChart:
    """The drift over the show (the console's chart, drawn larger): a dot where the
    operator acted, to where the show ended or, unfinished, was heading."""
    chart = DriftChart(point_size=10)
    summary = report.summary
    points = [(p.time_of_day, p.drift / 60) for p in report.drift]
    end = (summary.projected_end, summary.end_difference / 60) if points else None
    chart.seed(points, end)
    chart.marks = [index for index, point in enumerate(report.drift) if point.action]
    chart.set_axis_labels(
        QCoreApplication.translate("DriftChart", "Drift: behind (+) or ahead (–) of plan")
        + " · "
        + QCoreApplication.translate("DriftChart", "Minutes")
    )
    chart.empty_text = QCoreApplication.translate(
        "DriftChart", "No data yet: the show has not started."
    )
    return chart


CHARTS: tuple[tuple[str, Callable[[Report], pg.PlotWidget | DriftChart]], ...] = (
    (TIMELINE_PNG, TimelineChart),
    (OVER_UNDER_PNG, OverUnderChart),
    (DRIFT_PNG, drift_chart),
)


def export_charts(report: Report, folder: str | Path) -> list[Path]:
    """Render each chart to a PNG in ``folder`` at a printable size; nothing is shown."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in CHARTS:
        chart = make(report)
        width, height = chart.export_size()
        chart.resize(width, height)
        path = folder / name
        if not chart.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        chart.deleteLater()
        written.append(path)
    return written
