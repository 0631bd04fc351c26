"""Reading, writing and checking agenda files, and the messages a broken file gets."""

from __future__ import annotations

import textwrap

import pytest

from emcee import resources
from emcee.core.agenda.file import load, loads
from emcee.core.agenda.model import Agenda, Item, ItemKind, Programme, Shares, Speaker, TimerStyle
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.reader import MAX_ITEMS
from emcee.core.agenda.writer import dumps, save

REFERENCE = resources.reference_agenda().read_text(encoding="utf-8")


def problems_of(text: str) -> list:
    with pytest.raises(AgendaError) as caught:
        loads(textwrap.dedent(text))
    return list(caught.value.problems)


def only_problem(text: str):
    (problem,) = problems_of(text)
    return problem


def test_reference_round_trips():
    agenda, _ = loads(REFERENCE)
    again, _ = loads(dumps(agenda))
    assert again == agenda


def test_save_and_load_a_file(tmp_path):
    agenda, _ = loads(REFERENCE)
    target = tmp_path / "event.toml"
    save(agenda, target)
    assert load(target)[0] == agenda
    assert not list(tmp_path.glob("*.tmp"))


def test_every_field_round_trips():
    agenda = Agenda(
        Programme(
            title="Conference",
            subtitle="Day 1",
            venue="Hall A",
            organiser="Org",
            start=9 * 3600,
            hard_end=18 * 3600,
            warning=180,
            final_warning=60,
        ),
        (
            Item("Doors", ItemKind.REGISTRATION, duration=1800, timer=TimerStyle.CLOCK),
            Item(
                "Panel",
                ItemKind.SESSION,
                part="Part 1",
                presenter="Chair",
                notes="line one\nline two",
                presentation=2400,
                discussion=1200,
                speakers=(
                    Speaker("A", "Talk A", duration=900, notes="slides on USB"),
                    Speaker('B "quoted"', "Talk B"),
                    Speaker("C"),
                ),
                shares=Shares.FIXED,
                protect_discussion=True,
                warning=120,
                final_warning=30,
                minimum=1800,
            ),
            Item("Lunch", ItemKind.BREAK, start=11 * 3600, duration=3600),
        ),
    )
    assert loads(dumps(agenda))[0] == agenda


def test_start_or_duration_derives_the_other():
    _, schedule = loads(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "a"
        [[items]]
        title = "b"
        start = "09:20"
        duration = "10m"
        [[items]]
        title = "c"
        duration = "5m"
        """.replace("\n        ", "\n")
    )
    assert [(p.start, p.duration) for p in schedule.items] == [
        (9 * 3600, 1200),
        (9 * 3600 + 1200, 600),
        (9 * 3600 + 1800, 300),
    ]


def test_uneven_split_gives_odd_seconds_to_the_first_speakers():
    _, schedule = loads(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "s"
        presentation = "20m"
        discussion = "10m"
        speakers = [{presenter="1"},{presenter="2"},{presenter="3"},{presenter="4"},
                    {presenter="5"},{presenter="6"},{presenter="7"}]
        """
    )
    turns = schedule.items[0].phases[0].turns
    assert [t.duration for t in turns] == [172, 172, 172, 171, 171, 171, 171]
    assert sum(t.duration for t in turns) == 1200


def test_explicit_and_even_speakers_mix():
    _, schedule = loads(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "s"
        duration = "30m"
        speakers = [{presenter="keynote", duration="14m"}, {presenter="b"}, {presenter="c"}]
        """
    )
    assert [t.duration for t in schedule.items[0].phases[0].turns] == [840, 480, 480]


def test_missing_discussion_takes_the_rest():
    _, schedule = loads(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "s"
        duration = "60m"
        presentation = "40m"
        """
    )
    assert [p.duration for p in schedule.items[0].phases] == [2400, 1200]


def test_byte_order_mark_is_accepted(tmp_path):
    target = tmp_path / "bom.toml"
    target.write_bytes(b"\xef\xbb\xbf" + REFERENCE.encode("utf-8"))
    assert load(target)[0].programme.title == "사회보장 특별지원구역 성과공유회"


# --- bad input ----------------------------------------------------------------------------


