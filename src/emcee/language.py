"""Which language emcee speaks: decided here, once, for the windows and for the commands.

The language given on the command line (``--lang``), else the one chosen in the console's
Language menu (saved in the settings), else the system's: the locale's environment
variables (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), which a terminal sets, else the system's
own setting as Qt reads it (Windows' user locale, macOS' preferred languages). Korean when
it is Korean, else English. The windows, the presenter screen, the import dialog and the
commands in a terminal all ask here.
"""

from __future__ import annotations

import os

from emcee.core.texts import LANGUAGES, Lang

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def choose(argument: str | None = None, saved: str | None = None) -> Lang:
    """The language to speak: ``argument`` (--lang), else ``saved`` (the setting), else the
    system's. A value that is not a language emcee speaks counts as not given."""
    for given in (argument, saved):
        if given in LANGUAGES:
            return "ko" if given == "ko" else "en"
    return system_language()


def command_language(argument: str | None) -> Lang:
    """The language of a command in a terminal (or of the windowed build's dialog): its
    --lang, else the one the app was set to, else the system's."""
    return choose(argument, saved_language())


def system_language() -> Lang:
    """Korean when the user's system speaks Korean, else English."""
    for variable in LOCALE_VARIABLES:
        value = os.environ.get(variable)
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    from PySide6.QtCore import QLocale  # the platform's own setting, where no variable is set

    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def saved_language() -> str:
    """The language chosen in the console's Language menu ("" when none was)."""
    from emcee.settings import LANGUAGE, user_settings  # Qt's settings store: only if asked

    return LANGUAGE.read(user_settings())
