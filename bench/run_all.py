"""Every benchmark in one run: a table of min / median / max and one JSON file.

    python bench/run_all.py                        # 3 repeats, 60 s per live run
    python bench/run_all.py --repeats 5 --seconds 120 --json bench/results/all.json
    python bench/run_all.py --no-bundle            # without the PyInstaller builds

What runs (bench/README.md explains each figure):

- live.py, repeated: the real program running a show, offscreen and, when DISPLAY is
  set, under X (xcb): second-flip lag, CPU, wake-ups, memory, with the 250 ms and 32 ms
  pollers and the idle program in the same run;
- startup.py: launch to the console's first frame from source, against bare windows;
- engine.py: snapshot cost, a whole show simulated on a fake clock, for the reference
  event and a 500-item, 170-speaker agenda (big_agenda.py);
- console_actions.py: a key on the console to its answer painted, on the same two;
- bundle.py (needs the build extra; skipped with --no-bundle or without PyInstaller):
  one-folder size and frozen start-up against bare windows built the same way.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import live

HERE = Path(__file__).parent

LIVE_FIGURES: dict[str, Callable[[dict[str, Any]], float | None]] = {
    "flip median ms": lambda f: f["flip_lag_ms"].get("median"),
    "flip p99 ms": lambda f: f["flip_lag_ms"].get("p99"),
    "flip max ms": lambda f: f["flip_lag_ms"].get("max"),
    "skipped seconds": lambda f: f["skipped_seconds"],
    "CPU-s per min": lambda f: f["cpu_s_per_min"],
    "wake-ups per s": lambda f: f["wakeups_per_s"],
    "RSS MB": lambda f: f["rss_mb"],
    "RSS growth MB": lambda f: f["rss_growth_mb"],
}


def trio(values: list[float]) -> list[float]:
    return [min(values), statistics.median(values), max(values)]


def run_live(repeats: int, seconds: float, platforms: list[str], modes: list[str]) -> dict:
    runs: dict[str, list[dict[str, Any]]] = {}
    for repeat in range(repeats):
        for platform in platforms:
            for mode in modes:
                print(f"live run {repeat + 1}/{repeats}: {platform} {mode}", flush=True)
                runs.setdefault(f"{platform} {mode}", []).append(
                    live.run_one(mode, platform, seconds)
                )
    summary: dict[str, dict[str, list[float]]] = {}
    for name, results in runs.items():
        summary[name] = {}
        for figure, read in LIVE_FIGURES.items():
            values = [v for v in (read(r) for r in results) if v is not None]
            if values:
                summary[name][figure] = trio(values)
    return {"runs": runs, "summary": summary}


def run_script(script: str, arguments: list[str]) -> dict[str, Any]:
    """Run another benchmark script (its own table goes to the screen); its JSON figures."""
    with tempfile.TemporaryDirectory(prefix="emcee-bench-") as folder:
        output = Path(folder, "figures.json")
        command = [sys.executable, str(HERE / script), *arguments, "--json", str(output)]
        print(f"\n$ {script} {' '.join(arguments)}", flush=True)
        subprocess.run(command, check=True)
        figures: dict[str, Any] = json.loads(output.read_text())
    return figures


def print_summary(results: dict[str, Any]) -> None:
    print("\n\nSummary: min / median / max")
    row = "  {:<44} {:>9.2f} {:>9.2f} {:>9.2f}"
    for name, figures in results["live"]["summary"].items():
        print(f"\nlive, {name}")
        for figure, values in figures.items():
            print(row.format(figure, *values))
    startup = results["startup"]
    print(f"\nstart-up from source, {startup['platform']} (s)")
    for label, values in startup["starts_s"].items():
        print(row.format(label, *trio(values)))
    print(f"  {'emcee / bare PySide6 window':<44} {startup['ratio_to_bare']:>9.2f}x")
    for agenda, engine in results["engine"].items():
        print(f"\nengine, {agenda} (us)")
        for moment in ("before start", "mid-turn", "overtime", "paused"):
            print(row.format(f"snapshot, {moment}, median", *trio(engine[moment]["median_us"])))
        shows = engine["show"]
        print(row.format("whole show, wall seconds", *trio([r["seconds"] for r in shows])))
    for agenda, keys in results["console"].items():
        print(f"\nconsole, {agenda} (ms): median, p99, max")
        for key, figures in keys.items():
            print(row.format(key, figures["median"], figures["p99"], figures["max"]))
    bundle = results.get("bundle")
    if bundle:
        print("\nbundle (PyInstaller one-folder)")
        for label, figures in bundle.items():
            if label.startswith("ratios"):
                print(
                    f"  {label}: size {figures['size_to_pyqtgraph_window']:.2f}x a pyqtgraph "
                    f"window, start-up {figures['start_to_bare_window']:.2f}x a bare window"
                )
            else:
                print(
                    f"  {label:<42} {figures['size_mb']:>7.1f} MB, start "
                    f"{statistics.median(figures['starts_s']):.3f} s"
                )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0, help="measured time per live run")
    parser.add_argument("--modes", default=",".join(live.MODES))
    parser.add_argument("--platforms", help="default: offscreen, and xcb when DISPLAY is set")
    parser.add_argument("--no-bundle", action="store_true", help="skip the PyInstaller builds")
    parser.add_argument("--json", type=Path, help="write every figure here")
    args = parser.parse_args(argv)
    platforms = (
        args.platforms.split(",")
        if args.platforms
        else ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    )
    results: dict[str, Any] = {
        "live": run_live(args.repeats, args.seconds, platforms, args.modes.split(",")),
        "startup": run_script("startup.py", ["--runs", str(max(5, 2 * args.repeats))]),
    }
    with tempfile.TemporaryDirectory(prefix="emcee-bench-") as folder:
        big = str(Path(folder, "big.toml"))
        subprocess.run([sys.executable, str(HERE / "big_agenda.py"), big], check=True)
        results["engine"] = run_script(
            "engine.py", ["--repeat", str(args.repeats), "--agenda", big]
        )
        results["console"] = run_script("console_actions.py", ["--agenda", big])
    if args.no_bundle or importlib.util.find_spec("PyInstaller") is None:
        print("\n(bundle.py skipped: --no-bundle, or PyInstaller is not installed)")
    else:
        bundle_args = ["--no-onefile", "--runs", str(max(5, 2 * args.repeats))]
        results["bundle"] = run_script("bundle.py", bundle_args)
    print_summary(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
