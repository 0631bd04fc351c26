"""Remote control through the real server: HTTP under /api/v1 (GET and POST), the control
page's socket, tokens, limits; a fake console performs what the server lets through."""

from __future__ import annotations

import json
import time

import pytest
from websockets.sync.client import connect

from emcee.net.control import Command, ControlLimits, Outcome, Verb
from emcee.net.events import Refusals
from emcee.net.remote import TELL_REFUSED_EVERY
from emcee.net.roles import VIEWS, Role
from emcee.net.server import Limits
from tests.net.conftest import FakeConsole, start_server
from tests.net.test_malformed import raw, status_of
from tests.net.test_server import receive

VERBS = [verb.value for verb in Verb]


def answer_of(reply) -> dict:
    status, headers, body = reply
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert headers["Cache-Control"] == "no-store"
    found = json.loads(body)
    assert found["ok"] is (status == 200)
    if status != 200:
        assert found["status"] == status and found["error"]
        assert found["message"]["ko"] and found["message"]["en"]
    return found


def control_token(running) -> str:
    return running.token(Role.CONTROL)


def post(running, path: str, body: bytes, content_type: str | None = None, headers=None):
    extra = dict(headers or {})
    if content_type:
        extra["Content-Type"] = content_type
    extra["Content-Length"] = str(len(body))
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", running.port, timeout=5)
    try:
        connection.request("POST", path, body=body, headers=extra)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_a_get_with_the_control_token_is_done_by_the_console(running, console):
    found = answer_of(running.get(f"/api/v1/next?token={control_token(running)}"))
    assert found == {"ok": True, "verb": "next", "applied": True}
    [request] = console.done
    assert request.command == Command(Verb.NEXT)
    assert dict(request.origin) == {"via": "http", "address": "127.0.0.1", "role": "control"}


def test_post_takes_a_json_object_or_a_form_and_the_token_in_a_header(running, console):
    bearer = {"Authorization": f"Bearer {control_token(running)}"}
    json_body = json.dumps({"seconds": 60}).encode()
    assert post(running, "/api/v1/add-time", json_body, "application/json", bearer)[0] == 200
    form = "to=moderator&text=마무리 부탁드립니다".encode()
    path = f"/api/v1/message?token={control_token(running)}"
    assert post(running, path, form, "application/x-www-form-urlencoded")[0] == 200
    # Without a type (Companion's generic module may send none): JSON by its brace.
    assert post(running, "/api/v1/add-time", b'{"seconds": "-30"}', None, bearer)[0] == 200
    assert [r.command for r in console.done] == [
        Command(Verb.ADD_TIME, seconds=60),
        Command(Verb.MESSAGE, to="moderator", text="마무리 부탁드립니다"),
        Command(Verb.ADD_TIME, seconds=-30),
    ]


def test_no_token_is_401_a_wrong_one_403_and_a_views_token_never_acts(running, console):
    status, headers, _ = reply = running.get("/api/v1/next")
    assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
    assert answer_of(reply)["error"] == "no-token"
    reply = running.get("/api/v1/next?token=wrong-token")
    assert reply[0] == 403 and answer_of(reply)["error"] == "wrong-token"
    for role in VIEWS:
        if role.acts:
            continue
        for verb in VERBS:
            reply = running.get(f"/api/v1/{verb}?token={running.token(role)}")
            assert reply[0] == 403, (role, verb)
            assert answer_of(reply)["error"] == "view-token"
        bearer = {"Authorization": f"Bearer {running.token(role)}"}
        assert post(running, "/api/v1/next", b"{}", "application/json", bearer)[0] == 403
    time.sleep(0.2)
    assert console.done == []


@pytest.mark.parametrize(
    ("method", "path", "status", "error"),
    [
        ("GET", "/api/v1/jump-around", 404, "unknown-verb"),
        ("GET", "/api/v1/", 404, "not-found"),
        ("GET", "/api/v1/next/now", 404, "not-found"),
        ("GET", "/api/v2/next", 404, "not-found"),
        ("PUT", "/api/v1/next", 405, "method"),
        ("DELETE", "/api/v1/next", 405, "method"),
        ("GET", "/api/v1/add-time", 400, "missing-parameter"),
        ("GET", "/api/v1/add-time?seconds=sixty", 400, "bad-parameter"),
        ("GET", "/api/v1/add-time?seconds=60&seconds=60", 400, "repeated-parameter"),
        ("GET", "/api/v1/next?now=1", 400, "unknown-parameter"),
        ("GET", "/api/v1/goto?item=3&token=TOKEN", 400, "repeated-parameter"),
    ],
)
def test_bad_requests_are_4xx_with_the_reason_and_never_reach_the_console(
    running, console, method, path, status, error
):
    token = control_token(running)
    path = path.replace("TOKEN", token)
    headers = {"Authorization": f"Bearer {token}"}
    if "token=" in path:
        headers = {}
        path = path.replace("item=3&", f"item=3&token={token}&")
    reply = running.get(path, method=method, headers=headers)
    assert reply[0] == status
    assert answer_of(reply)["error"] == error
    if status == 405:
        assert reply[1]["Allow"] == "GET, POST"
    time.sleep(0.1)
    assert console.done == []


