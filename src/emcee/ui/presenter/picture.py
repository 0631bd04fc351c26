"""What the presenter screen shows, as a plain value: snapshot + overlay in, picture out.

``make_picture`` decides everything the stage sees (which screen, which words, which
colours); ``paint.paint_picture`` only draws it. A picture holds displayed values only
(texts, colours), so two pictures are equal exactly when they look the same: the views
repaint when the picture changes, which is once per displayed second at most.

The presenter's words come from ``presenter_<language>.qm`` through a translator of its
own, so the projector can speak another language than the console.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from emcee import resources
from emcee.core.agenda.model import ItemKind, Phase, PhaseKind, Programme, TimerStyle
from emcee.core.agenda.phases import phase_title
from emcee.core.engine.snapshot import Current, Level, ShowState, Snapshot, who_and_what
from emcee.core.timefmt import format_clock, format_time_of_day
from emcee.ui.controller import Overlay
from emcee.ui.face import LEVEL_SYMBOLS, Palette, timer_text

CONTEXT = "Presenter"

LEVEL_LABELS = {
    Level.NORMAL: QT_TRANSLATE_NOOP("Presenter", "Time left"),
    Level.WARNING: QT_TRANSLATE_NOOP("Presenter", "Time is nearly up"),
    Level.FINAL: QT_TRANSLATE_NOOP("Presenter", "Please wrap up"),
    Level.TIME_UP: QT_TRANSLATE_NOOP("Presenter", "Time is up"),
    Level.OVERTIME: QT_TRANSLATE_NOOP("Presenter", "Over time"),
}
ELAPSED = QT_TRANSLATE_NOOP("Presenter", "Elapsed")
CURRENT_TIME = QT_TRANSLATE_NOOP("Presenter", "Current time")
PAUSED = QT_TRANSLATE_NOOP("Presenter", "Paused")
PAUSED_SYMBOL = "‖"
PRESENTATION = QT_TRANSLATE_NOOP("Presenter", "Presentation")
DISCUSSION = QT_TRANSLATE_NOOP("Presenter", "Discussion")
KIND_LABELS = {
    ItemKind.BREAK: QT_TRANSLATE_NOOP("Presenter", "Break"),
    ItemKind.REGISTRATION: QT_TRANSLATE_NOOP("Presenter", "Registration"),
    ItemKind.OPENING: QT_TRANSLATE_NOOP("Presenter", "Opening"),
    ItemKind.CLOSING: QT_TRANSLATE_NOOP("Presenter", "Closing"),
}
NEXT = QT_TRANSLATE_NOOP("Presenter", "Next: %1")
QUESTION = QT_TRANSLATE_NOOP("Presenter", "Question %1 · %2")
CHAIR = QT_TRANSLATE_NOOP("Presenter", "Chair %1")
ANSWER = QT_TRANSLATE_NOOP("Presenter", "Answer %1 · %2")
RESUMING_AT = QT_TRANSLATE_NOOP("Presenter", "%1 — resuming at %2")
RESUMING_SHORTLY = QT_TRANSLATE_NOOP("Presenter", "%1 — resuming shortly")
PLANNED = QT_TRANSLATE_NOOP("Presenter", "(planned %1)")
STARTS_AT = QT_TRANSLATE_NOOP("Presenter", "Starts at %1")
STARTING_SHORTLY = QT_TRANSLATE_NOOP("Presenter", "Starting shortly")
THANK_YOU = QT_TRANSLATE_NOOP("Presenter", "Thank you")

# A break's restart counts as late (and the planned time is shown too) past this.
LATE_RESTART = 30.0


class Mode(StrEnum):
    IDLE = "idle"  # before the show, during registration, after the end: title and clock
    TIMER = "timer"  # a turn: big countdown, speaker, title
    BREAK = "break"  # countdown to the restart time
    MESSAGE = "message"  # the operator's message over the timer
    BLACKOUT = "blackout"  # nothing at all


class Animation(StrEnum):
    NONE = "none"
    FLASH = "flash"  # time-up: colours invert a few times a second, for a few seconds
    BLINK = "blink"  # the operator asked the message to blink


@dataclass(frozen=True, slots=True)
class Picture:
    """Everything the presenter screen shows at one moment. Colours are "#rrggbb"."""

    mode: Mode
    palette: Palette
    digits: str = ""  # the big text: "12:34", "+01:05", or a clock "14:23"
    digits_color: str = ""
    digits_dim: bool = False  # the dim second of the optional overtime slow blink
    level: Level | None = None
    symbol: str = ""  # the level's (or pause's) symbol, so the state reads without colour
    label: str = ""  # "Time left", "Please wrap up", ...
    phase: str = ""  # "2부 · 발표 3/5", "토론", "휴식"
    speaker: str = ""  # the presenter or organisation
    title: str = ""  # the talk's title
    progress: float | None = None  # 0..1 of the turn, in displayed seconds
    clock: str = ""  # the wall clock, "14:23"
    next: str = ""  # "다음: 광주동구 · 복지거점센터 …"
    headline: str = ""  # idle: the programme's title; break: "휴식 — 14:55에 다시 시작합니다"
    subline: str = ""  # idle: the subtitle; a late break: the planned restart
    info: str = ""  # idle and registration: when it starts
    message: str = ""
    animation: Animation = Animation.NONE
    question: str = ""  # a question timed in a discussion: "질문 2 · 00:45"
    question_color: str = ""
    lit: bool = True  # the animation's phase; views toggle it, pictures start lit

    @property
    def flashing(self) -> bool:
        """This frame is the inverted one of the time-up flash."""
        return self.animation is Animation.FLASH and self.lit


class Texts:
    """The presenter's words in one language (English is the source language)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator: QTranslator | None = None
        if language != "en":
            translator = QTranslator()
            path = resources.path(f"translations/presenter_{language}.qm")
            if translator.load(str(path)):
                self._translator = translator

    def __call__(self, source: object, *args: str) -> str:
        """``source`` (a QT_TRANSLATE_NOOP string) translated, with %1, %2, ... filled in."""
        english = str(source)
        text: str | None = None
        if self._translator is not None:
            text = self._translator.translate(CONTEXT, english)
        text = text or english
        # Replace from the highest number down, so that "%1" does not eat "%10".
        for number in range(len(args), 0, -1):
            text = text.replace(f"%{number}", args[number - 1])
        return text


