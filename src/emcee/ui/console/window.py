"""The moderator's console: the live agenda, the current timer, controls, warnings, messages.

Every control works from the keyboard (keys.py reads them, whatever has the focus); the
commands, their menus and the keys they name come from one key map (emcee.ui.keymap).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.schedule import Schedule
from emcee.core.engine.actions import ActionKind
from emcee.core.engine.snapshot import Alert, ShowState, Snapshot
from emcee.settings import (
    CONSOLE_GEOMETRY,
    CONSOLE_SPLITTERS,
    LANGUAGE,
    SOUND_MUTED,
    SOUND_VOLUME,
    user_settings,
)
from emcee.ui.awake import AwakeKeeper
from emcee.ui.console.agenda import LiveAgenda
from emcee.ui.console.attached import (
    PresenterFactory,
    PresenterPane,
    RecorderFactory,
    ShowJournal,
)
from emcee.ui.console.commands import ShowCommands
from emcee.ui.console.keys import ShowKeys
from emcee.ui.console.menus import ConsoleMenus
from emcee.ui.console.notes import NotesPane
from emcee.ui.console.notices import ShowNotices
from emcee.ui.controller import Overlay, ShowController
from emcee.ui.drift_chart import DriftChart
from emcee.ui.editor.document import EditorDocument
from emcee.ui.editor.files import AgendaFiles
from emcee.ui.editor.tabs import AgendaTabs
from emcee.ui.i18n import switch_language
from emcee.ui.mc_script import McPane
from emcee.ui.messages import MessagePanel
from emcee.ui.panels import Banner, ProposalPanel, StatusPanel, TimerPanel
from emcee.ui.presenter import PresenterScreens
from emcee.ui.recorder import ShowRecorder
from emcee.ui.room_chime import RoomChime, Screen, choose_output
from emcee.ui.share_command import ShareCommand
from emcee.ui.sounds import CuePlayer
from emcee.ui.windows import fit_screen

if TYPE_CHECKING:
    from emcee.ui.editor.editor import AgendaEditor

SOUNDS_AFTER_MS = 1000


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
        self.settings = settings or user_settings()
        self.open_file = open_file
        self.cues = CuePlayer(self)
        self.cues.muted = SOUND_MUTED.read(self.settings)
        self.cues.set_volume(SOUND_VOLUME.read(self.settings))
        self.room = RoomChime(self.settings, self.presenter_screen, parent=self)
        self.room.follow(controller.schedule.programme)
        self.controller: ShowController = controller
        self._build_widgets(controller.schedule)
        self.awake = AwakeKeeper(self.settings, self)  # no sleep from Start to End
        self.statusBar().addPermanentWidget(self.awake)
        self._build_editor()
        self._build_menus()
        self.keys = ShowKeys(self, self)
        self.keys.watch(self)
        self._bind(controller)
        self.retranslate()
        self._restore_settings()

    # --- building ------------------------------------------------------------------------

    def _build_widgets(self, schedule: Schedule) -> None:
        self.tree = LiveAgenda(schedule)
        self.commands = ShowCommands(self, self)
        self.tree.doubleClicked.connect(lambda _index: self.commands.jump_to_selected())

        self.timer_panel = TimerPanel(schedule)
        self.status_panel = StatusPanel(schedule)
        self.banner = Banner()
        self.notices = ShowNotices(self.cues, self.room, self)
        self.journal_warning = self.notices.journal  # ShowJournal says the journal's trouble
        self.away_notice, self.error_notice = self.notices.away, self.notices.error
        self.blackout_notice, self.sound_notice = self.notices.blackout, self.notices.sound
        self.proposal_panel = ProposalPanel(schedule)
        self.proposal_panel.applyRequested.connect(lambda p: self.controller.rebalance(p))
        self.proposal_panel.undoRequested.connect(lambda: self.controller.undo())
        self.notes_box = NotesPane()
        self.chart = DriftChart()
        self.messages = MessagePanel()
        self.messages.sendRequested.connect(self.send_message)
        self.messages.clearRequested.connect(lambda: self.controller.clear_message())
        self.presenter_pane = PresenterPane(self, self)
        self.journal = ShowJournal(self, self)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.timer_panel)
        lower = QSplitter(Qt.Orientation.Horizontal)
        left_column = QSplitter(Qt.Orientation.Vertical)
        left_column.addWidget(self.notes_box)
        left_column.addWidget(self.chart)
        right_column = QSplitter(Qt.Orientation.Vertical)
        right_column.addWidget(self.presenter_pane)
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
        layout.addWidget(self.blackout_notice)
        layout.addWidget(self.banner)
        for notice in self.notices.below_the_banner():
            layout.addWidget(notice)
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
        self.mc = McPane(self, self)  # the MC's script, a tab after the editor's
        self.files = AgendaFiles(self, self.document, self.settings)

    def _make_editor(self) -> AgendaEditor:
        from emcee.ui.editor.editor import AgendaEditor  # when first shown, not at start-up

        editor = AgendaEditor(self.document, self.controller)
        self.controllerReplaced.connect(editor.bind)
        return editor

    @property
    def editor(self) -> AgendaEditor:
        """The agenda editor (built now if it was not yet)."""
        return self.agenda_tabs.built_editor()

    def editor_if_built(self) -> AgendaEditor | None:
        """The agenda editor, if it was built (it is when first shown)."""
        return self.agenda_tabs.editor

    def _build_menus(self) -> None:
        self.share = ShareCommand(self, self.settings)  # its panel is made when first asked
        c = self
        commands: dict[str, Callable[[], object]] = {  # called by name: tests may replace them
            "start": lambda: c.commands.toggle_pause(),
            "next": lambda: c.commands.next_turn(),
            "previous": lambda: c.controller.previous(),
            "plus": lambda: c.controller.adjust(60),
            "minus": lambda: c.controller.adjust(-60),
            "plus30": lambda: c.controller.adjust(30),
            "minus30": lambda: c.controller.adjust(-30),
            "restart": lambda: c.controller.restart(),
            "question": lambda: c.controller.question(),
            "jump": lambda: c.commands.jump_to_selected(),
            "skip": lambda: c.commands.skip_selected(),
            "end": lambda: c.commands.end_show(),
            "report": lambda: c.journal.open_report(),
            "undo": lambda: c.controller.undo(),
            "rebalance": lambda: c.commands.apply_proposal(),
            "message": lambda: c.focus_message(),
            "clear": lambda: c.controller.clear_message(),
            "blackout": lambda: c.toggle_blackout(),
            "presenter": lambda: c.presenter_pane.toggle(),
            **self.mc.commands(),
            "share": lambda: c.share.open_panel(),
            "open": lambda: c.files.open_dialog(),
            "quit": lambda: c.close(),
            "mute": lambda: c.toggle_mute(),
            "test_sound": lambda: c.cues.test(),
            "room_mute": lambda: c.room.set_muted(not c.room.muted),
            "keys": lambda: c.show_help("keys"),
            "log": lambda: c.show_help("log"),
        }
        files = self.files
        self.menus = ConsoleMenus(
            self,
            commands,
            (files.act_import,),
            files.menu_recent,
            (self.agenda_tabs.act_edit, files.act_save, files.act_save_as),
        )
        self.menus.actions["mute"].setChecked(self.cues.muted)
        self.menus.volume.setValue(round(self.cues.volume * 100))
        self.menus.volume.valueChanged.connect(self._volume_changed)
        self.menus.actions["room_mute"].setChecked(self.room.muted)
        self.menus.menu_room_output.aboutToShow.connect(self.fill_room_outputs)
        self.menus.languageChosen.connect(self.languageRequested)

    def run_command(self, name: str, key: str = "") -> None:
        """Run command ``name`` of the key map; ``key``: the key that asked (a preset's)."""
        if name == "preset":
            self.messages.send_preset(int(key) - 1)
        else:
            self.menus.actions[name].trigger()

    def retranslate(self) -> None:
        """Set every text in the current language (also called on a language change)."""
        self.menus.retranslate()
        self.notes_box.retranslate(self.controller.snapshot)
        self.presenter_pane.retranslate()
        self.chart.set_axis_labels(self.tr("Drift (min, + late)"))
        self.tree.agenda_model.retranslate()
        self.proposal_panel.retranslate()
        self.messages.retranslate()
        self.notices.retranslate()
        self.awake.retranslate()
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
        controller.awayDetected.connect(self.notices.show_away)
        controller.actionPerformed.connect(self.notices.operator_acted)
        self.on_overlay(controller.overlay)  # a resumed show may start with a message up

    def replace_controller(self, controller: ShowController) -> None:
        """Show another agenda: a new controller, a new model, fresh panels."""
        old = self.controller
        old.stop()
        old.snapshotChanged.disconnect(self.show_snapshot)
        old.alertsRaised.disconnect(self.on_alerts)
        old.overlayChanged.disconnect(self.on_overlay)
        old.wallClockChanged.disconnect(self.status_panel.show_wall_clock)
        old.awayDetected.disconnect(self.notices.show_away)
        old.actionPerformed.disconnect(self.notices.operator_acted)
        self.away_notice.dismiss()
        self._follow_schedule(controller.schedule)
        self.chart.clear()
        self._bind(controller)
        self.journal.attach()  # the old show's journal is closed first
        self.presenter_pane.attach()
        self.controllerReplaced.emit(controller)
        self.retranslate()
        controller.begin()

    def _follow_schedule(self, schedule: Schedule) -> None:
        """The show runs another schedule (an agenda edit, or its undo): rebuild the rows."""
        self.tree.show_schedule(schedule)
        self.timer_panel.schedule = schedule
        self.status_panel.schedule = schedule
        self.proposal_panel.schedule = schedule
        self.room.follow(schedule.programme)
        self.setWindowTitle(self.tr("emcee — %1").replace("%1", schedule.programme.title))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        if self.controller.schedule is not self.tree.agenda_model.schedule:
            self._follow_schedule(self.controller.schedule)
        self.tree.show_snapshot(snapshot)
        self.timer_panel.show_snapshot(snapshot)
        self.status_panel.show_snapshot(snapshot)
        self.banner.show_snapshot(snapshot)
        undo_rebalance = self.controller.last_action() is ActionKind.REBALANCE
        self.proposal_panel.show_snapshot(snapshot, undo_rebalance)
        self.chart.add(snapshot)
        self.notes_box.show_snapshot(snapshot)
        running = snapshot.state is ShowState.RUNNING
        self.menus.actions["start"].setIconText(self.tr("Pause") if running else self.tr("Start"))
        self.menus.actions["undo"].setEnabled(snapshot.can_undo)
        proposal = snapshot.proposal
        self.menus.actions["rebalance"].setEnabled(proposal is not None and bool(proposal.changes))

    def on_alerts(self, alerts: list[Alert]) -> None:
        self.cues.play_for(alerts)
        self.room.play_for(alerts)

    def on_overlay(self, overlay: Overlay) -> None:
        self.messages.show_overlay(overlay)
        self.notices.show_blackout(overlay.blackout)
        if self.menus.actions["blackout"].isChecked() != overlay.blackout:
            self.menus.actions["blackout"].setChecked(overlay.blackout)

    # --- operator commands -----------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def send_message(self, text: str, blink: bool) -> None:
        self.controller.set_message(text, blink)
        self.tree.setFocus()  # back to the show's keys after sending

    def focus_message(self) -> None:
        self.messages.text.setFocus()
        self.messages.text.selectAll()

    def toggle_blackout(self) -> None:
        self.controller.set_blackout(not self.controller.overlay.blackout)

    def set_presenter_factory(self, factory: PresenterFactory) -> None:
        """Give the console a presenter screen, made anew for each agenda opened."""
        self.presenter_pane.set_factory(factory)

    @property
    def presenter(self) -> PresenterScreens | None:
        return self.presenter_pane.screens

    def presenter_screen(self) -> Screen | None:
        """The screen the presenter window is on (the room chime plays on its side)."""
        screens, placement = self.presenter, None
        if screens is not None and screens.shown:
            placement = screens.placement
        if screens is None or placement is None:
            return None
        found = next((s for s in screens.screens() if s.name == placement.screen), None)
        return Screen(placement.screen, found.model if found is not None else "")

    def fill_room_outputs(self) -> None:
        outputs = self.room.player.outputs()
        automatic = choose_output(outputs, self.presenter_screen(), "")
        self.menus.fill_room_outputs(outputs, self.room.chosen, automatic, self.room.choose)

    def set_recorder_factory(
        self, factory: RecorderFactory, current: ShowRecorder | None = None
    ) -> None:
        """Journal every show (see ``ShowJournal.set_factory``)."""
        self.journal.set_factory(factory, current)

    def show_help(self, page: str) -> None:
        """Help > Keys (F1) or Error log (emcee.ui.help)."""
        from emcee.ui.help import show_help  # built when first asked for

        show_help(self, self.keys.watch, page)

    def toggle_mute(self) -> None:
        self.cues.muted = not self.cues.muted
        self.menus.actions["mute"].setChecked(self.cues.muted)
        SOUND_MUTED.write(self.settings, self.cues.muted)

    def _volume_changed(self, value: int) -> None:
        self.cues.set_volume(value / 100)
        SOUND_VOLUME.write(self.settings, self.cues.volume)

    def languageRequested(self, lang: str) -> None:
        """Switch the interface language now and remember it."""
        LANGUAGE.write(self.settings, lang)
        switch_language(lang)

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
        geometry = CONSOLE_GEOMETRY.read(self.settings)
        # The first time, the console takes the whole laptop screen (show_first_time).
        self.first_time = geometry.isEmpty()
        if self.first_time:
            fit_screen(self, 1440, 900)  # a 1366x768 laptop: no larger than its screen
        else:
            self.restoreGeometry(geometry)
        width = max(self.width(), 1024)
        self.splitter.setSizes([width // 2, width // 2])
        for name, splitter in self.splitters.items():
            splitter_state = CONSOLE_SPLITTERS[name].read(self.settings)
            if not splitter_state.isEmpty():
                splitter.restoreState(splitter_state)
        self.menus.choose_language(LANGUAGE.read(self.settings))

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
        CONSOLE_GEOMETRY.write(self.settings, self.saveGeometry())
        for name, splitter in self.splitters.items():
            CONSOLE_SPLITTERS[name].write(self.settings, splitter.saveState())
        self.controller.stop()
        self.awake.release()
        self.journal.close()
        self.presenter_pane.close_screens()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
        self.closed.emit()
        super().closeEvent(event)
