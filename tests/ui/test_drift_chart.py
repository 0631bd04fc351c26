"""The console's drift chart: points while the show runs, a dashed line to the projected end."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QImage

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.clock import FakeClock
from emcee.ui.controller import ShowController
from emcee.ui.drift_chart import END, LINE, SAMPLE_EVERY, DriftChart


def colours(image: QImage) -> set[str]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
    }


def test_the_chart_samples_the_drift_and_draws_the_line_and_the_end(qtbot):
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    chart = DriftChart()
    qtbot.addWidget(chart)
    chart.resize(320, 220)
    chart.set_axis_labels("Drift (min, + late)")
    chart.add(controller.snapshot)  # not started: nothing to draw
    assert chart.times == [] and chart.ranges() is None
    assert LINE.name() not in colours(chart.grab().toImage())
    controller.start()
    for _ in range(91):
        clock.advance(1)
        controller.tick()
        chart.add(controller.snapshot)
    # A point at the first tick, then one every SAMPLE_EVERY seconds while the drift holds.
    assert len(chart.times) == 1 + int(90 // SAMPLE_EVERY)
    assert chart.times[1] - chart.times[0] == SAMPLE_EVERY
    # Registration closes early: the opening starts 28.5 minutes before its planned 13:30.
    controller.next()
    snapshot = controller.snapshot
    chart.add(snapshot)
    assert chart.drifts[-1] == snapshot.drift / 60 < -28  # a new point at once
    end_drift = (snapshot.projected_end - snapshot.planned_end) / 60
    assert chart.end == (round(snapshot.projected_end), round(end_drift, 2))
    left, right, bottom, top = chart.ranges()
    assert left <= chart.times[0] and right > chart.end[0] and bottom < chart.end[1] < top
    seen = colours(chart.grab().toImage())
    assert LINE.name() in seen and END.name() in seen
    chart.clear()
    assert chart.times == [] and chart.end is None
