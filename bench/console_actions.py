"""A key pressed on the console to its answer painted, on the reference event and big agendas.

    python bench/console_actions.py                          # reference event only
    python bench/console_actions.py --agenda bench/results/big.toml --repeats 40

Offscreen, in-process, the real console (agenda tree, timer panel, status, drift chart,
presenter preview) on a fake clock, the show running on the middle session's fourth
speaker (Part 3 in the reference event). Each figure is one key typed into the agenda
tree's window (→ next / ← previous, + / - a minute, Space pause / resume, each pair
undoing the other) until every event it caused, the repaint included, has been handled; and the
console's share of a tick (a new second while the turn runs). Prints median, p99 and
max in milliseconds per agenda; the reference event is measured first, as the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

KEYS = {"→ / ←": ("Key_Right", "Key_Left"), "+ / -": ("Key_Plus", "Key_Minus")}
KEYS["Space"] = ("Key_Space", "Key_Space")


def figures(samples: list[float]) -> tuple[float, float, float]:
    samples = sorted(samples)
    p99 = samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))]
    return statistics.median(samples), p99, samples[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agenda", type=Path, action="append", default=[])
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from emcee import resources
    from emcee.core.agenda.file import load
    from emcee.core.clock import FakeClock
    from emcee.ui.console import ConsoleWindow
    from emcee.ui.controller import ShowController
    from emcee.ui.fonts import register_fonts
    from engine import middle_session

    _app = QApplication.instance() or QApplication([sys.argv[0]])
    register_fonts()
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / "emcee-bench-console"
    folder.mkdir(parents=True, exist_ok=True)
    agendas = [
        ("reference event", resources.reference_agenda()),
        *[(str(p), p) for p in args.agenda],
    ]
    print(f"{'agenda':<34}{'key':<8}{'median':>9}{'p99':>9}{'max':>9}  (ms)")
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name, path in agendas:
        results[name] = {}
        schedule = load(path)[1]
        day = dt.datetime(2023, 6, 23, tzinfo=dt.UTC)
        clock = FakeClock(day + dt.timedelta(seconds=schedule.start))
        controller = ShowController(schedule, clock)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.clear()
        console = ConsoleWindow(controller, settings=settings)
        console.cues.muted = True
        console.files.autosave.path = folder / "draft.json"
        console.resize(1600, 1000)
        console.show()
        controller.begin()
        turns = controller.show.item_segments[middle_session(controller.show)]
        controller.jump(turns.start + min(3, len(turns) - 1))
        controller.start()
        clock.advance(20)
        controller.tick()
        console.tree.setFocus()
        window = console.windowHandle()

        def settle() -> None:
            for _ in range(3):
                QCoreApplication.processEvents()

        settle()
        for label, (first, second) in KEYS.items():
            samples = []
            for repeat in range(args.repeats):
                key = getattr(Qt.Key, first if repeat % 2 == 0 else second)
                clock.advance(0.5)  # past the repeat guard (keys/repeat_ignored_ms): a new press
                actions = len(controller.show.history)
                started = time.perf_counter()
                QTest.keyClick(window, key)  # where a real key enters: the window
                settle()
                samples.append((time.perf_counter() - started) * 1000)
                if len(controller.show.history) != actions + 1:
                    raise RuntimeError(f"{label}: the key did not reach the show")
            median, p99, worst = figures(samples)
            results[name][label] = {"median": median, "p99": p99, "max": worst}
            print(f"{name[-33:]:<34}{label:<8}{median:>9.1f}{p99:>9.1f}{worst:>9.1f}")
        ticks = []
        for _ in range(args.repeats):
            clock.advance(1.0)
            started = time.perf_counter()
            controller.tick()
            settle()
            ticks.append((time.perf_counter() - started) * 1000)
        median, p99, worst = figures(ticks)
        results[name]["tick"] = {"median": median, "p99": p99, "max": worst}
        print(f"{name[-33:]:<34}{'tick':<8}{median:>9.1f}{p99:>9.1f}{worst:>9.1f}")
        console.files.autosave.discard()
        console.files.may_discard = lambda: True  # type: ignore[method-assign]
        console.confirm = lambda title, text: True  # type: ignore[method-assign]
        controller.end()
        console.close()
        console.deleteLater()
        settle()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
