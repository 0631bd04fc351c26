"""What the server tells the console: values put in a queue by the server's thread and
taken out by the console's (``ShareServer.events``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass

from emcee.net.control import Command, Outcome
from emcee.net.roles import Role


@dataclass(frozen=True, slots=True)
class PageOpened:
    """A page connected (also each time it reconnects)."""

    role: Role
    address: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class PageClosed:
    role: Role
    address: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class CueReceipt:
    """A moderator's page has a cue (``read`` False) or the moderator tapped it (True)."""

    cue: int
    read: bool
    address: str
    at: dt.datetime


@dataclass(frozen=True, slots=True, eq=False)
class ControlRequest:
    """A remote control command to perform, checked and let through by the server.

    The console performs it only if ``answer`` can still be set running (the server
    cancels it when the console took too long: then it is never done), and sets the
    outcome there; the server waits for it and answers the caller.
    """

    command: Command
    origin: Mapping[str, str]  # via (http, websocket, osc), address, role
    received: float  # time.monotonic() when it arrived (the figures in bench/)
    answer: Future[Outcome]


@dataclass(frozen=True, slots=True)
class OscRefused:
    """An OSC datagram from a sender the operator did not list (told at most once a
    second per sender)."""

    address: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class RefusedCount:
    """How many requests from ``address`` (by ``via``) were refused for ``reason``."""

    address: str
    via: str  # http, websocket, osc
    status: int
    reason: str  # texts.CONTROL_MESSAGES
    count: int


@dataclass(frozen=True, slots=True)
class Refusals:
    """Remote control requests refused before they reached the console (a stuck key's
    429, a wrong token's 403, ...), counted since the last ``Refusals``: told at most
    once a second, however many come."""

    counts: tuple[RefusedCount, ...]
    at: dt.datetime


Event = PageOpened | PageClosed | CueReceipt | ControlRequest | OscRefused | Refusals
