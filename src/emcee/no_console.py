"""The windowed build has no console: what a command cannot print is shown in a dialog.

``emcee.exe`` on Windows and the macOS app start with no stdout or stderr, so ``emcee
check bad.toml``, a mistyped option or an error before the console opens would vanish
without a word. Here everything written is kept; when the command fails, it is shown in
a dialog with the hint to use ``emcee-cli``, the console twin that prints in a terminal.
"""

from __future__ import annotations

import io
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from emcee.core.texts import QT_TRANSLATE_NOOP, Lang, translate
from emcee.language import command_language

EXIT_FAILED = 1
HINT = QT_TRANSLATE_NOOP(
    "Cli", "emcee-cli, beside emcee, prints this in a terminal (cmd or PowerShell)."
)
CRASHED = QT_TRANSLATE_NOOP(
    "Cli", "emcee stopped because of an internal error. The details were written to {log}."
)


def has_console() -> bool:
    return sys.stdout is not None and sys.stderr is not None


def run_without_console(run: Callable[[list[str]], int], argv: list[str]) -> int:
    """``run(argv)`` with its output kept; a failure's output goes to a dialog."""
    lang = command_language(None)
    kept = io.StringIO()
    sys.stdout = sys.stderr = kept
    try:
        code = run(argv)
    except SystemExit as stop:  # argparse: a wrong option, --help, --version
        code = stop.code if isinstance(stop.code, int) else EXIT_FAILED
    except Exception:
        log = write_log(traceback.format_exc())
        kept.write(translate("Cli", CRASHED, lang).format(log=log) + "\n")
        code = EXIT_FAILED
    finally:
        sys.stdout = sys.stderr = None
    text = kept.getvalue().strip()
    if code != 0 and text:
        show_dialog(text, lang)
    return code


def write_log(text: str) -> Path:
    """Write ``text`` (a traceback) to emcee's log; the log file's path."""
    from emcee.logs import log, open_log

    path = open_log()
    log.error("the command failed:\n%s", text.rstrip())
    return path


def show_dialog(text: str, lang: Lang) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    box = QMessageBox(QMessageBox.Icon.Warning, "emcee", text.splitlines()[0])
    box.setInformativeText(translate("Cli", HINT, lang))
    if "\n" in text:
        box.setDetailedText(text)
    box.exec()
    del app
