"""The agenda as a tree model over the engine's snapshots: items, their phases and turns.

Rows are fixed by the schedule; each snapshot only changes cell values, and only the rows
whose values changed are announced, so the view repaints little each second. The values
of a row are worked out again only when the engine's views behind it are new objects
(the engine keeps those that did not change), so a snapshot costs what changed, also on
a 500-item agenda.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from emcee.core.agenda.model import Phase, PhaseKind
from emcee.core.agenda.phases import phase_title
from emcee.core.agenda.schedule import Schedule
from emcee.core.engine.snapshot import Level, SegmentView, Snapshot, Status
from emcee.core.timefmt import format_length, format_signed, format_time_of_day
from emcee.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    START = 0
    LENGTH = 1
    TITLE = 2
    PRESENTER = 3
    STATUS = 4
    ACTUAL_START = 5
    ACTUAL_LENGTH = 6
    OVER_UNDER = 7


# Status symbols, so the status reads without colour.
STATUS_SYMBOLS = {
    Status.DONE: "√",
    Status.LIVE: "▶",
    Status.NEXT: "›",
    Status.UPCOMING: "",
    Status.SKIPPED: "×",
}

LIVE_BACKGROUND = {
    Level.NORMAL: QColor("#d8f5e3"),
    Level.WARNING: QColor("#fff1c2"),
    Level.FINAL: QColor("#ffd9bf"),
    Level.TIME_UP: QColor("#ffc9c9"),
    Level.OVERTIME: QColor("#ffc9c9"),
}
OVER_COLOR = QColor("#c62828")
UNDER_COLOR = QColor("#2e7d32")
DONE_COLOR = QColor("#6b6b6b")


def length_text(seconds: float) -> str:
    """A length as the console writes it everywhere (the live agenda, the editor):
    ``30 min`` / ``30분`` for whole minutes, else ``4:47``."""
    whole = round(seconds)
    if whole % 60 == 0:
        return QCoreApplication.translate("AgendaModel", "%1 min").replace("%1", str(whole // 60))
    return f"{whole // 60}:{whole % 60:02d}"


@dataclass
class Node:
    """One row: an item, a phase of a session, or a speaker's turn."""

    item: int
    phase: int | None = None  # None: the item row
    segment: int | None = None  # the turn this row times, if it times exactly one
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0
    segments: range = range(0)  # every turn under this row

    @property
    def first_segment(self) -> int:
        return self.segments.start


def build_tree(schedule: Schedule) -> list[Node]:
    """Items at the top; a session's phases under it; shared turns under their phase."""
    roots: list[Node] = []
    position = 0
    for item_index, planned in enumerate(schedule.items):
        count = sum(len(phase.turns) for phase in planned.phases)
        item_node = Node(item_index, row=item_index, segments=range(position, position + count))
        roots.append(item_node)
        if count == 1:
            item_node.segment = position
        for phase_index, phase in enumerate(planned.phases):
            turns = range(position, position + len(phase.turns))
            if phase.kind is PhaseKind.MAIN:
                parent = item_node
            else:
                parent = Node(
                    item_index,
                    phase_index,
                    segment=turns.start if len(turns) == 1 else None,
                    parent=item_node,
                    row=len(item_node.children),
                    segments=turns,
                )
                item_node.children.append(parent)
            if len(turns) > 1:
                for segment in turns:
                    parent.children.append(
                        Node(
                            item_index,
                            phase_index,
                            segment=segment,
                            parent=parent,
                            row=len(parent.children),
                            segments=range(segment, segment + 1),
                        )
                    )
            position += len(phase.turns)
    return roots


@dataclass(frozen=True)
class RowValues:
    """What one row shows; compared between snapshots to find what changed."""

    texts: tuple[str, ...]
    status: Status
    level: Level | None  # the live level, for the row's colour
    over: float | None  # over (+) or under (-) in seconds, for the colour of that cell


def _changed_columns(before: RowValues, after: RowValues) -> list[Column]:
    """The cells of a row to repaint: all of them when its colour changes, else only
    those whose text or colour changed (the live row's duration changes every second)."""
    if (before.status, before.level) != (after.status, after.level):
        return list(Column)
    changed = [c for c in Column if before.texts[c] != after.texts[c]]
    if before.over != after.over:
        changed.append(Column.OVER_UNDER)  # its colour
    return changed


