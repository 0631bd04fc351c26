"""A keystroke in the agenda editor to the recomputed schedule on screen, and the cost per tick.

    python bench/editor_typing.py                 # the reference event and bigger agendas
    python bench/editor_typing.py --repeats 100

Offscreen, in-process. Each figure is one key typed into the selected item's length field
while the show runs (the draft is checked, planned, compared with the show's agenda and
checked against the live show, and every row, field and problem is shown again), and the
time the editor takes with each snapshot (once a second) while it is open. Agendas: the reference
event (10 items, 21 speakers), and the reference items repeated to 100 and 500 items
(500 is the most an agenda file may hold). Prints median, p99 and max in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time
from dataclasses import replace
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from emcee import resources
    from emcee.core.agenda.file import load
    from emcee.core.agenda.schedule import plan
    from emcee.core.clock import FakeClock
    from emcee.ui.console import ConsoleWindow
    from emcee.ui.controller import ShowController

    app = QApplication.instance() or QApplication([])
    reference = load(resources.reference_agenda())[0]
    # Two-minute items that follow each other from 06:00, every fifth shared by three
    # speakers, so that even 500 of them end before midnight.
    speakers = tuple(s for s in reference.items[4].speakers[:3])
    sizes = {"reference (10 items)": reference}
    for count in (100, 500):
        items = []
        for i in range(count):
            item = reference.items[i % len(reference.items)]
            items.append(
                replace(
                    item,
                    start=6 * 3600 if i == 0 else None,
                    duration=120,
                    presentation=None,
                    discussion=None,
                    speakers=speakers if i % 5 == 4 else (),
                )
            )
        programme = replace(reference.programme, start=6 * 3600)
        sizes[f"{count} items"] = replace(reference, programme=programme, items=tuple(items))

    folder = os.path.join(os.environ.get("TMPDIR", "/tmp"), "emcee-bench-editor")
    os.makedirs(folder, exist_ok=True)
    print(f"{'agenda':<22}{'keystroke median':>18}{'p99':>9}{'max':>9}{'tick':>9}  (ms)")
    for name, agenda in sizes.items():
        first = plan(agenda).start
        clock = FakeClock(dt.datetime(2023, 6, 23, first // 3600, 0, tzinfo=dt.UTC))
        controller = ShowController(plan(agenda), clock)
        settings = QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat)
        console = ConsoleWindow(controller, settings=settings)
        console.files.autosave.path = Path(folder) / "draft.json"
        console.show()
        controller.begin()
        controller.start()
        controller.next()
        console.agenda_tabs.reveal()
        editor = console.editor
        editor.item_list.view.setCurrentIndex(
            editor.item_list.model.index(len(agenda.items) // 2, 4)
        )
        field = editor.item_form.fields["duration"].widget
        field.setFocus()
        app.processEvents()
        keystrokes = []
        for i in range(args.repeats):
            QTest.keyClick(field, Qt.Key.Key_Backspace)
            start = time.perf_counter()
            QTest.keyClick(field, str(1 + i % 9))
            keystrokes.append((time.perf_counter() - start) * 1000)
        # The editor's share of a tick: what it does with each new snapshot.
        ticks = []
        for _ in range(args.repeats):
            clock.advance(1.0)
            snapshot = controller.show.snapshot()
            start = time.perf_counter()
            editor.link._on_snapshot(snapshot)
            ticks.append((time.perf_counter() - start) * 1000)
        keystrokes.sort()
        p99 = keystrokes[min(len(keystrokes) - 1, int(len(keystrokes) * 0.99))]
        tick = statistics.median(ticks)
        print(
            f"{name:<22}{statistics.median(keystrokes):>18.1f}{p99:>9.1f}"
            f"{keystrokes[-1]:>9.1f}{tick:>9.2f}"
        )
        console.files.autosave.discard()
        console.files.may_discard = lambda: True  # type: ignore[method-assign]
        controller.end()
        console.close()
        console.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main()
