"""Run sheets as Korean organisers write them: the event's name, date and venue above the
table, a break named only in 구분, several names sharing a row, the chair (좌장), a
designated discussion (지정토론) naming its discussants, a demo day and a ceremony."""

from __future__ import annotations

import datetime as dt

from emcee.core.agenda.model import ItemKind, PhaseKind
from emcee.core.runsheet import Outcome, Role, import_text

from .showkit import hm

POLICY_FORUM = (
    "2024 지역 돌봄 정책 포럼 진행순서\n"
    "행사명\t지역 돌봄 정책 포럼\n"
    "일시\t2024. 5. 21.(화) 14:00~16:00\n"
    "장소\t국회의원회관 제2세미나실\n"
    "\n"
    "시간\t구분\t내용\t발표자\t비고\n"
    "14:00~14:20 (20)\t등록\t참가자 등록\t\t\n"
    "14:20~14:25 (5)\t개회\t개회사\t포럼 대표\t\n"
    "14:25~15:05 (40)\t1부\t주제발표\t김민수, 이서연\t좌장: 박영희\n"
    "15:05~15:20 (15)\t1부\t지정토론: 박지훈(○○대 교수), 최유진(○○연구원), 정하늘(○○구 과장)\t\t\n"
    "15:20~15:40 (20)\t1부\t종합토론 및 질의응답\t\t\n"
    "15:40~15:50 (10)\t휴식\t\t\t\n"
    "15:50~16:00 (10)\t폐회\t폐회 및 기념촬영\t\t\n"
)

DEMO_DAY = (
    "행사명: 2024 스타트업 데모데이\n"
    "일시: 2024. 11. 7.(목) 15:00~17:00\n"
    "장소: 판교 스타트업캠퍼스 1층 컨퍼런스홀\n"
    "\n"
    "시간\t내용\t발표자\n"
    "15:00~15:10\t오프닝\t사회자\n"
    "15:10~15:50\t스타트업 피칭 (1)\t에이랩, 비컴퍼니, 씨테크, 디소프트\n"
    "15:50~16:00\t휴식\t\n"
    "16:00~16:40\t스타트업 피칭 (2)\t이노베이트, 에프랩스, 지헬스, 에이치바이오\n"
    "16:40~17:00\t심사 및 시상\t심사위원장\n"
)

CEREMONY = (
    "제목: 제10회 지역사회 공헌 대상 시상식\n"
    "장소: 시청 대회의실\n"
    "\n"
    "시간\t구분\t내용\t담당\n"
    "10:00~10:05\t개식\t개식 선언\t사회자\n"
    "10:05~10:15\t내빈 소개\t내빈 소개\t국회의원 홍길동, 시의회 의장 김철수, 교육장 이영희\n"
    "10:15~10:20\t국민의례\t국민의례\t\n"
    "10:20~10:40\t시상\t시상\t대상 박민준, 최우수상 정서윤, 우수상 강도윤\n"
    "10:40~10:50\t축사\t축사\t시장\n"
    "10:50~10:55\t폐식\t폐식 및 기념촬영\t\n"
)


def test_a_policy_forum_with_its_chair_and_designated_discussants():
    result = import_text(POLICY_FORUM, title="진행순서")
    assert result.ok, (result.problems, result.rejected)
    programme = result.agenda.programme
    assert (programme.title, programme.date, programme.venue) == (
        "지역 돌봄 정책 포럼",  # the sheet's name, not the file's
        dt.date(2024, 5, 21),
        "국회의원회관 제2세미나실",
    )
    assert [result.outcomes[n] for n in (1, 2, 3, 4)] == [
        Outcome.NOT_USED,  # the sheet's own heading line: listed as not read
        Outcome.PROGRAMME,
        Outcome.PROGRAMME,
        Outcome.PROGRAMME,
    ]
    talks, designated, _floor, rest = result.agenda.items[2:6]
    assert [s.presenter for s in talks.speakers] == ["김민수", "이서연"]
    assert (talks.presenter, talks.chair, talks.notes) == ("", "박영희", "")
    assert (designated.title, designated.part) == ("지정토론", "1부")
    (phase,) = designated.phases
    assert phase.kind is PhaseKind.DESIGNATED
    assert [(s.presenter, s.title) for s in phase.speakers] == [
        ("박지훈", "○○대 교수"),
        ("최유진", "○○연구원"),
        ("정하늘", "○○구 과장"),
    ]
    planned = result.schedule.items
    assert [t.duration for t in planned[3].phases[0].turns] == [300, 300, 300]
    assert [p.chair for p in planned[2:5]] == ["박영희"] * 3  # the part's chair
    assert (rest.title, rest.kind, rest.part, rest.duration) == ("휴식", ItemKind.BREAK, "", 600)
    assert [note.code for note in result.notes] == ["names_split"]
    assert result.notes[0].describe("ko").startswith("9행 '주제발표': 이름 2개(김민수, 이서연)를")


