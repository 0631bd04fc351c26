"""Every key of the console and the agenda editor, in one table: the command it runs, its
keys, and the words of its menu entry and tooltip. Menus, toolbars, tooltips that name a
key, the Help > Keys page and README's key table (tests/ui/test_keymap.py) all come from
here, so they cannot disagree with what the keys do.

Three kinds of keys:
- ``SHOW``: the show's controls. They work whatever has the focus in the console, on the
  presenter screen or in the console's other windows (except while typing a message),
  read where a key enters the window
  (``emcee.ui.console.keys``), so that no tree view or button swallows a presentation
  clicker's key. Keys typed in the agenda editor stay the editor's, but for the clicker's
  page keys and opening and quitting (``EVERYWHERE``).
- ``APP``: Qt shortcuts of the console (edit and save the agenda), from any of its windows.
- ``EDITOR``: Qt shortcuts of the agenda editor's lists, while they have the focus.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from emcee.core.texts import QT_TRANSLATE_NOOP


class Scope(Enum):
    SHOW = "show"
    APP = "app"
    EDITOR = "editor"


@dataclass(frozen=True)
class Binding:
    name: str  # the command it runs
    keys: tuple[str, ...]  # QKeySequence's portable text ("PgDown", "Ctrl+Z"); none: menus only
    label: str  # menu and toolbar text, marked in the context "KeyMap"
    tip: str  # tooltip and status tip, without the keys (they are added)
    scope: Scope = Scope.SHOW
    written: str = ""  # how the keys are written when not one by one ("1 … 6")


def _binding(
    name: str,
    keys: tuple[str, ...],
    label: str,
    tip: str,
    scope: Scope = Scope.SHOW,
    written: str = "",
) -> Binding:
    return Binding(name, keys, label, tip, scope, written)


KEYMAP: tuple[Binding, ...] = (
    _binding(
        "start",
        ("Space",),
        QT_TRANSLATE_NOOP("KeyMap", "Start / pause"),
        QT_TRANSLATE_NOOP("KeyMap", "Start, pause or resume the show"),
    ),
    _binding(
        "next",
        ("Right", "PgDown"),  # a presentation clicker sends PageDown and PageUp
        QT_TRANSLATE_NOOP("KeyMap", "Next"),
        QT_TRANSLATE_NOOP("KeyMap", "Next turn, phase or item"),
    ),
    _binding(
        "previous",
        ("Left", "PgUp"),
        QT_TRANSLATE_NOOP("KeyMap", "Previous"),
        QT_TRANSLATE_NOOP("KeyMap", "Back to the previous turn"),
    ),
    _binding(
        "plus",
        ("+", "="),  # "+" needs Shift on most keyboards, Korean ones too; "=" does not
        QT_TRANSLATE_NOOP("KeyMap", "+1 min"),
        QT_TRANSLATE_NOOP("KeyMap", "Give the current turn one more minute"),
    ),
    _binding(
        "minus",
        ("-",),
        QT_TRANSLATE_NOOP("KeyMap", "–1 min"),
        QT_TRANSLATE_NOOP("KeyMap", "Take one minute off the current turn"),
    ),
    # Alt makes a step 30 seconds; so do Shift on the keypad, and Shift+- (it types "_").
    _binding(
        "plus30",
        ("Alt++",),
        QT_TRANSLATE_NOOP("KeyMap", "+30 s"),
        QT_TRANSLATE_NOOP("KeyMap", "Give the current turn 30 more seconds"),
    ),
    _binding(
        "minus30",
        ("Alt+-",),
        QT_TRANSLATE_NOOP("KeyMap", "–30 s"),
        QT_TRANSLATE_NOOP("KeyMap", "Take 30 seconds off the current turn"),
    ),
    _binding(
        "restart",
        ("R",),
        QT_TRANSLATE_NOOP("KeyMap", "Restart turn"),
        QT_TRANSLATE_NOOP("KeyMap", "Start the current turn again (press twice)"),
    ),
    _binding(
        "question",
        ("Q",),
        QT_TRANSLATE_NOOP("KeyMap", "Question timer"),
        QT_TRANSLATE_NOOP(
            "KeyMap",
            "In an open discussion or Q&A: time a question; again, its answer; again, the next",
        ),
    ),
    _binding(
        "jump",
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP("KeyMap", "Jump to selected"),
        QT_TRANSLATE_NOOP("KeyMap", "Go to the row selected in the agenda"),
    ),
    _binding(
        "skip",
        (),
        QT_TRANSLATE_NOOP("KeyMap", "Skip selected item"),
        QT_TRANSLATE_NOOP("KeyMap", "Leave the selected item out (undoable)"),
    ),
    _binding(
        "undo",
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("KeyMap", "Undo"),
        QT_TRANSLATE_NOOP("KeyMap", "Undo the last action"),
    ),
    _binding(
        "rebalance",
        ("A",),
        QT_TRANSLATE_NOOP("KeyMap", "Apply the proposal"),
        QT_TRANSLATE_NOOP("KeyMap", "Shorten the items as proposed to end on time (undoable)"),
    ),
    _binding(
        "end",
        (),
        QT_TRANSLATE_NOOP("KeyMap", "End the show…"),
        QT_TRANSLATE_NOOP("KeyMap", "Finish the show now"),
    ),
    _binding(
        "report",
        (),
        QT_TRANSLATE_NOOP("KeyMap", "Report…"),
        QT_TRANSLATE_NOOP("KeyMap", "Planned against actual, for this show and past ones"),
    ),
    _binding(
        "message",
        ("M",),
        QT_TRANSLATE_NOOP("KeyMap", "Message…"),
        QT_TRANSLATE_NOOP("KeyMap", "Type a message for the presenter screen"),
    ),
    _binding(
        "preset",
        ("1", "2", "3", "4", "5", "6"),
        QT_TRANSLATE_NOOP("KeyMap", "Preset message"),
        QT_TRANSLATE_NOOP("KeyMap", "Send a preset message to the presenter screen"),
        written="1 … 6",
    ),
    _binding(
        "clear",
        ("0",),
        QT_TRANSLATE_NOOP("KeyMap", "Clear message"),
        QT_TRANSLATE_NOOP("KeyMap", "Take the message off the presenter screen"),
    ),
    _binding(
        "blackout",
        ("B", "."),
        QT_TRANSLATE_NOOP("KeyMap", "Blackout"),
        QT_TRANSLATE_NOOP("KeyMap", "Black out the presenter screen"),
    ),
    _binding(
        "mc",
        ("F7",),
        QT_TRANSLATE_NOOP("KeyMap", "MC script window"),
        QT_TRANSLATE_NOOP("KeyMap", "Show the MC's script in a window of its own, or back"),
    ),
    _binding(
        "mc_down",
        ("Ctrl+PgDown",),
        QT_TRANSLATE_NOOP("KeyMap", "MC script: page down"),
        QT_TRANSLATE_NOOP("KeyMap", "Scroll the MC's script a page down"),
    ),
    _binding(
        "mc_up",
        ("Ctrl+PgUp",),
        QT_TRANSLATE_NOOP("KeyMap", "MC script: page up"),
        QT_TRANSLATE_NOOP("KeyMap", "Scroll the MC's script a page up"),
    ),
    _binding(
        "presenter",
        ("F5",),
        QT_TRANSLATE_NOOP("KeyMap", "Presenter screen"),
        QT_TRANSLATE_NOOP("KeyMap", "Show or hide the presenter screen"),
    ),
    _binding(
        "share",
        ("F6",),
        QT_TRANSLATE_NOOP("KeyMap", "Share on the network…"),
        QT_TRANSLATE_NOOP("KeyMap", "Show the timers and the programme on phones and screens"),
    ),
    _binding(
        "mute",
        (),
        QT_TRANSLATE_NOOP("KeyMap", "Mute alerts"),
        QT_TRANSLATE_NOOP("KeyMap", "No sounds for warnings and overtime"),
    ),
    _binding(
        "test_sound",
        (),
        QT_TRANSLATE_NOOP("KeyMap", "Test sound"),
        QT_TRANSLATE_NOOP("KeyMap", "Play the warning sound, to check the laptop's speakers"),
    ),
    _binding(
        "room_mute",
        (),
        QT_TRANSLATE_NOOP("KeyMap", "Mute room chime"),
        QT_TRANSLATE_NOOP("KeyMap", "No chime on the hall's speakers, whatever the agenda says"),
    ),
    _binding(
        "open",
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("KeyMap", "Open agenda…"),
        QT_TRANSLATE_NOOP("KeyMap", "Open another agenda file"),
    ),
    _binding(
        "quit",
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("KeyMap", "Quit"),
        QT_TRANSLATE_NOOP("KeyMap", "Close emcee"),
    ),
    _binding(
        "keys",
        ("F1",),
        QT_TRANSLATE_NOOP("KeyMap", "Keys"),
        QT_TRANSLATE_NOOP("KeyMap", "What each key does"),
    ),
    _binding(
        "log",
        (),
        QT_TRANSLATE_NOOP("KeyMap", "Error log…"),
        QT_TRANSLATE_NOOP("KeyMap", "Where emcee writes what went wrong, and its folder"),
    ),
    _binding(
        "edit",
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("KeyMap", "Edit agenda"),
        QT_TRANSLATE_NOOP("KeyMap", "Edit the agenda beside the timer; the show goes on"),
        Scope.APP,
    ),
    _binding(
        "save",
        ("Ctrl+S",),
        QT_TRANSLATE_NOOP("KeyMap", "Save agenda"),
        QT_TRANSLATE_NOOP("KeyMap", "Write the agenda to its file"),
        Scope.APP,
    ),
    _binding(
        "save_as",
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("KeyMap", "Save agenda as…"),
        QT_TRANSLATE_NOOP("KeyMap", "Write the agenda to another file"),
        Scope.APP,
    ),
    _binding(
        "import",
        (),
        QT_TRANSLATE_NOOP("KeyMap", "Import run sheet…"),
        QT_TRANSLATE_NOOP("KeyMap", "Make an agenda from an Excel, CSV or pasted table"),
        Scope.APP,
    ),
    # The agenda editor's lists (the items, and the speakers of one).
    _binding(
        "add",
        ("Ins", "Ctrl+N"),
        QT_TRANSLATE_NOOP("KeyMap", "Add"),
        QT_TRANSLATE_NOOP("KeyMap", "Add an item after the selected one"),
        Scope.EDITOR,
    ),
    _binding(
        "duplicate",
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("KeyMap", "Duplicate"),
        QT_TRANSLATE_NOOP("KeyMap", "Copy the selected item"),
        Scope.EDITOR,
    ),
    _binding(
        "remove",
        ("Del",),
        QT_TRANSLATE_NOOP("KeyMap", "Remove"),
        QT_TRANSLATE_NOOP("KeyMap", "Remove the selected item"),
        Scope.EDITOR,
    ),
    _binding(
        "up",
        ("Ctrl+Up", "Alt+Up"),
        QT_TRANSLATE_NOOP("KeyMap", "Up"),
        QT_TRANSLATE_NOOP("KeyMap", "Move the selected item up (or drag it)"),
        Scope.EDITOR,
    ),
    _binding(
        "down",
        ("Ctrl+Down", "Alt+Down"),
        QT_TRANSLATE_NOOP("KeyMap", "Down"),
        QT_TRANSLATE_NOOP("KeyMap", "Move the selected item down (or drag it)"),
        Scope.EDITOR,
    ),
    _binding(
        "undo_edit",
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("KeyMap", "Undo"),
        QT_TRANSLATE_NOOP("KeyMap", "Undo an edit"),
        Scope.EDITOR,
    ),
    _binding(
        "redo_edit",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        QT_TRANSLATE_NOOP("KeyMap", "Redo"),
        QT_TRANSLATE_NOOP("KeyMap", "Redo an edit"),
        Scope.EDITOR,
    ),
    _binding(
        "apply",
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("KeyMap", "Apply to show"),
        QT_TRANSLATE_NOOP("KeyMap", "Run the show on this version"),
        Scope.EDITOR,
    ),
)

BINDINGS = {binding.name: binding for binding in KEYMAP}
# The show's bindings by key: one key, one command.
SHOW_KEYS = {key: b for b in KEYMAP if b.scope is Scope.SHOW for key in b.keys}
# Keys that drive the show even while the agenda editor has the focus.
EVERYWHERE = ("PgDown", "PgUp", "Ctrl+O", "Ctrl+Q")
# How a key is written for people, where Qt's name is not what the key shows.
WRITTEN = {
    "Right": "→",
    "Left": "←",
    "Up": "↑",
    "Down": "↓",
    "PgDown": "PageDown",
    "PgUp": "PageUp",
    "Return": "Enter",
    "Del": "Delete",
    "Ins": "Insert",
}
STEPS = {Qt.Key.Key_Plus: "+", Qt.Key.Key_Equal: "=", Qt.Key.Key_Minus: "-"}


def translate(text: str) -> str:
    return QCoreApplication.translate("KeyMap", text)


AND = QT_TRANSLATE_NOOP("KeyMap", "%1 and %2")  # a modifier with "+" or "-": "Alt and +"


def written(key: str) -> str:
    """One key as people read it: "Ctrl+↑", "PageDown", and "Alt and +" where a "+"
    between a modifier and the plus key would read as one ("Alt++")."""
    modifiers, rest = [], key
    for modifier in ("Ctrl", "Alt", "Shift"):
        if rest.startswith(modifier + "+") and len(rest) > len(modifier) + 1:
            modifiers.append(modifier)
            rest = rest[len(modifier) + 1 :]
    if modifiers and rest in ("+", "-"):
        return translate(AND).replace("%1", "+".join(modifiers)).replace("%2", rest)
    return "+".join([*modifiers, WRITTEN.get(rest, rest)])


def keys_text(name: str) -> str:
    """The keys of command ``name`` as menus, tooltips and the key table write them."""
    binding = BINDINGS[name]
    if binding.written:
        return binding.written
    return ", ".join(dict.fromkeys(written(key) for key in binding.keys))


def sequences(name: str) -> list[QKeySequence]:
    """The keys of an APP or EDITOR command, as Qt shortcuts."""
    return [QKeySequence(key) for key in BINDINGS[name].keys]


def present(action: QAction, name: str) -> None:
    """Give ``action`` the words of command ``name``, its tooltip naming its keys; in a menu
    a show's key is written after the text (a Qt shortcut writes itself)."""
    binding = BINDINGS[name]
    label, tip = translate(binding.label), translate(binding.tip)
    keys = keys_text(name)
    shown_in_menu = binding.scope is Scope.SHOW and keys
    action.setText(f"{label}\t{keys}" if shown_in_menu else label)
    action.setIconText(label)
    action.setToolTip(with_keys(tip, name))
    action.setStatusTip(tip)


