"""Python's reference cycles are collected in the Qt thread, right after a tick.

Left to itself, Python collects cycles in whichever thread happens to allocate when a
threshold is crossed: with the show shared, that is often the network server's thread.
A cycle holding Qt objects (a closed dialog, a replaced presenter screen) freed there
deletes QObjects outside their thread: their timers stay registered, and the next one to
fire reads freed memory (the test suite crashed that way, SIGSEGV in
QTimerInfoList::activateTimers). So the program hands the collector over: automatic
collection is off, and the controller's tick, which runs once a second in the Qt thread
whatever the show does, collects on Python's own thresholds after the second is shown.
"""

from __future__ import annotations

import gc


def collect_in_the_qt_thread() -> None:
    """From now on cycles are collected only by ``collect_if_due``, from the Qt thread."""
    gc.disable()


def collect_if_due() -> int | None:
    """Collect the generation Python would have collected by now; the generation
    collected, or None. Nothing while the automatic collector is on (it does the work)."""
    if gc.isenabled():
        return None
    young, middle, old = gc.get_count()
    young_limit, middle_limit, old_limit = gc.get_threshold()
    if young < young_limit:
        return None
    generation = 2 if old >= old_limit else 1 if middle >= middle_limit else 0
    gc.collect(generation)
    return generation
