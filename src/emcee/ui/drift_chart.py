"""A live chart of the programme's drift over the afternoon, and where the end is heading."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from emcee.core.snapshot import ShowState, Snapshot
from emcee.ui.charts import TimeOfDayAxis, pg

SAMPLE_EVERY = 30.0  # seconds between points while the drift holds still
SAMPLE_CHANGE = 15.0  # ... or as soon as it moved this much


class DriftChart(pg.PlotWidget):  # type: ignore[misc]
    """Drift in minutes (+ late) over the time of day (seconds since midnight on the x axis);
    a dashed line to the projected end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": TimeOfDayAxis("bottom")})
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

    def set_axis_labels(self, drift: str) -> None:
        self.setLabel("left", drift)

    def add(self, snapshot: Snapshot) -> None:
        """Take a snapshot's drift; redraws only when a point or the projection changed."""
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
                self.curve.setData(self.times, self.drifts)
        self._project(snapshot)

    def _project(self, snapshot: Snapshot) -> None:
        if not self.times:
            return
        end = snapshot.projected_end
        end_drift = (snapshot.projected_end - snapshot.planned_end) / 60
        projection = (round(end), round(end_drift, 2), round(self.times[-1]))
        if projection == self._last_projection:
            return
        self._last_projection = projection
        self.projection.setData([self.times[-1], end], [self.drifts[-1], end_drift])
        self.end_marker.setData([end], [end_drift])
        self.setXRange(min(self.times[0], end - 900), max(end, self.times[-1]) + 360)
        # At least a minute either way, so that being on time is a flat line, not noise.
        low = min(-1.0, end_drift, *self.drifts)
        high = max(1.0, end_drift, *self.drifts)
        self.setYRange(low, high, padding=0.1)
