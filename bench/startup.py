"""Start-up from source: process launch to the console's first frame, against bare windows.

    python bench/startup.py                # 7 starts each, offscreen
    python bench/startup.py --runs 15 --platform xcb

Each start is a fresh ``python -m emcee`` on the built-in agenda with empty settings and
data folders (a first start), stopped by EMCEE_EXIT_AFTER_FIRST_FRAME=1 when the console's
first frame is painted. The baselines, in the same run with the same interpreter: a bare
PySide6 window holding a label (the target's yardstick), and one holding a pyqtgraph plot.
The frozen build's start-up is measured by bundle.py. Prints figures; not a test.

Where the time goes: emcee prints marks with its first frame (emcee's modules imported,
the QApplication made, the console built and shown), whose medians are shown phase by
phase; and one more start of each under ``python -X importtime``, whose import
times (self time of every module, summed by package) are set against the whole start;
what is not importing is Python's own start, building the windows and the first paint.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bundle import START_TARGET, baseline_script, first_frame_time, launch

# What each of emcee's start-up marks ends (printed by emcee.app with its first frame).
PHASES = {
    "imported": "Python, Qt and emcee's first modules imported",
    "application": "log, QApplication, fonts, language",
    "console": "console: its modules, built and shown",
    "frame": "first frame painted",
}


def measure(runs: int, platform_name: str) -> dict[str, Any]:
    """Seconds to the first frame of each start of emcee and of the two bare windows, and
    the median milliseconds of each of emcee's phases."""
    with tempfile.TemporaryDirectory(prefix="emcee-startup-") as folder:
        commands: dict[str, list[str]] = {"emcee": [sys.executable, "-m", "emcee"]}
        for label, with_pyqtgraph in (("PySide6+pyqtgraph", True), ("PySide6", False)):
            script = Path(folder, f"baseline_{'pyqtgraph' if with_pyqtgraph else 'bare'}.py")
            script.write_text(baseline_script(with_pyqtgraph))
            commands[label] = [sys.executable, str(script)]
        for command in commands.values():  # warm-up: the files into the disk cache
            launch(command, platform_name)
        starts: dict[str, list[float]] = {label: [] for label in commands}
        phases: dict[str, list[float]] = {name: [] for name in PHASES}
        for _ in range(runs):  # in turns, so that a busy moment of the machine hits all
            for label, command in commands.items():
                launched, output = launch(command, platform_name)
                starts[label].append(first_frame_time(output) - launched)
                if label == "emcee":
                    for name, duration in phase_times(launched, output).items():
                        phases[name].append(duration)
        imports = {label: import_times(command) for label, command in commands.items()}
    medians = {label: statistics.median(values) for label, values in starts.items()}
    return {
        "imports_ms": imports,
        "phases_ms": {name: 1000 * statistics.median(values) for name, values in phases.items()},
        "platform": platform_name,
        "runs": runs,
        "starts_s": starts,
        "median_s": medians,
        "ratio_to_bare": medians["emcee"] / medians["PySide6"],
        "ratio_to_pyqtgraph": medians["emcee"] / medians["PySide6+pyqtgraph"],
    }


def phase_times(launched: float, output: str) -> dict[str, float]:
    """Seconds of each phase of one start of emcee, from its printed marks."""
    line = next(line for line in output.splitlines() if line.startswith("emcee: start-up marks"))
    words = line.removeprefix("emcee: start-up marks").split()
    moments = {name: float(value) for name, value in zip(words[::2], words[1::2], strict=True)}
    moments["frame"] = first_frame_time(output)
    times, before = {}, launched
    for name in PHASES:
        times[name], before = moments[name] - before, moments[name]
    return times


def group(module: str) -> str:
    """The package a module's import time is counted under."""
    top = module.split(".")[0]
    if top in ("PySide6", "shiboken6", "shibokensupport", "signature_bootstrap"):
        return "PySide6 + shiboken6"
    if module.startswith(("emcee.ui.", "emcee.app")):
        return "emcee.ui, emcee.app"
    if top == "emcee":
        return "emcee.core, emcee.cli"
    if top in sys.stdlib_module_names or top.startswith("_"):
        return "standard library"
    return "other packages"


def import_times(command: list[str]) -> dict[str, Any]:
    """One start under ``-X importtime``: milliseconds of import by package, and the
    modules that took longest themselves."""
    with tempfile.TemporaryDirectory(prefix="emcee-importtime-") as home:
        env = dict(
            os.environ,
            EMCEE_EXIT_AFTER_FIRST_FRAME="1",
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(Path(home, "config")),
            XDG_DATA_HOME=str(Path(home, "data")),
        )
        result = subprocess.run(
            [command[0], "-X", "importtime", *command[1:]],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    by_group: dict[str, float] = defaultdict(float)
    modules: list[tuple[float, str]] = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _total, name = line.removeprefix("import time:").split("|")
        module = name.strip()
        by_group[group(module)] += int(own) / 1000
        modules.append((int(own) / 1000, module))
    slowest = sorted(modules, reverse=True)[:8]
    return {"by_group": dict(by_group), "slowest": [[module, ms] for ms, module in slowest]}


def report(figures: dict[str, Any]) -> None:
    print(
        f"start-up from source, {figures['platform']}: launch to first frame, "
        f"{figures['runs']} starts (min / median / max)"
    )
    for label, values in figures["starts_s"].items():
        print(
            f"  {label:<20} {min(values):>7.3f} {statistics.median(values):>7.3f} "
            f"{max(values):>7.3f} s"
        )
    ratio = figures["ratio_to_bare"]
    verdict = "within" if ratio <= START_TARGET else "OVER"
    print(
        f"  emcee / bare PySide6 window: {ratio:.2f}x ({verdict} the {START_TARGET}x target); "
        f"/ pyqtgraph window: {figures['ratio_to_pyqtgraph']:.2f}x"
    )
    print("where emcee's time goes: each phase of its starts (median), ms")
    for name, label in PHASES.items():
        print(f"  {label:<48} {figures['phases_ms'][name]:>7.1f}")
    print("where the time goes: import time (-X importtime, which adds its own overhead), ms")
    labels = ("emcee", "PySide6")
    groups = sorted({name for label in labels for name in figures["imports_ms"][label]["by_group"]})
    print(f"  {'':<34}" + "".join(f"{label:>10}" for label in labels))
    for name in groups:
        values = [figures["imports_ms"][label]["by_group"].get(name, 0.0) for label in labels]
        print(f"  {name:<34}" + "".join(f"{value:>10.1f}" for value in values))
    totals = [sum(figures["imports_ms"][label]["by_group"].values()) for label in labels]
    print(f"  {'all imports':<34}" + "".join(f"{value:>10.1f}" for value in totals))
    rest = [
        1000 * figures["median_s"][label] - total
        for label, total in zip(labels, totals, strict=True)
    ]
    print(
        f"  {'the rest (start, windows, paint)':<34}"
        + "".join(f"{max(value, 0.0):>10.1f}" for value in rest)
    )
    slowest = ", ".join(f"{m} {ms:.1f}" for m, ms in figures["imports_ms"]["emcee"]["slowest"])
    print(f"  emcee's slowest modules (own time): {slowest}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    figures = measure(args.runs, args.platform)
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
