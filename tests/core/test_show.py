"""The show engine on a fake clock: actions, timers, compound slots, breaks, alerts, undo."""

from __future__ import annotations

import pytest

from emcee.core.agenda.model import PhaseKind
from emcee.core.agenda.schedule import plan
from emcee.core.engine.actions import ActionKind
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import AlertKind, Level, ShowState, Status

from .showkit import hm, play_turn, reference_show, remaining, run_for, show_of

SESSION = """
    [programme]
    title = "t"
    start = "09:00"
    [[items]]
    title = "Talk"
    duration = "10m"
    [[items]]
    kind = "session"
    title = "Panel"
    presentation = "20m"
    discussion = "15m"
    speakers = [{presenter="A"},{presenter="B"},{presenter="C"},{presenter="D"},{presenter="E"}]
    [[items]]
    title = "Closing"
    duration = "5m"
    """


def kinds(alerts):
    return [(a.kind, a.minute) for a in alerts]


# --- time -------------------------------------------------------------------------------------


@pytest.mark.parametrize("jump", [3600, -3600])
def test_wall_clock_jump_changes_no_remaining_time(jump):
    show, clock = reference_show()
    show.start()
    show.next()  # opening, 5 min
    clock.advance(100)
    before = show.snapshot()
    clock.jump_wall(jump)
    after = show.snapshot()
    assert after.current.remaining == before.current.remaining == 200
    assert after.current.elapsed == before.current.elapsed
    clock.advance(50)
    assert remaining(show) == 150
    # Times of day follow the wall clock, as they must.
    assert after.time_of_day == pytest.approx((before.time_of_day + jump) % 86400)


def test_remaining_comes_from_timestamps_not_ticks():
    show, clock = reference_show()
    show.start()
    clock.advance(1234.5)  # no tick at all in between
    assert remaining(show) == 1800 - 1234.5


def test_ready_before_start_and_late_start_counts_as_drift():
    show, clock = reference_show(12, 50)
    snapshot = show.snapshot()
    assert snapshot.state is ShowState.READY
    assert snapshot.current is None
    assert snapshot.drift == 0
    assert snapshot.items[0].status is Status.NEXT
    clock.set_time_of_day(13, 4)
    assert show.snapshot().drift == 240


# --- actions ----------------------------------------------------------------------------------


def test_pause_stops_the_turn_but_not_the_programme():
    show, clock = show_of(SESSION)
    show.start()
    clock.advance(60)
    show.pause()
    clock.advance(120)
    snapshot = show.snapshot()
    assert snapshot.state is ShowState.PAUSED
    assert snapshot.current.elapsed == 60
    assert snapshot.drift == 120  # the pause pushed everything later
    show.resume()
    clock.advance(30)
    assert show.snapshot().current.elapsed == 90


def test_next_goes_turn_then_phase_then_item():
    show, _clock = show_of(SESSION)
    show.start()
    seen = []
    for _ in range(7):
        current = show.snapshot().current
        seen.append((current.item.index, current.segment.kind, current.turn_number))
        show.next()
    assert seen == [
        (0, PhaseKind.MAIN, 1),
        (1, PhaseKind.PRESENTATION, 1),
        (1, PhaseKind.PRESENTATION, 2),
        (1, PhaseKind.PRESENTATION, 3),
        (1, PhaseKind.PRESENTATION, 4),
        (1, PhaseKind.PRESENTATION, 5),
        (1, PhaseKind.DISCUSSION, 1),
    ]
    assert show.snapshot().current.item.index == 2
    show.next()
    assert show.snapshot().state is ShowState.ENDED


def test_previous_returns_to_a_turn_with_its_time_so_far():
    show, clock = show_of(SESSION)
    show.start()
    clock.advance(200)
    show.next()
    clock.advance(30)
    show.previous()
    clock.advance(10)
    snapshot = show.snapshot()
    assert snapshot.current.segment.index == 0
    assert snapshot.current.elapsed == 210
    assert snapshot.segments[1].elapsed == 30


