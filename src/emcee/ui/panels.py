"""The console's live panels: the current timer, programme status, alert banner, proposals.

Each panel renders a snapshot and changes a label only when its text changed, so the
once-a-second update repaints little.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.model import ItemKind, Phase, PhaseKind
from emcee.core.agenda.phases import phase_name, phase_title
from emcee.core.agenda.schedule import Schedule
from emcee.core.engine.snapshot import Change, Current, Level, Proposal, ShowState, Snapshot
from emcee.core.timefmt import (
    format_clock,
    format_time_of_day,
    format_wall_clock,
)
from emcee.ui.face import LEVEL_SYMBOLS, PALETTES, changed_cells, paint_timer, timer_text
from emcee.ui.i18n import current_language
from emcee.ui.keymap import tooltip

CONSOLE_PALETTE = PALETTES["standard"]
PANEL_BACKGROUND = "#141414"


def set_font(widget: QWidget, point_size: int, bold: bool = False) -> None:
    """``widget``'s own font at ``point_size`` points, bold when asked."""
    font = widget.font()
    font.setPointSize(point_size)
    font.setBold(bold)
    widget.setFont(font)


def set_text(label: QLabel | LiveLine, text: str) -> None:
    """Change a label only when its text changes (no needless relayout and repaint)."""
    if label.text() != text:
        label.setText(text)
    label.setVisible(bool(text))


def set_style(widget: QWidget, style: str) -> None:
    """Change a style sheet only when it changes: each change re-polishes the widget and
    asks the whole window to lay out again."""
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


def minutes_text(seconds: float) -> int:
    return round(abs(seconds) / 60)


class LiveLine(QWidget):
    """One line of text that changes every second (time left, the block's time left).

    A new text repaints the line alone. A QLabel asks the whole console to lay itself out
    again at each change of text (measured: a fifth of a running show's CPU). The line
    keeps one height; a text too wide for it is drawn smaller, not wrapped.
    """

    def __init__(self, point_size: int, bold: bool) -> None:
        super().__init__()
        set_font(self, point_size, bold)
        self._text = ""
        self._color = QColor(CONSOLE_PALETTE.text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # named as QLabel's, for set_text
        if text != self._text:
            self._text = text
            self.update()

    def set_color(self, color: QColor) -> None:
        if color != self._color:
            self._color = QColor(color)
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, QFontMetrics(self.font()).height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        width = QFontMetricsF(font).horizontalAdvance(self._text)
        if width > self.width() > 0:
            font.setPointSizeF(max(1.0, font.pointSizeF() * self.width() / width))
        painter.setFont(font)
        painter.setPen(self._color)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(self.rect()), align, self._text)
        painter.end()


