"""Key press on the console to the new picture painted on the presenter window.

    python bench/presenter_latency.py                # offscreen, and xcb when DISPLAY is set
    python bench/presenter_latency.py --repeats 500

In-process, on the reference event (Part 3 running on the system clock): a key event is
sent to a console stand-in whose Right/Left keys call ``controller.next()`` /
``controller.previous()`` (a new speaker each time), and the time is taken when the
presenter window's paintEvent has drawn the new picture. Also the same from a direct
``controller.next()`` call. Prints median, p99 and max against one 60 Hz frame (16.7 ms).
Each platform runs in its own process (Qt picks the platform once).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

FRAME_MS = 1000 / 60


def child(platform: str, repeats: int) -> dict[str, object]:
    os.environ["QT_QPA_PLATFORM"] = platform
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from emcee import resources
    from emcee.core.agenda.file import load
    from emcee.ui.controller import ShowController
    from emcee.ui.fonts import register_fonts
    from emcee.ui.presenter.picture import Picture
    from emcee.ui.presenter.view import PresenterFeed, PresenterWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    register_fonts()
    controller = ShowController(load(resources.reference_agenda())[1])
    first = controller.show.item_segments[6].start  # Part 3's first speaker
    controller.jump(first)
    controller.start()
    controller.begin()

    class Console(QWidget):
        def keyPressEvent(self, event: QKeyEvent) -> None:
            if event.key() == Qt.Key.Key_Right:
                controller.next()
            elif event.key() == Qt.Key.Key_Left:
                controller.previous()

    console = Console()
    console.resize(400, 300)
    console.show()
    window = PresenterWindow(PresenterFeed(controller))
    window.resize(1920, 1080)
    window.show()
    painted: list[tuple[float, Picture]] = []
    window.painted.connect(lambda picture: painted.append((time.perf_counter(), picture)))

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def one(action: object) -> float:
        before = window.picture
        painted.clear()
        start = time.perf_counter()
        action()  # type: ignore[operator]
        deadline = start + 1.0
        while time.perf_counter() < deadline:
            QCoreApplication.processEvents()
            if any(picture is not before for _, picture in painted):
                break
        after = [at for at, picture in painted if picture is not before]
        if not after:
            raise RuntimeError("no new picture painted within 1 s")
        return (after[0] - start) * 1000

    settle(0.5)
    results: dict[str, object] = {"platform": app.platformName()}
    for name, actions in {
        "key": (
            lambda: QTest.keyClick(console, Qt.Key.Key_Right),
            lambda: QTest.keyClick(console, Qt.Key.Key_Left),
        ),
        "action": (controller.next, controller.previous),
    }.items():
        samples = []
        for repeat in range(repeats):
            samples.append(one(actions[repeat % 2]))
            settle(0.01)  # let ticks and the window system catch up, as between real presses
        samples.sort()
        results[name] = {
            "median": statistics.median(samples),
            "p99": samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))],
            "max": samples[-1],
            "n": len(samples),
        }
    controller.stop()
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=300)
    parser.add_argument("--child", metavar="PLATFORM", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.repeats)))
        return 0
    platforms = ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    print(
        f"key/action -> new picture painted on the presenter window (1920x1080), ms; "
        f"target one 60 Hz frame = {FRAME_MS:.1f} ms"
    )
    print(f"{'platform':<10} {'path':<7} {'n':>5} {'median':>8} {'p99':>8} {'max':>8}")
    for platform in platforms:
        result = subprocess.run(
            [sys.executable, __file__, "--child", platform, "--repeats", str(args.repeats)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            print(f"{platform:<10} failed: {result.stderr.strip()[-500:]}")
            continue
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        for path in ("key", "action"):
            f = figures[path]
            verdict = "ok" if f["max"] <= FRAME_MS else "over a frame"
            print(
                f"{platform:<10} {path:<7} {f['n']:>5} {f['median']:>8.2f} {f['p99']:>8.2f} "
                f"{f['max']:>8.2f}  {verdict}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
