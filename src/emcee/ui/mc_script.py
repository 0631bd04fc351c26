"""The MC's script (사회자 멘트) following the show: the lines for what is on now, the next
cue marked, in large type; scrolled with the keyboard (Ctrl+PageDown / Ctrl+PageUp in
the console, the arrows and page keys in its own window), and in a window of its own (F7)
to put on a second screen as a teleprompter."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.schedule import Schedule
from emcee.core.agenda.script import Cue, script
from emcee.core.engine.snapshot import Snapshot
from emcee.ui.controller import ShowController
from emcee.ui.fonts import ui_font
from emcee.ui.i18n import current_language

POINT_SIZE = 20  # read from a step away, as a teleprompter is
HEADING_POINTS = 12  # what a cue introduces, above its lines
NOW = "#fff3b0"  # the lines to say now
NEXT = "#2e7d32"  # the next cue's mark
PAST = "#8a8a8a"


class McScript(QWidget):
    """The script as one scrollable page; each cue's lines, the ones for now highlighted."""

    detachRequested = Signal()

    def __init__(self, schedule: Schedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        self.page.setFont(ui_font(POINT_SIZE))
        self.heading = QLabel()
        self.heading.setFont(ui_font(13))
        self.detach_button = QPushButton()
        self.detach_button.clicked.connect(self.detachRequested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.detach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.page, 1)
        self.cues: tuple[Cue, ...] = ()
        self._turn: int | None = None  # the live turn the page shows
        self.show_schedule(schedule)
        self.retranslate()

    def retranslate(self) -> None:
        self.detach_button.setText(self.tr("Own window (F7)"))
        self.detach_button.setToolTip(
            self.tr("Show the MC's script in a window of its own, e.g. on a second screen")
        )
        self.show_schedule(self.schedule)

    def show_schedule(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self.cues = script(schedule.items, current_language())
        self._render(self._turn)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Follow the show: a new live turn moves the highlight and scrolls to it."""
        turn = snapshot.current.segment.index if snapshot.current is not None else None
        if turn is None and snapshot.next_segment is not None:
            turn = snapshot.next_segment.index - 1  # before the start: the first cue is next
        if turn != self._turn:
            self._render(turn)

    def scroll_page(self, pages: int) -> None:
        """Scroll by whole pages: 1 down, -1 up."""
        bar = self.page.verticalScrollBar()
        bar.setValue(bar.value() + pages * bar.pageStep())

    def now_cues(self) -> list[Cue]:
        return [cue for cue in self.cues if cue.turn == self._turn]

    def next_cue(self) -> Cue | None:
        return next((c for c in self.cues if self._turn is None or c.turn > self._turn), None)

    def _render(self, turn: int | None) -> None:
        self._turn = turn
        following = self.next_cue()
        blocks = []
        for number, cue in enumerate(self.cues):
            style = ""
            mark = ""
            if turn is not None and cue.turn == turn:
                style = f"background-color: {NOW};"
            elif cue is following:
                mark = f'<span style="color: {NEXT}; font-weight: bold;">▶ </span>'
            elif turn is not None and cue.turn < turn:
                style = f"color: {PAST};"
            text = html.escape(cue.text).replace("\n", "<br>")
            weight = "bold" if cue.roll_call else "normal"
            heading = html.escape(cue.heading)
            top = 4 if cue.roll_call else 16  # the names of a roll call close together
            blocks.append(
                f'<a name="cue{number}"></a><p style="margin-top: {top}px; margin-bottom: 0;'
                f' font-size: {HEADING_POINTS}pt; color: {PAST}; {style}">{mark}{heading}</p>'
                if heading or mark
                else f'<a name="cue{number}"></a>'
            )
            blocks.append(
                f'<p style="margin-top: {2 if heading or mark else top}px; margin-bottom: 0;'
                f' font-weight: {weight}; {style}">{text}</p>'
            )
        if not blocks:
            blocks.append(html.escape(self.tr("This agenda has no lines for the MC (mc = …).")))
        self.page.setHtml("".join(blocks))
        self.heading.setText(self.tr("MC script · %1").replace("%1", self.schedule.programme.title))
        anchor = next((n for n, c in enumerate(self.cues) if c.turn == turn), None)
        if anchor is None and following is not None:
            anchor = self.cues.index(following)
        if anchor is not None:
            self.page.scrollToAnchor(f"cue{anchor}")


class McWindow(QWidget):
    """The script in a window of its own; closing it puts the script back in the console."""

    closed = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.resize(900, 700)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


class ScriptConsole(Protocol):
    """What the MC's script needs of the console: its show and its agenda's tabs."""

    controller: ShowController
    controllerReplaced: SignalInstance

    @property
    def agenda_tabs(self) -> QTabWidget: ...


class McTab(QWidget):
    """The script's tab in the console; it names itself in the interface's language."""

    languageChanged = Signal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.languageChanged.emit()
        super().changeEvent(event)


class McPane(QObject):
    """Where the script is: in its tab in the console, or in its own window (F7). It
    follows the console's show by itself, also when another agenda is opened."""

    def __init__(self, console: ScriptConsole, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.script = McScript(console.controller.schedule)
        self.tab = McTab()
        self.tab_layout = QVBoxLayout(self.tab)
        self.tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_layout.addWidget(self.script)
        self.away = QLabel()  # in the tab while the script is in its own window
        self.away.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.away.setFont(ui_font(14))
        self.away.setVisible(False)
        self.tab_layout.addWidget(self.away)
        console.agenda_tabs.addTab(self.tab, "")
        self.window: McWindow | None = None
        self.script.detachRequested.connect(self.toggle)
        self.tab.languageChanged.connect(self.retranslate)
        self.controller: ShowController | None = None
        self._follow(console.controller)
        console.controllerReplaced.connect(self._follow)
        self.retranslate()

    def commands(self) -> dict[str, Callable[[], object]]:
        """The key map's commands of the script (F7, Ctrl+PageDown, Ctrl+PageUp)."""
        return {
            "mc": self.toggle,
            "mc_down": lambda: self.script.scroll_page(1),
            "mc_up": lambda: self.script.scroll_page(-1),
        }

    @property
    def detached(self) -> bool:
        return self.window is not None

    def retranslate(self) -> None:
        tabs = self.console.agenda_tabs
        tabs.setTabText(tabs.indexOf(self.tab), self.tr("MC script"))
        self.away.setText(self.tr("The MC's script is in its own window (F7 brings it back)."))
        self.script.retranslate()

    def _follow(self, controller: ShowController) -> None:
        if self.controller is not None:
            self.controller.snapshotChanged.disconnect(self._show_snapshot)
        self.controller = controller
        controller.snapshotChanged.connect(self._show_snapshot)
        self._show_snapshot(controller.snapshot)

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        assert self.controller is not None
        if self.controller.schedule is not self.script.schedule:  # edited, or another agenda
            self.script.show_schedule(self.controller.schedule)
        self.script.show_snapshot(snapshot)

    def toggle(self) -> None:
        if self.window is None:
            self.detach()
        else:
            self.window.close()

    def detach(self) -> None:
        window = McWindow()
        window.setWindowTitle(
            self.tr("MC script — %1").replace("%1", self.script.schedule.programme.title)
        )
        window.box.addWidget(self.script)
        window.closed.connect(self._attach)
        self.window = window
        self.away.setVisible(True)
        self.script.detach_button.setVisible(False)
        window.show()
        self.script.page.setFocus()

    def _attach(self) -> None:
        self.window = None
        self.tab_layout.insertWidget(0, self.script)
        self.away.setVisible(False)
        self.script.detach_button.setVisible(True)
