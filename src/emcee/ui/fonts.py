"""The shipped Korean font, so that Hangul renders on machines without a Korean system font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from emcee import resources

FONT_FILES = ("fonts/NanumGothic.ttf", "fonts/NanumGothicBold.ttf")
FAMILY = "NanumGothic"


def register_fonts() -> list[str]:
    """Register the shipped faces with Qt; returns the families that loaded."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources.path(name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def ui_font(point_size: float | None = None) -> QFont:
    """The application's font: NanumGothic, falling back to the system's if it failed to load."""
    font = QFont(FAMILY)
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font
