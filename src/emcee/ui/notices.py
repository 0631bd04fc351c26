"""Notices the console keeps in view until the operator has seen them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from emcee.core.timefmt import format_wall_clock


def away_text(seconds: float) -> str:
    """``"3:12"`` for 192 seconds: minutes and seconds, as the timers write them."""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


class AwayNotice(QLabel):
    """Says that the laptop slept (or the app froze) and for how long, and that the timers
    counted that time. It stays until the operator next acts on the show: a notice that
    vanished by itself would be missed by whoever just opened the lid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("awayNotice")
        self.setWordWrap(True)
        self.setStyleSheet(
            "#awayNotice { background: #e3f2fd; color: #0d2f57;"
            " border: 2px solid #1e88e5; padding: 6px; font-weight: bold; }"
        )
        self.away: tuple[float, float] | None = None  # seconds away, time of day it left
        self.setVisible(False)

    def show_away(self, seconds: float, left_at: float) -> None:
        self.away = (seconds, left_at)
        self.retranslate()

    def dismiss(self) -> None:
        self.away = None
        self.retranslate()

    def retranslate(self) -> None:
        if self.away is None:
            self.clear()
            self.setVisible(False)
            return
        seconds, left_at = self.away
        self.setText(
            "※ "
            + self.tr(
                "emcee was away for %1 (%2–%3): the laptop slept or the app was not "
                "responding. The timers counted that time."
            )
            .replace("%1", away_text(seconds))
            .replace("%2", format_wall_clock(left_at))
            .replace("%3", format_wall_clock(left_at + seconds))
        )
        self.setVisible(True)
