from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont

from emcee import resources
from emcee.core.agenda_file import load
from emcee.ui.agenda_window import AgendaWindow
from emcee.ui.fonts import FAMILY, register_fonts


def test_shipped_korean_font_registers_and_has_hangul(qapp):
    assert FAMILY in register_fonts()
    raw = QRawFont.fromFont(QFont(FAMILY))
    assert all(
        raw.supportsCharacter(ord(char)) for char in "사회보장특별지원구역성과공유회휴식폐회사"
    )


def test_window_lists_every_item_and_speaker(qtbot):
    register_fonts()
    schedule = load(resources.reference_agenda())[1]
    window = AgendaWindow(schedule)
    qtbot.addWidget(window)
    tree = window.tree
    assert tree.topLevelItemCount() == 10
    assert tree.topLevelItem(0).text(0) == "13:00"
    session = tree.topLevelItem(4)
    assert session.text(2).startswith("(2부)")
    presentation = session.child(0)
    assert presentation.childCount() == 5
    assert presentation.child(0).text(3) == "부산북구"
