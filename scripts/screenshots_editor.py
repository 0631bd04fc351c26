"""Render the console with the agenda editor open, in Korean and English, to PNG files.

    python scripts/screenshots_editor.py                  # into docs/screenshots/
    python scripts/screenshots_editor.py --out /tmp/shots

The reference event on a fake clock at 14:21, Part 2 live (second speaker), with one edit
waiting to be applied (20+15 becomes 25+10) and, in a second picture, a phase change that
does not add up yet (Part 3 at 35+20), so the problem shows beside its field.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def render(lang: str, out: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings

    from emcee import resources
    from emcee.app import create_application
    from emcee.core.agenda.edit import change_item
    from emcee.core.agenda.file import load
    from emcee.core.clock import FakeClock
    from emcee.ui.console import ConsoleWindow
    from emcee.ui.controller import ShowController
    from emcee.ui.i18n import switch_language

    folder = Path(tempfile.mkdtemp(prefix="emcee-shots-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    app = create_application(lang, settings)
    switch_language(lang)
    clock = FakeClock(dt.datetime(2023, 6, 23, 14, 20, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    console = ConsoleWindow(controller, settings=settings)
    console.files.autosave.path = folder / "draft.json"
    console.cues.muted = True
    console.resize(1440, 900)
    console.show()
    controller.begin()
    controller.jump(controller.show.item_segments[4].start + 1)
    controller.start()
    clock.advance(100)
    controller.tick()
    console.agenda_tabs.reveal()
    editor = console.editor
    document = console.document
    document.edit(change_item(document.agenda, 4, presentation=25 * 60, discussion=10 * 60), "")
    editor.refresh(4)
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    console.grab().save(str(out / f"editor-{lang}.png"))
    document.edit(change_item(document.agenda, 6, presentation=35 * 60), "")
    editor.refresh(6)
    app.processEvents()
    editor._problem_chosen(editor.item_list.problems.item(0))
    app.processEvents()
    console.grab().save(str(out / f"editor-problem-{lang}.png"))
    console.files.may_discard = lambda: True  # type: ignore[method-assign]
    controller.end()
    console.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("ko", "en"))
    args = parser.parse_args()
    if args.lang:
        render(args.lang, args.out)
        return 0
    for lang in ("ko", "en"):  # one process each: Qt's language is set once per app
        command = [sys.executable, __file__, "--lang", lang, "--out", str(args.out)]
        subprocess.run(command, check=True)
        print("wrote", args.out / f"editor-{lang}.png", args.out / f"editor-problem-{lang}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
