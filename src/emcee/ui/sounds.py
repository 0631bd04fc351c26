"""Alert cues on the laptop: a distinct short sound per level, with mute and volume.

The cues are for the operator only (the presenter screen never beeps). A batch of alerts
that arrives at once (the event loop stalled) plays only its most urgent cue.
"""

from __future__ import annotations

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
def _multimedia() -> ModuleType | None:
    """QtMultimedia, imported when the first sound is needed (not while the console
    starts); None without PulseAudio's client library on Linux: then stay silent."""
    try:
        from PySide6 import QtMultimedia
    except ImportError:  # pragma: no cover - depends on the machine
        return None
    return QtMultimedia


class CuePlayer(QObject):
    cueRequested = Signal(str)  # the AlertKind value of the cue asked for (also when muted)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = False
        self.volume = 0.8
        self._effects: dict[AlertKind, object] = {}

    def effect(self, kind: AlertKind) -> object | None:
        """The loaded sound for ``kind`` (created on first use: audio set-up takes time)."""
        multimedia = _multimedia()
        if multimedia is None:
            return None
        effect = self._effects.get(kind)
        if effect is None:
            effect = multimedia.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resources.path(CUE_FILES[kind]))))
            self._effects[kind] = effect
        return effect

    def preload(self) -> None:
        """Set up the audio and load every cue now, so the first alert is not late."""
        for kind in CUE_FILES:
            self.effect(kind)

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
