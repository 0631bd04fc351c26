"""Which show the app opens on: the last one, resumed after a crash, or a new one.

If the last show recorded did not end (the laptop died, the app was killed, or it was
quit mid-show), the operator is offered to resume it; ``emcee --resume`` does so without
asking. Resuming replays the journal on the real clock, so the live turn includes the time
the app was down, and goes on writing the same journal. The time it was down comes from
the boot clock (the same boot: a wall clock corrected meanwhile changes nothing), else
from the wall clock; when that cannot be right either (the computer restarted and its clock
was set back), the operator is asked. A journal that cannot be resumed is explained, and
the agenda is opened as a new show instead: the show must go on.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emcee.core.agenda.schedule import Schedule
from emcee.core.clock import Clock
from emcee.core.journal import (
    Downtime,
    Journal,
    JournalError,
    NoteEntry,
    PastShow,
    find_unfinished,
    load_show,
    read_journal,
    set_aside,
)
from emcee.ui.controller import NOTE_BLACKOUT, NOTE_PRESENTER, ShowController
from emcee.ui.i18n import current_language

log = logging.getLogger(__name__)


@dataclass
class Opening:
    """What the app starts with."""

    controller: ShowController
    journal: Journal | None = None  # the resumed show's journal; None for a new show
    resumed: PastShow | None = None
    messages: list[str] = field(default_factory=list)  # to show once the console is up
    downtime: Downtime | None = None  # how long the resumed show was stopped, and who said


def moment_text(moment: dt.datetime) -> str:
    """A journal's time stamp in this computer's time zone: ``2023-06-23 15:20:04``."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def ask_to_resume(show: PastShow, parent: QWidget | None = None) -> bool:
    """Ask whether to resume ``show``; True to resume it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Resume", "Resume the show?"))
    box.setText(
        QCoreApplication.translate("Resume", "The show “%1” did not end.").replace("%1", show.title)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Resume",
            "It started at %1 and was last recorded at %2. Resume it where it stands now "
            "(the time since then counts), or start a new show?",
        )
        .replace("%1", moment_text(show.started))
        .replace("%2", moment_text(show.last_activity))
    )
    resume = box.addButton(
        QCoreApplication.translate("Resume", "Resume the show"), QMessageBox.ButtonRole.AcceptRole
    )
    fresh = box.addButton(
        QCoreApplication.translate("Resume", "Start a new show"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(resume)
    box.setEscapeButton(fresh)
    box.exec()
    return box.clickedButton() is resume


def ask_downtime(show: PastShow, downtime: Downtime, parent: QWidget | None = None) -> float | None:
    """Ask how long the show was stopped, when no clock can tell; None to start a new show."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Resume", "How long was the show stopped?"))
    dialog.setMinimumWidth(520)
    layout = QVBoxLayout(dialog)
    explanation = QLabel(
        QCoreApplication.translate(
            "Resume",
            "The computer was restarted and its clock was changed, so emcee cannot tell how "
            "long “%1” was stopped: it was last recorded at %2 by the clock of that time, "
            "and the clock now says %3. The computer has been on for %4 min.",
        )
        .replace("%1", show.title)
        .replace("%2", moment_text(show.last_activity))
        .replace("%3", moment_text(show.last_activity + dt.timedelta(seconds=downtime.wall_gap)))
        .replace("%4", str(math.ceil(downtime.at_least / 60)))
    )
    explanation.setWordWrap(True)
    layout.addWidget(explanation)
    layout.addWidget(
        QLabel(
            QCoreApplication.translate(
                "Resume", "Minutes the show was stopped (they count as the live turn's):"
            )
        )
    )
    minutes = QSpinBox(dialog)
    minutes.setRange(math.ceil(downtime.at_least / 60), 12 * 60)
    minutes.setSuffix(QCoreApplication.translate("Resume", " min"))
    layout.addWidget(minutes)
    buttons = QDialogButtonBox(dialog)
    resume = buttons.addButton(
        QCoreApplication.translate("Resume", "Resume the show"),
        QDialogButtonBox.ButtonRole.AcceptRole,
    )
    buttons.addButton(
        QCoreApplication.translate("Resume", "Start a new show"),
        QDialogButtonBox.ButtonRole.RejectRole,
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    resume.setDefault(True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return minutes.value() * 60.0


def downtime_text(seconds: float) -> str:
    """``"2 min 30 s"`` / ``"2분 30초"`` for the status line after a resume."""
    minutes, rest = divmod(round(seconds), 60)
    if not minutes:
        return QCoreApplication.translate("Resume", "%1 s").replace("%1", str(rest))
    return (
        QCoreApplication.translate("Resume", "%1 min %2 s")
        .replace("%1", str(minutes))
        .replace("%2", str(rest))
    )


def _set_aside(show: PastShow, clock: Clock) -> None:
    try:
        set_aside(show, clock)  # so it is not offered again at every start
    except Exception as error:  # the old journal's trouble must not keep the app from starting
        log.error("setting the last show aside", exc_info=error)


def _restore_overlay(controller: ShowController, path: Path) -> None:
    """Put the presenter screen's message and blackout back as they were before the crash
    (before the journal is attached, so they are not recorded twice)."""
    message, blackout = "", False
    for entry in read_journal(path).entries:
        if isinstance(entry, NoteEntry) and entry.tag == NOTE_PRESENTER:
            message = entry.text
        elif isinstance(entry, NoteEntry) and entry.tag == NOTE_BLACKOUT:
            blackout = entry.text == "on"
    if message:
        controller.set_message(message)
    controller.set_blackout(blackout)


def open_show(
    agenda: Callable[[], Schedule],
    clock: Clock,
    *,
    resume: bool = False,
    folders: Iterable[Path] | None = None,
    ask: Callable[[PastShow], bool] = ask_to_resume,
    ask_minutes: Callable[[PastShow, Downtime], float | None] = ask_downtime,
) -> Opening:
    """The show to start with: the unfinished one if it is resumed, else a new show on
    ``agenda()``. ``resume``: resume without asking (``emcee --resume``); how long the
    show was stopped is asked all the same when no clock can tell."""
    try:
        unfinished = find_unfinished(folders, clock)
    except Exception as error:  # looking for the last show must never keep the app from starting
        log.error("looking for the last show", exc_info=error)
        unfinished = None
    messages = []
    if unfinished is None and resume:
        nothing = QCoreApplication.translate(
            "Resume", "There is no unfinished show to resume, so a new show is opened."
        )
        messages.append(nothing)
        if sys.stderr is not None:  # also for whoever typed `emcee --resume`
            print(nothing, file=sys.stderr)
    elif unfinished is not None and not resume and not ask(unfinished):
        _set_aside(unfinished, clock)
    elif unfinished is not None:
        downtime = unfinished.downtime(clock)
        if downtime.seconds is None:
            said = ask_minutes(unfinished, downtime)
            if said is None:
                _set_aside(unfinished, clock)
                return Opening(ShowController(agenda(), clock), messages=messages)
            downtime = replace(downtime, seconds=said, source="operator")
        lang = current_language()
        try:
            show, notices = load_show(unfinished.path, clock, downtime.seconds)
            journal = Journal.resume(unfinished.path, clock, downtime=downtime)
        except JournalError as error:
            problem = error.describe(lang)
        except Exception as error:  # a journal nobody foresaw must not stop the show
            log.error("resuming %s", unfinished.path, exc_info=error)
            problem = f"{type(error).__name__}: {error}"
        else:
            if notices:
                heading = QCoreApplication.translate(
                    "Resume", "The show was resumed. About its journal:"
                )
                lines = [f"• {notice.message(lang)}" for notice in notices]
                messages.append("\n".join([heading, *lines]))
            controller = ShowController(show=show)
            _restore_overlay(controller, unfinished.path)
            return Opening(controller, journal, unfinished, messages, downtime)
        messages.append(
            QCoreApplication.translate(
                "Resume", "The show “%1” cannot be resumed, so a new show is opened:"
            ).replace("%1", unfinished.title)
            + f"\n{problem}"
        )
    return Opening(ShowController(agenda(), clock), messages=messages)
