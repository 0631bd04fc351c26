"""What can go wrong when importing a run sheet, in Korean and English.

A sibling of ``emcee.core.agenda.problems``: messages translated the same way, and
``ImportProblem`` is a ``Problem``, so ``AgendaError`` carries and prints it. It names the
sheet row (or pasted line) instead of an agenda file line. Plan problems that speak of
TOML keys are reworded here for a run sheet (same codes, looked up here first).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from emcee.core.agenda.problems import Problem, spoken_lengths
from emcee.core.texts import QT_TRANSLATE_NOOP, Lang, translate

# code -> message. Placeholders are filled from Problem.params, after translation.
IMPORT_MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        # --- the file as a whole -------------------------------------------------------
        "empty_input": QT_TRANSLATE_NOOP(
            "ImportProblem", "there is nothing to import: the table is empty."
        ),
        "not_text": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "line {line} is neither UTF-8 nor CP949/EUC-KR text. Save the file as "
            "'CSV UTF-8' and import it again.",
        ),
        "mixed_encoding": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "the file mixes two text encodings: line {utf8_line} is UTF-8 but line "
            "{cp949_line} is CP949/EUC-KR. Save the whole file again in one encoding "
            "(UTF-8) and import it again.",
        ),
        "binary_file": QT_TRANSLATE_NOOP(
            "ImportProblem", "this is neither a text table (CSV) nor an Excel workbook (.xlsx)."
        ),
        "xlsx_encrypted": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "the workbook is password-protected (encrypted). Open it in Excel, remove the "
            "password (File > Info > Protect Workbook), save it and import it again.",
        ),
        "xls_old_format": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "this is an old Excel file (.xls) or another Office document, not an .xlsx "
            "workbook. Open it in Excel, save it as 'Excel Workbook (.xlsx)' and import that.",
        ),
        "xlsx_corrupt": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "the workbook cannot be read ({detail}); the file is damaged or not really an "
            ".xlsx file. Open it in Excel, save it again and import it again.",
        ),
        "sheet_missing": QT_TRANSLATE_NOOP(
            "ImportProblem", "there is no sheet named '{sheet}'. The sheets are: {sheets}."
        ),
        "sheet_empty": QT_TRANSLATE_NOOP("ImportProblem", "the sheet '{sheet}' is empty."),
        "workbook_empty": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "no visible sheet of the workbook has anything in it (sheets: {sheets}).",
        ),
        "too_large": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "the table has more than {limit} rows or {columns} columns; emcee reads run "
            "sheets up to that size. Copy the programme table alone into a new sheet.",
        ),
        # --- columns -------------------------------------------------------------------
        "no_title_column": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "not read: no column is used as the title. Choose the column that holds what "
            "happens (e.g. 주요 내용).",
        ),
        "no_items": QT_TRANSLATE_NOOP("ImportProblem", "no row could be used as a programme item."),
        # --- rows that are not used --------------------------------------------------------
        "above_header": QT_TRANSLATE_NOOP(
            "ImportProblem", "above the header row (row {header}); not part of the table."
        ),
        "after_table": QT_TRANSLATE_NOOP(
            "ImportProblem", "after the end of the table (the empty row {blank}); not read."
        ),
        "hidden_row": QT_TRANSLATE_NOOP(
            "ImportProblem", "hidden in the sheet, so not imported. Unhide the row to import it."
        ),
        "merged_heading": QT_TRANSLATE_NOOP(
            "ImportProblem", "one cell merged across the table, read as a heading, not an item."
        ),
        "bad_time_cell": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "'{value}' is not a time. Write it like 13:00~13:30 (30), 13:00 or (30).",
        ),
        "date_in_time_cell": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "the time cell starts with a date. emcee plans one day at a time: write the time "
            "alone, like {value}.",
        ),
        "bad_end_cell": QT_TRANSLATE_NOOP(
            "ImportProblem", "'{value}' is not an end time. Write it like 13:30."
        ),
        "bad_length_cell": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "'{value}' is not a length of time. Write minutes like 30, 30분 or (30).",
        ),
        "time_beyond_next_day": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "'{value}' is past the next day. A programme may run past midnight (write the "
            "next day's 00:30 as 00:30 after the evening's rows, or as 24:30), but lasts "
            "less than a day.",
        ),
        "ends_before_start": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "it ends ({end}) before it starts ({start}). Correct the start or the end (a row "
            "that runs past midnight, such as 23:50~00:40, is read as such up to 6 hours).",
        ),
        "zero_length": QT_TRANSLATE_NOOP(
            "ImportProblem", "its length is zero. Give it a length such as (5), or delete the row."
        ),
        "length_mismatch": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "{first} says {first_minutes} min but {second} says {second_minutes} min. "
            "Correct one of them.",
        ),
        "no_title": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "it has no title (the title column is empty). Write what happens in the title "
            "column, or delete the row.",
        ),
        "end_mismatch": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "the time says it ends at {first} but the end column says {second}. Correct one "
            "of them.",
        ),
        "end_without_start": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "it has an end time ({end}) but no start time. Write the start too, like 13:00~{end}.",
        ),
        "unused_columns_only": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "its text is only in columns that are not used ({columns}). Give one of them "
            "a role to import it.",
        ),
        "orphan_continuation": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "it continues row {previous}, which could not be used: correct row {previous} and "
            "this row comes with it.",
        ),
        "footnote_alone": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "a note (※) with no item above it to belong to, so it was not imported. Put it "
            "in the notes (비고) of the row it is about.",
        ),
        # --- notes about rows that are used ------------------------------------------------
        "phases_mismatch": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "presentation {presentation} min and discussion {discussion} min do not add "
            "up to the row's {minutes} min, so it was imported as one block without phases. "
            "To split it, make the minutes in the title add up to the row's time.",
        ),
        "merged_time": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "these rows share one merged time cell ({time}), so they were imported as one "
            "item. To time each row on its own, unmerge the cell and give each row its own "
            "time or length.",
        ),
        "names_split": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "{count} names ({names}) became speakers sharing the row. To keep them as one "
            "presenter, turn off 'Several names are speakers' (emcee import: --one-presenter).",
        ),
        "unknown_kind": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "the kind '{value}' is not known; '{kind}' was guessed from the title. A kind "
            "column takes 등록, 개회, 보고, 발표, 세션, 휴식, 폐회 or registration, opening, "
            "report, talk, session, break, closing, other.",
        ),
        # --- plan problems, reworded for a run sheet --------------------------------------
        "no_start": QT_TRANSLATE_NOOP(
            "ImportProblem", "no start time: the first row needs a time such as 13:00."
        ),
        "missing_duration": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "no length: give a time range like 13:00~13:30, minutes like (30), or a start "
            "time in the next row.",
        ),
        "missing_end": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "no length: the last row ends nowhere. Write its end or its minutes, like "
            "{example} or (30).",
        ),
        "no_room": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "it has no time and none is left for it: it would start at {start}, when the row "
            "above ends, but the row below starts at {next_start}. Give it a length such as (5) "
            "and start the row below that much later, or begin its title with '- ' to make it "
            "part of the row above.",
        ),
        "out_of_order": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "starts at {start}, before the row above ({previous_start}). Rows must be in "
            "time order (a row after midnight may be written 24:30 for the next day's 00:30).",
        ),
        "overlap": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "starts at {start}, but the row above runs until {previous_end}. Shorten the "
            "row above or start this one later.",
        ),
        "longer_than_a_day": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "the programme would run from {start} to {end} the next day, 24 hours or more. "
            "Check the times and lengths of the rows.",
        ),
        "gap": QT_TRANSLATE_NOOP(
            "ImportProblem",
            "starts {gap} after the row above ends ({previous_end}); the gap is left free.",
        ),
    }
)

# Words used in ``where``.
_WHERE: Mapping[str, str] = MappingProxyType(
    {
        "row": QT_TRANSLATE_NOOP("ImportProblem", "row {0}"),
        "rows": QT_TRANSLATE_NOOP("ImportProblem", "rows {0}-{1}"),
        "titled": "{0} '{1}'",
    }
)


def _word(key: str, lang: Lang) -> str:
    return translate("ImportProblem", _WHERE[key], lang)


def shorten(text: str, limit: int = 32) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class ImportProblem(Problem):
    """A problem with a run sheet: the row (or rows) it is about, in the sheet's numbering."""

    row: int | None = None  # 1-based row of the sheet, CSV record or pasted line
    last_row: int | None = None  # set when the problem covers rows row..last_row

    def message(self, lang: Lang = "en", labels: Mapping[str, str] | None = None) -> str:
        if self.code in IMPORT_MESSAGES:
            return translate("ImportProblem", IMPORT_MESSAGES[self.code], lang).format(
                **spoken_lengths(self.params, lang)
            )
        return super().message(lang, labels)

    def where(self, lang: Lang = "en") -> str:
        if self.row is None:
            return ""
        if self.last_row is not None and self.last_row != self.row:
            rows = _word("rows", lang).format(self.row, self.last_row)
        else:
            rows = _word("row", lang).format(self.row)
        if self.item_title:
            rows = _word("titled", lang).format(rows, shorten(self.item_title))
        return rows

    @property
    def rows(self) -> range:
        """The row numbers this problem is about (empty when it is about the whole table)."""
        if self.row is None:
            return range(0)
        return range(self.row, (self.last_row or self.row) + 1)
