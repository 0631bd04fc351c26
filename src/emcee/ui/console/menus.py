"""The console's commands as actions, in its menus and toolbar. Their words and the keys
they name come from the key map (emcee.ui.keymap); what they do, from the console."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QSlider, QToolBar, QWidgetAction

from emcee.ui.keymap import present

CHECKABLE = ("blackout", "presenter", "mute", "room_mute")
# name -> the commands that follow each other in a menu, separators between groups
MENUS: dict[str, tuple[tuple[str, ...], ...]] = {
    "show": (
        ("start", "next", "previous", "jump", "restart", "question"),
        ("plus", "minus", "plus30", "minus30"),
        ("skip", "undo", "rebalance"),
        ("end",),
        ("report",),
    ),
    "presenter": (
        ("presenter", "message", "clear", "blackout"),
        ("mc", "mc_down", "mc_up"),
        ("share",),
    ),
    "help": (("keys", "log"),),
}
TOOLBAR = (
    ("start", "previous", "next", "restart"),
    ("minus", "plus"),
    ("undo", "blackout", "presenter"),
)


class ConsoleMenus(QObject):
    """The actions of the console's commands, its menu bar and its toolbar."""

    languageChosen = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        commands: Mapping[str, Callable[[], object]],
        file_actions: tuple[QAction, ...],
        recent: QMenu,
        save_actions: tuple[QAction, ...],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        for name, command in commands.items():
            action = QAction(window)
            action.triggered.connect(lambda _checked=False, c=command: c())
            action.setCheckable(name in CHECKABLE)
            self.actions[name] = action
        self.languages = QActionGroup(self)
        for text, lang in (("한국어", "ko"), ("English", "en")):
            language = QAction(text, window)  # each language in its own words
            language.setCheckable(True)
            language.setData(lang)
            self.languages.addAction(language)
        self.languages.triggered.connect(lambda action: self.languageChosen.emit(action.data()))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)

        bar = window.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.actions["open"])
        self.menu_file.addMenu(recent)
        self.menu_file.addActions(list(file_actions))
        self.menu_file.addSeparator()
        self.menu_file.addActions(list(save_actions))
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.actions["quit"])
        self.menu_show = self._menu(bar.addMenu(""), MENUS["show"])
        self.menu_presenter = self._menu(bar.addMenu(""), MENUS["presenter"])
        self.menu_screens: QMenu | None = None  # the presenter's, once there is one
        self.menu_sound = bar.addMenu("")
        self.menu_sound.addAction(self.actions["mute"])
        self.menu_sound.addAction(self.actions["test_sound"])
        volume_action = QWidgetAction(self)
        volume_action.setDefaultWidget(self.volume)
        self.menu_sound.addAction(volume_action)
        self.menu_sound.addSeparator()
        self.menu_sound.addAction(self.actions["room_mute"])
        self.menu_room_output = self.menu_sound.addMenu("")  # filled as it opens
        self.menu_language = bar.addMenu("")
        self.menu_language.addActions(self.languages.actions())
        self.menu_help = self._menu(bar.addMenu(""), MENUS["help"])

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("controls")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        for number, group in enumerate(TOOLBAR):
            if number:
                self.toolbar.addSeparator()
            self.toolbar.addActions([self.actions[name] for name in group])
        window.addToolBar(self.toolbar)

    def _menu(self, menu: QMenu, groups: tuple[tuple[str, ...], ...]) -> QMenu:
        for number, group in enumerate(groups):
            if number:
                menu.addSeparator()
            menu.addActions([self.actions[name] for name in group])
        return menu

    def set_screens_menu(self, menu: QMenu) -> None:
        """The presenter screen's own menu (screens, palettes), under Presenter."""
        if self.menu_screens is not None:
            self.menu_presenter.removeAction(self.menu_screens.menuAction())
            self.menu_screens.deleteLater()
        self.menu_screens = menu
        self.menu_screens.setTitle(self.tr("Screen and colours"))
        self.menu_presenter.addMenu(menu)

    def fill_room_outputs(
        self,
        outputs: list[str],
        chosen: str,
        automatic: str | None,
        choose: Callable[[str], None],
    ) -> None:
        """Sound > Room chime output: automatic (saying which output that is now), then
        each output; the one chosen checked."""
        menu = self.menu_room_output
        menu.clear()
        group = QActionGroup(menu)
        found = automatic or self.tr("the default output")
        entries = [("", self.tr("Automatic: the presenter screen's (%1)").replace("%1", found))]
        entries += [(output, output) for output in outputs]
        for output, text in entries:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(output == chosen or (not output and chosen not in outputs))
            action.triggered.connect(lambda _checked=False, o=output: choose(o))
            group.addAction(action)
        if not outputs:
            menu.addAction(self.tr("No audio output found")).setEnabled(False)

    def choose_language(self, lang: str) -> None:
        """Check the language chosen in the settings ("" when none was)."""
        for action in self.languages.actions():
            action.setChecked(action.data() == lang)

    def retranslate(self) -> None:
        for name, action in self.actions.items():
            present(action, name)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_show.setTitle(self.tr("&Show"))
        self.menu_presenter.setTitle(self.tr("&Presenter"))
        self.menu_sound.setTitle(self.tr("S&ound"))
        self.menu_room_output.setTitle(self.tr("Room chime output"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        if self.menu_screens is not None:
            self.menu_screens.setTitle(self.tr("Screen and colours"))
        self.volume.setToolTip(self.tr("Alert volume"))
