"""Views of the show for a moment: the snapshot every window renders.

Each item's view is kept while the state is unchanged and the projection reaching it has
not moved, so a snapshot of a running show rebuilds little more than the live item.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from emcee.core.clock import time_of_day
from emcee.core.layout import Segment, counts_to_end
from emcee.core.rebalance import propose
from emcee.core.snapshot import (
    Current,
    ItemView,
    Proposal,
    SegmentView,
    ShowState,
    Snapshot,
    Status,
)
from emcee.core.state import Run, State

if TYPE_CHECKING:
    from emcee.core.show import Show

PROPOSE_AFTER = 60.0  # propose rebalancing once the projected end is this far past target


@dataclass(frozen=True, slots=True)
class _ItemViews:
    item: ItemView
    segments: tuple[SegmentView, ...]
    cursor: float  # where the projection stands after this item
    live: Current | None
    moving: bool  # depends on the clock, so never reused


class Views:
    """Builds snapshots of one show, reusing what did not change."""

    def __init__(self, show: Show) -> None:
        self.show = show
        self._cache: dict[tuple[int, float, bool], _ItemViews] = {}
        self._state: State | None = None

    def snapshot(self) -> Snapshot:
        layout = self.show.layout
        state = self.show.state
        now = self.show.clock.monotonic()
        wall = self.show.clock.now()
        now_at = time_of_day(wall)
        items = layout.schedule.items
        show = state.show
        if state is not self._state:
            self._state = state
            self._cache.clear()

        segment_views: list[SegmentView] = []
        item_views: list[ItemView] = []
        next_marked = False
        # The projection walks forward from the live item (or the first item before the start).
        cursor = max(now_at, items[0].start + state.shift) if show is ShowState.READY else now_at
        live: Current | None = None
        for item_index in range(len(items)):
            # Reuse an item's views while the projection reaching it moved by under 1 ms (the
            # live turn's end is now + remaining: equal up to float noise while it runs).
            key = (item_index, round(cursor, 3), next_marked)
            views = self._cache.get(key)
            if views is None:
                views = self._view_item(state, item_index, now, now_at, cursor, next_marked)
                if views.live is None and not views.moving:
                    self._cache[key] = views
            item_views.append(views.item)
            segment_views.extend(views.segments)
            cursor = views.cursor
            next_marked = next_marked or views.item.status is Status.NEXT
            live = live or views.live

        planned_end = items[-1].end + state.shift
        if show is ShowState.ENDED:
            projected_end = state.ended_at if state.ended_at is not None else now_at
        else:
            projected_end = cursor
        next_item = next((v for v in item_views if v.status is Status.NEXT), None)
        if next_item is not None and next_item.projected_start is not None:
            drift = next_item.projected_start - next_item.planned_start
        else:
            drift = projected_end - planned_end
        next_segment = None
        if show is not ShowState.ENDED:
            following = (
                state.current
                if show is ShowState.READY
                else self.show.neighbour(state, state.current, +1)
            )
            next_segment = segment_views[following] if following is not None else None
        hard_end = layout.schedule.hard_end
        return Snapshot(
            monotonic=now,
            time_of_day=now_at,
            date=wall.date(),
            state=show,
            current=live,
            next_segment=next_segment,
            items=tuple(item_views),
            segments=tuple(segment_views),
            drift=drift,
            planned_end=planned_end,
            projected_end=projected_end,
            hard_end=hard_end + state.shift if hard_end is not None else None,
            # Proposals are for a show under way: before the start nothing has run late yet.
            proposal=self._propose(segment_views, projected_end, planned_end)
            if show in (ShowState.RUNNING, ShowState.PAUSED)
            else None,
            can_undo=self.show.can_undo,
        )

    def _view_item(
        self,
        state: State,
        item_index: int,
        now: float,
        now_at: float,
        cursor: float,
        next_marked: bool,
    ) -> _ItemViews:
        """One item's view and its segments' views; ``cursor`` is where projection stands."""
        layout = self.show.layout_of(state)
        planned = layout.schedule.items[item_index]
        show = state.show
        segments = layout.item_segments[item_index]
        runs = state.runs[segments.start : segments.stop]
        skipped = item_index in state.skipped
        planned_start = planned.start + state.shift
        planned_length = float(sum(state.lengths[item_index]))
        first = next((r for r in runs if r.first_start is not None), None)
        actual_start = first.first_start if first is not None else None
        current_item = layout.segments[state.current].item_index
        running_or_paused = show in (ShowState.RUNNING, ShowState.PAUSED)
        is_live = running_or_paused and item_index == current_item
        future = not skipped and (
            show is ShowState.READY or (running_or_paused and item_index > current_item)
        )
        if future:
            if layout.waits_for_start[item_index]:
                cursor = max(cursor, planned_start)
            start_estimate = cursor
        else:
            start_estimate = actual_start if actual_start is not None else cursor
        plan = self.show.plan_item(state, item_index, now, start_estimate)

        if skipped:
            status = Status.SKIPPED
        elif is_live:
            status = Status.LIVE
        elif future:
            status = Status.UPCOMING if next_marked else Status.NEXT
        elif actual_start is not None:
            status = Status.DONE
        else:
            status = Status.SKIPPED  # passed over without being run

        projected_start = projected_end = None
        actual_end = actual_duration = over_under = None
        if is_live:
            remaining_here = 0.0
            for offset, index in enumerate(segments):
                if index == state.current:
                    allotted = plan.allotted[offset] + runs[offset].added
                    left = allotted - self.show.elapsed(index, now)
                    remaining_here += max(0.0, left)
                elif index > state.current:
                    remaining_here += plan.use[offset]
            projected_end = now_at + remaining_here
            projected_start = actual_start if actual_start is not None else now_at
            cursor = projected_end
            if first is not None and first.first_monotonic is not None:
                actual_duration = now - first.first_monotonic
                over_under = projected_end - projected_start - planned_length
        elif future:
            projected_start = cursor
            projected_end = cursor + sum(plan.use)
            cursor = projected_end
        elif first is not None and first.first_monotonic is not None:
            last = max(
                (r for r in runs if r.left_monotonic is not None),
                key=lambda r: r.left_monotonic or 0.0,
                default=None,
            )
            if last is not None and last.left_at is not None and last.left_monotonic is not None:
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
            projected_start=projected_start,
            projected_end=projected_end,
            over_under=over_under,
        )

        views: list[SegmentView] = []
        live: Current | None = None
        segment_start = projected_start
        for offset, index in enumerate(segments):
            segment = layout.segments[index]
            run = runs[offset]
            if skipped:
                segment_status = Status.SKIPPED
            elif index == state.current and running_or_paused:
                segment_status = Status.LIVE
            elif ((future or is_live) and index > state.current) or show is ShowState.READY:
                segment_status = Status.UPCOMING
            elif run.first_start is not None:
                segment_status = Status.DONE
            else:
                segment_status = Status.SKIPPED
            view = SegmentView(
                index=index,
                item_index=item_index,
                phase_index=segment.phase_index,
                turn_index=segment.turn_index,
                kind=segment.phase.kind,
                turn=segment.turn,
                status=segment_status,
                allotted=plan.allotted[offset],
                added=run.added,
                elapsed=self.show.elapsed(index, now),
                actual_start=run.first_start,
                projected_start=segment_start if segment_status is Status.UPCOMING else None,
            )
            views.append(view)
            if segment_start is not None:
                if segment_status is Status.LIVE:
                    segment_start = now_at + max(0.0, view.remaining)
                elif segment_status is Status.UPCOMING:
                    segment_start += plan.use[offset]
            if segment_status is Status.LIVE:
                live = self._current(view, item_view, segment, runs, offset)
        # A live item's figures, and those of a paused one's, move with the clock.
        return _ItemViews(item_view, tuple(views), cursor, live, moving=is_live)

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
            first = offset - segment.turn_index
            phase_length = float(self.show.state.lengths[segment.item_index][segment.phase_index])
            used = sum(runs[first + j].elapsed for j in range(segment.turn_index))
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
        )

    def _propose(
        self, segments: list[SegmentView], projected_end: float, planned_end: float
    ) -> Proposal | None:
        hard_end = self.show.schedule.hard_end
        target = planned_end if hard_end is None else hard_end + self.show.state.shift
        if projected_end - target < PROPOSE_AFTER:
            return None
        return propose(self.show, segments, projected_end, target)
