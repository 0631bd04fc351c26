"""The plan derived from an agenda: every item's start and length, its phases and turns.

``plan(agenda)`` checks the agenda as a whole (order, overlaps, phases and speaker
times that must add up) and either returns a ``Schedule`` or raises ``AgendaError``
listing every problem at once.

Rules, in the order they apply:
- The programme starts at ``[programme] start`` or at the first item's start.
- An item starts at its own ``start``, else where the previous item ends.
- A programme may run past midnight (a gala 21:30-01:30): a start earlier than the
  previous item's is the next day's when that puts it no more than 6 hours after the
  previous item ends ("23:00", "00:30" is 00:30 the next morning); a next-day time may
  also be written past 24 hours ("24:30"). Anything else earlier than the item before is
  out of order. The same goes for ``hard_end`` against the programme's start. A
  programme lasts less than 24 hours.
- An item lasts its ``duration``; else its phases added up (presentation + discussion
  in the short form); else until the next item's ``start``; else, if the short form
  gives just one phase, that phase. A gap before an explicit start is allowed and left free.
- A phase lasts its ``duration``, else its speakers' durations added up when each has
  one; one phase at most (in the short form, a missing presentation or discussion)
  takes the rest of the item.
- Speakers share their phase (or the item, when it has no phases).
  Speakers with a ``duration`` get it; the others split the rest evenly in whole
  seconds, and the seconds that do not divide go one each to the earliest speakers
  (20m among 7 speakers: three get 2m52s, four get 2m51s).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from emcee.core.agenda.model import (
    Agenda,
    Item,
    ItemKind,
    Phase,
    PhaseKind,
    Programme,
    Speaker,
    chair_of,
    gives_way,
)
from emcee.core.agenda.phases import sized_length, written_phases
from emcee.core.agenda.problems import AgendaError, Problem
from emcee.core.timefmt import DAY, format_duration, format_time_of_day


class _Span:
    """A stretch of the programme: from ``start`` (a time of day) for ``duration`` seconds."""

    start: int
    duration: int

    @property
    def end(self) -> int:
        return self.start + self.duration


@dataclass(frozen=True)
class PlannedTurn(_Span):
    speaker: Speaker | None  # None: the phase is one timed block with no named speakers
    start: int
    duration: int


@dataclass(frozen=True)
class PlannedPhase(_Span):
    kind: PhaseKind
    start: int
    duration: int
    turns: tuple[PlannedTurn, ...]  # at least one
    written: Phase  # the phase as the agenda says it (the short form's: as it means it)

    @property
    def gives_way(self) -> bool:
        """The item's earlier phases running over take this one's time."""
        return gives_way(self.written)

    @property
    def shared(self) -> bool:
        """Several speakers share this phase."""
        return len(self.turns) > 1


@dataclass(frozen=True)
class PlannedItem(_Span):
    number: int  # 1-based, as the organiser counts
    item: Item
    start: int
    duration: int
    phases: tuple[PlannedPhase, ...]  # at least one
    chair: str = ""  # the item's chair (좌장): its own, else its part's (see ``chair_of``)


@dataclass(frozen=True)
class Schedule:
    """Times are seconds since the midnight of the programme's day (past 86,400 for the
    next morning's)."""

    agenda: Agenda
    items: tuple[PlannedItem, ...]
    notes: tuple[Problem, ...] = ()  # things worth knowing that are not errors (gaps)
    hard_end: int | None = None  # the programme's hard end, on the next day if it says so

    @property
    def programme(self) -> Programme:
        return self.agenda.programme

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


MIN_BREAK = 300  # a break is never made shorter than 5 minutes
# A time earlier than the one before it is read as the next day's if that puts it at most
# this long after the item before ends; further, it is an error (13:00, 14:00, 13:30).
NEXT_DAY_WITHIN = 6 * 3600


def next_day(written: int, earliest: int, latest: int) -> int | None:
    """``written`` read as the next day's time, if it was a time of today (not already
    past 24 h) and that puts it between ``earliest`` and ``latest``; else None."""
    if written >= DAY:
        return None
    candidate = written + DAY
    return candidate if earliest <= candidate <= latest else None


def minimum_length(item: Item, planned: float) -> float:
    """The shortest an item planned at ``planned`` seconds may become when the show runs late.

    Its own ``minimum`` when given, else half its length; a break at least 5 minutes.
    """
    if item.minimum is not None:
        return min(float(item.minimum), planned)
    if item.kind is ItemKind.BREAK:
        return min(planned, max(MIN_BREAK, planned / 2))
    return planned / 2


