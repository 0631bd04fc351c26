"""The moderator's console: the live agenda, the current timer, controls, warnings, messages.

Every control works from the keyboard (a presentation clicker sends PageDown/PageUp).
Keys are read by one application-wide filter, so they work whatever has the focus (except
while typing a message), and no tree view or button can swallow a clicker's key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QSplitter,
    QTextEdit,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from emcee.core.journal import JournalError
from emcee.core.order import may_come_back
from emcee.core.schedule import Schedule
from emcee.core.show import ActionKind
from emcee.core.snapshot import Alert, ShowState, Snapshot
from emcee.core.timefmt import format_time_of_day
from emcee.ui.agenda_model import AgendaModel, Column
from emcee.ui.awake import AwakeKeeper
from emcee.ui.controller import REHEARSAL_OFFER_AFTER, Overlay, ShowController
from emcee.ui.drift_chart import DriftChart
from emcee.ui.editor.document import EditorDocument
from emcee.ui.editor.editor import AgendaEditor, AgendaTabs
from emcee.ui.editor.files import AgendaFiles
from emcee.ui.i18n import current_language, switch_language
from emcee.ui.messages import PRESET_KEYS, MessagePanel
from emcee.ui.notices import AwayNotice
from emcee.ui.panels import Banner, ProposalPanel, StatusPanel, TimerPanel, set_text
from emcee.ui.presenter import PresenterScreens
from emcee.ui.recorder import JournalWarning, ShowRecorder
from emcee.ui.sounds import CuePlayer

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
CLICKER_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
SOUNDS_AFTER_MS = 1000


class ShowKeys(QObject):
    """The keyboard controls, read where a key enters a window, before any widget sees it.

    The filter sits on the native windows of the console and the presenter screen, not
    on the application: an application-wide Python filter runs for every event of every
    object (each paint, each timer) and cost a third of a running show's CPU.
    """

    def __init__(self, console: ConsoleWindow) -> None:
        super().__init__(console)
        self.console = console

    def watch(self, window: QWidget) -> None:
        """Read the keys typed in this top-level widget's window."""
        handle = window.windowHandle()
        if handle is None:  # not shown yet: wait for its native window
            window.installEventFilter(self)
        else:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QWidget):
            if kind == QEvent.Type.Show:
                watched.removeEventFilter(self)  # each of its events would call Python
                self.watch(watched)
            return False
        editor = self.console.agenda_tabs.editor  # None until it is first shown
        if kind == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            return editor is not None and editor.claims_shortcut(event, QApplication.focusWidget())
        if kind != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        focus = QApplication.focusWidget()
        if editor is not None and editor.owns(focus):
            # Keys typed in the agenda editor are the editor's (arrows, Delete, Space,
            # Ctrl+Z as the draft's undo), so editing never drives the show by accident;
            # only a clicker's page keys still do, as everywhere, and Ctrl+O / Ctrl+Q.
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            app_keys = control and event.key() in (Qt.Key.Key_O, Qt.Key.Key_Q)
            if event.key() in CLICKER_KEYS or app_keys:
                return self.console.handle_key(event)
            return False
        typing = isinstance(focus, TEXT_INPUTS) or (
            isinstance(focus, QComboBox) and focus.isEditable()
        )
        if typing:
            if event.key() == Qt.Key.Key_Escape and focus is not None:
                focus.clearFocus()
                self.console.tree.setFocus()
                return True
            return False
        return self.console.handle_key(event)


