"""Fonts: the system's Korean font for the interface where there is one, the shipped
NanumGothic otherwise (and always for the timer's digits, which must look the same and
keep their width on every laptop)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from emcee import resources

FONT_FILES = ("fonts/NanumGothic.ttf", "fonts/NanumGothicBold.ttf")
FAMILY = "NanumGothic"
# The Korean interface fonts of Windows and macOS, as their own dialogs use them.
SYSTEM_FAMILIES = ("Malgun Gothic", "Apple SD Gothic Neo")


def register_fonts() -> list[str]:
    """Register the shipped faces with Qt; returns the families that loaded."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources.path(name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def ui_family(available: Iterable[str]) -> str:
    """Malgun Gothic (Windows) or Apple SD Gothic Neo (macOS) when ``available`` has it,
    else the shipped NanumGothic."""
    families = set(available)
    return next((family for family in SYSTEM_FAMILIES if family in families), FAMILY)


@cache
def _installed_ui_family() -> str:
    return ui_family(QFontDatabase.families())


def ui_font(point_size: float | None = None) -> QFont:
    """The interface's font (ui_family of the installed fonts); NanumGothic behind it for
    any character the system's font lacks, and Qt's own fallback behind that."""
    font = QFont()
    font.setFamilies(list(dict.fromkeys([_installed_ui_family(), FAMILY])))
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font
