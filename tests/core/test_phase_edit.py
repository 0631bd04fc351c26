"""The edits of an item's phases the editor makes (``agenda.edit``), without Qt: each keeps
the plan where it should, and what the editor saves reads back to the same schedule."""

from __future__ import annotations

from pathlib import Path

from emcee.core.agenda import edit
from emcee.core.agenda.file import load, loads
from emcee.core.agenda.model import Agenda, Item, ItemKind, Phase, PhaseKind, Programme, Speaker
from emcee.core.agenda.schedule import plan
from emcee.core.agenda.writer import dumps

FORUM = load(Path(__file__).parents[2] / "docs" / "examples" / "policy-forum.toml")[0]


def minutes(m: int) -> int:
    return m * 60


def short_form() -> Agenda:
    item = Item(
        "세션",
        ItemKind.SESSION,
        start=minutes(14 * 60),
        duration=minutes(60),
        presentation=minutes(40),
        discussion=minutes(20),
        speakers=(Speaker("김민수"), Speaker("이서연")),
        protect_discussion=True,
    )
    return Agenda(Programme("포럼"), (item, Item("폐회", duration=minutes(5))))


def phase_times(agenda: Agenda, index: int) -> list[tuple[str, int, int]]:
    planned = plan(agenda).items[index]
    return [(p.kind.value, p.start, p.end) for p in planned.phases]


def test_listing_the_short_form_keeps_the_plan():
    agenda = short_form()
    listed = edit.list_phases(agenda, 0)
    item = listed.items[0]
    assert [p.kind for p in item.phases] == [PhaseKind.PRESENTATION, PhaseKind.DISCUSSION]
    assert item.phases[0].speakers == agenda.items[0].speakers
    assert item.presentation is item.discussion is None and item.speakers == ()
    assert item.phases[1].gives_way is False  # protect_discussion, said the long way
    assert phase_times(listed, 0) == phase_times(agenda, 0)
    assert [t.speaker for t in plan(listed).items[0].phases[0].turns] == [
        t.speaker for t in plan(agenda).items[0].phases[0].turns
    ]
    assert edit.check(listed).ok
    assert edit.list_phases(listed, 0) == listed  # already listed: nothing to do


def test_a_designated_discussion_with_two_discussants_of_five_minutes():
    agenda = edit.insert_phase(short_form(), 0, 1, Phase(PhaseKind.DESIGNATED))
    discussants = (
        Speaker("홍길동", "00대 교수", duration=minutes(5)),
        Speaker("김철수", "00연구원", duration=minutes(5), mc="다음은 김철수 연구원님입니다."),
    )
    agenda = edit.change_phase_speakers(agenda, 0, 1, discussants)
    agenda = edit.change_phase(agenda, 0, 2, duration=None)  # the discussion: the rest
    assert edit.check(agenda).ok
    assert phase_times(agenda, 0) == [
        ("presentation", minutes(840), minutes(880)),
        ("designated", minutes(880), minutes(890)),
        ("discussion", minutes(890), minutes(900)),
    ]
    assert edit.speaker_count(agenda.items[0]) == 4
    # What the editor saves reads back to the same agenda and the same plan.
    again, schedule = loads(dumps(agenda))
    assert again == agenda and schedule == plan(agenda)


def test_remove_and_move_phases():
    agenda = FORUM
    index = next(i for i, item in enumerate(agenda.items) if len(item.phases) == 4)
    kinds = [p.kind for p in agenda.items[index].phases]
    moved = edit.move_phase(agenda, index, 3, 0)
    assert [p.kind for p in moved.items[index].phases] == [kinds[3], *kinds[:3]]
    removed = edit.remove_phase(agenda, index, 1)
    assert [p.kind for p in removed.items[index].phases] == [kinds[0], *kinds[2:]]
    assert edit.check(removed).ok


def test_a_nameless_discussant_is_a_problem_of_its_phase():
    agenda = edit.insert_phase(short_form(), 0, 1, Phase(PhaseKind.DESIGNATED, minutes(5)))
    agenda = edit.change_phase_speakers(agenda, 0, 1, (Speaker(" "),))
    agenda = edit.change_phase(agenda, 0, 2, duration=None)
    problems = edit.check(agenda).problems
    assert [(p.code, p.item, p.phase, p.speaker, p.key) for p in problems] == [
        ("empty_text", 1, 2, 1, "presenter")
    ]


def test_two_phases_without_a_length_are_a_problem_of_the_second():
    agenda = edit.insert_phase(short_form(), 0, 1, Phase(PhaseKind.DESIGNATED))
    agenda = edit.change_phase(agenda, 0, 2, duration=None)
    problems = edit.check(agenda).problems
    assert [(p.code, p.phase) for p in problems] == [("phases_unsized", 3)]


def test_a_discussants_problem_names_the_field_by_its_label():
    agenda = edit.insert_phase(short_form(), 0, 1, Phase(PhaseKind.DESIGNATED, minutes(5)))
    agenda = edit.change_phase_speakers(agenda, 0, 1, (Speaker(""),))
    agenda = edit.change_phase(agenda, 0, 2, duration=None)
    (problem,) = edit.check(agenda).problems
    message = problem.message("ko", {"presenter": "발표자"})
    assert "발표자" in message and "presenter" not in message


def test_a_phase_added_to_an_item_without_phases_lists_the_item_first():
    agenda = Agenda(Programme("행사"), (Item("개회", start=minutes(600), duration=minutes(20)),))
    added = edit.insert_phase(agenda, 0, 1, Phase(PhaseKind.PHOTO, minutes(5)))
    kinds = [p.kind for p in added.items[0].phases]
    assert kinds == [PhaseKind.PRESENTATION, PhaseKind.PHOTO]
    assert phase_times(added, 0) == [
        ("presentation", minutes(600), minutes(615)),
        ("photo", minutes(615), minutes(620)),
    ]


def test_a_roll_call_round_trips_with_its_names_on_screen():
    agenda = edit.insert_phase(short_form(), 1, 1, Phase(PhaseKind.ROLL_CALL, minutes(3)))
    names = (Speaker("김철수", "시의회 의장"), Speaker("이영희", "구청장"))
    agenda = edit.change_phase_speakers(agenda, 1, 1, names)
    agenda = edit.change_phase(agenda, 1, 1, on_screen=True, mc="내빈을 소개하겠습니다.")
    again, schedule = loads(dumps(agenda))
    assert again == agenda and schedule == plan(agenda)


def test_the_forum_example_saved_by_the_editor_plans_the_same():
    index = next(i for i, item in enumerate(FORUM.items) if item.phases)
    agenda = edit.change_phase(FORUM, index, 0, title="기조발표")
    again, schedule = loads(dumps(agenda))
    assert again == agenda and schedule == plan(agenda)
