"""One random token per role, in that role's link: the audience's link cannot open the
moderator's view. Tokens are compared in constant time; renewing them all makes every
link given out so far useless (the server also closes the pages open on them)."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum

from emcee.net.roles import Role

TOKEN_BYTES = 18  # 144 bits, 24 characters in a link
TOKEN_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
MAX_TOKEN_LENGTH = 64  # a longer token is not one of ours: refused before comparing


class Access(IntEnum):
    """What a request's token allows, as the HTTP status the server answers with."""

    OK = 200
    NO_TOKEN = 401
    REFUSED = 403  # a wrong token, or another role's: the same answer for both


@dataclass(frozen=True, slots=True)
class Tokens:
    by_role: Mapping[Role, str]

    @classmethod
    def fresh(cls, roles: Iterable[Role] = tuple(Role)) -> Tokens:
        return cls({role: secrets.token_urlsafe(TOKEN_BYTES) for role in roles})

    @classmethod
    def restore(cls, saved: Mapping[str, str], roles: Iterable[Role] = tuple(Role)) -> Tokens:
        """Tokens kept from an earlier run (printed QR codes keep working); a role whose
        saved token is missing or malformed gets a new one."""
        tokens = {}
        for role in roles:
            token = saved.get(role.value, "")
            tokens[role] = token if well_formed(token) else secrets.token_urlsafe(TOKEN_BYTES)
        return cls(tokens)

    def check(self, role: Role, token: str | None) -> Access:
        """Whether ``token`` opens ``role``."""
        if not token:
            return Access.NO_TOKEN
        expected = self.by_role.get(role)
        if expected is None or not _same(token, expected):
            return Access.REFUSED
        return Access.OK

    def role_of(self, token: str | None) -> Role | None:
        """The role ``token`` belongs to; every role is compared, so the time taken does
        not tell which (if any) matched."""
        if not token:
            return None
        found = None
        for role, expected in self.by_role.items():
            if _same(token, expected):
                found = role
        return found


def well_formed(token: str) -> bool:
    return 0 < len(token) <= MAX_TOKEN_LENGTH and set(token) <= TOKEN_CHARACTERS


def _same(given: str, expected: str) -> bool:
    if len(given) > MAX_TOKEN_LENGTH:
        return False
    # compare_digest needs ASCII on both sides for str: compare the bytes instead.
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("ascii"))
