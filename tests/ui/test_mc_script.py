"""The MC's script following the show (docs/examples/ceremony.toml): the lines for now
highlighted, the next cue marked, the roll call's names one by one with Next, its own
window (F7) and its keys. Set EMCEE_SHOTS to a folder to save pictures of it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from emcee.core.agenda.file import load
from emcee.ui.controller import Overlay
from emcee.ui.face import PALETTES
from emcee.ui.fonts import register_fonts
from emcee.ui.i18n import switch_language
from emcee.ui.presenter.picture import make_picture
from tests.ui.console_kit import close_console, open_console
from tests.ui.keyboard import type_key

CEREMONY = Path(__file__).resolve().parents[2] / "docs" / "examples" / "ceremony.toml"
SHOTS = os.environ.get("EMCEE_SHOTS")


@pytest.fixture
def console(qtbot, tmp_path):
    register_fonts()
    day = dt.datetime(2026, 10, 15, 10, 0, tzinfo=dt.UTC)
    window = open_console(qtbot, tmp_path, load(CEREMONY)[1], at=day, lang="ko", size=(1400, 860))
    yield window
    if window.mc.detached:
        window.mc.toggle()
    close_console(window)
    switch_language("en")


def headings(cues):
    """What each cue introduces; a name called, as it is said."""
    return [cue.heading or cue.text for cue in cues]


def presenter(console):
    controller = console.controller
    return make_picture(
        controller.snapshot,
        Overlay(),
        PALETTES["standard"],
        "ko",
        programme=controller.show.schedule.programme,
    )


def test_the_script_follows_next_through_the_roll_call(console):
    script = console.mc.script
    assert headings(script.now_cues()) == []
    assert script.next_cue().heading == "개식 선언"  # before the start: the first cue is next
    console.controller.start()
    assert headings(script.now_cues()) == ["개식 선언"]
    assert script.next_cue().heading == "내빈 소개"
    console.controller.next()
    assert headings(script.now_cues()) == ["내빈 소개", "1. 홍길동 · 국회의원"]
    assert script.next_cue().text == "2. 김철수 · 시의회 의장"
    shown = presenter(console)  # a roll call's names are the MC's, not the screen's
    assert (shown.speaker, shown.title) == ("", "내빈 소개")
    if SHOTS:
        console.grab().save(str(Path(SHOTS) / "mc-console.png"))
    console.controller.next()
    assert headings(script.now_cues()) == ["2. 김철수 · 시의회 의장"]
    for _ in range(2):
        console.controller.next()
    assert headings(script.now_cues()) == ["시상", "박민준"]
    assert script.now_cues()[1].text.startswith("대상, 박민준 님.")
    shown = presenter(console)  # the awards say on_screen = true
    assert (shown.speaker, shown.title) == ("박민준", "대상")


def test_the_script_in_its_own_window_and_its_keys(console, qtbot):
    console.controller.start()
    pane = console.mc
    console.agenda_tabs.setCurrentWidget(console.mc.tab)
    bar = pane.script.page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # in large type the script is longer
    qtbot.wait(100)  # the tab's page laid out at its size
    bar.setValue(0)
    type_key(console.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == min(bar.pageStep(), bar.maximum()) > 0
    type_key(console.tree, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
    assert console.controller.snapshot.current.segment.index == 0  # the show did not move
    type_key(console.tree, Qt.Key.Key_F7)
    assert pane.detached and pane.window.isVisible()
    assert pane.script.window() is pane.window
    assert pane.away.isVisibleTo(console)
    if SHOTS:
        pane.window.resize(1000, 640)
        pane.window.grab().save(str(Path(SHOTS) / "mc-window.png"))
    console.controller.next()
    assert headings(pane.script.now_cues())[0] == "내빈 소개"  # it follows there too
    pane.window.close()
    assert not pane.detached and pane.script.window() is console


def test_the_script_follows_an_edited_agenda_and_the_language(console, qtbot):
    from emcee.core.agenda.edit import change_item

    console.controller.start()
    agenda = console.controller.schedule.agenda
    edited = change_item(agenda, 3, mc="시장님의 축사를 듣겠습니다.")
    assert console.controller.edit(edited) is not None
    assert "시장님의 축사를 듣겠습니다." in [cue.text for cue in console.mc.script.cues]
    tabs = console.agenda_tabs
    assert tabs.tabText(tabs.indexOf(console.mc.tab)) == "사회자 멘트"
    switch_language("en")  # the windows hear of it from the event loop
    qtbot.waitUntil(lambda: tabs.tabText(tabs.indexOf(console.mc.tab)) == "MC script")
