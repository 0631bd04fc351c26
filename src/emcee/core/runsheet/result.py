"""What importing a run sheet gives: the agenda, and what became of every row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from emcee.core.agenda.model import Agenda
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.schedule import Schedule
from emcee.core.runsheet.columns import ColumnMapping
from emcee.core.runsheet.messages import ImportProblem
from emcee.core.runsheet.table import RawTable


class Outcome(StrEnum):
    """What became of a row."""

    ITEM = "item"  # the first row of an agenda item
    CONTINUATION = "continuation"  # added to the item above it
    HEADER = "header"
    PROGRAMME = "programme"  # above the table: the programme's title, date or venue
    BLANK = "blank"
    NOT_USED = "not_used"  # listed in ImportResult.rejected with the reason


@dataclass(frozen=True)
class ImportResult:
    table: RawTable
    mapping: ColumnMapping
    agenda: Agenda | None  # None when no row could be used
    schedule: Schedule | None  # None when the agenda does not plan (see problems)
    outcomes: Mapping[int, Outcome]  # every row number of the table
    row_items: Mapping[int, int]  # row number -> 1-based item number, for ITEM/CONTINUATION rows
    rejected: tuple[ImportProblem, ...]  # the rows not used, each with the reason
    problems: tuple[ImportProblem, ...]  # what keeps the agenda from being used
    notes: tuple[ImportProblem, ...]  # worth knowing, not errors (gaps, guesses)

    @property
    def ok(self) -> bool:
        """An agenda that plans without error (some rows may still have been left out)."""
        return self.agenda is not None and self.schedule is not None and not self.problems

    def item_rows(self) -> list[int]:
        """The first row number of each item, in item order."""
        return [row for row, outcome in self.outcomes.items() if outcome is Outcome.ITEM]

    def error(self, path: str | None = None) -> AgendaError:
        """The problems as one error, for callers that stop on them."""
        return AgendaError(self.problems or (ImportProblem("no_items"),), path)
