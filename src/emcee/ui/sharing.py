"""The console's side of sharing the show on the network (emcee.net): a thin bridge.

It hands each snapshot (with the presenter screen's message, the moderator's cue and the
last alert) to the server, which works out and sends each view's state in its own thread.
What the server has to say (a page connected, a cue was read) waits in the server's
queue; the server's thread only emits ``eventsWaiting``, a Qt signal that is delivered in
the console's thread, where the queue is drained: the journal (not thread-safe) is
written here, never from the server's thread.

Who connected goes into the show's journal as a note (tag ``viewer``, one line per view
and address, the first time that view opens from there in the show: ``<view> <address>
<time>``, docs/journal-format.md). A page that reconnects, or a script opening the link
again and again, is not noted again: the journal cannot be grown from a link. Pages opened
before the show has a journal (before Start) are noted as soon as it has one, with the
time they came.

Remote control (the control link, OSC) comes in as requests in the same queue; they are
performed here, in the console's thread, by ``RemoteActions`` (emcee.ui.remote_actions).
What the server refused before asking the console comes counted (``refusalsCounted``).

Settings (emcee.settings): where it was shared (network, interface, port) and each link's
token: the links stay the same from one run to the next, so printed QR codes keep working
until renewed; whether the control link may act (read-only when not), the repeat gap, and
OSC with the senders it takes.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from emcee import resources
from emcee.core.engine.actions import ActionKind
from emcee.core.engine.snapshot import Alert, Snapshot
from emcee.net.control import ControlLimits
from emcee.net.events import (
    ControlRequest,
    CueReceipt,
    OscRefused,
    PageClosed,
    PageOpened,
    Refusals,
)
from emcee.net.osc import senders
from emcee.net.pages import Pages
from emcee.net.protocol import Context, Cue, Raised, Remote, StageOverlay
from emcee.net.roles import VIEWS, Role
from emcee.net.server import PORT, Limits, Listening, ShareError, ShareServer
from emcee.net.tokens import Tokens
from emcee.settings import (
    SHARE_CONTROL,
    SHARE_INTERFACE,
    SHARE_NETWORK,
    SHARE_OSC,
    SHARE_OSC_FROM,
    SHARE_PORT,
    SHARE_REPEAT_GAP,
    SHARE_TOKENS,
)
from emcee.ui.controller import Overlay, ShowController
from emcee.ui.i18n import current_language
from emcee.ui.remote_actions import RemoteActions

LOOPBACK = "loopback"
LAN = "lan"
LOOPBACK_HOST = "127.0.0.1"
NOTE_VIEWER = "viewer"  # journal note: who opened a view (docs/journal-format.md)
NOTE_CUE = "cue"  # journal note: the cue sent to the moderator ("" when taken off)
PENDING_NOTES = 500  # pages noted before the show has a journal, at most
NOTED_PAGES = 500  # (view, address) pairs journaled in one show, at most


def cue_presets() -> list[str]:
    """The moderator's preset messages (the panel's buttons, the remote's)."""
    return [
        QCoreApplication.translate("SharingPanel", "1 minute left"),
        QCoreApplication.translate("SharingPanel", "Please wrap up"),
        QCoreApplication.translate("SharingPanel", "One more question only"),
    ]


@dataclass(frozen=True, slots=True)
class Interface:
    """A network interface the server can listen on."""

    name: str  # the system's ("wlan0", "Ethernet 2")
    label: str  # as people know it ("Wi-Fi", ...)
    address: str  # its IPv4 address
    wireless: bool


def venue_interfaces() -> list[Interface]:
    """The interfaces up and running with an IPv4 address that is not loopback: private
    (venue) networks first, Wi-Fi before cable."""
    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        up = QNetworkInterface.InterfaceFlag.IsUp | QNetworkInterface.InterfaceFlag.IsRunning
        if (flags & up) != up or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            wireless = interface.type() == QNetworkInterface.InterfaceType.Wifi
            found.append(
                Interface(
                    interface.name(),
                    interface.humanReadableName(),
                    ip.toString(),
                    wireless,
                )
            )
    return sorted(found, key=interface_rank)


