"""Run the live benchmark several times and print min / median / max of each figure.

    python bench/run_all.py                    # 3 repeats, 60 s per run, offscreen (+ xcb)
    python bench/run_all.py --repeats 5 --seconds 120 --json bench/results/live.json

The other figures have their own scripts (bench/README.md): engine.py, bundle.py
(size and frozen start-up), presenter_latency.py (key press to picture), editor_typing.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import live

FIGURES = {
    "flip median ms": lambda f: f["flip_lag_ms"].get("median"),
    "flip p99 ms": lambda f: f["flip_lag_ms"].get("p99"),
    "flip max ms": lambda f: f["flip_lag_ms"].get("max"),
    "skipped seconds": lambda f: f["skipped_seconds"],
    "CPU-s per min": lambda f: f["cpu_s_per_min"],
    "wake-ups per s": lambda f: f["wakeups_per_s"],
    "RSS MB": lambda f: f["rss_mb"],
    "RSS growth MB": lambda f: f["rss_growth_mb"],
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--modes", default=",".join(live.MODES))
    parser.add_argument("--platforms", help="default: offscreen, and xcb when DISPLAY is set")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    platforms = (
        args.platforms.split(",")
        if args.platforms
        else ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    )
    runs: dict[str, list[dict[str, object]]] = {}
    for repeat in range(args.repeats):
        for platform in platforms:
            for mode in args.modes.split(","):
                print(f"run {repeat + 1}/{args.repeats}: {platform} {mode}", flush=True)
                runs.setdefault(f"{platform} {mode}", []).append(
                    live.run_one(mode, platform, args.seconds)
                )
    print(f"\n{args.repeats} runs of {args.seconds:.0f} s each: min / median / max")
    table: dict[str, dict[str, list[float]]] = {}
    for name, results in runs.items():
        print(f"\n{name}")
        table[name] = {}
        for figure, read in FIGURES.items():
            values = [v for v in (read(r) for r in results) if v is not None]
            if not values:
                continue
            trio = [min(values), statistics.median(values), max(values)]
            table[name][figure] = trio
            print(f"  {figure:<16} {trio[0]:>9.2f} {trio[1]:>9.2f} {trio[2]:>9.2f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"runs": runs, "summary": table}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
