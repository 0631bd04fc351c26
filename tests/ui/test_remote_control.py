"""Remote control on the real console: each command goes through the controller as the
keys do (undoable, journaled with where it came from), is said in the console's remote
log, and its answer says what was done or why not."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from emcee.core.engine.actions import ActionKind
from emcee.core.engine.snapshot import ShowState
from emcee.core.journal import ActionEntry, NoteEntry, read_journal
from emcee.net.control import Command, Outcome, Verb
from emcee.net.events import ControlRequest
from emcee.net.roles import Role
from emcee.settings import SHARE_CONTROL, SHARE_OSC, SHARE_OSC_FROM
from emcee.ui.i18n import switch_language
from emcee.ui.sharing import NOTE_CUE
from emcee.ui.sharing_panel import RemoteLog
from tests.core.afternoon import play_afternoon
from tests.ui.keyboard import type_key
from tests.ui.sharing_kit import console

PHONE = {"via": "websocket", "address": "192.168.0.12", "role": "control"}
__all__ = ["console"]  # the fixture, from sharing_kit

SHOTS = Path("/tmp/control-shots")


def ask(console, command: Command, origin=PHONE) -> Outcome:
    """Perform ``command`` as the server hands it over, and return the answer."""
    sharing = console.share.panel().sharing
    request = ControlRequest(command, origin, 0.0, Future())
    sharing.remote.perform(request)
    return request.answer.result(timeout=0)


def remote_log(console) -> RemoteLog:
    return console.statusBar().findChild(RemoteLog)


def test_a_remote_next_is_the_consoles_next_and_ctrl_z_undoes_it(console, qtbot):
    controller = console.controller
    assert ask(console, Command(Verb.START)).status == 200
    first = controller.snapshot.current.segment.index
    console.controller.clock.advance(20)
    outcome = ask(console, Command(Verb.NEXT))
    assert outcome.status == 200 and outcome.applied
    assert outcome.extra["show"] == "running"
    assert outcome.extra["live"]["segment"] == first + 1
    assert controller.snapshot.current.segment.index == first + 1
    # Said in the console, lit up, where the operator looks for the show's state.
    log = remote_log(console)
    assert log.isVisible() and log.text() == "Remote: next (192.168.0.12)"
    assert "background" in log.styleSheet() and log.dimmer.isActive()
    log.dimmer.timeout.emit()  # a few seconds later: back to a plain line
    assert "background" not in log.styleSheet() and log.isVisible()
    type_key(console.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.snapshot.current.segment.index == first
    # The journal has it with where it came from; the undo was the console's own.
    entries = read_journal(console.journal.recorder.journal.path).entries
    actions = [e for e in entries if isinstance(e, ActionEntry)]
    assert [(a.action.kind, dict(a.origin)) for a in actions] == [
        (ActionKind.START, PHONE),
        (ActionKind.NEXT, PHONE),
        (ActionKind.UNDO, {}),
    ]


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (Command(Verb.PAUSE), ShowState.PAUSED),
        (Command(Verb.END, confirm=True), ShowState.ENDED),
    ],
)
def test_pause_and_end_are_the_consoles(console, command, expected):
    ask(console, Command(Verb.START))
    assert ask(console, command).status == 200
    assert console.controller.snapshot.state is expected


def test_what_cannot_be_done_now_is_409_with_why(console):
    assert ask(console, Command(Verb.PAUSE)).reason == "not-running"
    assert ask(console, Command(Verb.RESUME)).reason == "not-paused"
    assert ask(console, Command(Verb.UNDO)).reason == "nothing-to-undo"
    assert ask(console, Command(Verb.PREVIOUS)).reason == "at-start"
    assert ask(console, Command(Verb.REBALANCE, step="apply")).reason == "no-proposal"
    assert ask(console, Command(Verb.REBALANCE, step="undo")).reason == "not-rebalanced"
    ask(console, Command(Verb.START))
    assert ask(console, Command(Verb.START)).reason == "already-started"
    refused = ask(console, Command(Verb.END))
    assert (refused.status, refused.reason) == (409, "confirm-needed")
    assert console.controller.snapshot.state is ShowState.RUNNING
    missing = ask(console, Command(Verb.GOTO, item=5, turn=9))
    assert (missing.status, missing.reason) == (409, "no-such-turn")
    assert missing.extra["detail"] == "item 5 phase 1 turn 9"
    assert ask(console, Command(Verb.GOTO, item=1)).reason == "already-there"
    ask(console, Command(Verb.END, confirm=True))
    assert ask(console, Command(Verb.NEXT)).reason == "ended"
    log = remote_log(console)
    assert "not done" in log.text() and "The show has ended" in log.text()
    log.list.aboutToShow.emit()  # the list, as it is opened
    assert len(log.list.actions()) == 12  # the last twelve


def test_go_to_names_a_turn_by_item_phase_and_turn_or_by_its_id(console):
    show = console.controller.show
    part2 = show.item_segments[4]  # Part 2: five speakers, then the discussion
    ask(console, Command(Verb.START))
    assert ask(console, Command(Verb.GOTO, item=5, turn=3)).status == 200
    assert show.state.current == part2.start + 2
    assert ask(console, Command(Verb.GOTO, item=5, phase=2)).status == 200
    assert show.state.current == part2.start + 5
    assert ask(console, Command(Verb.GOTO, segment=part2.start)).status == 200
    assert show.state.current == part2.start
    speaker = show.segments[part2.start].turn.speaker.presenter
    assert remote_log(console).text() == f"Remote: go to “{speaker}” (192.168.0.12)"


def test_the_question_timer_is_the_consoles_q_in_a_discussion_only(console):
    show = console.controller.show
    ask(console, Command(Verb.START))
    refused = ask(console, Command(Verb.QUESTION))  # registration: no floor to take
    assert (refused.status, refused.reason, refused.applied) == (409, "no-open-floor", False)
    assert ask(console, Command(Verb.GOTO, item=5, phase=2)).status == 200  # the discussion
    console.controller.clock.advance(30)
    assert ask(console, Command(Verb.QUESTION)).applied  # a question's timer
    console.controller.clock.advance(40)
    assert ask(console, Command(Verb.QUESTION)).applied  # its answer's
    question = console.controller.snapshot.current.question
    assert question is not None and question.number == 1 and question.answering
    assert remote_log(console).text() == "Remote: question timer (192.168.0.12)"
    entries = read_journal(console.journal.recorder.journal.path).entries
    asked = [e for e in entries if isinstance(e, ActionEntry)][-2:]
    assert [(a.action.kind, dict(a.origin)) for a in asked] == [(ActionKind.QUESTION, PHONE)] * 2
    assert show.can_undo


def test_start_moves_the_plan_as_the_console_would_or_as_asked(console):
    console.controller.clock.jump_wall(-3 * 3600)  # 10:00, a rehearsal
    assert ask(console, Command(Verb.START, plan="keep")).status == 200
    assert console.controller.show.state.shift == 0
    console.controller.undo()
    assert ask(console, Command(Verb.START)).status == 200  # the console's default: move
    assert console.controller.show.state.shift == -3 * 3600


def test_time_restart_messages_and_blackout(console):
    controller = console.controller
    ask(console, Command(Verb.START))
    controller.clock.advance(40)
    controller.tick()
    left = controller.snapshot.current.remaining
    ask(console, Command(Verb.ADD_TIME, seconds=-30))
    assert controller.snapshot.current.remaining == pytest.approx(left - 30)
    ask(console, Command(Verb.RESTART_TURN))
    assert controller.snapshot.current.elapsed == 0
    # A preset is the console's own (key 2), in its language.
    done = ask(console, Command(Verb.MESSAGE, preset=2, blink=True))
    assert done.applied and controller.overlay.message == "Please wrap up"
    assert controller.overlay.blink
    assert remote_log(console).text() == (
        "Remote: message on the presenter screen “Please wrap up” (192.168.0.12)"
    )
    assert ask(console, Command(Verb.MESSAGE)).applied  # no text: taken off
    assert controller.overlay.message == ""
    assert ask(console, Command(Verb.MESSAGE, preset=7)).reason == "no-preset"
    ask(console, Command(Verb.BLACKOUT))
    assert controller.overlay.blackout and console.menus.actions["blackout"].isChecked()
    assert remote_log(console).text() == "Remote: blackout on (192.168.0.12)"
    again = ask(console, Command(Verb.BLACKOUT, on=True))
    assert again.status == 200 and not again.applied
    ask(console, Command(Verb.BLACKOUT))
    assert not controller.overlay.blackout
    notes = read_journal(console.journal.recorder.journal.path).entries
    remote_notes = [e for e in notes if isinstance(e, NoteEntry)]
    assert [(n.tag, n.origin["address"]) for n in remote_notes] == [
        ("presenter", "192.168.0.12"),
        ("presenter", "192.168.0.12"),
        ("blackout", "192.168.0.12"),
        ("blackout", "192.168.0.12"),
    ]


def test_a_message_to_the_moderator_is_the_panels_cue(console):
    sharing = console.share.panel().sharing
    ask(console, Command(Verb.START))
    ask(console, Command(Verb.MESSAGE, to="moderator", preset=3))
    assert sharing.cue.cue.text == "One more question only"
    ask(console, Command(Verb.MESSAGE, to="moderator", text="3분 남았습니다"))
    assert sharing.cue.cue.text == "3분 남았습니다"
    ask(console, Command(Verb.MESSAGE, to="moderator"))
    assert sharing.cue is None
    cues = [
        (e.text, e.origin.get("via"))
        for e in read_journal(console.journal.recorder.journal.path).entries
        if isinstance(e, NoteEntry) and e.tag == NOTE_CUE
    ]
    assert cues == [
        ("One more question only", "websocket"),
        ("3분 남았습니다", "websocket"),
        ("", "websocket"),
    ]


def test_the_rebalancing_proposal_is_applied_and_undone(console):
    controller = console.controller
    play_afternoon(controller.show, controller.clock, until=15 * 3600 + 60)
    controller.tick()
    proposed = ask(console, Command(Verb.REBALANCE))
    assert proposed.status == 200 and not proposed.applied
    assert proposed.extra["proposal"]["changes"]
    lengths = controller.show.state.lengths
    assert ask(console, Command(Verb.REBALANCE, step="apply")).applied
    assert controller.show.state.lengths != lengths
    assert controller.last_action() is ActionKind.REBALANCE
    assert ask(console, Command(Verb.REBALANCE, step="undo")).applied
    assert controller.show.state.lengths == lengths


def test_an_error_nobody_foresaw_is_a_500_and_the_show_goes_on(console, monkeypatch):
    def broken():
        raise RuntimeError("nobody saw this coming")

    monkeypatch.setattr(console.controller, "next", broken)
    outcome = ask(console, Command(Verb.NEXT))
    assert (outcome.status, outcome.reason) == (500, "internal")
    assert console.controller.origin == {}  # the remote's origin ends with its command
    assert ask(console, Command(Verb.START)).status == 200


def test_a_request_the_server_gave_up_on_is_never_done(console):
    sharing = console.share.panel().sharing
    request = ControlRequest(Command(Verb.START), PHONE, 0.0, Future())
    assert request.answer.cancel()  # the server answered 503
    sharing.remote.perform(request)
    assert console.controller.snapshot.state is ShowState.READY
    assert not remote_log(console).isVisible()


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def test_over_http_with_the_control_link_and_read_only_from_the_panel(console, qtbot):
    panel = console.share.panel()
    panel.start()
    links = dict(panel.sharing.links())
    control = links[Role.CONTROL]
    assert "/control?token=" in control
    base = control.replace("/control?", "/api/v1/{verb}?")
    with ThreadPoolExecutor(1) as pool:
        # From another thread: the console's own keeps running its event loop.
        answer = pool.submit(get, base.format(verb="start"))
        qtbot.waitUntil(answer.done, timeout=5000)
        assert answer.result() == (200, answer.result()[1])
        assert answer.result()[1]["show"] == "running"
        assert console.controller.snapshot.state is ShowState.RUNNING
        assert remote_log(console).text() == "Remote: start (127.0.0.1)"
        panel.confirm = lambda title, text, action: True
        panel.control_on.click()  # read-only, once confirmed
        assert SHARE_CONTROL.read(panel.sharing.settings) is False
        answer = pool.submit(get, base.format(verb="pause"))
        qtbot.waitUntil(answer.done, timeout=5000)
        status, body = answer.result()
        assert status == 403 and body["error"] == "control-off"
        answer = pool.submit(get, base.format(verb="state"))
        qtbot.waitUntil(answer.done, timeout=5000)
        assert answer.result()[1]["state"]["remote"]["enabled"] is False
        # A view's link never acts.
        stage = links[Role.STAGE].replace("/stage?", "/api/v1/next?")
        answer = pool.submit(get, stage)
        qtbot.waitUntil(answer.done, timeout=5000)
        assert answer.result()[0] == 403
    assert console.controller.snapshot.state is ShowState.RUNNING


def test_requests_refused_before_the_console_are_counted_in_the_remote_line(console, qtbot):
    """A stuck Stream Deck key, a device with an old token: one line per address and
    reason in the list, their number on the line, not a line per request."""
    from emcee.ui.fonts import register_fonts, ui_font

    panel = console.share.panel()
    panel.start()
    control = dict(panel.sharing.links())[Role.CONTROL]
    base = control.replace("/control?", "/api/v1/{verb}?")
    log = remote_log(console)

    def statuses(*urls: str) -> list[int]:
        return [get(url)[0] for url in urls]

    def send(*urls: str) -> list[int]:
        with ThreadPoolExecutor(1) as pool:  # the console's thread keeps its loop
            answer = pool.submit(statuses, *urls)
            qtbot.waitUntil(answer.done, timeout=10_000)
            return answer.result()

    wrong = base.split("?")[0].format(verb="next") + "?token=renewed-long-ago"
    no_token = base.split("?")[0].format(verb="pause")
    assert send(*[wrong] * 4, *[no_token] * 2) == [403] * 4 + [401] * 2
    qtbot.waitUntil(lambda: log.refused_total == 6, timeout=5000)
    assert log.isVisible()  # before any command: the device is noticed all the same
    assert log.text() == "Remote: requests refused: 6 (click for the list)"
    stuck = [base.format(verb="next")] * 10
    assert send(base.format(verb="start"), *stuck) == [200, 200] + [429] * 9
    qtbot.waitUntil(lambda: log.refused_total == 15, timeout=5000)
    assert log.text() == "Remote: next (127.0.0.1) · refused: 15"
    assert {kind: tally.count for kind, tally in log.refused.items()} == {
        ("127.0.0.1", "http", "wrong-token"): 4,
        ("127.0.0.1", "http", "no-token"): 2,
        ("127.0.0.1", "http", "repeated"): 9,
    }
    log.list.aboutToShow.emit()
    lines = [action.text() for action in log.list.actions()]
    section = lines.index("Refused before they reached the console")
    assert len(lines[:section]) == 2 and lines[0].endswith("  Remote: next (127.0.0.1)")
    assert [line.split("  ", 1)[1] for line in lines[section + 1 :]] == [  # the latest first
        "127.0.0.1 (HTTP): refused 9 times, 429 — "
        "The same action was just done: it was done once (is a key stuck?).",
        "127.0.0.1 (HTTP): refused 2 times, 401 — No token: send the control link's token "
        "in an Authorization: Bearer header or a token= parameter.",
        "127.0.0.1 (HTTP): refused 4 times, 403 — Wrong token (the links may have been "
        "renewed): take the control link again from the console's sharing panel.",
    ]
    # In Korean, and as the operator sees it.
    register_fonts()
    console.setFont(ui_font())
    switch_language("ko")
    qtbot.waitUntil(lambda: log.text() == "원격: 다음 (127.0.0.1) · 거부 15건")
    console.resize(1366, 768)
    SHOTS.mkdir(parents=True, exist_ok=True)
    console.grab().save(str(SHOTS / "console-refused-ko.png"))
    log.list.popup(log.mapToGlobal(log.rect().topLeft()))
    qtbot.waitExposed(log.list)
    log.list.grab().save(str(SHOTS / "remote-list-refused-ko.png"))
    log.list.hide()
    assert console.controller.snapshot.state is ShowState.RUNNING


def test_the_remote_log_and_panel_in_korean(console, qtbot):
    from emcee.ui.fonts import register_fonts, ui_font

    register_fonts()
    console.setFont(ui_font())
    switch_language("ko")
    ask(console, Command(Verb.START))
    ask(console, Command(Verb.ADD_TIME, seconds=60))
    assert remote_log(console).text() == "원격: +1분 (192.168.0.12)"
    ask(console, Command(Verb.NEXT))
    assert remote_log(console).text() == "원격: 다음 (192.168.0.12)"
    ask(console, Command(Verb.PAUSE), {"via": "osc", "address": "192.168.0.40", "role": ""})
    assert remote_log(console).text() == "원격: 일시정지 (192.168.0.40 · OSC)"
    ask(console, Command(Verb.RESUME))
    ask(console, Command(Verb.RESUME))
    refused = "원격: 재개 — 하지 않음: 일시 정지 중이 아닙니다. (192.168.0.12)"
    assert remote_log(console).text() == refused
    ask(console, Command(Verb.NEXT))
    console.resize(1366, 768)
    SHOTS.mkdir(parents=True, exist_ok=True)
    console.grab().save(str(SHOTS / "console-remote-ko.png"))
    panel = console.share.panel()
    panel.start()
    panel.open_panel()
    qtbot.waitExposed(panel)
    panel.grab().save(str(SHOTS / "panel-ko.png"))
    assert panel.control_box.title() == "원격 제어"


def test_osc_is_off_until_the_operator_lists_who_may_send_it(console, qtbot):
    from pythonosc.osc_message import OscMessage
    from pythonosc.osc_message_builder import OscMessageBuilder

    def send(address: str) -> OscMessage | None:
        import socket

        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            sender.settimeout(3)
            sender.sendto(OscMessageBuilder(address).build().dgram, ("127.0.0.1", port))
            try:
                return OscMessage(sender.recv(4096))
            except TimeoutError:
                return None

    panel = console.share.panel()
    panel.start()
    port = panel.sharing.started.listening.port
    assert "OSC is off" in panel.osc_status.text()
    assert panel.osc_on.text() == f"OSC on UDP port {port}, only from:"
    panel.osc_on.setChecked(True)  # on, with nobody listed: said, and nothing read
    assert "List the addresses" in panel.osc_status.text()
    panel.osc_from.setText("127.0.0.1, the laptop")
    panel.osc_from.editingFinished.emit()
    assert "Not an address: the" in panel.osc_status.text()
    assert "color: #b71c1c" in panel.osc_status.styleSheet()
    panel.osc_from.setText("127.0.0.1")
    panel.osc_from.editingFinished.emit()
    assert panel.osc_status.text() == "OSC: /emcee/… is read from 127.0.0.1 only."
    with ThreadPoolExecutor(1) as pool:
        answer = pool.submit(send, "/emcee/start")
        qtbot.waitUntil(answer.done, timeout=5000)
        assert answer.result().params == ["/emcee/start", 200, ""]
        assert console.controller.snapshot.state is ShowState.RUNNING
        assert remote_log(console).text() == "Remote: start (127.0.0.1 · OSC)"
        panel.osc_from.setText("192.0.2.7")  # another sender only
        panel.osc_from.editingFinished.emit()
        answer = pool.submit(send, "/emcee/pause")
        qtbot.waitUntil(answer.done, timeout=5000)
        assert answer.result() is None
        qtbot.waitUntil(lambda: "was ignored" in panel.osc_status.text())
    assert console.controller.snapshot.state is ShowState.RUNNING
    settings = panel.sharing.settings
    assert SHARE_OSC.read(settings)
    assert SHARE_OSC_FROM.read(settings) == "192.0.2.7"