def test_jump_to_any_turn_and_previous_at_the_start_does_nothing():
    show, _clock = show_of(SESSION)
    assert show.previous() is None
    show.start()
    show.jump(4)  # speaker D
    current = show.snapshot().current
    assert (current.item.index, current.turn_number, current.turns_in_phase) == (1, 4, 5)
    # Earlier items that were jumped over count as skipped.
    assert show.snapshot().items[0].status is Status.DONE
    show.jump(7)
    assert show.snapshot().items[1].status is Status.DONE
    assert show.jump(99) is None


def test_jump_before_the_start_chooses_where_to_start():
    show, _clock = reference_show()
    show.jump(1)
    assert show.snapshot().state is ShowState.READY
    show.start()
    snapshot = show.snapshot()
    assert snapshot.current.segment.index == 1
    assert snapshot.items[0].status is Status.SKIPPED


@pytest.mark.parametrize("amount", [30, -30, 60, -60, 135])
def test_adjust_adds_or_removes_time(amount):
    show, clock = show_of(SESSION)
    show.start()
    clock.advance(100)
    show.adjust(amount)
    current = show.snapshot().current
    assert current.added == amount
    assert current.remaining == 600 + amount - 100
    assert current.elapsed + current.remaining == current.allotted + current.added


def test_restart_turn():
    show, clock = show_of(SESSION)
    show.start()
    clock.advance(300)
    show.adjust(60)
    show.restart()
    assert remaining(show) == 600
    clock.advance(10)
    assert remaining(show) == 590


def test_skip_current_and_future_items():
    show, _clock = show_of(SESSION)
    show.start()
    planned_end = show.snapshot().projected_end
    show.skip(1)  # the panel, not yet started: 35 min less
    assert show.snapshot().projected_end == planned_end - 35 * 60
    assert show.snapshot().items[1].status is Status.SKIPPED
    show.skip(0)  # the live talk: go on to the next item that is not skipped
    snapshot = show.snapshot()
    assert snapshot.current.item.index == 2
    show.undo()
    show.undo()
    assert show.snapshot().current.item.index == 0
    assert show.snapshot().items[1].status is Status.NEXT


def test_end_the_show():
    show, clock = show_of(SESSION)
    show.start()
    clock.advance(600)
    show.end()
    snapshot = show.snapshot()
    assert snapshot.state is ShowState.ENDED
    assert snapshot.current is None
    assert snapshot.items[0].status is Status.DONE
    assert snapshot.items[1].status is Status.SKIPPED
    assert show.next() is None


def test_every_action_is_recorded_with_both_clocks():
    show, clock = show_of(SESSION)
    show.start()
    clock.advance(5)
    show.adjust(30)
    show.next()
    assert [a.kind for a in show.history] == [ActionKind.START, ActionKind.ADJUST, ActionKind.NEXT]
    assert show.history[1].amount == 30
    assert show.history[2].monotonic - show.history[0].monotonic == 5
    assert show.pause() is not None and show.pause() is None  # no-ops are not recorded


def test_undo_restores_and_time_flows_into_the_restored_turn():
    show, clock = show_of(SESSION)
    show.start()
    clock.advance(100)
    show.next()  # pressed too early
    clock.advance(20)
    show.undo()
    snapshot = show.snapshot()
    assert snapshot.current.segment.index == 0
    assert snapshot.current.elapsed == 120
    assert snapshot.segments[1].actual_start is None
    show.undo()  # undo the start
    assert show.snapshot().state is ShowState.READY
    assert show.undo() is None


def test_replaying_the_actions_rebuilds_the_same_show():
    show, clock = reference_show()
    show.start()
    run_for(show, clock, 1800)
    show.next()
    run_for(show, clock, 400)
    show.adjust(60)
    show.pause()
    clock.advance(30)
    show.resume()
    show.next()
    show.undo()
    run_for(show, clock, 90)
    show.skip(5)
    replay = Show(show.schedule, clock)
    for action in show.history:
        assert replay.apply(action)
    replay.poll()
    show.poll()
    assert replay.snapshot() == show.snapshot()


# --- compound slots ---------------------------------------------------------------------------


def test_presentation_overrun_eats_into_the_discussion():
    show, clock = show_of(SESSION)
    show.start()
    play_turn(show, clock)
    for _ in range(5):
        play_turn(show, clock, extra=36)  # each speaker 36 s over: 3 min in all
    current = show.snapshot().current
    assert current.segment.kind is PhaseKind.DISCUSSION
    # A-D's overruns were absorbed by the shares of those after them (A 4:36, B 4:27,
    # C 4:15, D 3:57); only E's 36 s (3:21 instead of 2:45) comes out of the discussion.
    assert current.allotted == 15 * 60 - 36


