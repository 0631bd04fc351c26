"""The sharing server over real sockets: HTTP answers, the WebSocket, tokens, limits."""

from __future__ import annotations

import contextlib
import json
import socket
import time

import pytest
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import connect

from emcee.net.events import CueReceipt, PageClosed, PageOpened
from emcee.net.protocol import Context, Cue, StageOverlay
from emcee.net.roles import VIEWS, Role
from emcee.net.server import CLOSE_RENEWED, Limits, ShareServer
from emcee.net.tokens import Tokens
from tests.net.conftest import start_server


def receive(ws, kind, timeout=5.0):
    """The next message of ``kind`` (others before it are skipped)."""
    deadline = time.monotonic() + timeout
    while True:
        message = json.loads(ws.recv(timeout=max(0.01, deadline - time.monotonic())))
        if message["type"] == kind:
            return message


def wait_for(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


# --- plain HTTP ------------------------------------------------------------------------------


def test_every_view_opens_with_its_own_token_and_no_other(running):
    for role in VIEWS:
        status, headers, body = running.get(f"/{role.value}?token={running.token(role)}")
        assert status == 200, role
        page = body.decode()
        assert f'data-role="{role.value}"' in page
        assert f"/assets/app.js?token={running.token(role)}" in page
        assert "Content-Security-Policy" in headers and "Server" not in headers
        assert headers["Cache-Control"] == "no-store"
        for other in VIEWS:
            if other is not role:
                status, _, _ = running.get(f"/{role.value}?token={running.token(other)}")
                assert status == 403, (role, other)


def test_no_token_is_401_a_wrong_one_403_and_nothing_else_is_said(running):
    for path in ("/stage", "/", "/assets/app.js", "/nothing", "/ws"):
        status, _, body = running.get(path)
        assert status == 401, path
        assert b"emcee" not in body and b"stage" not in body
        status, _, body = running.get(path + "?token=wrong")
        assert status == 403, path
        assert b"emcee" not in body
    # The answers tell a person what to do, in Korean and English.
    _, headers, body = running.get("/stage?token=wrong")
    assert "QR 코드".encode() in body and b"QR code" in body
    assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_assets_need_a_token_and_no_path_leaves_the_pages(running):
    token = running.token(Role.CLOCK)
    status, headers, body = running.get(f"/assets/app.js?token={token}")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    status, headers, _ = running.get(f"/assets/nanum-regular.woff2?token={token}")
    assert status == 200 and headers["Content-Type"] == "font/woff2"
    for path in (
        "/assets/../pyproject.toml",
        "/assets/%2e%2e/%2e%2e/pyproject.toml",
        "/assets/",
        "/assets",
        "/assets/view.html",
        "/../../etc/passwd",
        "/assets/app.js/",
        "/stage/../moderator",
    ):
        status, _, body = running.get(f"{path}?token={token}")
        assert status == 404, path
        assert b"<a " not in body  # no listing of anything


def test_only_get_is_served(running):
    token = running.token(Role.STAGE)
    for method in ("POST", "PUT", "DELETE", "OPTIONS"):
        status, _, _ = running.get(f"/stage?token={token}", method=method)
        assert status == 405, method


# --- the WebSocket -------------------------------------------------------------------------


def test_a_page_gets_hello_and_its_state_then_only_changes(running):
    running.publish()
    with connect(running.ws_url(Role.STAGE)) as ws:
        hello = receive(ws, "hello")
        assert hello["role"] == "stage" and hello["now"] == running.clock.monotonic()
        state = receive(ws, "state")["state"]
        assert state["role"] == "stage" and state["show"] == "ready"
        running.publish()  # the same show: nothing sent
        running.publish(Context(running.show.schedule.programme, stage=StageOverlay("1분")))
        changed = receive(ws, "state")["state"]
        assert changed["overlay"]["message"] == "1분"
        ws.send(json.dumps({"type": "ping", "c": 5.5}))
        assert receive(ws, "pong") == {"type": "pong", "c": 5.5, "now": running.clock.monotonic()}


def test_socket_tokens_are_checked_before_the_handshake(running):
    for token, status in ((None, 401), ("wrong", 403)):
        with pytest.raises(InvalidStatus) as refused:
            connect(running.ws_url(token=token)).close()
        assert refused.value.response.status_code == status


def test_who_connected_and_the_moderators_receipts_are_told(running):
    running.publish(Context(running.show.schedule.programme, cue=Cue(4, "마무리 부탁드립니다")))
    with connect(running.ws_url(Role.MODERATOR)) as ws:
        assert receive(ws, "state")["state"]["cue"] == {"id": 4, "text": "마무리 부탁드립니다"}
        ws.send(json.dumps({"type": "delivered", "id": 4}))
        ws.send(json.dumps({"type": "read", "id": 4}))
        wait_for(lambda: running.told.is_set())
        events = []
        wait_for(lambda: (events.extend(running.server.events()), len(events) >= 3)[1])
    opened, delivered, read = events[:3]
    assert isinstance(opened, PageOpened) and opened.role is Role.MODERATOR
    assert opened.address == "127.0.0.1" and opened.at == running.clock.now()
    assert delivered == CueReceipt(4, False, "127.0.0.1", running.clock.now())
    assert read == CueReceipt(4, True, "127.0.0.1", running.clock.now())
    wait_for(lambda: any(isinstance(e, PageClosed) for e in running.server.events()))


def test_a_view_may_not_send_what_is_not_its_own(running):
    with connect(running.ws_url(Role.PROGRAMME)) as ws:
        ws.send(json.dumps({"type": "read", "id": 1}))
        assert receive(ws, "error")["reason"] == "not-allowed"
        ws.send(json.dumps({"type": "next"}))
        assert receive(ws, "error")["reason"] == "unknown-type"
        ws.send("x" * 10_000)  # over the frame limit: the server closes
        with pytest.raises(ConnectionClosed):
            for _ in range(10):
                ws.recv(timeout=5)
    assert not [e for e in running.server.events() if isinstance(e, CueReceipt)]


def test_renewing_the_tokens_closes_the_old_pages_and_refuses_their_links(running):
    old = running.token(Role.STAGE)
    with connect(running.ws_url(Role.STAGE)) as ws:
        receive(ws, "hello")
        running.server.renew(Tokens.fresh())
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=5)
        assert closed.value.rcvd.code == CLOSE_RENEWED
    assert running.get(f"/stage?token={old}")[0] == 403
    new = running.server.tokens.by_role[Role.STAGE]
    assert running.get(f"/stage?token={new}")[0] == 200


