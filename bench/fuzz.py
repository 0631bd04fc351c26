"""Fuzz the agenda reader and the run-sheet importer with seeded mutants.

    python bench/fuzz.py                                  # 2,000 agendas, 500 run sheets
    python bench/fuzz.py --agendas 5000 --runsheets 2000 --seed 1000 --timeout 5

Prints, for agendas and for run sheets (CSV, XLSX, pasted text), how many were tried and
how each ended: accepted (an agenda that plans), clear error (the project's AgendaError,
whose every message renders in Korean and English), crash (anything else raised) or hang
(no answer within --timeout seconds: the worker is killed and replaced); then the slowest
input (reading time, not counting the making of the input), and the first crashes and
hangs with the seed and the changes that made them
(tests/core/mutants.py makes the same mutant from the same seed). Goal: 0 crashes, 0 hangs.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.core.mutants import agenda_mutant, run_sheet_mutant  # noqa: E402

ACCEPTED, CLEAR, CRASH, HANG = "accepted", "clear error", "crash", "hang"


def try_agenda(seed: int) -> tuple[str, str]:
    from emcee.core.agenda.file import loads_bytes
    from emcee.core.agenda.problems import AgendaError

    mutant = agenda_mutant(seed)
    _started()
    try:
        loads_bytes(mutant.data)
    except AgendaError as error:
        for problem in error.problems:
            problem.describe("ko", "agenda.toml")
            problem.describe("en", "agenda.toml")
        return CLEAR, ""
    return ACCEPTED, ""


def try_run_sheet(seed: int) -> tuple[str, str]:
    from emcee.core.agenda.problems import AgendaError
    from emcee.core.runsheet import import_bytes, import_text

    mutant = run_sheet_mutant(seed)
    _started()
    try:
        if mutant.form == "text":
            result = import_text(mutant.data.decode("utf-8", "replace"))
        else:
            result = import_bytes(mutant.data)
    except AgendaError as error:
        error.describe("ko")
        error.describe("en")
        return CLEAR, mutant.form
    for problem in (*result.rejected, *result.problems, *result.notes):
        problem.describe("ko")
        problem.describe("en")
    return (ACCEPTED if result.ok else CLEAR), mutant.form


TRIALS = {"agenda": try_agenda, "run sheet": try_run_sheet}
_clock = [0.0]  # when the trial's input was ready: its making is not its reading


def _started() -> None:
    _clock[0] = time.perf_counter()


def _work(connection: Connection) -> None:
    """The worker: runs one trial per request, answers (outcome, detail, seconds)."""
    while True:
        request = connection.recv()
        if request is None:
            return
        kind, seed = request
        _started()
        try:
            outcome, detail = TRIALS[kind](seed)
        except Exception:
            outcome, detail = CRASH, traceback.format_exc(limit=-3)
        connection.send((outcome, detail, time.perf_counter() - _clock[0]))


class Worker:
    def __init__(self) -> None:
        self.connection, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(target=_work, args=(child,), daemon=True)
        self.process.start()

    def run(self, kind: str, seed: int, timeout: float) -> tuple[str, str, float]:
        self.connection.send((kind, seed))
        if self.connection.poll(timeout):
            answer: tuple[str, str, float] = self.connection.recv()
            return answer
        self.process.kill()
        self.process.join()
        return HANG, f"no answer in {timeout:g} s", timeout

    def close(self) -> None:
        if self.process.is_alive():
            self.connection.send(None)
            self.process.join(5)


def fuzz(kind: str, seeds: range, timeout: float) -> dict[str, Any]:
    worker = Worker()
    counts: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    failures: list[tuple[int, str, str]] = []
    slowest = (0.0, -1)
    for seed in seeds:
        outcome, detail, seconds = worker.run(kind, seed, timeout)
        counts[outcome] += 1
        if outcome in (CRASH, HANG):
            failures.append((seed, outcome, detail))
            if outcome == HANG:
                worker = Worker()
        elif detail:
            forms[detail] += 1
        slowest = max(slowest, (seconds, seed))
    worker.close()
    return {"counts": counts, "forms": forms, "failures": failures, "slowest": slowest}


def changes_of(kind: str, seed: int) -> str:
    mutant = agenda_mutant(seed) if kind == "agenda" else run_sheet_mutant(seed)
    return ", ".join(mutant.changes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agendas", type=int, default=2000)
    parser.add_argument("--runsheets", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1, help="first seed")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds before a hang")
    args = parser.parse_args()
    failed = 0
    for kind, count in (("agenda", args.agendas), ("run sheet", args.runsheets)):
        if count <= 0:
            continue
        started = time.perf_counter()
        found = fuzz(kind, range(args.seed, args.seed + count), args.timeout)
        counts = found["counts"]
        print(
            f"{kind}s: tried {count}, clear error {counts[CLEAR]}, accepted {counts[ACCEPTED]}, "
            f"crash {counts[CRASH]}, hang {counts[HANG]} ({time.perf_counter() - started:.0f} s)"
        )
        if found["forms"]:
            print("  forms: " + ", ".join(f"{k} {v}" for k, v in sorted(found["forms"].items())))
        seconds, seed = found["slowest"]
        print(f"  slowest: seed {seed}, {seconds:.2f} s ({changes_of(kind, seed)})")
        kinds = Counter(detail.strip().splitlines()[-1][:80] for _, _, detail in found["failures"])
        for what, times in kinds.most_common():
            print(f"  {times} x {what}")
        for seed, outcome, detail in found["failures"][:5]:
            print(f"  {outcome}: seed {seed} ({changes_of(kind, seed)})")
            print("    " + detail.strip().replace("\n", "\n    "))
        failed += counts[CRASH] + counts[HANG]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
