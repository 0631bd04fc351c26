"""Remote control against the real program: action latency, CPU, and the long fuzz run.

    python bench/remote_control.py latency               # HTTP, WebSocket, OSC; CPU at 10/s
    python bench/remote_control.py latency --requests 300 --seconds 60 --json out.json
    python bench/remote_control.py fuzz --cases 12000    # malformed and unauthorised

Each run is a fresh process with the real program (``emcee.app.open_console`` with
``share="loopback"``: console, presenter window, journal, the server with OSC on from this
machine), the built-in event on Part 3's first speaker, on the system clock, offscreen.

``latency``: requests sent one after another at 10 a second (add-time +60 and -60 in
turn, so each one changes what the console shows), over HTTP (a new connection each, as
Companion's generic HTTP module does), over the control page's WebSocket, and over OSC.
Latency is from the moment the request is sent (CLOCK_MONOTONIC, the same clock for both
processes) to the moment the console paints the remote line that shows it; the answer's
round trip (which includes the journal's fsync) is printed beside it. The repeat guard is
set to 0 (``share/repeat_gap``) for this run: the same +60 comes back every 0.2 s. CPU is
the program's (all threads) over a minute with sharing on and nothing asked, then over a
minute of 10 requests a second.

``fuzz``: tests/net/remote_fuzz.py's cases (none a valid request: no token, a wrong or a
view's token, or the control token with what is no request), HTTP, socket frames and OSC
packets, against the program paused on a speaker. The program reads them all: its rate
limits are raised for the run (shipped: 20 API requests a second from one address), so
that each case reaches the parsers instead of a 429. Counted: answers by status, cases
without an answer or a reason, and what the show and its journal look like after.
Linux only. Not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))
from live import rss_bytes, summary, usage  # noqa: E402

RATE = 10.0  # requests a second
SAMPLE_EVERY_MS = 250


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


# --- the program --------------------------------------------------------------------------


def program(mode: str, done: Path) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    import emcee.ui.sharing
    from emcee.app import create_application, open_console
    from emcee.net.control import ControlLimits
    from emcee.net.server import Limits
    from emcee.ui.remote_log import RemoteLog

    if mode == "fuzz":  # every case read, none turned away for coming too fast

        def many(repeat_gap: float = 1.0) -> ControlLimits:
            return ControlLimits(rate=1e6, burst=1e6, repeat_gap=repeat_gap)

        def lots(control: ControlLimits) -> Limits:
            return Limits(message_rate=1e4, message_burst=1e4, control=control)

        emcee.ui.sharing.ControlLimits = many  # type: ignore[misc,assignment]
        emcee.ui.sharing.Limits = lots  # type: ignore[misc,assignment]
    app = create_application("ko")
    console = open_console(None, share="loopback")
    controller = console.controller
    controller.jump(controller.show.item_segments[6].start)
    controller.start()
    if mode == "fuzz":
        controller.pause()  # nothing moves by itself: any change is the fuzz's
    sharing = console.share.panel().sharing
    log = console.statusBar().findChild(RemoteLog)
    performed: list[float] = []  # when each remote command was done
    shown: list[float] = []  # when the console's remote line first painted it
    samples: list[tuple[float, float]] = []  # (monotonic, CPU-s)

    def did(_done: object) -> None:
        performed.append(now())

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                at = now()
                while len(shown) < len(performed):
                    shown.append(at)
            return False

    painted = Painted()
    sharing.remote.performed.connect(did)
    log.installEventFilter(painted)
    sampler = QTimer()
    sampler.timeout.connect(lambda: samples.append((now(), usage()[0])))
    sampler.start(SAMPLE_EVERY_MS)
    watcher = QTimer()
    # exit, not quit: quit would close the console, which asks first while a show runs
    watcher.timeout.connect(lambda: done.exists() and QCoreApplication.exit(0))
    watcher.start(100)
    app.exec()
    snapshot = controller.show.snapshot()
    current = snapshot.current
    recorder = console.recorder
    journal = recorder.journal if recorder is not None else None
    controller.stop()
    return {
        "performed": performed,
        "shown": shown,
        "samples": samples,
        "rss_mb": rss_bytes() / 2**20,
        "state": snapshot.state.value,
        "segment": current.segment.index if current else None,
        "remaining": round(current.remaining, 3) if current else None,
        "journal": str(journal.path) if journal is not None and journal.path else "",
    }


def start_program(mode: str, home: Path) -> tuple[subprocess.Popen[str], dict[str, str], Path]:
    config = home / "config" / "emcee"
    config.mkdir(parents=True)
    gap = "0" if mode == "latency" else "1"
    (config / "emcee.conf").write_text(
        f"[share]\nosc=true\nosc_from=127.0.0.1\nrepeat_gap={gap}\nport=0\n"
    )
    done = home / "done"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        HOME=str(home),
    )
    child = subprocess.Popen(
        [sys.executable, __file__, "--program", mode, "--done", str(done)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    urls: dict[str, str] = {}
    while "control" not in urls:
        line = child.stdout.readline()
        if not line:
            raise RuntimeError("the program stopped before it printed its links")
        name, _, url = line.strip().partition(" ")
        urls[name] = url
    return child, urls, done


def finish(child: subprocess.Popen[str], done: Path) -> dict[str, Any]:
    done.touch()
    output, _ = child.communicate(timeout=60)
    figures: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return figures


def cpu_between(samples: list[list[float]], start: float, end: float) -> float:
    """CPU-s per minute between two moments, from the program's samples."""
    inside = [(at, cpu) for at, cpu in samples if start <= at <= end]
    if len(inside) < 2:
        return float("nan")
    (t0, c0), (t1, c1) = inside[0], inside[-1]
    return (c1 - c0) / (t1 - t0) * 60


