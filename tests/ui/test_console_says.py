"""What the console says in words: each figure of the header names what it measures, and
the two agree or say why they differ."""

from __future__ import annotations

from PySide6.QtCore import Qt

from emcee.ui.i18n import switch_language
from tests.ui.test_console import advance, console, press  # noqa: F401  # the fixture

__all__ = ["console"]


def test_the_header_names_each_figure_and_says_why_the_end_differs(console, qtbot):
    switch_language("ko")
    qtbot.wait(1)
    try:
        header = console.status_panel
        assert header.drift.text() == "정시 진행"  # before the start
        press(qtbot, console, Qt.Key.Key_Space)
        advance(console, 30 * 60)
        press(qtbot, console, Qt.Key.Key_PageDown)
        advance(console, 18 * 60)  # the 5-minute opening remarks run 13 minutes long
        assert header.drift.text() == "지금 순서 13분 늦음"
        # The two breaks can give back 5 minutes each: the end is 3 minutes late.
        assert header.end.text().startswith("예상 종료 17:13 (+3분, 10분은 휴식에서 흡수)")
    finally:
        switch_language("en")


def test_the_end_line_alone_speaks_once_the_show_has_ended(console, qtbot):
    press(qtbot, console, Qt.Key.Key_Space)
    advance(console, 60)
    console.controller.end()
    assert console.status_panel.drift.isHidden()
    assert console.status_panel.end.text().startswith("Ended 13:01")