def interface_rank(interface: Interface) -> tuple[int, int, str]:
    try:
        private = ipaddress.ip_address(interface.address).is_private
    except ValueError:
        private = False
    return (0 if private else 1, 0 if interface.wireless else 1, interface.name)


@dataclass
class CueStatus:
    """The moderator's cue and what became of it."""

    cue: Cue
    sent: dt.datetime
    delivered: dt.datetime | None = None
    read: dt.datetime | None = None


@dataclass
class Started:
    """What the panel says after a start."""

    listening: Listening
    network: str
    interface: Interface | None
    problems: list[str] = field(default_factory=list)


class Sharing(QObject):
    """Shares one console's show: start, stop, links, cues to the moderator."""

    changed = Signal()  # started, stopped, renewed, pages came or went, a receipt
    eventsWaiting = Signal()  # from the server's thread: drained in the console's
    refusalsCounted = Signal(object)  # Refusals: remote requests the server refused

    def __init__(
        self,
        controller: ShowController,
        settings: QSettings,
        *,
        journal_ready: Callable[[], bool] = lambda: False,
        interfaces: Callable[[], list[Interface]] = venue_interfaces,
        stage_presets: Callable[[], list[str]] = list,
        parent: QObject | None = None,
    ) -> None:
        """``journal_ready``: whether the show has a journal yet (connections before it
        are held back and noted once it does); ``stage_presets``: the console's preset
        messages for the presenter screen (the remote offers them)."""
        super().__init__(parent)
        self.settings = settings
        self.journal_ready = journal_ready
        self.interfaces = interfaces
        self.server: ShareServer | None = None
        self.started: Started | None = None
        self.cue: CueStatus | None = None
        self._cue_id = 0
        self._alert: Raised | None = None
        self._alert_id = 0
        self._pending: list[str] = []  # viewer lines waiting for the journal
        self._noted: set[tuple[Role, str]] = set()  # (view, address) journaled in this show
        self.opened: deque[PageOpened] = deque(maxlen=PENDING_NOTES)  # the last pages opened
        self.osc_problem = ""  # why OSC is not read as asked ("" when it is, or is off)
        self.osc_refused: OscRefused | None = None  # the last sender not in the list
        self.eventsWaiting.connect(self._drain)
        self.stage_presets = stage_presets
        self.remote = RemoteActions(
            lambda: self.controller,
            self.send_cue,
            self.clear_cue,
            lambda: self.stage_presets(),
            cue_presets,
            self,
        )
        self.controller = controller
        self._bind(controller)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # --- the show ------------------------------------------------------------------------

    def _bind(self, controller: ShowController) -> None:
        self.controller = controller
        controller.snapshotChanged.connect(self._publish)
        controller.overlayChanged.connect(self._overlay_changed)
        controller.alertsRaised.connect(self._alerts)
        controller.actionPerformed.connect(self._action_done)

    def follow(self, controller: ShowController) -> None:
        """Another agenda was opened: share its show from now on."""
        old = self.controller
        old.snapshotChanged.disconnect(self._publish)
        old.overlayChanged.disconnect(self._overlay_changed)
        old.alertsRaised.disconnect(self._alerts)
        old.actionPerformed.disconnect(self._action_done)
        self._alert = None
        self._pending.clear()  # the old show's journal is closed: these were its
        self._noted.clear()  # a new show notes who comes anew
        self._bind(controller)
        self._publish(controller.snapshot)

    def context(self) -> Context:
        overlay: Overlay = self.controller.overlay
        remote = Remote(
            enabled=self.control_enabled,
            stage_presets=tuple(self.stage_presets()),
            cue_presets=tuple(cue_presets()),
            undo_rebalance=self.controller.last_action() is ActionKind.REBALANCE,
        )
        return Context(
            programme=self.controller.schedule.programme,
            stage=StageOverlay(overlay.message, overlay.blink, overlay.blackout),
            cue=self.cue.cue if self.cue is not None else None,
            alert=self._alert,
            lang=current_language(),
            remote=remote,
        )

    def _publish(self, snapshot: Snapshot) -> None:
        if self.server is not None:
            self.server.publish(snapshot, self.context())

    def _overlay_changed(self, _overlay: object) -> None:
        self._publish(self.controller.snapshot)

    def _alerts(self, alerts: list[Alert]) -> None:
        self._alert_id += 1
        self._alert = Raised(self._alert_id, alerts[-1])
        self._publish(self.controller.snapshot)

    def language_changed(self) -> None:
        self._publish(self.controller.snapshot)

    # --- starting and stopping -------------------------------------------------------------

    @property
    def network(self) -> str:
        return LAN if SHARE_NETWORK.read(self.settings) == LAN else LOOPBACK

    @property
    def port(self) -> int:
        """The port to ask for first (the next ones when it is taken; 0: any free one)."""
        saved = SHARE_PORT.read(self.settings)
        return PORT if saved is None else saved

    def start(self, network: str | None = None, interface: str | None = None) -> Started:
        """Share on ``network`` (loopback or the venue's, on ``interface``: a name, or
        the first found); the saved choice when None. Raises ShareError."""
        self.stop()
        network = network or self.network
        chosen: Interface | None = None
        host = LOOPBACK_HOST
        if network == LAN:
            found = self.interfaces()
            wanted = interface or SHARE_INTERFACE.read(self.settings)
            chosen = next((i for i in found if i.name == wanted), found[0] if found else None)
            if chosen is None:
                raise ShareError("no-network", "no network interface is up")
            host = chosen.address
        server = ShareServer(
            self.controller.clock,
            self.tokens(),
            Pages(resources.path("web")),
            limits=Limits(control=ControlLimits(repeat_gap=self.repeat_gap)),
            notify=self.eventsWaiting.emit,
        )
        server.control_enabled = self.control_enabled
        listening = server.start(host, self.port)
        self.server = server
        self._listen_osc()
        SHARE_NETWORK.write(self.settings, network)
        if chosen is not None:
            SHARE_INTERFACE.write(self.settings, chosen.name)
        SHARE_PORT.write(self.settings, listening.asked)
        self.started = Started(listening, network, chosen)
        self._publish(self.controller.snapshot)
        self.changed.emit()
        return self.started

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self._drain_from(server)  # a remote command still waiting is not done
            self.started = None
            self.changed.emit()

    @property
    def running(self) -> bool:
        return self.server is not None

    # --- remote control ----------------------------------------------------------------------

    @property
    def control_enabled(self) -> bool:
        """False: read-only, the control link may look but not act."""
        return SHARE_CONTROL.read(self.settings)

    def enable_control(self, on: bool) -> None:
        SHARE_CONTROL.write(self.settings, on)
        if self.server is not None:
            self.server.control_enabled = on
        self._publish(self.controller.snapshot)
        self.changed.emit()

    @property
    def osc_enabled(self) -> bool:
        return SHARE_OSC.read(self.settings)

    @property
    def osc_from(self) -> str:
        return SHARE_OSC_FROM.read(self.settings)

    def set_osc(self, on: bool, senders_text: str) -> None:
        """Read OSC (or not) from the senders listed; at once if sharing, else when it
        starts. What went wrong is in ``osc_problem``."""
        SHARE_OSC.write(self.settings, on)
        SHARE_OSC_FROM.write(self.settings, senders_text.strip())
        self.osc_refused = None
        self._listen_osc()
        self.changed.emit()

    def _listen_osc(self) -> None:
        allowed, bad = senders(self.osc_from)
        self.osc_problem = ""
        if self.osc_enabled and bad:
            self.osc_problem = "bad:" + ", ".join(bad)
        elif self.osc_enabled and not allowed:
            self.osc_problem = "none"
        on = self.osc_enabled and not self.osc_problem
        if self.server is not None:
            failure = self.server.listen_osc(allowed if on else None)
            if failure:
                self.osc_problem = "port:" + failure

    @property
    def repeat_gap(self) -> float:
        gap = SHARE_REPEAT_GAP.read(self.settings)
        return gap if 0 <= gap <= 60 else SHARE_REPEAT_GAP.default

    def tokens(self) -> Tokens:
        """The links' tokens: kept in the settings, made when missing."""
        saved = {role.value: SHARE_TOKENS[role.value].read(self.settings) for role in Role}
        tokens = Tokens.restore(saved)
        self._save_tokens(tokens)
        return tokens

    def renew(self) -> None:
        """New links for every view: pages open on the old ones are closed."""
        tokens = Tokens.fresh()
        self._save_tokens(tokens)
        if self.server is not None:
            self.server.renew(tokens)
        self.changed.emit()

    def _save_tokens(self, tokens: Tokens) -> None:
        for role, token in tokens.by_role.items():
            SHARE_TOKENS[role.value].write(self.settings, token)

    def links(self) -> list[tuple[Role, str]]:
        """Each view's address, while sharing."""
        if self.server is None or self.started is None:
            return []
        where = self.started.listening
        tokens = self.server.tokens
        return [
            (role, f"http://{where.host}:{where.port}/{role.value}?token={tokens.by_role[role]}")
            for role in VIEWS
        ]

    def page_counts(self) -> dict[Role, int]:
        return self.server.page_counts() if self.server is not None else {}

    # --- the moderator's cues --------------------------------------------------------------

    def send_cue(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        self._cue_id += 1
        self.cue = CueStatus(Cue(self._cue_id, text), self.controller.clock.now())
        self._note(text, NOTE_CUE)
        self._publish(self.controller.snapshot)
        self.changed.emit()

    def clear_cue(self) -> None:
        if self.cue is None:
            return
        self.cue = None
        self._note("", NOTE_CUE)
        self._publish(self.controller.snapshot)
        self.changed.emit()

    # --- what the server says ----------------------------------------------------------------

    def _drain(self) -> None:
        if self.server is not None:
            self._drain_from(self.server)

    def _drain_from(self, server: ShareServer) -> None:
        events = server.events()
        if not events:
            return
        for event in events:
            if isinstance(event, ControlRequest):
                if server is self.server:
                    self.remote.perform(event)
                else:  # stopped: nobody waits for its answer any more
                    event.answer.cancel()
                continue
            if isinstance(event, OscRefused):
                self.osc_refused = event
                continue
            if isinstance(event, Refusals):
                self.refusalsCounted.emit(event)
                continue
            if isinstance(event, PageOpened):
                self.opened.append(event)
                self._note_viewer(event)
            elif isinstance(event, CueReceipt):
                self._receipt(event)
            elif isinstance(event, PageClosed):
                pass  # the counts are read from the server
        del self._pending[:-PENDING_NOTES]
        self._write_pending()
        self.changed.emit()

    def _note_viewer(self, opened: PageOpened) -> None:
        """Who came, once per view and address in a show (and NOTED_PAGES pairs at most)."""
        seen = (opened.role, opened.address)
        if seen in self._noted or len(self._noted) >= NOTED_PAGES:
            return
        self._noted.add(seen)
        self._pending.append(f"{opened.role.value} {opened.address} {opened.at.isoformat()}")

    def _receipt(self, receipt: CueReceipt) -> None:
        status = self.cue
        if status is None or status.cue.id != receipt.cue:
            return  # a receipt for a cue since replaced
        if receipt.read:
            status.read = status.read or receipt.at
        status.delivered = status.delivered or receipt.at

    def _action_done(self, _action: object) -> None:
        self._write_pending()  # the first action creates the journal

    def _write_pending(self) -> None:
        if self._pending and self.journal_ready():
            # One note for all that came together: one write to disk, not one each.
            self._note("\n".join(self._pending), NOTE_VIEWER)
            self._pending.clear()

    def _note(self, text: str, tag: str) -> None:
        record = self.controller.record_note
        if record is not None and self.journal_ready():
            record(text, tag)
