"""Linux: the screen is held awake through org.freedesktop.ScreenSaver on a real D-Bus.

A private session bus (dbus-daemon) and, on it, a small screen saver written here that
does what desktop screen savers do: Inhibit returns a cookie owned by the caller's
connection, UnInhibit drops it, and a connection that closes loses its inhibits (the bus
announces it with NameOwnerChanged). The service prints each event as a JSON line.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from emcee.ui.power import AwakeError, ScreenSaverInhibitor

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus screen saver: Linux"),
    pytest.mark.skipif(
        shutil.which("dbus-daemon") is None, reason="needs dbus-daemon: apt-get install dbus"
    ),
]

SCREEN_SAVER = textwrap.dedent(
    """
    import json, sys
    from jeepney import HeaderFields, MatchRule, MessageType, new_error, new_method_return
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    connection = open_dbus_connection(bus=sys.argv[1])
    connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.ScreenSaver"))
    owners = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
    connection.send_and_get_reply(message_bus.AddMatch(owners))
    held = {}  # cookie -> the connection that holds it

    def say(**event):
        print(json.dumps(event), flush=True)

    say(ready=connection.unique_name)
    while True:
        message = connection.receive()
        fields = message.header.fields
        member = fields.get(HeaderFields.member)
        sender = fields.get(HeaderFields.sender)
        signature = fields.get(HeaderFields.signature, "")
        if message.header.message_type == MessageType.signal:
            if member == "NameOwnerChanged":
                name, old, new = message.body
                for cookie, owner in list(held.items()):
                    if owner == name and not new:
                        del held[cookie]
                        say(dropped=cookie, owner=name)
            continue
        if message.header.message_type != MessageType.method_call:
            continue
        if fields.get(HeaderFields.path) != "/org/freedesktop/ScreenSaver":
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownObject"))
        elif member == "Inhibit" and signature == "ss":
            cookie = len(held) + 100
            held[cookie] = sender
            say(inhibit=cookie, owner=sender, application=message.body[0], reason=message.body[1])
            connection.send(new_method_return(message, "u", (cookie,)))
        elif member == "UnInhibit" and signature == "u" and message.body[0] in held:
            del held[message.body[0]]
            say(uninhibit=message.body[0], owner=sender)
            connection.send(new_method_return(message))
        else:
            say(refused=member, signature=signature)
            connection.send(new_error(message, "org.freedesktop.DBus.Error.InvalidArgs"))
    """
)

# A process that holds the screen awake and then dies without releasing it.
HOLDER = textwrap.dedent(
    """
    import sys, time
    from emcee.ui.power import ScreenSaverInhibitor
    inhibitor = ScreenSaverInhibitor(bus=sys.argv[1])
    inhibitor.hold("a live show is running")
    print(inhibitor.unique_name, flush=True)
    time.sleep(60)
    """
)


class Service:
    """The screen saver's events, read by a thread so that a silent service fails the test
    after a timeout instead of hanging it."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def event(self, timeout: float = 10) -> dict[str, Any]:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no event from the screen saver in {timeout} s") from None
        event: dict[str, Any] = json.loads(line)
        return event


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    """A private session bus of its own; its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)


@pytest.fixture
def screen_saver(bus: str, tmp_path: Path) -> Iterator[Service]:
    script = tmp_path / "screen_saver.py"
    script.write_text(SCREEN_SAVER, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script), bus], stdout=subprocess.PIPE, text=True
    )
    service = Service(process)
    try:
        assert "ready" in service.event()
        yield service
    finally:
        process.kill()
        process.wait(10)


def test_hold_and_release_through_the_screen_saver(bus, screen_saver):
    inhibitor = ScreenSaverInhibitor(bus=bus)
    inhibitor.hold("a live show is running")
    held = screen_saver.event()
    assert held["owner"] == inhibitor.unique_name
    assert (held["application"], held["reason"]) == ("emcee", "a live show is running")
    inhibitor.hold("again")  # already held: not asked twice
    inhibitor.release()
    assert screen_saver.event() == {"uninhibit": held["inhibit"], "owner": held["owner"]}
    inhibitor.release()  # nothing held: nothing sent
    inhibitor.hold("the show resumed")
    assert "inhibit" in screen_saver.event()


def test_a_crash_drops_the_hold_with_the_connection(bus, screen_saver, tmp_path):
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, str(script), bus],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)),
    )
    try:
        assert holder.stdout is not None
        name = holder.stdout.readline().strip()
        held = screen_saver.event()
        assert held["owner"] == name
        holder.send_signal(signal.SIGKILL)  # no release, no clean-up: a crash
        holder.wait(10)
        assert screen_saver.event() == {"dropped": held["inhibit"], "owner": name}
    finally:
        holder.kill()


def test_no_screen_saver_on_the_bus_is_an_error_with_its_name(bus):
    inhibitor = ScreenSaverInhibitor(bus=bus)
    with pytest.raises(AwakeError, match="ServiceUnknown"):
        inhibitor.hold("a live show is running")


def test_no_session_bus_is_an_error(monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(AwakeError, match="no D-Bus session bus"):
        ScreenSaverInhibitor().hold("a live show is running")
