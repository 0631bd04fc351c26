"""The notices above the show, and what each says: the journal's trouble, a sound that
cannot play, the presenter screen blacked out, the time the laptop was away, an error."""

from __future__ import annotations

from PySide6.QtCore import QObject

from emcee.ui.keymap import keys_text
from emcee.ui.notices import Kind, Notice, away_words
from emcee.ui.room_chime import RoomChime
from emcee.ui.sounds import CuePlayer, SoundTrouble


class ShowNotices(QObject):
    """One notice widget for each thing to tell, each kept until it is no longer true."""

    def __init__(self, cues: CuePlayer, room: RoomChime, parent: QObject) -> None:
        super().__init__(parent)
        self.journal = Notice(Kind.TROUBLE)
        self.sound = Notice(Kind.TROUBLE)
        self.room = Notice(Kind.TROUBLE)
        self.blackout = Notice(Kind.BLACKOUT)
        self.away = Notice(Kind.AWAY)
        self.error = Notice(Kind.ERROR)
        cues.troubleChanged.connect(self.show_sound_trouble)
        room.troubleChanged.connect(self.show_room_trouble)

    def below_the_banner(self) -> tuple[Notice, ...]:
        """The notices under the warnings' banner, in their order (blackout is above it)."""
        return (self.journal, self.sound, self.room, self.away, self.error)

    def retranslate(self) -> None:
        for notice in (self.blackout, *self.below_the_banner()):
            notice.retranslate()

    def show_away(self, seconds: float, left_at: float) -> None:
        self.away.say(away_words(seconds, left_at))

    def operator_acted(self, _action: object = None) -> None:
        # The operator is back at the show: they have seen what these said.
        self.away.dismiss()
        self.error.dismiss()

    def show_blackout(self, on: bool) -> None:
        # As loud as a warning: a room looking at a black screen is easy to forget.
        self.blackout.say(self._blackout_words if on else None)

    def _blackout_words(self) -> str:
        return self.tr(
            "The presenter screen is black: the room sees nothing (%1 shows it)."
        ).replace("%1", keys_text("blackout"))

    def show_sound_trouble(self, trouble: SoundTrouble | None) -> None:
        """Said at once and kept: an operator who counts on the chime must know it is gone."""
        self.sound.say(None if trouble is None else lambda: self._sound_words(trouble))

    def _sound_words(self, trouble: SoundTrouble) -> str:
        test = self.tr("then Sound > Test sound")
        return {
            SoundTrouble.NO_LIBRARY: self.tr(
                "Alert sounds cannot play: the system's audio library is missing (on Linux, "
                "install PulseAudio's client). The colours and banners still warn."
            ),
            SoundTrouble.NO_OUTPUT: self.tr(
                "Alert sounds cannot play: there is no audio output. Connect speakers or "
                "headphones, %1. The colours and banners still warn."
            ).replace("%1", test),
            SoundTrouble.CANNOT_PLAY: self.tr(
                "Alert sounds cannot play on this audio output. Check the system's sound "
                "settings, %1. The colours and banners still warn."
            ).replace("%1", test),
        }[trouble]

    def show_room_trouble(self, output: str | None) -> None:
        """The room chime failed on ``output`` ("": the default one); said until it plays."""
        self.room.say(None if output is None else lambda: self._room_words(output))

    def _room_words(self, output: str) -> str:
        where = output or self.tr("the default output")
        return self.tr(
            "The room chime cannot play on %1. Choose another output in Sound > Room chime "
            "output; the show goes on, and your own alert sounds are not affected."
        ).replace("%1", where)
