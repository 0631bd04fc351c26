"""Turning the rows of a run sheet into an agenda, accounting for every row.

Each row becomes an item, is added to the item above (a "- 발표(20분) 및 토론(15분)" line,
a "※ ..." footnote), is the header, is blank, or is listed in ``ImportResult.rejected``
with the reason. The agenda is then checked with ``schedule.plan``; its problems name
the rows they are about.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from emcee.core.agenda.model import (
    Agenda,
    Item,
    ItemKind,
    Phase,
    PhaseKind,
    Programme,
    Speaker,
    TimerStyle,
)
from emcee.core.agenda.problems import AgendaError, Problem
from emcee.core.agenda.reader import MAX_ITEMS
from emcee.core.agenda.schedule import NEXT_DAY_WITHIN, Schedule, next_day, plan
from emcee.core.runsheet.cells import (
    DAY,
    NEXT_DAY_END,
    find_phases,
    format_clock,
    is_footnote,
    is_sub_bullet,
    kind_from_words,
    parse_length,
    parse_time,
    parse_time_cell,
    single_line,
    split_part,
    strip_bullet,
)
from emcee.core.runsheet.columns import ColumnMapping, Role
from emcee.core.runsheet.heading import Heading, read_heading
from emcee.core.runsheet.messages import ImportProblem, shorten
from emcee.core.runsheet.people import designated, people_of, split_names
from emcee.core.runsheet.result import ImportResult, Outcome
from emcee.core.runsheet.table import RawRow, RawTable

DEFAULT_TITLE = "Run sheet"


@dataclass
class _Draft:
    """An item being collected from its row and any continuation rows below it."""

    rows: list[int]
    start: int | None
    duration: int | None
    title: str
    part: str
    presenter: str
    notes: list[str]
    kind_text: str
    more_title: list[str] = field(default_factory=list)
    # Rows under a merged time cell that each name someone: the speakers sharing the item.
    speakers: list[Speaker] = field(default_factory=list)
    mc: list[str] = field(default_factory=list)  # the 큐시트 / 시나리오 column's lines


class _RowRejectedError(Exception):
    """A row cannot be used; carries the message code and its parameters."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _length_source(time_text: str, start: int | None) -> str:
    """How a message names a length written inside the time cell: "(20)"."""
    inner = time_text[time_text.find("(") :] if "(" in time_text else time_text
    return single_line(inner) if start is not None else single_line(time_text)


def _unused_columns_only(table: RawTable, mapping: ColumnMapping, row: RawRow) -> _RowRejectedError:
    """A row with text only in columns of no role: which columns."""
    header = next((r for r in table.rows if r.number == mapping.header), None)
    names = []
    for column, text in enumerate(row.cells):
        if text and mapping.role_of(column) is None:
            name = header.cell(column) if header is not None else ""
            names.append(f"{column + 1} '{single_line(name)}'" if name else str(column + 1))
    return _RowRejectedError("unused_columns_only", columns=", ".join(names))


def _more_speakers(title: str, presenter: str, last: _Draft | None) -> bool:
    """A row without time that names someone under an item of the same title: one more
    speaker of that item ("주제발표 | 이교수" under "14:00~14:45 | 주제발표 | 김교수")."""
    if last is None or not presenter:
        return False
    return strip_bullet(title) in (last.title, split_part(last.title)[1])


