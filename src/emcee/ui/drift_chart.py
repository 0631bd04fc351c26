"""A live chart of the programme's drift over the afternoon, and where the end is heading."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # pyqtgraph must use PySide6

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from emcee.core.snapshot import ShowState, Snapshot
from emcee.core.timefmt import format_time_of_day

SAMPLE_EVERY = 30.0  # seconds between points while the drift holds still
SAMPLE_CHANGE = 15.0  # ... or as soon as it moved this much


class TimeOfDayAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """An x axis in hours since midnight, labelled HH:MM."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_time_of_day(round(v * 3600) // 60 * 60) for v in values]


class DriftChart(pg.PlotWidget):  # type: ignore[misc]
    """Drift in minutes (+ late) over the time of day; a dashed line to the projected end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": TimeOfDayAxis(orientation="bottom")})
        self.setBackground("w")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.25)
        self.getAxis("left").enableAutoSIPrefix(False)  # minutes, never "x0.001"
        self.addLine(y=0, pen=pg.mkPen("#9e9e9e", width=1))
        self.curve = self.plot([], [], pen=pg.mkPen("#c62828", width=2))
        self.projection = self.plot(
            [], [], pen=pg.mkPen("#c62828", width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.end_marker = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#1565c0"), pen=None)
        self.addItem(self.end_marker)
        self.times: list[float] = []
        self.drifts: list[float] = []
        self._last_projection: tuple[float, float, float] | None = None
        self.setMinimumHeight(120)

    def set_axis_labels(self, drift: str) -> None:
        self.setLabel("left", drift)

    def add(self, snapshot: Snapshot) -> None:
        """Take a snapshot's drift; redraws only when a point or the projection changed."""
        if snapshot.state in (ShowState.RUNNING, ShowState.PAUSED, ShowState.ENDED):
            hour = snapshot.time_of_day / 3600
            drift = snapshot.drift / 60
            if (
                not self.times
                or hour - self.times[-1] >= SAMPLE_EVERY / 3600
                or abs(drift - self.drifts[-1]) >= SAMPLE_CHANGE / 60
            ):
                self.times.append(hour)
                self.drifts.append(drift)
                self.curve.setData(self.times, self.drifts)
        self._project(snapshot)

    def _project(self, snapshot: Snapshot) -> None:
        if not self.times:
            return
        end_hour = snapshot.projected_end / 3600
        end_drift = (snapshot.projected_end - snapshot.planned_end) / 60
        projection = (round(end_hour, 3), round(end_drift, 2), round(self.times[-1], 3))
        if projection == self._last_projection:
            return
        self._last_projection = projection
        self.projection.setData([self.times[-1], end_hour], [self.drifts[-1], end_drift])
        self.end_marker.setData([end_hour], [end_drift])
        self.setXRange(min(self.times[0], end_hour - 0.25), max(end_hour, self.times[-1]) + 0.1)
