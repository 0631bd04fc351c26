"""Random operator sessions: the journal rebuilds the same show, and damage never crashes."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from emcee import resources
from emcee.core.agenda.file import loads
from emcee.core.clock import FakeClock
from emcee.core.engine.actions import ActionKind
from emcee.core.engine.show import Show
from emcee.core.journal import Journal, JournalError, load_show, read_journal
from emcee.core.report import build_report, csv_text, to_json

from .test_journal import same_moment

AGENDA = resources.reference_agenda().read_text(encoding="utf-8")
SCHEDULE = loads(AGENDA)[1]
SEGMENTS = 31

# Mostly moving on and changing time; ending (which stops everything) rarely.
KINDS = [ActionKind.NEXT] * 6 + [ActionKind.ADJUST, ActionKind.JUMP, ActionKind.UNDO] * 2
KINDS += [k for k in ActionKind if k not in (ActionKind.NEXT, ActionKind.END)]
steps = st.lists(
    st.tuples(
        st.sampled_from([*KINDS] * 3 + [ActionKind.END]),
        st.integers(min_value=-2, max_value=SEGMENTS + 2),
        st.sampled_from([-120.0, -30.0, 30.0, 60.0, 300.0]),
        st.floats(min_value=0.0, max_value=900.0),
    ),
    max_size=40,
)


def play(folder, session):
    """Do the session live with a journal; returns the live show, its clock and the path."""
    clock = FakeClock(dt.datetime(2023, 6, 23, 12, 58, tzinfo=dt.UTC))
    show = Show(SCHEDULE, clock)
    journal = Journal.create(AGENDA, clock, folder, fallbacks=[])
    journal.record_action(show.start(), show.state.show)
    for kind, target, amount, wait in session:
        clock.advance(wait)
        journal.record_alerts(show.poll())
        if kind is ActionKind.REBALANCE:
            proposal = show.snapshot().proposal
            action = show.rebalance(proposal) if proposal is not None else None
        elif kind in (ActionKind.JUMP, ActionKind.COMEBACK, ActionKind.SKIP, ActionKind.UNSKIP):
            on_segment = kind in (ActionKind.JUMP, ActionKind.COMEBACK)
            action = show.perform(kind, target=target % SEGMENTS if on_segment else target)
        elif kind in (ActionKind.ADJUST, ActionKind.START):
            action = show.perform(kind, amount=amount)
        else:
            action = show.perform(kind)
        if action is not None:
            journal.record_action(action, show.state.show)
    return show, clock, journal.path


@settings(max_examples=40)
@given(session=steps, downtime=st.floats(min_value=0.0, max_value=3600.0))
def test_any_session_is_rebuilt_as_it_was(tmp_path_factory, session, downtime):
    show, clock, path = play(tmp_path_factory.mktemp("shows"), session)
    clock.advance(downtime)
    resumed, notices = load_show(path, FakeClock(clock.now(), monotonic=-5000.0))
    assert notices == []
    same_moment(resumed, show)
    report = build_report(path)
    assert report.notices == ()
    csv_text(report, "ko")


@settings(max_examples=60)
@given(
    session=steps,
    cut=st.floats(min_value=0.0, max_value=1.0),
    garbage=st.binary(max_size=40),
    where=st.floats(min_value=0.0, max_value=1.0),
    edit=st.sampled_from(["cut", "insert", "overwrite", "json"]),
)
def test_a_damaged_journal_never_crashes(tmp_path_factory, session, cut, garbage, where, edit):
    _, clock, path = play(tmp_path_factory.mktemp("shows"), session)
    raw = path.read_bytes()
    at = int(len(raw) * where)
    if edit == "cut":
        raw = raw[: int(len(raw) * cut)]
    elif edit == "insert":
        raw = raw[:at] + garbage + raw[at:]
    elif edit == "overwrite":
        raw = raw[:at] + garbage + raw[at + len(garbage) :]
    else:  # a well-formed line with nonsense values
        line = {"seq": 5, "type": "action", "wall": "2023-06-23T13:00:00+00:00", "mono": 1e9}
        line |= {"kind": "jump", "target": 10**6, "amount": 1e300}
        raw = raw[:at] + b"\n" + json.dumps(line).encode() + b"\n" + raw[at:]
    path.write_bytes(raw)
    try:
        read_journal(path)
        load_show(path, clock)
        report = build_report(path)
    except JournalError as error:
        assert error.describe("ko") and error.describe("en")
        return
    csv_text(report, "en")
    to_json(report)
    for notice in report.notices:
        assert notice.message("ko") and notice.message("en")
