from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont

from emcee.ui.fonts import FAMILY, SYSTEM_FAMILIES, register_fonts, ui_family, ui_font


def test_shipped_korean_font_registers_and_has_hangul(qapp):
    assert FAMILY in register_fonts()
    raw = QRawFont.fromFont(QFont(FAMILY))
    assert all(
        raw.supportsCharacter(ord(char)) for char in "사회보장특별지원구역성과공유회휴식폐회사"
    )


def test_the_interface_uses_the_systems_korean_font_where_there_is_one():
    assert ui_family(["Arial", "Segoe UI", "Malgun Gothic"]) == "Malgun Gothic"
    assert ui_family(["Helvetica", "Apple SD Gothic Neo"]) == "Apple SD Gothic Neo"
    assert ui_family(["DejaVu Sans", "Noto Sans CJK KR"]) == FAMILY


def test_without_a_system_korean_font_the_interface_is_in_the_shipped_one(qapp):
    register_fonts()
    if any(family in QFontDatabase.families() for family in SYSTEM_FAMILIES):
        pytest.skip("this machine has a system Korean font")
    font = ui_font(10)
    assert font.families()[0] == FAMILY
    assert QFontInfo(font).family() == FAMILY