class AgendaModel(QAbstractItemModel):
    # Every text is new (a language, a schedule): the view fits its columns again, which
    # measures every row, so not on every second's dataChanged.
    shapeChanged = Signal()
    # list[QModelIndex]: cells whose text got longer or shorter, or bold or not; the view
    # widens their columns if they need it, measuring those cells alone.
    cellsReshaped = Signal(list)

    def __init__(self, schedule: Schedule, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.schedule = schedule
        self.roots = build_tree(schedule)
        self.nodes: list[Node] = []
        self._collect(self.roots)
        self.item_nodes: list[list[Node]] = [[] for _ in schedule.items]
        self.segment_rows: dict[int, Node] = {}  # each turn's deepest row
        for node in self.nodes:
            self.item_nodes[node.item].append(node)
            for segment in node.segments:
                best = self.segment_rows.get(segment)
                if best is None or len(node.segments) <= len(best.segments):
                    self.segment_rows[segment] = node
        self.values: dict[int, RowValues] = {}
        self.snapshot: Snapshot | None = None
        self.phase_names = {
            PhaseKind.MAIN: "",
            PhaseKind.PRESENTATION: "",
            PhaseKind.DISCUSSION: "",
        }
        self.retranslate()

    def phase_name(self, phase: Phase) -> str:
        """A phase's row: its title as written, else its kind's name."""
        if phase.title:
            return phase.title
        name = self.phase_names.get(phase.kind)
        return name if name is not None else phase_title(phase, current_language())

    def _collect(self, nodes: list[Node]) -> None:
        for node in nodes:
            self.nodes.append(node)
            self._collect(node.children)

    def retranslate(self) -> None:
        self.phase_names = {
            PhaseKind.MAIN: "",
            PhaseKind.PRESENTATION: self.tr("Presentations"),
            PhaseKind.DISCUSSION: self.tr("Discussion"),
        }
        self.status_names = {
            Status.DONE: self.tr("done"),
            Status.LIVE: self.tr("live"),
            Status.NEXT: self.tr("next"),
            Status.UPCOMING: self.tr("upcoming"),
            Status.SKIPPED: self.tr("skipped"),
        }
        if self.snapshot is not None:
            self.update(self.snapshot, force=True)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    # --- values ----------------------------------------------------------------------------

    def length_text(self, seconds: float) -> str:
        return length_text(seconds)

    def update(self, snapshot: Snapshot, force: bool = False) -> None:
        """Take a new snapshot; announce the rows whose values changed."""
        last, self.snapshot = self.snapshot, snapshot
        if last is None or len(last.items) != len(snapshot.items):
            force = True
        nodes = self.nodes if force or last is None else self._nodes_to_check(last, snapshot)
        reshaped: list[QModelIndex] = []
        for node in nodes:
            values = self._values(node, snapshot)
            key = id(node)
            before = self.values.get(key)
            if not force and before == values:
                continue
            self.values[key] = values
            if force or before is None:
                changed = list(Column)
            else:
                changed = _changed_columns(before, values)
                # The live row is bold: becoming or leaving it reshapes every cell.
                bold = (before.status is Status.LIVE) != (values.status is Status.LIVE)
                reshaped += [
                    self.createIndex(node.row, column, node)
                    for column in Column
                    if bold or len(values.texts[column]) != len(before.texts[column])
                ]
            first = self.createIndex(node.row, min(changed), node)
            last_index = self.createIndex(node.row, max(changed), node)
            self.dataChanged.emit(first, last_index)
        if force:
            self.shapeChanged.emit()
        elif reshaped:
            self.cellsReshaped.emit(reshaped)

    def _nodes_to_check(self, last: Snapshot, snapshot: Snapshot) -> list[Node]:
        """The rows whose values may have changed since ``last``: those of items whose
        views are new objects, and those that were or become the next turn's."""
        items = {
            index
            for index, (before, after) in enumerate(zip(last.items, snapshot.items, strict=True))
            if before is not after
        }
        if last.segments is not snapshot.segments:
            items.update(
                after.item_index
                for before, after in zip(last.segments, snapshot.segments, strict=True)
                if before is not after
            )
        for following in (last.next_segment, snapshot.next_segment):
            if following is not None:
                items.add(following.item_index)
        return [node for item in sorted(items) for node in self.item_nodes[item]]

    def _values(self, node: Node, snapshot: Snapshot) -> RowValues:
        schedule = self.schedule
        planned = schedule.items[node.item]
        item_view = snapshot.items[node.item]
        segments = [snapshot.segments[i] for i in node.segments]
        if node.phase is None:
            item = planned.item
            title = f"({item.part}) {item.title}" if item.part else item.title
            presenter = item.presenter
            planned_start = item_view.planned_start
            status = item_view.status
            length = item_view.planned_duration
            if node.segment is not None and status in (Status.DONE, Status.LIVE):
                # One turn (a break, an opening): the time it was given, as its countdown.
                length = segments[0].allotted + segments[0].added
            actual_start = item_view.actual_start
            actual_length = item_view.actual_duration
            over = (actual_length - length) if status is Status.DONE and actual_length else None
        elif node.segment is not None and len(node.segments) == 1 and node.children == []:
            view = segments[0]
            phase = planned.phases[node.phase]
            if view.turn.speaker is not None:
                speaker = view.turn.speaker
                title = f"{view.turn_index + 1}. {speaker.title or speaker.presenter}"
                presenter = speaker.presenter
            else:
                title = self.phase_name(phase.written)
                presenter = ""
            planned_start = view.turn.start + (item_view.planned_start - planned.start)
            status = view.status
            length = view.allotted + view.added
            if status is Status.SKIPPED:
                # Never run: what the plan gave it, not a share of time nobody used.
                shared = len(phase.turns) > 1
                length = view.turn.duration if shared else item_view.phase_lengths[node.phase]
            actual_start = view.actual_start
            actual_length = view.elapsed if view.actual_start is not None else None
            over = (view.elapsed - length) if status is Status.DONE else None
        else:
            phase = planned.phases[node.phase]
            title = self.phase_name(phase.written)
            presenter = ""
            planned_start = phase.start + (item_view.planned_start - planned.start)
            length = item_view.phase_lengths[node.phase]
            status = _combined_status(segments)
            started = [v.actual_start for v in segments if v.actual_start is not None]
            actual_start = min(started) if started else None
            actual_length = sum(v.elapsed for v in segments) if started else None
            over = (actual_length - length) if status is Status.DONE and actual_length else None
        if status in (Status.NEXT, Status.UPCOMING):
            # "Next" is the next turn (and the rows that begin with it), not the next item.
            following = snapshot.next_segment
            starts_next = following is not None and following.index == node.first_segment
            status = Status.NEXT if starts_next else Status.UPCOMING
            # A turn gone back over (←) is to come again: its first start is history.
            actual_start = actual_length = None
        live = next((v for v in segments if v.status is Status.LIVE), None)
        level = snapshot.current.level if live is not None and snapshot.current else None
        texts = (
            format_time_of_day(int(planned_start)),
            self.length_text(length),
            title,
            presenter,
            f"{STATUS_SYMBOLS[status]} {self.status_names[status]}".strip(),
            format_time_of_day(int(actual_start)) if actual_start is not None else "",
            format_length(actual_length) if actual_length is not None else "",
            format_signed(over) if over is not None else "",
        )
        return RowValues(texts, status, level, over)

    # --- the tree --------------------------------------------------------------------------

    @staticmethod
    def depth(node: Node) -> int:
        """0 for an item's row, 1 for a phase's, 2 for a turn's under a phase."""
        depth = 0
        while node.parent is not None:
            node, depth = node.parent, depth + 1
        return depth

    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, Node) else None

    def index_of_segment(self, segment: int) -> QModelIndex:
        """The deepest row that shows ``segment``."""
        best = self.segment_rows.get(segment)
        return self.createIndex(best.row, 0, best) if best is not None else QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self.roots if not parent.isValid() else self._children(parent)
        if not 0 <= row < len(children) or not 0 <= column < len(Column):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def _children(self, parent: Index) -> list[Node]:
        node = self.node(parent)
        return node.children if node is not None else []

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.roots) if not parent.isValid() else len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.START: self.tr("Start"),
            Column.LENGTH: self.tr("Length"),
            Column.TITLE: self.tr("Title"),
            Column.PRESENTER: self.tr("Presenter"),
            Column.STATUS: self.tr("Status"),
            Column.ACTUAL_START: self.tr("Started"),
            Column.ACTUAL_LENGTH: self.tr("Took"),
            Column.OVER_UNDER: self.tr("Over/under (vs Length)"),
        }.get(Column(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        values = self.values.get(id(node))
        if values is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return values.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return values.texts[column]
        if role == Qt.ItemDataRole.BackgroundRole and values.level is not None:
            return QBrush(LIVE_BACKGROUND[values.level])
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.OVER_UNDER and values.over is not None and round(values.over):
                return QBrush(OVER_COLOR if values.over > 0 else UNDER_COLOR)
            if values.status in (Status.DONE, Status.SKIPPED):
                return QBrush(DONE_COLOR)
        if role == Qt.ItemDataRole.FontRole and values.status is Status.LIVE:
            return live_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.START,
            Column.LENGTH,
            Column.ACTUAL_START,
            Column.ACTUAL_LENGTH,
            Column.OVER_UNDER,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def live_font() -> QFont:
    """The live row's font: the interface's, bold."""
    font = QFont()
    font.setBold(True)
    return font


def _combined_status(segments: list[SegmentView]) -> Status:
    statuses = {v.status for v in segments}
    if Status.LIVE in statuses:
        return Status.LIVE
    if statuses == {Status.SKIPPED}:
        return Status.SKIPPED
    if Status.UPCOMING in statuses:
        return Status.UPCOMING
    return Status.DONE