def with_keys(text: str, name: str) -> str:
    """``text``, followed by the keys of command ``name`` in brackets (if it has any)."""
    keys = keys_text(name)
    return f"{text} ({keys})" if keys else text


def tooltip(name: str) -> str:
    """What command ``name`` does, with its keys: a tooltip."""
    return with_keys(translate(BINDINGS[name].tip), name)


def key_name(event: QKeyEvent) -> str:
    """The key pressed, named as in the table: Shift and the keypad do not count, but for
    the +/- steps, where Alt (or Shift on the keypad, or Shift+-) makes them 30 seconds."""
    key = Qt.Key(event.key())
    modifiers = event.modifiers()
    control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    if not control and key in (*STEPS, Qt.Key.Key_Underscore):
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        keypad = bool(modifiers & Qt.KeyboardModifier.KeypadModifier)
        minus = key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)
        fine = bool(modifiers & Qt.KeyboardModifier.AltModifier) or (shift and (keypad or minus))
        if fine:
            return "Alt+-" if minus else "Alt++"
        return STEPS.get(key, "-")
    name = QKeySequence(key).toString()
    return f"Ctrl+{name}" if control else name


def rows(scopes: Iterable[Scope]) -> list[tuple[str, str]]:
    """(keys, what they do) of every command with keys in ``scopes``: the key table."""
    chosen = set(scopes)
    return [(keys_text(b.name), translate(b.tip)) for b in KEYMAP if b.keys and b.scope in chosen]
