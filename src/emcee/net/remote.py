"""Remote control, the server's side: what every request that may act goes through.

An HTTP request with the control role's token (emcee.net.api), a ``do`` message on the
control page's socket, an OSC message from a listed sender (emcee.net.osc): each is a
``request``. The client's allowance first (per address), then the verb and its
parameters checked (emcee.net.control), the read-only switch, the repeat guard, and then
a ``ControlRequest`` for the console to perform in its own thread; the answer is what it
did, or why not. The console has ANSWER_WITHIN seconds: a request it has not begun by
then is withdrawn (503) and never done.

What is refused here, before the console sees it, is counted per address, way and reason
(``Refused``) and told to the console at most once a second: the operator learns that a
device is misbehaving without a line per request.

The OSC socket is opened and closed here too, in the server's loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from typing import Any

from emcee.core.clock import Clock
from emcee.net import control
from emcee.net.control import Command, ControlLimits, Outcome, RefusedError, Throttle, Verb
from emcee.net.events import ControlRequest, Event, OscRefused, Refusals, RefusedCount
from emcee.net.osc import Network, OscReceiver

ANSWER_WITHIN = 3.0  # seconds the console has to perform a remote command (then 503)
TELL_REFUSED_EVERY = 1.0  # seconds: refused requests are told the console this often at most
REFUSED_KINDS = 64  # (address, way, reason) counted between two tellings, at most


class Refused:
    """Requests refused before the console saw them, counted until the next telling
    (the server's thread only)."""

    def __init__(self, clock: Clock, tell: Callable[[Event], None]) -> None:
        self.clock = clock
        self._tell = tell
        self._counts: dict[tuple[str, str, int, str], int] = {}
        self._telling: asyncio.TimerHandle | None = None

    def add(self, address: str, via: str, status: int, reason: str) -> None:
        kind = (address, via, status, reason)
        if kind in self._counts or len(self._counts) < REFUSED_KINDS:
            self._counts[kind] = self._counts.get(kind, 0) + 1
        # else: a flood from many addresses at once; the next second counts again
        if self._telling is None:
            loop = asyncio.get_running_loop()
            self._telling = loop.call_later(TELL_REFUSED_EVERY, self._tell_counts)

    def _tell_counts(self) -> None:
        self._telling = None
        counts, self._counts = self._counts, {}
        found = tuple(RefusedCount(*kind, count) for kind, count in counts.items())
        if found:
            self._tell(Refusals(found, self.clock.now()))

    def cancel(self) -> None:
        if self._telling is not None:
            self._telling.cancel()
            self._telling = None


class RemoteDesk:
    """Used from the server's thread only, but for ``enabled``, a flag the console sets."""

    def __init__(
        self,
        limits: ControlLimits,
        clock: Clock,
        tell: Callable[[Event], None],
        state: Callable[[], dict[str, Any] | None],
    ) -> None:
        """``tell`` hands the console an event; ``state`` is the control role's state."""
        self.clock = clock
        self.enabled = True  # False: read-only, the control role may look but not act
        self._throttle = Throttle(limits)
        self._tell = tell
        self._state = state
        self._osc: tuple[asyncio.DatagramTransport, OscReceiver] | None = None
        self.refused = Refused(clock, tell)

    async def request(
        self, verb_name: str, params: Mapping[str, str], origin: Mapping[str, str]
    ) -> tuple[int, dict[str, Any]]:
        """A request from someone allowed to act (``origin``: via, address, role); returns
        the status and the answer."""
        client = origin.get("address", "?")
        try:
            if not self._throttle.allow(client):
                raise RefusedError(429, "too-fast")
            verb = control.verb_of(verb_name)
            command = control.parse(verb, params)
            if verb is Verb.STATE:
                return 200, {"ok": True, "verb": verb.value, "state": self._state()}
            if not self.enabled:
                raise RefusedError(403, "control-off")
            if not self._throttle.first(client, command):
                raise RefusedError(429, "repeated")
        except RefusedError as refused:
            self.refused.add(client, origin.get("via", "?"), refused.status, refused.reason)
            answer = control.refused(verb_name[:40], refused.status, refused.reason, refused.detail)
            return refused.status, answer
        outcome = await self._ask_console(command, origin)
        return outcome.status, control.answer(verb.value, outcome)

    async def _ask_console(self, command: Command, origin: Mapping[str, str]) -> Outcome:
        request = ControlRequest(command, dict(origin), time.monotonic(), Future())
        waiting = asyncio.wrap_future(request.answer)
        self._tell(request)
        done, _ = await asyncio.wait({waiting}, timeout=ANSWER_WITHIN)
        if not done and request.answer.cancel():  # not begun: it never will be
            return Outcome(503, "busy", applied=False)
        return await waiting  # begun (or done meanwhile): what it did

    # --- OSC --------------------------------------------------------------------------------

    async def open_osc(self, allowed: list[Network] | None, host: str, port: int) -> str:
        """Read OSC from ``allowed`` (None: no OSC) on UDP at ``host``:``port``; returns
        "" or why it could not listen."""
        if self._osc is not None:
            transport, receiver = self._osc
            if allowed is not None:  # the same socket: another list (its port stays bound)
                receiver.allowed = allowed
                return ""
            self.close_osc()
            await asyncio.sleep(0)  # the socket is closed on the loop's next turn: let it
        if allowed is None:
            return ""
        loop = asyncio.get_running_loop()
        receiver = OscReceiver(allowed, self.request, self._osc_refused)
        try:
            transport, _ = await loop.create_datagram_endpoint(
                lambda: receiver, local_addr=(host, port)
            )
        except OSError as error:
            return str(error)
        self._osc = (transport, receiver)
        return ""

    def close_osc(self) -> None:
        if self._osc is not None:
            self._osc[0].close()
            self._osc = None

    def _osc_refused(self, address: str) -> None:
        self._tell(OscRefused(address, self.clock.now()))
