"""Views of the show for a moment: the snapshot every window renders.

A snapshot costs what changed, not what the agenda holds. Between two actions only the
live item's views move with the clock, and those of items to come that count to their
scheduled end (their length depends on when they start); the others are made once per
state. After an action an item's views are made again only if what they are made from
(its runs, lengths, place relative to the live turn) changed: views that did not change
are the same objects as before, so a window can skip them. When the items to come are
expected is a ``Projection`` that adds up fixed stretches (see emcee.core.engine.projection).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from emcee.core.engine import order
from emcee.core.engine.layout import Layout, Segment, counts_to_end
from emcee.core.engine.projection import Projection, Step, stretch, walk
from emcee.core.engine.reading import ShowReader
from emcee.core.engine.rebalance import Proposer
from emcee.core.engine.snapshot import (
    Current,
    ItemView,
    Proposal,
    QuestionTimer,
    SegmentView,
    ShowState,
    Snapshot,
    Status,
)
from emcee.core.engine.state import Run, State, is_past, open_question

PROPOSE_AFTER = 60.0  # propose rebalancing once the projected end is this far past target


class Place(Enum):
    """Where an item stands against the live turn; its views depend on it."""

    PAST = "past"  # before the live item, or the show ended
    LIVE = "live"
    NEXT = "next"  # the first item to come
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
class _ItemViews:
    item: ItemView
    segments: tuple[SegmentView, ...]
    uses: tuple[float, ...]  # each turn's expected time still to take (0 if it is over)

    @property
    def use(self) -> float:
        return sum(self.uses)


@dataclass(frozen=True, slots=True)
class _Made:
    """An item's views and what they were made from."""

    layout: Layout
    inputs: tuple[object, ...]
    views: _ItemViews


@dataclass(frozen=True, slots=True)
class _Frame:
    """What stays put between two actions: every item's views but the moving ones, and
    the stretches the projection adds up."""

    state: State
    items: tuple[ItemView, ...]
    segments: tuple[SegmentView, ...]
    live: int | None  # the live item
    to_end: tuple[int, ...]  # items to come whose views depend on when they start
    steps: tuple[Step, ...]
    where: dict[int, tuple[int, int]]
    next_item: int | None


def _place(
    item_views: list[ItemView],
    segment_views: list[SegmentView],
    layout: Layout,
    item_index: int,
    views: _ItemViews,
) -> None:
    """Put one item's views in their places among all the items' and segments'."""
    item_views[item_index] = views.item
    segments = layout.item_segments[item_index]
    segment_views[segments.start : segments.stop] = views.segments


