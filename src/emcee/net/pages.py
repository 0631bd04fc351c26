"""The pages' files, read once into memory, and the answers to plain HTTP requests.

Only files listed here are ever served, by name, from memory: a request's path is looked
up, never joined to a folder, so no path can reach outside the pages and no folder is
listed. Every view is the same page (``view.html``) with its role and the page texts
(``texts.page_texts()``, as JSON) written into it; the page reads its token from its own
address and passes it on to the assets and the socket.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from emcee.net.roles import VIEWS, Role
from emcee.net.texts import http_message, page_texts

# The assets a page loads, by the name in its address: /assets/<name>.
ASSETS: dict[str, str] = {
    "style.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "views.js": "text/javascript; charset=utf-8",
    "remote.js": "text/javascript; charset=utf-8",
    "nanum-regular.woff2": "font/woff2",
    "nanum-bold.woff2": "font/woff2",
    "nanum-regular-ext.woff2": "font/woff2",
    "nanum-bold-ext.woff2": "font/woff2",
    "nanum-regular-hanja.woff2": "font/woff2",
}
TEMPLATE = "view.html"
WITH_TOKEN = ("style.css",)  # its font links carry the page's token, as the page's own do

# The page may load its own scripts, styles and fonts and open its own socket, and
# nothing else: no other site, no inline script, no frame around it.
SECURITY_HEADERS = (
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; "
        "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
)


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    content_type: str
    body: bytes
    cache: str = "no-store"


class Pages:
    """The pages of every view, made once from the files in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        template = (folder / TEMPLATE).read_text(encoding="utf-8")
        texts = json.dumps(page_texts(), ensure_ascii=False, separators=(",", ":"))
        # Inside a <script type="application/json">: "</" must not close the element.
        texts = texts.replace("</", "<\\/")
        self._views = {
            role: template.replace("{{role}}", role.value).replace("{{texts}}", texts)
            for role in VIEWS
        }
        self._assets = {name: (folder / name).read_bytes() for name in ASSETS}

    def view(self, role: Role, token: str) -> Answer:
        """``role``'s page; ``token`` (checked, so URL-safe) goes into its assets' links."""
        page = self._views[role].replace("{{token}}", html.escape(token))
        return Answer(200, "text/html; charset=utf-8", page.encode("utf-8"))

    def asset(self, name: str, token: str) -> Answer | None:
        body = self._assets.get(name)
        if body is None:
            return None
        if name in WITH_TOKEN:
            body = body.replace(b"{{token}}", html.escape(token).encode("ascii"))
        # The same link is opened again and again: keep the files (fonts most of all).
        return Answer(200, ASSETS[name], body, cache="private, max-age=86400")


def refusal(status: int, reason: str = "") -> Answer:
    """The answer to a request that is not served, in both languages (the page's own
    language is not known yet): what happened and what to do, and nothing else;
    ``reason`` (texts.CONTROL_MESSAGES) says it when the status alone does not."""
    ko, en = http_message(status, reason)
    body = (
        '<!doctype html><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{status}</title>"
        f'<p lang="ko">{html.escape(ko)}</p><p lang="en">{html.escape(en)}</p>'
    )
    return Answer(status, "text/html; charset=utf-8", body.encode("utf-8"))
