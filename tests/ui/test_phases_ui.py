"""Phases of every kind on the console and the presenter screen: a policy forum with talks,
designated discussants, a Q&A and the chair's remarks (docs/examples/policy-forum.toml).

Set EMCEE_SHOTS to a folder to save the console and presenter screen as PNG files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from emcee.core.agenda.file import load
from emcee.core.agenda.model import PhaseKind
from emcee.core.engine.snapshot import Level
from emcee.ui.agenda_model import Column
from emcee.ui.controller import Overlay
from emcee.ui.face import PALETTES
from emcee.ui.fonts import register_fonts
from emcee.ui.i18n import switch_language
from emcee.ui.presenter.paint import paint_picture
from emcee.ui.presenter.picture import Picture, make_picture
from tests.ui.console_kit import advance, close_console, open_console
from tests.ui.keyboard import type_key

FORUM = Path(__file__).resolve().parents[2] / "docs" / "examples" / "policy-forum.toml"
SHOTS = os.environ.get("EMCEE_SHOTS")


@pytest.fixture(params=["ko", "en"])
def console(request, qtbot, tmp_path):
    register_fonts()  # Hangul as the program draws it, in the saved pictures too
    day = dt.datetime(2026, 5, 21, 14, 0, tzinfo=dt.UTC)
    window = open_console(
        qtbot, tmp_path, load(FORUM)[1], at=day, lang=request.param, size=(1400, 860)
    )
    window.language = request.param  # type: ignore[attr-defined]
    yield window
    close_console(window)
    switch_language("en")


def to_segment(console, kind: PhaseKind, turn: int = 0) -> None:
    """Start the show and go, turn by turn on time, to the panel's phase ``kind``."""
    controller = console.controller
    controller.start()
    while True:
        current = controller.snapshot.current
        if current.segment.kind is kind and current.segment.turn_index == turn:
            return
        advance(console, current.remaining)
        controller.next()


def presenter(console) -> Picture:
    controller = console.controller
    return make_picture(
        controller.snapshot,
        Overlay(),
        PALETTES["standard"],
        console.language,
        programme=controller.show.schedule.programme,
    )


def save(console, name: str) -> None:
    if not SHOTS:
        return
    folder = Path(SHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    console.grab().save(str(folder / f"{name}-console-{console.language}.png"))
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_picture(painter, QRectF(0, 0, 1280, 720), presenter(console))
    painter.end()
    image.save(str(folder / f"{name}-presenter-{console.language}.png"))


def test_a_designated_discussant_is_named_with_the_phase_and_their_turn(console):
    to_segment(console, PhaseKind.DESIGNATED, turn=1)
    advance(console, 200)  # 1:40 left of 5:00
    next_word = "다음" if console.language == "ko" else "Next"
    shown = presenter(console)
    chair = "좌장 박영희" if console.language == "ko" else "Chair 박영희"
    assert shown.phase == f"지정토론 2/3 · {chair}"  # the phase's title as written
    assert (shown.speaker, shown.title) == ("최유진", "○○연구원 연구위원")
    assert shown.digits == "01:40"
    assert shown.next == f"{next_word}: 정하늘 · ○○구 복지정책과장"
    panel = console.timer_panel
    assert panel.speaker.text() == "최유진"
    assert panel.heading.text() == f"지역 돌봄, 누가 어떻게 할 것인가 · {chair}"
    assert panel.block.text().startswith("지정토론 2/3")
    save(console, "designated")


def test_the_qa_and_the_remarks_are_named_where_they_have_no_speaker(console):
    to_segment(console, PhaseKind.DESIGNATED, turn=2)
    shown = presenter(console)
    assert shown.next.endswith("종합토론 및 질의응답")
    advance(console, 300)
    console.controller.next()
    shown = presenter(console)
    assert (shown.speaker, shown.digits) == ("", "20:00")
    assert shown.phase.startswith("종합토론 및 질의응답 · ")
    assert console.timer_panel.speaker.text() == "종합토론 및 질의응답"
    save(console, "qa")
    to_segment(console, PhaseKind.PHOTO)
    shown = presenter(console)
    assert shown.phase == ("기념촬영" if console.language == "ko" else "Group photo")
    assert console.timer_panel.speaker.text() == shown.phase


def test_the_agenda_shows_each_phase_as_a_row_under_its_item(console):
    model = console.tree.agenda_model
    session = model.index(2, 0)
    titles = [
        model.data(model.index(row, Column.TITLE, session), Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount(session))
    ]
    assert titles == ["주제발표", "지정토론", "종합토론 및 질의응답", "좌장 총평"]
    closing = model.index(3, 0)
    photo = model.data(model.index(1, Column.TITLE, closing), Qt.ItemDataRole.DisplayRole)
    assert photo == ("기념촬영" if console.language == "ko" else "Group photo")


def test_q_in_the_qa_shows_a_question_timer_inside_the_discussions(console):
    to_segment(console, PhaseKind.QA)
    advance(console, 30)
    type_key(console.tree, Qt.Key.Key_Q)
    advance(console, 20)
    ko = console.language == "ko"
    question, answer = ("질문", "답변") if ko else ("Question", "Answer")
    shown = presenter(console)
    assert (shown.digits, shown.question) == ("19:10", f"{question} 1 · 00:40")
    assert console.timer_panel.block.text() == f"{question} 1 · 00:40"
    type_key(console.tree, Qt.Key.Key_Q)
    advance(console, 130)  # the answer runs 10 seconds over its 2 minutes
    shown = presenter(console)
    assert (shown.digits, shown.question) == ("17:00", f"{answer} 1 · +00:10")
    assert shown.question_color == PALETTES["standard"].level_color(Level.TIME_UP).name()
    save(console, "question")
    console.controller.undo()  # the answer was a slip
    assert presenter(console).question == f"{question} 1 · +01:30"
    console.controller.next()
    assert presenter(console).question == ""
    assert console.timer_panel.block.text() == ""


def test_the_editor_shows_the_chair_and_the_question_timers_and_keeps_the_phases(console):
    from emcee.ui.editor.models import ItemColumn

    console.agenda_tabs.act_edit.trigger()
    editor = console.editor
    editor.item_list.view.setCurrentIndex(editor.item_list.model.index(2, ItemColumn.TITLE))
    fields = editor.item_form.fields
    assert fields["chair"].widget.text() == "박영희"
    assert fields["mc"].widget.toPlainText().startswith("이어서 본 세션을 시작하겠습니다.")
    assert fields["question"].container.isVisibleTo(editor)
    assert not fields["presentation"].container.isVisibleTo(editor)  # it lists its phases
    plan = editor.item_form.plan.text()
    minutes = "분" if console.language == "ko" else " min"
    assert f"지정토론 15:05–15:20 (15{minutes})" in plan
    assert f"좌장 총평 15:40–15:45 (5{minutes})" in plan
    widget = fields["question"].widget
    widget.setFocus()
    widget.selectAll()
    type_key(widget, Qt.Key.Key_Backspace)
    for key in (Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_S, Qt.Key.Key_Return):
        type_key(widget, key)
    item = console.document.agenda.items[2]
    assert (item.question, item.chair) == (30, "박영희")
    assert [phase.kind for phase in item.phases] == [
        PhaseKind.PRESENTATION,
        PhaseKind.DESIGNATED,
        PhaseKind.QA,
        PhaseKind.REMARKS,
    ]
    if SHOTS:
        editor.grab().save(str(Path(SHOTS) / f"editor-forum-{console.language}.png"))
    console.files.may_discard = lambda: True
