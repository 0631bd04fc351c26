"""Every setting emcee keeps, in one registry: its key, its type, its default and what it
is. Every read and write goes through here (tests/test_settings.py finds any other).

Settings live in Qt's settings store (QSettings: the registry on Windows, a plist on macOS,
``~/.config/emcee/emcee.conf`` on Linux), written by the console and read by the console
and by the commands in a terminal (the language). A value that cannot be read as its type
(edited by hand, or written by another version) is its default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from emcee.core.engine.awake import RELEASE_AFTER_PAUSE

T = TypeVar("T")
ORGANISATION = APPLICATION = "emcee"


def user_settings() -> QSettings:
    """The settings of the user running emcee (the app and the commands alike)."""
    return QSettings(ORGANISATION, APPLICATION)


def _text(value: object, default: str) -> str:
    return value if isinstance(value, str) else default


def _flag(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):  # INI and plist files give text
        return {"true": True, "false": False}.get(value.lower(), default)
    return default


def _number(value: object, default: float) -> float:
    try:
        return float(value) if isinstance(value, int | float | str) else default
    except ValueError:
        return default


def _bytes(value: object, default: QByteArray) -> QByteArray:
    return value if isinstance(value, QByteArray) else default


def _port(value: object, default: int | None) -> int | None:
    if isinstance(value, int | str) and str(value).isdigit() and int(value) < 65536:
        return int(value)
    return default


def _texts(value: object, default: list[str]) -> list[str]:
    if isinstance(value, str):  # QSettings gives a lone string for a list of one
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else list(default)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    what: str  # what it holds, for whoever reads or edits the settings
    parse: Callable[[object, T], T] = field(repr=False, compare=False)

    def read(self, settings: QSettings) -> T:
        return self.parse(settings.value(self.key), self.default)

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)

    def forget(self, settings: QSettings) -> None:
        settings.remove(self.key)


def text(key: str, default: str, what: str) -> Setting[str]:
    return Setting(key, default, what, _text)


def flag(key: str, default: bool, what: str) -> Setting[bool]:
    return Setting(key, default, what, _flag)


def number(key: str, default: float, what: str) -> Setting[float]:
    return Setting(key, default, what, _number)


def state(key: str, what: str) -> Setting[QByteArray]:
    return Setting(key, QByteArray(), what, _bytes)


def texts(key: str, what: str) -> Setting[list[str]]:
    return Setting(key, [], what, _texts)


def port(key: str, what: str) -> Setting[int | None]:
    """A network port, 0 to 65535 (None when there is none)."""
    return Setting(key, None, what, _port)


LANGUAGE = text("language", "", "the Language menu's choice, ko or en (empty: the system's)")
SOUND_MUTED = flag("sound/muted", False, "no alert sounds (Sound > Mute alerts)")
SOUND_VOLUME = number("sound/volume", 0.8, "the alert sounds' volume, 0 to 1")
ROOM_CHIME_MUTED = flag("sound/room_muted", False, "no room chime (Sound > Mute room chime)")
ROOM_CHIME_OUTPUT = text(
    "sound/room_output", "", "the room chime's audio output, by its name (empty: automatic)"
)
CONSOLE_GEOMETRY = state("console/geometry", "where the console window was, and its size")
CONSOLE_SPLITTERS = {
    name: state(f"console/splitter-{name}", f"how the console's {name} panes were divided")
    for name in ("main", "right", "lower")
}
LAST_FOLDER = text("files/last_folder", "", "the folder an agenda was last opened from or saved in")
RECENT_FILES = texts("files/recent", "the agenda files opened last (File > Open recent)")
RELEASE_AFTER_PAUSE_MIN = number(
    "awake/release_after_pause_min",
    RELEASE_AFTER_PAUSE / 60,
    "minutes of a pause after which the laptop may sleep again until the show resumes",
)
KEY_REPEAT_IGNORED_MS = number(
    "keys/repeat_ignored_ms",
    300,
    "a second Space, → or PageDown within this many milliseconds is ignored (a clicker's "
    "double press); 0 takes every press",
)
PRESENTER_SCREEN = text("presenter/screen", "", "the screen chosen for the presenter screen")
PRESENTER_PALETTE = text("presenter/palette", "standard", "the presenter screen's colours")
PRESENTER_OVERTIME_BLINK = flag(
    "presenter/overtimeBlink", False, "the presenter screen's timer blinks in overtime"
)
# Sharing the show on the network (emcee.ui.sharing). The links stay the same from one run
# to the next, so printed QR codes keep working until renewed.
SHARE_NETWORK = text("share/network", "loopback", "where the show is shared: loopback or lan")
SHARE_INTERFACE = text("share/interface", "", "the venue network's interface last shared on")
SHARE_PORT = port("share/port", "the port sharing asks for first (0: any free one)")
SHARED_VIEWS = (  # emcee.net.roles
    "stage",
    "moderator",
    "mc",
    "backstage",
    "programme",
    "clock",
    "control",
)
SHARE_TOKENS = {
    view: text(f"share/tokens/{view}", "", f"the secret in the {view} link")
    for view in SHARED_VIEWS
}
# Remote control (emcee.ui.remote_actions, emcee.net.control, emcee.net.osc).
SHARE_CONTROL = flag(
    "share/control", True, "the control link may act (false: it may look but not act)"
)
SHARE_REPEAT_GAP = number(
    "share/repeat_gap", 1.0, "seconds, 0 to 60, in which the same remote command again is refused"
)
SHARE_OSC = flag("share/osc", False, "OSC remote control on (off by default)")
SHARE_OSC_FROM = text(
    "share/osc_from", "", "the OSC senders taken: addresses and networks, '10.0.0.2, 10.0.1.0/24'"
)

REGISTRY: tuple[Setting[Any], ...] = (
    LANGUAGE,
    SOUND_MUTED,
    SOUND_VOLUME,
    CONSOLE_GEOMETRY,
    *CONSOLE_SPLITTERS.values(),
    LAST_FOLDER,
    RECENT_FILES,
    RELEASE_AFTER_PAUSE_MIN,
    PRESENTER_SCREEN,
    PRESENTER_PALETTE,
    PRESENTER_OVERTIME_BLINK,
    SHARE_NETWORK,
    SHARE_INTERFACE,
    SHARE_PORT,
    *SHARE_TOKENS.values(),
    SHARE_CONTROL,
    SHARE_REPEAT_GAP,
    SHARE_OSC,
    SHARE_OSC_FROM,
)
