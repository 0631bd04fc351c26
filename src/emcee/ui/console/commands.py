"""The operator's commands that ask before they act: starting far from the planned time
(a rehearsal), a break that would last far from its plan, jumping while a turn runs,
bringing a speaker back, ending the show."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from emcee.core.engine.breaks import BreakLength, surprising_break
from emcee.core.engine.order import following, may_come_back
from emcee.core.engine.snapshot import ShowState
from emcee.core.timefmt import format_clock, format_time_of_day
from emcee.ui.agenda_model import Column
from emcee.ui.console.agenda import LiveAgenda
from emcee.ui.controller import REHEARSAL_OFFER_AFTER, ShowController


class Console(Protocol):
    """What the commands need of the console."""

    @property
    def controller(self) -> ShowController: ...

    @property
    def tree(self) -> LiveAgenda: ...

    def confirm(self, title: str, text: str) -> bool:
        """Yes or no, asked in a dialog."""
        ...


class ShowCommands(QObject):
    """Start, pause, jump, skip and end, each asking first where the show could suffer."""

    def __init__(self, console: Console, window: QWidget) -> None:
        super().__init__(window)
        self.console = console
        self.window = window

    def toggle_pause(self) -> None:
        controller = self.console.controller
        if controller.snapshot.state is ShowState.READY:
            self.start_show()
        else:
            controller.toggle_pause()

    def start_show(self) -> None:
        """Start; far from the planned start time, offer to move the plan (a rehearsal)."""
        controller = self.console.controller
        off = controller.start_offset()
        if abs(off) < REHEARSAL_OFFER_AFTER:
            controller.start_with_plan(False)
            return
        snapshot = controller.show.snapshot()
        planned = snapshot.time_of_day - off
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Start the show"))
        planned_at = format_time_of_day(int(planned))
        now_at = format_time_of_day(int(snapshot.time_of_day))[:5]
        planned_for = controller.schedule.programme.date
        if planned_for is not None and planned_for != snapshot.date:
            # Another day: the times alone would read as an hour's difference.
            text = (
                self.tr("The plan starts on %1 at %2; it is %3 %4 now.")
                .replace("%1", planned_for.isoformat())
                .replace("%2", planned_at)
                .replace("%3", snapshot.date.isoformat())
                .replace("%4", now_at)
            )
        else:
            text = self.tr("The plan starts at %1; it is %2 now.")
            text = text.replace("%1", planned_at).replace("%2", now_at)
        box.setText(text)
        box.setInformativeText(
            self.tr(
                "Move the whole plan to start now (for a rehearsal), or keep the planned times?"
            )
        )
        move = box.addButton(self.tr("Move the plan to now"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep the planned times"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(move)
        box.exec()
        if box.clickedButton() is move:
            controller.start_with_plan(True)
        elif box.clickedButton() is keep:
            controller.start_with_plan(False)

    def next_turn(self) -> None:
        """Next; into a break that would last far longer, or noticeably shorter, than
        planned, ask first: keep the restart time announced, or the planned length."""
        controller = self.console.controller
        show = controller.show
        target = following(show.layout, show.state)
        if show.state.show is not ShowState.RUNNING or target is None:
            controller.next()
            return
        length = surprising_break(show, target)
        if length is None:
            controller.next()
            return
        choice = self._ask_break_length(length)
        if choice is None:
            return
        controller.next()
        current = controller.snapshot.current
        if choice == "planned" and current is not None:
            # Operator-added time on the break: undoable, journalled, on the projector.
            controller.adjust(length.planned - current.allotted)

    def _ask_break_length(self, length: BreakLength) -> str | None:
        """ "restart", "planned", or None (cancelled)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Start the break"))
        restart = format_time_of_day(int(length.restart))[:5]
        planned = self.tr("%n min", "", round(length.planned / 60))
        words = (
            self.tr("The break would last %1, to the restart time %2; it is planned for %3.")
            if length.longer
            else self.tr(
                "The break would last only %1, to the restart time %2; it is planned for %3."
            )
        )
        box.setText(
            words.replace("%1", format_clock(length.given))
            .replace("%2", restart)
            .replace("%3", planned)
        )
        keep = box.addButton(
            self.tr("Restart at %1").replace("%1", restart), QMessageBox.ButtonRole.AcceptRole
        )
        full = box.addButton(
            self.tr("Restart after %1").replace("%1", planned), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        # Far longer: the room would see hours; shorter: the time announced is kept.
        box.setDefaultButton(full if length.longer else keep)
        box.exec()
        if box.clickedButton() is keep:
            return "restart"
        if box.clickedButton() is full:
            return "planned"
        return None

    def apply_proposal(self) -> None:
        """The shorter lengths proposed to end on time (A), if a proposal is shown."""
        controller = self.console.controller
        proposal = controller.snapshot.proposal
        if proposal is not None and proposal.changes:
            controller.rebalance(proposal)

    def jump_to_selected(self) -> None:
        tree, controller = self.console.tree, self.console.controller
        node = tree.selected_node()
        if node is None:
            return
        target = node.first_segment
        snapshot = controller.snapshot
        if snapshot.current is not None and snapshot.current.segment.index == target:
            return
        show = controller.show
        row = tree.currentIndex()
        model = tree.agenda_model
        if node.segment is not None and may_come_back(show.layout, show.state, target):
            # A speaker passed over is back: they speak after the live turn.
            who = model.data(row.siblingAtColumn(Column.PRESENTER)) or model.data(
                row.siblingAtColumn(Column.TITLE)
            )
            if self.console.confirm(
                self.tr("Speaker back"),
                self.tr(
                    "“%1” is back: speak after the current turn? The programme then goes on "
                    "in order."
                ).replace("%1", str(who)),
            ):
                controller.comeback(target)
            return
        if snapshot.state in (ShowState.RUNNING, ShowState.PAUSED):
            title = model.data(row.siblingAtColumn(Column.TITLE))
            if not self.console.confirm(
                self.tr("Jump"),
                self.tr("Jump to “%1”? The current turn ends now.").replace("%1", str(title)),
            ):
                return
        controller.jump(target)

    def skip_selected(self) -> None:
        node = self.console.tree.selected_node()
        if node is not None:
            self.console.controller.skip(node.item)

    def end_show(self) -> None:
        controller = self.console.controller
        if controller.snapshot.state is ShowState.ENDED:
            return
        if self.console.confirm(self.tr("End the show"), self.tr("End the show now?")):
            controller.end()