def test_several_names_stay_one_presenter_when_the_user_says_so():
    result = import_text(POLICY_FORUM, speakers=False)
    talks = result.agenda.items[2]
    assert (talks.presenter, talks.speakers, talks.chair) == ("김민수, 이서연", (), "박영희")
    assert result.agenda.items[3].phases == ()  # 지정토론 stays a row of text
    assert result.notes == ()


def test_a_demo_day_pitches_share_their_blocks():
    result = import_text(DEMO_DAY)
    assert result.ok, (result.problems, result.rejected)
    assert result.agenda.programme.title == "2024 스타트업 데모데이"
    assert result.agenda.programme.date == dt.date(2024, 11, 7)
    first = result.schedule.items[1]
    assert [(t.speaker.presenter, t.start, t.duration) for t in first.phases[0].turns] == [
        ("에이랩", hm("15:10"), 600),
        ("비컴퍼니", hm("15:20"), 600),
        ("씨테크", hm("15:30"), 600),
        ("디소프트", hm("15:40"), 600),
    ]
    assert result.agenda.items[2].kind is ItemKind.BREAK


def test_a_ceremony_calls_its_guests_and_award_winners_in_turn():
    result = import_text(CEREMONY)
    assert result.ok, (result.problems, result.rejected)
    programme = result.agenda.programme
    assert (programme.title, programme.date, programme.venue) == (
        "제10회 지역사회 공헌 대상 시상식",
        None,
        "시청 대회의실",
    )
    guests, awards = result.agenda.items[1], result.agenda.items[3]
    assert [s.presenter for s in guests.speakers] == [
        "국회의원 홍길동",
        "시의회 의장 김철수",
        "교육장 이영희",
    ]
    assert [s.presenter for s in awards.speakers] == [
        "대상 박민준",
        "최우수상 정서윤",
        "우수상 강도윤",
    ]
    assert result.agenda.items[4].presenter == "시장"


def test_speakers_on_rows_of_their_own_without_a_merged_time_cell():
    sheet = (
        "시간\t내용\t발표자\n"
        "14:00~14:45 (45)\t(1부) 주제발표\t김교수\n"
        "\t주제발표\t이교수\n"
        "\t주제발표\t박교수\n"
        "14:45~15:00\t폐회\t\n"
    )
    result = import_text(sheet)
    assert result.ok, (result.problems, result.rejected)
    talks = result.agenda.items[0]
    assert (talks.title, talks.part, talks.presenter) == ("주제발표", "1부", "")
    assert [s.presenter for s in talks.speakers] == ["김교수", "이교수", "박교수"]
    assert [t.duration for t in result.schedule.items[0].phases[0].turns] == [900, 900, 900]
    assert [note.code for note in result.notes] == []


def test_a_cue_sheet_column_gives_the_mcs_lines():
    sheet = (
        "시간\t내용\t발표자\t큐시트\n"
        "10:00~10:05\t개식 선언\t사회자\t지금부터 시상식을 시작하겠습니다.\n"
        "\t\t\t모두 자리에 앉아 주십시오.\n"
        "10:05~10:15\t축사\t시장\t다음은 시장님의 축사가 있겠습니다.\n"
    )
    result = import_text(sheet)
    assert result.ok, (result.problems, result.rejected)
    assert result.mapping.column(Role.MC) == 3
    opening, speech = result.agenda.items
    assert opening.mc == "지금부터 시상식을 시작하겠습니다.\n모두 자리에 앉아 주십시오."
    assert speech.mc == "다음은 시장님의 축사가 있겠습니다."
    assert (opening.notes, speech.presenter) == ("", "시장")