def test_not_toml_names_the_line():
    problem = only_problem('[programme]\ntitle = "x\n')
    assert problem.code == "unclosed_quote"  # tests/core/test_agenda_hints.py has the others
    assert problem.line == 2


def test_cp949_file_is_named_plainly(tmp_path):
    target = tmp_path / "korean.toml"
    target.write_bytes(REFERENCE.encode("cp949", errors="replace"))
    with pytest.raises(AgendaError) as caught:
        load(target)
    (problem,) = caught.value.problems
    assert problem.code == "not_utf8_cp949"
    assert "CP949" in problem.message("ko")
    assert str(target) in caught.value.describe("en")


def test_binary_file(tmp_path):
    target = tmp_path / "x.toml"
    target.write_bytes(b"\xff\xfe\x00\x01garbage")
    with pytest.raises(AgendaError) as caught:
        load(target)
    assert caught.value.problems[0].code == "not_utf8"


def test_missing_file(tmp_path):
    with pytest.raises(AgendaError) as caught:
        load(tmp_path / "nope.toml")
    assert caught.value.problems[0].code == "file_missing"


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(AgendaError) as caught:
        load(tmp_path)
    assert caught.value.problems[0].code == "file_unreadable"


@pytest.mark.parametrize("value", ['"0m"', '"0s"'])
def test_zero_duration(value):
    problem = only_problem(
        f"""
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "a"
        duration = {value}
        """
    )
    assert problem.code == "not_positive"
    assert problem.item == 1
    assert problem.line == 7


def test_negative_or_bare_number_durations():
    problems = problems_of(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "a"
        duration = "-5m"
        [[items]]
        title = "b"
        duration = 5
        """
    )
    assert [(p.code, p.item) for p in problems] == [("bad_duration", 1), ("number_duration", 2)]
    assert '"5m"' in problems[1].message("en")


def test_missing_duration():
    problem = only_problem(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "last"
        """
    )
    assert problem.code == "missing_duration"
    assert problem.item_title == "last"


def test_times_out_of_order_and_overlapping():
    problems = problems_of(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "a"
        duration = "30m"
        [[items]]
        title = "b"
        start = "09:20"
        duration = "10m"
        [[items]]
        title = "c"
        start = "09:10"
        duration = "10m"
        """
    )
    assert [(p.code, p.item, p.line) for p in problems] == [
        ("overlap", 2, 10),
        ("out_of_order", 3, 14),
    ]
    assert "09:30" in problems[0].message("en") or "09:20" in problems[0].message("en")


def test_an_item_without_duration_and_no_room_is_the_one_blamed():
    problem = only_problem(
        """
        [programme]
        title = "t"
        start = "15:00"
        [[items]]
        title = "개회"
        duration = "32m"
        [[items]]
        title = "국민의례"
        [[items]]
        title = "기조강연"
        start = "15:32"
        duration = "10m"
        """
    )
    assert (problem.code, problem.item, problem.line) == ("no_room", 2, 8)
    assert problem.describe("en") == (
        "line 8, item 2 '국민의례': it has no duration and no time is left for it: it starts "
        'at 15:32 and the next item starts at 15:32. Add a duration such as duration = "5m" '
        "and start the next item that much later, or remove this item."
    )
    assert problem.describe("ko") == (
        "8번째 줄, 2번 항목 '국민의례': 길이(duration)가 없는데 남은 시간도 없습니다. 이 항목은 "
        '15:32에 시작하고 다음 항목은 15:32에 시작합니다. duration = "5m"처럼 길이를 쓰고 다음 '
        "항목을 그만큼 늦게 시작하거나, 이 항목을 지우세요."
    )


def test_start_and_duration_conflict_is_an_error():
    problem = only_problem(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "a"
        start = "09:00"
        duration = "30m"
        [[items]]
        title = "b"
        start = "09:20"
        duration = "10m"
        """
    )
    assert problem.code == "overlap"
    assert "09:30" in problem.message("en")


