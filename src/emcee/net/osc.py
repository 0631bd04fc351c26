"""Remote control over OSC (UDP): ``/emcee/<verb>[/<parameter>…] [arguments…]``.

OSC has no authentication, so it is off unless the operator switches it on, and then
only datagrams from the addresses or networks the operator listed are read; any other is
dropped unread (and the console is told, at most once a second per sender, so that a
show controller set up with the wrong address is noticed). It listens on the sharing
server's port number, over UDP.

Each message is the HTTP verb's request (emcee.net.control): the verb is the address's
part after ``/emcee/`` (its hyphens may be left out: ``/emcee/addtime``), and the verb's
parameters are filled in order (``control.PARAMETERS``) by the address's further parts,
then by the arguments; an argument ``name=value`` names its parameter. A verb without
parameters given one number reads it as a button: a press (not 0) does it, a release
(0) is ignored, as controllers that send both expect. The sender gets ``/emcee/reply``
with the verb, the status and the reason ("" when done), on the port it sent from.
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, cast

from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.osc_packet import OscPacket

from emcee.net import control
from emcee.net.control import PARAMETERS, RefusedError, Verb

PREFIX = "/emcee/"
REPLY = "/emcee/reply"
MAX_PACKET = 4096  # bytes of one datagram
MAX_MESSAGES = 8  # messages of one bundle
TELL_EVERY = 1.0  # seconds between two notices of the same refused sender

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Remote = Callable[[str, Mapping[str, str], Mapping[str, str]], Awaitable[tuple[int, Any]]]

_BY_NAME = {verb.value.replace("-", ""): verb for verb in Verb if verb is not Verb.STATE}


def senders(text: str) -> tuple[list[Network], list[str]]:
    """The networks in an operator's list ("192.168.0.20, 10.0.0.0/24"), and the
    entries that are no address."""
    found, bad = [], []
    for entry in text.replace(",", " ").split():
        try:
            found.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            bad.append(entry)
    return found, bad


def request_of(address: str, args: Iterable[Any]) -> tuple[Verb, dict[str, str]] | None:
    """The verb and its parameters an OSC message asks for; None for a button's release.
    Raises RefusedError."""
    if not address.startswith(PREFIX):
        raise RefusedError(404, "not-found")
    parts = address[len(PREFIX) :].split("/")
    verb = _BY_NAME.get(parts[0].replace("-", "").lower())
    if verb is None:
        raise RefusedError(404, "unknown-verb", parts[0][:40])
    names = PARAMETERS[verb]
    values = list(parts[1:])
    named: dict[str, str] = {}
    arguments = [_number_as_text(arg) for arg in args]
    if not names and not parts[1:] and len(arguments) == 1 and _is_number(arguments[0]):
        return (verb, {}) if float(arguments[0]) != 0 else None  # a button
    for argument in arguments:
        name, equals, value = argument.partition("=")
        if equals and name in names:
            if name in named:
                raise RefusedError(400, "repeated-parameter", name)
            named[name] = value
        else:
            values.append(argument)
    if len(values) > len(names):
        raise RefusedError(400, "unknown-parameter", f"argument {len(values)}")
    params = dict(zip(names, values, strict=False))
    for name, value in named.items():
        if name in params:
            raise RefusedError(400, "repeated-parameter", name)
        params[name] = value
    return verb, params


def _number_as_text(value: Any) -> str:
    # Many controllers send every number as a float: 60.0 seconds, item 5.0.
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        value = int(value)
    return control.text_value(value)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def reply(verb: str, status: int, reason: str) -> bytes:
    builder = OscMessageBuilder(REPLY)
    builder.add_arg(verb[:40])
    builder.add_arg(status)
    builder.add_arg(reason)
    return bytes(builder.build().dgram)


class OscReceiver(asyncio.DatagramProtocol):
    """The OSC socket, in the server's loop: ``remote`` is the server's remote control."""

    def __init__(
        self,
        allowed: list[Network],
        remote: Remote,
        refused: Callable[[str], None],
    ) -> None:
        self.allowed = allowed
        self.remote = remote
        self.refused = refused  # told of a sender not in the list (rate-limited here)
        self.transport: asyncio.DatagramTransport | None = None
        self._told: dict[str, float] = {}
        self._tasks: set[asyncio.Future[None]] = set()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        host = str(addr[0])
        if not self._may_send(host):
            self._tell_refused(host)
            return
        task = asyncio.ensure_future(self._answer(data, addr))
        self._tasks.add(task)  # kept until done: the loop holds tasks weakly
        task.add_done_callback(self._tasks.discard)

    def _may_send(self, host: str) -> bool:
        try:
            address = ipaddress.ip_address(host.split("%")[0])
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return any(address in network for network in self.allowed)

    def _tell_refused(self, host: str) -> None:
        now = time.monotonic()
        if now - self._told.get(host, -TELL_EVERY) < TELL_EVERY:
            return
        if len(self._told) > 256:
            self._told.clear()
        self._told[host] = now
        self.refused(host)

    async def _answer(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        origin = {"via": "osc", "address": str(addr[0]), "role": ""}
        for address, outcome in await self._requests(data, origin):
            if self.transport is not None and outcome is not None:
                status, answer = outcome
                reason = "" if status < 400 else str(answer.get("error", ""))
                self.transport.sendto(reply(address, status, reason), addr)

    async def _requests(
        self, data: bytes, origin: Mapping[str, str]
    ) -> list[tuple[str, tuple[int, Any] | None]]:
        """Each message of the datagram, done in order: its address and the answer."""
        if len(data) > MAX_PACKET:
            return [("?", (413, {"error": "too-large"}))]
        try:
            messages: list[OscMessage] = [timed.message for timed in OscPacket(data).messages]
        except Exception:  # python-osc's parse errors, and whatever a fuzzer finds
            return [("?", (400, {"error": "bad-packet"}))]
        if not messages:  # an empty bundle
            return [("?", (400, {"error": "bad-packet"}))]
        if len(messages) > MAX_MESSAGES:
            return [("?", (413, {"error": "too-large"}))]
        answers: list[tuple[str, tuple[int, Any] | None]] = []
        for message in messages:
            address = str(message.address)[:200]
            try:
                request = request_of(address, message.params)
            except RefusedError as refused:
                answers.append((address, (refused.status, {"error": refused.reason})))
                continue
            except Exception:  # an argument python-osc read but nobody can use
                answers.append((address, (400, {"error": "bad-parameter"})))
                continue
            if request is None:
                answers.append((address, None))  # a button's release: no answer
                continue
            verb, params = request
            answers.append((address, await self.remote(verb.value, params, origin)))
        return answers
