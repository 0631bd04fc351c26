"""Engine figures: snapshot cost for the reference event, and a 4-hour show at 10 ticks/s.

Run: .venv/bin/python bench/engine.py [--repeat 5]
Prints min / median / max over the repeats (the machine is noisy); nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from emcee import resources
from emcee.core.agenda_file import load
from emcee.core.clock import FakeClock
from emcee.core.show import Show

SCHEDULE = load(resources.reference_agenda())[1]


def show_at(moment: str) -> tuple[Show, FakeClock]:
    """A show of the reference event in a given situation."""
    clock = FakeClock()
    clock.set_time_of_day(13, 0)
    show = Show(SCHEDULE, clock)
    if moment == "before start":
        return show, clock
    show.start()
    if moment == "registration":
        clock.advance(600)
        return show, clock
    show.jump(show.item_segments[6].start + 3)  # Part 3, fourth speaker
    clock.advance(120)
    if moment == "overtime":
        clock.advance(400)
    elif moment == "paused":
        show.pause()
        clock.advance(30)
    return show, clock


def snapshot_costs(moment: str, calls: int) -> list[float]:
    show, clock = show_at(moment)
    costs = []
    for _ in range(calls):
        clock.advance(0.1)
        started = time.perf_counter()
        show.snapshot()
        costs.append(time.perf_counter() - started)
    return costs


def simulate_afternoon(ticks_per_second: int = 10, trace: bool = False) -> dict[str, float]:
    """Play 13:00-17:10 with every third speaker 1:30 over; poll and snapshot each tick."""
    clock = FakeClock()
    clock.set_time_of_day(13, 0)
    show = Show(SCHEDULE, clock)
    show.start()
    step = 1.0 / ticks_per_second
    ticks = 0
    speaker = 0
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    middle_memory = 0
    while True:
        snapshot = show.snapshot()
        current = snapshot.current
        if current is None:
            break
        extra = 0.0
        if current.segment.turn.speaker is not None:
            speaker += 1
            extra = 90.0 if speaker % 3 == 0 else 0.0
        target = current.remaining + extra
        while target > 0:
            clock.advance(step)
            target -= step
            show.poll()
            show.snapshot()
            ticks += 1
        if trace and current.item.index == 5 and not middle_memory:
            middle_memory = tracemalloc.get_traced_memory()[0]
        show.next()
    elapsed = time.perf_counter() - started
    end_memory, peak = tracemalloc.get_traced_memory() if trace else (0, 0)
    tracemalloc.stop()
    return {
        "seconds": elapsed,
        "ticks": ticks,
        "us_per_tick": elapsed / ticks * 1e6,
        "traced_kib_mid": middle_memory / 1024,
        "traced_kib_end": end_memory / 1024,
        "traced_kib_peak": peak / 1024,
        "actions": len(show.history),
    }


def spread(values: list[float]) -> str:
    return f"{min(values):8.1f} {statistics.median(values):8.1f} {max(values):8.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    results: dict[str, object] = {}
    print("snapshot cost, reference event (us)       min   median      max   (of per-run medians)")
    for moment in ("before start", "registration", "mid-turn", "overtime", "paused"):
        medians, p99s = [], []
        for _ in range(args.repeat):
            costs = sorted(snapshot_costs(moment, args.calls))
            medians.append(costs[len(costs) // 2] * 1e6)
            p99s.append(costs[int(len(costs) * 0.99)] * 1e6)
        results[moment] = {"median_us": medians, "p99_us": p99s}
        print(f"  {moment:14} median           {spread(medians)}")
        print(f"  {'':14} p99              {spread(p99s)}")

    runs = [simulate_afternoon() for _ in range(max(1, args.repeat // 2))]
    traced = simulate_afternoon(ticks_per_second=1, trace=True)  # tracing slows it: 1 tick/s
    results["afternoon"] = runs
    results["memory"] = traced
    print("4-hour show, 10 ticks/s (poll + snapshot each tick)")
    print(f"  wall seconds                   {spread([r['seconds'] for r in runs])}")
    print(f"  us per tick                    {spread([r['us_per_tick'] for r in runs])}")
    print(f"  ticks {runs[0]['ticks']:.0f}, actions {runs[0]['actions']:.0f}")
    mid, end = traced["traced_kib_mid"], traced["traced_kib_end"]
    print(f"  traced memory KiB: mid-afternoon {mid:.0f}, end {end:.0f} (growth {end - mid:.0f})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
