"""The sharing server's TCP connections: counted from the moment they open (in all and
from one address; one over the limits is dropped before it is read), and their first
request framed before websockets reads it (emcee.net.framing): the head goes on, the body
is kept for the API, a request that cannot be read is answered at once."""

from __future__ import annotations

import asyncio

from websockets.asyncio.server import ServerConnection

from emcee.net import api
from emcee.net.framing import Framer, Unreadable


class Admission:
    """How many connections are open, in all and per address (the server's thread only)."""

    def __init__(self, connections: int, per_address: int) -> None:
        self.connections = connections
        self.per_address = per_address
        self.open = 0
        self.by_address: dict[str, int] = {}

    def admit(self, address: str) -> bool:
        if self.open >= self.connections:
            return False
        if self.by_address.get(address, 0) >= self.per_address:
            return False
        self.open += 1
        self.by_address[address] = self.by_address.get(address, 0) + 1
        return True

    def release(self, address: str) -> None:
        self.open -= 1
        left = self.by_address.get(address, 1) - 1
        if left > 0:
            self.by_address[address] = left
        else:
            self.by_address.pop(address, None)


def connection_class(admission: Admission) -> type[ServerConnection]:
    """websockets' connection, counted by ``admission`` and framing its first request."""

    class Counted(ServerConnection):
        """A TCP connection, counted from the moment it opens; one over the limits
        is dropped at once, before it is read."""

        counted_as: str | None = None
        framer: Framer | None = None  # the first request, until it is whole
        body: bytes = b""  # its body, taken off before websockets reads it
        eof_pending = False  # the client stopped sending before it was answered

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)
            peer = transport.get_extra_info("peername")
            address = str(peer[0]) if peer else "?"
            if not admission.admit(address):
                assert isinstance(transport, asyncio.Transport)
                transport.abort()
                return
            self.counted_as = address
            self.framer = Framer()

        def data_received(self, data: bytes) -> None:
            framer = self.framer
            if framer is None:
                super().data_received(data)
                return
            found = framer.feed(data)
            if found is None:
                return
            self.framer = None
            if isinstance(found, Unreadable):
                api.hang_up(self, found)
                return
            self.body = found.body
            # What came after the request is not passed on: websockets would read it
            # as frames and drop the connection unanswered. A client sends no frame
            # before its handshake is answered, and every plain answer closes.
            super().data_received(found.head)

        def eof_received(self) -> bool | None:  # type: ignore[override]  # asyncio's
            framer, self.framer = self.framer, None
            found = framer.eof() if framer is not None else None
            if found is not None:
                api.hang_up(self, found)
                return None
            if framer is None and self.request is not None and self.response is None:
                # A client that stops sending once its request is out (half-closed)
                # still gets its answer: websockets would drop the request on EOF.
                self.eof_pending = True
                return True  # the transport stays open until the answer is out
            super().eof_received()
            return None

        def send_data(self) -> None:
            super().send_data()
            response = self.response
            if self.eof_pending and response is not None and response.status_code != 101:
                self.transport.close()  # answered, and the client sends no more: done

        def connection_lost(self, exc: Exception | None) -> None:
            if self.counted_as is not None:
                admission.release(self.counted_as)
                self.counted_as = None
            super().connection_lost(exc)

    return Counted
