"""What the server tells the console: values put in a queue by the server's thread and
taken out by the console's (``ShareServer.events``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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


Event = PageOpened | PageClosed | CueReceipt
