"""What can go wrong when importing a run sheet, in Korean and English.

A sibling of ``emcee.core.agenda.problems``: the same (English, Korean) catalogue style, and
``ImportProblem`` is a ``Problem``, so ``AgendaError`` carries and prints it. It names the
sheet row (or pasted line) instead of an agenda file line. Plan problems that speak of
TOML keys are reworded here for a run sheet (same codes, looked up here first).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from emcee.core.agenda.problems import Lang, Problem, in_language

# code -> (English, Korean). Placeholders are filled from Problem.params.
IMPORT_MESSAGES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        # --- the file as a whole -------------------------------------------------------
        "empty_input": (
            "there is nothing to import: the table is empty.",
            "가져올 내용이 없습니다. 표가 비어 있습니다.",
        ),
        "not_text": (
            "line {line} is neither UTF-8 nor CP949/EUC-KR text. Save the file as "
            "'CSV UTF-8' and import it again.",
            "{line}번째 줄을 UTF-8로도 CP949/EUC-KR로도 읽을 수 없습니다. Excel에서 "
            "'CSV UTF-8'로 다시 저장한 뒤 가져오세요.",
        ),
        "mixed_encoding": (
            "the file mixes two text encodings: line {utf8_line} is UTF-8 but line "
            "{cp949_line} is CP949/EUC-KR. Save the whole file again in one encoding "
            "(UTF-8) and import it again.",
            "한 파일에 인코딩이 섞여 있습니다. {utf8_line}번째 줄은 UTF-8인데 "
            "{cp949_line}번째 줄은 CP949/EUC-KR입니다. 파일 전체를 한 가지 인코딩(UTF-8)으로 "
            "다시 저장한 뒤 가져오세요.",
        ),
        "binary_file": (
            "this is neither a text table (CSV) nor an Excel workbook (.xlsx).",
            "텍스트 표(CSV)도 Excel 통합 문서(.xlsx)도 아닙니다.",
        ),
        "xlsx_encrypted": (
            "the workbook is password-protected (encrypted). Open it in Excel, remove the "
            "password (File > Info > Protect Workbook), save it and import it again.",
            "암호로 보호된(암호화된) 통합 문서입니다. Excel에서 열어 암호를 해제하고"
            "(파일 > 정보 > 통합 문서 보호) 저장한 뒤 다시 가져오세요.",
        ),
        "xls_old_format": (
            "this is an old Excel file (.xls) or another Office document, not an .xlsx "
            "workbook. Open it in Excel, save it as 'Excel Workbook (.xlsx)' and import that.",
            "예전 형식의 Excel 파일(.xls)이나 다른 Office 문서로, .xlsx 통합 문서가 아닙니다. "
            "Excel에서 열어 'Excel 통합 문서(.xlsx)'로 저장한 뒤 가져오세요.",
        ),
        "xlsx_corrupt": (
            "the workbook cannot be read ({detail}); the file is damaged or not really an "
            ".xlsx file. Open it in Excel, save it again and import it again.",
            "통합 문서를 읽을 수 없습니다({detail}). 파일이 손상되었거나 실제로는 .xlsx "
            "파일이 아닙니다. Excel에서 열어 다시 저장한 뒤 가져오세요.",
        ),
        "sheet_missing": (
            "there is no sheet named '{sheet}'. The sheets are: {sheets}.",
            "'{sheet}' 시트가 없습니다. 있는 시트: {sheets}.",
        ),
        "sheet_empty": (
            "the sheet '{sheet}' is empty.",
            "'{sheet}' 시트가 비어 있습니다.",
        ),
        "workbook_empty": (
            "no visible sheet of the workbook has anything in it (sheets: {sheets}).",
            "통합 문서의 숨기지 않은 시트 중 내용이 있는 시트가 없습니다(시트: {sheets}).",
        ),
        "too_large": (
            "the table has more than {limit} rows or {columns} columns; emcee reads run "
            "sheets up to that size. Copy the programme table alone into a new sheet.",
            "표가 {limit}행 또는 {columns}열보다 큽니다. emcee는 그 크기까지만 읽습니다. "
            "진행순서 표만 새 시트에 복사해서 가져오세요.",
        ),
        # --- columns -------------------------------------------------------------------
        "no_title_column": (
            "not read: no column is used as the title. Choose the column that holds what "
            "happens (e.g. 주요 내용).",
            "'제목'으로 쓸 열이 없어 읽지 않았습니다. 진행 내용이 든 열(예: 주요 내용)의 역할을 "
            "'제목'으로 지정하세요.",
        ),
        "no_items": (
            "no row could be used as a programme item.",
            "진행 항목으로 쓸 수 있는 행이 없습니다.",
        ),
        # --- rows that are not used --------------------------------------------------------
        "above_header": (
            "above the header row (row {header}); not part of the table.",
            "머리글 행({header}행)보다 위에 있어 표에 넣지 않았습니다.",
        ),
        "after_table": (
            "after the end of the table (the empty row {blank}); not read.",
            "{blank}행의 빈 행에서 표가 끝난 것으로 보고 읽지 않았습니다.",
        ),
        "hidden_row": (
            "hidden in the sheet, so not imported. Unhide the row to import it.",
            "시트에서 숨겨진 행이라 가져오지 않았습니다. 가져오려면 숨기기를 해제하세요.",
        ),
        "merged_heading": (
            "one cell merged across the table, read as a heading, not an item.",
            "표 전체에 걸쳐 병합된 셀이라 항목이 아닌 소제목으로 보고 건너뛰었습니다.",
        ),
        "bad_time_cell": (
            "'{value}' is not a time. Write it like 13:00~13:30 (30), 13:00 or (30).",
            "'{value}'은(는) 시간으로 읽을 수 없습니다. 13:00~13:30 (30), 13:00, (30)처럼 쓰세요.",
        ),
        "date_in_time_cell": (
            "the time cell starts with a date. emcee plans one day at a time: write the time "
            "alone, like {value}.",
            "시간 칸이 날짜로 시작합니다. emcee는 하루 단위로 계획하므로 {value}처럼 시간만 "
            "쓰세요.",
        ),
        "bad_end_cell": (
            "'{value}' is not an end time. Write it like 13:30.",
            "'{value}'은(는) 끝나는 시각으로 읽을 수 없습니다. 13:30처럼 쓰세요.",
        ),
        "bad_length_cell": (
            "'{value}' is not a length of time. Write minutes like 30, 30분 or (30).",
            "'{value}'은(는) 소요 시간으로 읽을 수 없습니다. 30, 30분, (30)처럼 분 단위로 쓰세요.",
        ),
        "time_beyond_next_day": (
            "'{value}' is past the next day. A programme may run past midnight (write the "
            "next day's 00:30 as 00:30 after the evening's rows, or as 24:30), but lasts "
            "less than a day.",
            "'{value}'은(는) 다음 날을 넘는 시각입니다. 프로그램은 자정을 넘길 수 있지만(다음 "
            "날 00:30은 저녁 행 뒤에 00:30 또는 24:30으로 쓰세요) 하루를 넘길 수는 없습니다.",
        ),
        "ends_before_start": (
            "it ends ({end}) before it starts ({start}). Correct the start or the end (a row "
            "that runs past midnight, such as 23:50~00:40, is read as such up to 6 hours).",
            "끝나는 시각({end})이 시작 시각({start})보다 이릅니다. 시작이나 끝 시각을 "
            "고치세요(23:50~00:40처럼 자정을 넘는 행은 6시간까지 그대로 읽습니다).",
        ),
        "zero_length": (
            "its length is zero. Give it a length such as (5), or delete the row.",
            "소요 시간이 0분입니다. (5)처럼 소요 시간을 쓰거나 이 행을 지우세요.",
        ),
        "length_mismatch": (
            "{first} says {first_minutes} min but {second} says {second_minutes} min. "
            "Correct one of them.",
            "'{first}'은(는) {first_minutes}분, '{second}'은(는) {second_minutes}분으로 서로 "
            "맞지 않습니다. 둘 중 하나를 고치세요.",
        ),
        "no_title": (
            "it has no title (the title column is empty). Write what happens in the title "
            "column, or delete the row.",
            "제목이 없습니다(제목 열이 비어 있습니다). 제목 열에 진행 내용을 쓰거나 이 행을 "
            "지우세요.",
        ),
        "end_mismatch": (
            "the time says it ends at {first} but the end column says {second}. Correct one "
            "of them.",
            "시간 칸의 종료 시각은 {first}인데 종료 칸에는 {second}(으)로 되어 있습니다. 둘 중 "
            "하나를 고치세요.",
        ),
        "end_without_start": (
            "it has an end time ({end}) but no start time. Write the start too, like 13:00~{end}.",
            "끝나는 시각({end})은 있는데 시작 시각이 없습니다. 13:00~{end}처럼 시작 시각도 쓰세요.",
        ),
        "unused_columns_only": (
            "its text is only in columns that are not used ({columns}). Give one of them "
            "a role to import it.",
            "사용하지 않는 열({columns})에만 내용이 있습니다. 가져오려면 그 열에 역할을 "
            "지정하세요.",
        ),
        "orphan_continuation": (
            "it continues row {previous}, which could not be used: correct row {previous} and "
            "this row comes with it.",
            "앞 행({previous}행)에 이어지는 내용인데 그 행을 쓸 수 없었습니다. {previous}행을 "
            "고치면 이 행도 함께 들어옵니다.",
        ),
        "footnote_alone": (
            "a note (※) with no item above it to belong to, so it was not imported. Put it "
            "in the notes (비고) of the row it is about.",
            "위에 딸린 항목이 없는 참고(※) 줄이라 가져오지 않았습니다. 관련된 행의 비고 칸에 "
            "옮겨 쓰세요.",
        ),
        # --- notes about rows that are used ------------------------------------------------
        "phases_mismatch": (
            "presentation {presentation} min and discussion {discussion} min do not add "
            "up to the row's {minutes} min, so it was imported as one block without phases. "
            "To split it, make the minutes in the title add up to the row's time.",
            "발표 {presentation}분과 토론 {discussion}분의 합이 이 행의 {minutes}분과 달라 "
            "발표·토론을 나누지 않고 한 덩어리로 가져왔습니다. 나누려면 제목의 분을 행의 "
            "시간에 맞추세요.",
        ),
        "merged_time": (
            "these rows share one merged time cell ({time}), so they were imported as one "
            "item. To time each row on its own, unmerge the cell and give each row its own "
            "time or length.",
            "이 행들은 병합된 시간 칸 하나({time})를 함께 쓰므로 한 항목으로 가져왔습니다. "
            "행마다 따로 시간을 재려면 셀 병합을 풀고 행마다 시간이나 소요 시간을 쓰세요.",
        ),
        "unknown_kind": (
            "the kind '{value}' is not known; '{kind}' was guessed from the title. A kind "
            "column takes 등록, 개회, 보고, 발표, 세션, 휴식, 폐회 or registration, opening, "
            "report, talk, session, break, closing, other.",
            "'{value}'은(는) 알 수 없는 유형이라 제목을 보고 '{kind}'(으)로 정했습니다. 유형 "
            "열에는 등록, 개회, 보고, 발표, 세션, 휴식, 폐회(또는 registration, opening, report, "
            "talk, session, break, closing, other)를 쓰세요.",
        ),
        # --- plan problems, reworded for a run sheet --------------------------------------
        "no_start": (
            "no start time: the first row needs a time such as 13:00.",
            "시작 시각이 없습니다. 첫 행에 13:00 같은 시각을 쓰세요.",
        ),
        "missing_duration": (
            "no length: give a time range like 13:00~13:30, minutes like (30), or a start "
            "time in the next row.",
            "소요 시간이 없습니다. 13:00~13:30 같은 시간 범위나 (30) 같은 분을 쓰거나, 다음 "
            "행에 시작 시각을 쓰세요.",
        ),
        "missing_end": (
            "no length: the last row ends nowhere. Write its end or its minutes, like "
            "{example} or (30).",
            "소요 시간이 없습니다. 마지막 행은 끝나는 때를 알 수 없으니 {example} 또는 (30)처럼 "
            "끝나는 시각이나 분을 쓰세요.",
        ),
        "no_room": (
            "it has no time and none is left for it: it would start at {start}, when the row "
            "above ends, but the row below starts at {next_start}. Give it a length such as (5) "
            "and start the row below that much later, or begin its title with '- ' to make it "
            "part of the row above.",
            "시간이 없는데 남은 시간도 없습니다. 위 행이 끝나는 {start}에 시작해야 하는데 아래 "
            "행이 {next_start}에 시작합니다. (5)처럼 소요 시간을 쓰고 아래 행을 그만큼 늦게 "
            "시작하거나, 제목 앞에 '- '를 붙여 위 행에 딸린 줄로 만드세요.",
        ),
        "out_of_order": (
            "starts at {start}, before the row above ({previous_start}). Rows must be in "
            "time order (a row after midnight may be written 24:30 for the next day's 00:30).",
            "시작 시각 {start}이(가) 위 행({previous_start})보다 이릅니다. 행은 시간 순서여야 "
            "합니다(자정 뒤의 행은 다음 날 00:30을 24:30처럼 쓸 수 있습니다).",
        ),
        "overlap": (
            "starts at {start}, but the row above runs until {previous_end}. Shorten the "
            "row above or start this one later.",
            "{start}에 시작하는데 위 행이 {previous_end}까지입니다. 위 행을 줄이거나 이 행을 "
            "늦게 시작하세요.",
        ),
        "longer_than_a_day": (
            "the programme would run from {start} to {end} the next day, 24 hours or more. "
            "Check the times and lengths of the rows.",
            "프로그램이 {start}부터 다음 날 {end}까지 24시간 이상 이어집니다. 행의 시각과 "
            "소요 시간을 확인하세요.",
        ),
        "gap": (
            "starts {gap} after the row above ends ({previous_end}); the gap is left free.",
            "위 행이 끝난 뒤({previous_end}) {gap} 후에 시작합니다. 그 사이는 비워 둡니다.",
        ),
    }
)

# Words used in ``where``, by language.
_WHERE: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "row": ("row {0}", "{0}행"),
        "rows": ("rows {0}-{1}", "{0}~{1}행"),
        "titled": ("{0} '{1}'", "{0} '{1}'"),
    }
)


def _word(key: str, lang: Lang) -> str:
    return in_language(_WHERE[key], lang)


def shorten(text: str, limit: int = 32) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class ImportProblem(Problem):
    """A problem with a run sheet: the row (or rows) it is about, in the sheet's numbering."""

    row: int | None = None  # 1-based row of the sheet, CSV record or pasted line
    last_row: int | None = None  # set when the problem covers rows row..last_row

    def message(self, lang: Lang = "en") -> str:
        if self.code in IMPORT_MESSAGES:
            return in_language(IMPORT_MESSAGES[self.code], lang).format(**self.params)
        return super().message(lang)

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
