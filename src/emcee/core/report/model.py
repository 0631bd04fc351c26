"""The report's figures: a row per item and per turn, the summary, and the drift, rebuilt
by replaying the journal (see the package's description)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from emcee.core.agenda.model import PhaseKind
from emcee.core.agenda.schedule import PlannedPhase, Schedule
from emcee.core.clock import Clock, FakeClock
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import SegmentView, ShowState, Snapshot, Status
from emcee.core.journal import (
    ActionEntry,
    Entry,
    JournalData,
    Notice,
    read_agenda,
    read_journal,
    replay,
)

SAMPLE_EVERY = 60.0  # seconds between drift samples at the least
# Under a second over is a Next key pressed a moment late, not an overrun.
TOLERANCE = 1.0


class RowKind(StrEnum):
    ITEM = "item"
    PHASE = "phase"  # a phase of several turns, in an item that lists its phases
    TURN = "turn"  # a speaker's share of a phase, or a phase of one turn


@dataclass(frozen=True)
class Row:
    kind: RowKind
    item_index: int
    segment_index: int | None  # turns only (a phase: its first turn)
    # "5" for the fifth item, "5.3" for its third turn, "5.1-5" for a phase of its first
    # five turns
    number: str
    part: str
    # The item's title; a turn's is its talk's title, else its phase's as written ("" for
    # a discussion of the short form); a phase's, as written
    title: str
    who: str  # presenter or speaker
    phase: PhaseKind
    status: Status
    planned_start: float  # times of day in seconds; lengths in seconds
    planned_duration: float
    allotted: float | None  # what the rules and the operator gave the turn; None: several
    # (a skipped turn: what the plan gave it)
    actual_start: float | None
    actual_end: float | None
    actual_duration: float | None  # a turn's running time; an item's first start to end
    chair: str = ""  # an item's chair (좌장), its own or its part's

    @property
    def difference(self) -> float | None:
        """Actual length minus planned length: + over, - under."""
        return self._beyond(self.planned_duration)

    @property
    def start_delay(self) -> float | None:
        if self.actual_start is None:
            return None
        return self.actual_start - self.planned_start

    @property
    def over_allotted(self) -> float | None:
        return None if self.allotted is None else self._beyond(self.allotted)

    @property
    def over_under(self) -> float | None:
        """The over/under the console shows too: actual length minus what the row was
        given (a turn's share, a break's time to its restart), else its planned length."""
        return self.difference if self.allotted is None else self.over_allotted

    def _beyond(self, length: float) -> float | None:
        if self.actual_duration is None:
            return None
        difference = self.actual_duration - length
        if self.status is Status.LIVE and difference < 0:
            return None  # still running: only an overrun is known yet
        return difference

    @property
    def name(self) -> str:
        """Who or what, in a few words: the speaker, else the item's title."""
        return self.who or self.title


@dataclass(frozen=True)
class Summary:
    ended: bool
    planned_start: float
    planned_end: float
    actual_start: float | None
    actual_end: float | None  # None while the show has not ended
    projected_end: float  # the actual end once ended
    total_over: float  # items' time over plan, added up
    total_under: float  # items' time under plan, added up (positive)
    items_over: int
    turns_over: int  # speaker turns over their allotted time
    longest_item: Row | None  # the item most over plan
    longest_turn: Row | None  # the speaker turn most over its allotted time
    skipped: tuple[Row, ...]  # the items skipped, or left when the show ended

    @property
    def end_difference(self) -> float:
        return self.projected_end - self.planned_end


@dataclass(frozen=True)
class DriftPoint:
    time_of_day: float
    drift: float  # + behind plan
    action: str  # the action just applied ("next", ...), "" for a sample in between


@dataclass(frozen=True)
class QuestionRow:
    """A question from the floor timed in an open discussion: how long it took to put,
    and its answer (None: the next question came, or the turn ended, before one)."""

    item_index: int
    number: str  # the item's number, "5"
    order: int  # 1-based within its turn
    question: float
    answer: float | None


@dataclass(frozen=True)
class Report:
    title: str
    date: dt.date
    journal: Path
    agenda_sha256: str
    app: str
    rows: tuple[Row, ...]
    summary: Summary
    drift: tuple[DriftPoint, ...]
    notices: tuple[Notice, ...]
    questions: tuple[QuestionRow, ...] = ()

    @property
    def items(self) -> list[Row]:
        return [row for row in self.rows if row.kind is RowKind.ITEM]

    def turns_of(self, item_index: int) -> list[Row]:
        return [r for r in self.rows if r.kind is RowKind.TURN and r.item_index == item_index]


