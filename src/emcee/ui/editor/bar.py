"""The bar under the editor: whether the show runs the draft, what waits to be applied (or
why it cannot be), and the buttons that apply the draft or take the show's version back;
and the note above it when the show runs the plan moved to another time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from emcee.core.agenda.edit import Difference
from emcee.core.timefmt import format_time_of_day
from emcee.ui.keymap import BINDINGS, tooltip, translate

# The bar's colours: waiting changes, refused changes, applied. Semi-transparent, so they
# read on light and dark palettes alike.
STYLES = {
    "same": "",
    "pending": "QFrame#applyBar { background: rgba(255, 193, 7, 90); }",
    "blocked": "QFrame#applyBar { background: rgba(220, 60, 60, 70); }",
    "applied": "QFrame#applyBar { background: rgba(60, 180, 90, 70); }",
}
SHOWN_DIFFERENCES = 4  # named in the bar; the tooltip names them all


class ApplyBar(QFrame):
    """Says how the draft stands against the show; its buttons apply or revert it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applyBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.revert_button = QPushButton()
        self.apply_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.apply_button)

    def retranslate(self) -> None:
        self.revert_button.setText(self.tr("Revert to the show's version"))
        self.revert_button.setToolTip(self.tr("Make the draft what the show runs now (undoable)"))
        self.apply_button.setText(translate(BINDINGS["apply"].label))
        self.apply_button.setToolTip(tooltip("apply"))

    def show_draft(
        self,
        same: bool,
        differences: Sequence[Difference],
        conflicts: Sequence[str],
        draft_ok: bool,
        applied: str,
    ) -> bool:
        """Show how the draft stands: the ``same`` as the show's agenda or with these
        ``differences``, why the show cannot take it now, whether the draft itself is whole,
        and the note of the last time it was applied. Whether it can be applied."""
        if same:
            state = "applied" if applied else "same"
            text = applied or self.tr("The show runs this version of the agenda.")
            can_apply = False
        else:
            changes = self.tr("Not applied to the show yet (%1)").replace(
                "%1", str(len(differences))
            )
            if conflicts:  # first: no fixing of the draft makes these possible
                state = "blocked"
                text = changes + ": " + self.tr("the show cannot take them now.")
                text += " " + conflicts[0]
                can_apply = False
            elif not draft_ok:
                state = "blocked"
                text = changes + ": " + self.tr("fix the problems first (▲).")
                can_apply = False
            else:
                state = "pending"
                named = differences[:SHOWN_DIFFERENCES]
                text = changes + ": " + "; ".join(self.describe(d) for d in named)
                if len(differences) > SHOWN_DIFFERENCES:
                    text += " …"
                can_apply = True
            self.text.setToolTip("\n".join(self.describe(d) for d in differences))
        self.setStyleSheet(STYLES[state])
        self.text.setText(text)
        self.apply_button.setEnabled(can_apply)
        self.revert_button.setEnabled(not same)
        return can_apply

    def describe(self, difference: Difference) -> str:
        """One difference between the show's agenda and the draft, in words."""
        title = _short(difference.title)
        number = str(difference.number)
        if difference.what == "programme":
            return self.tr("programme changed")
        if difference.what == "added":
            return self.tr("%1. '%2' added").replace("%1", number).replace("%2", title)
        if difference.what == "removed":
            return self.tr("'%2' removed").replace("%2", title)
        if difference.what == "moved":
            return self.tr("'%2' moved to %1").replace("%1", number).replace("%2", title)
        return self.tr("%1. '%2' changed").replace("%1", number).replace("%2", title)


def _short(title: str, limit: int = 24) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class PlanNote(QLabel):
    """The editor shows the plan as the file has it; a show moved to start now (a
    rehearsal) runs every time earlier or later, and the note says so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff8e1; padding: 4px;")
        self.setVisible(False)

    def show_shift(self, start: float, shift: float) -> None:
        """``start``: the plan's first time of day; ``shift``: how far the show moved it."""
        text = ""
        if shift:
            moved = ("+" if shift > 0 else "–") + self.tr("%n min", "", int(abs(shift) // 60))
            text = (
                self.tr(
                    "These are the planned times, as in the file. The show runs them moved "
                    "by %1: it started at %2 instead of %3, and the live agenda shows the "
                    "moved times."
                )
                .replace("%1", moved)
                .replace("%2", format_time_of_day(int(start + shift)))
                .replace("%3", format_time_of_day(int(start)))
            )
        if self.text() != text:
            self.setText(text)
        self.setVisible(bool(text))
