"""Alert cues on the laptop: a distinct short sound per level, with mute and volume.

The cues are for the operator only (the presenter screen never beeps). A batch of alerts
that arrives at once (the event loop stalled) plays only its most urgent cue.

A cue that cannot play (no audio library, no audio output, a device that refuses the
format) is a trouble the console says at once and keeps saying (``troubleChanged``) until
a cue loads and plays again (Sound > Test sound tries).
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from types import ModuleType

from PySide6.QtCore import QObject, QUrl, Signal

from emcee import resources
from emcee.core.engine.snapshot import Alert, AlertKind

CUE_FILES = {
    AlertKind.WARNING: "sounds/warning.wav",
    AlertKind.FINAL: "sounds/final.wav",
    AlertKind.TIME_UP: "sounds/time-up.wav",
    AlertKind.OVERTIME: "sounds/overtime.wav",
}
URGENCY = [AlertKind.WARNING, AlertKind.FINAL, AlertKind.OVERTIME, AlertKind.TIME_UP]


@cache
def load_multimedia() -> ModuleType | None:
    """QtMultimedia, imported when the first sound is needed (not while the console
    starts); None without PulseAudio's client library on Linux: then stay silent."""
    try:
        from PySide6 import QtMultimedia
    except ImportError:  # pragma: no cover - depends on the machine
        return None
    return QtMultimedia


class SoundTrouble(Enum):
    """Why the alert sounds cannot play."""

    NO_LIBRARY = "no-library"  # QtMultimedia would not load (Linux: no PulseAudio client)
    NO_OUTPUT = "no-output"  # the system has no audio output
    CANNOT_PLAY = "cannot-play"  # a cue failed to load or play on the output


class CuePlayer(QObject):
    cueRequested = Signal(str)  # the AlertKind value of the cue asked for (also when muted)
    troubleChanged = Signal(object)  # SoundTrouble | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = False
        self.volume = 0.8
        self.trouble: SoundTrouble | None = None
        self._effects: dict[AlertKind, object] = {}

    def effect(self, kind: AlertKind) -> object | None:
        """The loaded sound for ``kind`` (created on first use: audio set-up takes time)."""
        multimedia = load_multimedia()
        if multimedia is None:
            self._say(SoundTrouble.NO_LIBRARY)
            return None
        effect = self._effects.get(kind)
        if effect is None:
            effect = multimedia.QSoundEffect(self)
            effect.statusChanged.connect(self.review)
            effect.setSource(QUrl.fromLocalFile(str(resources.path(CUE_FILES[kind]))))
            self._effects[kind] = effect
        return effect

    def preload(self) -> None:
        """Set up the audio and load every cue now, so the first alert is not late; what
        cannot play is said now, not at the first warning."""
        for kind in CUE_FILES:
            self.effect(kind)
        self.review()

    def test(self) -> None:
        """Sound > Test sound: play the warning cue (also when muted) and say what fails;
        cues that failed load again (the operator may have fixed the output)."""
        multimedia = load_multimedia()
        if multimedia is not None:
            error = multimedia.QSoundEffect.Status.Error
            for kind, effect in list(self._effects.items()):
                if effect.status() == error:  # type: ignore[attr-defined]
                    del self._effects[kind]
                    effect.deleteLater()  # type: ignore[attr-defined]
        self.preload()
        effect = self.effect(AlertKind.WARNING)
        if effect is not None:
            effect.setVolume(self.volume)  # type: ignore[attr-defined]
            effect.play()  # type: ignore[attr-defined]

    def review(self) -> None:
        """Whether the cues can play, from the system's outputs and each cue's status."""
        multimedia = load_multimedia()
        if multimedia is None:
            self._say(SoundTrouble.NO_LIBRARY)
            return
        if not multimedia.QMediaDevices.audioOutputs():
            self._say(SoundTrouble.NO_OUTPUT)
            return
        error = multimedia.QSoundEffect.Status.Error
        statuses = [effect.status() for effect in self._effects.values()]  # type: ignore[attr-defined]
        self._say(SoundTrouble.CANNOT_PLAY if error in statuses else None)

    def _say(self, trouble: SoundTrouble | None) -> None:
        if trouble != self.trouble:
            self.trouble = trouble
            self.troubleChanged.emit(trouble)

    def set_volume(self, volume: float) -> None:
        self.volume = min(1.0, max(0.0, volume))

    def play_for(self, alerts: list[Alert]) -> AlertKind | None:
        """Play the most urgent cue of a batch of alerts; returns which one was asked for."""
        if not alerts:
            return None
        kind = max((alert.kind for alert in alerts), key=URGENCY.index)
        self.cueRequested.emit(kind.value)
        if not self.muted:
            effect = self.effect(kind)
            if effect is not None:
                effect.setVolume(self.volume)  # type: ignore[attr-defined]
                effect.play()  # type: ignore[attr-defined]
        return kind