# --- latency ------------------------------------------------------------------------------


def paced(count: int):
    """Yield ``count`` times, RATE times a second."""
    start = now()
    for index in range(count):
        wait = start + index / RATE - now()
        if wait > 0:
            time.sleep(wait)
        yield index


def http_run(base: str, token: str, count: int) -> list[tuple[float, float, int]]:
    sent = []
    for index in paced(count):
        seconds = 60 if index % 2 == 0 else -60
        request = urllib.request.Request(
            f"{base}/api/v1/add-time?seconds={seconds}",
            headers={"Authorization": f"Bearer {token}"},
        )
        at = now()
        with urllib.request.urlopen(request, timeout=10) as answer:
            answer.read()
            sent.append((at, now(), answer.status))
    return sent


def ws_run(url: str, count: int) -> list[tuple[float, float, int]]:
    from websockets.sync.client import connect

    sent = []
    with connect(url) as ws:
        for index in paced(count):
            seconds = 60 if index % 2 == 0 else -60
            message = {"type": "do", "id": index, "verb": "add-time", "args": {"seconds": seconds}}
            at = now()
            ws.send(json.dumps(message))
            while True:
                reply = json.loads(ws.recv(timeout=10))
                if reply["type"] == "reply" and reply["id"] == index:
                    break
            sent.append((at, now(), 200 if reply["ok"] else reply["status"]))
    return sent


def osc_run(port: int, count: int) -> list[tuple[float, float, int]]:
    from pythonosc.osc_message import OscMessage
    from pythonosc.osc_message_builder import OscMessageBuilder

    sent = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.settimeout(10)
        for index in paced(count):
            builder = OscMessageBuilder("/emcee/add-time")
            builder.add_arg(60 if index % 2 == 0 else -60)
            at = now()
            sender.sendto(builder.build().dgram, ("127.0.0.1", port))
            reply = OscMessage(sender.recv(4096))
            sent.append((at, now(), int(reply.params[1])))
    return sent


def latency(requests: int, seconds: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="emcee-bench-remote-") as home:
        child, urls, done = start_program("latency", Path(home))
        control = urls["control"]
        token = control.split("token=")[1]
        base = control.split("/control?")[0]
        port = int(base.rsplit(":", 1)[1])
        socket_url = base.replace("http://", "ws://") + f"/ws?token={token}"
        time.sleep(3)  # warm-up
        idle = (now(), now() + seconds)
        time.sleep(seconds)
        busy_start = now()
        runs = {"cpu": http_run(base, token, int(seconds * RATE))}
        busy = (busy_start, now())
        runs["HTTP"] = http_run(base, token, requests)
        runs["WebSocket"] = ws_run(socket_url, requests)
        runs["OSC"] = osc_run(port, requests)
        figures = finish(child, done)
    shown = figures["shown"]
    order = [entry for name in ("cpu", "HTTP", "WebSocket", "OSC") for entry in runs[name]]
    refused = [status for _, _, status in order if status != 200]
    results: dict[str, Any] = {
        "refused": len(refused),
        "cpu_idle_s_per_min": cpu_between(figures["samples"], *idle),
        "cpu_10_per_s_s_per_min": cpu_between(figures["samples"], *busy),
        "rss_mb": figures["rss_mb"],
    }
    index = len(runs["cpu"])
    for name in ("HTTP", "WebSocket", "OSC"):
        entries = runs[name]
        to_shown = [(shown[index + k] - at) * 1000 for k, (at, _, _) in enumerate(entries)]
        answered = [(back - at) * 1000 for at, back, _ in entries]
        results[name] = {"shown_ms": summary(to_shown), "answered_ms": summary(answered)}
        index += len(entries)
    return results


# --- fuzz ---------------------------------------------------------------------------------