def test_even_shares_recompute_from_what_is_left_of_the_block():
    show, clock = reference_show()
    show.start()
    show.jump(show.item_segments[6].start)  # Part 3: 8 speakers, 40 min
    play_turn(show, clock, extra=90)  # the first speaker takes 6:30
    current = show.snapshot().current
    assert current.turn_number == 2
    # 33:30 among 7 is 4:47 and one second over: the earliest speaker to come gets it.
    assert current.allotted == 288
    assert current.block_remaining == 40 * 60 - 390
    upcoming = [s.allotted for s in show.snapshot().segments[current.segment.index + 1 :][:6]]
    assert upcoming == [287] * 6


def test_shares_on_time_are_the_planned_turns():
    # 20 minutes among 7 speakers: the plan gives the odd seconds to the earliest (2:52 for
    # the first three, 2:51 for the others), and so does the show while nobody runs over.
    show, clock = show_of(
        SESSION.replace('{presenter="E"}', '{presenter="E"},{presenter="F"},{presenter="G"}')
    )
    planned = [turn.duration for turn in show.schedule.items[1].phases[0].turns]
    assert planned == [172, 172, 172, 171, 171, 171, 171]
    show.start()
    play_turn(show, clock)
    allotted = []
    for _ in planned:
        allotted.append(show.snapshot().current.allotted)
        play_turn(show, clock)
    assert allotted == planned


def test_fixed_shares_keep_the_plan():
    show, clock = show_of(SESSION.replace('kind = "session"', 'kind = "session"\nshares = "fixed"'))
    show.start()
    play_turn(show, clock)
    play_turn(show, clock, extra=90)
    assert show.snapshot().current.allotted == 240


def test_last_speaker_over_shortens_the_discussion_and_item_ends_on_time():
    show, clock = show_of(SESSION)
    show.start()
    play_turn(show, clock)
    for _ in range(4):
        play_turn(show, clock)
    play_turn(show, clock, extra=150)
    snapshot = show.snapshot()
    assert snapshot.current.segment.kind is PhaseKind.DISCUSSION
    assert snapshot.current.allotted == 15 * 60 - 150
    assert snapshot.expected_end(1) == hm("09:45")
    assert snapshot.drift == 0


def test_protected_discussion_keeps_its_length_and_the_programme_runs_late():
    text = SESSION.replace('kind = "session"', 'kind = "session"\nprotect_discussion = true')
    show, clock = show_of(text)
    show.start()
    play_turn(show, clock)
    for _ in range(4):
        play_turn(show, clock)
    play_turn(show, clock, extra=150)
    snapshot = show.snapshot()
    assert snapshot.current.allotted == 15 * 60
    assert snapshot.drift == 150
    assert snapshot.projected_end == hm("09:50") + 150


def test_a_protected_discussions_delay_is_taken_back_by_the_following_break():
    from dataclasses import replace

    show, clock = reference_show()
    agenda = show.schedule.agenda
    items = list(agenda.items)
    items[4] = replace(items[4], protect_discussion=True)  # Part 2, followed by the break
    show = type(show)(plan(replace(agenda, items=tuple(items))), clock)
    show.start()
    clock.set_time_of_day(14, 10)
    show.jump(show.item_segments[4].start)
    for _ in range(4):
        play_turn(show, clock)
    play_turn(show, clock, extra=180)  # the last speaker takes 3 minutes more
    snapshot = show.snapshot()
    assert snapshot.current.allotted == 15 * 60  # the discussion keeps its 15 minutes
    assert snapshot.expected_end(4) == hm("14:48")  # Part 2 ends 3 minutes late
    assert snapshot.expected_end(5) == hm("14:55")  # the break restarts on time
    assert snapshot.projected_end == hm("17:10")


def test_shares_never_fall_below_half():
    show, clock = show_of(SESSION)
    show.start()
    play_turn(show, clock)
    play_turn(show, clock, extra=15 * 60)  # A talks for 19 minutes
    assert show.snapshot().current.allotted == 120  # half of 4 min, not what is left (1 min)