def even_split(total: int, count: int) -> list[int]:
    """``total`` seconds in ``count`` whole-second shares; the earliest get the odd seconds."""
    base, odd = divmod(total, count)
    return [base + 1] * odd + [base] * (count - odd)


def _floor_to(value: float, step: int) -> int:
    return int(value // step) * step


def automatic_lead_times(turn: float) -> tuple[int, int]:
    """Warning and final-warning lead times for a turn of ``turn`` seconds.

    A quarter and an eighth of the turn, at most 2:00 and 1:00, rounded down to 15 s
    (5 s for turns under 2 minutes): 10 min and longer -> 2:00 / 1:00;
    5 min -> 1:15 / 0:30; 4 min -> 1:00 / 0:30; 1 min -> 0:15 / 0:05.
    """
    step = 15 if turn >= 120 else 5
    warning = min(120, _floor_to(turn / 4, step))
    final = min(60, _floor_to(turn / 8, step))
    return warning, final


def lead_times(turn: float, item: Item, programme: Programme) -> tuple[int, int]:
    """The warning and final-warning lead times that apply to one turn of ``item``."""
    warning = item.warning if item.warning is not None else programme.warning
    final = item.final_warning if item.final_warning is not None else programme.final_warning
    auto_warning, auto_final = automatic_lead_times(turn)
    if warning is None and final is None:
        return auto_warning, auto_final
    if final is None:
        assert warning is not None
        return warning, min(auto_final, warning // 2)
    if warning is None:
        return max(auto_warning, 2 * final), final
    return warning, final


class _Planner:
    def __init__(self, agenda: Agenda) -> None:
        self.agenda = agenda
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []

    def problem(
        self,
        code: str,
        number: int | None,
        key: str | None = None,
        in_phase: int | None = None,
        **params: str,
    ) -> None:
        title = self.agenda.items[number - 1].title if number else ""
        self.problems.append(Problem(code, params, number, title, key=key, phase=in_phase))

    def plan(self) -> Schedule:
        agenda = self.agenda
        programme = agenda.programme
        if not agenda.items:
            raise AgendaError([Problem("empty_agenda")])
        self._check_programme_leads(programme)

        start = self._programme_start()
        planned: list[PlannedItem] = []
        cursor: int | None = start  # where the next item starts unless it says otherwise
        previous: PlannedItem | None = None
        for index, item in enumerate(agenda.items):
            number = index + 1
            item_start = self._item_start(number, item, cursor, previous)
            if item_start is None:
                cursor = None
                previous = None
                continue
            duration = self._item_duration(number, item, item_start)
            if duration is None:
                cursor = None
                previous = None
                continue
            phases = self._phases(number, item, item_start, duration)
            self._check_item_leads(number, item, programme)
            if item.minimum is not None and item.minimum > duration:
                self.problem(
                    "minimum_too_long",
                    number,
                    "minimum",
                    minimum=format_duration(item.minimum),
                    duration=format_duration(duration),
                )
            if phases is None:
                cursor = item_start + duration
                previous = None
                continue
            chair = chair_of(agenda.items, number - 1)
            previous = PlannedItem(number, item, item_start, duration, phases, chair)
            planned.append(previous)
            cursor = previous.end

        hard_end = None
        if not self.problems:
            hard_end = self._check_day(planned, programme)
        if self.problems:
            raise AgendaError(self.problems)
        return Schedule(agenda, tuple(planned), tuple(self.notes), hard_end)

    def _programme_start(self) -> int | None:
        programme_start = self.agenda.programme.start
        first_start = self.agenda.items[0].start
        if programme_start is None and first_start is None:
            self.problems.append(Problem("no_start"))
            return None
        if (
            programme_start is not None
            and first_start is not None
            and programme_start != first_start
        ):
            self.problem(
                "start_conflict",
                1,
                "start",
                item_start=format_time_of_day(first_start),
                programme_start=format_time_of_day(programme_start),
            )
        return first_start if first_start is not None else programme_start

    def _item_start(
        self, number: int, item: Item, cursor: int | None, previous: PlannedItem | None
    ) -> int | None:
        if item.start is None:
            return cursor
        start = item.start
        if previous is not None:
            if start < previous.start:
                latest = previous.end + NEXT_DAY_WITHIN
                start = next_day(start, previous.start, latest) or start
            if start < previous.start:
                self.problem(
                    "out_of_order",
                    number,
                    "start",
                    start=format_time_of_day(item.start),
                    previous_start=format_time_of_day(previous.start),
                )
            elif start < previous.end:
                self.problem(
                    "overlap",
                    number,
                    "start",
                    start=format_time_of_day(start),
                    previous_end=format_time_of_day(previous.end),
                )
            elif start > previous.end:
                title = item.title
                self.notes.append(
                    Problem(
                        "gap",
                        {
                            "gap": format_duration(start - previous.end),
                            "previous_end": format_time_of_day(previous.end),
                        },
                        number,
                        title,
                        key="start",
                    )
                )
        return start

    def _item_duration(self, number: int, item: Item, start: int) -> int | None:
        if item.duration is not None:
            return item.duration
        if item.phases:
            lengths = [sized_length(phase) for phase in item.phases]
            if all(length is not None for length in lengths):
                return sum(length for length in lengths if length is not None)
        elif item.presentation is not None and item.discussion is not None:
            return item.presentation + item.discussion
        following = self.agenda.items[number] if number < len(self.agenda.items) else None
        if following is not None and following.start is not None:
            following_start = following.start
            if following_start <= start:  # the next morning's, if not too far
                latest = start + NEXT_DAY_WITHIN
                following_start = next_day(following_start, start + 1, latest) or following_start
            if following_start <= start:
                # This item, with no length of its own, is the one to fix: the following
                # item's start is only wrong if this one was meant to take time.
                self.problem(
                    "no_room",
                    number,
                    "duration",
                    start=format_time_of_day(start),
                    next_start=format_time_of_day(following.start),
                )
                return None
            return following_start - start
        if item.has_phases and not item.phases:  # only one phase given: the item is that phase
            return item.presentation or item.discussion
        self.problem("missing_duration", number, "duration")
        return None

    def _phases(
        self, number: int, item: Item, start: int, duration: int
    ) -> tuple[PlannedPhase, ...] | None:
        if not item.has_phases:
            main = Phase(PhaseKind.MAIN, duration, speakers=item.speakers, gives_way=False)
            whole = self._turns(number, item, main, None, start, duration)
            return (
                None
                if whole is None
                else (PlannedPhase(PhaseKind.MAIN, start, duration, whole, main),)
            )
        if item.phases:
            self._check_long_form(number, item)
            lengths = self._long_lengths(number, item, duration)
        else:
            lengths = self._short_lengths(number, item, duration)
        if lengths is None:
            return None
        phases: list[PlannedPhase] = []
        cursor = start
        for index, (phase, length) in enumerate(zip(written_phases(item), lengths, strict=True)):
            if length == 0:  # the short form's phase that the other leaves nothing of
                continue
            if not item.phases:  # the short form's speakers speak in its first phase
                phase = replace(phase, speakers=() if phases else item.speakers)
            at = index + 1 if item.phases else None
            turns = self._turns(number, item, phase, at, cursor, length)
            if turns is None:
                return None
            phases.append(PlannedPhase(phase.kind, cursor, length, turns, phase))
            cursor += length
        return tuple(phases)

    def _short_lengths(self, number: int, item: Item, duration: int) -> list[int] | None:
        """The short form's presentation and discussion: a missing one takes the rest."""
        presentation, discussion = item.presentation, item.discussion
        if presentation is None:
            assert discussion is not None
            presentation = duration - discussion
        if discussion is None:
            discussion = duration - presentation
        total = presentation + discussion
        if presentation < 0 or discussion < 0 or total > duration:
            self.problem(
                "phases_too_long",
                number,
                "presentation",
                phases=format_duration(max(total, presentation, discussion)),
                duration=format_duration(duration),
            )
            return None
        if total < duration:
            self.problem(
                "phases_short",
                number,
                "presentation",
                phases=format_duration(total),
                duration=format_duration(duration),
            )
            return None
        return [presentation, discussion]

    def _long_lengths(self, number: int, item: Item, duration: int) -> list[int] | None:
        """Each phase's length: its own, its speakers' added up, or (one phase at most)
        what the others leave of the item."""
        sized = [sized_length(phase) for phase in item.phases]
        unsized = [index + 1 for index, length in enumerate(sized) if length is None]
        if len(unsized) > 1:
            phases = ", ".join(map(str, unsized))
            self.problem("phases_unsized", number, "duration", in_phase=unsized[1], phases=phases)
            return None
        total = sum(length for length in sized if length is not None)
        if total > duration:
            self.problem(
                "phase_list_too_long",
                number,
                "duration",
                phases=format_duration(total),
                duration=format_duration(duration),
            )
            return None
        if unsized:
            if total == duration:
                self.problem(
                    "phase_no_time_left",
                    number,
                    "kind",
                    in_phase=unsized[0],
                    duration=format_duration(duration),
                )
                return None
            return [duration - total if length is None else length for length in sized]
        if total < duration:
            self.problem(
                "phase_list_short",
                number,
                "duration",
                phases=format_duration(total),
                duration=format_duration(duration),
            )
            return None
        return [length for length in sized if length is not None]

    def _check_long_form(self, number: int, item: Item) -> None:
        """An item that lists its phases writes nothing of the short form beside them."""
        written = (
            ("presentation", item.presentation is not None, "short_presentation"),
            ("discussion", item.discussion is not None, "short_discussion"),
            ("speakers", bool(item.speakers), "short_speakers"),
            ("protect_discussion", item.protect_discussion, "short_protect"),
        )
        for key, present, what in written:
            if present:
                self.problem("phases_and_short_form", number, key, what=what)

    def _turns(
        self, number: int, item: Item, phase: Phase, at: int | None, start: int, length: int
    ) -> tuple[PlannedTurn, ...] | None:
        """The turns of one phase (``at``: its number in the long form, for messages)."""
        speakers = phase.speakers
        if not speakers:
            return (PlannedTurn(None, start, length),)
        explicit = sum(s.duration for s in speakers if s.duration is not None)
        flexible = [s for s in speakers if s.duration is None]
        # What the speakers share, for the remedy: the presentation phase, or the item.
        what, phase_key = ("the_presentation", "presentation")
        if at is not None:
            what, phase_key = ("the_phase", "duration")
        elif not item.has_phases:
            what, phase_key = ("the_item", "duration")
        key = "discussants" if phase.kind is PhaseKind.DESIGNATED else "speakers"
        if explicit > length:
            self.problem(
                "speakers_too_long",
                number,
                key,
                in_phase=at,
                total=format_duration(explicit),
                phase=format_duration(length),
                what=what,
                phase_key=phase_key,
            )
            return None
        if not flexible and explicit < length:
            self.problem(
                "speakers_short",
                number,
                key,
                in_phase=at,
                total=format_duration(explicit),
                phase=format_duration(length),
            )
            return None
        if flexible and length - explicit < len(flexible):
            self.problem(
                "no_time_left" if explicit else "speakers_crowded",
                number,
                key,
                in_phase=at,
                phase=format_duration(length),
                taken=format_duration(explicit),
                count=str(len(flexible)),
                what=what,
                phase_key=phase_key,
            )
            return None
        shares = iter(even_split(length - explicit, len(flexible)) if flexible else [])
        turns = []
        cursor = start
        for speaker in speakers:
            share = speaker.duration if speaker.duration is not None else next(shares)
            turns.append(PlannedTurn(speaker, cursor, share))
            cursor += share
        return tuple(turns)

    def _check_programme_leads(self, programme: Programme) -> None:
        warning, final = programme.warning, programme.final_warning
        if warning is not None and final is not None and final >= warning:
            self.problems.append(
                Problem(
                    "final_not_before_warning",
                    {"final": format_duration(final), "warning": format_duration(warning)},
                    key="final_warning",
                )
            )

    def _check_item_leads(self, number: int, item: Item, programme: Programme) -> None:
        if item.warning is None and item.final_warning is None:
            return  # the programme's own pair was checked once
        warning = item.warning if item.warning is not None else programme.warning
        final = item.final_warning if item.final_warning is not None else programme.final_warning
        if warning is not None and final is not None and final >= warning:
            self.problem(
                "final_not_before_warning",
                number,
                "final_warning",
                final=format_duration(final),
                warning=format_duration(warning),
            )

    def _check_day(self, planned: list[PlannedItem], programme: Programme) -> int | None:
        """Checks the programme as a whole; returns its hard end (the next day's if so)."""
        start, end = planned[0].start, planned[-1].end
        if end - start >= DAY:
            self.problem(
                "longer_than_a_day",
                planned[-1].number,
                "duration",
                start=format_time_of_day(start),
                end=format_time_of_day(end),
            )
        hard_end = programme.hard_end
        if hard_end is None:
            return None
        if hard_end <= start:
            hard_end = next_day(hard_end, start + 1, end + NEXT_DAY_WITHIN) or hard_end
        if hard_end <= start:
            self.problems.append(
                Problem(
                    "hard_end_before_start",
                    {
                        "hard_end": format_time_of_day(hard_end),
                        "start": format_time_of_day(start),
                    },
                    key="hard_end",
                )
            )
        elif end > hard_end:
            self.notes.append(
                Problem(
                    "ends_after_hard_end",
                    {"end": format_time_of_day(end), "hard_end": format_time_of_day(hard_end)},
                    key="hard_end",
                )
            )
        return hard_end


def plan(agenda: Agenda) -> Schedule:
    """The full plan of ``agenda``; raises ``AgendaError`` listing every problem found."""
    return _Planner(agenda).plan()