def fuzz(cases: int, seed: int) -> dict[str, Any]:
    from tests.net import remote_fuzz

    from emcee.core.journal import ActionEntry, NoteEntry, read_journal
    from emcee.net.roles import Role

    chance = random.Random(seed)
    shares = {"http": 0.55, "websocket": 0.225, "osc": 0.225}
    counts = {kind: int(cases * share) for kind, share in shares.items()}
    statuses: dict[str, Counter[Any]] = {kind: Counter() for kind in shares}
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="emcee-bench-fuzz-") as home:
        child, urls, done = start_program("fuzz", Path(home))
        tokens = {Role(name): url.split("token=")[1] for name, url in urls.items()}
        base = urls["control"].split("/control?")[0]
        port = int(base.rsplit(":", 1)[1])
        time.sleep(2)
        before = _show(base, tokens[Role.CONTROL])
        started = time.monotonic()
        http = remote_fuzz.http_cases(chance, tokens)
        for _ in range(counts["http"]):
            case = next(http)
            status, said = remote_fuzz.verdict(remote_fuzz.send_http(port, case.data))
            statuses["http"][status] += 1
            served = status in (101, 200) and b"/api/" not in case.data.split(b"\r\n")[0]
            if not served and not (status is not None and 400 <= status < 500 and said):
                problems.append(f"http {status} {case.kind} {case.data[:80]!r}")
        asyncio.run(_frames(port, tokens, counts["websocket"], chance, statuses, problems))
        packets = remote_fuzz.osc_packets(chance)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            sender.settimeout(5)
            for _ in range(counts["osc"]):
                sender.sendto(next(packets), ("127.0.0.1", port))
                reply = remote_fuzz.osc_reply(sender)
                statuses["osc"][reply[1] if reply else None] += 1
                if reply is None or reply[1] < 400 or not reply[2]:
                    problems.append(f"osc {reply}")
        took = time.monotonic() - started
        alive = child.poll() is None
        after = _show(base, tokens[Role.CONTROL])
        figures = finish(child, done)
        entries = read_journal(figures["journal"]).entries
    actions = [e for e in entries if isinstance(e, ActionEntry)]
    notes = [e for e in entries if isinstance(e, NoteEntry) and e.tag != "viewer"]
    return {
        "cases": sum(counts.values()),
        "seconds": took,
        "statuses": {kind: dict(counter) for kind, counter in statuses.items()},
        "problems": problems[:20],
        "problem_count": len(problems),
        "alive": alive,
        # The show was started on a speaker and paused before the run: two actions.
        "actions_in_journal": [e.action.kind.value for e in actions],
        "remote_notes": len(notes),
        "show_unchanged": before == after,
        "show": after,
    }


def _show(base: str, token: str) -> dict[str, Any]:
    """The show as the API says it: state, live turn, time left, overlay, proposal."""
    request = urllib.request.Request(
        f"{base}/api/v1/state", headers={"Authorization": f"Bearer {token}"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        state = json.loads(answer.read())["state"]
    live = state["live"] or {}
    keep = ("show", "overlay", "cue", "proposal", "can_undo")
    return {
        **{key: state[key] for key in keep},
        "segment": live.get("segment"),
        "left": live.get("left"),
    }


async def _frames(port, tokens, count, chance, statuses, problems) -> None:
    from tests.net import remote_fuzz
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    from emcee.net.roles import Role

    sent = 0
    while sent < count:
        role = chance.choice([Role.STAGE, Role.CONTROL])
        frames = remote_fuzz.ws_frames(chance, role.acts)
        async with connect(f"ws://127.0.0.1:{port}/ws?token={tokens[role]}") as ws:
            try:
                for _ in range(50):
                    if sent >= count:
                        break
                    await ws.send(next(frames))
                    sent += 1
                    while True:
                        answer = json.loads(await asyncio.wait_for(ws.recv(), 5))
                        if answer["type"] not in ("hello", "state"):
                            break
                    kind = answer["type"]
                    statuses["websocket"][answer.get("status", kind)] += 1
                    refused = kind == "reply" and not answer["ok"] and answer["message"]["ko"]
                    if not (refused or kind == "pong" or (kind == "error" and answer["reason"])):
                        problems.append(f"websocket {answer}")
            except ConnectionClosed:
                statuses["websocket"]["closed"] += 1


# --- the run ------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", choices=["latency", "fuzz"], default="latency")
    parser.add_argument("--requests", type=int, default=200, help="per transport")
    parser.add_argument("--seconds", type=float, default=60.0, help="each CPU minute")
    parser.add_argument("--cases", type=int, default=12000)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--program", help=argparse.SUPPRESS)
    parser.add_argument("--done", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.program is not None:
        print(json.dumps(program(args.program, args.done)), flush=True)
        return 0
    if args.what == "latency":
        results = latency(args.requests, args.seconds)
        head = f"{'':<10} {'to console shown: median':>25} {'p99':>7} {'max':>7}"
        print(head + "   answered median / p99 (ms)")
        for name in ("HTTP", "WebSocket", "OSC"):
            shown, answered = results[name]["shown_ms"], results[name]["answered_ms"]
            print(
                f"{name:<10} {shown['median']:>25.1f} {shown['p99']:>7.1f} {shown['max']:>7.1f}"
                f"   {answered['median']:.1f} / {answered['p99']:.1f}"
            )
        print(
            f"CPU-s per minute: {results['cpu_idle_s_per_min']:.2f} sharing on, nothing asked; "
            f"{results['cpu_10_per_s_s_per_min']:.2f} at {RATE:.0f} requests/s over HTTP; "
            f"refused: {results['refused']}; RSS {results['rss_mb']:.0f} MB"
        )
    else:
        results = fuzz(args.cases, args.seed)
        print(json.dumps(results, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
