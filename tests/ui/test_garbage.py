"""Reference cycles holding Qt objects are freed in the Qt thread, never in the network
server's, however busy it is (ui/garbage.py says why it matters)."""

from __future__ import annotations

import gc
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QObject, QTimer

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
            # Then a server keeping what it allocates, until a collection comes. Python
            # counts allocations minus frees, and the objects of earlier tests freed
            # meanwhile lower the count, so no fixed number is surely enough.
            kept: list[list[int]] = []
            deadline = time.monotonic() + 20
            while not collected_in and time.monotonic() < deadline:
                kept.extend([index] for index in range(1000))
                time.sleep(0.01)  # the console's thread runs meanwhile
            return kept

        with ThreadPoolExecutor(1) as pool:  # the console's thread runs its loop meanwhile
            opening = pool.submit(pages)
            qtbot.waitUntil(opening.done, timeout=60_000)
            kept = opening.result()
        del kept
    finally:
        gc.callbacks.remove(record)
    assert collected_in, f"no collection: automatic {gc.isenabled()}, counts {gc.get_count()}"
    assert set(collected_in) == {qt_thread}
    # (The Qt objects above are freed by that collection; whether anything else freed is
    # a Qt object depends on what earlier tests left, so it is not counted here.)
