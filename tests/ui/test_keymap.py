"""One key map: README's key table, the Help > Keys page, the menus and what the keys do
all come from emcee.ui.keymap, so they cannot disagree."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from emcee.ui.keymap import BINDINGS, KEYMAP, SHOW_KEYS, Scope, key_name, rows

README = Path(__file__).resolve().parents[2] / "README.md"
K, M = Qt.Key, Qt.KeyboardModifier


def readme_key_table() -> list[tuple[str, str]]:
    """The rows of README's table under "| key | does |"."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("| key | does |") + 2
    table = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        keys, does = (cell.strip() for cell in line.strip("|").split("|"))
        table.append((keys.strip("`"), does))
    return table


def test_readme_lists_every_key_of_the_console_as_the_key_map_has_it():
    expected = rows([Scope.SHOW, Scope.APP])
    table = "\n".join(f"| `{keys}` | {does} |" for keys, does in expected)
    assert readme_key_table() == expected, "README's key table should read:\n" + table


def test_one_key_runs_one_command():
    keys = [key for b in KEYMAP if b.scope is Scope.SHOW for key in b.keys]
    assert len(keys) == len(set(keys)) == len(SHOW_KEYS)
    assert set(BINDINGS) == {b.name for b in KEYMAP}  # one binding per command


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = M.NoModifier) -> str:
    return key_name(QKeyEvent(QEvent.Type.KeyPress, key, modifiers))


@pytest.mark.parametrize(
    ("key", "modifiers", "name"),
    [
        (K.Key_Plus, M.ShiftModifier, "+"),  # "+" takes Shift on most keyboards
        (K.Key_Equal, M.NoModifier, "="),
        (K.Key_Minus, M.NoModifier, "-"),
        (K.Key_Plus, M.AltModifier, "Alt++"),
        (K.Key_Plus, M.ShiftModifier | M.KeypadModifier, "Alt++"),
        (K.Key_Underscore, M.ShiftModifier, "Alt+-"),
        (K.Key_PageDown, M.NoModifier, "PgDown"),
        (K.Key_Z, M.ControlModifier | M.ShiftModifier, "Ctrl+Z"),
        (K.Key_2, M.KeypadModifier, "2"),
        (K.Key_R, M.AltModifier, "R"),
    ],
)
def test_keys_are_named_as_the_map_names_them(qapp, key, modifiers, name):
    assert press(key, modifiers) == name
    assert name in SHOW_KEYS
