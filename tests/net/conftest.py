"""A real sharing server on loopback, fed with a show on a fake clock."""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from emcee import resources
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.net.pages import Pages
from emcee.net.protocol import Context
from emcee.net.roles import Role
from emcee.net.server import Limits, ShareServer
from emcee.net.tokens import Tokens
from tests.core.showkit import reference_show


@dataclass
class Running:
    server: ShareServer
    show: Show
    clock: FakeClock
    tokens: Tokens
    port: int
    told: threading.Event

    def token(self, role: Role) -> str:
        return self.tokens.by_role[role]

    def get(self, path: str, method: str = "GET", headers: dict[str, str] | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            connection.request(method, path, headers=headers or {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def ws_url(self, role: Role | None = None, token: str | None = None) -> str:
        if token is None and role is not None:
            token = self.token(role)
        query = f"?token={token}" if token is not None else ""
        return f"ws://127.0.0.1:{self.port}/ws{query}"

    def publish(self, context: Context | None = None) -> None:
        self.server.publish(self.show.snapshot(), context or Context(self.show.schedule.programme))
        self.server.settle()


def start_server(limits: Limits | None = None, port: int = 0) -> Running:
    show, clock = reference_show()
    tokens = Tokens.fresh()
    told = threading.Event()
    server = ShareServer(
        clock, tokens, Pages(resources.path("web")), limits=limits, notify=told.set
    )
    listening = server.start("127.0.0.1", port)
    return Running(server, show, clock, tokens, listening.port, told)


@pytest.fixture
def running() -> Iterator[Running]:
    started = start_server()
    yield started
    started.server.stop()


class FakeConsole:
    """Performs the server's control requests from a thread of its own, as the console
    does from its: ``decide(command)`` gives each outcome; ``done`` has what was done."""

    def __init__(self, running: Running, decide=None) -> None:
        from emcee.net.control import Outcome

        self.running = running
        self.decide = decide or (lambda command: Outcome())
        self.done: list = []  # ControlRequest
        self.other: list = []  # the other events
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from emcee.net.events import ControlRequest

        while not self.stopped.is_set():
            if not self.running.told.wait(0.05):
                continue
            self.running.told.clear()
            for event in self.running.server.events():
                if not isinstance(event, ControlRequest):
                    self.other.append(event)
                elif event.answer.set_running_or_notify_cancel():
                    self.done.append(event)
                    event.answer.set_result(self.decide(event.command))

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(5)


@pytest.fixture
def console(running) -> Iterator[FakeConsole]:
    fake = FakeConsole(running)
    yield fake
    fake.stop()
