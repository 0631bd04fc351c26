"""Table models of the editor: the items of the draft, and the speakers of one item.

Both are views of the draft agenda; they never change it themselves. Edits (a drop, a
cell typed in) are asked for with signals, and the editor turns them into undoable
commands; the models then show the new draft like any other change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from emcee.core.agenda.edit import Check, Difference
from emcee.core.agenda.model import Agenda, PhaseKind, Speaker
from emcee.core.agenda.schedule import PlannedTurn
from emcee.core.engine.snapshot import ShowState, Snapshot, Status
from emcee.core.texts import Lang
from emcee.core.timefmt import format_time_of_day
from emcee.ui.agenda_model import length_text

Index = QModelIndex | QPersistentModelIndex

ITEM_ROWS_MIME = "application/x-emcee-item-row"
SPEAKER_ROWS_MIME = "application/x-emcee-speaker-row"

# Semi-transparent, so they read on light and dark palettes alike.
PROBLEM_BACKGROUND = QColor(220, 60, 60, 60)
LIVE_BACKGROUND = QColor(60, 180, 90, 60)
PAST_FOREGROUND = QColor("#6b6b6b")


class ItemColumn(IntEnum):
    MARK = 0
    START = 1
    END = 2
    LENGTH = 3
    TITLE = 4
    PRESENTER = 5


class SpeakerColumn(IntEnum):
    PRESENTER = 0
    TITLE = 1
    LENGTH = 2
    PLANNED = 3
    NOTES = 4
    MC = 5  # the MC's lines for the turn (사회자 멘트)


@dataclass
class RowMarks:
    """What the editor knows about each row beyond the draft itself."""

    problems: dict[int, list[str]] = field(default_factory=dict)  # row -> messages
    pending: set[int] = field(default_factory=set)  # rows that differ from the live show
    live: int | None = None  # the row of the live item, while the show runs
    done: set[int] = field(default_factory=set)  # rows that already ran


def row_marks(
    count: int,
    check: Check,
    conflicts: Sequence[tuple[int | None, str]],
    snapshot: Snapshot,
    differences: Sequence[Difference],
    lang: Lang,
) -> RowMarks:
    """The marks of the ``count`` rows of the draft: its problems and the show's conflicts
    with it, what is live and what has run, and what differs from what the show runs."""
    marks = RowMarks()
    for problem in check.problems:
        if problem.item is not None and problem.item <= count:
            marks.problems.setdefault(problem.item - 1, []).append(problem.message(lang))
    for row, message in conflicts:
        if row is not None and row < count:
            marks.problems.setdefault(row, []).append(message)
    if snapshot.state is not ShowState.READY:
        for view in snapshot.items:
            if view.status is Status.LIVE:
                marks.live = view.index
            elif view.status is Status.DONE:
                marks.done.add(view.index)
    for difference in differences:
        if difference.what != "removed" and difference.number > 0:
            marks.pending.add(difference.number - 1)
    return marks


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _RowMover(QAbstractTableModel):
    """Rows dragged to another place are *asked* to move (``moveRequested``).

    ``dropMimeData`` returns False even after asking: the view would otherwise remove the
    dragged row itself (its "move" is copy then delete), and the draft already moved it.
    """

    moveRequested = Signal(int, int)  # source row, row it ends up at
    mime_type = ""
    headers: dict[int, str]  # column -> its header, in the language shown

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.mime_type]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        if rows:
            data.setData(self.mime_type, str(rows[0]).encode("ascii"))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(self.mime_type)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(self.mime_type):
            return False
        try:
            source = int(bytes(data.data(self.mime_type).data()).decode("ascii"))
        except ValueError:
            return False
        count = self.rowCount()
        if row < 0:  # dropped onto a row: in front of it; onto empty space: at the end
            row = parent.row() if parent.isValid() else count
        target = row - 1 if row > source else row
        if 0 <= source < count and 0 <= target < count and target != source:
            self.moveRequested.emit(source, target)
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)  # rows are numbered as problems name them
        return self.headers.get(section, "")

    def _drag_flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled
        )


class ItemsModel(_RowMover):
    """One row per item of the draft, with its derived start, end and length."""

    mime_type = ITEM_ROWS_MIME

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.agenda: Agenda | None = None
        self.check: Check | None = None
        self.marks = RowMarks()
        self.headers = {}
        self.mark_tips: dict[str, str] = {}
        self.fixed_tip = ""
        self.follows_tip = ""

    def show(self, agenda: Agenda, check: Check, marks: RowMarks) -> None:
        """Show a new draft: reset when rows came or went, else repaint every cell."""
        rows_changed = self.agenda is None or len(agenda.items) != len(self.agenda.items)
        if rows_changed:
            self.beginResetModel()
        self.agenda, self.check, self.marks = agenda, check, marks
        if rows_changed:
            self.endResetModel()
        elif agenda.items:
            last = self.index(len(agenda.items) - 1, len(ItemColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.agenda is None:
            return 0
        return len(self.agenda.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ItemColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self._drag_flags(index)

    def _marks(self, row: int) -> str:
        symbols = ""
        if row in self.marks.problems:
            symbols += "▲"
        if row == self.marks.live:
            symbols += "▶"
        elif row in self.marks.done:
            symbols += "√"
        if row in self.marks.pending:
            symbols += "●"
        return symbols

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.agenda is None or self.check is None:
            return None
        row, column = index.row(), ItemColumn(index.column())
        if row >= len(self.agenda.items):
            return None
        item = self.agenda.items[row]
        times = self.check.times[row] if row < len(self.check.times) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ItemColumn.MARK:
                return self._marks(row)
            if column == ItemColumn.START:
                start = times[0] if times else item.start
                return format_time_of_day(start) if start is not None else "?"
            if column == ItemColumn.END:
                return format_time_of_day(times[1]) if times else "?"
            if column == ItemColumn.LENGTH:
                length = times[1] - times[0] if times else item.duration
                return length_text(length) if length is not None else "?"
            if column == ItemColumn.TITLE:
                return f"({item.part}) {item.title}" if item.part else item.title
            if column == ItemColumn.PRESENTER:
                return item.presenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ItemColumn.MARK:
                tips = [self.mark_tips.get(symbol, "") for symbol in self._marks(row)]
                tips += self.marks.problems.get(row, [])
                return "\n".join(t for t in tips if t) or None
            if column == ItemColumn.START:
                return self.fixed_tip if item.start is not None else self.follows_tip
            if column == ItemColumn.TITLE:
                return "\n".join([item.title, *self.marks.problems.get(row, [])])
        # A time the organiser wrote is bold; one that follows from the others is not.
        if role == Qt.ItemDataRole.FontRole and (
            (column == ItemColumn.START and item.start is not None)
            or (column == ItemColumn.LENGTH and item.duration is not None)
        ):
            return _bold()
        if role == Qt.ItemDataRole.BackgroundRole:
            if row in self.marks.problems:
                return QBrush(PROBLEM_BACKGROUND)
            if row == self.marks.live:
                return QBrush(LIVE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row in self.marks.done:
            return QBrush(PAST_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ItemColumn.START,
            ItemColumn.END,
            ItemColumn.LENGTH,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SpeakersModel(_RowMover):
    """The speakers of one item; presenter, title, length and notes are edited in place."""

    mime_type = SPEAKER_ROWS_MIME
    speakerEdited = Signal(int, str, str)  # row, field ("presenter", ...), text typed

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.speakers: tuple[Speaker, ...] = ()
        self.editable = True  # False: shown only (an item's phases' speakers)
        self.turns: tuple[PlannedTurn, ...] = ()  # the planned turns, when the plan is known
        self.problems: dict[int, list[str]] = {}
        self.headers = {}
        self.even_text = "even"
        self.length_tip = ""

    def show(
        self,
        speakers: tuple[Speaker, ...],
        turns: tuple[PlannedTurn, ...],
        problems: dict[int, list[str]],
    ) -> None:
        rows_changed = len(speakers) != len(self.speakers)
        if rows_changed:
            self.beginResetModel()
        self.speakers, self.turns, self.problems = speakers, turns, problems
        if rows_changed:
            self.endResetModel()
        elif speakers:
            last = self.index(len(speakers) - 1, len(SpeakerColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.speakers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SpeakerColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = self._drag_flags(index)
        if self.editable and index.isValid() and index.column() != SpeakerColumn.PLANNED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.speakers):
            return None
        row, column = index.row(), SpeakerColumn(index.column())
        speaker = self.speakers[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == SpeakerColumn.PRESENTER:
                return speaker.presenter
            if column == SpeakerColumn.TITLE:
                return speaker.title
            if column == SpeakerColumn.NOTES:
                return speaker.notes
            if column == SpeakerColumn.MC:
                return speaker.mc
            if column == SpeakerColumn.LENGTH:
                if speaker.duration is not None:
                    return length_text(speaker.duration)
                return "" if role == Qt.ItemDataRole.EditRole else self.even_text
            if column == SpeakerColumn.PLANNED and row < len(self.turns):
                turn = self.turns[row]
                return f"{format_time_of_day(turn.start)} · {length_text(turn.duration)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if row in self.problems:
                return "\n".join(self.problems[row])
            if column == SpeakerColumn.LENGTH:
                return self.length_tip
        if role == Qt.ItemDataRole.BackgroundRole and row in self.problems:
            return QBrush(PROBLEM_BACKGROUND)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == SpeakerColumn.LENGTH
            and speaker.duration is None
        ):
            return QBrush(PAST_FOREGROUND)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        names = {
            SpeakerColumn.PRESENTER: "presenter",
            SpeakerColumn.TITLE: "title",
            SpeakerColumn.LENGTH: "duration",
            SpeakerColumn.NOTES: "notes",
            SpeakerColumn.MC: "mc",
        }
        name = names.get(SpeakerColumn(index.column()))
        if name is None:
            return False
        self.speakerEdited.emit(index.row(), name, str(value))
        return True


def speaker_turns(check: Check, item: int) -> tuple[PlannedTurn, ...]:
    """The planned turns of the speakers of item ``item`` (0-based), if the plan is known:
    the presentation's, or every phase's when the item lists its phases."""
    if check.schedule is None or item >= len(check.schedule.items):
        return ()
    planned = check.schedule.items[item]
    if planned.item.phases:
        return tuple(t for p in planned.phases for t in p.turns if t.speaker is not None)
    for phase in planned.phases:
        if phase.kind in (PhaseKind.MAIN, PhaseKind.PRESENTATION):
            return tuple(t for t in phase.turns if t.speaker is not None)
    return ()
