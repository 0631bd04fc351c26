"""Qt translations: emcee's own (resources/translations) and Qt's for standard dialogs
(qtbase_<lang>, which the PySide6 wheels and the frozen build carry), and the locale that
writes dates in Qt's own dialogs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QFileDialog

from emcee import resources
from emcee.core.texts import Lang

LANGUAGES = ("ko", "en")
# Qt's file dialog asks for these, which Qt's own Korean (qtbase_ko) lacks: emcee's
# catalogue has them (console_ko.ts, context QFileDialog), found after qtbase's.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
)
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
    # Dates and numbers in Qt's own dialogs (a file dialog's "수정한 날짜") as the UI speaks.
    language = QLocale.Language.Korean if lang == "ko" else QLocale.Language.English
    QLocale.setDefault(QLocale(language))
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


def file_dialog_options() -> QFileDialog.Option:
    """Options for every file dialog: the system's own dialog speaks the system's
    language, so where that is not the one shown, Qt's dialog (translated) is used."""
    system = "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"
    if system == current_language():
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog
