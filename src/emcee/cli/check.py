"""``emcee check AGENDA`` validates an agenda and prints its schedule; ``emcee new PATH``
writes the built-in event as a file to edit."""

from __future__ import annotations

from pathlib import Path

from emcee import resources
from emcee.cli.terminal import (
    EXIT_INVALID,
    EXIT_OK,
    command_parser,
    label,
    say,
)
from emcee.core.agenda.file import load
from emcee.core.agenda.model import PhaseKind
from emcee.core.agenda.phases import phase_name
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.schedule import Schedule
from emcee.core.texts import Lang
from emcee.core.timefmt import DAY, format_minutes, format_time_of_day
from emcee.language import command_language


def schedule_lines(schedule: Schedule, lang: Lang) -> list[str]:
    """The schedule as aligned text: every item, phase and speaker turn with start and length."""
    programme = schedule.programme
    heading = programme.title + (f" — {programme.subtitle}" if programme.subtitle else "")
    details = [str(programme.date) if programme.date else "", programme.venue, programme.organiser]
    lines = [heading]
    if any(details):
        lines.append(" · ".join(d for d in details if d))
    lines.append("")

    def row(start: int, length: int | None, indent: int, text: str) -> str:
        size = format_minutes(length) if length is not None else ""
        return f"{format_time_of_day(start):>5}  {size:>6}  {'  ' * indent}{text}"

    speakers = 0
    midnight_said = False
    for planned in schedule.items:
        if planned.start >= DAY and not midnight_said:  # a programme past midnight
            lines.append(f"{'':13}{label('midnight', lang)}")
            midnight_said = True
        item = planned.item
        title = f"({item.part}) {item.title}" if item.part else item.title
        if item.presenter:
            title += f" — {item.presenter}"
        if item.chair:
            title += " · " + label("chair", lang).format(name=item.chair)
        lines.append(row(planned.start, planned.duration, 0, title))
        for phase in planned.phases:
            if phase.kind is not PhaseKind.MAIN:
                name = phase.written.title or phase_name(phase.kind, lang)
                lines.append(row(phase.start, phase.duration, 1, name))
            indent = 1 if phase.kind is PhaseKind.MAIN else 2
            for number, turn in enumerate(phase.turns, start=1):
                if turn.speaker is None:
                    continue
                # Discussants and names called give no talk.
                speakers += phase.kind not in (PhaseKind.DESIGNATED, PhaseKind.ROLL_CALL)
                text = f"{number}. {turn.speaker.presenter}"
                if turn.speaker.title:
                    text += f" · {turn.speaker.title}"
                lines.append(row(turn.start, turn.duration, indent, text))
    length = format_minutes(schedule.end - schedule.start)
    summary = label("end", lang).format(length=length, items=len(schedule.items), speakers=speakers)
    lines.append(row(schedule.end, None, 0, summary))
    if schedule.hard_end is not None:
        lines.append(row(schedule.hard_end, None, 0, label("hard_end", lang)))
    return lines


def check(path: str, lang: Lang) -> int:
    try:
        _, schedule = load(path)
    except AgendaError as error:
        say(label("invalid", lang).format(path=path), error=True)
        for problem in error.problems:
            say("  " + problem.describe(lang), error=True)
        return EXIT_INVALID
    for line in schedule_lines(schedule, lang):
        say(line)
    for note in schedule.notes:
        say("  " + note.describe(lang))
    return EXIT_OK


def new(path: str, force: bool, lang: Lang) -> int:
    target = Path(path)
    if target.exists() and not force:
        say(label("exists", lang).format(path=path), error=True)
        return EXIT_INVALID
    try:
        # The built-in file is copied as it is, comments and all, as a model to edit.
        target.write_bytes(resources.reference_agenda().read_bytes())
    except OSError as error:
        reason = error.strerror or str(error)
        say(label("cannot_write", lang).format(path=path, reason=reason), error=True)
        return EXIT_INVALID
    say(label("written", lang).format(path=path))
    return EXIT_OK


def run_check(argv: list[str]) -> int:
    """``argv``: the command line without the word ``check``."""
    parser = command_parser("check", "Validate an agenda file and print its schedule.")
    parser.add_argument("agenda", help="the agenda file (TOML)")
    args = parser.parse_args(argv)
    return check(args.agenda, command_language(args.lang))


def run_new(argv: list[str]) -> int:
    """``argv``: the command line without the word ``new``."""
    parser = command_parser("new", "Write the built-in 2023-06-23 event as an agenda file to edit.")
    parser.add_argument("path", help="where to write the new agenda file")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    args = parser.parse_args(argv)
    return new(args.path, args.force, command_language(args.lang))