class DigitsView(QWidget):
    """Big digits that fill the widget, in the level's colour (the presenter's drawing code)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.color = QColor(CONSOLE_PALETTE.normal)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(60)

    def show_text(self, text: str, color: QColor) -> None:
        """Show ``text``: a new second or minute repaints the characters that changed."""
        if text == self.text and color == self.color:
            return
        old, self.text = self.text, text
        if color != self.color or not old or not text:
            self.color = QColor(color)
            self.update()
            return
        area = changed_cells(old, text, self._digits_rect())
        self.update(area.toAlignedRect().adjusted(-1, -1, 1, 1))

    def _digits_rect(self) -> QRectF:
        margin = 0.04 * self.width()
        return QRectF(self.rect()).adjusted(margin, 4, -margin, -4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_timer(painter, self._digits_rect(), self.text or " ", self.color)
        painter.end()


def _dark(widget: QWidget) -> None:
    widget.setAutoFillBackground(True)
    palette = widget.palette()
    palette.setColor(widget.backgroundRole(), QColor(PANEL_BACKGROUND))
    palette.setColor(widget.foregroundRole(), QColor(CONSOLE_PALETTE.text))
    widget.setPalette(palette)


class TimerPanel(QWidget):
    """The live turn: what it is, who speaks, the countdown, its level, the block, what's next."""

    def __init__(self, schedule: Schedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        _dark(self)
        self.heading = QLabel()
        self.speaker = QLabel()
        self.talk = QLabel()
        self.digits = DigitsView()
        self.level = LiveLine(16, bold=True)
        self.block = LiveLine(14, bold=False)
        self.following = QLabel()
        for label, size, bold in (
            (self.heading, 13, False),
            (self.speaker, 20, True),
            (self.talk, 13, False),
            (self.following, 12, False),
        ):
            set_font(label, size, bold)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {CONSOLE_PALETTE.text};")
        self.heading.setStyleSheet(f"color: {CONSOLE_PALETTE.dim};")
        self.following.setStyleSheet(f"color: {CONSOLE_PALETTE.dim};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.speaker)
        layout.addWidget(self.talk)
        layout.addWidget(self.digits, 1)
        layout.addWidget(self.level)
        layout.addWidget(self.block)
        layout.addWidget(self.following)

    def phase_word(self, phase: Phase) -> str:
        """A phase as the timer names it: its title as written, else its kind's name."""
        if phase.title:
            return phase.title
        if phase.kind is PhaseKind.PRESENTATION:
            return self.tr("Presentation")
        if phase.kind is PhaseKind.DISCUSSION:
            return self.tr("Discussion")
        if phase.kind is PhaseKind.MAIN:
            return ""
        return phase_title(phase, current_language())

    def level_text(self, current: Current) -> str:
        symbol = LEVEL_SYMBOLS[current.level]
        text = {
            Level.NORMAL: "",
            Level.WARNING: self.tr("Warning: %1 left").replace(
                "%1", format_clock(current.remaining)
            ),
            Level.FINAL: self.tr("Final warning: %1 left").replace(
                "%1", format_clock(current.remaining)
            ),
            Level.TIME_UP: self.tr("Time is up"),
            Level.OVERTIME: self.tr("Over time"),
        }[current.level]
        return f"{symbol} {text}".strip()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        current = snapshot.current
        if current is None:
            self._render_idle(snapshot)
            return
        item = current.item.planned.item
        segment = current.segment
        heading = f"({item.part}) {item.title}" if item.part else item.title
        if current.item.planned.chair:
            heading += " · " + self.tr("Chair %1").replace("%1", current.item.planned.chair)
        phase = self.phase_word(current.item.planned.phases[segment.phase_index].written)
        if snapshot.state is ShowState.PAUSED:
            heading = self.tr("PAUSED") + " · " + heading
        if segment.turn.speaker is not None:
            speaker, talk = segment.turn.speaker.presenter, segment.turn.speaker.title
        elif segment.kind is not PhaseKind.MAIN:  # the floor's, the chair's remarks, ...
            speaker, talk = phase, ""
        else:
            speaker, talk = item.presenter or item.title, ""
        set_text(self.heading, heading)
        set_text(self.speaker, speaker)
        set_text(self.talk, talk)
        color = CONSOLE_PALETTE.level_color(current.level)
        if snapshot.state is ShowState.PAUSED:
            color = QColor(CONSOLE_PALETTE.dim)
        self.digits.show_text(timer_text(current, snapshot.time_of_day), color)
        set_text(self.level, self.level_text(current))
        self.level.set_color(color)
        block = ""
        if current.block_remaining is not None:
            over = current.block_remaining < 0
            words = (
                self.tr("%1 %2/%3 · block over by %4")
                if over
                else self.tr("%1 %2/%3 · block left %4")
            )
            block = (
                words.replace("%1", phase)
                .replace("%2", str(current.turn_number))
                .replace("%3", str(current.turns_in_phase))
                .replace("%4", format_clock(abs(current.block_remaining)))
            )
        elif current.target_time is not None:
            # A break resumes at its time; other items counting to their end just end then.
            words = self.tr("Resumes at %1") if item.kind is ItemKind.BREAK else self.tr("Until %1")
            block = words.replace("%1", format_time_of_day(round(current.target_time)))
        block_color = QColor(CONSOLE_PALETTE.text)
        if current.question is not None:  # the discussion's second, smaller countdown
            question = current.question
            words = self.tr("Answer %1 · %2") if question.answering else self.tr("Question %1 · %2")
            block = words.replace("%1", str(question.number)).replace(
                "%2", format_clock(question.remaining)
            )
            if question.remaining <= 0:
                block_color = CONSOLE_PALETTE.level_color(Level.TIME_UP)
        set_text(self.block, block)
        self.block.set_color(block_color)
        set_text(self.following, self._next_text(snapshot))

    def _next_text(self, snapshot: Snapshot) -> str:
        following = snapshot.next_segment
        if following is None:
            return ""
        planned = self.schedule.items[following.item_index]
        if following.turn.speaker is not None:
            what = following.turn.speaker.presenter
            if following.turn.speaker.title:
                what += " · " + following.turn.speaker.title
        elif following.kind is not PhaseKind.MAIN:
            what = self.phase_word(planned.phases[following.phase_index].written)
        else:
            what = planned.item.title
        return self.tr("Next: %1").replace("%1", what)

    def _render_idle(self, snapshot: Snapshot) -> None:
        programme = self.schedule.programme
        if snapshot.state is ShowState.ENDED:
            set_text(self.heading, self.tr("The show has ended"))
            self.digits.show_text(
                format_time_of_day(int(snapshot.projected_end))[:5], QColor(CONSOLE_PALETTE.dim)
            )
            set_text(self.following, "")
        else:
            first = snapshot.items[0]
            start = format_time_of_day(int(first.planned_start))
            heading = self.tr("Not started · planned start %1").replace("%1", start)
            opening = next(
                (v for v in snapshot.items if v.planned.item.kind is not ItemKind.REGISTRATION),
                None,
            )
            if first.planned.item.kind is ItemKind.REGISTRATION and opening is not None:
                # Two start times: say which is which (the projector shows the second).
                heading = (
                    self.tr("Not started · registration %1 · the programme starts %2")
                    .replace("%1", start)
                    .replace("%2", format_time_of_day(int(opening.planned_start)))
                )
            set_text(self.heading, heading)
            self.digits.show_text(
                format_time_of_day(int(snapshot.time_of_day))[:5], QColor(CONSOLE_PALETTE.dim)
            )
            set_text(self.following, self._next_text(snapshot))
        set_text(self.speaker, programme.title)
        set_text(self.talk, programme.subtitle)
        set_text(
            self.level, self.tr("Press Space to start") if snapshot.state is ShowState.READY else ""
        )
        self.level.set_color(QColor(CONSOLE_PALETTE.dim))
        set_text(self.block, "")


class StatusPanel(QWidget):
    """Wall clock, drift, and the projected end against the planned and hard end."""

    def __init__(self, schedule: Schedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.clock = QLabel()
        self.drift = QLabel()
        self.end = QLabel()
        set_font(self.clock, 22, bold=True)
        # As wide as the widest time, fixed: a new second then repaints the clock alone
        # instead of laying the whole console out again.
        self.clock.setText(format_wall_clock(0))
        self.clock.setFixedSize(self.clock.sizeHint())
        set_font(self.drift, 16, bold=True)
        self.end.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.clock)
        layout.addSpacing(16)
        column = QVBoxLayout()
        column.addWidget(self.drift)
        column.addWidget(self.end)
        layout.addLayout(column, 1)

    def drift_text(self, drift: float, state: ShowState) -> tuple[str, str]:
        """The drift in words, naming what it measures, and its colour: late is red,
        ahead green. Before the start it is the start's delay; during the show, the
        current item's: when the next item is expected to start against its plan."""
        minutes = minutes_text(drift)
        if state is ShowState.READY:
            if minutes == 0 or drift < 0:
                return self.tr("On schedule"), "#2e7d32"
            return self.tr("Start %n min behind", "", minutes), "#c62828"
        if minutes == 0:
            return self.tr("Current item on time"), "#2e7d32"
        if drift > 0:
            return self.tr("Current item %n min behind", "", minutes), "#c62828"
        return self.tr("Current item %n min ahead", "", minutes), "#2e7d32"

    def absorbed_text(self, snapshot: Snapshot) -> str:
        """Why the expected end differs from the current item's drift by a minute or
        more: breaks counting to their restart and items waiting for their planned start
        take lateness back (or, ahead, keep the programme from ending early)."""
        gap = minutes_text(snapshot.drift - (snapshot.projected_end - snapshot.planned_end))
        if gap == 0 or snapshot.state not in (ShowState.RUNNING, ShowState.PAUSED):
            return ""
        steps = snapshot.projection.steps
        if any(step.to_end for step in steps):
            return self.tr("%n min absorbed by breaks", "", gap)
        if any(step.waits_until is not None for step in steps):
            return self.tr("%n min absorbed by gaps in the plan", "", gap)
        return self.tr("%n min changed by the items to come", "", gap)

    def difference_text(self, seconds: float) -> str:
        minutes = minutes_text(seconds)
        if minutes == 0:
            return self.tr("on time")
        sign = "+" if seconds > 0 else "–"
        return sign + self.tr("%n min", "", minutes)

    def show_wall_clock(self, time_of_day: float) -> None:
        set_text(self.clock, format_wall_clock(time_of_day))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.show_wall_clock(snapshot.time_of_day)
        planned_for = self.schedule.programme.date
        if snapshot.state is ShowState.READY and planned_for not in (None, snapshot.date):
            # Opened on another day (to prepare or rehearse): a delay would be meaningless.
            set_text(
                self.drift,
                self.tr("Planned for %1 %2")
                .replace("%1", str(planned_for))
                .replace("%2", format_time_of_day(int(snapshot.items[0].planned_start))),
            )
            set_style(self.drift, "")
            set_text(
                self.end,
                self.tr("planned %1").replace(
                    "%1", format_time_of_day(int(snapshot.planned_end))[:5]
                ),
            )
            return
        drift, color = self.drift_text(snapshot.drift, snapshot.state)
        if snapshot.state is ShowState.ENDED:
            drift = ""  # the end line says how late it ended
        set_text(self.drift, drift)
        set_style(self.drift, f"color: {color};")
        difference = snapshot.projected_end - snapshot.planned_end
        why = self.absorbed_text(snapshot)
        parts = [
            self.tr("Expected end %1 (%2)")
            .replace("%1", format_time_of_day(round(snapshot.projected_end))[:5])
            .replace("%2", self.difference_text(difference) + (", " + why if why else "")),
            self.tr("planned %1").replace("%1", format_time_of_day(int(snapshot.planned_end))[:5]),
        ]
        if snapshot.hard_end is not None:
            parts.append(
                self.tr("hard end %1").replace("%1", format_time_of_day(int(snapshot.hard_end))[:5])
            )
        if snapshot.state is ShowState.ENDED:
            parts[0] = (
                self.tr("Ended %1 (%2)")
                .replace("%1", format_time_of_day(round(snapshot.projected_end))[:5])
                .replace("%2", self.difference_text(difference))
            )
        set_text(self.end, " · ".join(parts))


class Banner(QFrame):
    """Names who is over and by how much; shown from the warning on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        set_font(self.label, 16, bold=True)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label)
        self.level: Level | None = None
        self.setVisible(False)

    def message(self, current: Current, snapshot: Snapshot) -> str:
        segment = current.segment
        planned = snapshot.items[segment.item_index].planned
        if segment.turn.speaker is not None:
            who = segment.turn.speaker.presenter
            activity = self.tr("presentation")
        elif segment.kind is PhaseKind.DISCUSSION:
            who = planned.item.part or planned.item.title
            activity = self.tr("discussion")
        elif segment.kind is not PhaseKind.MAIN:
            who = planned.item.part or planned.item.title
            phase = planned.phases[segment.phase_index].written
            activity = phase.title or phase_name(phase.kind, current_language())
        else:
            who = planned.item.presenter or planned.item.title
            activity = ""
        subject = f"{who} {activity}".strip()
        if current.level is Level.WARNING or current.level is Level.FINAL:
            return (
                self.tr("%1: %2 left")
                .replace("%1", subject)
                .replace("%2", format_clock(current.remaining))
            )
        if current.level is Level.TIME_UP:
            return self.tr("%1: time is up").replace("%1", subject)
        return (
            self.tr("%1 over time %2")
            .replace("%1", subject)
            .replace("%2", format_clock(current.remaining))
        )

    def show_snapshot(self, snapshot: Snapshot) -> None:
        current = snapshot.current
        if current is None or current.level is Level.NORMAL:
            self.setVisible(False)
            self.level = None
            return
        text = f"{LEVEL_SYMBOLS[current.level]}  {self.message(current, snapshot)}"
        set_text(self.label, text)
        if current.level != self.level:
            self.level = current.level
            background = CONSOLE_PALETTE.level_color(current.level)
            foreground = "#000000" if current.level <= Level.FINAL else "#ffffff"
            if current.level >= Level.TIME_UP:
                background = QColor("#b71c1c")
            self.setStyleSheet(
                f"Banner {{ background: {background.name()}; border-radius: 4px; }}"
                f" QLabel {{ color: {foreground}; }}"
            )
        self.setVisible(True)


class ProposalPanel(QFrame):
    """A rebalancing the engine proposes (which items shrink, by how much): Apply / Undo."""

    applyRequested = Signal(object)  # Proposal
    undoRequested = Signal()

    def __init__(self, schedule: Schedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.proposal: Proposal | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ProposalPanel { background: #fff8e1; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.apply_button = QPushButton()
        self.undo_button = QPushButton()
        self.apply_button.clicked.connect(self._apply)
        self.undo_button.clicked.connect(self.undoRequested)
        buttons = QVBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.undo_available = False
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setToolTip(tooltip("rebalance"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last action (Ctrl+Z)"))

    def _apply(self) -> None:
        if self.proposal is not None:
            self.applyRequested.emit(self.proposal)

    def label_of(self, change: Change) -> str:
        planned = self.schedule.items[change.item_index]
        item, phase = planned.item, change.phase
        name = item.part or item.title
        if item.phases and change.phase_index is not None:  # a phase of the long form
            written = planned.phases[change.phase_index].written
            return name + " " + (written.title or phase_name(written.kind, current_language()))
        if phase is PhaseKind.DISCUSSION:
            return name + " " + self.tr("discussion")
        if phase is PhaseKind.PRESENTATION:
            return name + " " + self.tr("presentations")
        return name

    def describe(self, proposal: Proposal) -> str:
        lines = [
            self.tr("Expected end %1 is %2 past %3. To finish on time:")
            .replace("%1", format_time_of_day(round(proposal.projected_end))[:5])
            .replace(
                "%2",
                self.tr("%n min", "", minutes_text(proposal.projected_end - proposal.target_end)),
            )
            .replace("%3", format_time_of_day(int(proposal.target_end))[:5])
        ]
        for change in proposal.changes:
            lines.append(
                "• "
                + self.tr("%1: %2 → %3 (–%4)")
                .replace("%1", self.label_of(change))
                .replace("%2", self.tr("%n min", "", change.planned // 60))
                .replace("%3", self.tr("%n min", "", change.proposed // 60))
                .replace("%4", self.tr("%n min", "", change.saving // 60))
            )
        if proposal.shortfall >= 30:
            lines.append(
                self.tr("%1 cannot be absorbed without going below the minimums.").replace(
                    "%1", self.tr("%n min", "", minutes_text(proposal.shortfall))
                )
            )
        if not proposal.changes:
            lines.append(self.tr("Nothing left to shorten."))
        return "\n".join(lines)

    def show_snapshot(self, snapshot: Snapshot, undo_rebalance: bool) -> None:
        proposal = snapshot.proposal
        self.undo_available = undo_rebalance
        self.undo_button.setVisible(undo_rebalance)
        if proposal is None and not undo_rebalance:
            self.proposal = None
            self.setVisible(False)
            return
        if proposal is not None:
            if proposal != self.proposal:
                self.proposal = proposal
                set_text(self.text, self.describe(proposal))
            self.apply_button.setVisible(bool(proposal.changes))
        else:
            self.proposal = None
            set_text(self.text, self.tr("The programme was shortened to finish on time."))
            self.apply_button.setVisible(False)
        self.setVisible(True)
