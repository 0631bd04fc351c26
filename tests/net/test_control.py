"""Remote control's verbs and parameters, its limits, and how requests are framed."""

from __future__ import annotations

import pytest

from emcee.net import control
from emcee.net.control import Command, ControlLimits, Outcome, RefusedError, Throttle, Verb
from emcee.net.framing import MAX_BODY, Framed, Framer, Unreadable
from emcee.net.texts import CONTROL_MESSAGES, control_message

# --- verbs and parameters --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "params", "command"),
    [
        ("next", {}, Command(Verb.NEXT)),
        ("start", {"plan": "NOW"}, Command(Verb.START, plan="now")),
        ("start", {}, Command(Verb.START)),
        ("goto", {"item": "5", "turn": "2"}, Command(Verb.GOTO, item=5, turn=2)),
        ("goto", {"segment": "0"}, Command(Verb.GOTO, segment=0)),
        ("add-time", {"seconds": "-30"}, Command(Verb.ADD_TIME, seconds=-30)),
        ("add-time", {"seconds": "60.0"}, Command(Verb.ADD_TIME, seconds=60)),
        (
            "message",
            {"to": "stage", "text": " 1분\n남았습니다 ", "blink": "yes"},
            Command(Verb.MESSAGE, text="1분 남았습니다", blink=True),
        ),
        ("message", {"to": "moderator"}, Command(Verb.MESSAGE, to="moderator")),
        ("message", {"preset": "2"}, Command(Verb.MESSAGE, preset=2)),
        ("blackout", {}, Command(Verb.BLACKOUT)),
        ("blackout", {"on": "toggle"}, Command(Verb.BLACKOUT)),
        ("blackout", {"on": "off"}, Command(Verb.BLACKOUT, on=False)),
        ("rebalance", {"step": "apply"}, Command(Verb.REBALANCE, step="apply")),
        ("end", {"confirm": "yes"}, Command(Verb.END, confirm=True)),
        ("end", {}, Command(Verb.END)),
    ],
)
def test_a_verb_and_its_parameters_become_a_command(verb, params, command):
    assert control.parse(control.verb_of(verb), params) == command


@pytest.mark.parametrize(
    ("verb", "params", "status", "reason", "detail"),
    [
        ("skip-ahead", {}, 404, "unknown-verb", "skip-ahead"),
        ("next", {"seconds": "60"}, 400, "unknown-parameter", "seconds"),
        ("start", {"plan": "later"}, 400, "bad-parameter", "plan"),
        ("goto", {}, 400, "missing-parameter", "item"),
        ("goto", {"item": "0"}, 400, "bad-parameter", "item"),
        ("goto", {"item": "-1"}, 400, "bad-parameter", "item"),
        ("goto", {"item": "1e3"}, 400, "bad-parameter", "item"),
        ("goto", {"item": "٣"}, 400, "bad-parameter", "item"),  # an Arabic-Indic digit
        ("goto", {"segment": "3", "item": "2"}, 400, "bad-parameter", "segment"),
        ("add-time", {}, 400, "missing-parameter", "seconds"),
        ("add-time", {"seconds": "nan"}, 400, "bad-parameter", "seconds"),
        ("add-time", {"seconds": "inf"}, 400, "bad-parameter", "seconds"),
        ("add-time", {"seconds": "1e308"}, 400, "bad-parameter", "seconds"),
        ("add-time", {"seconds": "3601"}, 400, "bad-parameter", "seconds"),
        ("add-time", {"seconds": "0.2"}, 400, "bad-parameter", "seconds"),
        ("message", {"to": "audience", "text": "x"}, 400, "bad-parameter", "to"),
        ("message", {"text": "a" * 201}, 400, "bad-parameter", "text"),
        ("message", {"text": "bell\x07"}, 400, "bad-parameter", "text"),
        ("message", {"text": "x", "preset": "1"}, 400, "bad-parameter", "preset"),
        ("message", {"text": "x", "blink": "maybe"}, 400, "bad-parameter", "blink"),
        ("rebalance", {"step": "now"}, 400, "bad-parameter", "step"),
    ],
)
def test_bad_requests_are_refused_with_what_was_wrong(verb, params, status, reason, detail):
    with pytest.raises(RefusedError) as refused:
        control.parse(control.verb_of(verb), params)
    assert (refused.value.status, refused.value.reason, refused.value.detail) == (
        status,
        reason,
        detail,
    )


def test_every_parameter_of_the_readme_is_a_verbs_own():
    assert set(control.PARAMETERS) == set(Verb)
    assert control.PARAMETERS[Verb.GOTO] == ("item", "phase", "turn", "segment")


def test_answers_say_what_happened_in_both_languages():
    done = control.answer("next", Outcome(extra={"show": "running"}))
    assert done == {"ok": True, "verb": "next", "applied": True, "show": "running"}
    refused = control.answer("goto", Outcome(409, "no-such-turn", False, {"detail": "item 40"}))
    assert refused["ok"] is False and refused["status"] == 409
    assert refused["error"] == "no-such-turn" and refused["detail"] == "item 40"
    assert "item 40" in refused["message"]["en"] and "item 40" in refused["message"]["ko"]
    assert "순서" in refused["message"]["ko"]


def test_every_reason_has_words_in_both_languages():
    for reason in CONTROL_MESSAGES:
        ko, en = control_message(reason)
        assert ko and en and ko != en, reason
    used = {"too-fast", "repeated", "busy", "control-off", "view-token", "no-token"}
    assert used <= set(CONTROL_MESSAGES)


# --- limits ----------------------------------------------------------------------------------


def test_a_stuck_key_does_one_next_a_second():
    throttle = Throttle(ControlLimits(repeat_gap=1.0))
    following = Command(Verb.NEXT)
    done = [t / 10 for t in range(40) if throttle.first("10.0.0.5", following, now=t / 10)]
    assert done == [0.0, 1.0, 2.0, 3.0]  # 40 presses in 4 s: four speakers, not forty
    # Another command, or the same from another client, is not a repeat.
    assert throttle.first("10.0.0.5", Command(Verb.PREVIOUS), now=3.05)
    assert throttle.first("10.0.0.6", following, now=3.05)
    # Asking is never a repeat; a gap of 0 switches the rule off.
    assert all(throttle.first("10.0.0.5", Command(Verb.STATE), now=3.1) for _ in range(5))
    off = Throttle(ControlLimits(repeat_gap=0))
    assert all(off.first("10.0.0.5", following, now=5.0) for _ in range(5))


def test_each_client_has_its_own_allowance_of_requests():
    throttle = Throttle(ControlLimits(rate=10, burst=5))
    assert [throttle.allow("a", now=0.0) for _ in range(7)] == [True] * 5 + [False] * 2
    assert throttle.allow("b", now=0.0)
    assert not throttle.allow("a", now=0.05)  # half a request's worth
    assert throttle.allow("a", now=0.2)


def test_the_throttle_remembers_a_bounded_number_of_clients():
    throttle = Throttle(ControlLimits(clients=50, repeat_gap=1.0))
    for n in range(5000):
        throttle.allow(f"10.0.{n // 256}.{n % 256}", now=n / 1000)
        throttle.first(f"10.0.{n // 256}.{n % 256}", Command(Verb.NEXT), now=n / 1000)
    assert len(throttle._buckets) <= 50 and len(throttle._last) <= 50


# --- framing ---------------------------------------------------------------------------------


def frame(data: bytes, pieces: int = 1) -> Framed | Unreadable | None:
    framer = Framer()
    step = max(1, len(data) // pieces)
    found = None
    for start in range(0, len(data), step):
        found = framer.feed(data[start : start + step])
        if found is not None:
            return found
    return framer.eof()


@pytest.mark.parametrize("pieces", [1, 7, 1000])
def test_a_post_body_is_taken_off_before_websockets_reads_the_head(pieces):
    body = b'{"seconds": 60}'
    data = (
        b"POST /api/v1/add-time HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )
    found = frame(data, pieces)
    assert isinstance(found, Framed)
    assert found.body == body and found.rest == b""
    assert b"Content-Length" not in found.head and found.head.endswith(b"\r\n\r\n")
    assert found.head.startswith(b"POST /api/v1/add-time HTTP/1.1\r\nHost: x\r\n")


@pytest.mark.parametrize(
    ("data", "status", "reason"),
    [
        (b"POST /api/v1/next HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 411, ""),
        (b"POST /api/v1/next HTTP/1.1\r\nContent-Length: 99999\r\n\r\n", 413, "too-large"),
        (b"POST /api/v1/next HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n", 400, ""),
        (b"POST /api/v1/next HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400, "bad-request"),
        (b"GET /stage HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello", 400, "bad-body"),
        (b"POST /api/v1/next HTTP/1.1\r\nContent-Length: 10\r\n\r\nshort", 400, ""),
        (b"GARBAGE\r\n\r\n", 400, "bad-request"),
        (b"GET /stage HTTP/2.0\r\n\r\n", 400, "bad-request"),
        (b"GET /st\xffage HTTP/1.1\r\n\r\n", 400, "bad-request"),
        (b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\n\r\n", 414, "line-too-long"),
        (b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 100 + b"\r\n", 431, "headers-too-large"),
        (b"GET / HTTP/1.1\r\nX: " + b"a" * 10_000 + b"\r\n\r\n", 431, "headers-too-large"),
        (b"GET / HTTP/1.1\r\n" + b"X: " + b"a" * 4000 + b"\r\n" * 0, 400, ""),
        (b"GET / HTTP/1.1\r\n", 400, "incomplete-request"),
    ],
)
def test_requests_that_cannot_be_read_are_answered_with_the_reason(data, status, reason):
    found = frame(data)
    assert isinstance(found, Unreadable), found
    assert found.status == status
    if reason:
        assert found.reason == reason
    assert found.reason in CONTROL_MESSAGES


def test_a_body_at_the_limit_is_taken_and_nothing_is_read_past_the_head_of_a_get():
    body = b"a=" + b"x" * (MAX_BODY - 2)
    data = b"POST /api/v1/message HTTP/1.1\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    assert isinstance(frame(data), Framed)
    found = frame(b"GET /stage?token=x HTTP/1.1\r\nHost: y\r\n\r\nmore")
    assert isinstance(found, Framed) and found.body == b"" and found.rest == b"more"
    assert Framer().eof() is None  # nothing was sent: nothing to answer
