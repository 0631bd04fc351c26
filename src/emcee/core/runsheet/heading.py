"""What organisers write above a run sheet's table: the event's name, date and venue
("행사명: …", "일시 | 2023. 6. 23.(금) 13:00~17:10", "장소: …"), read into the programme."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from emcee.core.runsheet.cells import single_line
from emcee.core.runsheet.table import RawRow

# The label a row starts with -> the programme's field it gives.
LABELS = {
    "행사명": "title",
    "행사": "title",
    "제목": "title",
    "event": "title",
    "title": "title",
    "일시": "date",
    "일자": "date",
    "날짜": "date",
    "date": "date",
    "장소": "venue",
    "venue": "venue",
    "place": "venue",
    "주최": "organiser",
    "주관": "organiser",
    "organiser": "organiser",
    "organizer": "organiser",
}
# "행사명 : 값", "□ 일시: 값", "장소" then the value in the next cell.
_LABELLED = re.compile(
    r"^[□■○●◎\-•*·\s]*(?P<label>[^\s:：]+(?:\s[^\s:：]+)?)\s*[:：]?\s*(?P<rest>.*)$"
)
_DATE = re.compile(r"(?P<y>\d{4})\s*[.\-/년]\s*(?P<m>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})")


@dataclass
class Heading:
    """The programme's facts found above the table, and the rows they came from."""

    title: str = ""
    date: dt.date | None = None
    venue: str = ""
    organiser: str = ""
    rows: list[int] = field(default_factory=list)


def read_heading(rows: Iterable[RawRow]) -> Heading:
    heading = Heading()
    for row in rows:
        cells = [single_line(cell) for cell in row.cells if single_line(cell)]
        if not cells:
            continue
        match = _LABELLED.match(cells[0])
        if match is None:
            continue
        what = LABELS.get(match["label"].replace(" ", "").lower())
        value = match["rest"] or (cells[1] if len(cells) > 1 else "")
        if what is None or not value:
            continue
        if what == "date":
            found = _DATE.search(value)
            if found is None:
                continue
            try:
                heading.date = dt.date(int(found["y"]), int(found["m"]), int(found["d"]))
            except ValueError:
                continue
        elif not getattr(heading, what):
            setattr(heading, what, value)
        heading.rows.append(row.number)
    return heading
