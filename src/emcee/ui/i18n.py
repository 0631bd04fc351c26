"""Qt translations: emcee's own (resources/translations) and Qt's for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from emcee import resources

LANGUAGES = ("ko", "en")


def system_language() -> str:
    """Korean when the system locale is Korean, else English."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load the translators for ``lang``; keep the returned list alive as long as the app."""
    installed: list[QTranslator] = []
    if lang == "en":
        return installed  # source strings are English
    # One compiled file per area of the UI (console_ko.qm, presenter_ko.qm, ...).
    for path in sorted(resources.path("translations").glob(f"*_{lang}.qm")):
        own = QTranslator(app)
        if own.load(str(path)):
            app.installTranslator(own)
            installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
