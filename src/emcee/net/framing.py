"""A request's head and body, read before ``websockets`` sees the request.

``websockets`` reads HTTP requests for its handshake: any method, but no body (a request
with one is dropped without an answer). Remote control takes POST with a small form or
JSON body (Bitfocus Companion, scripts), on the same port as the pages. So each
connection's first bytes go through a ``Framer``: it waits for the whole head, checks it
with websockets' own parser, takes the body off (the Content-Length header with it),
and hands websockets the head alone; the body is kept for the request's answer. A request
that cannot be read is answered here (400, 411, 413, 414, 431) with the reason, where
websockets would hang up without a word.

Only the first request of a connection is framed: every answer closes the connection
(``Connection: close``), and a WebSocket is not HTTP after its handshake.
"""

from __future__ import annotations

from dataclasses import dataclass

from websockets.exceptions import SecurityError
from websockets.http11 import Request
from websockets.streams import StreamReader

MAX_HEAD = 16 * 1024  # bytes of request line and headers in all
MAX_BODY = 4096  # bytes of a body (a remote control request's parameters)
END_OF_HEAD = b"\r\n\r\n"


@dataclass(frozen=True, slots=True)
class Framed:
    """A whole request: its head without Content-Length (for websockets), its body,
    and what came after them (nothing, from a well-behaved client)."""

    head: bytes
    body: bytes
    rest: bytes


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A request answered at once: ``status``, ``reason`` (texts.CONTROL_MESSAGES), and
    its path when the request line could be read (``/api/...`` is answered in JSON)."""

    status: int
    reason: str
    path: str = ""


class Framer:
    """Collects the bytes of one request until it is whole or cannot be."""

    def __init__(self, max_head: int = MAX_HEAD, max_body: int = MAX_BODY) -> None:
        self.max_head = max_head
        self.max_body = max_body
        self._buffer = bytearray()
        self._head: bytes | None = None  # once the head is whole and checked
        self._length = 0
        self._path = ""

    def feed(self, data: bytes) -> Framed | Unreadable | None:
        """More bytes; None while the request is not whole yet."""
        self._buffer += data
        if self._head is None:
            end = self._buffer.find(END_OF_HEAD)
            if end < 0:
                return self._too_long_so_far()
            found = self._read_head(bytes(self._buffer[: end + len(END_OF_HEAD)]))
            if found is not None:
                return found
            del self._buffer[: end + len(END_OF_HEAD)]
        if len(self._buffer) < self._length:
            return None
        assert self._head is not None
        body = bytes(self._buffer[: self._length])
        return Framed(self._head, body, bytes(self._buffer[self._length :]))

    def eof(self) -> Unreadable | None:
        """The client stopped sending: what to answer, if it had begun a request."""
        if not self._buffer and self._head is None:
            return None
        return Unreadable(400, "incomplete-request", self._path)

    def _too_long_so_far(self) -> Unreadable | None:
        first_line = self._buffer.find(b"\r\n")
        line = len(self._buffer) if first_line < 0 else first_line
        if line > _max_line():
            return Unreadable(414, "line-too-long")
        if len(self._buffer) > self.max_head:
            return Unreadable(431, "headers-too-large", self._request_path())
        return None

    def _request_path(self) -> str:
        parts = bytes(self._buffer[: self._buffer.find(b"\r\n")]).split(b" ")
        if len(parts) == 3 and parts[1].isascii():
            return parts[1].decode("ascii")
        return ""

    def _read_head(self, head: bytes) -> Unreadable | None:
        lines = head[: -len(END_OF_HEAD)].split(b"\r\n")
        if len(lines[0]) > _max_line():  # said before the size: the address is at fault
            return Unreadable(414, "line-too-long")
        if len(head) > self.max_head:
            return Unreadable(431, "headers-too-large", self._request_path())
        self._path = self._request_path()
        kept = [lines[0]]
        lengths = set()
        for line in lines[1:]:
            name = line.split(b":", 1)[0].lower()
            if name == b"transfer-encoding":
                return Unreadable(411, "length-required", self._path)
            if name == b"content-length":
                lengths.add(line.split(b":", 1)[1].strip())
            else:
                kept.append(line)
        if len(lengths) > 1 or any(not v.isdigit() or len(v) > 18 for v in lengths):
            return Unreadable(400, "bad-request", self._path)
        length = int(lengths.pop()) if lengths else 0
        if length > self.max_body:
            return Unreadable(413, "too-large", self._path)
        stripped = b"\r\n".join(kept) + END_OF_HEAD
        refused = _check(stripped)
        if refused is not None:
            return Unreadable(refused[0], refused[1], self._path)
        if length and not lines[0].startswith(b"POST "):
            return Unreadable(400, "bad-body", self._path)  # only a POST carries one
        self._head = stripped
        self._length = length
        return None


def _max_line() -> int:
    import websockets.http11

    return websockets.http11.MAX_LINE_LENGTH  # as the server sets it (emcee.net.server)


def _check(head: bytes) -> tuple[int, str] | None:
    """Whether websockets reads ``head`` as a request; if not, the answer to give."""
    reader = StreamReader()
    reader.feed_data(head)
    reader.feed_eof()
    parser = Request.parse(reader.read_line)
    try:
        next(parser)
    except StopIteration:
        return None  # read whole
    except SecurityError:  # a header line too long, too many of them
        return 431, "headers-too-large"
    except Exception:  # what websockets' parser refuses: not HTTP/1.1, not ASCII, ...
        return 400, "bad-request"
    return 400, "bad-request"  # it wanted more than a whole head: not a request
