"""The "Share on the network" panel: a link and a QR code per view, where the server
listens (and on which interface), loopback or the venue's network, new links, stop; and
the moderator's cues with their receipts. Also the status bar's sign that the show is
shared. Built when first asked for (emcee.ui.share_command), with the server's modules.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol

import segno
from PySide6.QtCore import QEvent, QSettings, Qt, SignalInstance
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from emcee.net.roles import VIEWS, Role
from emcee.net.texts import view_name
from emcee.settings import SHARE_INTERFACE
from emcee.ui.console.keys import ShowKeys
from emcee.ui.controller import ShowController
from emcee.ui.i18n import current_language
from emcee.ui.messages import MessagePanel
from emcee.ui.recorder import ShowRecorder
from emcee.ui.remote_log import RemoteLog
from emcee.ui.sharing import LAN, LOOPBACK, Sharing, cue_presets
from emcee.ui.sharing_texts import cue_text, osc_text, start_and_say, where_text


class Journaled(Protocol):
    @property
    def recorder(self) -> ShowRecorder | None: ...


class SharingConsole(Protocol):
    """What sharing needs of the console (emcee.ui.console.window.ConsoleWindow): its
    show and its journal, which both change with the agenda; its preset messages (the
    remote offers them); the show's keys (read in the panel too); its status bar; and
    the word that it closed."""

    @property
    def controller(self) -> ShowController: ...

    @property
    def journal(self) -> Journaled: ...

    @property
    def messages(self) -> MessagePanel: ...

    @property
    def keys(self) -> ShowKeys: ...

    @property
    def controllerReplaced(self) -> SignalInstance: ...

    @property
    def closed(self) -> SignalInstance: ...

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget: ...


QR_PIXELS = 168
QR_VERSION = 5  # 37 modules: a LAN link with its token needs 5 or 6


def qr_pixmap(text: str, size: int = QR_PIXELS) -> QPixmap:
    """``text`` as a QR code, black on white with the quiet zone, about ``size`` pixels.
    Version 5 at least, so that the views' codes (links of about the same length) come
    out the same size."""
    code = segno.make(text, error="m")
    if int(code.version) < QR_VERSION:  # (a Micro QR code would be a str: never made here)
        code = segno.make(text, error="m", version=QR_VERSION)
    modules = int(code.symbol_size(scale=1, border=4)[0])
    scale = max(1, size // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(code.matrix_iter(scale=1, border=4)):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)


class ViewCard(QGroupBox):
    """One view: its QR code, its link, copy, and how many pages have it open."""

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.url = ""
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFixedSize(QR_PIXELS + 8, QR_PIXELS + 8)
        self.link = QLineEdit()
        self.link.setReadOnly(True)
        self.copy = QPushButton()
        self.copy.clicked.connect(self._copy)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.link)
        # One above the other: six cards side by side leave no room for both in a row.
        layout.addWidget(self.count)
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignRight)

    def show_link(self, url: str, pages: int) -> None:
        if url != self.url:
            self.url = url
            self.link.setText(url)
            self.link.setCursorPosition(0)
            self.code.setPixmap(qr_pixmap(url) if url else QPixmap())
        self.copy.setEnabled(bool(url))
        self.count.setText(self.tr("Open now: %1").replace("%1", str(pages)) if url else "")

    def retranslate(self) -> None:
        self.setTitle(view_name(self.role.value, current_language()))
        self.copy.setText(self.tr("Copy link"))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.url)


class SharingPanel(QDialog):
    def __init__(self, sharing: Sharing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.sharing = sharing
        self.message = ""  # the last start's outcome, said until the next
        self.message_is_error = False
        self.exposed = QLabel()
        self.exposed.setWordWrap(True)
        self.loopback = QRadioButton()
        self.lan = QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.loopback)
        self.choice.addButton(self.lan)
        self.interface = QComboBox()
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._stop)
        self.renew_button = QPushButton()
        self.renew_button.clicked.connect(self._renew)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cards = {role: ViewCard(role) for role in VIEWS}
        self.cue_box = QGroupBox()
        self.cue_text = QLineEdit()
        self.cue_text.returnPressed.connect(self._send_cue)
        self.cue_send = QPushButton()
        self.cue_send.clicked.connect(self._send_cue)
        self.cue_clear = QPushButton()
        self.cue_clear.clicked.connect(self.sharing.clear_cue)
        self.cue_presets = [QPushButton() for _ in range(3)]
        for number, button in enumerate(self.cue_presets):
            button.clicked.connect(
                lambda _=False, n=number: self.sharing.send_cue(self._presets()[n])
            )
        self.cue_status = QLabel()
        self.cue_status.setWordWrap(True)
        self.control_box = QGroupBox()
        self.control_on = QCheckBox()
        self.control_on.clicked.connect(self._switch_control)
        self.osc_on = QCheckBox()
        self.osc_on.toggled.connect(self._osc_changed)
        self.osc_from = QLineEdit()
        self.osc_from.setPlaceholderText("192.168.0.20, 192.168.0.0/24")
        self.osc_from.editingFinished.connect(self._osc_changed)
        self.osc_status = QLabel()
        self.osc_status.setWordWrap(True)

        network = QHBoxLayout()
        network.addWidget(self.loopback)
        network.addWidget(self.lan)
        network.addWidget(self.interface, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.renew_button)
        buttons.addStretch(1)
        grid = QGridLayout()
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, index)
        cue_entry = QHBoxLayout()
        for button in self.cue_presets:
            cue_entry.addWidget(button)
        cue_entry.addWidget(self.cue_text, 1)
        cue_entry.addWidget(self.cue_send)
        cue_entry.addWidget(self.cue_clear)
        cue_layout = QVBoxLayout(self.cue_box)
        cue_layout.addLayout(cue_entry)
        cue_layout.addWidget(self.cue_status)
        control_layout = QVBoxLayout(self.control_box)
        control_layout.addWidget(self.control_on)
        osc = QHBoxLayout()
        osc.addWidget(self.osc_on)
        osc.addWidget(self.osc_from, 1)
        control_layout.addLayout(osc)
        control_layout.addWidget(self.osc_status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.exposed)
        layout.addLayout(network)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addWidget(self.cue_box)
        layout.addWidget(self.control_box)
        sharing.changed.connect(self.refresh)
        self.lan.toggled.connect(self.interface.setEnabled)
        # Enter presses no button here: what stops or renews every link takes a click
        # (the show's keys are read in this window as in the console: ShowKeys).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.retranslate()

    def _presets(self) -> list[str]:
        return cue_presets()

    def fill_interfaces(self) -> None:
        saved = SHARE_INTERFACE.read(self.sharing.settings)
        self.interface.clear()
        for found in self.sharing.interfaces():
            name = found.label if found.label == found.name else f"{found.label} ({found.name})"
            self.interface.addItem(f"{name} · {found.address}", found.name)
            if found.name == saved:
                self.interface.setCurrentIndex(self.interface.count() - 1)

    def start(self) -> None:
        network = LAN if self.lan.isChecked() else LOOPBACK
        interface = self.interface.currentData() if network == LAN else None
        self.message, self.message_is_error = start_and_say(self.sharing, network, interface)
        self.refresh()

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Whether the operator confirms ``action`` (the button's words); Cancel is the
        default, so a key pressed by habit cancels."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def _stop(self) -> None:
        if self.confirm(
            self.tr("Stop sharing"),
            self.tr(
                "Every page open on a link (phones, the stage view, the remote) loses the "
                "show until sharing starts again."
            ),
            self.tr("Stop sharing"),
        ):
            self.sharing.stop()

    def _renew(self) -> None:
        if self.confirm(
            self.tr("New links"),
            self.tr(
                "Every link and every printed QR code stops working at once, and the pages "
                "open on them are closed: each view must be opened again from a new code."
            ),
            self.tr("New links"),
        ):
            self.sharing.renew()

    def _switch_control(self, on: bool) -> None:
        if on:
            title, action = self.tr("Remote control"), self.tr("Let the control link run the show")
            text = self.tr(
                "Whoever has the control link can then start, move, time and end the show."
            )
        else:
            title, action = self.tr("Remote control"), self.tr("Switch remote control off")
            text = self.tr(
                "The control link will only show the show, and every remote action (the "
                "link, the API, OSC) is refused until it is switched on again."
            )
        if self.confirm(title, text, action):
            self.sharing.enable_control(on)
        else:
            self.refresh()  # the box shows the setting again

    def _osc_changed(self) -> None:
        on, text = self.osc_on.isChecked(), self.osc_from.text()
        if (on, text.strip()) != (self.sharing.osc_enabled, self.sharing.osc_from):
            self.sharing.set_osc(on, text)

    def _send_cue(self) -> None:
        self.sharing.send_cue(self.cue_text.text())
        self.cue_text.clear()

    def refresh(self) -> None:
        sharing = self.sharing
        started = sharing.started
        running = sharing.running and started is not None
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.loopback.setEnabled(not running)
        self.lan.setEnabled(not running)
        self.interface.setEnabled(not running and self.lan.isChecked())
        lines = []
        if running and started is not None:
            lines.append(where_text(started))
        elif not self.message_is_error:
            lines.append(self.tr("Not shared: nothing is served on any network."))
        if self.message:
            lines.append(self.message)
        self.status.setText("\n".join(lines))
        self.status.setStyleSheet("color: #b71c1c;" if self.message_is_error else "")
        links = dict(sharing.links())
        counts = sharing.page_counts()
        for role, card in self.cards.items():
            card.show_link(links.get(role, ""), counts.get(role, 0))
        self.cue_status.setText(cue_text(sharing))
        self.cue_clear.setEnabled(sharing.cue is not None)
        for box, on in (
            (self.control_on, sharing.control_enabled),
            (self.osc_on, sharing.osc_enabled),
        ):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        if not self.osc_from.hasFocus():
            self.osc_from.setText(sharing.osc_from)
        port = started.listening.port if running and started is not None else ""
        self.osc_on.setText(self.tr("OSC on UDP port %1, only from:").replace("%1", str(port)))
        said, failed = osc_text(sharing)
        self.osc_status.setText(said)
        self.osc_status.setStyleSheet("color: #b71c1c;" if failed else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("emcee — share on the network"))
        self.exposed.setText(
            self.tr(
                "Each view has its own link: the programme link shows no messages, notes or "
                "delay, and it cannot open the moderator's view. Anyone with a link can see "
                "that view. Nothing is sent outside this network."
            )
        )
        self.loopback.setText(self.tr("Only this computer"))
        self.lan.setText(self.tr("Venue network:"))
        self.start_button.setText(self.tr("Start sharing"))
        self.stop_button.setText(self.tr("Stop sharing"))
        self.renew_button.setText(self.tr("New links"))
        self.renew_button.setToolTip(
            self.tr("Make new links for every view; pages open on the old ones are closed.")
        )
        self.cue_box.setTitle(self.tr("Message to the moderator (their view only)"))
        self.cue_text.setPlaceholderText(self.tr("Type a message and press Enter"))
        self.cue_send.setText(self.tr("Send"))
        self.cue_clear.setText(self.tr("Clear"))
        for button, text in zip(self.cue_presets, self._presets(), strict=True):
            button.setText(text)
        self.control_box.setTitle(self.tr("Remote control"))
        self.control_on.setText(
            self.tr(
                "The control link may run the show (start, next, time, messages…); "
                "off: it only shows it"
            )
        )
        for card in self.cards.values():
            card.retranslate()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        network = self.sharing.started.network if self.sharing.started else self.sharing.network
        self.lan.setChecked(network == LAN)
        self.loopback.setChecked(network != LAN)
        self.fill_interfaces()
        self.refresh()
        super().showEvent(event)

    def open_panel(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.sharing.language_changed()
        super().changeEvent(event)


class SharingSign(QToolButton):
    """The status bar's sign that the show is shared, and how many pages are open."""

    def __init__(self, sharing: Sharing, open_panel: Callable[[], None]) -> None:
        super().__init__()
        self.sharing = sharing
        self.setAutoRaise(True)
        self.clicked.connect(lambda _checked=False: open_panel())
        sharing.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if not self.sharing.running:
            self.setVisible(False)
            return
        pages = sum(self.sharing.page_counts().values())
        self.setText(self.tr("● Shared on the network · %1 open").replace("%1", str(pages)))
        self.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def build_panel(console: SharingConsole, settings: QSettings) -> SharingPanel:
    """The console's sharing, made when first asked for (emcee.ui.share_command): the
    bridge, the panel, the status bar's sign."""

    def journal_ready() -> bool:  # asked each time: the console's recorder changes
        recorder = console.journal.recorder
        return recorder is not None and recorder.journal is not None

    window = console.window()
    sharing = Sharing(
        console.controller,
        settings,
        journal_ready=journal_ready,
        stage_presets=console.messages.presets,
        parent=window,
    )
    panel = SharingPanel(sharing, window)
    console.keys.watch(panel)  # the show's keys work while the panel has the focus
    remote_log = RemoteLog()
    sharing.remote.performed.connect(remote_log.add)
    sharing.refusalsCounted.connect(remote_log.count_refused)
    console.statusBar().addPermanentWidget(remote_log)
    console.statusBar().addPermanentWidget(SharingSign(sharing, panel.open_panel))
    console.controllerReplaced.connect(sharing.follow)
    console.closed.connect(sharing.stop)  # the show closes: so does the server
    return panel


def start_from_command_line(panel: SharingPanel, network: str) -> None:
    """``emcee --share``: start at once and print each view's ``NAME URL``."""
    message, failed = start_and_say(panel.sharing, network)
    if sys.stdout is not None:  # the windowed build on Windows has none
        for role, url in panel.sharing.links():
            print(f"{role.value} {url}", flush=True)
    if message and sys.stderr is not None:
        print(message, file=sys.stderr, flush=True)
    panel.message, panel.message_is_error = message, failed
    if failed:
        panel.open_panel()  # said on screen, where the operator sees it
