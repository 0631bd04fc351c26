"""Start-up of the window: QApplication, fonts, translations, the agenda, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from emcee import resources
from emcee.core.agenda_file import load
from emcee.core.problems import AgendaError
from emcee.core.schedule import Schedule
from emcee.ui.fonts import register_fonts, ui_font
from emcee.ui.i18n import install_translators, system_language


def create_application(lang: str | None) -> tuple[QApplication, str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("emcee")
    app.setOrganizationName("emcee")
    register_fonts()
    app.setFont(ui_font(app.font().pointSizeF()))
    language = lang or system_language()
    app.setProperty("emcee_translators", install_translators(app, language))
    return app, language


def open_agenda(path: str | None, lang: str) -> Schedule:
    """The agenda at ``path``; if it cannot be used, says why and opens the built-in event."""
    if path is not None:
        try:
            return load(path)[1]
        except AgendaError as error:
            QMessageBox.warning(
                None,
                "emcee",
                error.describe("ko" if lang == "ko" else "en"),
            )
    return load(resources.reference_agenda())[1]


def run(agenda: str | None, lang: str | None) -> int:
    app, language = create_application(lang)
    from emcee.ui.agenda_window import AgendaWindow

    schedule = open_agenda(agenda, language)
    window = AgendaWindow(schedule)
    window.show()
    presenter = _start_presenter(window, schedule, language)
    code = app.exec()
    del presenter
    return code


# --- Presenter screen beside the agenda window, until the console re-does this wiring ----


def _start_presenter(window: QWidget, schedule: Schedule, language: str) -> QObject:
    """A running show controller and the presenter screen; Space starts/pauses, F5 shows."""
    from emcee.ui.controller import ShowController
    from emcee.ui.presenter import attach_presenter

    controller = ShowController(schedule, parent=window)
    screens = attach_presenter(controller, window, language=language)
    space = QShortcut(QKeySequence(Qt.Key.Key_Space), window)
    space.activated.connect(controller.toggle_pause)
    window.addAction(screens.show_action)
    controller.begin()
    return screens
