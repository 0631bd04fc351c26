"""Engine figures: snapshot cost in several situations, and a whole show at 10 ticks/s.

Run: .venv/bin/python bench/engine.py [--repeat 5] [--agenda PATH ...]
The reference event is always measured first, as the baseline of the same run; each
``--agenda`` (e.g. bench/big_agenda.py's 500 items) gets the same table. Prints min /
median / max over the repeats (the machine is noisy); nothing here is a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.agenda.schedule import Schedule
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show

MOMENTS = ("before start", "first item", "mid-turn", "overtime", "paused")


def clock_at_start(schedule: Schedule) -> FakeClock:
    day = dt.datetime(2023, 6, 23, tzinfo=dt.UTC)
    return FakeClock(day + dt.timedelta(seconds=schedule.start))


def middle_session(show: Show) -> int:
    """The item several speakers share nearest the middle of the agenda (Part 3 in the
    reference event)."""
    shared = [
        index
        for index, item in enumerate(show.schedule.items)
        if any(phase.shared for phase in item.phases)
    ]
    middle = len(show.schedule.items) / 2
    return min(shared, key=lambda index: abs(index - middle)) if shared else int(middle)


def show_at(schedule: Schedule, moment: str) -> tuple[Show, FakeClock]:
    """A show in a given situation: ten minutes into the first item, or the middle
    session's fourth speaker some way into their turn (Part 3 in the reference event)."""
    clock = clock_at_start(schedule)
    show = Show(schedule, clock)
    if moment == "before start":
        return show, clock
    show.start()
    if moment == "first item":
        clock.advance(min(600, schedule.items[0].duration / 2))
        return show, clock
    turns = show.item_segments[middle_session(show)]
    segment = show.segments[turns.start + min(3, len(turns) - 1)]
    show.jump(segment.index)
    clock.advance(min(120, segment.turn.duration / 2))
    if moment == "overtime":
        clock.advance(400)
    elif moment == "paused":
        show.pause()
        clock.advance(30)
    return show, clock


def snapshot_costs(schedule: Schedule, moment: str, calls: int) -> list[float]:
    show, clock = show_at(schedule, moment)
    costs = []
    for _ in range(calls):
        clock.advance(0.1)
        started = time.perf_counter()
        show.snapshot()
        costs.append(time.perf_counter() - started)
    return costs


def simulate(schedule: Schedule, ticks_per_second: int = 10, trace: bool = False) -> dict:
    """Play the whole show with every third speaker 1:30 over; poll and snapshot each tick."""
    clock = clock_at_start(schedule)
    show = Show(schedule, clock)
    show.start()
    step = 1.0 / ticks_per_second
    ticks = 0
    speaker = 0
    middle_item = len(schedule.items) // 2
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
        if trace and current.item.index >= middle_item and not middle_memory:
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


def measure(
    name: str, schedule: Schedule, repeat: int, calls: int, whole_show: bool = True
) -> dict[str, object]:
    turns = sum(len(phase.turns) for item in schedule.items for phase in item.phases)
    print(f"{name}: {len(schedule.items)} items, {turns} turns")
    results: dict[str, object] = {}
    print("snapshot cost (us)                         min   median      max   (of per-run medians)")
    for moment in MOMENTS:
        medians, p99s = [], []
        for _ in range(repeat):
            costs = sorted(snapshot_costs(schedule, moment, calls))
            medians.append(costs[len(costs) // 2] * 1e6)
            p99s.append(costs[int(len(costs) * 0.99)] * 1e6)
        results[moment] = {"median_us": medians, "p99_us": p99s}
        print(f"  {moment:14} median           {spread(medians)}")
        print(f"  {'':14} p99              {spread(p99s)}")

    if not whole_show:
        return results
    runs = [simulate(schedule) for _ in range(max(1, repeat // 2))]
    traced = simulate(schedule, ticks_per_second=1, trace=True)  # tracing slows it: 1 tick/s
    results["show"] = runs
    results["memory"] = traced
    hours = runs[0]["ticks"] / 10 / 3600
    print(f"the whole show ({hours:.1f} h), 10 ticks/s (poll + snapshot each tick)")
    print(f"  wall seconds                   {spread([r['seconds'] for r in runs])}")
    print(f"  us per tick                    {spread([r['us_per_tick'] for r in runs])}")
    print(f"  ticks {runs[0]['ticks']:.0f}, actions {runs[0]['actions']:.0f}")
    mid, end = traced["traced_kib_mid"], traced["traced_kib_end"]
    print(f"  traced memory KiB: half-way {mid:.0f}, end {end:.0f} (growth {end - mid:.0f})")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--agenda", type=Path, action="append", default=[])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--snapshots-only", action="store_true", help="without the whole show on a fake clock"
    )
    args = parser.parse_args()

    agendas = [
        ("reference event", resources.reference_agenda()),
        *[(str(p), p) for p in args.agenda],
    ]
    results = {}
    for name, path in agendas:
        schedule = load(path)[1]
        results[name] = measure(name, schedule, args.repeat, args.calls, not args.snapshots_only)
        print()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