def test_explicit_speaker_durations_are_kept():
    text = SESSION.replace('{presenter="B"}', '{presenter="B", duration="6m"}')
    show, clock = show_of(text)
    show.start()
    play_turn(show, clock)  # the talk before the panel
    assert show.snapshot().current.allotted == 210  # 14 min among 4 flexible speakers
    play_turn(show, clock)
    assert show.snapshot().current.allotted == 360  # B keeps 6 minutes
    play_turn(show, clock, extra=60)
    # C, D, E share 20:00 - 3:30 (A) - 7:00 (B) = 9:30
    assert show.snapshot().current.allotted == 190


def test_added_time_on_a_shared_turn_keeps_the_block():
    show, clock = show_of(SESSION)
    show.start()
    play_turn(show, clock)
    show.adjust(60)
    snapshot = show.snapshot()
    assert snapshot.current.remaining == 300
    assert snapshot.current.block_remaining == 20 * 60
    assert snapshot.projected_end == hm("09:50")


# --- breaks -----------------------------------------------------------------------------------


def test_break_counts_to_the_planned_restart_time():
    show, clock = reference_show()
    show.start()
    show.jump(show.item_segments[5].start)  # the 14:45 break
    clock.set_time_of_day(14, 49)  # the jump happened earlier; restart to be sure
    show.restart()
    snapshot = show.snapshot()
    # Entered at 13:00 here, so the break counts to 14:55 from then.
    assert snapshot.current.target_time == hm("14:55")


def test_late_break_is_shortened_to_reach_the_restart_time():
    show, clock = reference_show()
    show.start()
    clock.set_time_of_day(14, 49)
    show.jump(show.item_segments[5].start)
    snapshot = show.snapshot()
    assert snapshot.current.remaining == 6 * 60
    assert snapshot.current.target_time == hm("14:55")
    assert snapshot.expected_start(snapshot.next_item.index) == hm("14:55")


def test_very_late_break_keeps_five_minutes_and_shows_the_projected_restart():
    show, clock = reference_show()
    show.start()
    clock.set_time_of_day(14, 52)
    show.jump(show.item_segments[5].start)
    snapshot = show.snapshot()
    assert snapshot.current.remaining == 5 * 60
    assert snapshot.current.target_time == hm("14:57")
    assert snapshot.expected_start(snapshot.next_item.index) == hm("14:57")
    assert snapshot.drift == 120


def test_future_breaks_absorb_lateness_in_the_projection():
    show, clock = reference_show()
    show.start()
    clock.set_time_of_day(14, 14)
    show.jump(show.item_segments[4].start)  # Part 2 starts 4 min late
    snapshot = show.snapshot()
    assert snapshot.drift == 240
    assert snapshot.expected_start(5) == hm("14:49")
    assert snapshot.expected_end(5) == hm("14:55")
    assert snapshot.projected_end == hm("17:10")


# --- warnings and alerts ----------------------------------------------------------------------


def test_levels_follow_the_lead_times():
    show, clock = show_of(SESSION)  # 10-minute talk: 2:00 and 1:00
    show.start()
    levels = {}
    for seconds in (479, 480, 539, 540, 599, 600, 604, 605):
        clock.advance(seconds - show.snapshot().current.elapsed)
        levels[seconds] = show.snapshot().current.level
    assert levels == {
        479: Level.NORMAL,
        480: Level.WARNING,
        539: Level.WARNING,
        540: Level.FINAL,
        599: Level.FINAL,
        600: Level.TIME_UP,
        604: Level.TIME_UP,
        605: Level.OVERTIME,
    }


def test_short_turns_get_scaled_lead_times():
    show, _clock = show_of(SESSION)
    show.start()
    show.next()  # a 4-minute speaker turn
    current = show.snapshot().current
    assert (current.warning_lead, current.final_lead) == (60, 30)