@cache
def texts_for(language: str) -> Texts:
    return Texts(language)


def make_picture(
    snapshot: Snapshot,
    overlay: Overlay,
    palette: Palette,
    language: str,
    *,
    programme: Programme,
    overtime_blink: bool = False,
) -> Picture:
    """The picture for this moment of the show."""
    tr = texts_for(language)
    if overlay.blackout:
        return Picture(Mode.BLACKOUT, palette)
    picture = _base_picture(snapshot, palette, tr, programme, overtime_blink)
    if overlay.message:
        animation = Animation.BLINK if overlay.blink else Animation.NONE
        return replace(picture, mode=Mode.MESSAGE, message=overlay.message, animation=animation)
    return picture


def _base_picture(
    snapshot: Snapshot,
    palette: Palette,
    tr: Texts,
    programme: Programme,
    overtime_blink: bool,
) -> Picture:
    clock = _clock(snapshot.time_of_day)
    current = snapshot.current
    if snapshot.state is ShowState.READY or current is None:
        return _idle(snapshot, palette, tr, programme, clock)
    item = current.item.planned.item
    if item.kind is ItemKind.REGISTRATION:
        return _registration(snapshot, current, palette, tr, programme, clock)
    if item.kind is ItemKind.BREAK:
        return _break(snapshot, current, palette, tr, clock)
    return _timer(snapshot, current, palette, tr, clock, overtime_blink)


def _clock(time_of_day: float) -> str:
    return format_time_of_day(int(time_of_day))[:5]


