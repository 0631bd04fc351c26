"""Write a long agenda for the scale benchmarks: by default 500 items (the most an agenda
file may hold) and 170 speakers, all in one day.

    python bench/big_agenda.py bench/results/big.toml
    python bench/big_agenda.py out.toml --items 500 --speakers 170 --per-session 17

From 06:00: sessions of ``--per-session`` speakers (a minute each, then 5 minutes of
discussion) spread evenly over the day, three 10-minute breaks that count to their
restart time, and 1:30 items in between, so that 500 of them end before midnight.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from emcee.core.agenda.model import Agenda, Item, ItemKind, Programme, Speaker
from emcee.core.agenda.schedule import plan
from emcee.core.agenda.writer import dumps

START = 6 * 3600


def big_agenda(items: int = 500, speakers: int = 170, per_session: int = 17) -> Agenda:
    sessions = -(-speakers // per_session)
    session_at = {round((n + 0.5) * items / sessions) for n in range(sessions)}
    break_at = {round(items * k / 4) + 1 for k in (1, 2, 3)} - session_at
    rows = []
    left = speakers
    for index in range(items):
        number = index + 1
        if index in session_at and left > 0:
            count = min(per_session, left)
            left -= count
            rows.append(
                Item(
                    f"세션 {number}",
                    ItemKind.SESSION,
                    part=f"{sessions - -(-left // per_session)}부",
                    presentation=60 * count,
                    discussion=300,
                    speakers=tuple(
                        Speaker(f"발표자 {number}-{k + 1}", f"사례 {k + 1}") for k in range(count)
                    ),
                )
            )
        elif index in break_at:
            rows.append(Item("휴식", ItemKind.BREAK, duration=600))
        else:
            rows.append(
                Item(f"순서 {number}", ItemKind.TALK, presenter=f"진행 {number}", duration=90)
            )
    rows[0] = replace(rows[0], start=START)
    return Agenda(Programme(f"긴 행사 ({items}개 순서, 발표자 {speakers}명)"), tuple(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--speakers", type=int, default=170)
    parser.add_argument("--per-session", type=int, default=17)
    args = parser.parse_args()
    agenda = big_agenda(args.items, args.speakers, args.per_session)
    schedule = plan(agenda)  # refuses an agenda that does not fit the day
    args.path.parent.mkdir(parents=True, exist_ok=True)
    args.path.write_text(dumps(agenda), encoding="utf-8")
    turns = sum(len(phase.turns) for item in schedule.items for phase in item.phases)
    end = schedule.end
    print(
        f"{args.path}: {len(schedule.items)} items, {turns} turns, "
        f"{end // 3600:02d}:{end % 3600 // 60:02d} end"
    )


if __name__ == "__main__":
    main()