def test_phases_longer_than_item():
    problem = only_problem(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "s"
        duration = "30m"
        presentation = "20m"
        discussion = "15m"
        """
    )
    assert problem.code == "phases_too_long"
    assert "35m" in problem.message("en")


def test_speaker_minutes_that_do_not_fit():
    problems = problems_of(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "too long"
        presentation = "10m"
        discussion = "5m"
        speakers = [{presenter="a", duration="6m"}, {presenter="b", duration="6m"}]
        [[items]]
        title = "too short"
        presentation = "10m"
        speakers = [{presenter="a", duration="3m"}, {presenter="b", duration="3m"}]
        [[items]]
        title = "nothing left"
        duration = "10m"
        speakers = [{presenter="a", duration="10m"}, {presenter="b"}]
        """
    )
    assert [p.code for p in problems] == ["speakers_too_long", "speakers_short", "no_time_left"]


def test_unknown_keys_suggest_the_closest():
    problems = problems_of(
        """
        [programme]
        title = "t"
        strat = "09:00"
        [[items]]
        title = "a"
        duraton = "5m"
        speakers = [
            { presenter = "x", titel = "y" },
        ]
        """
    )
    unknown = [p for p in problems if p.code == "unknown_key"]
    assert [(p.key, p.params["suggestion"], p.line) for p in unknown] == [
        ("strat", "start", 4),
        ("duraton", "duration", 7),
        ("titel", "title", 9),
    ]
    assert "Did you mean 'duration'?" in unknown[1].message("en")
    assert unknown[2].speaker == 1


def test_unknown_kind_suggests_a_kind():
    problem = only_problem(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "a"
        kind = "brake"
        duration = "5m"
        """
    )
    assert problem.code == "bad_choice"
    assert problem.params["suggestion"] == "break"


def test_empty_agenda_and_missing_programme():
    assert [p.code for p in problems_of("")] == ["missing_programme", "missing_key", "empty_agenda"]
    assert only_problem('[programme]\ntitle = "x"\n').code == "empty_agenda"


def test_no_start_anywhere():
    problem = only_problem('[programme]\ntitle = "x"\n[[items]]\ntitle = "a"\nduration = "5m"\n')
    assert problem.code == "no_start"


def test_too_many_items():
    items = "".join(f'[[items]]\ntitle = "{n}"\nduration = "1m"\n' for n in range(MAX_ITEMS + 1))
    problem = only_problem(f'[programme]\ntitle = "x"\nstart = "00:00"\n{items}')
    assert problem.code == "too_many"


def test_a_programme_of_a_day_or_more_is_refused():
    problem = only_problem(
        '[programme]\ntitle = "x"\nstart = "23:00"\n[[items]]\ntitle = "a"\nduration = "24h"\n'
    )
    assert problem.code == "longer_than_a_day"


def test_final_warning_must_be_before_warning():
    problem = only_problem(
        """
        [programme]
        title = "t"
        start = "09:00"
        warning = "1m"
        final_warning = "2m"
        [[items]]
        title = "a"
        duration = "5m"
        """
    )
    assert problem.code == "final_not_before_warning"


def test_wrong_types_are_named():
    problems = problems_of(
        """
        [programme]
        title = 3
        start = "09:00"
        date = "2023-06-23"
        [[items]]
        title = "a"
        duration = "5m"
        protect_discussion = "yes"
        """
    )
    # In the order of the lines; the date in quotes is shown without them.
    assert [(p.code, p.key) for p in problems] == [
        ("wrong_type", "title"),
        ("date_value", "date"),
        ("wrong_type", "protect_discussion"),
    ]
    assert problems[1].message("en").endswith("write date = 2023-06-23.")
    assert "true or false" in problems[2].message("en")


def test_gap_is_a_note_not_an_error():
    _, schedule = loads(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "a"
        duration = "30m"
        [[items]]
        title = "b"
        start = "10:00"
        duration = "10m"
        """
    )
    (note,) = schedule.notes
    assert note.code == "gap"
    assert "30 min after" in note.message("en")  # said as the console writes lengths


def test_every_message_exists_in_both_languages():
    from emcee.core.agenda.problems import MESSAGES
    from emcee.core.texts import translate

    for english in MESSAGES.values():
        assert english and translate("Problem", english, "ko") != english


