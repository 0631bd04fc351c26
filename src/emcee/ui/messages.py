"""Messages to the presenter: presets sent with one key, free text, blink, and what is shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emcee.ui.controller import Overlay
from emcee.ui.keymap import BINDINGS, tooltip, with_keys
from emcee.ui.panels import set_text

PRESET_KEYS = BINDINGS["preset"].keys  # 1 … 6


class MessagePanel(QGroupBox):
    sendRequested = Signal(str, bool)  # text, blink
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_screen = QLabel()
        self.on_screen.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.send_text)
        self.blink = QCheckBox()
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.send_text)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clearRequested)
        self.preset_buttons = [QPushButton() for _ in PRESET_KEYS]
        for number, button in enumerate(self.preset_buttons):
            button.clicked.connect(lambda _=False, n=number: self.send_preset(n))

        # Compact, so that it stays whole on a 1366x768 laptop: one row to type and send,
        # the presets in three columns.
        entry = QHBoxLayout()
        entry.addWidget(self.text, 1)
        entry.addWidget(self.send_button)
        entry.addWidget(self.clear_button)
        entry.addWidget(self.blink)
        presets = QGridLayout()
        for number, button in enumerate(self.preset_buttons):
            presets.addWidget(button, number // 3, number % 3)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.on_screen)
        layout.addLayout(entry)
        layout.addLayout(presets)
        layout.addStretch(1)
        self.overlay = Overlay()
        self.retranslate()

    def presets(self) -> list[str]:
        return [
            self.tr("1 minute left"),
            self.tr("Please wrap up"),
            self.tr("Time for questions"),
            self.tr("Time is up"),
            self.tr("5 minutes left"),
            self.tr("Please speak closer to the microphone"),
        ]

    def retranslate(self) -> None:
        self.setTitle(with_keys(self.tr("Message to the presenter"), "message"))
        self.text.setPlaceholderText(self.tr("Type a message and press Enter"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Show this message on the presenter screen (Enter)"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(tooltip("clear"))
        self.blink.setText(self.tr("Blink"))
        for key, button, text in zip(PRESET_KEYS, self.preset_buttons, self.presets(), strict=True):
            button.setText(f"{key} · {text}")
            button.setToolTip(self.tr("Send with the key %1").replace("%1", key))
        self.show_overlay(self.overlay)

    def send_text(self) -> None:
        text = self.text.text().strip()
        if text:
            self.sendRequested.emit(text, self.blink.isChecked())
            # Sent: the line above says what is on screen; the box is ready for the next.
            self.text.clear()

    def send_preset(self, number: int) -> None:
        self.sendRequested.emit(self.presets()[number], self.blink.isChecked())

    def show_overlay(self, overlay: Overlay) -> None:
        """Say what the presenter screen shows over the timer now."""
        self.overlay = overlay
        parts = []
        if overlay.blackout:
            parts.append(with_keys(self.tr("Presenter screen is BLACKED OUT"), "blackout"))
        if overlay.message:
            parts.append(self.tr("On the presenter screen: “%1”").replace("%1", overlay.message))
        set_text(self.on_screen, "\n".join(parts) or self.tr("No message on the presenter screen"))
        self.on_screen.setStyleSheet(
            "color: #b71c1c; font-weight: bold;" if overlay.message or overlay.blackout else ""
        )
