"""Operator actions: each one a value stamped with both clocks, so that replaying the same
actions rebuilds the same show (the journal does)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from emcee.core.agenda.model import Agenda
from emcee.core.engine.snapshot import Change


class ActionKind(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    JUMP = "jump"
    ADJUST = "adjust"
    RESTART = "restart"
    SKIP = "skip"
    UNSKIP = "unskip"
    COMEBACK = "comeback"  # a speaker passed over is back: they speak after the live turn
    QUESTION = "question"  # in an open discussion: a question's timer, then its answer's
    REBALANCE = "rebalance"
    EDIT = "edit"  # the agenda was edited during the show
    END = "end"
    UNDO = "undo"


# The actions that may give the live turn more time, and so re-arm its alerts.
GIVES_TIME = frozenset({ActionKind.ADJUST, ActionKind.EDIT})


@dataclass(frozen=True, slots=True)
class Action:
    """One operator action, stamped with both clocks when it happened."""

    kind: ActionKind
    monotonic: float
    wall: dt.datetime
    target: int | None = None  # JUMP, COMEBACK: a segment; SKIP / UNSKIP: an item
    amount: float | None = None  # ADJUST: seconds; START: how far the plan is shifted
    changes: tuple[Change, ...] = ()  # REBALANCE
    agenda: Agenda | None = None  # EDIT: the agenda as it is now