def _minutes(seconds: int) -> str:
    return str(seconds // 60) if seconds % 60 == 0 else f"{seconds / 60:.1f}"


class _Parser:
    def __init__(self, table: RawTable, mapping: ColumnMapping, speakers: bool) -> None:
        self.table = table
        self.mapping = mapping
        self.speakers = speakers  # several names on a row become speakers sharing it
        self.heading = Heading()
        self.outcomes: dict[int, Outcome] = {}
        self.rejected: list[ImportProblem] = []
        self.notes: list[ImportProblem] = []
        self.drafts: list[_Draft] = []
        self.shared_time = self.rows_sharing_time()
        # Merged time cells whose rows have lengths of their own: the rows follow each other.
        self.split_tops = {
            self.shared_time[row.number]
            for row in table.rows
            if row.number in self.shared_time and self.cell(row, Role.DURATION)
        }
        self.folded: dict[int, list[int]] = {}  # top row -> the rows joined to its item

    def rows_sharing_time(self) -> dict[int, int]:
        """Rows whose time cell is part of a merged cell that starts above them -> its top row."""
        roles = (Role.TIME, Role.END)
        columns = [c for c in map(self.mapping.column, roles) if c is not None]
        shared: dict[int, int] = {}
        top: int | None = None
        for row in self.table.rows:
            if top is not None and any(c in row.merged and c not in row.spanned for c in columns):
                shared[row.number] = top
            else:
                top = row.number
        return shared

    # --- helpers -------------------------------------------------------------------------

    def cell(self, row: RawRow, role: Role) -> str:
        column = self.mapping.column(role)
        if column is None or column in row.spanned:
            return ""
        if role in (Role.TIME, Role.END) and row.number in self.shared_time:
            return ""  # the merged cell's time is its top row's, said once
        if role is Role.DURATION and row.number in self.shared_time and column in row.merged:
            return ""  # a length merged down with the time is the top row's too
        return row.cell(column)

    def label(self, row: RawRow) -> str:
        """A few words that let the user find the row: its title, else its first text."""
        return single_line(self.cell(row, Role.TITLE) or next((c for c in row.cells if c), ""))

    def reject(self, row: RawRow, code: str, **params: str) -> None:
        self.outcomes[row.number] = Outcome.NOT_USED
        if "value" in params:  # the cell is quoted in the message: a long one is cut
            params["value"] = shorten(single_line(params["value"]), 40)
        self.rejected.append(
            ImportProblem(code, params, item_title=self.label(row), row=row.number)
        )

    def reject_range(self, rows: list[RawRow], code: str, **params: str) -> None:
        """One entry for a run of rows that are not part of the table (blank ones stay blank)."""
        filled = [row for row in rows if not row.blank]
        for row in rows:
            self.outcomes[row.number] = Outcome.BLANK if row.blank else Outcome.NOT_USED
        if filled:
            first, last = filled[0].number, filled[-1].number
            self.rejected.append(
                ImportProblem(
                    code,
                    params,
                    item_title=self.label(filled[0]) if first == last else "",
                    row=first,
                    last_row=last if last != first else None,
                )
            )

    def note(self, row: int, title: str, code: str, **params: str) -> None:
        self.notes.append(ImportProblem(code, params, item_title=title, row=row))

    # --- rows ----------------------------------------------------------------------------

    def read(self) -> None:
        rows = list(self.table.rows)
        header = self.mapping.header
        body = rows
        if header is not None:
            above = [row for row in rows if row.number < header]
            body = [row for row in rows if row.number > header]
            self.heading = read_heading(above)
            for number in self.heading.rows:
                self.outcomes[number] = Outcome.PROGRAMME
            above = [row for row in above if row.number not in self.heading.rows]
            self.reject_range(above, "above_header", header=str(header))
            header_rows = [row for row in rows if row.number == header]
            for row in header_rows:
                self.outcomes[row.number] = Outcome.HEADER
            header_cells = header_rows[0].cells if header_rows else None
        else:
            header_cells = None

        if self.mapping.column(Role.TITLE) is None:
            for row in body:
                if row.blank:
                    self.outcomes[row.number] = Outcome.BLANK
            self.reject_range(body, "no_title_column")
            return

        last: _Draft | None = None  # the item the previous used row belongs to
        last_rejected: int | None = None  # the previous row, when it was not used
        after_blank: int | None = None  # the blank row just above, if any
        for index, row in enumerate(body):
            if row.blank:
                self.outcomes[row.number] = Outcome.BLANK
                after_blank = row.number
                continue
            if row.hidden:
                self.reject(row, "hidden_row")
                last, last_rejected, after_blank = None, row.number, None
                continue
            if header_cells is not None and row.cells == header_cells:
                self.outcomes[row.number] = Outcome.HEADER  # repeated on a new page
                continue
            timed = any(self.cell(row, role) for role in (Role.TIME, Role.END, Role.DURATION))
            title = self.cell(row, Role.TITLE)
            footnote = self.footnote_in_time(row)
            if footnote:  # "※ 일정은 변경될 수 있음" pasted into the time column
                timed, title = False, footnote
            if after_blank is not None and not title and not self.has_time(row):
                # A blank row, then a row with neither a title nor a time ("붙임 2",
                # "※ 일정은 변경될 수 있습니다" in the first column): the table has ended.
                self.reject_range(body[index:], "after_table", blank=str(after_blank))
                return
            after_blank = None
            try:
                last = self.read_row(row, timed, title, last, last_rejected)
                last.mc.extend(filter(None, [self.cell(row, Role.MC)]))  # 큐시트, 시나리오
                last_rejected = None
            except _RowRejectedError as rejected:
                self.reject(row, rejected.code, **rejected.params)
                last, last_rejected = None, row.number

    def read_row(
        self,
        row: RawRow,
        timed: bool,
        title: str,
        last: _Draft | None,
        last_rejected: int | None,
    ) -> _Draft:
        """The draft this row belongs to (a new one, or ``last`` when it continues it)."""
        used = set(self.mapping.roles.values())
        if not any(text for column, text in enumerate(row.cells) if column in used):
            raise _unused_columns_only(self.table, self.mapping, row)
        if self.is_heading(row):
            raise _RowRejectedError("merged_heading")
        notes = self.cell(row, Role.NOTES)
        presenter = self.cell(row, Role.PRESENTER)
        more = self.speakers and _more_speakers(title, presenter, last)
        if not timed and (row.number in self.shared_time or more):
            return self.join_merged(row, title, notes, presenter, last)
        if not timed and (not title or is_sub_bullet(title) or is_footnote(title)):
            if last is not None:
                self.outcomes[row.number] = Outcome.CONTINUATION
                last.rows.append(row.number)
                if is_footnote(title):
                    last.notes.append(single_line(title))
                elif title:
                    last.more_title.append(single_line(title))
                if notes:
                    last.notes.append(notes)
                if presenter:
                    last.presenter = ", ".join(p for p in (last.presenter, presenter) if p)
                return last
            if last_rejected is not None:
                raise _RowRejectedError("orphan_continuation", previous=str(last_rejected))
            if is_footnote(title):
                raise _RowRejectedError("footnote_alone")
        start, duration = self.timing(row)
        part = single_line(self.cell(row, Role.PART))
        if not strip_bullet(title) and part and kind_from_words(part) is not None:
            title, part = part, ""  # 구분 "휴식" and nothing in 내용: the break is its title
        if not strip_bullet(title):
            raise _RowRejectedError("no_title")
        draft = _Draft(
            rows=[row.number],
            start=start,
            duration=duration,
            title=strip_bullet(title),
            part=part,
            presenter=", ".join(line.strip() for line in presenter.splitlines() if line.strip()),
            notes=[notes] if notes else [],
            kind_text=single_line(self.cell(row, Role.KIND)),
        )
        self.outcomes[row.number] = Outcome.ITEM
        self.drafts.append(draft)
        return draft

    def join_merged(
        self, row: RawRow, title: str, notes: str, presenter: str, last: _Draft | None
    ) -> _Draft:
        """A row under a merged time cell (with no length of its own) joins its top row's
        item, as does a row without time naming someone under an item of its title."""
        top = self.shared_time.get(row.number)
        if last is None or (top is not None and top not in last.rows):
            raise _RowRejectedError("orphan_continuation", previous=str(top))
        self.outcomes[row.number] = Outcome.CONTINUATION
        last.rows.append(row.number)
        if top is not None:  # said in one note per merged cell
            self.folded.setdefault(top, []).append(row.number)
        said = strip_bullet(title)
        same = said in (last.title, split_part(last.title)[1])  # "주제발표" under "(1부) 주제발표"
        if is_footnote(title):
            last.notes.append(single_line(title))
        elif said and not same and "· " + said not in last.more_title:
            last.more_title.append("· " + said)
        if notes and notes not in last.notes:  # a notes cell merged down the same rows
            last.notes.append(notes)
        if self.speakers and presenter:  # each row's names speak in turn, on its title
            if not last.speakers:
                last.speakers = [Speaker(name) for name in split_names(last.presenter)]
            about = "" if same else said
            last.speakers.extend(Speaker(name, about) for name in split_names(presenter))
            return last
        names = [*last.presenter.split(", "), *(name.strip() for name in presenter.splitlines())]
        last.presenter = ", ".join(dict.fromkeys(name for name in names if name))  # once each
        return last

    def note_merged(self) -> None:
        """One note for each merged time cell whose rows became one item."""
        column = self.mapping.column(Role.TIME)
        if column is None:
            column = self.mapping.column(Role.END)
        rows = {row.number: row for row in self.table.rows}
        for top, joined in self.folded.items():
            text = single_line(rows[top].cell(column)) if column is not None else ""
            when = parse_time_cell(text)  # as read: Excel's 0.5625 is said as 13:30
            time = text
            if when.start is not None:
                time = format_clock(when.start)
                time += f"~{format_clock(when.end)}" if when.end is not None else ""
            self.notes.append(
                ImportProblem(
                    "merged_time",
                    {"time": time},
                    item_title=self.label(rows[top]),
                    row=top,
                    last_row=joined[-1],
                )
            )

    def footnote_in_time(self, row: RawRow) -> str:
        """A footnote ("※ ...") that is the row's only text, in a time or length column."""
        filled = {role: text for role in self.mapping.roles if (text := self.cell(row, role))}
        if len(filled) != 1:
            return ""
        (role, text), *_ = filled.items()
        timing = role in (Role.TIME, Role.END, Role.DURATION)
        return text if timing and is_footnote(text) else ""

    def has_time(self, row: RawRow) -> bool:
        try:
            start, duration = self.timing(row)
        except _RowRejectedError:
            return False
        return start is not None or duration is not None

    def is_heading(self, row: RawRow) -> bool:
        """One merged cell across the whole table: a section heading, not an item."""
        if not row.spanned:
            return False
        own = [c for c, text in enumerate(row.cells) if text and c not in row.spanned]
        return len(own) == 1 and set(range(own[0] + 1, self.table.width)) <= row.spanned

    def timing(self, row: RawRow) -> tuple[int | None, int | None]:
        """The row's start and length from its time, end and length cells, which must agree."""
        time_text = self.cell(row, Role.TIME)
        when = parse_time_cell(time_text)
        if when.error:
            raise _RowRejectedError(when.error, value=when.value)
        # The top row of a merged time cell, whose rows each have a length: the cell's end
        # and length are the rows' together; this row takes its start and its own length.
        group = row.number in self.split_tops and bool(self.cell(row, Role.DURATION))
        if group:
            when = replace(when, end=None, length=None)
        start, end = when.start, when.end
        lengths: list[tuple[str, int]] = []  # (what says so, seconds)
        if when.length is not None:
            lengths.append((_length_source(time_text, start), when.length))

        end_text = "" if group else self.cell(row, Role.END)
        if end_text:
            end_value = parse_time(end_text)
            if end_value is None:
                raise _RowRejectedError("bad_end_cell", value=single_line(end_text))
            if end_value > NEXT_DAY_END:
                raise _RowRejectedError("time_beyond_next_day", value=format_clock(end_value))
            if end is not None and end != end_value:
                raise _RowRejectedError(
                    "end_mismatch", first=format_clock(end), second=format_clock(end_value)
                )
            end = end_value

        length_text = self.cell(row, Role.DURATION)
        if length_text:
            length = parse_length(length_text, clock=True)
            if length is None or length > DAY:
                raise _RowRejectedError("bad_length_cell", value=single_line(length_text))
            lengths.append((single_line(length_text), length))

        if end is not None:
            if start is None:
                raise _RowRejectedError("end_without_start", end=format_clock(end))
            if end == start:
                raise _RowRejectedError("zero_length")
            if end < start:  # "23:50~00:40" runs past midnight; "13:30~13:00" is a mistake
                crossing = next_day(end, start + 1, start + NEXT_DAY_WITHIN)
                if crossing is None:
                    raise _RowRejectedError(
                        "ends_before_start", start=format_clock(start), end=format_clock(end)
                    )
                end = crossing
            lengths.insert(0, (f"{format_clock(start)}~{format_clock(end)}", end - start))
        for source, length in lengths[1:]:
            if length != lengths[0][1]:
                raise _RowRejectedError(
                    "length_mismatch",
                    first=lengths[0][0],
                    first_minutes=_minutes(lengths[0][1]),
                    second=source,
                    second_minutes=_minutes(length),
                )
        duration = lengths[0][1] if lengths else None
        if duration == 0:
            raise _RowRejectedError("zero_length")
        return start, duration

    # --- items ---------------------------------------------------------------------------

    def item(self, draft: _Draft) -> Item:
        title = " ".join([draft.title, *draft.more_title])
        row = draft.rows[0]
        part = draft.part
        prefix, rest = split_part(title)
        if not part:
            part, title = prefix, rest
        elif prefix == part:
            title = rest

        kind = kind_from_words(draft.kind_text) if draft.kind_text else None
        if draft.kind_text and kind is None:
            guessed = kind_from_words(title) or ItemKind.OTHER
            self.note(row, title, "unknown_kind", value=draft.kind_text, kind=guessed.value)
        presentation = discussion = None
        phases = find_phases(title)
        if phases is not None and kind in (None, ItemKind.SESSION):
            if draft.duration is None or sum(phases) == draft.duration:
                presentation, discussion = phases
                kind = ItemKind.SESSION
            else:
                self.note(
                    row,
                    title,
                    "phases_mismatch",
                    presentation=_minutes(phases[0]),
                    discussion=_minutes(phases[1]),
                    minutes=_minutes(draft.duration),
                )
        if kind is None:
            kind = kind_from_words(title) or ItemKind.OTHER
        people = people_of(draft.presenter, draft.notes, draft.speakers, self.speakers)
        speakers, names = people.speakers, ", ".join(people.split)
        if people.split:
            self.note(row, title, "names_split", names=names, count=str(len(people.split)))
        discussants = designated(draft.title) if self.speakers else None
        listed: tuple[Phase, ...] = ()
        if discussants is not None and presentation is None:
            # "지정토론: 홍길동(00대 교수), 김철수(00연구원)": one phase, its discussants.
            listed = (Phase(PhaseKind.DESIGNATED, speakers=discussants),)
            title, kind, speakers = "지정토론", ItemKind.SESSION, ()
        return Item(
            title=title,
            kind=kind,
            part=part,
            presenter="" if speakers else people.presenter,
            speakers=speakers,
            phases=listed,
            notes="\n".join(people.notes),
            mc="\n".join(draft.mc),
            chair=people.chair,
            start=draft.start,
            duration=draft.duration,
            presentation=presentation,
            discussion=discussion,
            # Registration ends when the programme proper starts, a time people were told.
            timer=TimerStyle.TO_END if kind is ItemKind.REGISTRATION else None,
        )


def parse_table(
    table: RawTable,
    mapping: ColumnMapping,
    title: str = DEFAULT_TITLE,
    *,
    title_wins: bool = False,
    speakers: bool = True,
) -> ImportResult:
    """The agenda that ``table`` describes when its columns have the roles of ``mapping``.

    ``title`` is the programme's unless the rows above the table name it ("행사명: …")
    and ``title_wins`` is false. ``speakers``: several names on a row become speakers
    sharing it (one presenter otherwise), and "지정토론: …" a designated discussion."""
    parser = _Parser(table, mapping, speakers)
    parser.read()
    parser.note_merged()
    for row in table.rows:  # rows the reading loop never reached
        parser.outcomes.setdefault(row.number, Outcome.BLANK if row.blank else Outcome.NOT_USED)
    outcomes = dict(sorted(parser.outcomes.items()))
    row_items: dict[int, int] = {}
    for number, draft in enumerate(parser.drafts, start=1):
        for row_number in draft.rows:
            row_items[row_number] = number

    def result(
        agenda: Agenda | None, schedule: Schedule | None, problems: list[ImportProblem]
    ) -> ImportResult:
        return ImportResult(
            table,
            mapping,
            agenda,
            schedule,
            outcomes,
            row_items,
            tuple(parser.rejected),
            tuple(problems),
            tuple(parser.notes),
        )

    if not parser.drafts:
        return result(None, None, [ImportProblem("no_items")])
    if len(parser.drafts) > MAX_ITEMS:
        too_many = ImportProblem(
            "too_many",
            {"count": str(len(parser.drafts)), "what": "items", "limit": str(MAX_ITEMS)},
        )
        return result(None, None, [too_many])

    items = tuple(parser.item(draft) for draft in parser.drafts)
    heading = parser.heading
    if heading.title and not title_wins:
        title = heading.title
    programme = Programme(
        title=title.strip() or DEFAULT_TITLE,
        date=heading.date,
        venue=heading.venue,
        organiser=heading.organiser,
    )
    agenda = Agenda(programme, items)
    first_rows = [draft.rows[0] for draft in parser.drafts]

    def at_row(problem: Problem) -> ImportProblem:
        number = problem.item or 1  # programme-wide problems (no start) are about the first row
        code, params = problem.code, problem.params
        if code == "missing_duration" and number == len(items):
            # The last row has no next row to end it: it needs an end or minutes of its own.
            start = items[-1].start
            example = f"{format_clock(start)}~{format_clock(start + 1800)}" if start else ""
            code, params = "missing_end", {"example": example or "13:00~13:30"}
        return ImportProblem(
            code,
            params,
            problem.item,
            items[number - 1].title,
            key=problem.key,
            row=first_rows[number - 1],
        )

    try:
        schedule = plan(agenda)
    except AgendaError as error:
        return result(agenda, None, [at_row(problem) for problem in error.problems])
    parser.notes.extend(at_row(note) for note in schedule.notes)
    return result(agenda, schedule, [])
