"""What can be wrong with an agenda, said plainly in Korean or English.

The core cannot use Qt's translation system (it imports no Qt), so its few messages
live here in both languages. Each message says what is wrong and how to fix it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Lang = Literal["ko", "en"]

# code -> (English, Korean). Placeholders are filled from Problem.params.
MESSAGES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "file_missing": (
            "the file does not exist.",
            "파일이 없습니다.",
        ),
        "file_unreadable": (
            "the file cannot be read ({detail}).",
            "파일을 읽을 수 없습니다 ({detail}).",
        ),
        "not_utf8_cp949": (
            "the file is saved as CP949/EUC-KR (the old Korean Windows encoding), not UTF-8. "
            "Open it in a text editor and save it again as UTF-8.",
            "파일이 UTF-8이 아니라 CP949/EUC-KR(예전 한글 윈도우 인코딩)로 저장되어 있습니다. "
            "메모장 등에서 열어 'UTF-8'로 다시 저장하세요.",
        ),
        "not_utf8": (
            "the file is not UTF-8 text (byte {offset}). Save it as UTF-8 in a text editor.",
            "파일이 UTF-8 텍스트가 아닙니다 ({offset}번째 바이트). 텍스트 편집기에서 UTF-8로 "
            "저장하세요.",
        ),
        "not_toml": (
            "this is not valid TOML: {detail}. Check quotes, '=' signs and [section] lines.",
            "TOML 형식이 올바르지 않습니다: {detail}. 따옴표, '=' 기호, [구역] 줄을 확인하세요.",
        ),
        "unquoted": (
            "{what} must be in quotes: write {fixed}.",
            "{what} 따옴표 안에 써야 합니다: {fixed}처럼 쓰세요.",
        ),
        "flag_value": (
            "write true or false, in lower case and without quotes: {fixed}.",
            "true 또는 false를 소문자로, 따옴표 없이 쓰세요: {fixed}",
        ),
        "date_value": (
            "a date is written year-month-day, without quotes: write {fixed}.",
            "날짜는 따옴표 없이 연-월-일로 씁니다: {fixed}처럼 쓰세요.",
        ),
        "curly_quotes": (
            "“ and ” are curly quotes, as a word processor types them; the file needs straight "
            "quotes: write {fixed}.",
            '“ ”는 워드프로세서가 바꿔 넣는 둥근 따옴표입니다. 파일에는 곧은 따옴표(")를 써야 '
            "합니다: {fixed}처럼 쓰세요.",
        ),
        "inner_quote": (
            'a " inside text ends the text there; write it as \\": {fixed}.',
            '글자 안에 "를 쓰면 글자가 거기서 끝납니다. 안쪽의 "는 \\"로 써서 {fixed}처럼 쓰세요.',
        ),
        "one_per_line": (
            "two keys follow each other on one line: write each key = value on its own line "
            "(inside {{ }}, put a comma between them).",
            "한 줄에 키 두 개가 이어져 있습니다. key = value를 한 줄에 하나씩 쓰세요"
            "({{ }} 안에서는 쉼표로 구분합니다).",
        ),
        "key_not_english": (
            "'{written}' cannot be a key: keys are the English words of the agenda format "
            "(title, presenter, start, duration, notes, ...).",
            "'{written}'은(는) 키로 쓸 수 없습니다. 키는 진행표 형식의 영어 단어(title, "
            "presenter, start, duration, notes 등)입니다.",
        ),
        "key_not_english_meant": (
            "keys are written in English: write {fixed}, not {written} = ….",
            "키는 영어로 씁니다: {written} = … 대신 {fixed}처럼 쓰세요.",
        ),
        "unclosed_quote": (
            'the text on this line has no closing quote: end it with ".',
            '이 줄의 글자에 닫는 따옴표가 없습니다. 끝에 "를 붙이세요.',
        ),
        "unknown_key": (
            "unknown key '{key}'.{suggestion}",
            "알 수 없는 키 '{key}'입니다.{suggestion}",
        ),
        "wrong_type": (
            "'{key}' must be {expected}.",
            "'{key}' 값은 {expected}이어야 합니다.",
        ),
        "bad_duration": (
            "'{key}' = \"{value}\" is not a duration. Write minutes and seconds like "
            '"30m", "4m30s" or "45s".',
            '\'{key}\' 값이 시간 길이가 아닙니다("{value}"). "30m", "4m30s", "45s"처럼 '
            "분(m)과 초(s)로 쓰세요.",
        ),
        "number_duration": (
            "'{key}' = {value} is a bare number. Write it with its unit in quotes, "
            'e.g. "{value}m" for {value} minutes.',
            "'{key}' = {value}에 단위가 없습니다. {value}분이면 \"{value}m\"처럼 따옴표 안에 "
            "단위를 붙여 쓰세요.",
        ),
        "duration_out_of_range": (
            "'{key}' = \"{value}\" is longer than a week. Write minutes and seconds like "
            '"30m" or "4m30s".',
            '\'{key}\' 값("{value}")이 일주일보다 깁니다. "30m", "4m30s"처럼 분(m)과 초(s)로 '
            "쓰세요.",
        ),
        "number_too_long": (
            'a number of {digits} digits cannot be read. Write durations like "30m" and '
            'times of day like "13:00".',
            '{digits}자리 숫자는 읽을 수 없습니다. 시간 길이는 "30m", 시각은 "13:00"처럼 쓰세요.',
        ),
        "nested_too_deep": (
            "brackets [ ] or braces {{ }} are nested too deeply to be an agenda. Close each "
            "list and table where it ends.",
            "대괄호 [ ]나 중괄호 {{ }}가 너무 깊이 겹쳐 있어 진행표로 읽을 수 없습니다. 목록과 "
            "표를 각각 끝나는 곳에서 닫으세요.",
        ),
        "bad_time": (
            '\'{key}\' = "{value}" is not a time of day. Write 24-hour time like "13:00".',
            '\'{key}\' 값이 시각이 아닙니다("{value}"). "13:00"처럼 24시간제로 쓰세요.',
        ),
        "bad_duration_meant": (
            "'{key}' = \"{value}\" is not written the way emcee reads a duration: write {fixed}.",
            "'{key}' 값(\"{value}\")은 emcee가 읽는 시간 길이 형식이 아닙니다: {fixed}처럼 쓰세요.",
        ),
        "bad_time_meant": (
            "'{key}' = \"{value}\" is not written the way emcee reads a time of day: write "
            "{fixed}.",
            "'{key}' 값(\"{value}\")은 emcee가 읽는 시각 형식이 아닙니다: {fixed}처럼 쓰세요.",
        ),
        "bad_choice": (
            "'{key}' = \"{value}\" is not one of {choices}.{suggestion}",
            "'{key}'에 쓸 수 없는 값입니다: \"{value}\". 가능한 값: {choices}.{suggestion}",
        ),
        "missing_programme": (
            'there is no [programme] section. Add one with at least title = "...".',
            '[programme] 구역이 없습니다. 최소한 title = "..."을 넣어 추가하세요.',
        ),
        "missing_key": (
            "'{key}' is missing: add {key} = \"…\".",
            "'{key}' 값이 없습니다. {key} = \"…\"처럼 써 넣으세요.",
        ),
        "empty_text": (
            "'{key}' is empty.",
            "'{key}' 값이 비어 있습니다.",
        ),
        "empty_agenda": (
            "the agenda has no items. Add at least one [[items]] section.",
            "진행 항목이 없습니다. [[items]] 구역을 하나 이상 추가하세요.",
        ),
        "too_many": (
            "{count} {what} is more than emcee takes ({limit}).{split}",
            "{what} {count}개는 emcee가 다룰 수 있는 수({limit}개)보다 많습니다.{split}",
        ),
        "not_positive": (
            "'{key}' must be longer than zero.",
            "'{key}' 값은 0보다 길어야 합니다.",
        ),
        "no_start": (
            'no start time: give [programme] start = "13:00" or a start for the first item.',
            '시작 시각이 없습니다: [programme]에 start = "13:00"을 쓰거나 첫 항목에 start를 '
            "쓰세요.",
        ),
        "start_conflict": (
            "the first item starts at {item_start} but [programme] start is {programme_start}. "
            "Make them the same or remove one.",
            "첫 항목은 {item_start}에 시작하는데 [programme] start는 {programme_start}입니다. "
            "둘을 같게 하거나 하나를 지우세요.",
        ),
        "missing_duration": (
            'no duration: add one, e.g. duration = "10m" (or, when an item follows, give that '
            "one a start: this one then lasts until it).",
            '길이가 없습니다: duration = "10m"처럼 길이를 쓰세요(뒤에 항목이 있으면 그 항목에 '
            "start를 써도 됩니다. 이 항목은 그때까지 이어집니다).",
        ),
        "no_room": (
            "it has no duration and no time is left for it: it starts at {start} and the next "
            'item starts at {next_start}. Add a duration such as duration = "5m" and start the '
            "next item that much later, or remove this item.",
            "길이(duration)가 없는데 남은 시간도 없습니다. 이 항목은 {start}에 시작하고 다음 "
            '항목은 {next_start}에 시작합니다. duration = "5m"처럼 길이를 쓰고 다음 항목을 '
            "그만큼 늦게 시작하거나, 이 항목을 지우세요.",
        ),
        "out_of_order": (
            "starts at {start}, before the previous item ({previous_start}). "
            "Items must be in time order (an item after midnight may write its time past "
            '24 hours, e.g. "24:30" for 00:30 the next day).',
            "시작 시각 {start}이 앞 항목({previous_start})보다 이릅니다. 항목은 시간 순서여야 "
            '합니다(자정을 넘긴 항목은 다음 날 00:30을 "24:30"처럼 쓸 수 있습니다).',
        ),
        "overlap": (
            "starts at {start}, but the previous item runs until {previous_end}. "
            "Shorten the previous item or start this one later.",
            "{start}에 시작하는데 앞 항목이 {previous_end}까지입니다. 앞 항목을 줄이거나 이 "
            "항목을 늦게 시작하세요.",
        ),
        "phases_too_long": (
            "presentation and discussion ({phases}) are longer than the item ({duration}). "
            'Shorten one of them, or make the item as long as they are: duration = "{phases}".',
            "발표와 토론({phases})이 항목 길이({duration})보다 깁니다. 둘 중 하나를 줄이거나 항목 "
            '길이를 그 합만큼 늘리세요: duration = "{phases}".',
        ),
        "phases_short": (
            "presentation and discussion ({phases}) do not fill the item ({duration}). "
            "Make them add up, or leave one of them out to take the rest.",
            "발표와 토론({phases})의 합이 항목 길이({duration})와 다릅니다. 합을 맞추거나 "
            "하나를 빼서 나머지 시간을 쓰게 하세요.",
        ),
        "speakers_too_long": (
            "the speakers' times add up to {total}, more than the {phase} they share. Shorten "
            'some of them, or make {what} as long as they are: {phase_key} = "{total}".',
            "발표자 시간의 합 {total}이 함께 쓰는 시간 {phase}보다 깁니다. 일부 발표자의 시간을 "
            '줄이거나 {what} 그 합만큼 늘리세요: {phase_key} = "{total}".',
        ),
        "speakers_short": (
            "the speakers' times add up to {total}, less than the {phase} they share. "
            "Leave one speaker's duration out to give them the rest.",
            "발표자 시간의 합 {total}이 함께 쓰는 시간 {phase}보다 짧습니다. 한 발표자의 "
            "duration을 빼면 남는 시간을 그 발표자에게 줍니다.",
        ),
        "no_time_left": (
            "the speakers with a duration take {taken} of the {phase}; the {count} without one "
            "would get less than a second each. Shorten the given durations or make {what} "
            'longer ({phase_key} = "…").',
            "duration이 있는 발표자들이 {phase} 중 {taken}을 씁니다. duration이 없는 발표자 "
            "{count}명은 한 사람에 1초도 받지 못합니다. 적어 둔 duration을 줄이거나 {what} "
            '늘리세요({phase_key} = "…").',
        ),
        "speakers_crowded": (
            "{count} speakers cannot share {phase}: each would get less than a second. Make "
            '{what} longer ({phase_key} = "…"), or split the speakers over several items.',
            "발표자 {count}명이 {phase}을 나눠 쓰면 한 사람에 1초도 되지 않습니다. {what} "
            '늘리거나({phase_key} = "…"), 발표자를 여러 항목으로 나누세요.',
        ),
        "final_not_before_warning": (
            "final_warning ({final}) must be shorter than warning ({warning}).",
            "final_warning({final})은 warning({warning})보다 짧아야 합니다.",
        ),
        "minimum_too_long": (
            "minimum ({minimum}) is longer than the item ({duration}). Make it at most "
            '"{duration}", or leave it out.',
            'minimum({minimum})이 항목 길이({duration})보다 깁니다. "{duration}" 이하로 줄이거나 '
            "빼세요.",
        ),
        "longer_than_a_day": (
            "the programme would run from {start} to {end} the next day, 24 hours or more. "
            "A programme lasts less than a day: check the start times and lengths.",
            "프로그램이 {start}부터 다음 날 {end}까지 24시간 이상 이어집니다. 프로그램은 "
            "하루를 넘길 수 없습니다. 시작 시각과 길이를 확인하세요.",
        ),
        "hard_end_before_start": (
            "hard_end ({hard_end}) is not after the start ({start}).",
            "hard_end({hard_end})가 시작 시각({start})보다 늦지 않습니다.",
        ),
        "gap": (
            "starts {gap} after the previous item ends ({previous_end}); the gap is left free.",
            "앞 항목이 끝난 뒤({previous_end}) {gap} 후에 시작합니다. 그 사이는 비워 둡니다.",
        ),
        "edit_after_end": (
            "the show has ended: the agenda can no longer change it.",
            "진행이 끝나서 진행표를 바꿔도 이 진행에는 반영되지 않습니다.",
        ),
        "edit_moves_past": (
            "this item has run or is live: during the show, nothing can be added, removed or "
            "moved up to the live item.",
            "이미 진행했거나 진행 중인 항목입니다. 진행 중에는 현재 항목까지의 항목을 추가, "
            "삭제하거나 옮길 수 없습니다.",
        ),
        "edit_removed_live": (
            "this item is live or has run: it cannot be removed during the show.",
            "진행 중이거나 이미 끝난 항목이라 진행 중에는 뺄 수 없습니다.",
        ),
        "edit_changes_past": (
            "this item has already run: its phases and speakers cannot change now "
            "(titles and notes can).",
            "이미 진행한 항목이라 단계와 발표자 구성은 지금 바꿀 수 없습니다 (제목과 메모는 "
            "바꿀 수 있습니다).",
        ),
        "edit_changes_live": (
            "this item is live: the turns up to the current one cannot change now; the "
            "turns after it and the lengths can.",
            "진행 중인 항목이라 지금 순서까지의 구성은 바꿀 수 없습니다. 그 뒤의 순서와 "
            "시간은 바꿀 수 있습니다.",
        ),
        "ends_after_hard_end": (
            "the planned end {end} is after hard_end {hard_end}.",
            "계획된 종료 {end}가 hard_end {hard_end}보다 늦습니다.",
        ),
    }
)

# Words used inside messages, by language.
WORDS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "text": ("text in quotes", "따옴표로 감싼 글자"),
        "duration": ('a duration in quotes like "30m"', '"30m" 같은 따옴표 속 시간 길이'),
        "time": ('a time of day in quotes like "13:00"', '"13:00" 같은 따옴표 속 시각'),
        "bool": ("true or false", "true 또는 false"),
        "date": ("a date like 2023-06-23 (no quotes)", "2023-06-23 같은 날짜(따옴표 없이)"),
        "table": ("a section (table)", "구역(table)"),
        "list": ("a list [ ... ]", "목록 [ ... ]"),
        "items": ("items", "진행 항목"),
        "speakers": ("speakers", "발표자"),
        "split_items": (
            " Split the programme into several files, e.g. one per day or per hall.",
            " 날짜별이나 홀별로 여러 파일에 나누어 쓰세요.",
        ),
        "split_speakers": (
            " Split the speakers over several items, e.g. one per part.",
            " 발표자를 여러 항목(예: 부마다 하나)으로 나누세요.",
        ),
        "did_you_mean": (" Did you mean '{0}'?", " 혹시 '{0}'인가요?"),
        "use_key": (
            " Did you mean '{0}'? Write {1} in its place.",
            " '{0}'을(를) 쓰려던 것이라면 그 자리에 {1}처럼 쓰세요.",
        ),
        "keys_here": (" The keys here are: {0}.", " 여기에 쓸 수 있는 키: {0}."),
        "the_presentation": ("the presentation", "발표 시간을"),
        "the_item": ("the item", "항목 길이를"),
        "quoted_time": ("a time of day", "시각은"),
        "quoted_duration": ("a length of time", "시간 길이는"),
        "quoted_text": ("text", "글자는"),
        "file": ("{path}", "{path}"),
        "line": ("line {0}", "{0}번째 줄"),
        "item": ("item {0} '{1}'", "{0}번 항목 '{1}'"),
        "item_untitled": ("item {0}", "{0}번 항목"),
        "speaker": ("speaker {0}", "{0}번째 발표자"),
        "programme": ("[programme]", "[programme]"),
        "error": ("error", "오류"),
        "warning": ("note", "참고"),
    }
)


def in_language(texts: tuple[str, str], lang: Lang) -> str:
    """The one of an (English, Korean) pair that is in ``lang``: how every table here is kept."""
    english, korean = texts
    return korean if lang == "ko" else english


def word(key: str, lang: Lang) -> str:
    return in_language(WORDS[key], lang)


def _shorten(title: str, limit: int = 32) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an agenda, with where it is."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    item: int | None = None  # 1-based item number
    item_title: str = ""
    speaker: int | None = None  # 1-based speaker number within the item
    key: str | None = None  # the key the problem is about, for finding its line
    line: int | None = None  # 1-based line in the file, when known

    def message(self, lang: Lang = "en") -> str:
        params = dict(self.params)
        if self.key is not None:
            params.setdefault("key", self.key)
        # Too many of something says how to split it (split_items, split_speakers).
        split = f"split_{params.get('what')}"
        params["split"] = word(split, lang) if split in WORDS else ""
        for name in ("expected", "what"):
            if name in params and params[name] in WORDS:
                params[name] = word(params[name], lang)
        if "suggestion" in params:
            params["suggestion"] = self._suggestion(params, lang)
        return in_language(MESSAGES[self.code], lang).format(**params)

    @staticmethod
    def _suggestion(params: Mapping[str, str], lang: Lang) -> str:
        """The sentence that says what to write instead, when a key or a value is wrong."""
        suggestion = params["suggestion"]
        if "keys" not in params:  # a value: one of the choices listed before it
            return word("did_you_mean", lang).format(suggestion) if suggestion else ""
        if suggestion:
            return word("use_key", lang).format(suggestion, params.get("use", suggestion))
        return word("keys_here", lang).format(params["keys"])

    def where(self, lang: Lang = "en") -> str:
        parts = []
        if self.line is not None:
            parts.append(word("line", lang).format(self.line))
        if self.item is not None:
            if self.item_title:
                parts.append(word("item", lang).format(self.item, _shorten(self.item_title)))
            else:
                parts.append(word("item_untitled", lang).format(self.item))
        if self.speaker is not None:
            parts.append(word("speaker", lang).format(self.speaker))
        return ", ".join(parts)

    def describe(self, lang: Lang = "en", path: str | None = None) -> str:
        where = self.where(lang)
        prefix = ": ".join(p for p in (path, where) if p)
        return f"{prefix}: {self.message(lang)}" if prefix else self.message(lang)


class AgendaError(Exception):
    """An agenda that cannot be used, with every problem found in it."""

    def __init__(self, problems: Sequence[Problem], path: str | None = None) -> None:
        self.problems = tuple(problems)
        self.path = path
        super().__init__(self.describe("en"))

    def describe(self, lang: Lang = "en") -> str:
        return "\n".join(p.describe(lang, self.path) for p in self.problems)
