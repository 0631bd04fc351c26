"""Command line: ``emcee [AGENDA]`` opens the console; ``check``, ``new`` work without a window."""

from __future__ import annotations

import argparse
import locale
import os
import sys
from pathlib import Path

from emcee import __version__, resources
from emcee.core.agenda_file import load
from emcee.core.problems import AgendaError, Lang, in_language
from emcee.core.schedule import PhaseKind, Schedule
from emcee.core.timefmt import DAY, format_minutes, format_time_of_day

EXIT_OK = 0
EXIT_INVALID = 2

COMMANDS_HELP = """\
commands:
  emcee [AGENDA]            open the console on AGENDA (default: the built-in 2023-06-23 event);
                            if the last show did not end, it offers to resume it
  emcee --resume            resume the last show where it stands now (after a crash)
  emcee --share [loopback|lan] [AGENDA]   share the show on this computer only (loopback,
                            the default) or the venue network (lan): prints each view's
                            NAME URL (stage, moderator, backstage, programme, clock)
  emcee check AGENDA        validate AGENDA and print its schedule (exit 2 if invalid)
  emcee new PATH            write the built-in event to PATH as a starting point
  emcee import RUNSHEET -o AGENDA.toml   turn an .xlsx/.csv/pasted run sheet into an agenda
  emcee report JOURNAL --out DIR   write a show's planned-vs-actual report (CSV, JSON, PNG)
  emcee --self-test DIR     check this copy works (fonts, sounds, translations, a simulated
                            show) without a screen; PNGs and self-test.txt go to DIR
"""

# Labels of the printed schedule, by language.
LABELS: dict[str, tuple[str, str]] = {
    PhaseKind.PRESENTATION: ("presentation", "발표"),
    PhaseKind.DISCUSSION: ("discussion", "토론"),
    "end": (
        "planned end ({length}, {items} items, {speakers} speakers)",
        "종료 예정 ({length}, 항목 {items}개, 발표 {speakers}건)",
    ),
    "hard_end": ("hard end", "마감 시각"),
    "midnight": ("── midnight: the next day ──", "── 자정: 여기부터 다음 날 ──"),
    "invalid": ("{path} cannot be used:", "{path} 파일에 문제가 있습니다:"),
    "exists": (
        "{path} already exists; add --force to overwrite it.",
        "{path} 파일이 이미 있습니다. 덮어쓰려면 --force를 붙이세요.",
    ),
    "written": ("wrote {path}", "{path} 파일을 만들었습니다"),
    "cannot_write": ("cannot write {path}: {reason}", "{path} 파일을 쓸 수 없습니다: {reason}"),
}


def label(key: str, lang: Lang) -> str:
    return in_language(LABELS[key], lang)


def language_from_environment() -> Lang:
    """Korean when the user's locale is Korean, else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    name = locale.getlocale()[0] or ""  # e.g. "Korean_Korea" on Windows
    return "ko" if name.lower().startswith("ko") else "en"


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
        lines.append(row(planned.start, planned.duration, 0, title))
        for phase in planned.phases:
            if phase.kind is not PhaseKind.MAIN:
                lines.append(row(phase.start, phase.duration, 1, label(phase.kind, lang)))
            indent = 1 if phase.kind is PhaseKind.MAIN else 2
            for number, turn in enumerate(phase.turns, start=1):
                if turn.speaker is None:
                    continue
                speakers += 1
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


def _print(text: str = "", *, error: bool = False) -> None:
    stream = sys.stderr if error else sys.stdout
    if stream is None:  # a windowed build on Windows has no console
        return
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        print(text.encode("ascii", "replace").decode("ascii"), file=stream)


def check(path: str, lang: Lang) -> int:
    try:
        _, schedule = load(path)
    except AgendaError as error:
        _print(label("invalid", lang).format(path=path), error=True)
        for problem in error.problems:
            _print("  " + problem.describe(lang), error=True)
        return EXIT_INVALID
    for line in schedule_lines(schedule, lang):
        _print(line)
    for note in schedule.notes:
        _print("  " + note.describe(lang))
    return EXIT_OK


def new(path: str, force: bool, lang: Lang) -> int:
    target = Path(path)
    if target.exists() and not force:
        _print(label("exists", lang).format(path=path), error=True)
        return EXIT_INVALID
    try:
        # The built-in file is copied as it is, comments and all, as a model to edit.
        target.write_bytes(resources.reference_agenda().read_bytes())
    except OSError as error:
        reason = error.strerror or str(error)
        _print(label("cannot_write", lang).format(path=path, reason=reason), error=True)
        return EXIT_INVALID
    _print(label("written", lang).format(path=path))
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="emcee",
        description="A console for running a live event programme: agenda, speaker timers, "
        "presenter screen.",
        epilog=COMMANDS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"emcee {__version__}")
    parser.add_argument(
        "--lang", choices=("ko", "en"), help="language of messages (default: the system's)"
    )
    return parser


COMMANDS = ("check", "new", "import", "report")
SHARE_NETWORKS = ("loopback", "lan")


def main(argv: list[str]) -> int:
    # A command is the first word that is not an option or the value of --lang or --self-test;
    # global options may come before it (`emcee --lang ko check x.toml`) and go along to it.
    valued = (["--lang"], ["--self-test"])
    words = [a for i, a in enumerate(argv) if a[:1] != "-" and argv[i - 1 : i] not in valued]
    command = words[0] if words and words[0] in COMMANDS else None
    if command is None:
        parser = _parser()
        parser.add_argument("agenda", nargs="?", help="agenda file to open (TOML)")
        parser.add_argument(
            "--resume",
            action="store_true",
            help="resume the last show without asking, if it did not end",
        )
        parser.add_argument("--self-test", metavar="DIR", help="check this copy, results in DIR")
        parser.add_argument(
            "--share",
            nargs="?",
            const="loopback",
            metavar="loopback|lan",
            help="share the show on the network at once and print each view's link",
        )
        args = parser.parse_args(argv)
        if args.share not in (None, *SHARE_NETWORKS):
            # `emcee --share event.toml`: the network was left out, the agenda was not.
            if args.agenda is not None:
                parser.error(f"--share: choose loopback or lan, not {args.share!r}")
            args.agenda, args.share = args.share, "loopback"
        if args.self_test:
            from emcee.selftest import run_self_test

            return run_self_test(Path(args.self_test))
        from emcee.app import run  # Qt is imported only when a window is needed

        return run(agenda=args.agenda, lang=args.lang, resume=args.resume, share=args.share)

    rest = list(argv)
    rest.remove(command)
    if command == "import":
        from emcee.cli_import import run_import

        return run_import(rest)
    if command == "report":
        from emcee.cli_report import report_command

        return report_command(rest)
    sub = _parser()
    sub.prog = f"emcee {command}"
    sub.epilog = None
    if command == "check":
        sub.description = "Validate an agenda file and print its schedule."
        sub.add_argument("agenda", help="the agenda file (TOML)")
    else:
        sub.description = "Write the built-in 2023-06-23 event as an agenda file to edit."
        sub.add_argument("path", help="where to write the new agenda file")
        sub.add_argument("--force", action="store_true", help="overwrite an existing file")
    args = sub.parse_args(rest)
    lang: Lang = args.lang or language_from_environment()
    if command == "check":
        return check(args.agenda, lang)
    return new(args.path, args.force, lang)
