"""The standalone build's size and start-up, against bare Qt windows built the same way.

    python bench/bundle.py                 # one-folder and one-file, 7 starts each
    python bench/bundle.py --no-onefile    # one-folder only (about a minute)
    python bench/bundle.py --runs 15 --keep /tmp/bundles

Needs the build extra (pip install -e '.[build]'). Builds with build.spec, in a temporary
folder (the repository's build/ and dist/ are left alone):

- emcee;
- "bare PySide6 + pyqtgraph": a window holding a pyqtgraph plot, the size baseline;
- "bare PySide6": a window holding a label, the start-up baseline.

The baselines go through the same spec (EMCEE_SPEC_BASELINE): same mode, windowed, the
same excludes and the same trimming of Qt plugins and translations, so a ratio is what
emcee itself adds. Start-up is process launch to the first painted frame of the main
window (EMCEE_EXIT_AFTER_FIRST_FRAME=1, which every build here honours), offscreen unless
--platform says otherwise; the median of --runs starts after one warm-up start.
Prints the figures; not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_TARGET = 1.5  # emcee's start-up may take at most this many times a bare window's

# The baselines' main script. They report their first frame like emcee does (emcee.app).
# The bare one must not even mention pyqtgraph: PyInstaller would collect it.
BASELINE_SCRIPT = """\
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

{imports}

