"""The test-only control socket removes a socket left by a killed run, and nothing else."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer

from emcee.ui.remote import RemoteControl

pytestmark = pytest.mark.skipif(os.name != "posix", reason="sockets in the file system")


def stale_socket(path):
    """A socket file nothing listens on: what a run killed with SIGKILL leaves behind."""
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(path))
    left.close()
    assert path.is_socket()


def test_a_socket_left_by_a_killed_run_is_replaced(qapp, tmp_path):
    path = tmp_path / "control"
    stale_socket(path)
    control = RemoteControl(QObject(), str(path))  # the console is only needed for requests
    assert control.server.isListening() and path.is_socket()
    control.server.close()


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_path_that_names_anything_but_a_socket_is_left_alone(qapp, tmp_path, kind):
    path = tmp_path / "journal.jsonl"
    if kind == "file":
        path.write_text("the show's record", encoding="utf-8")
    else:
        path.mkdir()
    with pytest.raises(RuntimeError, match="not a socket"):
        RemoteControl(QObject(), str(path))
    assert (
        path.read_text(encoding="utf-8") == "the show's record" if kind == "file" else path.is_dir()
    )


def test_a_socket_in_use_is_left_to_its_server(qapp, tmp_path):
    path = tmp_path / "control"
    other = QLocalServer()
    assert other.listen(str(path))
    try:
        with pytest.raises(RuntimeError, match="listens"):
            RemoteControl(QObject(), str(path))
        assert other.isListening() and path.is_socket()
    finally:
        other.close()
