"""The show's keys (emcee.ui.keymap, scope SHOW), read where a key enters a window.

Every control works from the keyboard (a presentation clicker sends PageDown/PageUp),
whatever has the focus in the console, on the presenter screen or in the console's other
windows (the sharing panel, the report, Help), except while typing a message; no tree
view or button can swallow a clicker's key. A question the console asks (a modal dialog)
keeps its keys: Space there answers it, it does not drive the show.

Two kinds of keys are guarded, as a clicker or a stray finger presses them by accident:
a second Space, → or PageDown within a moment (the setting keys/repeat_ignored_ms, 300 ms)
is ignored, and R (restart the turn) acts only on a second press within 2 seconds, the
console saying so after the first. Menus and buttons act at once: they are chosen.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QWidget,
)

from emcee.settings import KEY_REPEAT_IGNORED_MS
from emcee.ui.controller import ShowController
from emcee.ui.keymap import EVERYWHERE, SHOW_KEYS, key_name, keys_text

DEBOUNCED = ("start", "next", "previous")  # a repeat within the setting's time is ignored
GUARDED = ("restart",)  # acts on a second press within CONFIRM_WITHIN
CONFIRM_WITHIN = 2.0  # seconds

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class KeyedEditor(Protocol):
    def owns(self, widget: QWidget | None) -> bool: ...

    def claims_shortcut(self, event: QKeyEvent, focus: QWidget | None) -> bool: ...


class KeyedConsole(Protocol):
    """What the keys need of the console."""

    @property
    def tree(self) -> QWidget: ...

    def editor_if_built(self) -> KeyedEditor | None:
        """The agenda editor, if it was built (None until it is first shown)."""
        ...

    @property
    def controller(self) -> ShowController: ...

    @property
    def settings(self) -> QSettings: ...

    def statusBar(self) -> QStatusBar: ...

    def run_command(self, name: str, key: str = "") -> None: ...


class ShowKeys(QObject):
    """Reads the show's keys in the windows it watches and runs their commands.

    The filter sits on the native windows of the console and the presenter screen, not
    on the application: an application-wide Python filter runs for every event of every
    object (each paint, each timer) and cost a third of a running show's CPU.
    """

    def __init__(self, console: KeyedConsole, parent: QObject) -> None:
        super().__init__(parent)
        self.console = console
        self._last: tuple[str, float] | None = None  # the last command a key ran, when
        self._armed: tuple[str, float] | None = None  # a guarded key pressed once, when

    def watch(self, window: QWidget) -> None:
        """Read the keys typed in this top-level widget's window."""
        handle = window.windowHandle()
        if handle is None:  # not shown yet: wait for its native window
            window.installEventFilter(self)
        else:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QWidget):
            if kind == QEvent.Type.Show:
                watched.removeEventFilter(self)  # each of its events would call Python
                self.watch(watched)
            return False
        editor = self.console.editor_if_built()
        if kind == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            return editor is not None and editor.claims_shortcut(event, QApplication.focusWidget())
        if kind != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        focus = QApplication.focusWidget()
        if editor is not None and editor.owns(focus):
            # Keys typed in the agenda editor are the editor's (arrows, Delete, Space,
            # Ctrl+Z as the draft's undo), so editing never drives the show by accident;
            # only a clicker's page keys still do, as everywhere, and Ctrl+O / Ctrl+Q.
            return key_name(event) in EVERYWHERE and self.run(event)
        typing = isinstance(focus, TEXT_INPUTS) or (
            isinstance(focus, QComboBox) and focus.isEditable()
        )
        if typing:
            if key_name(event) == "Esc" and focus is not None:
                focus.clearFocus()
                self.console.tree.setFocus()
                return True
            return False
        return self.run(event)

    def run(self, event: QKeyEvent) -> bool:
        """Run the command of the key pressed; whether it was one of the show's keys."""
        key = key_name(event)
        binding = SHOW_KEYS.get(key)
        if binding is None:
            return False
        name, now = binding.name, self.console.controller.clock.monotonic()  # fake in tests
        ignored = max(0.0, KEY_REPEAT_IGNORED_MS.read(self.console.settings)) / 1000
        since = now - self._last[1] if self._last is not None and self._last[0] == name else None
        if name in DEBOUNCED and since is not None and since < ignored:
            return True  # a clicker's double press: one turn, not two
        self._last = (name, now)
        armed, self._armed = self._armed, None  # any other key forgets a first R
        if name in GUARDED:
            if armed is None or armed[0] != name or now - armed[1] > CONFIRM_WITHIN:
                self._armed = (name, now)
                words = self.tr("Press %1 again within 2 seconds to restart the turn.")
                self.console.statusBar().showMessage(words.replace("%1", keys_text(name)), 3000)
                return True
            self.console.statusBar().clearMessage()
        self.console.run_command(name, key)
        return True
