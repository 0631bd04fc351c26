"""Sharing the show with many pages: fan-out latency, CPU, and the console's own flips.

    python bench/net_fanout.py                      # 0, 1, 50 and 300 pages, 60 s each
    python bench/net_fanout.py --clients 300 --seconds 120 --json out.json

Each run is a fresh process with the real program (``emcee.app.open_console`` with
``share="loopback"``: console, presenter window, journal, the server), the built-in event
running on Part 3's first speaker on the system clock. A second process holds N pages:
WebSocket clients on the moderator's view that behave as its pages do (a ping a second)
and timestamp every state they receive. Every 2 s the program sends the moderator a new
cue (a change of state that leaves the presenter screen as it is, so its flips are
measured on the timer), stamped with CLOCK_MONOTONIC (one clock for both processes) just
before the change is made.

- fan-out latency: from the change to each page's receipt of the new state, every page;
- CPU-s per minute of the program (all threads: the console's and the server's);
- the presenter screen's second flips, measured as bench/live.py does, to compare with
  the run without pages (``--clients 0``: sharing on, nobody connected).

Loopback pages all come from one address; the program is allowed as many from it as
the run has pages (venue phones come from as many addresses). Linux only. Not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from live import rss_bytes, summary, usage

WARM_UP_S = 5.0
CHANGE_EVERY_S = 2.0
MARK = "bench "


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


# --- the program ------------------------------------------------------------------------


def program(seconds: float, clients: int) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QTimer

    import emcee.ui.sharing
    from emcee.app import create_application, open_console
    from emcee.net.server import Limits, ShareServer
    from emcee.ui.presenter import Picture

    # Loopback pages share one address: allow them all (and the connections in all).
    allowed = Limits(connections=clients + 64, per_address=clients + 16)

    def with_limits(*args: Any, **kwargs: Any) -> ShareServer:
        return ShareServer(*args, limits=allowed, **kwargs)

    emcee.ui.sharing.ShareServer = with_limits  # type: ignore[misc,assignment]
    app = create_application("ko")
    console = open_console(None, share="loopback")
    controller = console.controller
    assert console.presenter is not None
    window = console.presenter.window
    if not window.isFullScreen():
        window.resize(1920, 1080)
    controller.jump(controller.show.item_segments[6].start)
    controller.start()
    current = controller.show.snapshot().current
    assert current is not None
    turn_end = time.monotonic() + current.remaining
    lags: list[float] = []
    measuring = False
    last_digits = window.picture.digits

    def on_paint(picture: Picture) -> None:
        nonlocal last_digits
        painted_at = time.monotonic()
        if picture.digits == last_digits:
            return
        last_digits = picture.digits
        if measuring:
            remaining = turn_end - painted_at
            lags.append((math.ceil(remaining) - remaining) * 1000)

    window.painted.connect(on_paint)
    sharing = console.share.panel().sharing
    changes = QTimer()
    changes.timeout.connect(lambda: sharing.send_cue(f"{MARK}{now():.6f}"))
    start: dict[str, Any] = {}

    def begin() -> None:
        nonlocal measuring
        measuring = True
        start["at"] = time.monotonic()
        start["usage"] = usage()
        changes.start(int(CHANGE_EVERY_S * 1000))

    def finish() -> None:
        start["elapsed"] = time.monotonic() - start["at"]
        start["cpu"] = usage()[0] - start["usage"][0]
        QCoreApplication.exit(0)

    QTimer.singleShot(int(WARM_UP_S * 1000), begin)
    QTimer.singleShot(int((WARM_UP_S + seconds) * 1000), finish)
    app.exec()
    changes.stop()
    controller.stop()
    return {
        "seconds": start["elapsed"],
        "flip_lag_ms": summary(lags),
        "cpu_s_per_min": start["cpu"] / start["elapsed"] * 60,
        "rss_mb": rss_bytes() / 2**20,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


# --- the pages --------------------------------------------------------------------------


async def one_page(url: str, until: float, latencies: list[float], opened: list[int]) -> None:
    from websockets.asyncio.client import connect

    async with connect(url, max_size=2**20, compression=None) as socket:
        opened.append(1)

        async def pinging() -> None:
            while True:
                await socket.send(json.dumps({"type": "ping", "c": now()}))
                await asyncio.sleep(1.0)

        pinger = asyncio.create_task(pinging())
        try:
            while now() < until:
                try:
                    text = await asyncio.wait_for(socket.recv(), timeout=until - now())
                except TimeoutError:
                    break
                arrived = now()
                message = json.loads(text)
                if message["type"] != "state":
                    continue
                cue = message["state"].get("cue")
                shown = cue["text"] if cue else ""
                if shown.startswith(MARK):
                    latencies.append((arrived - float(shown[len(MARK) :])) * 1000)
        finally:
            pinger.cancel()


async def pages(urls: list[str], count: int, seconds: float) -> dict[str, Any]:
    until = now() + seconds
    latencies: list[float] = []
    opened: list[int] = []
    tasks = []
    for index in range(count):
        tasks.append(
            asyncio.create_task(one_page(urls[index % len(urls)], until, latencies, opened))
        )
        if index % 25 == 24:
            await asyncio.sleep(0.05)  # not all in the same millisecond: phones never do
    results = await asyncio.gather(*tasks, return_exceptions=True)
    failed = [repr(r) for r in results if isinstance(r, BaseException)]
    return {
        "opened": len(opened),
        "failed": failed[:5],
        "latency_ms": summary(latencies),
        "worst_ms": sorted(latencies)[-10:],
    }


# --- the run ----------------------------------------------------------------------------


def run_one(clients: int, seconds: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="emcee-bench-") as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            XDG_CONFIG_HOME=str(Path(home, "config")),
            XDG_DATA_HOME=str(Path(home, "data")),
        )
        child = subprocess.Popen(
            [sys.executable, __file__, "--program", str(clients), "--seconds", str(seconds)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        urls = []
        while len(urls) < 5:
            line = child.stdout.readline()
            if not line:
                raise RuntimeError("the program stopped before it printed its links")
            name, _, url = line.strip().partition(" ")
            if name in ("stage", "moderator", "backstage", "programme", "clock"):
                urls.append(url)
        sockets = [urls[1].replace("http://", "ws://").replace("/moderator?", "/ws?")]
        measured = {"opened": 0, "failed": [], "latency_ms": {"n": 0}}
        if clients:
            measured = asyncio.run(pages(sockets, clients, WARM_UP_S + seconds - 1))
        output, _ = child.communicate(timeout=seconds + 60)
    figures: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return {"clients": clients, **measured, **figures}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", default="0,1,50,300")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--program", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.program is not None:
        print(json.dumps(program(args.seconds, args.program)), flush=True)
        return 0
    print(
        f"{args.seconds:.0f} s per run after {WARM_UP_S:.0f} s; a change every {CHANGE_EVERY_S} s"
    )
    print(
        f"{'pages':>5} {'open':>5} {'received':>8} {'median':>7} {'p99':>7} {'max':>7} ms"
        f" {'flip med':>8} {'p99':>6} ms {'CPU-s/m':>8} {'RSS MB':>7}"
    )
    results = []
    for clients in (int(c) for c in args.clients.split(",")):
        f = run_one(clients, args.seconds)
        lat, flip = f["latency_ms"], f["flip_lag_ms"]
        fan = (
            f"{lat['n']:>8} {lat['median']:>7.1f} {lat['p99']:>7.1f} {lat['max']:>7.1f}"
            if lat["n"]
            else f"{'-':>8} {'-':>7} {'-':>7} {'-':>7}"
        )
        print(
            f"{clients:>5} {f['opened']:>5} {fan}    {flip['median']:>8.2f} {flip['p99']:>6.2f}"
            f"    {f['cpu_s_per_min']:>8.2f} {f['rss_mb']:>7.1f}",
            flush=True,
        )
        if f["failed"]:
            print(f"      pages that failed: {f['failed']}")
        results.append(f)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