def _idle(
    snapshot: Snapshot, palette: Palette, tr: Texts, programme: Programme, clock: str
) -> Picture:
    info = ""
    if snapshot.state is ShowState.ENDED:
        info = tr(THANK_YOU)
    else:
        # The programme starts when its first item that is not registration does.
        opening = next(
            (
                view
                for view in snapshot.items
                if view.planned.item.kind is not ItemKind.REGISTRATION
            ),
            snapshot.items[0] if snapshot.items else None,
        )
        if opening is not None and opening.planned_start > snapshot.time_of_day:
            info = tr(STARTS_AT, _clock(opening.planned_start))
        elif opening is not None:
            info = tr(STARTING_SHORTLY)  # the planned time has passed: no time in the past
    return _idle_picture(palette, programme, clock, info)


def _idle_picture(
    palette: Palette, programme: Programme, clock: str, info: str, next_text: str = ""
) -> Picture:
    """The programme's title, the time of day in large digits, and ``info`` under them."""
    return Picture(
        Mode.IDLE,
        palette,
        digits=clock,
        digits_color=palette.text,
        headline=programme.title,
        subline=programme.subtitle,
        info=info,
        clock=clock,
        next=next_text,
    )


def _registration(
    snapshot: Snapshot,
    current: Current,
    palette: Palette,
    tr: Texts,
    programme: Programme,
    clock: str,
) -> Picture:
    """Registration counts down to the time the programme starts, as a break counts to
    its restart: the room sees a countdown as soon as the show is started."""
    if current.remaining <= 0:
        return _idle_picture(
            palette, programme, clock, tr(STARTING_SHORTLY), _next_text(snapshot, tr)
        )
    start = current.target_time
    if start is None:
        start = snapshot.time_of_day + current.remaining
    return Picture(
        Mode.BREAK,
        palette,
        digits=timer_text(current, snapshot.time_of_day),
        digits_color=palette.text,
        level=current.level,
        phase=tr(KIND_LABELS[ItemKind.REGISTRATION]),
        clock=clock,
        next=_next_text(snapshot, tr),
        headline=programme.title,
        subline=tr(STARTS_AT, _clock(start)),
        info=tr(STARTS_AT, _clock(start)),
    )


def _break(
    snapshot: Snapshot, current: Current, palette: Palette, tr: Texts, clock: str
) -> Picture:
    item = current.item
    title = item.title
    planned_restart = item.planned_start + item.planned_duration
    restart = current.target_time
    if restart is None:
        restart = snapshot.time_of_day + current.remaining
    subline = ""
    if current.remaining <= 0:
        # Overrun: the audience needs no overtime figures, just that it is about to resume.
        headline = tr(RESUMING_SHORTLY, title)
        digits, color = clock, palette.text
    else:
        headline = tr(RESUMING_AT, title, _clock(restart))
        if restart - planned_restart > LATE_RESTART:
            subline = tr(PLANNED, _clock(planned_restart))
        digits, color = timer_text(current, snapshot.time_of_day), _level_color(palette, current)
    return Picture(
        Mode.BREAK,
        palette,
        digits=digits,
        digits_color=color,
        level=current.level,
        phase=tr(KIND_LABELS[ItemKind.BREAK]),
        clock=clock,
        next=_next_text(snapshot, tr),
        headline=headline,
        subline=subline,
    )


