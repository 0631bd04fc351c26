"""Malformed requests and a seeded fuzz run against the real server: it answers or hangs
up, never falls over, never lets a request without a valid token through, and goes on
serving the pages that behave."""

from __future__ import annotations

import html
import json
import os
import random
import socket

from websockets.sync.client import connect

from emcee.net.events import CueReceipt
from emcee.net.roles import Role
from emcee.net.texts import control_message
from tests.net.test_server import receive

FUZZ_SEED = int(os.environ.get("EMCEE_FUZZ_SEED", "1806"))
FUZZ_REQUESTS = 300


def raw(port: int, data: bytes, timeout: float = 3.0) -> bytes:
    """Send ``data`` on a fresh connection; what comes back before the server hangs up."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        try:
            connection.sendall(data)
            connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server hung up while we were still sending: an answer too
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
        except (TimeoutError, ConnectionResetError):
            pass
        return answer


def status_of(answer: bytes) -> int | None:
    if not answer.startswith(b"HTTP/1.1 "):
        return None
    return int(answer[9:12])


def test_malformed_requests_get_4xx_or_a_closed_connection(running):
    token = running.token(Role.STAGE).encode()
    cases = [
        b"",
        b"\r\n\r\n",
        b"GARBAGE\r\n\r\n",
        b"GET /stage HTTP/2.0\r\n\r\n",
        b"GET /stage?token=" + token + b" HTTP/1.1\r\n" + b"X: " + b"a" * 10_000 + b"\r\n\r\n",
        b"GET /stage?token=" + token + b" HTTP/1.1\r\n" + b"X: y\r\n" * 100 + b"\r\n",
        b"GET /stage?token=" + token + b" HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
        b"GET /stage?token=" + token + b" HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        b"GET /st\xffage HTTP/1.1\r\n\r\n",
        b"GET /stage?token=" + token + b"&" + b"a=1&" * 50 + b" HTTP/1.1\r\n\r\n",
        b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\n\r\n",
        b"GET /ws?token=" + token + b" HTTP/1.1\r\nUpgrade: websocket\r\n\r\n",
    ]
    for data in cases:
        status = status_of(raw(running.port, data))
        assert status is None or 400 <= status < 500, (data[:60], status)
    # Still serving.
    assert running.get(f"/stage?token={running.token(Role.STAGE)}")[0] == 200


def test_every_refusal_of_a_socket_or_an_oversized_request_is_said_in_both_languages(running):
    """The library's own refusals (English text/plain: "Failed to open a WebSocket
    connection: ...") never reach a person: each is a page in Korean and English."""
    token = running.token(Role.STAGE).encode()
    ws = b"GET /ws?token=" + token + b" HTTP/1.1\r\nHost: x\r\n"
    upgrade = b"Upgrade: websocket\r\nConnection: Upgrade\r\n"
    key = b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    huge = b"X-Padding: " + b"a" * 100_000 + b"\r\n"
    cases = {
        ws + upgrade + key + b"Sec-WebSocket-Version: 13\r\n" + huge + b"\r\n": (
            431,
            "headers-too-large",
        ),
        b"GET /stage?token=" + token + b" HTTP/1.1\r\n" + huge + b"\r\n": (
            431,
            "headers-too-large",
        ),
        b"GET /" + b"a" * 100_000 + b" HTTP/1.1\r\n\r\n": (414, "line-too-long"),
        ws + upgrade + b"\r\n": (400, "bad-handshake"),  # no key
        ws + upgrade + key + b"Sec-WebSocket-Version: 8\r\n\r\n": (400, "bad-handshake"),
        ws + b"Upgrade: websocket\r\n\r\n": (426, "bad-handshake"),  # no Connection
    }
    for data, (status, reason) in cases.items():
        answer = raw(running.port, data)
        head, _, body = answer.partition(b"\r\n\r\n")
        assert status_of(answer) == status, (data[:80], answer[:200])
        assert b"Content-Type: text/html; charset=utf-8" in head
        ko, en = control_message(reason)
        assert ko != en  # the catalogue has its Korean
        page = body.decode("utf-8")
        assert html.escape(ko) in page and html.escape(en) in page
        assert "WebSocket connection" not in page and "websockets" not in page


def mutate(chance: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(chance.randrange(1, 6)):
        kind = chance.randrange(4)
        where = chance.randrange(len(data) + 1)
        if kind == 0 and data:
            data[min(where, len(data) - 1)] = chance.randrange(256)
        elif kind == 1:
            data[where:where] = bytes(chance.randrange(256) for _ in range(chance.randrange(1, 40)))
        elif kind == 2:
            del data[where : where + chance.randrange(1, 20)]
        else:
            data[where:where] = chance.choice([b"\r\n", b"%00", b"../", b"?token=", b" ", b"\x00"])
    return bytes(data)


def test_seeded_fuzz_of_requests_and_socket_messages(running):
    chance = random.Random(FUZZ_SEED)
    good = {role: running.token(role) for role in Role}
    templates = [
        f"GET /{role.value}?token={token} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        for role, token in good.items()
    ] + [
        f"GET /assets/app.js?token={good[Role.CLOCK]} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
        (
            f"GET /ws?token={good[Role.STAGE]} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode(),
    ]
    served_without_token = []
    for _ in range(FUZZ_REQUESTS):
        data = mutate(chance, chance.choice(templates))
        answer = raw(running.port, data, timeout=2.0)
        status = status_of(answer)
        assert status is None or status in (101, 200, 400, 401, 403, 404, 405), status
        if status in (101, 200) and not any(t.encode() in data for t in good.values()):
            served_without_token.append(data)
    assert served_without_token == []
    # Messages on an open socket: every one answered or refused, none a receipt.
    running.publish()
    messages = [
        '{"type":"ping","c":1}',
        '{"type":"read","id":1}',
        '{"type":"delivered","id":2}',
        '{"type":"ping","c":1e400}',
        "null",
    ]
    with connect(running.ws_url(Role.STAGE)) as ws:
        receive(ws, "state")
        for _ in range(15):  # under the rate limit's burst
            text = mutate(chance, chance.choice(messages).encode()).decode("utf-8", "replace")
            ws.send(text)
            reply = json.loads(ws.recv(timeout=5))
            assert reply["type"] in ("pong", "error")
    assert not [e for e in running.server.events() if isinstance(e, CueReceipt)]
    assert running.get(f"/clock?token={good[Role.CLOCK]}")[0] == 200
