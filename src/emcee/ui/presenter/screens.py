"""Which screen the presenter window is on, and keeping it there through hot-plugging.

The rule (``choose_placement``): the screen the operator chose, remembered by name, if it
is connected; else any screen other than the console's; full-screen there. With only the
console's screen left, the presenter is a normal window beside the console, so that the
operator keeps the console. When a projector comes back, the window returns to it.

Placement never activates the presenter window: the console keeps the keyboard focus.
Under X11, changing ``FramelessWindowHint`` on a shown window made Qt lose track of the
window's position after a move between screens, so the window keeps its flags and relies
on the full-screen state, which is frameless on Windows, macOS and X11 window managers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from emcee.settings import (
    PRESENTER_OVERTIME_BLINK,
    PRESENTER_PALETTE,
    PRESENTER_SCREEN,
    user_settings,
)
from emcee.ui.controller import ShowController
from emcee.ui.face import PALETTES
from emcee.ui.i18n import current_language
from emcee.ui.keymap import sequences
from emcee.ui.presenter.view import PresenterFeed, PresenterPreview, PresenterWindow

log = logging.getLogger(__name__)


# Look again this long after placing, in case the window system moved the window
# somewhere else meanwhile (a screen that was still settling); at most this many times.
VERIFY_AFTER_MS = 400
VERIFY_ATTEMPTS = 2
WINDOWED_SHARE = 0.3  # a normal presenter window's size, of its screen's


@dataclass(frozen=True, slots=True)
class ScreenInfo:
    """A connected screen, as the menu lists it."""

    name: str
    x: int
    y: int
    width: int  # logical pixels, as windows are placed
    height: int
    pixel_width: int  # the screen's real resolution
    pixel_height: int
    model: str = ""

    @classmethod
    def of(cls, screen: QScreen) -> ScreenInfo:
        geometry = screen.geometry()
        ratio = screen.devicePixelRatio()
        return cls(
            name=screen.name(),
            x=geometry.x(),
            y=geometry.y(),
            width=geometry.width(),
            height=geometry.height(),
            pixel_width=round(geometry.width() * ratio),
            pixel_height=round(geometry.height() * ratio),
            model=screen.model(),
        )

    @property
    def label(self) -> str:
        """ "HDMI-1 — 1920×1080", with the model when the system knows it."""
        name = (
            f"{self.name} ({self.model})" if self.model and self.model != self.name else self.name
        )
        return f"{name} — {self.pixel_width}×{self.pixel_height}"


@dataclass(frozen=True, slots=True)
class Placement:
    screen: str
    full_screen: bool


def choose_placement(
    screens: Sequence[ScreenInfo],
    console: str | None,
    remembered: str | None,
    full_screen: bool | None = None,
) -> Placement | None:
    """Where the presenter window goes.

    ``console`` is the console's screen, ``remembered`` the operator's choice, and
    ``full_screen`` an explicit request (None: full-screen unless on the console's screen).
    """
    if not screens:
        return None
    names = [screen.name for screen in screens]
    if remembered in names:
        target = remembered
    else:
        others = [name for name in names if name != console]
        target = others[0] if others else names[0]
    assert target is not None
    if full_screen is None:
        full_screen = target != console
    return Placement(target, full_screen)


class PresenterScreens(QObject):
    """Puts the presenter window on the right screen and keeps it there.

    The console uses ``show_action`` (F5), ``full_screen_action``, ``build_menu()``
    and ``make_preview()``; ``attach_presenter`` creates everything at start-up.
    """

    placementChanged = Signal()  # the window moved, changed full-screen, showed or hid
    shownChanged = Signal(bool)

    def __init__(
        self,
        window: PresenterWindow,
        console: QWidget | None,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.feed = window.feed
        self.console = console
        self.settings = settings
        self._shown = False
        self._full_screen_request: bool | None = None  # None: the rule decides
        self._placement: Placement | None = None
        self._gone: set[str] = set()  # screens reported removed, maybe still listed
        self._attempts = 0

        self._replace_timer = QTimer(self)  # coalesces bursts of screen changes
        self._replace_timer.setSingleShot(True)
        self._replace_timer.setInterval(0)
        self._replace_timer.timeout.connect(self.place)
        self._verify_timer = QTimer(self)
        self._verify_timer.setSingleShot(True)
        self._verify_timer.setInterval(VERIFY_AFTER_MS)
        self._verify_timer.timeout.connect(self._verify)

        self.show_action = QAction(self)
        self.show_action.setCheckable(True)
        self.show_action.setShortcuts(sequences("presenter"))
        self.show_action.toggled.connect(self.set_shown)
        self.full_screen_action = QAction(self)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self.set_full_screen)
        self.retranslate()

        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)
        window.closed.connect(lambda: self.set_shown(False))
        window.resized.connect(lambda _size: self.placementChanged.emit())

    def retranslate(self) -> None:
        """Set the console-side texts again after the console's language changed."""
        self.show_action.setText(self.tr("Show presenter screen"))
        self.full_screen_action.setText(self.tr("Full screen"))
        title = QCoreApplication.translate("PresenterWindow", "emcee — presenter screen")
        self.window.setWindowTitle(title)

    # --- what there is -------------------------------------------------------------------

    def screens(self) -> list[ScreenInfo]:
        """The connected screens, in the system's order."""
        return [ScreenInfo.of(screen) for screen in self._qscreens()]

    def console_screen(self) -> str | None:
        if self.console is not None:
            screen = self.console.screen()
            if screen is not None and screen.name() not in self._gone:
                return screen.name()
        primary = QGuiApplication.primaryScreen()
        return primary.name() if primary is not None else None

    def remembered_screen(self) -> str | None:
        return PRESENTER_SCREEN.read(self.settings) or None

    @property
    def placement(self) -> Placement | None:
        """Where the window was last put (while shown)."""
        return self._placement

    @property
    def shown(self) -> bool:
        return self._shown

    # --- what the operator does ---------------------------------------------------------

    def choose(self, name: str | None) -> None:
        """Put the presenter on screen ``name`` (remembered); None: choose automatically."""
        PRESENTER_SCREEN.write(self.settings, name or "")
        self._full_screen_request = None
        self.place()

    def set_full_screen(self, on: bool) -> None:
        if self._placement is not None and self._placement.full_screen == on:
            return
        self._full_screen_request = on
        self.place()

    def toggle_full_screen(self) -> None:
        self.set_full_screen(not (self._placement is not None and self._placement.full_screen))

    def set_shown(self, on: bool) -> None:
        if on == self._shown:
            return
        self._shown = on
        if on:
            self.place()
        else:
            self._verify_timer.stop()
            self.window.hide()
            self._placement = None
            self.placementChanged.emit()
        self.show_action.setChecked(on)
        self.shownChanged.emit(on)

    def toggle_shown(self) -> None:
        """F5: show or hide the presenter screen."""
        self.set_shown(not self._shown)

    def set_palette(self, name: str) -> None:
        if name in PALETTES:
            PRESENTER_PALETTE.write(self.settings, name)
            self.feed.set_palette(name)

    def set_overtime_blink(self, on: bool) -> None:
        PRESENTER_OVERTIME_BLINK.write(self.settings, on)
        self.feed.set_overtime_blink(on)

    def set_language(self, language: str) -> None:
        """The language of the presenter screen's words ("ko" or "en")."""
        self.feed.set_language(language)

    def make_preview(self, parent: QWidget | None = None) -> PresenterPreview:
        """A small live copy of the presenter screen for the console."""
        preview = PresenterPreview(self.feed, parent)
        preview.set_screen_size(self.window.size())
        self.window.resized.connect(preview.set_screen_size)
        return preview

    # --- placing --------------------------------------------------------------------------

    def place(self) -> None:
        """Apply the rule now: the right screen, full-screen or not. Never raises."""
        if not self._shown:
            return
        try:
            self._place()
        except Exception:  # a screen vanishing mid-way must not end the show
            log.exception("placing the presenter window failed")
        self._gone &= {screen.name() for screen in QGuiApplication.screens()}

    def _place(self) -> None:
        infos = self.screens()
        placement = choose_placement(
            infos, self.console_screen(), self.remembered_screen(), self._full_screen_request
        )
        screen = self._qscreen(placement.screen) if placement is not None else None
        if placement is None or screen is None:
            return  # no screen at all (everything unplugged): wait for one to come back
        self._apply(placement, screen)
        if placement != self._placement:
            self._attempts = 0
        self._placement = placement
        self.full_screen_action.blockSignals(True)
        self.full_screen_action.setChecked(placement.full_screen)
        self.full_screen_action.blockSignals(False)
        self._verify_timer.start()
        self.placementChanged.emit()

    def _apply(self, placement: Placement, screen: QScreen) -> None:
        window = self.window
        was_full_screen = window.isFullScreen()
        on_that_screen = window.isVisible() and _name(window.screen()) == screen.name()
        in_place = was_full_screen and on_that_screen and window.geometry() == screen.geometry()
        if placement.full_screen and in_place:
            return
        # Leave full-screen before moving: window managers keep a full-screen window
        # on its screen.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.winId()  # make sure the native window exists, to set its screen
        handle = window.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        if placement.full_screen:
            window.setGeometry(screen.geometry())
            window.setWindowState(Qt.WindowState.WindowFullScreen)
            window.setCursor(Qt.CursorShape.BlankCursor)  # no pointer over the stage
        else:
            if was_full_screen or not on_that_screen:
                window.setGeometry(_windowed_geometry(screen.availableGeometry()))
            window.unsetCursor()
        # show(), not showFullScreen(): that one also activates the window. Raised (which
        # does not activate it) so that a presenter window beside the console is seen.
        window.show()
        window.raise_()

    def _verify(self) -> None:
        """Place again if the window is not where it was put (at most a few times)."""
        placement = self._placement
        if placement is None or not self._shown or self._attempts >= VERIFY_ATTEMPTS:
            return
        screen = self._qscreen(placement.screen)
        if screen is None:
            return
        window = self.window
        misplaced = _name(window.screen()) != screen.name() or (
            placement.full_screen
            and (not window.isFullScreen() or window.geometry() != screen.geometry())
        )
        if misplaced:
            self._attempts += 1
            log.info("presenter window not on %s yet; placing again", placement.screen)
            self.place()

    def _on_screen_added(self, screen: QScreen) -> None:
        self._gone.discard(screen.name())
        self._screens_changed()

    def _on_screen_removed(self, screen: QScreen) -> None:
        # The screen may still be listed while this signal runs: place once it is gone.
        self._gone.add(screen.name())
        self._screens_changed()

    def _screens_changed(self) -> None:
        self._full_screen_request = None  # a projector coming back goes full-screen again
        self._attempts = 0
        self._replace_timer.start()

    def _qscreens(self) -> list[QScreen]:
        return [screen for screen in QGuiApplication.screens() if screen.name() not in self._gone]

    def _qscreen(self, name: str) -> QScreen | None:
        return next((screen for screen in self._qscreens() if screen.name() == name), None)

    # --- menu -----------------------------------------------------------------------------

    def build_menu(self, parent: QWidget | None = None) -> QMenu:
        """The "Presenter screen" menu: show (F5), full screen, screens, palette.

        Its entries are rebuilt each time it opens, so the screen list is always current.
        """
        menu = QMenu(self.tr("Presenter screen"), parent)
        menu.aboutToShow.connect(lambda: self._fill_menu(menu))
        self._fill_menu(menu)
        return menu

    def _fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        menu.addAction(self.show_action)
        menu.addAction(self.full_screen_action)
        menu.addSection(self.tr("Screen"))
        group = QActionGroup(menu)
        remembered = self.remembered_screen()
        automatic = QAction(self.tr("Automatic (a screen other than the console's)"), menu)
        automatic.setCheckable(True)
        automatic.setChecked(remembered is None)
        automatic.triggered.connect(lambda: self.choose(None))
        group.addAction(automatic)
        menu.addAction(automatic)
        console = self.console_screen()
        for info in self.screens():
            text = info.label
            if info.name == console:
                text = self.tr("%1 (console)").replace("%1", text)
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(info.name == remembered)
            action.triggered.connect(lambda _checked=False, name=info.name: self.choose(name))
            group.addAction(action)
            menu.addAction(action)
        menu.addSection(self.tr("Colours"))
        palettes = QActionGroup(menu)
        names = {
            "standard": self.tr("Standard"),
            "high-contrast": self.tr("High contrast (colour-blind safe)"),
        }
        for name in PALETTES:
            action = QAction(names.get(name, name), menu)
            action.setCheckable(True)
            action.setChecked(self.feed.palette.name == name)
            action.triggered.connect(lambda _checked=False, name=name: self.set_palette(name))
            palettes.addAction(action)
            menu.addAction(action)
        blink = QAction(self.tr("Slow blink in overtime"), menu)
        blink.setCheckable(True)
        blink.setChecked(self.feed.overtime_blink)
        blink.toggled.connect(self.set_overtime_blink)
        menu.addAction(blink)


def _name(screen: QScreen | None) -> str | None:
    return screen.name() if screen is not None else None


def _windowed_geometry(area: QRect) -> QRect:
    """A normal presenter window: in the bottom-left corner, over the end of the console's
    agenda list (rows still to come, which scroll), not over the timer or the message box."""
    width = max(320, round(area.width() * WINDOWED_SHARE))
    height = max(180, round(width * 9 / 16))
    margin = round(area.width() * 0.02)
    left = area.left() + margin
    top = max(area.top(), area.bottom() - height - margin)
    return QRect(left, top, width, height)


def attach_presenter(
    controller: ShowController,
    console: QWidget | None,
    *,
    language: str | None = None,
    settings: QSettings | None = None,
) -> PresenterScreens:
    """Create the presenter screen for ``controller`` and show it full-screen on a screen
    other than ``console``'s, if there is one. With one screen it starts hidden: the
    console's preview is the presenter screen, and a window would float over the agenda;
    F5 shows it where the operator puts it.

    Keep the returned object; put its ``show_action`` (F5) in a menu of the console.
    """
    settings = settings if settings is not None else user_settings()
    palette = PRESENTER_PALETTE.read(settings)
    blink = PRESENTER_OVERTIME_BLINK.read(settings)
    feed = PresenterFeed(
        controller,
        palette=palette,
        language=language or current_language(),
        overtime_blink=bool(blink),
    )
    window = PresenterWindow(feed)
    screens = PresenterScreens(window, console, settings, parent=console)
    feed.setParent(screens)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(window.close)
    screens.set_shown(len(screens.screens()) > 1)
    return screens
