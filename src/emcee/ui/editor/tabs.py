"""The console's agenda pane: the live agenda, and the editor in a tab beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from emcee.ui.editor.document import EditorDocument
from emcee.ui.keymap import present, sequences

if TYPE_CHECKING:  # the editor is built when first shown: start-up does not load it
    from emcee.ui.editor.editor import AgendaEditor


class AgendaTabs(QTabWidget):
    """The console's agenda pane: the live agenda, and the editor in a tab beside it.

    The editor takes the live agenda's place, never the timer's: the timer, the status line
    and the messages keep their place and size while the agenda is edited (the editor's
    own rows show what is live and what has run).
    """

    def __init__(self, live: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaTabs")
        self.setDocumentMode(True)
        self.live = live
        self.editor: AgendaEditor | None = None
        self.document: EditorDocument | None = None
        self._make_editor: Callable[[], AgendaEditor] | None = None
        self.addTab(live, "")
        self.act_edit = QAction(self)
        self.act_edit.setCheckable(True)
        self.act_edit.setShortcuts(sequences("edit"))
        self.act_edit.triggered.connect(self._toggle)
        self.currentChanged.connect(self._current_changed)
        self.retitle()

    def set_editor(self, document: EditorDocument, make: Callable[[], AgendaEditor]) -> None:
        """The editor's tab; ``make`` builds the editor the first time it is needed, so the
        console's first frame does not wait for it (a plain widget holds its place)."""
        self.document = document
        self._make_editor = make
        self.addTab(QWidget(), "")
        document.fileChanged.connect(self.retitle)
        self.retitle()

    def built_editor(self) -> AgendaEditor:
        """The editor, built now if it was not yet."""
        if self.editor is None:
            assert self._make_editor is not None, "set_editor first"
            editor = self._make_editor()
            self.editor = editor
            showing = self.currentIndex() == 1
            placeholder = self.widget(1)
            self.removeTab(1)
            if placeholder is not None:
                placeholder.deleteLater()
            self.insertTab(1, editor, "")
            editor.leaveRequested.connect(self.show_live)
            self.retitle()
            if showing:
                self.setCurrentIndex(1)
        return self.editor

    def reveal(self) -> None:
        """Show the editor, with the focus in its item list."""
        if self._make_editor is not None:
            editor = self.built_editor()
            self.setCurrentWidget(editor)
            editor.item_list.view.setFocus()

    def show_live(self) -> None:
        """Back to the live agenda, whose keys drive the show."""
        self.setCurrentWidget(self.live)
        self.live.setFocus()

    def editing(self) -> bool:
        return self.editor is not None and self.currentWidget() is self.editor

    def _toggle(self, checked: bool) -> None:
        if checked:
            self.reveal()
        else:
            self.show_live()

    def _current_changed(self, index: int) -> None:
        if index == 1 and self.editor is None and self._make_editor is not None:
            self.built_editor()  # its tab was clicked: the editor takes its place
        self.act_edit.setChecked(self.editing())

    def editor_title(self) -> str:
        return self.tabText(1) if self.document is not None else ""

    def retitle(self) -> None:
        self.setTabText(0, self.tr("Live agenda"))
        present(self.act_edit, "edit")
        document = self.document
        if document is None:
            return
        name = document.path.name if document.path is not None else self.tr("not saved to a file")
        mark = " *" if document.modified else ""
        self.setTabText(1, self.tr("Edit agenda — %1").replace("%1", name) + mark)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retitle()
        super().changeEvent(event)