class ConsoleWindow(QMainWindow):
    controllerReplaced = Signal(object)  # the new ShowController after an agenda was opened
    closed = Signal()  # the console closed: the show is over for this run

    def __init__(
        self,
        controller: ShowController,
        open_file: Callable[[str], Schedule | None] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        # No sliding toolbars or docks: each relayout would run 60 Hz animations.
        self.setAnimated(False)
        self.settings = settings or QSettings()
        self.open_file = open_file
        self.cues = CuePlayer(self)
        self.cues.muted = bool(self.settings.value("sound/muted", False, type=bool))
        self.cues.set_volume(float(self.settings.value("sound/volume", 0.8, type=float)))  # type: ignore[arg-type]
        self.presenter: PresenterScreens | None = None
        self._presenter_factory: Callable[[ShowController], PresenterScreens] | None = None
        self.preview: QWidget | None = None
        self.recorder: ShowRecorder | None = None
        self._recorder_factory: Callable[[ShowController], ShowRecorder] | None = None
        self.report_window: QMainWindow | None = None
        # Sharing on the network (F6), added by emcee.ui.sharing_panel.attach_sharing.
        self.act_share: QAction | None = None
        self._retranslate_share: Callable[[], None] | None = None
        self.controller: ShowController = controller
        self._build_widgets(controller.schedule)
        self.awake = AwakeKeeper(self.settings, self)  # no sleep from Start to End
        self.statusBar().addPermanentWidget(self.awake)
        self._build_actions()
        self._build_editor()
        self._build_menus_and_toolbar()
        self.keys = ShowKeys(self)
        self.keys.watch(self)
        self._bind(controller)
        self.retranslate()
        self._restore_settings()

    # --- building ------------------------------------------------------------------------

    def _build_widgets(self, schedule: Schedule) -> None:
        self.tree = QTreeView()
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(lambda _index: self.jump_to_selected())
        self._show_rows(schedule)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Columns are fitted to their texts when all of them change (fit_columns), and
        # widened when a text's length changes (widen_columns), not by ResizeToContents,
        # which measures every row on every second's change.
        for column in Column:
            mode = QHeaderView.ResizeMode.Interactive
            if column == Column.TITLE:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)

        self.timer_panel = TimerPanel(schedule)
        self.status_panel = StatusPanel(schedule)
        self.banner = Banner()
        self.journal_warning = JournalWarning()
        self.away_notice = AwayNotice()
        self.proposal_panel = ProposalPanel(schedule)
        self.proposal_panel.applyRequested.connect(lambda p: self.controller.rebalance(p))
        self.proposal_panel.undoRequested.connect(lambda: self.controller.undo())
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes_box = QGroupBox()
        notes_layout = QVBoxLayout(self.notes_box)
        notes_layout.addWidget(self.notes)
        self.chart = DriftChart()
        self.messages = MessagePanel()
        self.messages.sendRequested.connect(self.send_message)
        self.messages.clearRequested.connect(lambda: self.controller.clear_message())
        self.preview_box = QGroupBox()
        self.preview_layout = QVBoxLayout(self.preview_box)
        self.preview_box.setVisible(False)  # until a presenter preview is attached

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.timer_panel)
        lower = QSplitter(Qt.Orientation.Horizontal)
        left_column = QSplitter(Qt.Orientation.Vertical)
        left_column.addWidget(self.notes_box)
        left_column.addWidget(self.chart)
        right_column = QSplitter(Qt.Orientation.Vertical)
        right_column.addWidget(self.preview_box)
        right_column.addWidget(self.messages)
        # The message buttons never shrink below readable: the preview gives way first.
        self.messages.setMinimumHeight(self.messages.sizeHint().height())
        right_column.setStretchFactor(0, 1)
        right_column.setStretchFactor(1, 0)
        right_column.setCollapsible(1, False)
        lower.addWidget(left_column)
        lower.addWidget(right_column)
        right.addWidget(lower)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setCollapsible(1, False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.agenda_tabs = AgendaTabs(self.tree)  # the agenda editor joins it as a tab
        self.splitter.addWidget(self.agenda_tabs)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitters = {"main": self.splitter, "right": right, "lower": lower}

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.status_panel)
        layout.addWidget(self.banner)
        layout.addWidget(self.journal_warning)
        layout.addWidget(self.away_notice)
        layout.addWidget(self.proposal_panel)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(1024, 640)
        self.tree.setFocus()

    def _build_editor(self) -> None:
        """The agenda editor, in a tab beside the live agenda (Ctrl+E), and its files.
        The editor itself is built when it is first shown (start-up does not wait)."""
        self.document = EditorDocument(self.controller.schedule.agenda, self)
        self.agenda_tabs.set_editor(self.document, self._make_editor)
        self.files = AgendaFiles(self, self.document, self.settings)

    def _make_editor(self) -> AgendaEditor:
        editor = AgendaEditor(self.document, self.controller)
        self.controllerReplaced.connect(editor.bind)
        return editor

    @property
    def editor(self) -> AgendaEditor:
        """The agenda editor (built now if it was not yet)."""
        return self.agenda_tabs.built_editor()

    def _action(self, slot: Callable[[], object], keys: str = "") -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        action.setData(keys)
        return action

    def _build_actions(self) -> None:
        c = self
        self.act_start = self._action(c.toggle_pause, "Space")
        self.act_next = self._action(lambda: c.controller.next(), "→, PgDn")
        self.act_previous = self._action(lambda: c.controller.previous(), "←, PgUp")
        self.act_plus = self._action(lambda: c.controller.adjust(60), "+")
        self.act_minus = self._action(lambda: c.controller.adjust(-60), "-")
        self.act_plus30 = self._action(lambda: c.controller.adjust(30), "Alt++")
        self.act_minus30 = self._action(lambda: c.controller.adjust(-30), "Alt+-")
        self.act_restart = self._action(lambda: c.controller.restart(), "R")
        self.act_jump = self._action(c.jump_to_selected, "Enter")
        self.act_skip = self._action(c.skip_selected)
        self.act_end = self._action(c.end_show)
        self.act_report = self._action(c.open_report)
        self.act_undo = self._action(lambda: c.controller.undo(), "Ctrl+Z")
        self.act_message = self._action(c.focus_message, "M")
        self.act_clear = self._action(lambda: c.controller.clear_message(), "0")
        self.act_blackout = self._action(c.toggle_blackout, "B")
        self.act_blackout.setCheckable(True)
        self.act_presenter = self._action(c.toggle_presenter, "F5")
        self.act_presenter.setCheckable(True)
        self.act_open = self._action(c.open_agenda, "Ctrl+O")
        self.act_quit = self._action(self.close, "Ctrl+Q")
        self.act_mute = self._action(c.toggle_mute)
        self.act_mute.setCheckable(True)
        self.act_mute.setChecked(self.cues.muted)
        self.languages = QActionGroup(self)
        self.act_korean = QAction("한국어", self)
        self.act_english = QAction("English", self)
        for action, lang in ((self.act_korean, "ko"), (self.act_english, "en")):
            action.setCheckable(True)
            action.setData(lang)
            self.languages.addAction(action)
        self.languages.triggered.connect(lambda action: self.languageRequested(action.data()))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(self.cues.volume * 100))
        self.volume.valueChanged.connect(self._volume_changed)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_open])
        self.menu_file.addMenu(self.files.menu_recent)
        self.menu_file.addAction(self.files.act_import)
        self.menu_file.addSeparator()
        self.menu_file.addActions(
            [self.agenda_tabs.act_edit, self.files.act_save, self.files.act_save_as]
        )
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_show = bar.addMenu("")
        self.menu_show.addActions(
            [self.act_start, self.act_next, self.act_previous, self.act_jump, self.act_restart]
        )
        self.menu_show.addSeparator()
        self.menu_show.addActions(
            [self.act_plus, self.act_minus, self.act_plus30, self.act_minus30]
        )
        self.menu_show.addSeparator()
        self.menu_show.addActions([self.act_skip, self.act_undo])
        self.menu_show.addSeparator()
        self.menu_show.addAction(self.act_end)
        self.menu_show.addSeparator()
        self.menu_show.addAction(self.act_report)
        self.menu_presenter = bar.addMenu("")
        self.menu_presenter.addActions(
            [self.act_presenter, self.act_message, self.act_clear, self.act_blackout]
        )
        self.menu_screens: QMenu | None = None  # the presenter's, once there is one
        self.menu_sound = bar.addMenu("")
        self.menu_sound.addAction(self.act_mute)
        volume_action = QWidgetAction(self)
        volume_action.setDefaultWidget(self.volume)
        self.menu_sound.addAction(volume_action)
        self.menu_language = bar.addMenu("")
        self.menu_language.addActions([self.act_korean, self.act_english])

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("controls")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.addActions(
            [self.act_start, self.act_previous, self.act_next, self.act_restart]
        )
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_minus, self.act_plus])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_undo, self.act_blackout, self.act_presenter])
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        """Set every text in the current language (also called on a language change)."""
        texts: list[tuple[QAction, str, str]] = [
            (self.act_start, self.tr("Start / pause"), self.tr("Start, pause or resume the show")),
            (self.act_next, self.tr("Next"), self.tr("Next turn, phase or item")),
            (self.act_previous, self.tr("Previous"), self.tr("Back to the previous turn")),
            (self.act_plus, self.tr("+1 min"), self.tr("Give the current turn one more minute")),
            (self.act_minus, self.tr("–1 min"), self.tr("Take one minute off the current turn")),
            (self.act_plus30, self.tr("+30 s"), self.tr("Give the current turn 30 more seconds")),
            (self.act_minus30, self.tr("–30 s"), self.tr("Take 30 seconds off the current turn")),
            (self.act_restart, self.tr("Restart turn"), self.tr("Start the current turn again")),
            (
                self.act_jump,
                self.tr("Jump to selected"),
                self.tr("Go to the row selected in the agenda"),
            ),
            (
                self.act_skip,
                self.tr("Skip selected item"),
                self.tr("Leave the selected item out (undoable)"),
            ),
            (self.act_end, self.tr("End the show…"), self.tr("Finish the show now")),
            (
                self.act_report,
                self.tr("Report…"),
                self.tr("Planned against actual, for this show and past ones"),
            ),
            (self.act_undo, self.tr("Undo"), self.tr("Undo the last action")),
            (
                self.act_message,
                self.tr("Message…"),
                self.tr("Type a message for the presenter screen"),
            ),
            (
                self.act_clear,
                self.tr("Clear message"),
                self.tr("Take the message off the presenter screen"),
            ),
            (self.act_blackout, self.tr("Blackout"), self.tr("Black out the presenter screen")),
            (
                self.act_presenter,
                self.tr("Presenter screen"),
                self.tr("Show or hide the presenter screen"),
            ),
            (self.act_open, self.tr("Open agenda…"), self.tr("Open another agenda file")),
            (self.act_quit, self.tr("Quit"), self.tr("Close emcee")),
            (self.act_mute, self.tr("Mute alerts"), self.tr("No sounds for warnings and overtime")),
        ]
        for action, text, tip in texts:
            keys = action.data() or ""
            action.setText(f"{text}\t{keys}" if keys else text)
            action.setIconText(text)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_show.setTitle(self.tr("&Show"))
        self.menu_presenter.setTitle(self.tr("&Presenter"))
        self.menu_sound.setTitle(self.tr("S&ound"))
        self.menu_language.setTitle(self.tr("&Language"))
        if self.menu_screens is not None:
            self.menu_screens.setTitle(self.tr("Screen and colours"))
        if self._retranslate_share is not None:
            self._retranslate_share()
        if self.presenter is not None:
            self.presenter.retranslate()
            self.presenter.set_language(current_language())
        self.volume.setToolTip(self.tr("Alert volume"))
        self.notes_box.setTitle(self.tr("Notes for the moderator"))
        self.preview_box.setTitle(self.tr("Presenter screen"))
        self.chart.set_axis_labels(self.tr("Drift (min, + late)"))
        self.model.retranslate()
        self.proposal_panel.retranslate()
        self.messages.retranslate()
        self.journal_warning.retranslate()
        self.awake.retranslate()
        self.away_notice.retranslate()
        self.files.retranslate()  # a QObject: it gets no LanguageChange of its own
        self.setWindowTitle(
            self.tr("emcee — %1").replace("%1", self.controller.schedule.programme.title)
        )
        self.show_snapshot(self.controller.snapshot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the controller --------------------------------------------------------------------

    def _bind(self, controller: ShowController) -> None:
        self.controller = controller
        controller.snapshotChanged.connect(self.show_snapshot)
        controller.alertsRaised.connect(self.on_alerts)
        controller.overlayChanged.connect(self.on_overlay)
        controller.wallClockChanged.connect(self.status_panel.show_wall_clock)
        self.awake.follow(controller)
        controller.awayDetected.connect(self.away_notice.show_away)
        controller.actionPerformed.connect(self._dismiss_away)
        self._live_segment: int | None = None
        self.on_overlay(controller.overlay)  # a resumed show may start with a message up

    def _dismiss_away(self, _action: object) -> None:
        self.away_notice.dismiss()  # the operator is back at the show

    def replace_controller(self, controller: ShowController) -> None:
        """Show another agenda: a new controller, a new model, fresh panels."""
        old = self.controller
        old.stop()
        old.snapshotChanged.disconnect(self.show_snapshot)
        old.alertsRaised.disconnect(self.on_alerts)
        old.overlayChanged.disconnect(self.on_overlay)
        old.wallClockChanged.disconnect(self.status_panel.show_wall_clock)
        old.awayDetected.disconnect(self.away_notice.show_away)
        old.actionPerformed.disconnect(self._dismiss_away)
        self.away_notice.dismiss()
        self._follow_schedule(controller.schedule)
        self.chart.clear()
        self._bind(controller)
        self._attach_recorder()  # the old show's journal is closed first
        self._attach_presenter()
        self.controllerReplaced.emit(controller)
        self.retranslate()
        controller.begin()

    def _follow_schedule(self, schedule: Schedule) -> None:
        """The show runs another schedule (an agenda edit, or its undo): rebuild the rows."""
        self._show_rows(schedule)
        self.timer_panel.schedule = schedule
        self.status_panel.schedule = schedule
        self.proposal_panel.schedule = schedule
        self._live_segment = None
        self.setWindowTitle(self.tr("emcee — %1").replace("%1", schedule.programme.title))

    def _show_rows(self, schedule: Schedule) -> None:
        self.model = AgendaModel(schedule, self)
        self.tree.setModel(self.model)
        self.tree.expandAll()
        self.model.shapeChanged.connect(self.fit_columns)
        self.model.cellsReshaped.connect(self.widen_columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Fit every column to its texts (measures every row: not on every change)."""
        for column in Column:
            if column != Column.TITLE:
                self.tree.resizeColumnToContents(column)

    def widen_columns(self, cells: list[QModelIndex]) -> None:
        """Widen the columns that the texts of ``cells`` no longer fit, measuring those
        cells alone (a column never narrows during the show)."""
        header = self.tree.header()
        for cell in cells:
            column = cell.column()
            if column == Column.TITLE:
                continue  # it stretches
            width = self.tree.sizeHintForIndex(cell).width()
            node = self.model.node(cell)
            if column == Column.START and node is not None:  # the tree's column: indented
                levels = self.model.depth(node) + (1 if self.tree.rootIsDecorated() else 0)
                width += self.tree.indentation() * levels
            if width > header.sectionSize(column):
                header.resizeSection(column, width)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        if self.controller.schedule is not self.model.schedule:
            self._follow_schedule(self.controller.schedule)
        self.model.update(snapshot)
        self.timer_panel.show_snapshot(snapshot)
        self.status_panel.show_snapshot(snapshot)
        self.banner.show_snapshot(snapshot)
        undo_rebalance = self.controller.last_action() is ActionKind.REBALANCE
        self.proposal_panel.show_snapshot(snapshot, undo_rebalance)
        self.chart.add(snapshot)
        self._show_notes(snapshot)
        running = snapshot.state is ShowState.RUNNING
        self.act_start.setIconText(self.tr("Pause") if running else self.tr("Start"))
        self.act_undo.setEnabled(snapshot.can_undo)
        live = snapshot.current.segment.index if snapshot.current else None
        if live != self._live_segment:
            self._live_segment = live
            if live is not None:
                self.tree.scrollTo(
                    self.model.index_of_segment(live), QAbstractItemView.ScrollHint.EnsureVisible
                )

    def _show_notes(self, snapshot: Snapshot) -> None:
        current = snapshot.current
        if current is None:
            text = ""
        else:
            item = current.item.planned.item
            lines = [item.notes] if item.notes else []
            speaker = current.segment.turn.speaker
            if speaker is not None and speaker.notes:
                lines.append(f"{speaker.presenter}: {speaker.notes}")
            text = "\n".join(lines)
        set_text(self.notes, text or self.tr("(no notes)"))
        self.notes.setVisible(True)

    def on_alerts(self, alerts: list[Alert]) -> None:
        self.cues.play_for(alerts)

    def on_overlay(self, overlay: Overlay) -> None:
        self.messages.show_overlay(overlay)
        if self.act_blackout.isChecked() != overlay.blackout:
            self.act_blackout.setChecked(overlay.blackout)

    # --- operator commands -----------------------------------------------------------------

    def toggle_pause(self) -> None:
        snapshot = self.controller.snapshot
        if snapshot.state is ShowState.READY:
            self.start_show()
        else:
            self.controller.toggle_pause()

    def start_show(self) -> None:
        """Start; far from the planned start time, offer to move the plan (a rehearsal)."""
        off = self.controller.start_offset()
        if abs(off) < REHEARSAL_OFFER_AFTER:
            self.controller.start_with_plan(False)
            return
        snapshot = self.controller.show.snapshot()
        planned = snapshot.time_of_day - off
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Start the show"))
        box.setText(
            self.tr("The plan starts at %1; it is %2 now.")
            .replace("%1", format_time_of_day(int(planned)))
            .replace("%2", format_time_of_day(int(snapshot.time_of_day))[:5])
        )
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
            self.controller.start_with_plan(True)
        elif box.clickedButton() is keep:
            self.controller.start_with_plan(False)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def selected_node(self) -> object | None:
        return self.model.node(self.tree.currentIndex())

    def jump_to_selected(self) -> None:
        node = self.model.node(self.tree.currentIndex())
        if node is None:
            return
        target = node.first_segment
        snapshot = self.controller.snapshot
        if snapshot.current is not None and snapshot.current.segment.index == target:
            return
        show = self.controller.show
        if node.segment is not None and may_come_back(show.layout, show.state, target):
            # A speaker passed over is back: they speak after the live turn.
            row = self.tree.currentIndex()
            who = self.model.data(row.siblingAtColumn(Column.PRESENTER)) or self.model.data(
                row.siblingAtColumn(Column.TITLE)
            )
            if self.confirm(
                self.tr("Speaker back"),
                self.tr(
                    "“%1” is back: speak after the current turn? The programme then goes on "
                    "in order."
                ).replace("%1", str(who)),
            ):
                self.controller.comeback(target)
            return
        if snapshot.state in (ShowState.RUNNING, ShowState.PAUSED):
            title = self.model.data(self.tree.currentIndex().siblingAtColumn(Column.TITLE))
            if not self.confirm(
                self.tr("Jump"),
                self.tr("Jump to “%1”? The current turn ends now.").replace("%1", str(title)),
            ):
                return
        self.controller.jump(target)

    def skip_selected(self) -> None:
        node = self.model.node(self.tree.currentIndex())
        if node is not None:
            self.controller.skip(node.item)

    def end_show(self) -> None:
        if self.controller.snapshot.state is ShowState.ENDED:
            return
        if self.confirm(self.tr("End the show"), self.tr("End the show now?")):
            self.controller.end()

    def send_message(self, text: str, blink: bool) -> None:
        self.controller.set_message(text, blink)
        self.tree.setFocus()  # back to the show's keys after sending

    def focus_message(self) -> None:
        self.messages.text.setFocus()
        self.messages.text.selectAll()

    def toggle_blackout(self) -> None:
        self.controller.set_blackout(not self.controller.overlay.blackout)

    def _presenter_moved(self) -> None:
        """Say so when the projector went away and the presenter screen became a window."""
        screens = self.presenter
        if screens is None or not screens.shown:
            return
        placement = screens.placement
        on_console = placement is not None and placement.screen == screens.console_screen()
        if on_console and len(screens.screens()) == 1:
            self.statusBar().showMessage(
                self.tr(
                    "No projector: the presenter screen is a window on this screen until one "
                    "is connected (F5 hides it)."
                ),
                30_000,
            )

    def add_sharing(self, action: QAction, retranslate: Callable[[], None]) -> None:
        """The "Share on the network" action (F6, read by ShowKeys), in the Presenter
        menu; ``retranslate`` sets its texts on a change of language."""
        self.act_share = action
        self._retranslate_share = retranslate
        self.menu_presenter.addSeparator()
        self.menu_presenter.addAction(action)

    def toggle_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_shown()

    def set_presenter_factory(self, factory: Callable[[ShowController], PresenterScreens]) -> None:
        """Give the console a presenter screen, made anew for each agenda opened."""
        self._presenter_factory = factory
        self._attach_presenter()

    def _attach_presenter(self) -> None:
        if self._presenter_factory is None:
            return
        old = self.presenter
        if old is not None:
            old.set_shown(False)
            old.window.close()
            old.deleteLater()
        if self.preview is not None:
            self.preview_layout.removeWidget(self.preview)
            self.preview.deleteLater()
        screens = self._presenter_factory(self.controller)
        screens.show_action.setShortcut(QKeySequence())  # F5 is read by ShowKeys, once
        self.keys.watch(screens.window)
        screens.shownChanged.connect(self.act_presenter.setChecked)
        screens.placementChanged.connect(self._presenter_moved)
        self.act_presenter.setChecked(screens.shown)
        self.presenter = screens
        self.preview = screens.make_preview(self.preview_box)
        self.preview.setMinimumSize(240, 135)
        self.preview_layout.addWidget(self.preview)
        self.preview_box.setVisible(True)
        # The presenter's own menu knows the screens, the palettes and full screen.
        if self.menu_screens is not None:
            self.menu_presenter.removeAction(self.menu_screens.menuAction())
            self.menu_screens.deleteLater()
        self.menu_screens = screens.build_menu(self)
        self.menu_screens.setTitle(self.tr("Screen and colours"))
        self.menu_presenter.addMenu(self.menu_screens)
        screens.set_language(current_language())

    # --- the journal and the report ------------------------------------------------------

    def set_recorder_factory(
        self,
        factory: Callable[[ShowController], ShowRecorder],
        current: ShowRecorder | None = None,
    ) -> None:
        """Journal every show: ``factory`` makes the recorder of each agenda opened;
        ``current`` is the open show's, when it already has one (a resumed show)."""
        self._recorder_factory = factory
        self._attach_recorder(current)
        if current is not None:
            self._chart_the_past(current)

    def _chart_the_past(self, recorder: ShowRecorder) -> None:
        """A resumed show's drift chart starts with the drift its journal recorded."""
        journal = recorder.journal
        if journal is None or journal.path is None:
            return
        from emcee.core.report import build_report  # not needed for a new show's first frame

        try:
            report = build_report(journal.path, self.controller.clock)
        except JournalError:
            return  # the chart starts from now, as for a new show
        self.chart.seed([(point.time_of_day, point.drift / 60) for point in report.drift])
        self.chart.add(self.controller.snapshot)

    def _attach_recorder(self, recorder: ShowRecorder | None = None) -> None:
        if self.recorder is not None:
            self.recorder.troubleChanged.disconnect(self.journal_warning.show_trouble)
            self.recorder.close()
            self.recorder = None
        if recorder is None and self._recorder_factory is not None:
            recorder = self._recorder_factory(self.controller)
        if recorder is not None:
            recorder.troubleChanged.connect(self.journal_warning.show_trouble)
            self.recorder = recorder
        self.journal_warning.show_trouble(recorder.trouble if recorder else None)

    def open_report(self) -> None:
        """The report window: this show as it stands now (once it has a journal), and
        the list of past shows. Choosing it again brings the figures up to date."""
        from emcee.core.report import build_report
        from emcee.ui.report_window import ReportWindow  # its charts are only built here

        recorder = self.recorder
        journal = recorder.journal if recorder is not None else None
        window = self.report_window
        if not isinstance(window, ReportWindow):
            folders = recorder.folders if recorder is not None else None
            window = ReportWindow(folders=folders, lang=current_language())
            self.report_window = window
        window.lang = current_language()
        window.refresh_shows()
        if journal is not None and journal.path is not None:
            try:
                window.set_report(build_report(journal.path, self.controller.clock))
            except JournalError as error:  # e.g. the file was damaged under us
                window.summary.setText(error.describe(current_language()))
        window.show()
        window.raise_()
        window.activateWindow()

    def toggle_mute(self) -> None:
        self.cues.muted = not self.cues.muted
        self.act_mute.setChecked(self.cues.muted)
        self.settings.setValue("sound/muted", self.cues.muted)

    def _volume_changed(self, value: int) -> None:
        self.cues.set_volume(value / 100)
        self.settings.setValue("sound/volume", self.cues.volume)

    def open_agenda(self) -> None:
        if self.open_file is None or not self.files.may_discard():
            return
        state = self.controller.snapshot.state
        if state in (ShowState.RUNNING, ShowState.PAUSED) and not self.confirm(
            self.tr("Open agenda"),
            self.tr("Opening another agenda ends the current show. Continue?"),
        ):
            return
        last = str(self.settings.value("files/last_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open agenda"), last, self.tr("Agenda (*.toml);;All files (*)")
        )
        if not path:
            return
        self.settings.setValue("files/last_folder", str(Path(path).parent))
        schedule = self.open_file(path)
        if schedule is not None:
            self.replace_controller(ShowController(schedule, self.controller.clock))
            self.files.opened(Path(path), schedule.agenda)

    def languageRequested(self, lang: str) -> None:
        """Switch the interface language now and remember it."""
        self.settings.setValue("language", lang)
        switch_language(lang)

    def handle_key(self, event: QKeyEvent) -> bool:
        """The keyboard controls; returns whether the key was one of them."""
        key = event.key()
        modifiers = event.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        k = Qt.Key
        if control:
            if key == k.Key_Z:
                self.controller.undo()
            elif key == k.Key_O:
                self.open_agenda()
            elif key == k.Key_Q:
                self.close()
            else:
                return False
            return True
        if key == k.Key_Space:
            self.toggle_pause()
        elif key in (k.Key_Right, k.Key_PageDown):
            self.controller.next()
        elif key in (k.Key_Left, k.Key_PageUp):
            self.controller.previous()
        elif key in (k.Key_Plus, k.Key_Equal, k.Key_Minus, k.Key_Underscore):
            # "+" needs Shift on most keyboards (Korean ones too), so Shift cannot also mean
            # "smaller step" for it: + and - are a minute; Alt (or Shift on the keypad, or
            # Shift+- which types "_") makes it 30 seconds, the same for both directions.
            keypad = bool(modifiers & Qt.KeyboardModifier.KeypadModifier)
            fine = bool(modifiers & Qt.KeyboardModifier.AltModifier) or (
                shift and (keypad or key in (k.Key_Minus, k.Key_Underscore))
            )
            sign = 1 if key in (k.Key_Plus, k.Key_Equal) else -1
            self.controller.adjust(sign * (30 if fine else 60))
        elif key == k.Key_R:
            self.controller.restart()
        elif key in (k.Key_Return, k.Key_Enter):
            self.jump_to_selected()
        elif key == k.Key_M:
            self.focus_message()
        elif key in (k.Key_B, k.Key_Period):
            self.toggle_blackout()
        elif key == k.Key_F5:
            self.toggle_presenter()
        elif key == k.Key_F6 and self.act_share is not None:
            self.act_share.trigger()
        elif key == k.Key_0:
            self.controller.clear_message()
        elif event.text() and event.text() in PRESET_KEYS:
            self.messages.send_preset(PRESET_KEYS.index(event.text()))
        else:
            return False
        return True

    def show_first_time(self) -> None:
        """Show the console: maximised on the very first start, else as it was left."""
        if self.first_time:
            self.showMaximized()
        else:
            self.show()
        # The sounds' audio set-up, once the console is up, before the first alert.
        QTimer.singleShot(SOUNDS_AFTER_MS, self.cues.preload)

    # --- settings --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("console/geometry")
        # The first time, the console takes the whole laptop screen (show_first_time).
        self.first_time = not isinstance(geometry, QByteArray)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        width = max(self.width(), 1024)
        self.splitter.setSizes([width // 2, width // 2])
        for name, splitter in self.splitters.items():
            state = self.settings.value(f"console/splitter-{name}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        lang = self.settings.value("language", "", type=str)
        for action in self.languages.actions():
            action.setChecked(action.data() == lang)

    def closeEvent(self, event: QCloseEvent) -> None:
        state = self.controller.snapshot.state
        if state in (ShowState.RUNNING, ShowState.PAUSED) and not self.confirm(
            self.tr("Quit"), self.tr("The show is running. Quit emcee?")
        ):
            event.ignore()
            return
        if not self.files.closing():  # unsaved agenda changes: save, discard or stay
            event.ignore()
            return
        self.settings.setValue("console/geometry", self.saveGeometry())
        for name, splitter in self.splitters.items():
            self.settings.setValue(f"console/splitter-{name}", splitter.saveState())
        self.controller.stop()
        self.awake.release()
        if self.recorder is not None:
            self.recorder.close()
        if self.report_window is not None:
            self.report_window.close()
        if self.presenter is not None:
            self.presenter.set_shown(False)
            self.presenter.window.close()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
        self.closed.emit()
        super().closeEvent(event)