class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(f"baseline: first frame at {{time.time():.6f}}", flush=True)
        QCoreApplication.exit(0)


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget({central})
window.resize(1440, 900)
window.show()
window.windowHandle().installEventFilter(FirstFrame(window))
sys.exit(app.exec())
"""


@dataclass
class Build:
    label: str
    onefile: bool
    executable: Path
    output: Path  # the folder (one-folder) or the file (one-file)
    seconds: float

    @property
    def size(self) -> int:
        if self.output.is_file():
            return self.output.stat().st_size
        return sum(p.lstat().st_size for p in self.output.rglob("*") if not p.is_dir())


def build(label: str, work: Path, onefile: bool, baseline_script: Path | None) -> Build:
    env = dict(os.environ)
    env.pop("EMCEE_ONEFILE", None)
    env.pop("EMCEE_SPEC_BASELINE", None)
    if onefile:
        env["EMCEE_ONEFILE"] = "1"
    if baseline_script is not None:
        env["EMCEE_SPEC_BASELINE"] = str(baseline_script)
    name = "baseline" if baseline_script is not None else "emcee"
    folder = (
        work
        / f"{label.replace(' ', '-').replace('+', 'plus')}-{'onefile' if onefile else 'onedir'}"
    )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(folder / "dist"),
        "--workpath",
        str(folder / "build"),
        str(ROOT / "build.spec"),
    ]
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"building {label} failed:\n{result.stderr[-3000:]}")
    exe = name + (".exe" if sys.platform == "win32" else "")
    if onefile:
        output = executable = folder / "dist" / exe
    else:
        output = folder / "dist" / name
        executable = output / exe
    return Build(label, onefile, executable, output, seconds)


def launch(command: list[str], platform_name: str) -> tuple[float, str]:
    """Run ``command`` to its first frame; the time it was launched and what it printed.
    It runs with empty settings and data folders: a first start, as on the organiser's
    laptop."""
    with tempfile.TemporaryDirectory(prefix="emcee-start-") as home:
        env = dict(
            os.environ,
            EMCEE_EXIT_AFTER_FIRST_FRAME="1",
            QT_QPA_PLATFORM=platform_name,
            XDG_CONFIG_HOME=str(Path(home, "config")),
            XDG_DATA_HOME=str(Path(home, "data")),
        )
        # As installed: from source, the modules' bytecode is cached (the warm-up writes it).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        launched = time.time()
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in result.stdout.splitlines():
        if "first" in line and " at " in line:
            return launched, result.stdout
    raise RuntimeError(f"{command} printed no first frame:\n{result.stdout}{result.stderr}")


def first_frame_time(output: str) -> float:
    """The time of the first frame in what a start printed."""
    line = next(line for line in output.splitlines() if "first" in line and " at " in line)
    return float(line.rsplit(" at ", 1)[1])


def first_frame(command: list[str], platform_name: str) -> float:
    """Seconds from launching ``command`` to its printed first-frame time."""
    launched, output = launch(command, platform_name)
    return first_frame_time(output) - launched


def start_up(command: list[str], runs: int, platform_name: str) -> list[float]:
    """Seconds to the first frame of ``runs`` starts, after one warm-up start (the files
    into the disk cache)."""
    first_frame(command, platform_name)
    return [first_frame(command, platform_name) for _ in range(runs)]


def baseline_script(with_pyqtgraph: bool) -> str:
    """The main script of a bare window: a label, or a pyqtgraph plot."""
    return BASELINE_SCRIPT.format(
        imports="import pyqtgraph\n" if with_pyqtgraph else "",
        central="pyqtgraph.PlotWidget()" if with_pyqtgraph else 'QLabel("baseline")',
    )


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="starts measured per build")
    parser.add_argument("--no-onefile", action="store_true", help="one-folder builds only")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for starts")
    parser.add_argument("--keep", type=Path, help="build here and keep the builds")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    figures: dict[str, dict[str, object]] = {}

    work = args.keep or Path(tempfile.mkdtemp(prefix="emcee-bundle-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        scripts = {}
        for label, with_pyqtgraph in (("PySide6+pyqtgraph", True), ("PySide6", False)):
            scripts[label] = work / f"baseline_{'pyqtgraph' if with_pyqtgraph else 'bare'}.py"
            scripts[label].write_text(baseline_script(with_pyqtgraph))
        modes = [False] if args.no_onefile else [False, True]
        builds: dict[tuple[str, bool], Build] = {}
        for onefile in modes:
            for label in ("emcee", "PySide6+pyqtgraph", "PySide6"):
                print(
                    f"building {label} ({'one-file' if onefile else 'one-folder'})...", flush=True
                )
                builds[label, onefile] = build(label, work, onefile, scripts.get(label))

        print()
        print(
            f"PyInstaller build.spec on {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}, {os.cpu_count()} cores; "
            f"start-up: median of {args.runs} starts to the first frame, {args.platform}"
        )
        print(f"{'build':<34}{'built in':>10}{'size':>12}{'start-up':>11}")
        starts: dict[tuple[str, bool], float] = {}
        for (label, onefile), item in builds.items():
            runs = start_up([str(item.executable)], args.runs, args.platform)
            starts[label, onefile] = statistics.median(runs)
            mode = "one-file" if onefile else "one-folder"
            figures[f"{label}, {mode}"] = {
                "built_s": item.seconds,
                "size_mb": item.size / 1e6,
                "starts_s": runs,
            }
            print(
                f"{label + ', ' + mode:<34}{item.seconds:>9.1f}s{megabytes(item.size):>12}"
                f"{starts[label, onefile]:>10.3f}s"
            )
        print()
        for onefile in modes:
            mode = "one-file" if onefile else "one-folder"
            emcee = builds["emcee", onefile]
            base = builds["PySide6+pyqtgraph", onefile]
            size_ratio = emcee.size / base.size
            start_ratio = starts["emcee", onefile] / starts["PySide6", onefile]
            verdict = "within" if start_ratio <= START_TARGET else "OVER"
            figures[f"ratios, {mode}"] = {
                "size_to_pyqtgraph_window": size_ratio,
                "start_to_bare_window": start_ratio,
            }
            print(
                f"{mode}: size {size_ratio:.2f}x a bare PySide6+pyqtgraph window "
                f"(+{megabytes(emcee.size - base.size)}); start-up {start_ratio:.2f}x a bare "
                f"PySide6 window ({verdict} the {START_TARGET}x target), "
                f"{starts['emcee', onefile] / starts['PySide6+pyqtgraph', onefile]:.2f}x "
                "one with pyqtgraph"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