def test_alerts_fire_once_each_in_order():
    show, clock = show_of(SESSION)
    show.start()
    alerts = run_for(show, clock, 600 + 185)
    assert kinds(alerts) == [
        (AlertKind.WARNING, 0),
        (AlertKind.FINAL, 0),
        (AlertKind.TIME_UP, 0),
        (AlertKind.OVERTIME, 1),
        (AlertKind.OVERTIME, 2),
        (AlertKind.OVERTIME, 3),
    ]
    assert not any(a.late for a in alerts)
    assert alerts[0].speaker == "Talk"
    assert run_for(show, clock, 30) == []


def test_a_stalled_loop_reports_every_crossed_threshold_once_marked_late():
    show, clock = show_of(SESSION)
    show.start()
    run_for(show, clock, 475)
    clock.advance(5 + 60 + 65)  # the event loop stalls past warning, final and time-up
    alerts = show.poll()
    assert kinds(alerts) == [(AlertKind.WARNING, 0), (AlertKind.FINAL, 0), (AlertKind.TIME_UP, 0)]
    assert [a.late for a in alerts] == [True, True, True]
    assert show.poll() == []


def test_pause_stops_alerts():
    show, clock = show_of(SESSION)
    show.start()
    run_for(show, clock, 470)
    show.pause()
    assert run_for(show, clock, 600) == []
    show.resume()
    assert kinds(run_for(show, clock, 11)) == [(AlertKind.WARNING, 0)]


def test_adding_time_rearms_what_it_moves_back_over():
    show, clock = show_of(SESSION)
    show.start()
    assert kinds(run_for(show, clock, 545)) == [(AlertKind.WARNING, 0), (AlertKind.FINAL, 0)]
    show.adjust(60)  # 1:55 left: back above the final warning, still below the warning
    assert show.poll() == []
    assert kinds(run_for(show, clock, 60)) == [(AlertKind.FINAL, 0)]


def test_undo_of_added_time_does_not_repeat_alerts():
    show, clock = show_of(SESSION)
    show.start()
    run_for(show, clock, 545)
    show.adjust(60)
    show.poll()
    show.undo()
    assert show.poll() == []


def test_alerts_are_per_turn():
    show, clock = show_of(SESSION)
    show.start()
    run_for(show, clock, 600)
    show.next()
    alerts = run_for(show, clock, 181)
    assert kinds(alerts) == [(AlertKind.WARNING, 0)]
    assert alerts[0].speaker == "A"


# --- rebalancing ------------------------------------------------------------------------------


def test_no_proposal_while_on_time():
    show, _clock = reference_show()
    show.start()
    assert show.snapshot().proposal is None


def test_proposal_takes_discussions_first_then_applies_and_undoes():
    show, clock = reference_show()
    show.start()
    clock.set_time_of_day(14, 25)
    show.jump(show.item_segments[4].start)  # Part 2 starts 15 min late
    snapshot = show.snapshot()
    # Each break absorbs 5 of the 15 minutes (keeping 5 min), so 17:15 is projected.
    assert snapshot.projected_end == hm("17:15")
    proposal = snapshot.proposal
    assert proposal.target_end == hm("17:10")
    assert proposal.shortfall == 0
    assert proposal.saving == 300
    assert {(c.item_index, c.phase) for c in proposal.changes} <= {
        (4, PhaseKind.DISCUSSION),
        (6, PhaseKind.DISCUSSION),
        (8, PhaseKind.DISCUSSION),
    }
    show.rebalance(proposal)
    after = show.snapshot()
    assert after.projected_end == hm("17:10")
    assert after.proposal is None
    show.undo()
    assert show.snapshot().projected_end == hm("17:15")


def test_proposal_uses_presentations_last_and_states_the_shortfall():
    show, clock = show_of(SESSION.replace('start = "09:00"', 'start = "09:00"\nhard_end = "09:50"'))
    show.start()
    run_for(show, clock, 600 + 40 * 60)  # the opening talk runs 40 min over
    proposal = show.snapshot().proposal
    by_phase = {c.phase: c for c in proposal.changes}
    # Discussion down to half (7:30 -> whole minutes: 15 -> 8), presentations to half (20 -> 10),
    # the closing (5 min) to 3 min: 7 + 10 + 2 = 19 min of the 40 needed.
    assert by_phase[PhaseKind.DISCUSSION].proposed == 8 * 60
    assert by_phase[PhaseKind.PRESENTATION].proposed == 10 * 60
    assert by_phase[None].proposed == 3 * 60
    assert proposal.shortfall == pytest.approx(40 * 60 - 19 * 60)


