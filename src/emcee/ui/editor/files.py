"""The agenda's files: open, recent files, import, save, save as, unsaved changes, autosave.

What is where:
- The editor's document is the file being edited; the show runs the last version opened
  or applied. Opening or importing an agenda replaces both (as opening always did).
- The built-in reference event, and an imported run sheet, have no file of their own:
  Save asks for a name (the reference file inside the program is never written).
- Unsaved changes are asked about before another agenda is opened or imported, and when
  emcee closes: save, discard or cancel.
- Each change to the draft is written to an autosave file in the user's data folder
  shortly after it is made; a clean save or an explicit discard removes it. One that is
  still there at start-up was left by a crash, and is offered back (into the editor only:
  the show keeps what it runs until the recovered draft is applied).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from emcee import resources
from emcee.core.agenda.draft import default_path, read_draft, remove_draft, write_draft
from emcee.core.agenda.file import load
from emcee.core.agenda.model import Agenda
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.schedule import Schedule, plan
from emcee.core.agenda.writer import save
from emcee.core.engine.snapshot import ShowState
from emcee.settings import LAST_FOLDER, RECENT_FILES
from emcee.ui.editor.document import EditorDocument
from emcee.ui.i18n import current_language, file_dialog_options
from emcee.ui.keymap import present, sequences

AUTOSAVE_DELAY_MS = 1500  # after the first change not yet autosaved; bounded, not postponed
RECENT_COUNT = 8

log = logging.getLogger(__name__)


class Autosave(QObject):
    """Writes the draft to one file shortly after each change while it is unsaved.

    The writing (JSON, then fsync) runs on one worker thread, in the order asked, so a slow
    disk never holds up the console's ticks; the agenda handed over is a frozen value.
    """

    def __init__(self, document: EditorDocument, path: Path | None = None) -> None:
        super().__init__(document)
        self.document = document
        self.path = path or default_path()
        self.failed = False  # the last write failed (a full or read-only disk)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="emcee-autosave")
        self._last: Future[None] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        document.changed.connect(self._changed)
        document.fileChanged.connect(self._changed)

    def _changed(self) -> None:
        # Not restarted while pending: typing without a pause is still saved every 1.5 s.
        if not self.timer.isActive():
            self.timer.start()

    def write_now(self) -> None:
        self.timer.stop()
        document = self.document
        if not document.modified:
            self._submit(remove_draft, self.path)
            return
        source = str(document.path) if document.path is not None else None
        now = dt.datetime.now().astimezone()
        self._submit(self._write, self.path, document.agenda, source, now)

    def _write(self, path: Path, agenda: Agenda, source: str | None, now: dt.datetime) -> None:
        try:
            write_draft(path, agenda, source, now)
            self.failed = False
        except Exception:  # a full disk, or anything else: never lost in the worker
            log.exception("autosave to %s failed", path)
            self.failed = True  # the next change tries again; saving still works

    def _submit(self, work: Callable[..., None], *args: object) -> None:
        self._last = self._writer.submit(work, *args)

    def flush(self) -> None:
        """Wait until what was asked is on disk."""
        if self._last is not None:
            self._last.result()

    def discard(self) -> None:
        """No draft any more (saved, or thrown away on purpose); done when this returns."""
        self.timer.stop()
        self._submit(remove_draft, self.path)
        self.flush()


class AgendaFiles(QObject):
    """File commands of the console for the editor's document."""

    def __init__(self, console: QMainWindow, document: EditorDocument, settings: QSettings) -> None:
        super().__init__(console)
        self.console = console
        self.document = document
        self.settings = settings
        self.autosave = Autosave(document)
        self._build_actions()
        if hasattr(console, "controllerReplaced"):
            console.controllerReplaced.connect(self._controller_replaced)

    # --- menu entries ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.act_import = QAction(self)
        self.act_import.triggered.connect(lambda _checked=False: self.import_runsheet())
        self.act_save = QAction(self)
        self.act_save.setShortcuts(sequences("save"))
        self.act_save.triggered.connect(lambda _checked=False: self.save())
        self.act_save_as = QAction(self)
        self.act_save_as.setShortcuts(sequences("save_as"))
        self.act_save_as.triggered.connect(lambda _checked=False: self.save_as())
        for action in (self.act_save, self.act_save_as):
            # From any of emcee's windows (the presenter's too); a modal dialog blocks them.
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.console.addAction(action)
        self.menu_recent = QMenu(self.console)
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.retranslate()

    def retranslate(self) -> None:
        present(self.act_import, "import")
        present(self.act_save, "save")
        present(self.act_save_as, "save_as")
        self.menu_recent.setTitle(self.tr("Open recent"))

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        paths = self.recent()
        for path in paths:
            action = self.menu_recent.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
        if not paths:
            self.menu_recent.addAction(self.tr("(none)")).setEnabled(False)
        else:
            self.menu_recent.addSeparator()
            clear = self.menu_recent.addAction(self.tr("Clear the list"))
            clear.triggered.connect(lambda _checked=False: RECENT_FILES.forget(self.settings))

    def recent(self) -> list[str]:
        return RECENT_FILES.read(self.settings)

    def _remember(self, path: Path) -> None:
        entry = str(path.resolve())
        paths = [entry] + [p for p in self.recent() if p != entry]
        RECENT_FILES.write(self.settings, paths[:RECENT_COUNT])

    # --- asking ----------------------------------------------------------------------------

    def _show_running(self) -> bool:
        controller = getattr(self.console, "controller", None)
        state = controller.snapshot.state if controller is not None else None
        return state in (ShowState.RUNNING, ShowState.PAUSED)

    def _confirm_ending_show(self, title: str) -> bool:
        if not self._show_running():
            return True
        box = QMessageBox(self.console)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(self.tr("Opening another agenda ends the current show. Continue?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.exec()
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)

    def may_discard(self) -> bool:
        """True when the draft may be replaced: saved, or the person chose to discard it."""
        if not self.document.modified:
            return True
        box = QMessageBox(self.console)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(
            self.tr("The agenda “%1” has changes that are not saved.").replace(
                "%1", self.document.agenda.programme.title
            )
        )
        box.setInformativeText(self.tr("Save them first?"))
        save_button = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard_button = box.addButton(
            self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_button)
        box.setEscapeButton(cancel_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save_button:
            return self.save()
        # Discarding keeps the autosave until the draft is really replaced (the open may
        # still be cancelled, or the file turn out unusable, leaving the draft in place).
        return clicked is discard_button

    def _warn(self, title: str, text: str, detail: str = "") -> None:
        box = QMessageBox(self.console)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        if detail:
            box.setInformativeText(detail)
        box.exec()

    # --- opening ---------------------------------------------------------------------------

    def _folder(self) -> str:
        return LAST_FOLDER.read(self.settings) or str(Path.home())

    def open_dialog(self) -> None:
        """File > Open agenda… (Ctrl+O): choose a file, asking about unsaved changes and
        the running show first."""
        if not self.may_discard() or not self._confirm_ending_show(self.tr("Open agenda")):
            return
        path, _ = QFileDialog.getOpenFileName(
            self.console,
            self.tr("Open agenda"),
            self._folder(),
            self.tr("Agenda (*.toml);;All files (*)"),
            "",
            file_dialog_options(),
        )
        if path:
            self._open(Path(path))

    def open_path(self, path: Path) -> None:
        """Open a recent file (asking about unsaved changes and the running show first)."""
        if not self.may_discard() or not self._confirm_ending_show(self.tr("Open agenda")):
            return
        if not path.exists():
            self._warn(self.tr("Open agenda"), self.tr("The file is no longer there:"), str(path))
            RECENT_FILES.write(self.settings, [p for p in self.recent() if p != str(path)])
            return
        self._open(path)

    def _open(self, path: Path) -> None:
        LAST_FOLDER.write(self.settings, str(path.parent))
        schedule = self._load(path)
        if schedule is None:
            return
        self._run(schedule)
        self.opened(path, schedule.agenda)

    def opened(self, path: Path, agenda: Agenda) -> None:
        """The console now runs ``agenda`` from the file at ``path``: edit that file.

        The built-in event's own file is never written: opened from there, the agenda
        has no file, and Save asks for a name.
        """
        if is_builtin(path):
            self.document.reset(agenda, None, agenda)
        else:
            self._remember(path)
            self.document.reset(agenda, path, agenda)
        self.autosave.discard()

    def _load(self, path: Path) -> Schedule | None:
        opener = getattr(self.console, "open_file", None)
        if opener is not None:  # the app's: it explains what is wrong with the file
            result = opener(str(path))
            return result if isinstance(result, Schedule) else None
        try:
            return load(path)[1]
        except AgendaError as error:
            lang = current_language()
            self._warn(
                self.tr("Open agenda"),
                self.tr("This agenda cannot be used:") + f"\n{path}",
                "\n".join(p.describe(lang) for p in error.problems[:5]),
            )
            return None

    def _run(self, schedule: Schedule) -> None:
        """Make the console run ``schedule`` (a new show)."""
        from emcee.ui.controller import ShowController

        console = self.console
        replace = getattr(console, "replace_controller", None)
        controller = getattr(console, "controller", None)
        if replace is not None and controller is not None:
            replace(ShowController(schedule, controller.clock))

    def _controller_replaced(self, controller: object) -> None:
        """Another agenda runs (opened elsewhere, or a resumed show): edit it, unless the
        draft has unsaved changes, which are never thrown away without asking."""
        schedule = getattr(controller, "schedule", None)
        if (
            isinstance(schedule, Schedule)
            and not self.document.modified
            and schedule.agenda != self.document.agenda
        ):
            self.document.reset(schedule.agenda, None, schedule.agenda)

    def import_runsheet(self) -> None:
        """A run sheet through the import dialog; it opens like a file not yet saved."""
        from emcee.ui.import_dialog import ImportDialog

        if not self.may_discard() or not self._confirm_ending_show(self.tr("Import run sheet")):
            return
        agenda = ImportDialog.get_agenda(self.console, current_language())
        if agenda is None:
            return
        self.open_agenda(agenda)

    def open_agenda(self, agenda: Agenda) -> bool:
        """Run and edit ``agenda``, which has no file yet (so it counts as unsaved)."""
        try:
            schedule = plan(agenda)
        except AgendaError as error:  # the import dialog only returns agendas that plan
            lang = current_language()
            self._warn(self.tr("Import run sheet"), error.describe(lang))
            return False
        self._run(schedule)
        self.document.reset(agenda, None, None)
        return True

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the document's file; without one (built-in event, import), ask for a name."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        title = self.document.agenda.programme.title
        suggested = Path(self._folder()) / (_file_name(title) + ".toml")
        if self.document.path is not None:
            suggested = self.document.path
        path, _ = QFileDialog.getSaveFileName(
            self.console,
            self.tr("Save agenda as"),
            str(suggested),
            self.tr("Agenda (*.toml)"),
            "",
            file_dialog_options(),
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".toml":
            target = target.with_name(target.name + ".toml")
        if is_builtin(target):
            self._warn(
                self.tr("Save agenda as"),
                self.tr("The built-in event cannot be changed: choose another name."),
            )
            return False
        return self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        check = self.document.check
        if not check.ok and not self._confirm_saving_problems(len(check.problems)):
            return False
        try:
            save(self.document.agenda, path)
        except OSError as error:
            self._warn(
                self.tr("Save agenda"), self.tr("The agenda could not be saved:"), str(error)
            )
            return False
        LAST_FOLDER.write(self.settings, str(path.parent))
        self._remember(path)
        self.document.mark_saved(path)
        self.autosave.discard()
        return True

    def _confirm_saving_problems(self, count: int) -> bool:
        box = QMessageBox(self.console)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Save agenda"))
        box.setText(self.tr("The agenda has problems (%1).").replace("%1", str(count)))
        box.setInformativeText(
            self.tr("emcee cannot open the file until they are fixed. Save it anyway?")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Save)

    # --- start and end ---------------------------------------------------------------------

    def started_with(self, path: str | None, read: Agenda | None = None) -> None:
        """The document at start-up is the file the show was opened from, if it was one.

        ``read``: the file's agenda when the caller has just read it (it is not read
        again); without it, the file is read to see whether the show runs it.
        """
        agenda = self.document.agenda
        if path is None or is_builtin(Path(path)):
            return
        if read is None:
            try:
                read = load(path)[0]
            except AgendaError:
                return  # the show runs the built-in event instead: no file to save to
        if read == agenda:
            self.document.reset(agenda, Path(path), agenda)
            self._remember(Path(path))

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved draft back. True if it was recovered."""
        draft = read_draft(self.autosave.path)
        if draft is None:
            return False
        source = draft.path or self.tr("a new agenda (not saved to a file)")
        box = QMessageBox(self.console)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Recover unsaved changes"))
        box.setText(
            self.tr("emcee closed without saving changes to “%1” (%2, last written at %3).")
            .replace("%1", draft.agenda.programme.title)
            .replace("%2", source)
            .replace("%3", draft.written.astimezone().strftime("%Y-%m-%d %H:%M"))
        )
        box.setInformativeText(
            self.tr(
                "Recover them into the agenda editor? The show keeps its agenda until you "
                "apply them."
            )
        )
        recover = box.addButton(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(recover)
        box.setEscapeButton(recover)  # closing the box must not throw the changes away
        box.exec()
        if box.clickedButton() is discard:
            self.autosave.discard()
            return False
        path = Path(draft.path) if draft.path else None
        saved: Agenda | None = None
        if path is not None:
            try:
                saved = load(path)[0]
            except AgendaError:
                saved = None  # the file is gone or broken: the draft counts as unsaved
        self.document.reset(draft.agenda, path, saved)
        return True

    def closing(self) -> bool:
        """Before emcee closes: False to keep it open (the person cancelled)."""
        if not self.may_discard():
            return False
        self.autosave.discard()
        return True


def is_builtin(path: Path) -> bool:
    """Whether ``path`` is the built-in reference event inside the program."""
    try:
        return path.resolve() == resources.reference_agenda().resolve()
    except OSError:
        return False


def _file_name(title: str) -> str:
    """A file name from a programme title: what Windows accepts, Hangul kept."""
    cleaned = "".join(c for c in title if c not in '<>:"/\\|?*' and ord(c) >= 32).strip(" .")
    return cleaned[:60] or "agenda"
