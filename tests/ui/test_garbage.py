"""Reference cycles holding Qt objects are freed in the Qt thread, never in the network
server's, however busy it is (ui/garbage.py says why it matters)."""

from __future__ import annotations

import gc
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.exceptions import TimeoutError as WaitTimeout

from emcee.net.roles import Role
from emcee.ui.garbage import collect_if_due, collect_in_the_qt_thread
from tests.ui.sharing_kit import console
from tests.ui.test_sharing import open_from

__all__ = ["console"]  # the fixture, from sharing_kit


class Cyclic(QObject):
    """A Qt object in a reference cycle, with a running timer, as a closed dialog is."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self
        self.timer = QTimer(self)
        self.timer.start(60_000)


@pytest.fixture
def handed_over():
    collect_in_the_qt_thread()
    yield
    gc.enable()


def test_collections_follow_pythons_thresholds(handed_over):
    gc.collect()
    assert collect_if_due() is None  # nothing allocated yet
    garbage = [[index] for index in range(gc.get_threshold()[0] + 10)]
    assert collect_if_due() == 0
    assert gc.get_count()[0] < 10
    del garbage
    gc.enable()
    assert collect_if_due() is None  # the automatic collector is on: it does the work


def test_cycles_are_freed_in_the_qt_thread_while_pages_come_and_go(handed_over, console, qtbot):
    qt_thread = threading.get_ident()
    panel = console.share.panel()
    panel.start()
    sharing = panel.sharing
    collected_in: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collected_in.append(threading.get_ident())

    gc.callbacks.append(record)
    try:
        for _ in range(20):
            Cyclic()  # garbage at once, for the collector to find

        def pages() -> list[list[int]]:  # phones opening the programme, allocating
            for _ in range(60):
                open_from(sharing, Role.PROGRAMME, "127.0.0.1")
            # Objects that stay (a server's buffers): past Python's threshold for sure,
            # which would start a collection in this thread if the collector were automatic.
            return [[index] for index in range(3 * gc.get_threshold()[0])]

        with ThreadPoolExecutor(1) as pool:  # the console's thread runs its loop meanwhile
            opening = pool.submit(pages)
            qtbot.waitUntil(opening.done, timeout=60_000)
            kept = opening.result()
            # The next tick collects, in this thread.
            try:
                qtbot.waitUntil(lambda: bool(collected_in), timeout=5_000)
            except WaitTimeout:
                pytest.fail(
                    f"no collection: automatic {gc.isenabled()}, counts {gc.get_count()}, "
                    f"tick armed {console.controller._timer.isActive()}"
                )
        del kept
    finally:
        gc.callbacks.remove(record)
    assert set(collected_in) == {qt_thread}
    # Alone, the Qt objects are freed by then; in the whole suite another test's leftovers
    # may still hold some, so that is not asserted.