def test_hard_end_is_the_target_when_given():
    show, clock = show_of(SESSION.replace('start = "09:00"', 'start = "09:00"\nhard_end = "10:00"'))
    show.start()
    run_for(show, clock, 600 + 4 * 60)
    snapshot = show.snapshot()
    assert snapshot.hard_end == hm("10:00")
    assert snapshot.proposal is None  # 09:54 is late for the plan but before the hard end


def test_shifted_plan_for_a_rehearsal():
    show, _clock = reference_show(10, 2)
    show.start(shift=hm("10:02") - hm("13:00"))
    snapshot = show.snapshot()
    assert snapshot.drift == 0
    assert snapshot.planned_end == hm("14:12")
    assert snapshot.items[1].planned_start == hm("10:32")


# --- editing the agenda during the show -----------------------------------------------------


def _edited(show, change):
    """The show's agenda with ``change(items)`` applied to a copy of its item list."""
    from dataclasses import replace

    items = list(show.schedule.agenda.items)
    change(items)
    return replace(show.schedule.agenda, items=tuple(items))


def test_edit_future_items_keeps_the_live_turn():
    from dataclasses import replace

    show, clock = show_of(SESSION)
    show.start()
    run_for(show, clock, 100)
    agenda = _edited(show, lambda items: items.__setitem__(2, replace(items[2], duration=600)))
    assert show.edit_problems(agenda) == []
    assert show.edit(agenda) is not None
    snapshot = show.snapshot()
    assert snapshot.current.elapsed == 100
    assert snapshot.current.remaining == 500
    assert snapshot.items[2].planned_duration == 600
    assert snapshot.projected_end == hm("10:00") - 5 * 60  # 10 + 35 + 10 minutes from 09:00
    show.undo()
    assert show.snapshot().items[2].planned_duration == 300


def test_edit_the_rest_of_the_live_item():
    from dataclasses import replace

    from emcee.core.agenda.model import Speaker

    show, clock = show_of(SESSION)
    show.start()
    play_turn(show, clock)
    play_turn(show, clock)  # A done; B live
    run_for(show, clock, 60)

    def change(items):
        # 20+15 becomes 25+10 and a sixth speaker joins the end of the block.
        panel = items[1]
        items[1] = replace(
            panel,
            presentation=1500,
            discussion=600,
            speakers=(*panel.speakers, Speaker("F", "late addition")),
        )

    agenda = _edited(show, change)
    assert show.edit_problems(agenda) == []
    show.edit(agenda)
    current = show.snapshot().current
    assert (current.turn_number, current.turns_in_phase) == (2, 6)
    assert current.elapsed == 60
    # B's share was fixed when the turn started (4:00, from the plan of the time); with the new
    # block of 25 min the five speakers still to come share 25:00 - 4:00 (A) = 21:00: 4:12.
    assert current.allotted == 252


def test_edits_that_rewrite_the_past_are_refused():
    from dataclasses import replace

    show, clock = show_of(SESSION)
    show.start()
    play_turn(show, clock)
    play_turn(show, clock)  # panel, speaker B live
    agenda = _edited(
        show, lambda items: items.__setitem__(1, replace(items[1], speakers=items[1].speakers[1:]))
    )
    assert [p.code for p in show.edit_problems(agenda)] == ["edit_changes_live"]
    assert show.edit(agenda) is None
    agenda = _edited(show, lambda items: items.pop(0))
    assert show.edit_problems(agenda)
    renamed = _edited(show, lambda items: items.__setitem__(0, replace(items[0], title="Keynote")))
    assert show.edit_problems(renamed) == []


def test_an_invalid_agenda_reports_its_problems():
    from dataclasses import replace

    show, _clock = show_of(SESSION)
    show.start()
    agenda = _edited(show, lambda items: items.__setitem__(2, replace(items[2], duration=None)))
    assert [p.code for p in show.edit_problems(agenda)] == ["missing_duration"]


