"""Command line: ``emcee [AGENDA]`` opens the console; the commands work without a window.

One module per command: ``check`` (check and new), ``runsheet`` (import), ``report``;
``terminal`` holds what they share. ``main`` only finds the command and imports its
module when it runs, so that Qt is imported only when a window is needed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from emcee.cli.terminal import add_common_options

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

COMMANDS = ("check", "new", "import", "report")
SHARE_NETWORKS = ("loopback", "lan")


def main(argv: list[str]) -> int:
    # A command is the first word that is not an option or the value of --lang or --self-test;
    # global options may come before it (`emcee --lang ko check x.toml`) and go along to it.
    valued = (["--lang"], ["--self-test"])
    words = [a for i, a in enumerate(argv) if a[:1] != "-" and argv[i - 1 : i] not in valued]
    command = words[0] if words and words[0] in COMMANDS else None
    if command is None:
        return _window(argv)
    rest = list(argv)
    rest.remove(command)
    if command == "check":
        from emcee.cli.check import run_check

        return run_check(rest)
    if command == "new":
        from emcee.cli.check import run_new

        return run_new(rest)
    if command == "import":
        from emcee.cli.runsheet import run_import

        return run_import(rest)
    from emcee.cli.report import run_report

    return run_report(rest)


def _window(argv: list[str]) -> int:
    """``emcee [AGENDA] [--resume] [--share [loopback|lan]]`` opens the console;
    ``--self-test DIR`` checks this copy."""
    parser = argparse.ArgumentParser(
        prog="emcee",
        description="A console for running a live event programme: agenda, speaker timers, "
        "presenter screen.",
        epilog=COMMANDS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common_options(parser)
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
    from emcee.ui.garbage import collect_in_the_qt_thread  # no Qt in it

    # From the start, not from the first tick: the window's start-up makes many objects
    # and frees few, and Python's collector ran 63 times on them (13 ms) for nothing.
    collect_in_the_qt_thread()
    from emcee.app import run  # Qt is imported only when a window is needed

    return run(agenda=args.agenda, lang=args.lang, resume=args.resume, share=args.share)
