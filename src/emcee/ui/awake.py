"""Keeps the laptop and the projector awake while the show runs, and says so on the console.

The rule (core.awake) is applied to every snapshot of the controller; a long pause is
noticed by a single-shot timer aimed at the moment it becomes too long, so nothing polls.
The hold is asked of the system at the first Start (ui.power), released at the end, after
a pause longer than the setting, and when the console closes; a crash ends it with the
process.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from emcee.core.engine.awake import AwakeRule
from emcee.core.engine.snapshot import Snapshot
from emcee.settings import RELEASE_AFTER_PAUSE_MIN
from emcee.ui.controller import ShowController
from emcee.ui.power import AwakeError, Inhibitor, system_inhibitor

HOLDING_STYLE = "color: #1b5e20;"
TROUBLE_STYLE = "color: #8a4b00; font-weight: bold;"


class AwakeKeeper(QLabel):
    """The hold, and the console's status-bar line that tells about it."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = AwakeRule(RELEASE_AFTER_PAUSE_MIN.read(settings) * 60)
        self.inhibitor: Inhibitor | None = None  # the system's, made at the first hold
        self.holding = False
        self.trouble: str | None = None  # why the system refused, until a hold works
        self.controller: ShowController | None = None
        self._review = QTimer(self)
        self._review.setSingleShot(True)
        self._review.timeout.connect(self._on_review)
        self.setVisible(False)

    def follow(self, controller: ShowController) -> None:
        """Apply the rule to this controller's show (a new agenda brings a new one)."""
        if self.controller is not None:
            self.controller.snapshotChanged.disconnect(self.apply)
        self.controller = controller
        controller.snapshotChanged.connect(self.apply)
        self.apply(controller.snapshot)

    def apply(self, snapshot: Snapshot) -> None:
        decision = self.rule.decide(snapshot.state, snapshot.monotonic)
        if decision.review_in is None:
            self._review.stop()
        else:
            # A pause that lasts: look again when it has lasted too long (+ a margin).
            self._review.start(round(decision.review_in * 1000) + 50)
        if decision.hold:
            self._hold()
        else:
            self.release()

    def _on_review(self) -> None:
        if self.controller is not None:
            snapshot = self.controller.show.snapshot()
            self.apply(snapshot)

    def _hold(self) -> None:
        if self.holding:
            return
        if self.inhibitor is None:
            self.inhibitor = system_inhibitor()
        try:
            self.inhibitor.hold(self.tr("a live show is running"))
        except AwakeError as error:
            self.trouble = str(error)
        else:
            self.holding = True
            self.trouble = None
        self.retranslate()

    def release(self) -> None:
        """Let the laptop sleep again (the end, a long pause, the console closing)."""
        self._review.stop()
        if self.holding and self.inhibitor is not None:
            self.inhibitor.release()
        self.holding = False
        self.trouble = None
        self.retranslate()

    def retranslate(self) -> None:
        if self.holding:
            self.setText(self.tr("Screen kept awake"))
            self.setStyleSheet(HOLDING_STYLE)
            method = self.inhibitor.method if self.inhibitor is not None else ""
            self.setToolTip(
                self.tr(
                    "While the show runs, the laptop and the projector do not sleep or start "
                    "the screen saver (%1). A pause longer than %2 min lets them sleep again."
                )
                .replace("%1", method)
                .replace("%2", f"{self.rule.release_after_pause / 60:g}")
            )
        elif self.trouble is not None:
            self.setText(self.tr("The screen may go dark: turn off sleep in the power settings"))
            self.setStyleSheet(TROUBLE_STYLE)
            self.setToolTip(
                self.tr(
                    "emcee could not keep the screen awake (%1). Turn off the screen saver "
                    "and sleep in the system's power settings for the show."
                ).replace("%1", self.trouble)
            )
        self.setVisible(self.holding or self.trouble is not None)
