"""Start-up of the window: QApplication, fonts, translations, the agenda, the console."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from emcee import resources
from emcee.core.agenda_file import load
from emcee.core.problems import AgendaError
from emcee.core.schedule import Schedule
from emcee.ui.fonts import register_fonts, ui_font
from emcee.ui.i18n import current_language, switch_language, system_language


def create_application(lang: str | None, settings: QSettings | None = None) -> QApplication:
    """The QApplication with emcee's names, font and language (argument > saved > system)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("emcee")
    app.setOrganizationName("emcee")
    # Title bars and the Linux task bar; Windows and macOS builds also carry it in the
    # executable (build.spec).
    app.setWindowIcon(QIcon(str(resources.path("icons/emcee.png"))))
    register_fonts()
    app.setFont(ui_font(app.font().pointSizeF()))
    settings = settings or QSettings()
    saved = str(settings.value("language", "", type=str))
    switch_language(lang or saved or system_language())
    return app


def load_or_explain(path: str, parent: QWidget | None = None) -> Schedule | None:
    """The schedule in ``path``, or None after telling the user plainly what is wrong."""
    try:
        return load(path)[1]
    except AgendaError as error:
        lang = current_language()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("emcee")
        box.setText(QApplication.translate("App", "This agenda cannot be used:") + f"\n{path}")
        box.setDetailedText(error.describe(lang))
        box.setInformativeText("\n".join(p.describe(lang) for p in error.problems[:5]))
        box.exec()
        return None


def open_agenda(path: str | None) -> Schedule:
    """The agenda at ``path``; if it cannot be used, says why and opens the built-in event."""
    if path is not None:
        schedule = load_or_explain(path)
        if schedule is not None:
            return schedule
    return load(resources.reference_agenda())[1]


def run(agenda: str | None, lang: str | None) -> int:
    app = create_application(lang)
    from emcee.ui.console import ConsoleWindow
    from emcee.ui.controller import ShowController
    from emcee.ui.presenter import attach_presenter

    controller = ShowController(open_agenda(agenda))
    console = ConsoleWindow(controller, open_file=lambda path: load_or_explain(path, console))
    console.show()
    console.set_presenter_factory(
        lambda controller: attach_presenter(controller, console, language=current_language())
    )
    controller.begin()
    if os.environ.get("EMCEE_EXIT_AFTER_FIRST_FRAME") == "1":
        _exit_after_first_frame(app, console)
    return app.exec()


class _FirstFrame(QObject):
    """Prints the time when a window's first frame is painted, then quits."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(window)
        self.app = app
        self.target = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Any widget of the window: one its children cover entirely gets no paint event.
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.target
        ):
            self.app.removeEventFilter(self)
            # The window's widgets paint in one pass: report once it is done.
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        if sys.stdout is not None:
            print(f"emcee: first console frame at {time.time():.6f}", flush=True)
        QCoreApplication.exit(0)


def _exit_after_first_frame(app: QApplication, console: QWidget) -> None:
    """EMCEE_EXIT_AFTER_FIRST_FRAME=1 (for bench/bundle.py): start-up time to a usable console.

    When the console's first frame is painted, prints ``emcee: first console frame at T``
    (T = ``time.time()``, to compare with the time the process was launched) and exits 0,
    without closing the windows (nothing is saved).
    """
    app.installEventFilter(_FirstFrame(app, console))
