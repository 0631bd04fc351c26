"""Random and malformed remote control requests: HTTP requests, WebSocket frames and OSC
packets, for the seeded fuzz run in the suite (tests/e2e/test_remote_fuzz.py) and the long
one (bench/remote_fuzz.py), both against the running program.

Every case is one that must not act: no token, a wrong one or a view's, or the control
token with parameters, bodies or frames that are not a valid request. A case made with the
control token is checked here against the parsers (``control.parse``, ``protocol.parse``,
``osc.request_of``): one that would be a valid request after all is not sent, so that the
run can hold the program to "nothing acted, every answer a 4xx with a reason".
"""

from __future__ import annotations

import json
import random
import socket
import string
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

from pythonosc.osc_message_builder import OscMessageBuilder

from emcee.net import control, osc, protocol
from emcee.net.control import PARAMETERS, RefusedError, Verb
from emcee.net.protocol import Do, MessageError
from emcee.net.roles import Role

VERBS = [verb.value for verb in Verb]
ODD_VALUES = [
    "",
    " ",
    "nan",
    "inf",
    "-inf",
    "1e999",
    "-0.4",
    "0",
    "٣",
    "１",
    "0x10",
    "1_000",
    "99999999999999999999",
    "-1",
    "yes please",
    "\x00",
    "\x07bell",
    "a" * 300,
    "%00",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "later",
    "toggle!",
    "null",
    "[]",
    "{}",
]
ODD_NAMES = ["x", "secs", "TOKEN", "token2", "Seconds", "item ", "seg ment", "", "to[]", "é"]
JUNK = [b"\r\n", b"%00", b"../", b"?token=", b" ", b"\x00", b"\xff", b"&", b"=", b"\r\n\r\n"]


@dataclass(frozen=True, slots=True)
class Case:
    kind: str  # what was wrong with it, for the report
    data: bytes


def is_valid(verb: str, params: dict[str, str]) -> bool:
    """Whether ``verb`` with ``params`` is a request the server would pass on."""
    try:
        control.parse(control.verb_of(verb), params)
    except RefusedError:
        return False
    return True


def bad_params(chance: random.Random) -> tuple[str, dict[str, str]]:
    """A verb (maybe not one) with parameters that make it no valid request."""
    while True:
        verb = chance.choice([*VERBS, "jump", "NEXT", "next ", "add_time", ""])
        names = list(PARAMETERS.get(Verb(verb), ())) if verb in VERBS else []
        params: dict[str, str] = {}
        for _ in range(chance.randrange(0, 4)):
            name = chance.choice(names + ODD_NAMES) if names else chance.choice(ODD_NAMES)
            params[name] = chance.choice(ODD_VALUES)
        if not is_valid(verb, params):
            return verb, params


def _query(params: dict[str, str]) -> str:
    return "&".join(f"{quote(name)}={quote(value)}" for name, value in params.items())


def _request(method: str, path: str, headers: list[tuple[str, str]], body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: emcee", *(f"{k}: {v}" for k, v in headers)]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape") + body


def http_cases(chance: random.Random, tokens: dict[Role, str]) -> Iterator[Case]:
    """Endless HTTP cases, of every kind in turn at random."""
    views = [token for role, token in tokens.items() if not role.acts]
    good = tokens[Role.CONTROL]
    while True:
        kind = chance.choice(
            ["no-token", "wrong-token", "view-token", "bad-params", "bad-body", "raw"]
        )
        verb = chance.choice(VERBS)
        params = {"seconds": "60"} if verb == "add-time" else {}
        method = chance.choice(["GET", "POST"])
        if kind == "no-token":
            yield Case(kind, _request(method, f"/api/v1/{verb}?{_query(params)}", []))
        elif kind == "wrong-token":
            token = "".join(chance.choice(string.ascii_letters) for _ in range(24))
            if chance.random() < 0.5:
                token = good[:-1] + ("A" if good[-1] != "A" else "B")  # one letter off
            yield Case(kind, _request(method, f"/api/v1/{verb}?token={token}", []))
        elif kind == "view-token":
            token = chance.choice(views)
            headers = [("Authorization", f"Bearer {token}")]
            yield Case(kind, _request(method, f"/api/v1/{verb}?{_query(params)}", headers))
        elif kind == "bad-params":
            verb, params = bad_params(chance)
            auth = [("Authorization", f"Bearer {good}")]
            if method == "POST" and chance.random() < 0.5:
                body = json.dumps(params).encode()
                kinds = [("Content-Type", "application/json")]
                yield Case(kind, _request("POST", f"/api/v1/{verb}", auth + kinds, body))
            else:
                yield Case(kind, _request(method, f"/api/v1/{verb}?{_query(params)}", auth))
        elif kind == "bad-body":
            yield Case(kind, _bad_body(chance, good))
        else:
            token = chance.choice([*views, "", "junk"])
            template = _request(method, f"/api/v1/{verb}?token={token}&{_query(params)}", [])
            yield Case(kind, mutate(chance, template))