def test_stopping_closes_every_page_as_going_away(running):
    with connect(running.ws_url(Role.CLOCK)) as ws:
        receive(ws, "hello")
        running.server.stop()
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=5)
        assert closed.value.rcvd.code == 1001
    assert not running.server.running


# --- limits --------------------------------------------------------------------------------


def test_too_many_messages_close_the_page():
    running = start_server(Limits(message_rate=2, message_burst=5))
    try:
        with connect(running.ws_url(Role.STAGE)) as ws:
            receive(ws, "hello")
            with pytest.raises(ConnectionClosed) as closed:
                for _ in range(50):
                    ws.send(json.dumps({"type": "ping", "c": 1}))
                for _ in range(60):
                    ws.recv(timeout=5)
            assert closed.value.rcvd.code == 1008
    finally:
        running.server.stop()


def test_connections_from_one_address_are_limited():
    running = start_server(Limits(per_address=3))
    try:
        with contextlib.ExitStack() as pages:
            first = [pages.enter_context(connect(running.ws_url(Role.CLOCK))) for _ in range(3)]
            for ws in first:
                receive(ws, "hello")
            refused = (ConnectionClosed, OSError, EOFError, InvalidHandshake)
            with pytest.raises(refused), connect(running.ws_url(Role.CLOCK), open_timeout=3) as ws:
                ws.recv(timeout=3)
            first[0].close()
            wait_for(lambda: running.server.page_counts()[Role.CLOCK] == 2)

            def room_again():  # once the closed connection is gone on the server's side
                try:
                    with connect(running.ws_url(Role.CLOCK)) as ws:
                        return receive(ws, "hello")["role"] == "clock"
                except refused:
                    return False

            wait_for(room_again)
    finally:
        running.server.stop()


def test_a_silent_connection_is_dropped_after_the_handshake_time():
    running = start_server(Limits(handshake=0.5))
    try:
        with socket.create_connection(("127.0.0.1", running.port), timeout=5) as raw:
            started = time.monotonic()
            assert raw.recv(100) == b""  # closed by the server
            assert time.monotonic() - started < 3
    finally:
        running.server.stop()


def test_a_taken_port_moves_to_the_next_one(running):
    other = ShareServer(running.clock, running.tokens, running.server.pages)
    listening = other.start("127.0.0.1", running.port)
    try:
        assert listening.asked == running.port and listening.port > running.port
    finally:
        other.stop()


def test_an_address_this_computer_does_not_have_says_so():
    from emcee.net.server import ShareError

    running = start_server()
    try:
        other = ShareServer(running.clock, running.tokens, running.server.pages)
        with pytest.raises(ShareError) as failed:
            other.start("203.0.113.77", 0)  # TEST-NET-3: never this machine's
        assert failed.value.reason == "address"
        assert not other.running
    finally:
        running.server.stop()
