"""Windows and dialogs that fit a laptop and close from the keyboard.

A venue laptop may have a 1366x768 screen, or a 1920x1080 one at 150 % (1280x720 in
Qt's pixels): a window asks for its preferred size but never more than the screen has,
and Esc or Ctrl+W closes it, as in the browsers and editors operators know.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

# Room kept for the window's frame and the system's task bar.
FRAME_ROOM = (16, 48)
CLOSE_KEYS = ("Esc", "Ctrl+W")


def available(window: QWidget) -> QRect:
    """The part of the window's screen (else the primary one) that windows may use."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_screen(window: QWidget, width: int, height: int, area: QRect | None = None) -> None:
    """Resize ``window`` to ``width`` x ``height``, but no larger than ``area`` (its
    screen's available area) less the frame, and move it inside that area."""
    area = area if area is not None else available(window)
    width = min(width, area.width() - FRAME_ROOM[0])
    height = min(height, area.height() - FRAME_ROOM[1])
    window.resize(width, height)
    x = area.x() + max(0, (area.width() - width) // 2)
    y = area.y() + max(0, (area.height() - height - FRAME_ROOM[1]) // 2)
    window.move(x, y)


def close_with_keys(window: QWidget) -> None:
    """Esc and Ctrl+W close ``window``; a dialog, whose Esc Qt handles (it cancels),
    gets Ctrl+W, which cancels it too."""
    dialog = isinstance(window, QDialog)
    for key in CLOSE_KEYS[1:] if dialog else CLOSE_KEYS:
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(window.reject if isinstance(window, QDialog) else window.close)
