"""The sharing server: pages over plain HTTP and each view's state over a WebSocket, on
one port, in a thread of its own with its own asyncio loop (``websockets``).

The console calls ``publish`` with every snapshot (from its own thread); the server works
out each role's state and sends it to that role's pages only when it changed. What
happens here that the console should know (a page connected, a cue was read) goes into
a queue that the console drains, after ``notify`` told it there is something.

Every request needs a token: none is 401, a wrong one (or another role's) 403, before
anything else is looked at. Limits: connections in all and from one address (counted
when the TCP connection opens), the request's head and body (emcee.net.framing), a page's
message size and rate (over it, the page is closed with 1008).

Remote control (emcee.net.control): ``/api/v1/<verb>`` over HTTP (GET or POST, the
control role's token in ``Authorization: Bearer`` or ``token=``), ``do`` messages on the
control page's socket, and OSC packets (emcee.net.osc) take one path (emcee.net.remote):
rate and repeat limits, then a ``ControlRequest`` event that the console performs in its
own thread; the caller is answered with what the console did. What is refused on the way
is counted per address and reason and told to the console once a second (``Refusals``).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import websockets.http11
from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from emcee.core.clock import Clock
from emcee.core.engine.snapshot import Snapshot
from emcee.net import api, control, protocol
from emcee.net.connections import Admission, connection_class
from emcee.net.control import ControlLimits, RefusedError
from emcee.net.events import (
    CueReceipt,
    Event,
    PageClosed,
    PageOpened,
)
from emcee.net.osc import Network
from emcee.net.pages import Pages, refusal
from emcee.net.protocol import Context, Do, MessageError, Ping, Receipt
from emcee.net.remote import RemoteDesk
from emcee.net.roles import Role
from emcee.net.tokens import Access, Tokens

# A browser's request has a dozen header lines of a few hundred bytes; these bound what
# one request may make the server read (websockets reads them at the time of parsing).
websockets.http11.MAX_NUM_HEADERS = 48
websockets.http11.MAX_LINE_LENGTH = 4096

PORT = 8730  # the first port tried; the next ones when it is taken
PORT_TRIES = 20
WALL_JUMP = 0.25  # the wall clock moved by more than this: tell the pages
CLOSE_RENEWED = 4403  # the page's token was renewed: its link is no longer valid
CLOSE_TOO_FAST = 1008  # policy violation: more messages than the limit

_log = logging.getLogger("emcee.net")
_log.addHandler(logging.NullHandler())
_log.propagate = False  # a stranger's malformed request is not worth a line on stderr


@dataclass(frozen=True, slots=True)
class Limits:
    connections: int = 512  # open TCP connections in all (a hall of 300 phones fits)
    per_address: int = 24  # from one address (a backstage TV and a few phones behind NAT)
    message_rate: float = 5.0  # messages a second from one page, on average
    message_burst: float = 20.0  # ... and at once (a page syncing its clock sends a few)
    handshake: float = 5.0  # seconds a connection has to send its request
    control: ControlLimits = field(default_factory=ControlLimits)


class ShareError(Exception):
    """The server could not start; ``reason`` says why (``in-use``: no free port near
    the one asked for; ``address``: this computer has no such address any more;
    ``denied``: the system refused the port; ``other``), ``detail`` the system's words."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Listening:
    host: str
    port: int
    asked: int  # the port asked for: ``port`` differs when it was taken


class _Page:
    """One open page: its role, where it is, and its allowance of messages."""

    def __init__(self, connection: ServerConnection, role: Role, address: str, limits: Limits):
        self.connection = connection
        self.role = role
        self.address = address
        # The remote's page (or a script on its socket) sends its requests here too:
        # as many as remote control allows one address, and its pings besides.
        if role.acts:
            self.rate = limits.message_rate + limits.control.rate
            self.burst = limits.message_burst + limits.control.burst
        else:
            self.rate, self.burst = limits.message_rate, limits.message_burst
        self.allowance = self.burst
        self.checked = time.monotonic()

    def may_send(self) -> bool:
        """A token bucket: ``rate`` a second, ``burst`` at once."""
        now = time.monotonic()
        rate, burst = self.rate, self.burst
        self.allowance = min(burst, self.allowance + (now - self.checked) * rate)
        self.checked = now
        if self.allowance < 1:
            return False
        self.allowance -= 1
        return True


