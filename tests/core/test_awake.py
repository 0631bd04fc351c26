"""The rule for keeping the laptop awake: from Start to End, not through a long pause."""

from __future__ import annotations

from emcee.core.engine.awake import AwakeDecision, AwakeRule
from emcee.core.engine.snapshot import ShowState


def test_held_while_running_and_never_before_the_start_or_after_the_end():
    rule = AwakeRule(release_after_pause=600)
    assert rule.decide(ShowState.READY, 0) == AwakeDecision(False, None)
    assert rule.decide(ShowState.RUNNING, 10) == AwakeDecision(True, None)
    assert rule.decide(ShowState.ENDED, 20) == AwakeDecision(False, None)


def test_a_pause_keeps_the_hold_until_it_lasts_longer_than_the_setting():
    rule = AwakeRule(release_after_pause=600)
    rule.decide(ShowState.RUNNING, 0)
    assert rule.decide(ShowState.PAUSED, 100) == AwakeDecision(True, 600)
    assert rule.decide(ShowState.PAUSED, 400) == AwakeDecision(True, 300)
    assert rule.decide(ShowState.PAUSED, 700) == AwakeDecision(False, None)
    # Resuming holds again; the next pause is counted from its own start.
    assert rule.decide(ShowState.RUNNING, 800).hold
    assert rule.decide(ShowState.PAUSED, 900) == AwakeDecision(True, 600)


def test_a_setting_of_zero_releases_at_the_pause():
    rule = AwakeRule(release_after_pause=0)
    assert not rule.decide(ShowState.PAUSED, 5).hold
