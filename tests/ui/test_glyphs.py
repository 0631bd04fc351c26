"""Every character the interface can show exists in the shipped font.

On a machine with no Korean system font (the reason a font is shipped), a character the
font lacks is drawn as an empty box. This reads every string in the UI code and every text
of the catalogue (resources/translations: the windows' and the core's, English and Korean),
and checks each character against NanumGothic.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

from emcee import resources
from emcee.ui.fonts import FAMILY, register_fonts

SRC = Path(__file__).resolve().parents[2] / "src" / "emcee"


def _strings_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def _characters() -> dict[str, str]:
    """Each non-ASCII character with one place it comes from."""
    found: dict[str, str] = {}

    def add(text: str, where: str) -> None:
        for char in text:
            if ord(char) > 127 and not char.isspace():
                found.setdefault(char, where)

    for path in [*sorted((SRC / "ui").rglob("*.py")), SRC / "app.py"]:
        for text in _strings_in(path):
            add(text, path.name)
    for ts in sorted(resources.path("translations").glob("*.ts")):
        for node in ElementTree.parse(ts).getroot().iter():
            if node.tag in ("source", "translation", "numerusform") and node.text:
                add(node.text, ts.name)
    return found


def test_the_shipped_font_has_every_character_the_interface_uses(qapp):
    register_fonts()
    font = QRawFont.fromFont(QFont(FAMILY))
    missing = {
        char: where
        for char, where in _characters().items()
        if not font.supportsCharacter(ord(char))
    }
    assert missing == {}, {f"U+{ord(c):04X} {c}": w for c, w in missing.items()}