def build_report(path: str | Path, clock: Clock | None = None) -> Report:
    """The report of a journal file; raises JournalError if it cannot be used.

    It stands at the journal's last entry, or at ``clock``'s now when one is given (a
    live report of the show being run: the live turn's figures run up to now).
    """
    data = read_journal(path)
    _, schedule, agenda_notices = read_agenda(data)
    return report_of(data, schedule, agenda_notices, clock)


def report_of(
    data: JournalData,
    schedule: Schedule,
    notices: Sequence[Notice] = (),
    clock: Clock | None = None,
) -> Report:
    if clock is None:
        clock = FakeClock(data.last.wall, monotonic=0.0)  # no time passes after the end
    drift: list[DriftPoint] = []

    def sample(show: Show, entry: Entry | None) -> None:
        state = show.state.show
        if state is ShowState.READY or (entry is not None and not isinstance(entry, ActionEntry)):
            return
        if state is ShowState.ENDED and drift and drift[-1].action == "ended":
            return
        snapshot = show.snapshot()
        action = ""
        if isinstance(entry, ActionEntry):
            action = "ended" if state is ShowState.ENDED else entry.action.kind.value
        drift.append(DriftPoint(snapshot.time_of_day, snapshot.drift, action))

    show, replay_notices = replay(data, schedule, clock, sample_every=SAMPLE_EVERY, visit=sample)
    snapshot = show.snapshot()
    if snapshot.state in (ShowState.RUNNING, ShowState.PAUSED) and (
        not drift or snapshot.time_of_day > drift[-1].time_of_day
    ):
        drift.append(DriftPoint(snapshot.time_of_day, snapshot.drift, ""))  # where it stands
    rows = _rows(show, snapshot)
    return Report(
        title=data.header.title,
        date=data.header.wall.date(),
        journal=data.path,
        agenda_sha256=data.header.agenda_sha256,
        app=data.header.app,
        rows=tuple(rows),
        summary=_summary(snapshot, rows),
        drift=tuple(drift),
        notices=(*data.notices, *notices, *replay_notices),
        questions=_questions(show, snapshot),
    )


def _questions(show: Show, snapshot: Snapshot) -> tuple[QuestionRow, ...]:
    """Each question timed, with its length and its answer's: a question lasts until its
    answer begins, an answer until the next question or the end of its turn."""
    rows: list[QuestionRow] = []
    for question in show.state.questions:
        segment = snapshot.segments[question.segment]
        end = question.closed if question.closed is not None else segment.elapsed
        asked_until = question.answered if question.answered is not None else end
        before = sum(1 for q in show.state.questions[: len(rows)] if q.segment == segment.index)
        rows.append(
            QuestionRow(
                item_index=segment.item_index,
                number=str(show.schedule.items[segment.item_index].number),
                order=before + 1,
                question=asked_until - question.asked,
                answer=None if question.answered is None else end - question.answered,
            )
        )
    return tuple(rows)


