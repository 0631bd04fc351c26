"""The marker of a text a person reads, for Qt's translation tools.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; pyside6-lupdate finds
every call by its name and puts the text in the translation files (resources/translations),
so a table of texts can be written where it is used and translated where it is shown.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, marked for translation in ``context``."""
    return text