class Views:
    """Builds snapshots of one show, reusing what did not change."""

    def __init__(self, show: ShowReader) -> None:
        self.show = show
        self._frame: _Frame | None = None
        self._made: dict[int, _Made] = {}  # per item, the views last made
        self._timed: dict[int, tuple[float, _ItemViews]] = {}  # to-end items: start, views
        self._live_segments: dict[int, SegmentView] = {}  # the live item's, last snapshot
        self._proposer = Proposer(show)

    def snapshot(self) -> Snapshot:
        layout = self.show.layout
        state = self.show.state
        now = self.show.clock.monotonic()
        wall = self.show.clock.now()
        now_at = self.show.time_at(state, wall)
        items = layout.schedule.items
        show = state.show
        frame = self._frame
        if frame is None or frame.state is not state:
            frame = self._frame = self._make_frame(state)

        item_views = list(frame.items)
        segment_views = list(frame.segments)
        live: Current | None = None
        live_span: tuple[int, float, float] | None = None
        if frame.live is not None:
            views, live, live_span = self._live_item(state, frame.live, now, now_at)
            _place(item_views, segment_views, layout, frame.live, views)
            cursor = live_span[2]
        else:  # before the start the projection walks from the first item
            cursor = max(now_at, items[0].start + state.shift)

        def use_at(item_index: int, start: float) -> float:
            return self._timed_views(state, item_index, start).use

        starts, ends = walk(frame.steps, cursor, use_at)
        projection = Projection(live_span, frame.steps, frame.where, starts, ends)
        for item_index in frame.to_end:
            start = projection.start_of(item_index)
            assert start is not None
            views = self._timed_views(state, item_index, start)
            _place(item_views, segment_views, layout, item_index, views)

        planned_end = items[-1].end + state.shift
        if show is ShowState.ENDED:
            projected_end = state.ended_at if state.ended_at is not None else now_at
        else:
            projected_end = ends[-1] if ends else cursor
        next_item = item_views[frame.next_item] if frame.next_item is not None else None
        next_start = projection.start_of(frame.next_item) if frame.next_item is not None else None
        if next_item is not None and next_start is not None:
            drift = next_start - next_item.planned_start
        else:
            drift = projected_end - planned_end
        next_segment = None
        if show is not ShowState.ENDED:
            following = state.current if show is ShowState.READY else order.following(layout, state)
            next_segment = segment_views[following] if following is not None else None
        hard_end = layout.schedule.hard_end
        target = planned_end if hard_end is None else hard_end + state.shift
        proposal: Proposal | None = None
        # Proposals are for a show under way: before the start nothing has run late yet.
        if (
            show in (ShowState.RUNNING, ShowState.PAUSED)
            and projected_end - target >= PROPOSE_AFTER
        ):
            proposal = self._proposer.propose(
                state, now, projection, segment_views, projected_end, target
            )
        return Snapshot(
            monotonic=now,
            time_of_day=now_at,
            date=wall.date(),
            state=show,
            current=live,
            next_segment=next_segment,
            next_item=next_item,
            items=tuple(item_views),
            segments=tuple(segment_views),
            projection=projection,
            drift=drift,
            planned_end=planned_end,
            projected_end=projected_end,
            hard_end=hard_end + state.shift if hard_end is not None else None,
            proposal=proposal,
            can_undo=self.show.can_undo,
        )

    # --- what stays put between actions ------------------------------------------------

    def _make_frame(self, state: State) -> _Frame:
        layout = self.show.layout_of(state)
        show = state.show
        running = show in (ShowState.RUNNING, ShowState.PAUSED)
        live = layout.segments[state.current].item_index if running else None
        item_views: list[ItemView] = []
        segment_views: list[SegmentView] = []
        to_end: list[int] = []
        steps: list[Step] = []
        where: dict[int, tuple[int, int]] = {}
        pending: list[int] = []  # the stretch being gathered, and its items' times
        uses: list[float] = []
        next_item = None

        def close_stretch() -> None:
            if pending:
                for place, item_index in enumerate(pending):
                    where[item_index] = (len(steps), place)
                steps.append(stretch(pending.copy(), uses.copy()))
                pending.clear()
                uses.clear()

        for item_index, planned in enumerate(layout.schedule.items):
            skipped = item_index in state.skipped
            to_come = not skipped and (
                show is ShowState.READY or (live is not None and item_index > live)
            )
            if item_index == live:
                place = Place.LIVE
            elif to_come:
                place = Place.UPCOMING if next_item is not None else Place.NEXT
                next_item = item_index if next_item is None else next_item
            else:
                place = Place.PAST
            if place is Place.LIVE:
                views = self._placeholder(layout, item_index)
            elif to_come and layout.to_end_items[item_index]:
                # Made once the projection says when it starts.
                views = self._placeholder(layout, item_index)
                to_end.append(item_index)
            else:
                views = self._made_views(state, item_index, place)
            item_views.append(views.item)
            segment_views.extend(views.segments)
            if not to_come:
                continue
            waits = layout.waits_for_start[item_index]
            timed = layout.to_end_items[item_index]
            if not waits and not timed:
                pending.append(item_index)
                uses.append(views.use)
                continue
            close_stretch()
            where[item_index] = (len(steps), 0)
            steps.append(
                Step(
                    (item_index,),
                    (0.0, 0.0 if timed else views.use),
                    waits_until=planned.start + state.shift if waits else None,
                    to_end=timed,
                )
            )
        close_stretch()
        self._timed.clear()
        return _Frame(
            state=state,
            items=tuple(item_views),
            segments=tuple(segment_views),
            live=live,
            to_end=tuple(to_end),
            steps=tuple(steps),
            where=where,
            next_item=next_item,
        )

    def _placeholder(self, layout: Layout, item_index: int) -> _ItemViews:
        """The views last made for an item, to be replaced in each snapshot."""
        made = self._made.get(item_index)
        if made is not None and made.layout is layout:
            return made.views
        return self._view_item(self.show.state, item_index, Place.PAST, 0.0, 0.0, None)

    def _made_views(self, state: State, item_index: int, place: Place) -> _ItemViews:
        """An item's views for a state, made again only if what they show changed."""
        layout = self.show.layout_of(state)
        segments = layout.item_segments[item_index]
        inputs = (
            place,
            min(max(state.current - segments.start, 0), len(segments)),
            state.runs[segments.start : segments.stop],
            state.lengths[item_index],
            item_index in state.skipped,
            state.shift,
            state.show is ShowState.ENDED,
            state.comeback,
        )
        made = self._made.get(item_index)
        if made is not None and made.layout is layout and made.inputs == inputs:
            return made.views
        views = self._view_item(state, item_index, place, 0.0, 0.0, None)
        self._made[item_index] = _Made(layout, inputs, views)
        return views

    def _timed_views(self, state: State, item_index: int, start: float) -> _ItemViews:
        """The views of an item to come that counts to its scheduled end, starting at
        ``start``; kept in one state while the start moves by under 1 ms (float noise)."""
        known = self._timed.get(item_index)
        key = round(start, 3)
        if known is not None and known[0] == key:
            return known[1]
        assert self._frame is not None
        place = Place.NEXT if self._frame.next_item == item_index else Place.UPCOMING
        views = self._view_item(state, item_index, place, 0.0, 0.0, start)
        self._timed[item_index] = (key, views)
        return views

    # --- one item ---------------------------------------------------------------------

    def _live_item(
        self, state: State, item_index: int, now: float, now_at: float
    ) -> tuple[_ItemViews, Current | None, tuple[int, float, float]]:
        views = self._view_item(state, item_index, Place.LIVE, now, now_at, None)
        layout = self.show.layout_of(state)
        segments = layout.item_segments[item_index]
        runs = state.runs[segments.start : segments.stop]
        # The turns that did not change since the last snapshot keep their views.
        kept = tuple(self._unchanged(view) for view in views.segments)
        self._live_segments = {view.index: view for view in kept}
        actual_start = views.item.actual_start
        start = actual_start if actual_start is not None else now_at
        remaining_here = 0.0
        for offset, index in enumerate(segments):
            if index == state.current:
                remaining_here += max(0.0, kept[offset].remaining)
            else:  # turns over count nothing; a speaker brought back may come before
                remaining_here += views.uses[offset]
        end = now_at + remaining_here
        first = next((r for r in runs if r.first_monotonic is not None), None)
        item = views.item
        if first is not None and first.first_monotonic is not None:
            item = replace(
                item,
                actual_duration=now - first.first_monotonic,
                over_under=end - start - item.planned_duration,
            )
        offset = state.current - segments.start
        current = self._current(kept[offset], item, layout.segments[state.current], runs, offset)
        return _ItemViews(item, kept, views.uses), current, (item_index, start, end)

    def _unchanged(self, view: SegmentView) -> SegmentView:
        """The live item's view of a turn as in the last snapshot, if it is the same."""
        last = self._live_segments.get(view.index)
        return last if last == view and last is not None else view

    def _view_item(
        self,
        state: State,
        item_index: int,
        place: Place,
        now: float,
        now_at: float,
        start: float | None,
    ) -> _ItemViews:
        """One item's view and its segments' views. ``start``: when an item to come that
        counts to its end starts; ``now`` and ``now_at`` matter only to the live item."""
        layout = self.show.layout_of(state)
        planned = layout.schedule.items[item_index]
        segments = layout.item_segments[item_index]
        runs = state.runs[segments.start : segments.stop]
        skipped = item_index in state.skipped
        planned_start = planned.start + state.shift
        planned_length = float(sum(state.lengths[item_index]))
        first = next((r for r in runs if r.first_start is not None), None)
        actual_start = first.first_start if first is not None else None
        future = place in (Place.NEXT, Place.UPCOMING)
        if start is None:
            # What an item counting to its end is given depends on when it starts: its
            # actual start, now for a live one that has not run yet, else the plan.
            if actual_start is not None:
                start = actual_start
            else:
                start = now_at if place is Place.LIVE else planned_start
        plan = self.show.plan_item(state, item_index, now, start)

        if skipped:
            status = Status.SKIPPED
        elif place is Place.LIVE:
            status = Status.LIVE
        elif place is Place.NEXT:
            status = Status.NEXT
        elif place is Place.UPCOMING:
            status = Status.UPCOMING
        elif actual_start is not None:
            status = Status.DONE
        else:
            status = Status.SKIPPED  # passed over without being run

        actual_end = actual_duration = over_under = None
        if not future and place is not Place.LIVE and first is not None:
            last = max(
                (r for r in runs if r.left_monotonic is not None),
                key=lambda r: r.left_monotonic or 0.0,
                default=None,
            )
            if (
                first.first_monotonic is not None
                and last is not None
                and last.left_at is not None
                and last.left_monotonic is not None
            ):
                actual_end = last.left_at
                actual_duration = last.left_monotonic - first.first_monotonic
                over_under = actual_duration - planned_length
        item_view = ItemView(
            index=item_index,
            planned=planned,
            status=status,
            planned_start=planned_start,
            planned_duration=planned_length,
            phase_lengths=state.lengths[item_index],
            actual_start=actual_start,
            actual_end=actual_end,
            actual_duration=actual_duration,
            over_under=over_under,
        )

        views: list[SegmentView] = []
        for offset, index in enumerate(segments):
            segment = layout.segments[index]
            run = runs[offset]
            if skipped:
                segment_status = Status.SKIPPED
            elif place is Place.LIVE and index == state.current:
                segment_status = Status.LIVE
            elif state.show is ShowState.READY or (
                (future or place is Place.LIVE) and not is_past(state, index)
            ):
                segment_status = Status.UPCOMING
            elif run.first_start is not None:
                segment_status = Status.DONE
            else:
                segment_status = Status.SKIPPED
            views.append(
                SegmentView(
                    index=index,
                    item_index=item_index,
                    phase_index=segment.phase_index,
                    turn_index=segment.turn_index,
                    kind=segment.phase.kind,
                    turn=segment.turn,
                    status=segment_status,
                    allotted=plan.allotted[offset],
                    added=run.added,
                    elapsed=self.show.elapsed(index, now) if place is Place.LIVE else run.elapsed,
                    actual_start=run.first_start,
                )
            )
        # What is over takes no more time.
        uses = tuple(
            0.0 if is_past(state, i) else use for i, use in zip(segments, plan.use, strict=True)
        )
        return _ItemViews(item_view, tuple(views), uses)

    def _current(
        self,
        view: SegmentView,
        item_view: ItemView,
        segment: Segment,
        runs: tuple[Run, ...],
        offset: int,
    ) -> Current:
        warning, final = self.show.lead_times(view.index, view.allotted)
        remaining = view.remaining
        phase = segment.phase
        block_remaining = None
        if phase.shared:
            # What every turn of the block has run comes out of it (in a comeback, turns
            # after the live one in the plan have run too).
            first = offset - segment.turn_index
            phase_length = float(self.show.state.lengths[segment.item_index][segment.phase_index])
            others = range(first, first + len(phase.turns))
            used = sum(runs[j].elapsed for j in others if j != offset)
            block_remaining = phase_length - used - view.elapsed
        target = None
        if counts_to_end(segment) and view.actual_start is not None:
            target = view.actual_start + view.allotted + view.added
        return Current(
            segment=view,
            item=item_view,
            elapsed=view.elapsed,
            allotted=view.allotted,
            added=view.added,
            remaining=remaining,
            level=self.show.level(remaining, warning, final),
            warning_lead=warning,
            final_lead=final,
            timer=segment.item.item.timer_style,
            turn_number=segment.turn_index + 1,
            turns_in_phase=len(phase.turns),
            block_remaining=block_remaining,
            target_time=target,
            question=_question(self.show.state, view, segment),
        )


def _question(state: State, view: SegmentView, segment: Segment) -> QuestionTimer | None:
    """The live turn's question timer, if one runs."""
    asked = open_question(state)
    if asked is None:
        return None
    item = segment.item.item
    answering = asked.answered is not None
    allotted = float(item.answer_length if answering else item.question_length)
    number = sum(1 for q in state.questions if q.segment == asked.segment)
    remaining = allotted - (view.elapsed - asked.part_starts())
    return QuestionTimer(number, answering, allotted, remaining)
