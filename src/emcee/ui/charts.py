"""Pieces shared by emcee's charts (pyqtgraph): the console's drift chart and the report."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # pyqtgraph must use PySide6

import pyqtgraph as pg

from emcee.core.timefmt import format_time_of_day, time_axis_ticks

# pg is re-exported: charts import it from here, after the binding was chosen.
__all__ = ["TimeOfDayAxis", "pg"]


class TimeOfDayAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no types
    """Times of day (seconds since midnight) labelled ``14:10``, at whole-minute steps."""

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        step, ticks = time_axis_ticks(low, high, int(size / 80))  # a label every 80 px or more
        return [(float(step), ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_time_of_day(round(value) // 60 * 60) for value in values]
