"""The reference event as plain values, to compare the engine before and after a change:
its whole schedule, and the played afternoon of test_scenario.py (every turn's allotment,
alerts and times, and the snapshots at its checkpoints).

``tests/core/fixtures/reference-afternoon.json`` holds these values as the engine gave
them before items had phases of any kind; the scenario test compares them.
"""

from __future__ import annotations

from typing import Any

from emcee.core.agenda.schedule import Schedule
from emcee.core.engine.snapshot import Snapshot


def schedule_values(schedule: Schedule) -> list[dict[str, Any]]:
    return [
        {
            "number": planned.number,
            "start": planned.start,
            "duration": planned.duration,
            "phases": [
                {
                    "kind": phase.kind.value,
                    "start": phase.start,
                    "duration": phase.duration,
                    "turns": [
                        [
                            turn.speaker.presenter if turn.speaker else None,
                            turn.start,
                            turn.duration,
                        ]
                        for turn in phase.turns
                    ],
                }
                for phase in planned.phases
            ],
        }
        for planned in schedule.items
    ]


def snapshot_values(snapshot: Snapshot) -> dict[str, Any]:
    current = snapshot.current
    return {
        "state": snapshot.state.value,
        "time_of_day": snapshot.time_of_day,
        "drift": snapshot.drift,
        "planned_end": snapshot.planned_end,
        "projected_end": snapshot.projected_end,
        "current": None
        if current is None
        else [current.segment.index, current.allotted, current.remaining, current.level.value],
        "items": [
            [
                item.status.value,
                item.planned_start,
                item.planned_duration,
                item.actual_start,
                item.actual_end,
                item.over_under,
                snapshot.expected_start(item.index),
                snapshot.expected_end(item.index),
            ]
            for item in snapshot.items
        ],
        "segments": [
            [s.status.value, s.allotted, s.added, s.elapsed, s.actual_start]
            for s in snapshot.segments
        ],
        "proposal": None
        if snapshot.proposal is None
        else [
            [c.item_index, c.phase.value if c.phase else None, c.planned, c.proposed]
            for c in snapshot.proposal.changes
        ],
    }


def afternoon_values(show: Any, record: dict[str, Any]) -> dict[str, Any]:
    """test_scenario.py's played afternoon as plain values."""
    return {
        "schedule": schedule_values(show.schedule),
        "allotted": {str(index): value for index, value in sorted(record["allotted"].items())},
        "alerts": {
            str(index): [
                [a.kind.value, a.minute, a.at_remaining, a.late, a.speaker, a.overtime]
                for a in alerts
            ]
            for index, alerts in sorted(record["alerts"].items())
        },
        "checkpoints": {
            name: snapshot_values(snapshot)
            for name, snapshot in sorted(record["checkpoints"].items())
        },
    }
