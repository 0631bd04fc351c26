"""Start-up of the window: QApplication, fonts, translations, the agenda, the console."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon, QWindow
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.schedule import Schedule
from emcee.core.clock import SystemClock
from emcee.language import choose
from emcee.logs import open_log
from emcee.settings import LANGUAGE, user_settings
from emcee.ui.fonts import register_fonts, ui_font
from emcee.ui.i18n import current_language, switch_language

if TYPE_CHECKING:
    from emcee.ui.console import ConsoleWindow

log = logging.getLogger(__name__)

# Test-only: a local socket path on which the end-to-end tests drive the show (ui/remote.py).
TEST_CONTROL = "EMCEE_TEST_CONTROL"


def create_application(lang: str | None, settings: QSettings | None = None) -> QApplication:
    """The QApplication with emcee's names, font and language (argument > saved > system)."""
    # X11: repaints go to the X server as plain images, not through shared memory, whose
    # completion events woke the GUI thread twice more each second (3.3 wake-ups a second
    # with nothing running, 1.1 without; flips as fast, ~2 MB more). Only xcb reads it.
    os.environ.setdefault("QT_XCB_NO_MITSHM", "1")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("emcee")
    app.setOrganizationName("emcee")
    # Title bars and the Linux task bar; Windows and macOS builds also carry it in the
    # executable (build.spec).
    app.setWindowIcon(QIcon(str(resources.path("icons/emcee.png"))))
    register_fonts()
    app.setFont(ui_font(app.font().pointSizeF()))
    settings = settings or user_settings()
    keep_private(settings)
    switch_language(choose(lang, LANGUAGE.read(settings)))
    return app


def keep_private(settings: QSettings) -> None:
    """Make the settings file, and its folder if it is new, readable by the user only: it
    holds what the operator typed. Qt keeps a file's mode when it rewrites it."""
    if os.name != "posix" or (
        sys.platform == "darwin" and settings.format() == QSettings.Format.NativeFormat
    ):
        return  # Windows keeps settings in the user's registry; macOS in its preferences
    from emcee.core.journal import make_private_folder

    path = Path(settings.fileName())
    try:
        make_private_folder(path.parent)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        path.chmod(0o600)
    except OSError:
        pass  # settings that cannot be written are Qt's to ignore; the show goes on


def load_or_explain(path: str, parent: QWidget | None = None) -> Schedule | None:
    """The schedule in ``path``, or None after telling the user plainly what is wrong.

    Whatever goes wrong, the user is told in a dialog and the app goes on: a problem with
    the file is named with its line; an error of emcee's own is named too, not raised.
    """
    lang = current_language()
    try:
        return load(path)[1]
    except AgendaError as error:
        text = QApplication.translate("App", "This agenda cannot be used:")
        problems = "\n".join(p.describe(lang) for p in error.problems[:5])
        details = error.describe(lang)
    except Exception as error:
        log.error("reading the agenda %s", path, exc_info=error)
        text = QApplication.translate("App", "emcee could not read this agenda:")
        problems = QApplication.translate(
            "App",
            "An error in emcee itself (%1). Open another agenda, or check this one "
            "with “emcee check”.",
        ).replace("%1", f"{type(error).__name__}: {error}"[:300])
        details = "".join(traceback.format_exception(error))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("emcee")
    box.setText(f"{text}\n{path}")
    box.setDetailedText(details)
    box.setInformativeText(problems)
    box.exec()
    return None


def open_agenda(path: str | None) -> tuple[Schedule, bool]:
    """The agenda at ``path``, and True; if it cannot be used, says why and gives the
    built-in event instead (and False)."""
    if path is not None:
        schedule = load_or_explain(path)
        if schedule is not None:
            return schedule, True
    return load(resources.reference_agenda())[1], False


def tell(text: str, parent: QWidget) -> None:
    """A message that does not hold up the show: the console works while it is open."""
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Information, "emcee", text, ok, parent)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def log_errors_and_go_on(console: ConsoleWindow) -> None:
    """An error in a slot must not end the show: write it to a log file, say so, go on.

    PySide reports exceptions raised in Qt callbacks through sys.excepthook and carries on;
    without this hook they would only reach a console that a windowed app does not have.
    """
    path = open_log()

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("an error in emcee; the show goes on", exc_info=(kind, error, trace))
        console.error_notice.say(
            lambda: QApplication.translate(
                "App", "An internal error was written to %1; the show goes on."
            ).replace("%1", str(path))
        )

    sys.excepthook = hook


