"""The console's notices: lines kept in view above the show until what they say is no
longer true, or the operator has seen it. One widget for each kind of thing to tell: the
journal's trouble, the time the laptop was away, an internal error, the presenter screen
blacked out, a sound that cannot play."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from emcee.core.timefmt import format_wall_clock


class Kind(Enum):
    """What a notice is about; its colours (light, so that they read on any palette), and
    the mark in front of its words."""

    TROUBLE = ("#fff3cd", "#5c3c00", "#d39e00", "▲")  # something not done as it should be
    AWAY = ("#e3f2fd", "#0d2f57", "#1e88e5", "※")  # what happened while nobody could see
    ERROR = ("#fdecea", "#611a15", "#e53935", "▲")  # emcee's own error, written to its log
    BLACKOUT = ("#263238", "#ffffff", "#000000", "■")  # the room sees nothing on purpose


Words = Callable[[], str]  # the notice's words in the language shown now


class Notice(QLabel):
    """A notice line; hidden while it has nothing to say."""

    def __init__(self, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        background, color, border, _mark = kind.value
        self.setObjectName(f"{kind.name.lower()}Notice")
        self.setWordWrap(True)
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {background}; color: {color};"
            f" border: 2px solid {border}; padding: 6px; font-weight: bold; }}"
        )
        self.words: Words | None = None
        self.setVisible(False)

    def say(self, words: Words | None) -> None:
        """Say ``words()`` (asked again at each change of language); None: nothing."""
        if words is None and self.words is None:
            return  # nothing said, nothing to take back: no relayout on every action
        self.words = words
        self.retranslate()

    def dismiss(self) -> None:
        self.say(None)

    def retranslate(self) -> None:
        if self.words is None:
            self.clear()
            self.setVisible(False)
            return
        self.setText(f"{self.kind.value[3]} {self.words()}")
        self.setVisible(True)


def away_text(seconds: float) -> str:
    """``"3:12"`` for 192 seconds: minutes and seconds, as the timers write them."""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


def away_words(seconds: float, left_at: float) -> Words:
    """That the laptop slept (or the app froze), when and for how long, and that the timers
    counted that time. It stays until the operator next acts on the show: a notice that
    vanished by itself would be missed by whoever just opened the lid."""
    return lambda: (
        QCoreApplication.translate(
            "Notice",
            "emcee was away for %1 (%2–%3): the laptop slept or the app was not "
            "responding. The timers counted that time.",
        )
        .replace("%1", away_text(seconds))
        .replace("%2", format_wall_clock(left_at))
        .replace("%3", format_wall_clock(left_at + seconds))
    )
