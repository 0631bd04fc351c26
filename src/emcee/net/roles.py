"""Who may open what: one role per link, each with its own token.

A view role only watches. Remote control (issue 19) adds a role that may also act; the
server asks ``acts`` and nothing else, so it slots in as one more member here.
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

    @property
    def acts(self) -> bool:
        """Whether this role may change the show (none of the views may)."""
        return False


# The order links are listed in: the panel, ``emcee --share`` and the README.
VIEWS: tuple[Role, ...] = (
    Role.STAGE,
    Role.MODERATOR,
    Role.MC,
    Role.BACKSTAGE,
    Role.PROGRAMME,
    Role.CLOCK,
)
