"""The moderator's notes (비고) for the live turn: the item's, then the speaker's.

Notes show whole: wrapped, at least three lines high, and scrolled when the pane is
smaller than they are (a scroll bar says more follows). Cut to one line, "영상 축사로
대체될 수 있음" read "영상 축사로 대체될": the meaning flipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from emcee.core.engine.snapshot import Snapshot
from emcee.ui.panels import set_text


class NotesPane(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.text)
        self.scroll_area.setMinimumHeight(3 * self.text.fontMetrics().lineSpacing() + 8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area)

    def retranslate(self, snapshot: Snapshot) -> None:
        self.setTitle(self.tr("Notes for the moderator"))
        self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        current = snapshot.current
        lines = []
        if current is not None:
            item = current.item.planned.item
            lines = [item.notes] if item.notes else []
            speaker = current.segment.turn.speaker
            if speaker is not None and speaker.notes:
                lines.append(f"{speaker.presenter}: {speaker.notes}")
        set_text(self.text, "\n".join(lines) or self.tr("(no notes)"))
        self.text.setVisible(True)