def test_bodies_that_cannot_be_taken_are_refused(running, console):
    bearer = {"Authorization": f"Bearer {control_token(running)}"}
    cases = [
        (b"<xml/>", "application/xml", 415, "media-type"),
        (b"{not json", "application/json", 400, "bad-body"),
        (b"[1, 2]", "application/json", 400, "bad-body"),
        (b'{"seconds": {"n": 60}}', "application/json", 400, "bad-parameter"),
        (b"seconds=60&seconds=30", "application/x-www-form-urlencoded", 400, "repeated"),
        (b"\xff\xfe", "application/x-www-form-urlencoded", 400, "bad-body"),
    ]
    for body, kind, status, error in cases:
        reply = post(running, "/api/v1/add-time", body, kind, bearer)
        assert reply[0] == status, body
        assert answer_of(reply)["error"].startswith(error)
    big = b'{"text": "' + b"x" * 5000 + b'"}'
    data = (
        f"POST /api/v1/message HTTP/1.1\r\nAuthorization: Bearer {control_token(running)}\r\n"
        f"Content-Length: {len(big)}\r\n\r\n"
    ).encode() + big
    answer = raw(running.port, data)
    assert status_of(answer) == 413
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"] == "too-large"
    chunked = b"POST /api/v1/next HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
    assert status_of(raw(running.port, chunked)) == 411
    assert console.done == []


def test_what_the_console_could_not_do_is_its_answer(running):
    fake = FakeConsole(running, lambda command: Outcome(409, "ended", applied=False))
    try:
        reply = running.get(f"/api/v1/next?token={control_token(running)}")
        assert reply[0] == 409
        found = answer_of(reply)
        assert found["error"] == "ended" and "Ctrl+Z" in found["message"]["en"]
    finally:
        fake.stop()


def test_a_stuck_key_is_429_and_not_done(running, console):
    path = f"/api/v1/next?token={control_token(running)}"
    statuses = [running.get(path)[0] for _ in range(10)]
    assert statuses == [200] + [429] * 9
    reply = running.get(path)
    assert reply[1]["Retry-After"] == "1" and answer_of(reply)["error"] == "repeated"
    assert len(console.done) == 1
    # Other verbs are not repeats; asking the state never is.
    assert running.get(path.replace("next", "previous"))[0] == 200
    assert {running.get(path.replace("next", "state"))[0] for _ in range(3)} == {200}


def test_refused_requests_are_told_the_console_counted_not_one_by_one(running, console):
    began = time.monotonic()
    path = f"/api/v1/next?token={control_token(running)}"
    assert [running.get(path)[0] for _ in range(10)] == [200] + [429] * 9  # a stuck key
    for _ in range(5):
        assert running.get("/api/v1/next?token=wrong")[0] == 403
    for _ in range(3):
        assert running.get("/api/v1/pause")[0] == 401
    with connect(running.ws_url(Role.STAGE)) as ws:  # a view's page that tries to act
        for n in range(2):
            ws.send(json.dumps({"type": "do", "id": n, "verb": "next", "args": {}}))
            assert receive(ws, "reply")["error"] == "view-token"

    def counted() -> dict:
        found: dict = {}
        for event in console.other:
            if isinstance(event, Refusals):
                for c in event.counts:
                    kind = (c.address, c.via, c.status, c.reason)
                    found[kind] = found.get(kind, 0) + c.count
        return found

    expected = {
        ("127.0.0.1", "http", 429, "repeated"): 9,
        ("127.0.0.1", "http", 403, "wrong-token"): 5,
        ("127.0.0.1", "http", 401, "no-token"): 3,
        ("127.0.0.1", "websocket", 403, "view-token"): 2,
    }
    deadline = time.monotonic() + 5
    while counted() != expected and time.monotonic() < deadline:
        time.sleep(0.05)
    assert counted() == expected
    told = [event for event in console.other if isinstance(event, Refusals)]
    took = time.monotonic() - began
    assert 1 <= len(told) <= took / TELL_REFUSED_EVERY + 1  # once a second at most
    assert len(told) < 19  # ... not once per request
    assert len(console.done) == 1


def test_the_repeat_gap_is_a_setting_and_a_flood_is_429():
    running = start_server(Limits(control=ControlLimits(repeat_gap=0.3, rate=5, burst=5)))
    fake = FakeConsole(running)
    try:
        path = f"/api/v1/next?token={control_token(running)}"
        assert running.get(path)[0] == 200
        time.sleep(0.35)
        assert running.get(path)[0] == 200  # after the gap: done again
        statuses = [running.get(path.replace("next", "state"))[0] for _ in range(8)]
        assert 429 in statuses
        assert answer_of(running.get(path))["error"] == "too-fast"
        assert len(fake.done) == 2
    finally:
        fake.stop()
        running.server.stop()