class ShareServer:
    def __init__(
        self,
        clock: Clock,
        tokens: Tokens,
        pages: Pages,
        *,
        limits: Limits | None = None,
        notify: Callable[[], None] | None = None,
    ) -> None:
        """``notify`` is called from the server's thread when events are waiting."""
        self.clock = clock
        self.pages = pages
        self.limits = limits or Limits()
        self._tokens = tokens
        self._notify = notify
        self._events: queue.SimpleQueue[Event] = queue.SimpleQueue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: Server | None = None
        self.listening: Listening | None = None
        # Shared with the console's thread: the latest snapshot to publish.
        self._lock = threading.Lock()
        self._pending: tuple[Snapshot, Context] | None = None
        self._scheduled = False
        # The server's thread only.
        self._latest: tuple[Snapshot, Context] | None = None
        self._wall: float | None = None
        self._sent: dict[Role, str] = {}  # the last state message each role's pages got
        self._pages: dict[Role, set[_Page]] = {role: set() for role in Role}
        self._admission = Admission(self.limits.connections, self.limits.per_address)
        self._closing: set[asyncio.Future[None]] = set()
        self._remote = RemoteDesk(self.limits.control, clock, self._tell, self._control_state)
        self._control_cache: tuple[object, dict[str, Any]] | None = None

    # --- the console's side (any thread) ---------------------------------------------------

    def start(self, host: str, port: int = PORT, tries: int = PORT_TRIES) -> Listening:
        """Listen on ``host`` from ``port`` on (the next free port when it is taken);
        returns where, once the server accepts connections. Raises ShareError."""
        if self._thread is not None:
            raise RuntimeError("the server is already running")
        _allow_open_files(self.limits.connections + 256)  # the console's own files too
        started: Future[Listening] = Future()
        self._thread = threading.Thread(
            target=self._run, args=(host, port, tries, started), name="emcee-share", daemon=True
        )
        self._thread.start()
        try:
            self.listening = started.result()
        except ShareError:
            self._thread.join()
            self._thread = None
            raise
        return self.listening

    def stop(self) -> None:
        """Close every page (they say the connection was lost) and end the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop already ended
            loop.call_soon_threadsafe(self._shut_down)
        thread.join(10)
        self._thread = None
        self._loop = None
        self.listening = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def publish(self, snapshot: Snapshot, context: Context) -> None:
        """The show now; the server sends each role what changed for it. Only the
        latest is kept: a burst of snapshots costs one round of work."""
        loop = self._loop
        if loop is None:
            return
        with self._lock:
            self._pending = (snapshot, context)
            if self._scheduled:
                return
            self._scheduled = True
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._take_pending)

    def settle(self, timeout: float = 5.0) -> None:
        """Wait until what was published so far has been sent (tests, benchmarks)."""
        loop = self._loop
        if loop is not None:
            asyncio.run_coroutine_threadsafe(asyncio.sleep(0), loop).result(timeout)

    def renew(self, tokens: Tokens) -> None:
        """New tokens: the old links stop working and their pages are closed."""
        loop = self._loop
        self._tokens = tokens
        if loop is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._close_all, CLOSE_RENEWED, "renewed")

    @property
    def tokens(self) -> Tokens:
        return self._tokens

    def events(self) -> list[Event]:
        """What happened since the last call (thread-safe)."""
        found = []
        while True:
            try:
                found.append(self._events.get_nowait())
            except queue.Empty:
                return found

    def listen_osc(self, allowed: list[Network] | None, timeout: float = 5.0) -> str:
        """Read OSC from the senders in ``allowed`` (None: no OSC), on UDP at the
        server's own address and port; returns "" or why it could not listen."""
        loop, where = self._loop, self.listening
        if loop is None or where is None:
            return "not running"
        opening = self._remote.open_osc(allowed, where.host, where.port)
        return asyncio.run_coroutine_threadsafe(opening, loop).result(timeout)

    @property
    def control_enabled(self) -> bool:
        """False: the control role may look but not act (set from the console's thread)."""
        return self._remote.enabled

    @control_enabled.setter
    def control_enabled(self, on: bool) -> None:
        self._remote.enabled = on

    def page_counts(self) -> dict[Role, int]:
        """Open pages per role (read from any thread: a glance, not a promise)."""
        return {role: len(pages) for role, pages in self._pages.items()}

    # --- the server's thread ---------------------------------------------------------------

    def _run(self, host: str, port: int, tries: int, started: Future[Listening]) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            server = loop.run_until_complete(self._listen(host, port, tries))
        except ShareError as failure:
            started.set_exception(failure)
            loop.close()
            return
        self._server = server
        self._loop = loop
        bound = server.sockets[0].getsockname()[1]
        started.set_result(Listening(host, bound, port))
        try:
            loop.run_until_complete(server.wait_closed())
        finally:
            loop.close()

    async def _listen(self, host: str, port: int, tries: int) -> Server:
        last: OSError | None = None
        for candidate in range(port, port + max(1, tries)):
            try:
                return await serve(
                    self._handle,
                    host,
                    candidate,
                    process_request=self._answer,
                    process_response=self._handshake_refused,
                    create_connection=connection_class(self._admission),
                    server_header=None,
                    compression=None,  # small messages; deflate would cost CPU per page
                    open_timeout=self.limits.handshake,
                    ping_interval=10,
                    ping_timeout=10,
                    close_timeout=2,
                    max_size=protocol.MAX_MESSAGE,
                    max_queue=4,
                    logger=_log,
                )
            except OSError as error:
                last = error
                if error.errno != errno.EADDRINUSE:
                    break
        assert last is not None
        if last.errno == errno.EADDRINUSE:
            raise ShareError("in-use", str(last))
        if last.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
            raise ShareError("address", str(last))
        if last.errno in (errno.EACCES, errno.EPERM):
            raise ShareError("denied", str(last))
        raise ShareError("other", str(last))

    async def _answer(self, connection: ServerConnection, request: Request) -> Response | None:
        """A plain HTTP request gets its answer here; a socket request with a valid token
        goes on to the WebSocket handshake (None). Never raises: what nobody foresaw is
        a 400, not websockets' 500."""
        try:
            if request.path.startswith(api.API[:-3]):  # /api/...
                return await self._api(connection, request)
            return self._page(connection, request)
        except Exception:
            _log.exception("request %r", request.path[:200])
            return api.http_response(refusal(400))

    def _handshake_refused(
        self, connection: ServerConnection, request: Request, response: Response
    ) -> Response | None:
        """websockets refuses a socket request it cannot open (a handshake header missing
        or wrong) in English, with its own words: said here as every refusal is, in both
        languages. The server's own answers carry the security headers: left as they are."""
        if response.status_code == 101 or "Content-Security-Policy" in response.headers:
            return None
        return api.http_response(refusal(response.status_code, "bad-handshake"))

    def _page(self, connection: ServerConnection, request: Request) -> Response | None:
        try:
            parts = urlsplit(request.path)
            query = parse_qs(parts.query, max_num_fields=8)
        except ValueError:
            return api.http_response(refusal(400))
        token = (query.get("token") or [""])[0]
        role = self._tokens.role_of(token)
        if not token:
            return api.http_response(refusal(Access.NO_TOKEN))
        if role is None:
            return api.http_response(refusal(Access.REFUSED))
        if request.method != "GET":
            return api.http_response(refusal(405))
        path = parts.path
        if path == "/ws":
            if [u.lower() for u in request.headers.get_all("Upgrade")] != ["websocket"]:
                return api.http_response(refusal(404))
            connection.emcee_role = role  # type: ignore[attr-defined]
            return None
        if path.startswith("/assets/"):
            asset = self.pages.asset(path.removeprefix("/assets/"), token)
            return api.http_response(asset if asset is not None else refusal(404))
        wanted = path.strip("/")
        if wanted not in {r.value for r in Role}:
            return api.http_response(refusal(404))
        if self._tokens.check(Role(wanted), token) is not Access.OK:
            return api.http_response(refusal(Access.REFUSED))
        return api.http_response(self.pages.view(Role(wanted), token))

    # --- remote control ----------------------------------------------------------------------

    async def _api(self, connection: ServerConnection, request: Request) -> Response:
        """``/api/v1/<verb>``: the control role's token, GET or POST, the verb's
        parameters in the query and (POST) the body; answered in JSON."""
        peer = connection.remote_address
        address = str(peer[0]) if peer else "?"
        verb = "?"
        try:
            parts = urlsplit(request.path)
            verb = parts.path.removeprefix(api.API)[:40] or "?"
            token = api.token_of(request, parts)
            role = self._tokens.role_of(token)
            if not token:
                raise RefusedError(401, "no-token")
            if role is None:
                raise RefusedError(403, "wrong-token")
            if not role.acts:
                raise RefusedError(403, "view-token")
            verb = api.verb_of(request, parts)
            params = api.parameters(request, parts, getattr(connection, "body", b""))
        except RefusedError as refused:
            self._remote.refused.add(address, "http", refused.status, refused.reason)
            answer = control.refused(verb[:40], refused.status, refused.reason, refused.detail)
            return api.json_response(refused.status, answer)
        origin = {"via": "http", "address": address, "role": role.value}
        status, answer = await self._remote.request(verb, params, origin)
        return api.json_response(status, answer)

    def _control_state(self) -> dict[str, Any] | None:
        """The control role's state now: worked out once per snapshot published (a
        Stream Deck may ask for it several times a second)."""
        latest = self._latest
        if latest is None:
            return None
        if self._control_cache is None or self._control_cache[0] is not latest:
            self._control_cache = (latest, protocol.view_state(Role.CONTROL, *latest))
        return self._control_cache[1]

    async def _handle(self, connection: ServerConnection) -> None:
        role: Role = connection.emcee_role  # type: ignore[attr-defined]
        peer = connection.remote_address
        page = _Page(connection, role, str(peer[0]) if peer else "?", self.limits)
        self._pages[role].add(page)
        self._tell(PageOpened(role, page.address, self.clock.now()))
        try:
            await connection.send(protocol.hello(role, self.clock.monotonic()))
            state = self._state_for(role)
            if state is not None:
                self._sent[role] = state  # what this role's pages have: the latest
                await connection.send(state)
            async for message in connection:
                if not page.may_send():
                    await connection.close(CLOSE_TOO_FAST, "too many messages")
                    break
                await self._receive(page, message)
        except ConnectionClosed:
            pass
        finally:
            self._pages[role].discard(page)
            self._tell(PageClosed(role, page.address, self.clock.now()))

    async def _receive(self, page: _Page, text: str | bytes) -> None:
        try:
            message = protocol.parse(text, page.role)
        except MessageError as bad:
            await page.connection.send(protocol.error(bad.reason))
            return
        if isinstance(message, Ping):
            await page.connection.send(protocol.pong(message.sent, self.clock.monotonic()))
        elif isinstance(message, Receipt):
            self._tell(CueReceipt(message.cue, message.read, page.address, self.clock.now()))
        elif isinstance(message, Do):
            # In a task of its own: the page's pings go on while the console performs it.
            task = asyncio.ensure_future(self._do(page, message))
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    async def _do(self, page: _Page, message: Do) -> None:
        if page.role.acts:
            origin = {"via": "websocket", "address": page.address, "role": page.role.value}
            _, answer = await self._remote.request(message.verb, message.args, origin)
        else:
            self._remote.refused.add(page.address, "websocket", 403, "view-token")
            answer = control.refused(message.verb, 403, "view-token")
        with contextlib.suppress(ConnectionClosed):
            await page.connection.send(protocol.reply(message.request, answer))

    def _tell(self, event: Event) -> None:
        self._events.put(event)
        if self._notify is not None:
            self._notify()

    def _take_pending(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
            self._scheduled = False
        if pending is None:
            return
        snapshot, context = pending
        # Time of day = server time + wall: it moves only when the wall clock jumps.
        wall = snapshot.time_of_day - snapshot.monotonic
        if self._wall is None or abs(wall - self._wall) > WALL_JUMP:
            self._wall = wall
        self._latest = (snapshot, replace(context, wall=self._wall))
        for role, pages in self._pages.items():
            if not pages:
                self._sent.pop(role, None)  # worked out again for the next page to come
                continue
            message = self._state_for(role)
            if message is not None and message != self._sent.get(role):
                self._sent[role] = message
                broadcast([page.connection for page in pages], message)

    def _state_for(self, role: Role) -> str | None:
        if self._latest is None:
            return None
        snapshot, context = self._latest
        return protocol.state_message(protocol.view_state(role, snapshot, context))

    def _close_all(self, code: int, reason: str) -> None:
        for pages in self._pages.values():
            for page in list(pages):
                task = asyncio.ensure_future(page.connection.close(code, reason))
                self._closing.add(task)  # kept until done: the loop holds tasks weakly
                task.add_done_callback(self._closing.discard)

    def _shut_down(self) -> None:
        self._remote.close_osc()
        self._remote.refused.cancel()
        if self._server is not None:
            self._server.close()  # closes the pages with 1001 (going away)


def _allow_open_files(wanted: int) -> None:
    """Each page is a socket: let the process open as many as the limits allow (macOS
    starts programs with 256). Windows has no such limit on sockets."""
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
