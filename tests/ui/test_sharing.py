"""The console shares its show: the panel starts a real server on loopback, pages get
the show as it changes, who connected goes into the journal, cues reach the moderator's
view and their receipts come back to the console."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from websockets.sync.client import connect

from emcee.core.engine.snapshot import ShowState
from emcee.core.journal import read_journal
from emcee.net.roles import VIEWS, Role
from emcee.net.server import ShareError
from emcee.settings import SHARE_PORT
from emcee.ui import sharing as sharing_module
from emcee.ui.fonts import register_fonts, ui_font
from emcee.ui.i18n import switch_language
from emcee.ui.keymap import Scope, rows
from emcee.ui.sharing import LAN, NOTE_CUE, NOTE_VIEWER, Interface
from emcee.ui.sharing_panel import SharingPanel
from tests.ui.keyboard import type_key
from tests.ui.sharing_kit import console

__all__ = ["console"]  # the fixture, from sharing_kit

SHOTS = Path("/tmp/net-shots")


def page(sharing, role):
    url = dict(sharing.links())[role].replace("http://", "ws://")
    return connect(url.replace(f"/{role.value}?", "/ws?"))


def receive(ws, kind, where=None, timeout=5.0):
    """The next message of ``kind`` (for which ``where`` holds)."""
    while True:
        message = json.loads(ws.recv(timeout=timeout))
        if message["type"] == kind and (where is None or where(message)):
            return message


def journal_notes(console, tag):
    path = console.journal.recorder.journal.path
    return [e for e in read_journal(path).entries if getattr(e, "tag", None) == tag]


def test_the_action_is_in_the_menu_and_f6_opens_the_panel(console, qtbot):
    action = console.menus.actions["share"]
    assert action in console.menus.menu_presenter.actions()
    assert "\tF6" in action.text() and "(F6)" in action.toolTip()
    assert ("F6", action.statusTip()) in rows([Scope.SHOW])  # Help > Keys and README
    type_key(console, Qt.Key.Key_F6)
    panel = console.share.panel()
    qtbot.waitUntil(panel.isVisible)
    assert not panel.sharing.running  # off until the operator starts it


def test_pages_follow_the_show_and_who_came_is_journaled_once_there_is_a_journal(console, qtbot):
    panel = console.share.panel()
    sharing = panel.sharing
    panel.start()
    assert sharing.running and [role for role, _ in sharing.links()] == list(VIEWS)
    with page(sharing, Role.STAGE) as stage, page(sharing, Role.PROGRAMME) as audience:
        assert receive(stage, "state")["state"]["show"] == "ready"
        receive(audience, "state")
        qtbot.waitUntil(lambda: len(sharing.opened) == 2)
        assert console.journal.recorder.journal is None  # nothing to note in yet: held back
        console.controller.toggle_pause()  # Start: the journal is created
        state = receive(stage, "state", lambda m: m["state"]["show"] == "running")["state"]
        assert state["live"]["end"] is not None
        console.controller.set_message("1분 남았습니다")
        overlay = receive(stage, "state", lambda m: m["state"]["overlay"]["message"])["state"]
        assert overlay["overlay"]["message"] == "1분 남았습니다"
    notes = journal_notes(console, NOTE_VIEWER)
    assert len(notes) == 1  # both pages, in one note
    lines = notes[0].text.splitlines()
    assert [line.split()[:2] for line in lines] == [
        ["stage", "127.0.0.1"],
        ["programme", "127.0.0.1"],
    ] or [line.split()[:2] for line in lines] == [
        ["programme", "127.0.0.1"],
        ["stage", "127.0.0.1"],
    ]
    assert lines[0].split()[2] == "2023-06-23T13:00:00+00:00"
    # A page coming once the journal exists is noted at once.
    with page(sharing, Role.CLOCK) as clock_page:
        receive(clock_page, "state")
        qtbot.waitUntil(lambda: len(journal_notes(console, NOTE_VIEWER)) == 2)


def open_from(sharing, role, address):
    """A page of ``role`` opened over a real socket from ``address`` (any of 127.0.0.0/8
    is this computer on Linux), its state received, then closed."""
    url = dict(sharing.links())[role].replace("http://", "ws://")
    port = sharing.started.listening.port
    sock = socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(address, 0))
    with connect(url.replace(f"/{role.value}?", "/ws?"), sock=sock) as ws:
        receive(ws, "state")


def test_a_link_opened_again_and_again_cannot_grow_the_journal(console, qtbot, monkeypatch):
    monkeypatch.setattr(sharing_module, "NOTED_PAGES", 12)
    monkeypatch.setattr(sharing_module, "PENDING_NOTES", 50)
    panel = console.share.panel()
    sharing = panel.sharing
    panel.start()
    console.controller.toggle_pause()  # Start: the journal exists
    journal = console.journal.recorder.journal.path
    before = journal.stat().st_size

    def flood() -> None:
        for _ in range(150):  # the audience's link, reloaded by a script
            open_from(sharing, Role.PROGRAMME, "127.0.0.1")
        for n in range(2, 42):  # ... and from forty addresses, twice each
            open_from(sharing, Role.PROGRAMME, f"127.0.0.{n}")
            open_from(sharing, Role.PROGRAMME, f"127.0.0.{n}")
        open_from(sharing, Role.STAGE, "127.0.0.1")

    with ThreadPoolExecutor(1) as pool:  # the console's thread runs its loop meanwhile
        flooding = pool.submit(flood)
        qtbot.waitUntil(flooding.done, timeout=60_000)
        flooding.result()
    qtbot.waitUntil(lambda: bool(sharing.opened) and sharing.opened[-1].role is Role.STAGE)
    lines = [line for note in journal_notes(console, NOTE_VIEWER) for line in note.text.split("\n")]
    noted = [tuple(line.split()[:2]) for line in lines]
    assert len(noted) == 12 == len(set(noted))  # each (view, address) once, and no more
    assert noted[:2] == [("programme", "127.0.0.1"), ("programme", "127.0.0.2")]
    assert journal.stat().st_size - before < 2000
    assert len(sharing.opened) == 50  # the last ones only
    # Another show notes who comes anew.
    sharing.follow(console.controller)
    assert not sharing._noted


def test_a_cue_reaches_the_moderator_only_and_its_receipts_come_back(console, qtbot):
    panel = console.share.panel()
    sharing = panel.sharing
    panel.start()
    console.controller.toggle_pause()
    with page(sharing, Role.MODERATOR) as moderator, page(sharing, Role.STAGE) as stage:
        receive(moderator, "state")
        first_stage = receive(stage, "state")["state"]
        panel.cue_presets[1].click()  # "Please wrap up"
        cue = receive(moderator, "state", lambda m: m["state"]["cue"])["state"]["cue"]
        assert cue["text"] == "Please wrap up"
        assert "not delivered yet" in panel.cue_status.text()
        moderator.send(json.dumps({"type": "delivered", "id": cue["id"]}))
        qtbot.waitUntil(lambda: sharing.cue.delivered is not None)
        assert "delivered" in panel.cue_status.text() and "read" not in panel.cue_status.text()
        moderator.send(json.dumps({"type": "read", "id": cue["id"]}))
        qtbot.waitUntil(lambda: sharing.cue.read is not None)
        assert "read 13:00:00" in panel.cue_status.text()
        # The stage never got anything from it.
        stage.send(json.dumps({"type": "ping", "c": 1}))
        assert receive(stage, "pong")["c"] == 1
        assert first_stage.get("cue") is None
    assert [note.text for note in journal_notes(console, NOTE_CUE)] == ["Please wrap up"]


def test_closing_the_console_stops_the_server(console, qtbot):
    panel = console.share.panel()
    panel.start()
    url = dict(panel.sharing.links())[Role.CLOCK]
    with page(panel.sharing, Role.CLOCK) as clock_page:
        receive(clock_page, "state")
        console.confirm = lambda title, text: True
        console.close()
        with pytest.raises(Exception):  # noqa: B017 (closed: any of websockets' errors)
            for _ in range(5):
                clock_page.recv(timeout=5)
    assert not panel.sharing.running
    with pytest.raises(OSError):
        connect(url.replace("http://", "ws://").replace("/clock?", "/ws?"), open_timeout=2)


def test_a_network_that_is_gone_is_said_on_screen_and_the_console_goes_on(console, qtbot):
    panel = console.share.panel()
    gone = Interface("wlan0", "Wi-Fi", "203.0.113.77", True)  # TEST-NET-3: not ours
    panel.sharing.interfaces = lambda: [gone]
    panel.open_panel()
    panel.lan.setChecked(True)
    panel.fill_interfaces()
    panel.start()
    assert not panel.sharing.running
    assert "no longer on that network" in panel.status.text()
    panel.sharing.interfaces = list
    with pytest.raises(ShareError) as failed:
        panel.sharing.start(LAN)
    assert failed.value.reason == "no-network"
    switch_language("ko")
    panel.start()
    assert "네트워크에도 연결되어 있지 않습니다" in panel.status.text()


def test_the_panel_in_korean(console, qtbot):
    register_fonts()  # as the app does: Hangul from the shipped font
    console.setFont(ui_font())
    switch_language("ko")
    panel = console.share.panel()
    panel.start()
    panel.open_panel()
    panel.sharing.send_cue("마무리 부탁드립니다")
    panel.resize(1240, 560)
    qtbot.waitExposed(panel)
    assert panel.windowTitle() == "emcee — 네트워크로 공유"
    assert "이 컴퓨터에서만" in panel.status.text()
    assert panel.cards[Role.MODERATOR].title() == "사회자"
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(SHOTS / "panel-ko.png"))


def test_a_console_that_does_not_share_loads_no_server():
    code = (
        "import sys\n"
        "import emcee.app, emcee.ui.console, emcee.ui.share_command\n"
        "bad = [m for m in sys.modules if m.startswith(('websockets', 'segno', 'emcee.net',"
        " 'asyncio'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_venue_network_is_a_private_address_wifi_first():
    from emcee.ui.sharing import interface_rank

    found = [
        Interface("eth1", "eth1", "203.0.113.5", False),  # public: last
        Interface("eth0", "Ethernet", "192.168.0.20", False),
        Interface("wlan0", "Wi-Fi", "10.0.0.7", True),
    ]
    assert [i.name for i in sorted(found, key=interface_rank)] == ["wlan0", "eth0", "eth1"]


@pytest.mark.parametrize(
    ("argv", "agenda", "share"),
    [
        (["--share"], None, "loopback"),
        (["--share", "lan"], None, "lan"),
        (["--share", "lan", "event.toml"], "event.toml", "lan"),
        (["--share", "event.toml"], "event.toml", "loopback"),
        (["event.toml"], "event.toml", None),
    ],
)
def test_share_on_the_command_line(monkeypatch, argv, agenda, share):
    import emcee.app
    from emcee.cli import main

    called = {}
    monkeypatch.setattr(emcee.app, "run", lambda **kwargs: called.update(kwargs) or 0)
    assert main(argv) == 0
    assert (called["agenda"], called["share"]) == (agenda, share)


def test_no_free_port_names_the_first_port_tried(console, monkeypatch):
    import emcee.ui.sharing

    def taken(self, host, port, tries=20):
        raise ShareError("in-use", f"{port}-{port + tries - 1}")

    monkeypatch.setattr(emcee.ui.sharing.ShareServer, "start", taken)
    panel = console.share.panel()
    SHARE_PORT.forget(panel.sharing.settings)  # never shared before: the first port, 8730
    panel.start()
    assert "No free port from 8730 on" in panel.status.text()
    SHARE_PORT.write(panel.sharing.settings, 9000)
    panel.start()
    assert "No free port from 9000 on" in panel.status.text()


# --- the show's keys and the panel's buttons -----------------------------------------------


def test_the_shows_keys_work_while_the_panel_has_the_focus(console, qtbot):
    panel = console.share.panel()
    panel.start()
    panel.open_panel()
    qtbot.waitExposed(panel)
    links = panel.sharing.links()
    console.confirm = lambda title, text: False  # Enter is the show's "jump to selected"
    type_key(panel.stop_button, Qt.Key.Key_Space)  # a clicker's or the operator's Space
    assert console.controller.snapshot.state is ShowState.RUNNING
    first = console.controller.snapshot.current.segment.index
    type_key(panel.renew_button, Qt.Key.Key_PageDown)
    assert console.controller.snapshot.current.segment.index == first + 1
    for button in (panel.stop_button, panel.renew_button):
        type_key(button, Qt.Key.Key_Return)
        type_key(button, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.RUNNING  # Space twice: paused, resumed
    assert panel.sharing.running and panel.sharing.links() == links  # no button was pressed
    # Typing a message to the moderator stays typing, and its Enter presses no button.
    panel.cue_text.setText("hi")
    type_key(panel.cue_text, Qt.Key.Key_Return)
    assert panel.sharing.cue.cue.text == "hi" and panel.sharing.running
    assert not [b.text() for b in panel.findChildren(QPushButton) if b.autoDefault()]


def test_stopping_renewing_and_switching_control_ask_first(console, qtbot, monkeypatch):
    panel = console.share.panel()
    panel.start()
    panel.open_panel()
    links = panel.sharing.links()
    asked = []
    answer = False
    panel.confirm = lambda title, text, action: asked.append(action) or answer
    for button in (panel.stop_button, panel.renew_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    tick = QPoint(8, panel.control_on.height() // 2)  # on the box, not past its words
    qtbot.mouseClick(panel.control_on, Qt.MouseButton.LeftButton, pos=tick)
    assert asked == ["Stop sharing", "New links", "Switch remote control off"]
    assert panel.sharing.running and panel.sharing.links() == links
    assert panel.sharing.control_enabled and panel.control_on.isChecked()
    answer = True
    qtbot.mouseClick(panel.control_on, Qt.MouseButton.LeftButton, pos=tick)
    assert not panel.sharing.control_enabled and not panel.control_on.isChecked()
    qtbot.mouseClick(panel.control_on, Qt.MouseButton.LeftButton, pos=tick)
    assert asked[-1] == "Let the control link run the show" and panel.sharing.control_enabled
    qtbot.mouseClick(panel.renew_button, Qt.MouseButton.LeftButton)
    assert panel.sharing.running and panel.sharing.links() != links
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert not panel.sharing.running
    # The question itself: Cancel is what Enter or Space gives.
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    assert not SharingPanel.confirm(panel, "New links?", "Printed codes stop working.", "New links")
    [box] = boxes
    assert box.defaultButton() is box.escapeButton() and box.defaultButton().text() == "Cancel"


def test_the_shows_keys_work_in_the_report_window(console, qtbot):
    console.controller.toggle_pause()  # the show has a journal: the report has this show
    console.journal.open_report()
    window = console.journal.report_window
    qtbot.waitExposed(window)
    first = console.controller.snapshot.current.segment.index
    type_key(window.shows, Qt.Key.Key_Space)
    assert console.controller.snapshot.state is ShowState.PAUSED
    type_key(window.shows, Qt.Key.Key_PageDown)
    assert console.controller.snapshot.current.segment.index == first + 1
    window.close()