def test_read_only_refuses_every_action_but_the_state_is_still_given(running, console):
    running.publish()
    running.server.control_enabled = False
    for verb in VERBS:
        reply = running.get(f"/api/v1/{verb}?token={control_token(running)}")
        if verb == "state":
            assert reply[0] == 200
            continue
        assert reply[0] in (403, 400), verb  # 400: a verb's missing parameter, first
        if reply[0] == 403:
            assert answer_of(reply)["error"] == "control-off"
    assert console.done == []


def test_the_state_is_the_control_roles(running, console):
    running.publish()
    found = answer_of(running.get(f"/api/v1/state?token={control_token(running)}"))
    state = found["state"]
    assert state["role"] == "control" and state["show"] == "ready"
    assert state["remote"]["enabled"] is True and state["can_undo"] is False
    assert len(state["items"]) == len(running.show.schedule.items)


def test_the_control_page_acts_over_its_socket_and_views_are_refused(running, console):
    running.publish()
    with connect(running.ws_url(Role.CONTROL)) as ws:
        receive(ws, "state")
        ws.send(json.dumps({"type": "do", "id": 7, "verb": "add-time", "args": {"seconds": 60}}))
        reply = receive(ws, "reply")
        assert reply == {"type": "reply", "id": 7, "ok": True, "verb": "add-time", "applied": True}
        ws.send(json.dumps({"type": "do", "id": 8, "verb": "goto", "args": {"item": "x"}}))
        reply = receive(ws, "reply")
        assert reply["id"] == 8 and reply["status"] == 400 and reply["detail"] == "item"
        ws.send(json.dumps({"type": "do", "verb": "next"}))  # no id: cannot be answered
        assert receive(ws, "error")["reason"] == "bad-field"
    [request] = console.done
    assert request.command == Command(Verb.ADD_TIME, seconds=60)
    assert request.origin["via"] == "websocket"
    with connect(running.ws_url(Role.MODERATOR)) as ws:
        receive(ws, "state")
        ws.send(json.dumps({"type": "do", "id": 1, "verb": "next", "args": {}}))
        reply = receive(ws, "reply")
        assert reply["status"] == 403 and reply["error"] == "view-token"
    assert len(console.done) == 1


def test_a_console_that_does_not_answer_in_time_never_does_it(running, monkeypatch):
    import emcee.net.remote

    monkeypatch.setattr(emcee.net.remote, "ANSWER_WITHIN", 0.3)
    reply = running.get(f"/api/v1/next?token={control_token(running)}")
    assert reply[0] == 503 and answer_of(reply)["error"] == "busy"
    late = FakeConsole(running)  # the console comes back: the request is not done
    try:
        running.told.set()
        time.sleep(0.3)
        assert late.done == []
    finally:
        late.stop()


def test_a_client_that_stops_sending_after_its_request_still_gets_the_answer(running, console):
    """Half-closed (a script's shutdown after sending): websockets alone drops the request."""
    token = control_token(running)
    for _ in range(40):  # more than one address's connections: each is closed once answered
        assert status_of(raw(running.port, b"GET /api/v1/next HTTP/1.1\r\n\r\n")) == 401
    page = f"GET /clock?token={running.token(Role.CLOCK)} HTTP/1.1\r\n\r\n".encode()
    assert status_of(raw(running.port, page)) == 200
    found = raw(running.port, f"GET /api/v1/state?token={token} HTTP/1.1\r\n\r\n".encode())
    assert status_of(found) == 200


def test_a_script_on_the_control_socket_may_send_as_many_requests_as_the_api_takes(
    running, console
):
    """A view's page is closed past 5 messages a second; the remote's socket carries up
    to remote control's own limit (20 a second from one address), and its pings."""
    running.publish()
    with connect(running.ws_url(Role.CONTROL)) as ws:
        receive(ws, "state")
        for index in range(30):  # 15 a second for 2 s
            ws.send(json.dumps({"type": "do", "id": index, "verb": "state", "args": {}}))
            assert receive(ws, "reply")["ok"], index
            time.sleep(1 / 15)


def test_bytes_after_a_request_do_not_cost_it_its_answer(running, console):
    """Pipelined junk after a whole request: websockets alone would read it as frames and
    hang up without answering (found by bench/remote_control.py fuzz)."""
    for data in (
        b"GET /api/v1/next HTTP/1.1\r\n\r\nHo=st: emcee\r\n\r\n",
        b"POST /api/v1/goto?token=junk HTTP/1.1\r\nHost: emcee\r\n\r\n../",
        b"GET /api/n=junk& HTTP/1.1\r\nHost: emcee\r\n\r\n\r\n",
    ):
        answer = raw(running.port, data)
        assert status_of(answer) in (401, 403), data
    page = f"GET /clock?token={running.token(Role.CLOCK)} HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"
    assert status_of(raw(running.port, page.encode())) == 200
