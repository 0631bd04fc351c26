"""Journaling the show being run: the controller's record hooks, wired to a Journal.

The journal of a new show is created with its first recorded action (usually Start), so
opening an agenda and looking at it leaves nothing behind, and a journal always begins
with the action that started it. From then on every action, every batch of alerts and
every change on the presenter screen is written (and fsync'ed) before the controller shows
it as done.

Recording must never stop the show: the journal itself never raises on disk trouble, and
anything unexpected here becomes a warning on the console instead of an exception in the
middle of an operator's key press.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from emcee.core.agenda.writer import dumps
from emcee.core.engine.actions import Action
from emcee.core.engine.snapshot import Alert
from emcee.core.journal import Journal, Notice, data_folder, fallback_folders
from emcee.ui.controller import ShowController

log = logging.getLogger(__name__)


class ShowRecorder(QObject):
    """Keeps the journal of one controller's show; says when it is in trouble."""

    troubleChanged = Signal(object)  # Notice | None: keep it on screen while it is set

    def __init__(
        self,
        controller: ShowController,
        journal: Journal | None = None,
        *,
        folder: Path | None = None,
        fallbacks: Sequence[Path] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``journal``: the journal to go on with (a resumed show); else one is created in
        ``folder`` (default: the user's data folder) when the show's first action comes."""
        super().__init__(parent)
        self.controller = controller
        self.journal = journal
        self.folder = folder if folder is not None else data_folder()
        self.fallbacks = list(fallbacks) if fallbacks is not None else fallback_folders()
        self.trouble: Notice | None = None
        # An error nobody foresaw: its warning stays, since what it cost is not known.
        self._failure: Notice | None = None
        self._gave_up = False  # the journal could not even be created: do not retry
        controller.record = self.record_action
        controller.record_alerts = self.record_alerts
        controller.record_note = self.record_note
        self._check_trouble()

    @property
    def folders(self) -> list[Path]:
        """Every folder this recorder's journals may be in (for the list of past shows)."""
        return [self.folder, *self.fallbacks]

    # --- the controller's hooks --------------------------------------------------------

    def record_action(self, action: Action) -> None:
        if self.journal is None and not self._gave_up:
            self._create()
        journal = self.journal
        if journal is not None:
            state = self.controller.show.state.show
            origin = self.controller.origin
            self._guarded(lambda: journal.record_action(action, state, origin))

    def record_alerts(self, alerts: list[Alert]) -> None:
        journal = self.journal
        if journal is not None:  # alerts only come once the show runs: it has a journal
            self._guarded(lambda: journal.record_alerts(alerts))

    def record_note(self, text: str, tag: str) -> None:
        # Before the first action there is no journal: a message shown while the hall
        # fills up is not part of the show's record.
        journal = self.journal
        if journal is not None:
            origin = self.controller.origin
            self._guarded(lambda: journal.record_note(text, tag, origin))

    def close(self) -> None:
        """Stop recording (another agenda is opened, or the app closes)."""
        controller = self.controller
        if controller.record == self.record_action:
            controller.record = None
            controller.record_alerts = None
            controller.record_note = None
        if self.journal is not None:
            self._guarded(self.journal.close)

    # --- helpers -------------------------------------------------------------------------

    def _create(self) -> None:
        clock = self.controller.clock
        try:
            # The agenda as the show runs it, whatever it came from (a file, the built-in
            # event, an editor): written out from the schedule, it always reads back the same.
            text = dumps(self.controller.schedule.agenda)
            self.journal = Journal.create(text, clock, self.folder, fallbacks=self.fallbacks)
        except Exception as error:  # whatever it is, the show goes on
            self._gave_up = True
            self._report(error, clock.now())
        self._check_trouble()

    def _guarded(self, call: Callable[[], None]) -> None:
        # Journal methods do not raise by design; this is for the error nobody foresaw.
        try:
            call()
        except Exception as error:  # whatever it is, the show goes on
            self._report(error, self.controller.clock.now())
        self._check_trouble()

    def _report(self, error: Exception, since: dt.datetime) -> None:
        log.error("recording the show", exc_info=error)
        if self._failure is None:
            params = {"since": since.strftime("%H:%M:%S"), "reason": "other"}
            params["detail"] = f"{type(error).__name__}: {error}"
            self._failure = Notice("journal_nowhere", params)

    def _check_trouble(self) -> None:
        trouble = self._failure
        if trouble is None and self.journal is not None:
            trouble = self.journal.trouble
        if trouble != self.trouble:
            self.trouble = trouble
            self.troubleChanged.emit(trouble)
