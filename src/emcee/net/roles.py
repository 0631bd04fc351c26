"""Who may open what: one role per link, each with its own token.

A view role only watches. The control role (the remote's link) watches and may also act:
the server asks ``acts`` and nothing else.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    STAGE = "stage"  # the presenter screen's timer, on the speaker's phone or a monitor
    MODERATOR = "moderator"  # current and next, drift, alerts, private cues
    MC = "mc"  # the MC's script (사회자 멘트) following the show, the names called
    BACKSTAGE = "backstage"  # the run-down with projected times, "on in 5 min"
    PROGRAMME = "programme"  # for the audience: titles, speakers, projected times
    CLOCK = "clock"  # time of day, large
    CONTROL = "control"  # the remote: the show and its controls, for the operator's phone

    @property
    def acts(self) -> bool:
        """Whether this role may change the show (none of the views may)."""
        return self is Role.CONTROL


# The order links are listed in: the panel, ``emcee --share`` and the README. Every role
# has a page; the remote's comes last, apart from the views.
VIEWS: tuple[Role, ...] = (
    Role.STAGE,
    Role.MODERATOR,
    Role.MC,
    Role.BACKSTAGE,
    Role.PROGRAMME,
    Role.CLOCK,
    Role.CONTROL,
)
