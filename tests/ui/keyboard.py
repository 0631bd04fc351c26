"""Keys typed as on a real keyboard.

A real key enters the focused window first: the shortcut override, the window's event
filters (the show's keys, emcee.ui.console.keys.ShowKeys), then the focused widget. Sending a
key straight to a widget would skip all of that, so these go to the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _window_of(widget: QWidget):
    widget.setFocus()
    handle = widget.window().windowHandle()
    assert handle is not None, "the widget's window is not shown"
    return handle


def type_key(widget: QWidget, key: Qt.Key, modifier=NO_MODIFIER) -> None:
    """Press and release ``key`` with the focus in ``widget``."""
    QTest.keyClick(_window_of(widget), key, modifier)


def type_text(widget: QWidget, text: str) -> None:
    """Type ASCII ``text`` (QTest types ASCII only) with the focus in ``widget``."""
    handle = _window_of(widget)
    for character in text:
        QTest.keyClick(handle, character)
