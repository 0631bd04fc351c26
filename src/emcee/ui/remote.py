"""Test-only: the end-to-end tests drive the real program through a local socket.

Enabled only when the environment variable EMCEE_TEST_CONTROL names a socket path (see
app.run); an operator never sees it. One JSON object a line each way:

    -> {"do": "next"}                      an operator action, as the console's keys do it
    -> {"do": "adjust", "amount": 60}      ... with its argument
    -> {"do": "status"}                    only the answer
    <- {"applied": true, "status": {...}}  "applied": whether the action changed the show

The answer is sent after the action went through the controller, so after the journal
wrote it: an action answered is an action on disk. ``status`` is the show at one moment:
``wall`` (ISO-8601), ``state``, the live ``segment``, ``item``, ``phase``, ``turn``
(0-based), its ``remaining`` seconds, and the journal's ``path`` and ``entries``.
"""

from __future__ import annotations

import json
import os
import stat
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from emcee.ui.console import ConsoleWindow

STALE_AFTER_MS = 200  # a socket nothing answers on within this is left from a killed run


def remove_stale_socket(path: str) -> None:
    """Remove the socket at ``path`` if a run that was killed left it there; never another
    kind of file, nor a socket something still listens on (that raises RuntimeError).
    QLocalServer.removeServer would delete whatever file the path names."""
    if os.name != "posix":
        return  # a named pipe goes with the process that made it
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(mode):
        raise RuntimeError(f"{path} is not a socket: left as it is; choose another path")
    probe = QLocalSocket()
    probe.connectToServer(path)
    if probe.waitForConnected(STALE_AFTER_MS):
        probe.abort()
        raise RuntimeError(f"something listens on {path} already")
    os.unlink(path)


class RemoteControl(QObject):
    def __init__(self, console: ConsoleWindow, path: str) -> None:
        super().__init__(console)
        self.console = console
        self.server = QLocalServer(self)
        remove_stale_socket(path)  # left behind by a run that was killed
        if not self.server.listen(path):
            raise RuntimeError(f"cannot listen on {path}: {self.server.errorString()}")
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8")
            answer = self.handle(json.loads(line))
            socket.write((json.dumps(answer, ensure_ascii=False) + "\n").encode("utf-8"))
            socket.flush()

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        controller = self.console.controller
        command = request.get("do")
        amount = request.get("amount")
        actions = {
            "start": lambda: controller.start(float(amount or 0.0)),
            "pause": controller.toggle_pause,  # start, pause or resume, as Space does
            "next": controller.next,
            "previous": controller.previous,
            "adjust": lambda: controller.adjust(float(amount or 0.0)),
            "restart": controller.restart,
            "question": controller.question,
            "jump": lambda: controller.jump(int(request.get("target", 0))),
            "end": controller.end,
            "undo": controller.undo,
        }
        applied: bool | None = None
        if command in actions:
            applied = actions[command]() is not None
        elif command == "message":
            controller.set_message(str(request.get("text", "")), bool(request.get("blink")))
        elif command != "status":
            return {"error": f"unknown command {command!r}"}
        return {"applied": applied, "status": self.status()}

    def status(self) -> dict[str, Any]:
        controller = self.console.controller
        snapshot = controller.show.snapshot()
        wall = controller.clock.now()
        result: dict[str, Any] = {"wall": wall.isoformat(), "state": snapshot.state.value}
        current = snapshot.current
        if current is not None:
            segment = current.segment
            result |= {
                "segment": segment.index,
                "item": segment.item_index,
                "phase": segment.phase_index,
                "turn": segment.turn_index,
                "remaining": current.remaining,
            }
        recorder = self.console.journal.recorder
        journal = recorder.journal if recorder is not None else None
        if journal is not None:
            result |= {"path": str(journal.path), "entries": journal.entries_written}
        return result
