"""Remote control over OSC: addresses and arguments to the HTTP verbs' requests, only the
senders the operator listed, a reply to each message, and packets that cannot be read."""

from __future__ import annotations

import socket
import time

import pytest
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder

from emcee.net import osc
from emcee.net.control import Command, RefusedError, Verb
from emcee.net.events import OscRefused


def message(address: str, *args) -> bytes:
    builder = OscMessageBuilder(address)
    for arg in args:
        builder.add_arg(arg)
    return bytes(builder.build().dgram)


@pytest.mark.parametrize(
    ("address", "args", "verb", "params"),
    [
        ("/emcee/next", [], Verb.NEXT, {}),
        ("/emcee/next", [1.0], Verb.NEXT, {}),  # a button's press
        ("/emcee/addtime", [60], Verb.ADD_TIME, {"seconds": "60"}),
        ("/emcee/add-time", [-30.0], Verb.ADD_TIME, {"seconds": "-30"}),
        ("/emcee/add-time/60", [], Verb.ADD_TIME, {"seconds": "60"}),
        ("/emcee/start", ["now"], Verb.START, {"plan": "now"}),
        ("/emcee/goto", [5, 1, 3], Verb.GOTO, {"item": "5", "phase": "1", "turn": "3"}),
        ("/emcee/goto", ["segment=12"], Verb.GOTO, {"segment": "12"}),
        (
            "/emcee/message/stage",
            ["1분 남았습니다", True],
            Verb.MESSAGE,
            {"to": "stage", "text": "1분 남았습니다", "blink": "yes"},
        ),
        ("/emcee/message/moderator", [], Verb.MESSAGE, {"to": "moderator"}),
        ("/emcee/message/stage", ["preset=2"], Verb.MESSAGE, {"to": "stage", "preset": "2"}),
        ("/emcee/rebalance/apply", [], Verb.REBALANCE, {"step": "apply"}),
        ("/emcee/blackout", [0], Verb.BLACKOUT, {"on": "0"}),
        ("/emcee/end", ["yes"], Verb.END, {"confirm": "yes"}),
        ("/emcee/restartturn", [], Verb.RESTART_TURN, {}),
    ],
)
def test_an_osc_message_is_the_http_verbs_request(address, args, verb, params):
    assert osc.request_of(address, args) == (verb, params)


def test_a_buttons_release_is_ignored():
    assert osc.request_of("/emcee/next", [0.0]) is None
    assert osc.request_of("/emcee/next", [0]) is None


@pytest.mark.parametrize(
    ("address", "args", "status", "reason"),
    [
        ("/other/next", [], 404, "not-found"),
        ("/emcee/jump", [], 404, "unknown-verb"),
        ("/emcee/state", [], 404, "unknown-verb"),  # no answer to carry it: HTTP only
        ("/emcee/next", ["now"], 400, "unknown-parameter"),
        ("/emcee/add-time", [60, 30], 400, "unknown-parameter"),
        ("/emcee/goto", [5, "item=6"], 400, "repeated-parameter"),
        ("/emcee/add-time", [b"\x00\x01"], 400, "bad-parameter"),
        ("/emcee/add-time", [None], 400, "bad-parameter"),
    ],
)
def test_messages_that_are_no_request_are_refused(address, args, status, reason):
    with pytest.raises(RefusedError) as refused:
        osc.request_of(address, args)
    assert (refused.value.status, refused.value.reason) == (status, reason)


def test_the_operators_list_of_senders():
    found, bad = osc.senders("192.168.0.20, 10.0.0.0/24 fe80::1  nonsense,300.1.1.1")
    assert [str(n) for n in found] == ["192.168.0.20/32", "10.0.0.0/24", "fe80::1/128"]
    assert bad == ["nonsense", "300.1.1.1"]


def test_the_reply_carries_the_address_the_status_and_the_reason():
    answer = OscMessage(osc.reply("/emcee/next", 409, "ended"))
    assert answer.address == "/emcee/reply"
    assert answer.params == ["/emcee/next", 409, "ended"]


# --- over UDP, against the real server -------------------------------------------------------


def udp(port: int, data: bytes, timeout: float = 2.0) -> OscMessage | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.settimeout(timeout)
        sender.sendto(data, ("127.0.0.1", port))
        try:
            return OscMessage(sender.recv(65536))
        except TimeoutError:
            return None


def test_listed_senders_are_done_and_answered(running, console):
    assert running.server.listen_osc(osc.senders("127.0.0.1")[0]) == ""
    answer = udp(running.port, message("/emcee/addtime", 60.0))
    assert answer is not None and answer.params == ["/emcee/addtime", 200, ""]
    answer = udp(running.port, message("/emcee/goto", 99, "x"))
    assert answer.params[1:] == [400, "bad-parameter"]
    assert udp(running.port, message("/emcee/next", 0.0), timeout=0.5) is None  # release
    [request] = console.done
    assert request.command == Command(Verb.ADD_TIME, seconds=60)
    assert dict(request.origin) == {"via": "osc", "address": "127.0.0.1", "role": ""}


def test_a_bundle_is_done_in_order_and_garbage_is_answered(running, console):
    running.server.listen_osc(osc.senders("127.0.0.0/8")[0])
    bundle = OscBundleBuilder(IMMEDIATELY)
    for address in ("/emcee/start", "/emcee/next"):
        bundle.add_content(OscMessageBuilder(address).build())
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.settimeout(2)
        sender.sendto(bundle.build().dgram, ("127.0.0.1", running.port))
        replies = [OscMessage(sender.recv(65536)).params for _ in range(2)]
    assert replies == [["/emcee/start", 200, ""], ["/emcee/next", 200, ""]]
    assert [r.command.verb for r in console.done] == [Verb.START, Verb.NEXT]
    truncated = b"/emcee/add-time\x00,i\x00\x00"  # an int announced, none sent
    for garbage in (b"\x00\x01\x02", truncated, b"#bundle\x00" + b"\xff" * 40):
        answer = udp(running.port, garbage)
        assert answer is not None and answer.params[1:] == [400, "bad-packet"], garbage
    assert udp(running.port, message("/emcee/message", "x" * 5000)).params[1:] == [
        413,
        "too-large",
    ]
    assert len(console.done) == 2


def test_a_sender_not_in_the_list_is_ignored_and_the_console_told(running, console):
    running.server.listen_osc(osc.senders("192.0.2.7")[0])  # TEST-NET-1: not this machine
    for _ in range(5):  # within a second
        assert udp(running.port, message("/emcee/next"), timeout=0.05) is None
    assert console.done == []
    deadline = time.monotonic() + 3
    while not any(isinstance(e, OscRefused) for e in console.other):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    refused = [e for e in console.other if isinstance(e, OscRefused)]
    assert len(refused) == 1 and refused[0].address == "127.0.0.1"  # once a second, at most


def test_osc_off_reads_nothing(running, console):
    running.server.listen_osc(osc.senders("127.0.0.1")[0])
    running.server.listen_osc(None)
    assert udp(running.port, message("/emcee/next"), timeout=0.5) is None
    assert console.done == []
    # Switched on again at once: the port is free again.
    assert running.server.listen_osc(osc.senders("127.0.0.1")[0]) == ""
    assert udp(running.port, message("/emcee/next")).params[1] == 200
