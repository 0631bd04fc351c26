"""What the console drives outside its window, made anew for every agenda opened: the
presenter screen (with its live copy in the console) and the show's journal (with its
warning, the drift a resumed show had, and the report window)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QMainWindow, QStatusBar, QVBoxLayout, QWidget

from emcee.core.journal import JournalError
from emcee.core.journal import Notice as JournalNotice
from emcee.ui.console.keys import ShowKeys
from emcee.ui.console.menus import ConsoleMenus
from emcee.ui.controller import ShowController
from emcee.ui.drift_chart import DriftChart
from emcee.ui.i18n import current_language
from emcee.ui.keymap import keys_text
from emcee.ui.notices import Notice
from emcee.ui.presenter import PresenterScreens
from emcee.ui.presenter.picture import PAUSED_SYMBOL, Mode, Picture
from emcee.ui.recorder import ShowRecorder

PresenterFactory = Callable[[ShowController], PresenterScreens]
RecorderFactory = Callable[[ShowController], ShowRecorder]


class PresentingConsole(Protocol):
    @property
    def controller(self) -> ShowController: ...

    @property
    def keys(self) -> ShowKeys: ...

    @property
    def menus(self) -> ConsoleMenus: ...

    def statusBar(self) -> QStatusBar: ...


class PresenterPane(QGroupBox):
    """The live copy of the presenter screen in the console, and the screen itself."""

    def __init__(self, console: PresentingConsole, window: QMainWindow) -> None:
        super().__init__()
        self.console = console
        self.window_ = window
        self.screens: PresenterScreens | None = None
        self.preview: QWidget | None = None
        self._factory: PresenterFactory | None = None
        self._layout = QVBoxLayout(self)
        self.setVisible(False)  # until a presenter preview is attached

    def set_factory(self, factory: PresenterFactory) -> None:
        """Give the console a presenter screen, made anew for each agenda opened."""
        self._factory = factory
        self.attach()

    def attach(self) -> None:
        """The presenter screen of the console's show now (the old one goes)."""
        if self._factory is None:
            return
        self.close_screens()
        if self.preview is not None:
            self._layout.removeWidget(self.preview)
            self.preview.deleteLater()
        screens = self._factory(self.console.controller)
        screens.show_action.setShortcut(QKeySequence())  # its key is read by ShowKeys, once
        self.console.keys.watch(screens.window)
        shown = self.console.menus.actions["presenter"]
        screens.shownChanged.connect(shown.setChecked)
        screens.shownChanged.connect(lambda _shown: self._say_what_it_shows())
        screens.feed.pictureChanged.connect(lambda _picture: self._say_what_it_shows())
        screens.placementChanged.connect(self._moved)
        shown.setChecked(screens.shown)
        self.screens = screens
        self.preview = screens.make_preview(self)
        self.preview.setMinimumSize(240, 135)
        self._layout.addWidget(self.preview)
        self.setVisible(True)
        # The presenter's own menu knows the screens, the palettes and full screen.
        self.console.menus.set_screens_menu(screens.build_menu(self.window_))
        screens.set_language(current_language())
        self._say_what_it_shows()

    def toggle(self) -> None:
        if self.screens is not None:
            self.screens.toggle_shown()

    def close_screens(self) -> None:
        if self.screens is not None:
            self.screens.set_shown(False)
            self.screens.window.close()
            self.screens.deleteLater()
            self.screens = None

    def retranslate(self) -> None:
        if self.screens is not None:
            self.screens.retranslate()
            self.screens.set_language(current_language())
        self._say_what_it_shows()

    def what_it_shows(self) -> str:
        """What the room sees now, in words ("발표자 화면: 시계만 표시 중"): the preview is
        small, and the projector is behind the operator."""
        screens = self.screens
        if screens is None:
            return self.tr("Presenter screen")
        if not screens.shown:
            words = self.tr("off (%1 shows it)").replace("%1", keys_text("presenter"))
        else:
            words = self._picture_words(screens.feed.picture)
        return self.tr("Presenter screen: %1").replace("%1", words)

    def _picture_words(self, picture: Picture) -> str:
        if picture.mode is Mode.BLACKOUT:
            return self.tr("black (blackout)")
        if picture.mode is Mode.MESSAGE:
            return self.tr("your message “%1”").replace("%1", picture.message)
        if picture.mode is Mode.IDLE:
            if picture.info:
                return self.tr("the clock only · %1").replace("%1", picture.info)
            return self.tr("the clock only")
        if picture.mode is Mode.BREAK:  # a break, or registration: to when it starts
            return self.tr("a countdown · %1").replace("%1", picture.info or picture.headline)
        if picture.progress is None:
            return self.tr("the time of day")
        if picture.symbol == PAUSED_SYMBOL:
            return self.tr("the countdown, paused")
        return self.tr("the countdown")

    def _say_what_it_shows(self) -> None:
        title = self.what_it_shows()
        if self.title() != title:
            self.setTitle(title)

    def _moved(self) -> None:
        """Say so when the projector went away and the presenter screen became a window."""
        screens = self.screens
        if screens is None or not screens.shown:
            return
        placement = screens.placement
        on_console = placement is not None and placement.screen == screens.console_screen()
        if on_console and len(screens.screens()) == 1:
            self.console.statusBar().showMessage(
                self.tr(
                    "No projector: the presenter screen is a window on this screen until one "
                    "is connected (%1 hides it)."
                ).replace("%1", keys_text("presenter")),
                30_000,
            )