def run(
    agenda: str | None, lang: str | None, resume: bool = False, share: str | None = None
) -> int:
    """The console until it closes. emcee.cli has handed Python's cycle collector to the
    Qt thread (emcee.ui.garbage) before importing this module."""
    marks = {"imported": time.time()}  # where the start-up's time goes (bench/startup.py)
    open_log()
    app = create_application(lang)
    marks["application"] = time.time()
    console = open_console(agenda, resume, share)
    marks["console"] = time.time()
    if os.environ.get("EMCEE_EXIT_AFTER_FIRST_FRAME") == "1":
        _exit_after_first_frame(console, marks)
    return app.exec()


def open_console(
    agenda: str | None, resume: bool = False, share: str | None = None
) -> ConsoleWindow:
    """The console and presenter screen on ``agenda`` (or the show to resume), ticking;
    with ``share`` (``loopback`` or ``lan``) the show is shared on the network at once
    and each view's link printed before the window opens.

    What ``emcee`` opens; the benchmarks measure the same windows through this.
    """
    from emcee.ui.console import ConsoleWindow
    from emcee.ui.presenter import attach_presenter
    from emcee.ui.recorder import ShowRecorder
    from emcee.ui.resume import downtime_text, moment_text, open_show

    read: list[Schedule] = []  # the file ``agenda`` as a new show read it

    def new_show() -> Schedule:
        schedule, from_file = open_agenda(agenda)
        if from_file:
            read.append(schedule)
        return schedule

    # The last show, if it did not end and the operator resumes it; else a new one.
    opening = open_show(new_show, SystemClock(), resume=resume)
    controller = opening.controller
    console = ConsoleWindow(controller, open_file=lambda path: load_or_explain(path, console))
    resumed = ShowRecorder(controller, opening.journal) if opening.journal is not None else None
    console.set_recorder_factory(ShowRecorder, current=resumed)
    log_errors_and_go_on(console)
    # Save writes the file the show runs. A new show read it already: it is read once.
    if opening.journal is not None:
        console.files.started_with(agenda)
    elif read:
        console.files.started_with(agenda, read[0].agenda)
    if share is not None:
        console.share.share_now(share)
    console.show_first_time()
    console.set_presenter_factory(
        lambda controller: attach_presenter(controller, console, language=current_language())
    )
    if opening.resumed is not None and opening.downtime is not None:
        console.statusBar().showMessage(
            QApplication.translate(
                "App", "Resumed “%1”, last recorded at %2; stopped for %3, which counts."
            )
            .replace("%1", opening.resumed.title)
            .replace("%2", moment_text(opening.resumed.last_activity))
            .replace("%3", downtime_text(opening.downtime.seconds or 0.0)),
            120_000,
        )
    for message in opening.messages:
        tell(message, console)
    control = os.environ.get(TEST_CONTROL)
    if control:  # test-only: the end-to-end tests drive the show through it
        from emcee.ui.remote import RemoteControl

        RemoteControl(console, control)
    # The first tick polls the show once. After a resume, every threshold the live turn
    # crossed while the app was down comes in that one batch (marked late), and the
    # console plays only the batch's most urgent cue (CuePlayer.play_for): one sound, not
    # a burst of all of them. Nothing polls the resumed show before this tick.
    controller.begin()
    if console.files.offer_recovery():  # a crash left agenda edits that were not saved
        console.agenda_tabs.reveal()
    return console


class _FirstFrame(QObject):
    """Prints the start-up's marks and the time when a window's first frame is painted,
    then quits.

    It watches the window's native window (its QWindow), not the whole application: an
    application-wide filter runs Python for every event of the start-up and makes
    PySide's wrapper of each event class on the way, slowing what it measures.
    """

    def __init__(self, window: QWidget, marks: dict[str, float]) -> None:
        super().__init__(window)
        self.marks = marks

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)
            # Qt paints and flushes the window's widgets while it handles this expose.
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        if sys.stdout is not None:
            marks = " ".join(f"{name} {moment:.6f}" for name, moment in self.marks.items())
            print(f"emcee: start-up marks {marks}", flush=True)
            print(f"emcee: first console frame at {time.time():.6f}", flush=True)
        QCoreApplication.exit(0)


def _exit_after_first_frame(console: QWidget, marks: dict[str, float]) -> None:
    """EMCEE_EXIT_AFTER_FIRST_FRAME=1 (for bench/bundle.py): start-up time to a usable console.

    When the console's first frame is painted, prints ``emcee: start-up marks imported T
    application T console T`` (when emcee's modules were imported, the QApplication made,
    the console built and shown) and ``emcee: first console frame at T`` (T =
    ``time.time()``, to compare with the time the process was launched), and exits 0
    without closing the windows (nothing is saved).
    """
    handle = console.windowHandle()  # the console is shown: it has its native window
    assert handle is not None
    handle.installEventFilter(_FirstFrame(console, marks))
