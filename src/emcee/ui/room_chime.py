"""The room chime: a soft two-tone through the hall's PA when a turn's time is up (and, if
the agenda says so, at the warnings), separate from the moderator's private cues.

The agenda turns it on (``[programme.chime]``: its levels and volume). It plays on the
audio output of the presenter screen's side: the output the operator chose in Sound >
Room chime output while it is connected, else the one whose name matches the presenter
screen's (a projector on HDMI has an HDMI output), else the system's default output.

It sounds for the alerts the engine raises, which come once per crossing (never while
paused, never again on undo), and once for a batch. An output that cannot play it is
said on the console (``troubleChanged``) until the chime plays again; the show goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, QUrl, Signal

from emcee import resources
from emcee.core.agenda.model import CHIME_VOLUME, ChimeLevel, Programme
from emcee.core.engine.snapshot import Alert, AlertKind
from emcee.settings import ROOM_CHIME_MUTED, ROOM_CHIME_OUTPUT
from emcee.ui.sounds import load_multimedia

CHIME_FILE = "sounds/chime.wav"
LEVEL_OF = {
    AlertKind.WARNING: ChimeLevel.WARNING,
    AlertKind.FINAL: ChimeLevel.FINAL,
    AlertKind.TIME_UP: ChimeLevel.TIME_UP,
}
# How the system names a screen on a cable that carries sound ("HDMI-1", "DP-2"; not the
# laptop's own panel, "eDP-1"), and the words in an output's name that say it feeds one.
SOUND_CABLES = ("hdmi", "dp", "displayport")
SCREEN_OUTPUT_WORDS = ("hdmi", "displayport", "display audio")


@dataclass(frozen=True)
class Screen:
    """The presenter screen as the system names it: "HDMI-1", and its model if known."""

    name: str
    model: str = ""


def matching_output(outputs: Sequence[str], screen: Screen | None) -> str | None:
    """The output (by its description) that most likely feeds ``screen``: one naming the
    screen's model ("EPSON PJ (Intel Display Audio)"), else, for a screen on a cable that
    carries sound, the one output naming such a cable ("HDMI 0"). None when unsure."""
    if screen is None:
        return None
    model = screen.model.strip().lower()
    if model:
        named = [output for output in outputs if model in output.lower()]
        if named:
            return named[0]
    if not screen.name.lower().startswith(SOUND_CABLES):
        return None
    cabled = [o for o in outputs if any(word in o.lower() for word in SCREEN_OUTPUT_WORDS)]
    return cabled[0] if len(cabled) == 1 else None


def choose_output(outputs: Sequence[str], screen: Screen | None, chosen: str) -> str | None:
    """Where the chime plays: the operator's choice while it is connected, else the
    output matching the presenter screen; None: the system's default output."""
    if chosen in outputs:
        return chosen
    return matching_output(outputs, screen)


class ChimePlayer(QObject):
    """Plays the chime file on one output (QSoundEffect); tests put a fake in its place."""

    failed = Signal()  # the output or the file could not play it
    played = Signal()  # it loaded and plays

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect: object | None = None
        self._output: str | None = None

    def outputs(self) -> list[str]:
        multimedia = load_multimedia()
        if multimedia is None:
            return []
        return [device.description() for device in multimedia.QMediaDevices.audioOutputs()]

    def play(self, output: str | None, volume: float) -> None:
        """Play on the output described ``output`` (None: the default output)."""
        multimedia = load_multimedia()
        if multimedia is None:
            self.failed.emit()
            return
        if self._effect is None or output != self._output:
            self._effect = self._load(multimedia, output)
            self._output = output
        effect = self._effect
        effect.setVolume(volume)  # type: ignore[attr-defined]
        effect.play()  # type: ignore[attr-defined]

    def _load(self, multimedia: object, output: str | None) -> object:
        if self._effect is not None:
            self._effect.deleteLater()  # type: ignore[attr-defined]
        effect = multimedia.QSoundEffect(self)  # type: ignore[attr-defined]
        devices = multimedia.QMediaDevices.audioOutputs()  # type: ignore[attr-defined]
        device = next((d for d in devices if d.description() == output), None)
        if device is not None:
            effect.setAudioDevice(device)
        status = multimedia.QSoundEffect.Status  # type: ignore[attr-defined]
        effect.statusChanged.connect(lambda: self._review(effect, status))
        effect.setSource(QUrl.fromLocalFile(str(resources.path(CHIME_FILE))))
        return effect

    def _review(self, effect: object, status: object) -> None:
        now = effect.status()  # type: ignore[attr-defined]
        if now == status.Error:  # type: ignore[attr-defined]
            self._effect = None  # loaded again at the next chime (the output may be back)
            self.failed.emit()
        elif now == status.Ready:  # type: ignore[attr-defined]
            self.played.emit()


class RoomChime(QObject):
    chimed = Signal(str, object)  # the ChimeLevel value and the output (None: the default)
    troubleChanged = Signal(object)  # the output (str, "" for the default) it failed on, or None

    def __init__(
        self,
        settings: QSettings,
        screen: Callable[[], Screen | None],
        player: ChimePlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.screen = screen  # the presenter screen's, when it is placed
        self.levels: tuple[ChimeLevel, ...] = ()  # the agenda's; none: no chime
        self.volume = CHIME_VOLUME
        self.muted = ROOM_CHIME_MUTED.read(settings)
        self.trouble: str | None = None
        self.player = player or ChimePlayer(self)
        self.player.failed.connect(self._failed)
        self.player.played.connect(lambda: self._say(None))
        self._output: str | None = None

    def follow(self, programme: Programme) -> None:
        """The agenda's chime: which levels, how loud."""
        self.levels, self.volume = programme.chime, programme.chime_volume

    @property
    def chosen(self) -> str:
        """The output the operator chose ("": automatic)."""
        return ROOM_CHIME_OUTPUT.read(self.settings)

    def choose(self, output: str) -> None:
        """Sound > Room chime output: ``output`` ("": automatic), remembered; the chime
        plays there once, so that the operator hears where it goes."""
        ROOM_CHIME_OUTPUT.write(self.settings, output)
        self._play(None)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        ROOM_CHIME_MUTED.write(self.settings, muted)

    def output(self) -> str | None:
        """Where the chime plays now (None: the system's default output)."""
        return choose_output(self.player.outputs(), self.screen(), self.chosen)

    def play_for(self, alerts: list[Alert]) -> ChimeLevel | None:
        """Chime once for a batch of alerts if the agenda chimes at any of their levels."""
        if self.muted or not self.levels:
            return None
        levels = [LEVEL_OF[a.kind] for a in alerts if LEVEL_OF.get(a.kind) in self.levels]
        if not levels:
            return None
        level = max(levels, key=list(ChimeLevel).index)  # the most urgent, for the record
        self._play(level)
        return level

    def _play(self, level: ChimeLevel | None) -> None:
        self._output = self.output()
        self.chimed.emit(level.value if level is not None else "", self._output)
        self.player.play(self._output, self.volume / 100)

    def _failed(self) -> None:
        self._say(self._output or "")

    def _say(self, trouble: str | None) -> None:
        if trouble != self.trouble:
            self.trouble = trouble
            self.troubleChanged.emit(trouble)