class JournalledConsole(Protocol):
    @property
    def controller(self) -> ShowController: ...

    @property
    def keys(self) -> ShowKeys: ...

    @property
    def chart(self) -> DriftChart: ...

    @property
    def journal_warning(self) -> Notice: ...


class ShowJournal(QObject):
    """The journal of each show (a recorder made for it), and the report window."""

    def __init__(self, console: JournalledConsole, parent: QObject) -> None:
        super().__init__(parent)
        self.console = console
        self.recorder: ShowRecorder | None = None
        self.report_window: QMainWindow | None = None
        self._factory: RecorderFactory | None = None

    def set_factory(self, factory: RecorderFactory, current: ShowRecorder | None = None) -> None:
        """Journal every show: ``factory`` makes the recorder of each agenda opened;
        ``current`` is the open show's, when it already has one (a resumed show)."""
        self._factory = factory
        self.attach(current)
        if current is not None:
            self._chart_the_past(current)

    def attach(self, recorder: ShowRecorder | None = None) -> None:
        """Journal the console's show now (the old show's journal is closed first)."""
        if self.recorder is not None:
            self.recorder.troubleChanged.disconnect(self._show_trouble)
            self.recorder.close()
            self.recorder = None
        if recorder is None and self._factory is not None:
            recorder = self._factory(self.console.controller)
        if recorder is not None:
            recorder.troubleChanged.connect(self._show_trouble)
            self.recorder = recorder
        self._show_trouble(recorder.trouble if recorder else None)

    def _show_trouble(self, trouble: JournalNotice | None) -> None:
        """The journal's trouble stays said while it lasts: missed during a show, it could
        cost the show's record."""
        words = None if trouble is None else lambda: trouble.message(current_language())
        self.console.journal_warning.say(words)

    def _chart_the_past(self, recorder: ShowRecorder) -> None:
        """A resumed show's drift chart starts with the drift its journal recorded."""
        journal = recorder.journal
        if journal is None or journal.path is None:
            return
        from emcee.core.report import build_report  # not needed for a new show's first frame

        controller = self.console.controller
        try:
            report = build_report(journal.path, controller.clock)
        except JournalError:
            return  # the chart starts from now, as for a new show
        chart = self.console.chart
        chart.seed([(point.time_of_day, point.drift / 60) for point in report.drift])
        chart.add(controller.snapshot)

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
            self.console.keys.watch(window)  # the show's keys work while it has the focus
            self.report_window = window
        window.lang = current_language()
        window.refresh_shows()
        if journal is not None and journal.path is not None:
            try:
                window.set_report(build_report(journal.path, self.console.controller.clock))
            except JournalError as error:  # e.g. the file was damaged under us
                window.summary.setText(error.describe(current_language()))
        window.show()
        window.raise_()
        window.activateWindow()

    def close(self) -> None:
        if self.recorder is not None:
            self.recorder.close()
        if self.report_window is not None:
            self.report_window.close()
