"""Pieces shared by emcee's charts (pyqtgraph): the console's drift chart and the report."""

from __future__ import annotations

import math
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # pyqtgraph must use PySide6

import pyqtgraph as pg

from emcee.core.timefmt import format_time_of_day

# pg is re-exported: charts import it from here, after the binding was chosen.
__all__ = ["TimeOfDayAxis", "pg"]


class TimeOfDayAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no types
    """Times of day (seconds since midnight) labelled ``14:10``, at whole-minute steps."""

    STEPS = (60, 120, 300, 600, 900, 1800, 3600, 7200)

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        span = max(high - low, 1.0)
        wanted = max(2, int(size / 80))  # a label every 80 px or more
        step = next((s for s in self.STEPS if span / s <= wanted), self.STEPS[-1])
        first = math.ceil(low / step) * step
        count = int((high - first) // step) + 1
        return [(float(step), [first + i * step for i in range(max(0, count))])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_time_of_day(round(value) // 60 * 60) for value in values]
