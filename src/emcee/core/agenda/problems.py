"""What can be wrong with an agenda, said plainly in Korean or English.

Each message says what is wrong and how to fix it. Messages are written in English here
and translated when they are written out, from the one catalogue (``emcee.core.texts``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from emcee.core.texts import QT_TRANSLATE_NOOP, Lang, translate
from emcee.core.timefmt import parse_duration

# code -> message. Placeholders are filled from Problem.params, after translation.
MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "file_missing": QT_TRANSLATE_NOOP("Problem", "the file does not exist."),
        "file_unreadable": QT_TRANSLATE_NOOP("Problem", "the file cannot be read ({detail})."),
        "not_utf8_cp949": QT_TRANSLATE_NOOP(
            "Problem",
            "the file is saved as CP949/EUC-KR (the old Korean Windows encoding), not UTF-8. "
            "Open it in a text editor and save it again as UTF-8.",
        ),
        "not_utf8": QT_TRANSLATE_NOOP(
            "Problem",
            "the file is not UTF-8 text (byte {offset}). Save it as UTF-8 in a text editor.",
        ),
        "not_toml": QT_TRANSLATE_NOOP(
            "Problem",
            "this is not valid TOML: {detail}. Check quotes, '=' signs and [section] lines.",
        ),
        "unquoted": QT_TRANSLATE_NOOP("Problem", "{what} must be in quotes: write {fixed}."),
        "flag_value": QT_TRANSLATE_NOOP(
            "Problem", "write true or false, in lower case and without quotes: {fixed}."
        ),
        "date_value": QT_TRANSLATE_NOOP(
            "Problem", "a date is written year-month-day, without quotes: write {fixed}."
        ),
        "curly_quotes": QT_TRANSLATE_NOOP(
            "Problem",
            "“ and ” are curly quotes, as a word processor types them; the file needs straight "
            "quotes: write {fixed}.",
        ),
        "inner_quote": QT_TRANSLATE_NOOP(
            "Problem", 'a " inside text ends the text there; write it as \\": {fixed}.'
        ),
        "one_per_line": QT_TRANSLATE_NOOP(
            "Problem",
            "two keys follow each other on one line: write each key = value on its own line "
            "(inside {{ }}, put a comma between them).",
        ),
        "key_not_english": QT_TRANSLATE_NOOP(
            "Problem",
            "'{written}' cannot be a key: keys are the English words of the agenda format "
            "(title, presenter, start, duration, notes, ...).",
        ),
        "key_not_english_meant": QT_TRANSLATE_NOOP(
            "Problem", "keys are written in English: write {fixed}, not {written} = …."
        ),
        "unclosed_quote": QT_TRANSLATE_NOOP(
            "Problem", 'the text on this line has no closing quote: end it with ".'
        ),
        "unknown_key": QT_TRANSLATE_NOOP("Problem", "unknown key '{key}'.{suggestion}"),
        "wrong_type": QT_TRANSLATE_NOOP("Problem", "'{key}' must be {expected}."),
        "bad_duration": QT_TRANSLATE_NOOP(
            "Problem",
            "'{key}' = \"{value}\" is not a duration. Write minutes and seconds like "
            '"30m", "4m30s" or "45s".',
        ),
        "number_duration": QT_TRANSLATE_NOOP(
            "Problem",
            "'{key}' = {value} is a bare number. Write it with its unit in quotes, "
            'e.g. "{value}m" for {value} minutes.',
        ),
        "duration_out_of_range": QT_TRANSLATE_NOOP(
            "Problem",
            "'{key}' = \"{value}\" is longer than a week. Write minutes and seconds like "
            '"30m" or "4m30s".',
        ),
        "number_too_long": QT_TRANSLATE_NOOP(
            "Problem",
            'a number of {digits} digits cannot be read. Write durations like "30m" and '
            'times of day like "13:00".',
        ),
        "nested_too_deep": QT_TRANSLATE_NOOP(
            "Problem",
            "brackets [ ] or braces {{ }} are nested too deeply to be an agenda. Close each "
            "list and table where it ends.",
        ),
        "bad_time": QT_TRANSLATE_NOOP(
            "Problem",
            '\'{key}\' = "{value}" is not a time of day. Write 24-hour time like "13:00".',
        ),
        "bad_duration_meant": QT_TRANSLATE_NOOP(
            "Problem",
            "'{key}' = \"{value}\" is not written the way emcee reads a duration: write {fixed}.",
        ),
        "bad_time_meant": QT_TRANSLATE_NOOP(
            "Problem",
            "'{key}' = \"{value}\" is not written the way emcee reads a time of day: write "
            "{fixed}.",
        ),
        "bad_choice": QT_TRANSLATE_NOOP(
            "Problem", "'{key}' = \"{value}\" is not one of {choices}.{suggestion}"
        ),
        "chime_no_levels": QT_TRANSLATE_NOOP(
            "Problem",
            "'{key}' lists no alert for the room chime: write e.g. levels = [\"time-up\"], "
            "or remove the [programme.chime] section to have no chime.",
        ),
        "chime_volume": QT_TRANSLATE_NOOP(
            "Problem",
            "'{key}' = {value}: the room chime's volume is a whole number from 0 to 100, "
            "without quotes (e.g. volume = 70).",
        ),
        "missing_programme": QT_TRANSLATE_NOOP(
            "Problem", 'there is no [programme] section. Add one with at least title = "...".'
        ),
        "missing_key": QT_TRANSLATE_NOOP("Problem", "'{key}' is missing: add {key} = \"…\"."),
        "empty_text": QT_TRANSLATE_NOOP("Problem", "'{key}' is empty."),
        "empty_agenda": QT_TRANSLATE_NOOP(
            "Problem", "the agenda has no items. Add at least one [[items]] section."
        ),
        "too_many": QT_TRANSLATE_NOOP(
            "Problem", "{count} {what} is more than emcee takes ({limit}).{split}"
        ),
        "not_positive": QT_TRANSLATE_NOOP("Problem", "'{key}' must be longer than zero."),
        "no_start": QT_TRANSLATE_NOOP(
            "Problem",
            'no start time: give [programme] start = "13:00" or a start for the first item.',
        ),
        "start_conflict": QT_TRANSLATE_NOOP(
            "Problem",
            "the first item starts at {item_start} but [programme] start is {programme_start}. "
            "Make them the same or remove one.",
        ),
        "missing_duration": QT_TRANSLATE_NOOP(
            "Problem",
            'no duration: add one, e.g. duration = "10m" (or, when an item follows, give that '
            "one a start: this one then lasts until it).",
        ),
        "no_room": QT_TRANSLATE_NOOP(
            "Problem",
            "it has no duration and no time is left for it: it starts at {start} and the next "
            'item starts at {next_start}. Add a duration such as duration = "5m" and start the '
            "next item that much later, or remove this item.",
        ),
        "out_of_order": QT_TRANSLATE_NOOP(
            "Problem",
            "starts at {start}, before the previous item ({previous_start}). "
            "Items must be in time order (an item after midnight may write its time past "
            '24 hours, e.g. "24:30" for 00:30 the next day).',
        ),
        "overlap": QT_TRANSLATE_NOOP(
            "Problem",
            "starts at {start}, but the previous item runs until {previous_end}. "
            "Shorten the previous item or start this one later.",
        ),
        "phases_too_long": QT_TRANSLATE_NOOP(
            "Problem",
            "presentation and discussion ({phases}) are longer than the item ({duration}). "
            'Shorten one of them, or make the item as long as they are: duration = "{phases}".',
        ),
        "phases_short": QT_TRANSLATE_NOOP(
            "Problem",
            "presentation and discussion ({phases}) do not fill the item ({duration}). "
            "Make them add up, or leave one of them out to take the rest.",
        ),
        "phase_list_too_long": QT_TRANSLATE_NOOP(
            "Problem",
            "the phases add up to {phases}, longer than the item ({duration}). Shorten some of "
            'them, or make the item as long as they are: duration = "{phases}".',
        ),
        "phase_list_short": QT_TRANSLATE_NOOP(
            "Problem",
            "the phases add up to {phases} and do not fill the item ({duration}). Make them "
            "add up, or leave one phase's duration out to give it the rest.",
        ),
        "phase_no_time_left": QT_TRANSLATE_NOOP(
            "Problem",
            "this phase has no duration and the others take all {duration} of the item. Give "
            'it a duration (duration = "10m") and the item that much more.',
        ),
        "phases_unsized": QT_TRANSLATE_NOOP(
            "Problem",
            "phases {phases} have no duration: only one phase may take the rest of the item. "
            'Give the others a duration, e.g. duration = "10m".',
        ),
        "phases_and_short_form": QT_TRANSLATE_NOOP(
            "Problem",
            "'{key}' is the short form of an item's phases, and this item lists its phases "
            "in [[items.phases]]: {what}.",
        ),
        "speakers_too_long": QT_TRANSLATE_NOOP(
            "Problem",
            "the speakers' times add up to {total}, more than the {phase} they share. Shorten "
            'some of them, or make {what} as long as they are: {phase_key} = "{total}".',
        ),
        "speakers_short": QT_TRANSLATE_NOOP(
            "Problem",
            "the speakers' times add up to {total}, less than the {phase} they share. "
            "Leave one speaker's duration out to give them the rest.",
        ),
        "no_time_left": QT_TRANSLATE_NOOP(
            "Problem",
            "the speakers with a duration take {taken} of the {phase}; the {count} without one "
            "would get less than a second each. Shorten the given durations or make {what} "
            'longer ({phase_key} = "…").',
        ),
        "speakers_crowded": QT_TRANSLATE_NOOP(
            "Problem",
            "{count} speakers cannot share {phase}: each would get less than a second. Make "
            '{what} longer ({phase_key} = "…"), or split the speakers over several items.',
        ),
        "final_not_before_warning": QT_TRANSLATE_NOOP(
            "Problem", "final_warning ({final}) must be shorter than warning ({warning})."
        ),
        "minimum_too_long": QT_TRANSLATE_NOOP(
            "Problem",
            "minimum ({minimum}) is longer than the item ({duration}). Make it at most "
            '"{duration}", or leave it out.',
        ),
        "longer_than_a_day": QT_TRANSLATE_NOOP(
            "Problem",
            "the programme would run from {start} to {end} the next day, 24 hours or more. "
            "A programme lasts less than a day: check the start times and lengths.",
        ),
        "hard_end_before_start": QT_TRANSLATE_NOOP(
            "Problem", "hard_end ({hard_end}) is not after the start ({start})."
        ),
        "gap": QT_TRANSLATE_NOOP(
            "Problem",
            "starts {gap} after the previous item ends ({previous_end}); the gap is left free.",
        ),
        "edit_after_end": QT_TRANSLATE_NOOP(
            "Problem", "the show has ended: the agenda can no longer change it."
        ),
        "edit_moves_past": QT_TRANSLATE_NOOP(
            "Problem",
            "this item has run or is live: during the show, nothing can be added, removed or "
            "moved up to the live item.",
        ),
        "edit_removed_live": QT_TRANSLATE_NOOP(
            "Problem", "this item is live or has run: it cannot be removed during the show."
        ),
        "edit_changes_past": QT_TRANSLATE_NOOP(
            "Problem",
            "this item has already run: its phases and speakers cannot change now "
            "(titles and notes can).",
        ),
        "edit_changes_live": QT_TRANSLATE_NOOP(
            "Problem",
            "this item is live: the turns up to the current one cannot change now; the "
            "turns after it and the lengths can.",
        ),
        "ends_after_hard_end": QT_TRANSLATE_NOOP(
            "Problem", "the planned end {end} is after hard_end {hard_end}."
        ),
    }
)

# Words used inside messages.
WORDS: Mapping[str, str] = MappingProxyType(
    {
        "text": QT_TRANSLATE_NOOP("Problem", "text in quotes"),
        "duration": QT_TRANSLATE_NOOP("Problem", 'a duration in quotes like "30m"'),
        "time": QT_TRANSLATE_NOOP("Problem", 'a time of day in quotes like "13:00"'),
        "bool": QT_TRANSLATE_NOOP("Problem", "true or false"),
        "date": QT_TRANSLATE_NOOP("Problem", "a date like 2023-06-23 (no quotes)"),
        "table": QT_TRANSLATE_NOOP("Problem", "a section (table)"),
        "list": QT_TRANSLATE_NOOP("Problem", "a list [ ... ]"),
        "items": QT_TRANSLATE_NOOP("Problem", "items"),
        "speakers": QT_TRANSLATE_NOOP("Problem", "speakers"),
        "phases": QT_TRANSLATE_NOOP("Problem", "phases"),
        "phase_list": QT_TRANSLATE_NOOP(
            "Problem", "a list of phases, each under its own [[items.phases]] line"
        ),
        "split_items": QT_TRANSLATE_NOOP(
            "Problem", " Split the programme into several files, e.g. one per day or per hall."
        ),
        "split_speakers": QT_TRANSLATE_NOOP(
            "Problem", " Split the speakers over several items, e.g. one per part."
        ),
        "did_you_mean": QT_TRANSLATE_NOOP("Problem", " Did you mean '{0}'?"),
        "use_key": QT_TRANSLATE_NOOP("Problem", " Did you mean '{0}'? Write {1} in its place."),
        "keys_here": QT_TRANSLATE_NOOP("Problem", " The keys here are: {0}."),
        "the_presentation": QT_TRANSLATE_NOOP("Problem", "the presentation"),
        "the_item": QT_TRANSLATE_NOOP("Problem", "the item"),
        "the_phase": QT_TRANSLATE_NOOP("Problem", "the phase"),
        "short_presentation": QT_TRANSLATE_NOOP(
            "Problem", 'write it as a phase with kind = "presentation" and its duration'
        ),
        "short_discussion": QT_TRANSLATE_NOOP(
            "Problem", 'write it as a phase with kind = "discussion" and its duration'
        ),
        "short_speakers": QT_TRANSLATE_NOOP(
            "Problem", "write speakers = [ … ] in the phase they speak in"
        ),
        "short_protect": QT_TRANSLATE_NOOP(
            "Problem", "write gives_way = false in the discussion phase"
        ),
        "quoted_time": QT_TRANSLATE_NOOP("Problem", "a time of day"),
        "quoted_duration": QT_TRANSLATE_NOOP("Problem", "a length of time"),
        "quoted_text": QT_TRANSLATE_NOOP("Problem", "text"),
        "file": "{path}",
        "line": QT_TRANSLATE_NOOP("Problem", "line {0}"),
        "item": QT_TRANSLATE_NOOP("Problem", "item {0} '{1}'"),
        "item_untitled": QT_TRANSLATE_NOOP("Problem", "item {0}"),
        "speaker": QT_TRANSLATE_NOOP("Problem", "speaker {0}"),
        "phase": QT_TRANSLATE_NOOP("Problem", "phase {0}"),
        "programme": "[programme]",
        "length_min": QT_TRANSLATE_NOOP("Problem", "{0} min"),
        "length_s": QT_TRANSLATE_NOOP("Problem", "{0} s"),
        "error": QT_TRANSLATE_NOOP("Problem", "error"),
        "warning": QT_TRANSLATE_NOOP("Problem", "note"),
    }
)


def word(key: str, lang: Lang) -> str:
    return translate("Problem", WORDS[key], lang)


# Params that are lengths said in words ("15분 후에 시작합니다"), not written as in a file.
SPOKEN_LENGTHS = ("gap",)


def spoken_lengths(params: Mapping[str, str], lang: Lang) -> dict[str, str]:
    """``params`` with its lengths ("15m") written as the console writes them: "15분"."""
    said = dict(params)
    for name in SPOKEN_LENGTHS:
        seconds = parse_duration(said[name]) if name in said else None
        if seconds is not None:
            minutes, rest = divmod(seconds, 60)
            parts = [word("length_min", lang).format(minutes)] if minutes else []
            parts += [word("length_s", lang).format(rest)] if rest or not minutes else []
            said[name] = " ".join(parts)
    return said


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
    phase: int | None = None  # 1-based phase number within the item (the long form)

    def message(self, lang: Lang = "en", labels: Mapping[str, str] | None = None) -> str:
        """The message in ``lang``; ``labels`` (key -> the field's label, as a form shows
        it) names a field by its label where the message quotes its key ('제목', not
        'title'); a file's messages keep the key, which is what the file has."""
        params = spoken_lengths(self.params, lang)
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
        template = translate("Problem", MESSAGES[self.code], lang)
        label = labels.get(params.get("key", "")) if labels else None
        if label:
            template = template.replace("'{key}'", "'{label}'")
            params["label"] = label
        return template.format(**params)

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
        if self.phase is not None:
            parts.append(word("phase", lang).format(self.phase))
        if self.speaker is not None:
            parts.append(word("speaker", lang).format(self.speaker))
        return ", ".join(parts)

    def describe(
        self, lang: Lang = "en", path: str | None = None, labels: Mapping[str, str] | None = None
    ) -> str:
        where = self.where(lang)
        prefix = ": ".join(p for p in (path, where) if p)
        message = self.message(lang, labels)
        return f"{prefix}: {message}" if prefix else message


class AgendaError(Exception):
    """An agenda that cannot be used, with every problem found in it."""

    def __init__(self, problems: Sequence[Problem], path: str | None = None) -> None:
        self.problems = tuple(problems)
        self.path = path
        super().__init__(self.describe("en"))

    def describe(self, lang: Lang = "en") -> str:
        return "\n".join(p.describe(lang, self.path) for p in self.problems)
