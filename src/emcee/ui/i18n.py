"""Qt translations: emcee's own (resources/translations) and Qt's for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from emcee import resources
from emcee.core.texts import Lang

LANGUAGES = ("ko", "en")
_installed: list[QTranslator] = []  # kept alive here: Qt does not own them


def current_language() -> Lang:
    return "ko" if _installed else "en"


def switch_language(lang: str) -> None:
    """Install the translators for ``lang`` (replacing any); widgets get a LanguageChange."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        # Source strings are English; removing the translators already sent LanguageChange.
        return
    # One compiled file per area of the UI (console_ko.qm, presenter_ko.qm, ...).
    for path in sorted(resources.path("translations").glob(f"*_{lang}.qm")):
        own = QTranslator(app)
        if own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
