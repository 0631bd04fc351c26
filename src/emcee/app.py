"""Start-up of the window: QApplication, fonts, translations, the agenda, the console."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
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
    console.files.started_with(agenda)  # Save writes the file the show was opened from
    console.show()
    console.set_presenter_factory(
        lambda controller: attach_presenter(controller, console, language=current_language())
    )
    controller.begin()
    if console.files.offer_recovery():  # a crash left agenda edits that were not saved
        console.agenda_tabs.reveal()
    return app.exec()