def test_a_draft_may_not_add_remove_or_move_anything_up_to_the_live_item():
    from dataclasses import replace

    from emcee.core.agenda.model import Item

    show, clock = show_of(SESSION)
    removed = _edited(show, lambda items: items.pop(0))
    assert show.draft_problems(removed, plan(removed)) == []  # before the start: anything
    show.start()
    play_turn(show, clock)  # the panel is live
    assert [(p.code, p.item, p.item_title) for p in show.draft_problems(removed, None)] == [
        ("edit_moves_past", 1, "Talk")
    ]
    inserted = _edited(show, lambda items: items.insert(0, Item("Welcome", duration=60)))
    assert [p.code for p in show.draft_problems(inserted, plan(inserted))] == ["edit_moves_past"]
    renamed = _edited(show, lambda items: items.__setitem__(0, replace(items[0], title="Keynote")))
    assert show.draft_problems(renamed, plan(renamed)) == []
    closing = _edited(show, lambda items: items.__setitem__(2, replace(items[2], duration=600)))
    assert show.draft_problems(closing, plan(closing)) == []


def test_a_draft_is_checked_by_the_engine_only_when_it_plans():
    from dataclasses import replace

    show, clock = show_of(SESSION)
    show.start()
    play_turn(show, clock)
    play_turn(show, clock)  # panel, speaker B live
    agenda = _edited(
        show, lambda items: items.__setitem__(1, replace(items[1], speakers=items[1].speakers[1:]))
    )
    assert [p.code for p in show.draft_problems(agenda, plan(agenda))] == ["edit_changes_live"]
    assert show.draft_problems(agenda, None) == []  # its own problems are told first
    show.end()
    assert [p.code for p in show.draft_problems(show.schedule.agenda, None)] == ["edit_after_end"]


def test_a_late_break_restarts_on_a_whole_minute():
    show, clock = reference_show()
    show.start()
    clock.set_time_of_day(14, 52, 30)
    show.jump(show.item_segments[5].start)
    current = show.snapshot().current
    assert current.target_time == hm("14:58")  # 5 minutes at least, then the next minute
    assert current.remaining == 5 * 60 + 30


# --- alerts at the edges: pauses, re-split shares, undo -------------------------------------


def test_no_alert_while_paused_and_what_was_crossed_fires_once_on_resume():
    show, clock = show_of(SESSION)
    show.start()
    show.next()  # speaker A, 4 minutes: warning 1:00, final 0:30
    assert kinds(run_for(show, clock, 190)) == [(AlertKind.WARNING, 0)]
    show.pause()
    show.adjust(-60)  # 50 s left becomes -10 s: past the final warning and time up
    assert show.poll() == []
    assert run_for(show, clock, 120) == []
    show.resume()
    assert kinds(show.poll()) == [(AlertKind.FINAL, 0), (AlertKind.TIME_UP, 0)]
    assert kinds(run_for(show, clock, 55)) == [(AlertKind.OVERTIME, 1)]


def test_lead_times_follow_the_share_in_force():
    show, clock = reference_show()
    show.start()
    show.jump(show.item_segments[6].start)  # Part 3: 8 speakers, 5:00 each (1:15 / 0:30)
    play_turn(show, clock, extra=20 * 60)  # the first speaker takes 25 minutes
    current = show.snapshot().current
    assert current.allotted == 150  # 15:00 left for seven: the half-share floor, 2:30
    assert (current.warning_lead, current.final_lead) == (30, 15)  # as any 2:30 turn
    assert run_for(show, clock, 119) == []
    assert kinds(run_for(show, clock, 1)) == [(AlertKind.WARNING, 0)]
    assert kinds(run_for(show, clock, 15)) == [(AlertKind.FINAL, 0)]


def test_undo_never_gives_an_alert_twice():
    show, clock = show_of(SESSION)
    show.start()
    clock.advance(100)
    show.skip(2)  # an unrelated action before the warning
    assert kinds(run_for(show, clock, 400)) == [(AlertKind.WARNING, 0)]
    show.undo()  # the skip is taken back; the warning stays given
    assert show.poll() == []
    show.skip(2)  # ... and done again
    assert show.poll() == []
    assert kinds(run_for(show, clock, 60)) == [(AlertKind.FINAL, 0)]


