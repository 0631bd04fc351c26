from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont

from emcee.ui.fonts import FAMILY, register_fonts


def test_shipped_korean_font_registers_and_has_hangul(qapp):
    assert FAMILY in register_fonts()
    raw = QRawFont.fromFont(QFont(FAMILY))
    assert all(
        raw.supportsCharacter(ord(char)) for char in "사회보장특별지원구역성과공유회휴식폐회사"
    )
