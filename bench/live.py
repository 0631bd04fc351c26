"""A running show as the operator runs it: second-flip lag, CPU, wake-ups and memory.

    python bench/live.py                          # 60 s per mode, offscreen (+ xcb if DISPLAY)
    python bench/live.py --seconds 600 --modes emcee          # ten minutes: memory growth
    python bench/live.py --platforms xcb --json out.json

Each run is a fresh process that opens the real program (``emcee.app.open_console``: the
console, the presenter window, the journal) on the built-in event, starts it on Part 3's
first speaker with the system clock, and measures after a short warm-up:

- flip lag: for every change of the presenter screen's big digits, the time from the true
  second boundary to the end of the paint that shows the new digits. The boundary is
  computed independently of the tick timers: the turn's end time is read once when the
  show starts (monotonic), and a countdown changes face exactly when the remaining time
  crosses a whole second. A second whose face never reached the screen counts as skipped;
- CPU-seconds per minute of the whole process (all threads), and wake-ups per second
  (voluntary context switches: each is the process going back to sleep after waking);
- RSS after the warm-up and at the end (growth), the peak RSS, and RSS each minute.

The warm-up is 5 s unless ``--warm-up`` says otherwise: idle, the first two minutes also
hold Qt's own trimming of the caches the start filled (fonts, then pixmaps; timers every
10 to 30 s that stop once trimmed), so ``--modes idle --warm-up 120`` measures the
program left open.

Modes: ``emcee`` as shipped (ticks aimed at the next boundary); ``poll-250`` and ``poll-32``,
the baselines: the same program whose show is polled on a fixed precise timer of 250 ms
(pympress's rate) or 32 ms (Ontime's); ``idle``: the program open, the show not started.
Linux only (reads /proc). Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MODES = ("emcee", "poll-250", "poll-32", "idle")
WARM_UP_S = 5.0


def rss_bytes() -> int:
    """The process's resident set size now."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def usage() -> tuple[float, int]:
    """CPU seconds (user + system, all threads) and voluntary context switches so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime, own.ru_nvcsw


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    if not ordered:
        return {"n": 0}
    return {
        "n": len(ordered),
        "median": statistics.median(ordered),
        "p99": ordered[min(len(ordered) - 1, math.ceil(0.99 * len(ordered)) - 1)],
        "max": ordered[-1],
    }


def child(mode: str, seconds: float, warm_up: float = WARM_UP_S) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from emcee.app import create_application, open_console
    from emcee.ui.presenter import Picture

    app = create_application("ko")
    console = open_console(None)
    controller = console.controller
    assert console.presenter is not None, "the presenter screen did not open"
    # With one screen (offscreen) the presenter window starts hidden: show it, as F5 does,
    # or no flip is painted to measure.
    console.presenter.set_shown(True)
    window = console.presenter.window
    if not window.isFullScreen():
        window.resize(1920, 1080)  # offscreen: the projector's size

    poller = None
    if mode.startswith("poll-"):
        # The baseline: the same program, its show ticked on a fixed timer instead.
        controller._schedule_tick = lambda: None  # type: ignore[method-assign]
        controller.stop()
        poller = QTimer()
        poller.setTimerType(Qt.TimerType.PreciseTimer)
        poller.timeout.connect(controller.tick)
        poller.start(int(mode.removeprefix("poll-")))

    turn_end: float | None = None
    if mode != "idle":
        first = controller.show.item_segments[6].start  # Part 3's first speaker
        controller.jump(first)
        controller.start()
        current = controller.show.snapshot().current
        assert current is not None
        turn_end = time.monotonic() + current.remaining

    lags: list[float] = []
    skipped = 0
    faces: list[int] = []  # the whole seconds of remaining time shown, in order
    measuring = False
    last_digits = window.picture.digits

    def on_paint(picture: Picture) -> None:
        nonlocal last_digits, skipped
        painted_at = time.monotonic()
        if picture.digits == last_digits:
            return  # a repaint of the same face (expose, flash frame, wall clock)
        last_digits = picture.digits
        if turn_end is None or not measuring:
            return
        remaining = turn_end - painted_at
        boundary = math.ceil(remaining)  # the face changed when remaining crossed this
        lags.append((boundary - remaining) * 1000)
        if faces and faces[-1] - boundary > 1:
            skipped += faces[-1] - boundary - 1
        faces.append(boundary)

    window.painted.connect(on_paint)
    start: dict[str, Any] = {}
    timeline: list[float] = []  # RSS each minute of the measured time, MB
    sampler = QTimer()
    sampler.timeout.connect(lambda: timeline.append(rss_bytes() / 2**20))

    def begin_measuring() -> None:
        nonlocal measuring
        measuring = True
        start["at"] = time.monotonic()
        start["usage"] = usage()
        start["rss"] = rss_bytes()
        timeline.append(start["rss"] / 2**20)
        sampler.start(60_000)

    def finish() -> None:
        elapsed = time.monotonic() - start["at"]
        cpu, switches = usage()
        start["elapsed"] = elapsed
        start["cpu"] = cpu - start["usage"][0]
        start["switches"] = switches - start["usage"][1]
        start["rss_end"] = rss_bytes()
        QCoreApplication.exit(0)  # not quit(): that would close the windows (and ask)

    QTimer.singleShot(int(warm_up * 1000), begin_measuring)
    QTimer.singleShot(int((warm_up + seconds) * 1000), finish)
    app.exec()
    controller.stop()
    if poller is not None:
        poller.stop()
    elapsed = start["elapsed"]
    return {
        "mode": mode,
        "platform": app.platformName(),
        "presenter": f"{window.width()}x{window.height()}",
        "seconds": elapsed,
        "flip_lag_ms": summary(lags),
        "skipped_seconds": skipped,
        "cpu_s_per_min": start["cpu"] / elapsed * 60,
        "wakeups_per_s": start["switches"] / elapsed,
        "rss_mb": start["rss_end"] / 2**20,
        "rss_growth_mb": (start["rss_end"] - start["rss"]) / 2**20,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_by_minute_mb": timeline,
    }


def run_one(mode: str, platform: str, seconds: float, warm_up: float = WARM_UP_S) -> dict[str, Any]:
    """One measured run in a fresh process, with its own empty settings and data folders."""
    with tempfile.TemporaryDirectory(prefix="emcee-bench-") as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=platform,
            XDG_CONFIG_HOME=str(Path(home, "config")),
            XDG_DATA_HOME=str(Path(home, "data")),
        )
        command = [sys.executable, __file__, "--child", mode, "--seconds", str(seconds)]
        result = subprocess.run(
            [*command, "--warm-up", str(warm_up)],
            env=env,
            capture_output=True,
            text=True,
            timeout=warm_up + seconds + 60,
        )
    if result.returncode != 0:
        raise RuntimeError(f"{mode} on {platform} failed:\n{result.stderr[-2000:]}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def print_row(f: dict[str, Any]) -> None:
    lag = f["flip_lag_ms"]
    flips = (
        f"{lag['n']:>5} {lag['median']:>7.2f} {lag['p99']:>7.2f} {lag['max']:>7.2f} "
        f"{f['skipped_seconds']:>4}"
        if lag["n"]
        else f"{'-':>5} {'-':>7} {'-':>7} {'-':>7} {'-':>4}"
    )
    print(
        f"{f['platform']:<10} {f['mode']:<9} {flips} {f['cpu_s_per_min']:>8.2f} "
        f"{f['wakeups_per_s']:>7.1f} {f['rss_mb']:>7.1f} {f['rss_growth_mb']:>+7.2f} "
        f"{f['peak_rss_mb']:>7.1f}",
        flush=True,
    )


HEADER = (
    f"{'platform':<10} {'mode':<9} {'flips':>5} {'median':>7} {'p99':>7} {'max':>7} "
    f"{'skip':>4} {'CPU-s/m':>8} {'wake/s':>7} {'RSS MB':>7} {'growth':>7} {'peak':>7}"
)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measured time per run")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--platforms", help="default: offscreen, and xcb when DISPLAY is set")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--warm-up", type=float, default=WARM_UP_S, help="seconds open before measuring"
    )
    parser.add_argument("--child", metavar="MODE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.seconds, args.warm_up)))
        return 0
    platforms = (
        args.platforms.split(",")
        if args.platforms
        else ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    )
    print(f"{args.seconds:.0f} s per run after {args.warm_up:.0f} s warm-up; flip lag in ms")
    print(HEADER)
    results = []
    for platform in platforms:
        for mode in args.modes.split(","):
            figures = run_one(mode, platform, args.seconds, args.warm_up)
            print_row(figures)
            results.append(figures)
            if len(figures["rss_by_minute_mb"]) > 2:
                minutes = " ".join(f"{mb:.1f}" for mb in figures["rss_by_minute_mb"])
                print(f"{'':21}RSS each minute from the warm-up's end, MB: {minutes}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
