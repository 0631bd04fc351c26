"""What the sharing panel says (emcee.ui.sharing_panel): where the show is shared, OSC's
state, the moderator's cue and what became of it, and the outcome of a start, in the
panel's words (context SharingPanel)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from emcee.net.server import ShareError
from emcee.ui.sharing import Sharing, Started


def where_text(started: Started) -> str:
    where = started.listening
    address = f"http://{where.host}:{where.port}"
    if started.interface is None:
        return QGuiApplication.translate(
            "SharingPanel",
            "Sharing at %1, on this computer only (loopback): phones cannot open these links.",
        ).replace("%1", address)
    interface = started.interface
    return (
        QGuiApplication.translate(
            "SharingPanel", "Sharing at %1 on the venue network, interface %2 (%3)."
        )
        .replace("%1", address)
        .replace("%2", interface.label)
        .replace("%3", interface.name)
    )


def osc_text(sharing: Sharing) -> tuple[str, bool]:
    """What the panel says about OSC, and whether it is a problem to fix."""
    problem = sharing.osc_problem
    if not sharing.osc_enabled:
        return QGuiApplication.translate(
            "SharingPanel", "OSC is off: no show controller can reach emcee over OSC."
        ), False
    if problem.startswith("bad:"):
        text = QGuiApplication.translate(
            "SharingPanel",
            "Not an address: %1. Write addresses (192.168.0.20) or networks "
            "(192.168.0.0/24), separated by commas.",
        )
        return text.replace("%1", problem.removeprefix("bad:")), True
    if problem == "none":
        text = QGuiApplication.translate(
            "SharingPanel",
            "List the addresses of the show controllers that may send OSC (OSC has no "
            "password: anyone else on the network is ignored).",
        )
        return text, True
    if problem.startswith("port:"):
        text = QGuiApplication.translate(
            "SharingPanel",
            "OSC cannot listen on that port (%1): close the program using it, or restart.",
        )
        return text.replace("%1", problem.removeprefix("port:")), True
    if not sharing.running:
        return QGuiApplication.translate(
            "SharingPanel", "OSC will be read once sharing starts."
        ), False
    lines = [
        QGuiApplication.translate("SharingPanel", "OSC: /emcee/… is read from %1 only.").replace(
            "%1", sharing.osc_from
        )
    ]
    refused = sharing.osc_refused
    if refused is not None:
        lines.append(
            QGuiApplication.translate(
                "SharingPanel", "%1: OSC from %2 was ignored (not in the list)."
            )
            .replace("%1", refused.at.strftime("%H:%M:%S"))
            .replace("%2", refused.address)
        )
    return "\n".join(lines), False


def cue_text(sharing: Sharing) -> str:
    status = sharing.cue
    if status is None:
        return QGuiApplication.translate("SharingPanel", "No message to the moderator.")
    parts = [
        QGuiApplication.translate("SharingPanel", "“%1” sent %2")
        .replace("%1", status.cue.text)
        .replace("%2", status.sent.strftime("%H:%M:%S"))
    ]
    if status.delivered is not None:
        parts.append(
            QGuiApplication.translate("SharingPanel", "delivered %1").replace(
                "%1", status.delivered.strftime("%H:%M:%S")
            )
        )
    else:
        parts.append(
            QGuiApplication.translate(
                "SharingPanel", "not delivered yet (no moderator's view open?)"
            )
        )
    if status.read is not None:
        parts.append(
            QGuiApplication.translate("SharingPanel", "read %1").replace(
                "%1", status.read.strftime("%H:%M:%S")
            )
        )
    return " · ".join(parts)


def start_and_say(
    sharing: Sharing, network: str | None = None, interface: str | None = None
) -> tuple[str, bool]:
    """Start sharing; what to tell the operator about it, and whether it is a failure."""
    try:
        started = sharing.start(network, interface)
    except ShareError as error:
        texts = {
            "in-use": QGuiApplication.translate(
                "SharingPanel", "No free port from %1 on: close the program using them, or restart."
            ),
            "address": QGuiApplication.translate(
                "SharingPanel",
                "This computer is no longer on that network (%1): connect it, or choose "
                "another network.",
            ),
            "denied": QGuiApplication.translate(
                "SharingPanel", "The system does not allow this port (%1): choose another network."
            ),
            "no-network": QGuiApplication.translate(
                "SharingPanel",
                "This computer is not connected to any network: join the venue's Wi-Fi or "
                "plug in its cable, then start sharing again.",
            ),
        }
        text = texts.get(
            error.reason,
            QGuiApplication.translate("SharingPanel", "Sharing could not start (%1)."),
        )
        port = str(sharing.port)  # the first one tried
        return text.replace("%1", error.detail if error.reason != "in-use" else port), True
    where = started.listening
    if where.asked and where.port != where.asked:  # (0: any port, as the tests ask)
        text = QGuiApplication.translate(
            "SharingPanel", "Port %1 was in use (another program?): sharing on port %2 instead."
        )
        return text.replace("%1", str(where.asked)).replace("%2", str(where.port)), False
    return "", False