def _timer(
    snapshot: Snapshot,
    current: Current,
    palette: Palette,
    tr: Texts,
    clock: str,
    overtime_blink: bool,
) -> Picture:
    item = current.item.planned.item
    segment = current.segment
    speaker, title = who_and_what(segment, item)
    level = current.level
    running = snapshot.state is ShowState.RUNNING
    style = current.timer
    if style is TimerStyle.CLOCK:
        color, label, symbol, progress = palette.text, tr(CURRENT_TIME), "", None
    else:
        color = _level_color(palette, current)
        symbol = LEVEL_SYMBOLS[level]
        label = tr(LEVEL_LABELS[level])
        if style is TimerStyle.COUNTUP and level is Level.NORMAL:
            label = tr(ELAPSED)
        progress = _progress(current)
    if snapshot.state is ShowState.PAUSED:
        # Paused keeps the level visible: "‖ Paused · ▲ Please wrap up"; the digits go
        # grey, so that the back of the hall sees the clock stopped, not a green one.
        level_part = f"{symbol} {label}".strip()
        symbol, label = PAUSED_SYMBOL, f"{tr(PAUSED)} · {level_part}"
        color = palette.dim
    digits = timer_text(current, snapshot.time_of_day)
    # The slow blink dims every other overtime second: no timer, no extra repaint.
    dim = (
        overtime_blink
        and running
        and level is Level.OVERTIME
        and style is not TimerStyle.CLOCK
        and math.floor(-current.remaining) % 2 == 1
    )
    flash = running and level is Level.TIME_UP and style is not TimerStyle.CLOCK
    return Picture(
        Mode.TIMER,
        palette,
        digits=digits,
        digits_color=color,
        digits_dim=dim,
        level=level,
        symbol=symbol,
        label=label,
        phase=_phase_label(current, tr),
        speaker=speaker,
        title=title,
        progress=progress,
        clock=clock,
        next=_next_text(snapshot, tr),
        animation=Animation.FLASH if flash else Animation.NONE,
        question=_question_text(current, tr),
        question_color=_question_color(palette, current),
    )


def _question_text(current: Current, tr: Texts) -> str:
    """The discussion's second, smaller countdown: "질문 2 · 00:45"."""
    question = current.question
    if question is None:
        return ""
    words = ANSWER if question.answering else QUESTION
    return tr(words, str(question.number), format_clock(question.remaining))


def _question_color(palette: Palette, current: Current) -> str:
    question = current.question
    if question is None:
        return ""
    level = Level.TIME_UP if question.remaining <= 0 else Level.NORMAL
    return palette.level_color(level).name()


def _level_color(palette: Palette, current: Current) -> str:
    return palette.level_color(current.level).name()


def _progress(current: Current) -> float:
    """How much of the turn is used, moving only when the displayed seconds do."""
    total = current.allotted + current.added
    if total <= 0 or current.remaining <= 0:
        return 1.0
    shown_remaining = math.ceil(current.remaining)  # what the countdown shows
    return min(1.0, max(0.0, 1.0 - shown_remaining / total))


def _phase_name(phase: Phase, tr: Texts) -> str:
    """A phase as the screen names it: its title as written, else its kind's name."""
    if phase.title:
        return phase.title
    if phase.kind is PhaseKind.DISCUSSION:
        return tr(DISCUSSION)
    if phase.kind in (PhaseKind.PRESENTATION, PhaseKind.MAIN):
        return tr(PRESENTATION)
    return phase_title(phase, "ko" if tr.language == "ko" else "en")


def _phase_label(current: Current, tr: Texts) -> str:
    item = current.item.planned.item
    phase = current.item.planned.phases[current.segment.phase_index].written
    if phase.kind is PhaseKind.MAIN and item.kind in KIND_LABELS:
        label = tr(KIND_LABELS[item.kind])
    else:
        label = _phase_name(phase, tr)
    if current.turns_in_phase > 1:
        label += f" {current.turn_number}/{current.turns_in_phase}"
    chair = current.item.planned.chair
    return " · ".join(part for part in (item.part, label, chair and tr(CHAIR, chair)) if part)


def _next_text(snapshot: Snapshot, tr: Texts) -> str:
    following = snapshot.next_segment
    if following is None or not 0 <= following.item_index < len(snapshot.items):
        return ""
    planned = snapshot.items[following.item_index].planned
    item = planned.item
    if following.turn.speaker is None and following.kind is not PhaseKind.MAIN:
        what = _phase_name(planned.phases[following.phase_index].written, tr)
    elif item.kind is ItemKind.BREAK:
        what = item.title or tr(KIND_LABELS[ItemKind.BREAK])
    else:
        speaker, title = who_and_what(following, item)
        what = " · ".join(part for part in (speaker, title) if part)
    return tr(NEXT, what) if what else ""
