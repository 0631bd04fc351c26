"""The console's line about remote control, in its status bar.

"Remote: Next (192.168.0.12)": the last command a phone, a Stream Deck or a show
controller gave, lit up for a few seconds when it comes, so that the operator notices
without a dialog in the way; a click lists the last ones with their times, and what was
not done, with why. Hidden until the first remote command of the run.

Requests the server refused before the console saw them (a stuck key's 429, a wrong
token, read-only) are counted, one line per address, way and reason in the list, and
their number at the end of the line ("· refused: 37"), so that a misbehaving device is
noticed without a line per request.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict, deque
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from emcee.net.control import Verb
from emcee.net.events import Refusals
from emcee.net.texts import control_message
from emcee.ui.i18n import current_language
from emcee.ui.remote_actions import Done

FLASH_MS = 4000
KEPT = 12
KEPT_REFUSED = 12  # (address, way, reason) lines in the list: the latest ones
WAYS = {"http": "HTTP", "websocket": "WebSocket", "osc": "OSC"}
# No menu arrow (it would cover the end of the line): the line itself opens the list.
PLAIN = "QToolButton { padding: 0 4px; } QToolButton::menu-indicator { image: none; width: 0; }"
LIT = PLAIN + " QToolButton { background: #ffd54f; color: #000; border-radius: 3px; }"


@dataclass
class RefusedTally:
    """Requests refused for one reason from one address by one way, so far."""

    status: int
    count: int
    last: dt.datetime


class RemoteLog(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: deque[Done] = deque(maxlen=KEPT)
        self.refused: OrderedDict[tuple[str, str, str], RefusedTally] = OrderedDict()
        self.refused_total = 0
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.list = QMenu(self)
        self.list.aboutToShow.connect(self._fill_list)  # made when opened, not per command
        self.setMenu(self.list)
        self.dimmer = QTimer(self)
        self.dimmer.setSingleShot(True)
        self.dimmer.timeout.connect(lambda: self.setStyleSheet(PLAIN))
        self.setStyleSheet(PLAIN)
        self.setVisible(False)

    def add(self, done: Done) -> None:
        if done.command.verb is Verb.REBALANCE and done.command.step == "propose":
            return  # a question, not an action
        self.entries.append(done)
        self.refresh()
        if done.outcome.status < 400:
            if not self.dimmer.isActive():  # a style sheet costs a restyle: once per flash
                self.setStyleSheet(LIT)
            self.dimmer.start(FLASH_MS)

    def count_refused(self, refusals: Refusals) -> None:
        """Requests the server refused since it last said so: added to their lines."""
        for counted in refusals.counts:
            kind = (counted.address, counted.via, counted.reason)
            tally = self.refused.pop(kind, None) or RefusedTally(counted.status, 0, refusals.at)
            tally.count += counted.count
            tally.last = refusals.at
            self.refused[kind] = tally  # last: the latest
            self.refused_total += counted.count
        while len(self.refused) > KEPT_REFUSED:
            self.refused.popitem(last=False)
        self.refresh()

    def refresh(self) -> None:
        if not self.entries and not self.refused_total:
            self.setVisible(False)
            return
        if not self.entries:
            text = self.tr("Remote: requests refused: %1 (click for the list)")
            self.setText(text.replace("%1", str(self.refused_total)))
        elif self.refused_total:
            refused = self.tr("refused: %1").replace("%1", str(self.refused_total))
            self.setText(f"{self.line(self.entries[-1])} · {refused}")
        else:
            self.setText(self.line(self.entries[-1]))
        self.setToolTip(self.tr("The last commands from remote control (click for the list)"))
        self.setVisible(True)

    def _fill_list(self) -> None:
        self.list.clear()
        for done in reversed(self.entries):
            entry = self.list.addAction(f"{done.at.strftime('%H:%M:%S')}  {self.line(done)}")
            entry.setEnabled(False)
        if self.refused:
            self.list.addSection(self.tr("Refused before they reached the console"))
        for (address, via, reason), tally in reversed(self.refused.items()):
            ko, en = control_message(reason)
            line = (
                self.tr("%1 (%2): refused %3 times, %4 — %5")
                .replace("%1", address)
                .replace("%2", WAYS.get(via, via))
                .replace("%3", str(tally.count))
                .replace("%4", str(tally.status))
                .replace("%5", ko if current_language() == "ko" else en)
            )
            entry = self.list.addAction(f"{tally.last.strftime('%H:%M:%S')}  {line}")
            entry.setEnabled(False)

    def line(self, done: Done) -> str:
        where = done.origin.get("address", "?")
        if done.origin.get("via") == "osc":
            where += " · OSC"
        what = self.describe(done)
        if done.outcome.status >= 400:
            ko, en = control_message(done.outcome.reason)
            why = ko if current_language() == "ko" else en
            return (
                self.tr("Remote: %1 — not done: %2 (%3)")
                .replace("%1", what)
                .replace("%2", why)
                .replace("%3", where)
            )
        return self.tr("Remote: %1 (%2)").replace("%1", what).replace("%2", where)

    def describe(self, done: Done) -> str:
        """What the command did, in the console's words for it."""
        command = done.command
        verb = command.verb
        if verb is Verb.ADD_TIME:
            seconds = command.seconds
            sign = "+" if seconds > 0 else "–"
            if seconds % 60 == 0:
                return sign + self.tr("%1 min").replace("%1", str(abs(seconds) // 60))
            return sign + self.tr("%1 s").replace("%1", str(abs(seconds)))
        if verb is Verb.MESSAGE:
            text = done.text or command.text
            if command.to == "moderator":
                if not text:
                    return self.tr("message to the moderator taken off")
                return self.tr("message to the moderator “%1”").replace("%1", text)
            if not text:
                return self.tr("message taken off the presenter screen")
            return self.tr("message on the presenter screen “%1”").replace("%1", text)
        if verb is Verb.BLACKOUT:
            on = bool(done.outcome.extra.get("blackout"))
            return self.tr("blackout on") if on else self.tr("blackout off")
        if verb is Verb.REBALANCE:
            if command.step == "undo":
                return self.tr("shortening undone")
            return self.tr("programme shortened as proposed")
        if verb is Verb.GOTO:
            live = done.outcome.extra.get("live")
            if done.outcome.status < 400 and isinstance(live, dict):
                who = live.get("speaker") or live.get("title") or ""
                return self.tr("go to “%1”").replace("%1", str(who))
            return self.tr("go to")
        words = {
            Verb.START: self.tr("start"),
            Verb.PAUSE: self.tr("pause"),
            Verb.RESUME: self.tr("resume"),
            Verb.NEXT: self.tr("next"),
            Verb.PREVIOUS: self.tr("previous"),
            Verb.RESTART_TURN: self.tr("restart the turn"),
            Verb.QUESTION: self.tr("question timer"),
            Verb.UNDO: self.tr("undo"),
            Verb.END: self.tr("end the show"),
        }
        return words.get(verb, verb.value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