def test_messages_never_leave_a_placeholder():
    problems = problems_of(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "a"
        kind = "brake"
        duration = "5"
        speakers = [{ presenter = "x", whatever = 1 }]
        """
    )
    for problem in problems:
        for lang in ("en", "ko"):
            text = problem.describe(lang, "file.toml")
            assert "{" not in text
            assert "file.toml" in text


def speakers_block(presentation: str, speakers: list[str]) -> str:
    lines = ",\n".join(f"    {{ {entry} }}" for entry in speakers)
    return (
        '[programme]\ntitle = "t"\nstart = "09:00"\n[[items]]\ntitle = "사례 발표"\n'
        f'presentation = "{presentation}"\ndiscussion = "10m"\nspeakers = [\n{lines}\n]\n'
    )


def test_more_speakers_than_seconds_says_what_to_do():
    names = [f'presenter = "{n}"' for n in range(1, 62)]
    problem = only_problem(speakers_block("1m", names))
    assert problem.code == "speakers_crowded"
    assert problem.describe("en") == (
        "line 8, item 1 '사례 발표': 61 speakers cannot share 1m: each would get less than a "
        'second. Make the presentation longer (presentation = "…"), or split the speakers '
        "over several items."
    )
    assert problem.describe("ko") == (
        "8번째 줄, 1번 항목 '사례 발표': 발표자 61명이 1m을 나눠 쓰면 한 사람에 1초도 되지 "
        '않습니다. 발표 시간을 늘리거나(presentation = "…"), 발표자를 여러 항목으로 나누세요.'
    )


def test_speakers_longer_than_their_block_says_what_to_do():
    names = [f'presenter = "{n}", duration = "1m"' for n in range(1, 62)]
    problem = only_problem(speakers_block("60m", names))
    assert problem.code == "speakers_too_long"
    assert problem.message("en") == (
        "the speakers' times add up to 61m, more than the 60m they share. Shorten some of "
        'them, or make the presentation as long as they are: presentation = "61m".'
    )
    assert problem.message("ko") == (
        "발표자 시간의 합 61m이 함께 쓰는 시간 60m보다 깁니다. 일부 발표자의 시간을 줄이거나 "
        '발표 시간을 그 합만큼 늘리세요: presentation = "61m".'
    )


def test_speakers_with_a_duration_that_leave_none_for_the_others():
    names = ['presenter = "a", duration = "59m30s"', 'presenter = "b"', 'presenter = "c"']
    problem = only_problem(speakers_block("59m31s", names))
    assert problem.code == "no_time_left"
    assert problem.message("en") == (
        "the speakers with a duration take 59m30s of the 59m31s; the 2 without one would get "
        "less than a second each. Shorten the given durations or make the presentation longer "
        '(presentation = "…").'
    )


def test_too_many_speakers_says_how_to_split_them():
    names = [f'presenter = "{n}"' for n in range(1, 202)]
    problem = only_problem(speakers_block("60m", names))
    assert problem.message("en") == (
        "201 speakers is more than emcee takes (200). Split the speakers over several items, "
        "e.g. one per part."
    )
    assert problem.message("ko").endswith("발표자를 여러 항목(예: 부마다 하나)으로 나누세요.")


def test_lengths_that_do_not_fit_say_what_to_write():
    problems = problems_of(
        """
        [programme]
        title = "t"
        start = "09:00"
        [[items]]
        title = "s"
        duration = "30m"
        presentation = "20m"
        discussion = "15m"
        [[items]]
        title = "b"
        duration = "10m"
        minimum = "15m"
        """
    )
    assert [p.message("en") for p in problems] == [
        "presentation and discussion (35m) are longer than the item (30m). Shorten one of them, "
        'or make the item as long as they are: duration = "35m".',
        'minimum (15m) is longer than the item (10m). Make it at most "10m", or leave it out.',
    ]
    assert [p.message("ko") for p in problems] == [
        "발표와 토론(35m)이 항목 길이(30m)보다 깁니다. 둘 중 하나를 줄이거나 항목 길이를 그 "
        '합만큼 늘리세요: duration = "35m".',
        'minimum(15m)이 항목 길이(10m)보다 깁니다. "10m" 이하로 줄이거나 빼세요.',
    ]


def test_a_missing_key_says_what_to_write():
    problem = only_problem(
        '[programme]\nstart = "09:00"\n[[items]]\ntitle = "a"\nduration = "5m"\n'
    )
    assert problem.message("en") == "'title' is missing: add title = \"…\"."
    assert problem.message("ko") == "'title' 값이 없습니다. title = \"…\"처럼 써 넣으세요."
