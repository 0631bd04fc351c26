"""Start-up from source: process launch to the console's first frame, against bare windows.

    python bench/startup.py                # 7 starts each, offscreen
    python bench/startup.py --runs 15 --platform xcb

Each start is a fresh ``python -m emcee`` on the built-in agenda with empty settings and
data folders (a first start), stopped by EMCEE_EXIT_AFTER_FIRST_FRAME=1 when the console's
first frame is painted. The baselines, in the same run with the same interpreter: a bare
PySide6 window holding a label (the target's yardstick), and one holding a pyqtgraph plot.
The frozen build's start-up is measured by bundle.py. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bundle import START_TARGET, baseline_script, start_up


def measure(runs: int, platform_name: str) -> dict[str, Any]:
    """Seconds to the first frame of each start of emcee and of the two bare windows."""
    with tempfile.TemporaryDirectory(prefix="emcee-startup-") as folder:
        commands: dict[str, list[str]] = {"emcee": [sys.executable, "-m", "emcee"]}
        for label, with_pyqtgraph in (("PySide6+pyqtgraph", True), ("PySide6", False)):
            script = Path(folder, f"baseline_{'pyqtgraph' if with_pyqtgraph else 'bare'}.py")
            script.write_text(baseline_script(with_pyqtgraph))
            commands[label] = [sys.executable, str(script)]
        starts = {
            label: start_up(command, runs, platform_name) for label, command in commands.items()
        }
    medians = {label: statistics.median(values) for label, values in starts.items()}
    return {
        "platform": platform_name,
        "runs": runs,
        "starts_s": starts,
        "median_s": medians,
        "ratio_to_bare": medians["emcee"] / medians["PySide6"],
        "ratio_to_pyqtgraph": medians["emcee"] / medians["PySide6+pyqtgraph"],
    }


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
