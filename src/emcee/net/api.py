"""Remote control over plain HTTP (``/api/v1/<verb>``), and the server's HTTP answers.

A request's token comes from an ``Authorization: Bearer`` header or the ``token``
parameter; its parameters from the query and, for a POST, the body (a JSON object or a
form). Names given twice, bodies that cannot be read and other kinds of body are refused
with the reason (emcee.net.control.RefusedError). Answers are JSON; ``hang_up`` answers a
request that could not even be read (emcee.net.framing) and closes its connection.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import SplitResult, parse_qsl

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from emcee.net import control
from emcee.net.control import RefusedError
from emcee.net.framing import Unreadable
from emcee.net.pages import SECURITY_HEADERS, Answer, refusal

API = "/api/v1/"
MAX_PARAMETERS = 16


def token_of(request: Request, parts: SplitResult) -> str:
    """The request's token: its ``Authorization: Bearer`` header's, else ``token=``'s."""
    return _bearer(request) or query(parts).get("token", "")


def verb_of(request: Request, parts: SplitResult) -> str:
    """The verb a request names; refused unless it is GET or POST on ``/api/v1/<verb>``."""
    if request.method not in ("GET", "POST"):
        raise RefusedError(405, "method")
    verb = parts.path.removeprefix(API)
    if not parts.path.startswith(API) or not verb or "/" in verb:
        raise RefusedError(404, "not-found")
    return verb


def parameters(request: Request, parts: SplitResult, body: bytes) -> dict[str, str]:
    """The verb's parameters: the query's (but the token) and the body's, each once."""
    params = query(parts)
    params.pop("token", None)
    for name, value in _body(request, body).items():
        if name in params or name == "token":
            raise RefusedError(400, "repeated-parameter", name[:40])
        params[name] = value
    return params


def query(parts: SplitResult) -> dict[str, str]:
    """A query's parameters by name; a name given twice is refused."""
    return _pairs(parts.query, "bad-request")


def _pairs(text: str, reason: str) -> dict[str, str]:
    params: dict[str, str] = {}
    try:
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_PARAMETERS)
    except ValueError:
        raise RefusedError(400, reason) from None
    for name, value in pairs:
        if name in params:
            raise RefusedError(400, "repeated-parameter", name[:40])
        params[name] = value
    return params


def _bearer(request: Request) -> str:
    given = request.headers.get_all("Authorization")
    if len(given) > 1:
        raise RefusedError(400, "repeated-parameter", "Authorization")
    if not given:
        return ""
    scheme, _, token = given[0].strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _body(request: Request, body: bytes) -> dict[str, str]:
    """A POST's parameters: a JSON object, or a form, by its Content-Type; without one
    (or as text/plain), a body that starts with ``{`` is JSON."""
    if not body.strip():
        return {}
    kinds = request.headers.get_all("Content-Type")
    if len(kinds) > 1:
        raise RefusedError(400, "repeated-parameter", "Content-Type")
    kind = kinds[0].split(";")[0].strip().lower() if kinds else ""
    if kind in ("", "text/plain"):
        kind = "application/json" if body.lstrip().startswith(b"{") else "form"
    if kind not in ("application/json", "application/x-www-form-urlencoded", "form"):
        raise RefusedError(415, "media-type")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise RefusedError(400, "bad-body") from None
    if kind != "application/json":
        return _pairs(text, "bad-body")
    try:
        found = json.loads(text)
    except (ValueError, RecursionError):
        raise RefusedError(400, "bad-body") from None
    if not isinstance(found, dict) or len(found) > MAX_PARAMETERS:
        raise RefusedError(400, "bad-body")
    return {str(name): control.text_value(value) for name, value in found.items()}


# --- answers ----------------------------------------------------------------------------


def json_response(status: int, answer: Mapping[str, Any]) -> Response:
    body = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    response = http_response(Answer(status, "application/json; charset=utf-8", body))
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="emcee"'
    elif status == 405:
        response.headers["Allow"] = "GET, POST"
    elif status == 429:
        response.headers["Retry-After"] = "1"
    return response


def hang_up(connection: ServerConnection, unreadable: Unreadable) -> None:
    """Answer a request that could not be read, and close the connection."""
    if unreadable.path.startswith(API[:-3]):  # /api/...
        answer = control.refused("?", unreadable.status, unreadable.reason)
        response = json_response(unreadable.status, answer)
    else:
        response = http_response(refusal(unreadable.status))
    transport = connection.transport
    with contextlib.suppress(Exception):  # the client may be gone already
        transport.write(response.serialize())
    transport.close()


def http_response(answer: Answer) -> Response:
    headers = Headers(
        [
            ("Date", email.utils.formatdate(usegmt=True)),
            ("Connection", "close"),
            ("Content-Type", answer.content_type),
            ("Content-Length", str(len(answer.body))),
            ("Cache-Control", answer.cache),
            *SECURITY_HEADERS,
        ]
    )
    reason = REASONS.get(answer.status, "Error")
    return Response(answer.status, reason, headers, answer.body)


REASONS: dict[int, str] = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    411: "Length Required",
    413: "Content Too Large",
    414: "URI Too Long",
    415: "Unsupported Media Type",
    426: "Upgrade Required",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
