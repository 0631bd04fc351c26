"""The editor's side of the running show: what the draft would change in it, why the show
cannot take it now (the engine's rule, ``Show.draft_problems``), and applying it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from emcee.core.agenda.edit import Difference, differences
from emcee.core.agenda.model import Agenda
from emcee.core.engine.snapshot import Snapshot
from emcee.ui.controller import ShowController
from emcee.ui.editor.document import EditorDocument
from emcee.ui.i18n import current_language


class ShowLink(QObject):
    """Follows the show a draft is edited for; ``moved`` when where it stands changed."""

    moved = Signal()  # marks and conflicts depend on where the show is, not on its seconds

    def __init__(
        self, document: EditorDocument, controller: ShowController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = controller
        self._bound: ShowController | None = None  # the controller whose snapshots we follow
        self._key: tuple[object, ...] | None = None
        self._differences: tuple[tuple[object, ...], list[Difference]] | None = None
        self._conflicts: tuple[tuple[object, ...], list[tuple[int | None, str]]] | None = None
        self.bind(controller)

    def bind(self, controller: ShowController) -> None:
        """Follow another show (a new agenda was opened)."""
        if self._bound is not None:
            self._bound.snapshotChanged.disconnect(self._on_snapshot)
        self.controller = controller
        self._bound = controller
        controller.snapshotChanged.connect(self._on_snapshot)
        self._key = None
        self._conflicts = None

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        live = snapshot.current.segment.index if snapshot.current is not None else None
        statuses = tuple(view.status for view in snapshot.items)
        key = (snapshot.state, live, id(self.controller.schedule), statuses)
        if key != self._key:
            self._key = key
            self.moved.emit()

    def live_agenda(self) -> Agenda:
        return self.controller.schedule.agenda

    def conflicts(self) -> list[tuple[int | None, str]]:
        """Why the draft cannot replace what the show runs now: (row or None, message)."""
        show = self.controller.show
        draft = self.document.agenda
        lang = current_language()
        key = (draft, show.state, lang)  # the objects themselves: ids may be reused
        if self._conflicts is not None and _same(self._conflicts[0], key):
            return self._conflicts[1]
        check = self.document.check
        found = [
            (problem.item - 1 if problem.item is not None else None, problem.describe(lang))
            for problem in show.draft_problems(draft, check.schedule if check.ok else None)
        ]
        self._conflicts = (key, found)
        return found

    def differences(self) -> list[Difference]:
        """What the draft changes in the show's agenda (kept while neither changes)."""
        live, draft = self.live_agenda(), self.document.agenda
        key = (live, draft)
        if self._differences is None or not _same(self._differences[0], key):
            self._differences = (key, differences(live, draft))
        return self._differences[1]

    def apply(self) -> dt.datetime | None:
        """Run the show on the draft now, if it can; when it was applied."""
        draft = self.document.agenda
        if draft == self.live_agenda() or not self.document.check.ok or self.conflicts():
            return None
        if self.controller.edit(draft) is None:
            return None
        return self.controller.clock.now()


def _same(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """The same objects (not equal ones): a cache key that holds what it stands for."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))