def _rows(show: Show, snapshot: Snapshot) -> list[Row]:
    shift = show.state.shift
    rows: list[Row] = []
    for view in snapshot.items:
        planned = view.planned
        item = planned.item
        segments = [snapshot.segments[index] for index in show.item_segments[view.index]]
        single = len(segments) == 1
        actual_end = view.actual_end
        if view.status is Status.LIVE:
            actual_end = None  # still running: its length so far is in actual_duration
        rows.append(
            Row(
                kind=RowKind.ITEM,
                item_index=view.index,
                segment_index=None,
                number=str(planned.number),
                part=item.part,
                title=item.title,
                who=item.presenter,
                phase=PhaseKind.MAIN,
                status=view.status,
                planned_start=view.planned_start,
                planned_duration=float(planned.duration),
                allotted=_allotted(segments[0], planned.duration) if single else None,
                actual_start=view.actual_start,
                actual_end=actual_end,
                actual_duration=view.actual_duration,
                chair=planned.chair,
            )
        )
        if single:
            continue
        turn_rows: list[Row] = []
        for offset, segment in enumerate(segments, start=1):
            phase = planned.phases[segment.phase_index]
            turn = segment.turn
            speaker = turn.speaker
            run = show.state.runs[segment.index]
            ran = segment.actual_start is not None
            end = run.left_at
            if segment.status is Status.LIVE:
                end = None
            turn_rows.append(
                Row(
                    kind=RowKind.TURN,
                    item_index=view.index,
                    segment_index=segment.index,
                    number=f"{planned.number}.{offset}",
                    part=item.part,
                    title=speaker.title if speaker is not None else phase.written.title,
                    who=speaker.presenter if speaker is not None else "",
                    phase=phase.kind,
                    status=segment.status,
                    planned_start=turn.start + shift,
                    planned_duration=float(turn.duration),
                    allotted=_allotted(segment, turn.duration),
                    actual_start=segment.actual_start,
                    actual_end=end if ran else None,
                    actual_duration=segment.elapsed if ran else None,
                )
            )
        first = 0
        for phase in planned.phases:
            turns = turn_rows[first : first + len(phase.turns)]
            first += len(phase.turns)
            # A phase of several turns in an item that lists its phases has a row of its
            # own (three discussants' 15 minutes); the short form's rows are as they were.
            if len(turns) > 1 and planned.item.phases:
                rows.append(_phase_row(phase, turns, planned.number, shift))
            rows.extend(turns)
    return rows


def _phase_row(phase: PlannedPhase, turns: Sequence[Row], number: int, shift: float) -> Row:
    """A phase of several turns, as its turns add up: its over/under, in an item of several."""
    ran = [row for row in turns if row.actual_duration is not None]
    statuses = {row.status for row in turns}
    if Status.LIVE in statuses:
        status = Status.LIVE
    elif statuses == {Status.SKIPPED}:
        status = Status.SKIPPED
    elif statuses <= {Status.DONE, Status.SKIPPED}:
        status = Status.DONE
    else:
        status = Status.UPCOMING
    allotted = [row.allotted for row in turns]
    ends = [row.actual_end for row in ran if row.actual_end is not None]
    last_turn = turns[-1].number.rsplit(".", 1)[1]
    return Row(
        kind=RowKind.PHASE,
        item_index=turns[0].item_index,
        segment_index=turns[0].segment_index,
        number=f"{turns[0].number}-{last_turn}",
        part=turns[0].part,
        title=phase.written.title,
        who="",
        phase=phase.kind,
        status=status,
        planned_start=phase.start + shift,
        planned_duration=float(phase.duration),
        allotted=sum(a for a in allotted if a is not None),
        actual_start=min((r.actual_start for r in ran if r.actual_start is not None), default=None),
        actual_end=max(ends) if status is Status.DONE and ends else None,
        actual_duration=sum(r.actual_duration or 0.0 for r in ran) if ran else None,
    )


def _allotted(segment: SegmentView, planned: float) -> float:
    """What a turn was given: by the rules and the operator, or by the plan if it never ran."""
    if segment.status is Status.SKIPPED:
        return float(planned)
    return segment.allotted + segment.added


def _summary(snapshot: Snapshot, rows: Sequence[Row]) -> Summary:
    items = [row for row in rows if row.kind is RowKind.ITEM]
    differences = [(row, row.difference) for row in items if row.difference is not None]
    over = [(row, d) for row, d in differences if d > TOLERANCE]
    speakers = [
        (row, row.over_allotted)
        for row in rows
        if row.kind is RowKind.TURN and row.who and row.over_allotted is not None
    ]
    speakers_over = [(row, d) for row, d in speakers if d > TOLERANCE]
    starts = [row.actual_start for row in items if row.actual_start is not None]
    ended = snapshot.state is ShowState.ENDED
    return Summary(
        ended=ended,
        planned_start=min(row.planned_start for row in items),
        planned_end=snapshot.planned_end,
        actual_start=min(starts) if starts else None,
        actual_end=snapshot.projected_end if ended else None,
        projected_end=snapshot.projected_end,
        total_over=sum(d for _, d in over),
        total_under=-sum(d for _, d in differences if d < -TOLERANCE),
        items_over=len(over),
        turns_over=len(speakers_over),
        # max() keeps the first of equals: the earliest of several equal overruns.
        longest_item=max(over, key=lambda pair: pair[1])[0] if over else None,
        longest_turn=max(speakers_over, key=lambda pair: pair[1])[0] if speakers_over else None,
        skipped=tuple(row for row in items if row.status is Status.SKIPPED),
    )
