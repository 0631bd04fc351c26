"""A short seeded fuzz run of remote control against the real program (``--share`` with
OSC on from this machine): malformed and unauthorised HTTP requests, WebSocket frames
and OSC packets (tests/net/remote_fuzz.py; bench/remote_fuzz.py runs ten thousand).

The program must answer every request with a 4xx and its reason (a view's page or socket
may be served: it acts on nothing), never act, keep the show exactly as it was (paused on
a speaker, so nothing moves by itself), and go on serving.
"""

from __future__ import annotations

import json
import os
import random
import re
import socket
import time

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from emcee.core.journal import ActionEntry, NoteEntry, read_journal
from emcee.net.roles import Role
from tests.e2e.test_kill_and_resume import Program, short_folder
from tests.net import remote_fuzz

pytestmark = pytest.mark.e2e

SEED = int(os.environ.get("EMCEE_FUZZ_SEED", "1919"))
HTTP_CASES = 400
FRAMES = 150
PACKETS = 150


@pytest.fixture(scope="module")
def program(tmp_path_factory):
    folder = short_folder(tmp_path_factory.mktemp("fuzz"))
    settings = folder / "config" / "emcee"
    settings.mkdir(parents=True)
    (settings / "emcee.conf").write_text("[share]\nosc=true\nosc_from=127.0.0.1\n")
    log = folder / "emcee.log"
    running = Program(folder, str(folder / "control"), log)
    running.start("--lang", "ko", "--share")
    found = dict(re.findall(r"^(\w+) (http://\S+)$", log.read_text(), re.M))
    running.tokens = {  # type: ignore[attr-defined]
        Role(name): url.split("token=")[1] for name, url in found.items()
    }
    running.port = int(found["control"].split(":")[2].split("/")[0])  # type: ignore[attr-defined]
    assert running.ask("jump", target=8)["applied"]
    assert running.ask("start")["applied"]
    assert running.ask("pause")["applied"]  # paused: nothing moves by itself
    yield running
    running.stop()


def show_now(program) -> tuple[dict, list]:
    status = program.ask("status")["status"]
    entries = read_journal(status["path"]).entries
    kept = [
        e
        for e in entries
        if isinstance(e, ActionEntry) or (isinstance(e, NoteEntry) and e.tag != "viewer")
    ]
    return {k: status[k] for k in ("state", "segment", "remaining")}, kept


def test_nothing_malformed_or_unauthorised_acts(program):
    chance = random.Random(SEED)
    before = show_now(program)
    port = program.port
    unanswered, unexplained, statuses = [], [], {}
    cases = remote_fuzz.http_cases(chance, program.tokens)
    for _ in range(HTTP_CASES):
        case = next(cases)
        status, said = remote_fuzz.verdict(remote_fuzz.send_http(port, case.data))
        statuses[status] = statuses.get(status, 0) + 1
        if status is None:
            unanswered.append(case)
        elif status in (101, 200):
            # Served: a view's page, asset or socket, with a view's token. Never an action.
            assert b"/api/" not in case.data.split(b"\r\n")[0], case
        elif not (400 <= status < 500 and said):
            unexplained.append((status, case))
    assert unanswered == [] and unexplained == [], (unanswered[:3], unexplained[:3])
    assert statuses.get(429, 0) < HTTP_CASES  # most were read, not just turned away

    # Frames on sockets: a view's asks anything and is refused; the control page's asks
    # only what is no valid request.
    for role in (Role.STAGE, Role.CONTROL):  # (the stage's may not even send receipts)
        url = f"ws://127.0.0.1:{port}/ws?token={program.tokens[role]}"
        frames = remote_fuzz.ws_frames(chance, role.acts)
        sent = 0
        while sent < FRAMES:
            with connect(url, open_timeout=5) as ws:
                try:
                    for _ in range(15):  # under a page's message rate
                        ws.send(next(frames))
                        sent += 1
                        answer = json.loads(ws.recv(timeout=5))
                        while answer["type"] in ("hello", "state"):
                            answer = json.loads(ws.recv(timeout=5))
                        assert answer["type"] in ("error", "reply", "pong"), answer
                        if answer["type"] == "reply":
                            assert answer["ok"] is False and 400 <= answer["status"] < 500
                            assert answer["message"]["ko"] and answer["message"]["en"]
                        else:
                            assert answer["reason"]
                except ConnectionClosed:
                    pass  # a binary frame or one too many: closed, as a page that misbehaves
            time.sleep(0.2)

    # OSC from this machine (listed): every packet no request, each answered with why.
    packets = remote_fuzz.osc_packets(chance)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.settimeout(3)
        for _ in range(PACKETS):
            sender.sendto(next(packets), ("127.0.0.1", port))
            reply = remote_fuzz.osc_reply(sender)
            assert reply is not None and reply[1] >= 400 and reply[2], reply

    assert show_now(program) == before
    assert program.process.poll() is None
    page = remote_fuzz.send_http(
        port, f"GET /clock?token={program.tokens[Role.CLOCK]} HTTP/1.1\r\n\r\n".encode()
    )
    assert remote_fuzz.verdict(page)[0] == 200