def _bad_body(chance: random.Random, token: str) -> bytes:
    auth = [("Authorization", f"Bearer {token}")]
    path = "/api/v1/add-time"
    choice = chance.randrange(7)
    if choice == 0:  # not JSON
        kind = [("Content-Type", "application/json")]
        return _request("POST", path, auth + kind, b'{"seconds": 60')
    if choice == 1:  # another kind of body
        kind = [("Content-Type", "application/xml")]
        return _request("POST", path, auth + kind, b"<seconds>60</seconds>")
    if choice == 2:  # too large
        body = b'{"text": "' + b"x" * chance.randrange(5000, 20000) + b'"}'
        return _request("POST", "/api/v1/message", auth, body)
    if choice == 3:  # chunked
        chunked = [("Transfer-Encoding", "chunked")]
        return _request("POST", path, auth + chunked) + b"5\r\nhello\r\n0\r\n\r\n"
    if choice == 4:  # shorter than it says
        return _request("POST", path, [*auth, ("Content-Length", "40")]) + b'{"seconds": 60}'
    if choice == 5:  # the parameter twice, in the query and the body
        form = [("Content-Type", "application/x-www-form-urlencoded")]
        return _request("POST", path + "?seconds=30", auth + form, b"seconds=60")
    noise = bytes(chance.randrange(256) for _ in range(chance.randrange(1, 200)))
    return _request("POST", path, auth, noise)


def mutate(chance: random.Random, data: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(chance.randrange(1, 6)):
        kind = chance.randrange(4)
        where = chance.randrange(len(buffer) + 1)
        if kind == 0 and buffer:
            buffer[min(where, len(buffer) - 1)] = chance.randrange(256)
        elif kind == 1:
            buffer[where:where] = bytes(
                chance.randrange(256) for _ in range(chance.randrange(1, 40))
            )
        elif kind == 2:
            del buffer[where : where + chance.randrange(1, 20)]
        else:
            buffer[where:where] = chance.choice(JUNK)
    return bytes(buffer)


# --- the socket ---------------------------------------------------------------------------


def ws_frames(chance: random.Random, acts: bool) -> Iterator[str | bytes]:
    """Endless frames for a page's socket. For a view's (``acts`` False) anything goes:
    a view never acts. For the control page's, only frames that are no valid request."""
    while True:
        if chance.random() < 0.1:
            yield bytes(chance.randrange(256) for _ in range(chance.randrange(1, 64)))
            continue
        if not acts:
            verb = chance.choice(VERBS)
            args = {"seconds": 60} if verb == "add-time" else {}
            frame = json.dumps(
                {"type": "do", "id": chance.randrange(1000), "verb": verb, "args": args}
            )
            yield (
                mutate(chance, frame.encode()).decode("utf-8", "replace")
                if chance.random() < 0.3
                else frame
            )
            continue
        verb, params = bad_params(chance)
        frame = json.dumps(
            {"type": "do", "id": chance.randrange(1000), "verb": verb, "args": params}
        )
        if chance.random() < 0.5:
            frame = mutate(chance, frame.encode()).decode("utf-8", "replace")
        if not _acts_on_socket(frame):
            yield frame


def _acts_on_socket(frame: str) -> bool:
    try:
        message = protocol.parse(frame, Role.CONTROL)
    except MessageError:
        return False
    return isinstance(message, Do) and is_valid(message.verb, message.args)


# --- OSC ----------------------------------------------------------------------------------


def osc_packets(chance: random.Random) -> Iterator[bytes]:
    """Endless OSC datagrams of one message (or none) that is no valid request, each to
    be answered with why (checked against the parsers: a button's release, which is not
    answered, is not sent)."""
    while True:
        verb = chance.choice([*VERBS, "jump", "addtime", "message/audience", "rebalance/now"])
        builder = OscMessageBuilder(chance.choice(["/emcee/", "/emcee", "/other/", "/"]) + verb)
        for _ in range(chance.randrange(0, 4)):
            builder.add_arg(
                chance.choice([*ODD_VALUES[:12], 3e38, float("nan"), -5, 2**31 - 1, True, b"\x00"])
            )
        packet = bytes(builder.build().dgram)
        if chance.random() < 0.6:
            packet = mutate(chance, packet)
        if _refused_over_osc(packet):
            yield packet


def _refused_over_osc(packet: bytes) -> bool:
    from pythonosc.osc_packet import OscPacket

    if packet.startswith(b"#bundle"):
        return False  # several answers, or none: not for a one-answer check
    try:
        messages = [timed.message for timed in OscPacket(packet).messages]
    except Exception:
        return len(packet) > 0
    if len(messages) != 1:
        return False
    try:
        found = osc.request_of(str(messages[0].address), messages[0].params)
    except Exception:
        return True
    return found is not None and not is_valid(found[0].value, found[1])


def osc_reply(receiver: socket.socket) -> tuple[str, int, str] | None:
    """The next ``/emcee/reply`` (address, status, reason), or None if none came."""
    from pythonosc.osc_message import OscMessage

    try:
        message = OscMessage(receiver.recv(65536))
    except TimeoutError:
        return None
    address, status, reason = message.params
    return str(address), int(status), str(reason)


# --- sending --------------------------------------------------------------------------------


def send_http(port: int, data: bytes, timeout: float = 5.0) -> bytes:
    """``data`` on a fresh connection; what came back before the server hung up."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        try:
            connection.sendall(data)
            connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server answered and hung up while we were still sending
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
        except (TimeoutError, ConnectionResetError):
            pass
        return answer


def verdict(answer: bytes) -> tuple[int | None, bool]:
    """An HTTP answer's status, and whether it says why (a JSON reason, or a page's)."""
    if not answer.startswith(b"HTTP/1.1 "):
        return None, False
    status = int(answer[9:12])
    head, _, body = answer.partition(b"\r\n\r\n")
    if b"application/json" in head:
        try:
            found = json.loads(body)
        except ValueError:
            return status, False
        said = bool(found.get("error")) and bool(found.get("message", {}).get("ko"))
        return status, said
    return status, b'<p lang="ko">' in body and b'<p lang="en">' in body