def test_undo_of_a_pause_does_not_repeat_what_the_resume_fired():
    show, clock = show_of(SESSION)
    show.start()
    run_for(show, clock, 470)
    show.pause()
    show.adjust(-30)
    show.resume()
    assert kinds(show.poll()) == [(AlertKind.WARNING, 0)]
    show.undo()  # paused again
    show.resume()
    assert show.poll() == []


def test_undo_of_an_edit_keeps_the_alerts_given_since():
    from dataclasses import replace

    show, clock = show_of(SESSION)
    show.start()
    clock.advance(100)
    show.edit(_edited(show, lambda items: items.__setitem__(0, replace(items[0], title="Talk!"))))
    assert kinds(run_for(show, clock, 400)) == [(AlertKind.WARNING, 0)]
    show.undo()  # the old title again, and the warning already given
    assert show.poll() == []


# --- a speaker who was absent comes back --------------------------------------------------


def test_a_speaker_who_comes_back_speaks_next_and_the_others_keep_their_turns():
    show, clock = reference_show()
    show.start()
    part3 = show.item_segments[6].start  # 8 speakers in 40 minutes
    show.jump(part3)
    play_turn(show, clock)  # the first speaker: 5:00
    show.next()  # the second is not there: passed over
    assert show.snapshot().current.allotted == 350  # 35:00 among the six to come
    run_for(show, clock, 60)
    show.comeback(part3 + 1)  # the second has arrived while the third speaks
    snapshot = show.snapshot()
    assert snapshot.current.segment.index == part3 + 2  # the third goes on
    assert snapshot.current.allotted == 350  # with the share set when their turn started
    assert snapshot.next_segment.index == part3 + 1  # then the second
    assert snapshot.segments[part3 + 1].status is Status.UPCOMING
    assert snapshot.expected_end(6) == hm("14:00")  # the part still ends on time
    play_turn(show, clock)  # the third finishes on time
    current = show.snapshot().current
    # The second shares what is left (29:10) with the five still to come.
    assert (current.segment.index, current.allotted) == (part3 + 1, 292)
    assert current.block_remaining == 40 * 60 - 300 - 350
    assert show.snapshot().next_segment.index == part3 + 3  # then the fourth, not the third
    play_turn(show, clock)
    snapshot = show.snapshot()
    assert (snapshot.current.segment.index, snapshot.current.elapsed) == (part3 + 3, 0)
    assert snapshot.current.allotted == 292
    assert snapshot.segments[part3 + 2].status is Status.DONE
    assert snapshot.segments[part3 + 2].allotted == 350  # the third's share as it was


def test_jumping_back_to_a_speaker_who_came_back_ends_the_live_turn():
    show, clock = reference_show()
    show.start()
    part3 = show.item_segments[6].start
    show.jump(part3)
    play_turn(show, clock)
    show.next()  # the second is not there
    run_for(show, clock, 120)
    show.jump(part3 + 1)  # they speak now: the third's turn ends here
    snapshot = show.snapshot()
    assert snapshot.segments[part3 + 2].status is Status.DONE
    assert snapshot.current.allotted == 330  # 33:00 among the second and the five to come
    assert snapshot.next_segment.index == part3 + 3
    play_turn(show, clock)
    assert show.snapshot().current.segment.index == part3 + 3


def test_several_speakers_come_back_in_the_order_they_arrive():
    show, clock = reference_show()
    show.start()
    part3 = show.item_segments[6].start
    show.jump(part3 + 2)  # the first two are not there
    run_for(show, clock, 60)
    show.comeback(part3 + 1)
    show.comeback(part3)
    assert show.comeback(part3) is None  # already waiting
    seen = []
    for _ in range(4):
        play_turn(show, clock)
        seen.append(show.snapshot().current.segment.index - part3)
    assert seen == [1, 0, 3, 4]


def test_previous_and_next_around_a_speaker_brought_back():
    show, clock = reference_show()
    show.start()
    part3 = show.item_segments[6].start
    show.jump(part3)
    show.next()
    run_for(show, clock, 200)  # the first passed over; the second spoke
    show.jump(part3)  # the first is back, at once
    show.previous()  # a step back, to the break before Part 3
    assert show.snapshot().current.segment.index == part3 - 1
    show.next()
    assert show.snapshot().current.segment.index == part3  # back to the speaker brought back
    show.next()
    assert show.snapshot().current.segment.index == part3 + 2
