"""What every command shares: exit codes, printing in a terminal that may be missing or
unable to show Hangul, the language of messages, and the few messages about files."""

from __future__ import annotations

import argparse
import sys

from emcee import __version__
from emcee.core.texts import QT_TRANSLATE_NOOP, Lang, translate

EXIT_OK = 0
EXIT_INVALID = 2

# The commands' words, by key.
LABELS: dict[str, str] = {
    "exists": QT_TRANSLATE_NOOP("Cli", "{path} already exists; add --force to overwrite it."),
    "written": QT_TRANSLATE_NOOP("Cli", "wrote {path}"),
    "cannot_write": QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}"),
    # emcee check
    "end": QT_TRANSLATE_NOOP("Cli", "planned end ({length}, {items} items, {speakers} speakers)"),
    "hard_end": QT_TRANSLATE_NOOP("Cli", "hard end"),
    "chair": QT_TRANSLATE_NOOP("Cli", "chair {name}"),
    "midnight": QT_TRANSLATE_NOOP("Cli", "── midnight: the next day ──"),
    "invalid": QT_TRANSLATE_NOOP("Cli", "{path} cannot be used:"),
    # emcee import
    "source_xlsx": QT_TRANSLATE_NOOP("Cli", "{path}: sheet '{sheet}'"),
    "source_text": QT_TRANSLATE_NOOP("Cli", "{path}: {encoding} text"),
    "columns": QT_TRANSLATE_NOOP("Cli", "Columns:"),
    "column": QT_TRANSLATE_NOOP("Cli", "column {number}"),
    "unused": QT_TRANSLATE_NOOP("Cli", "(not used)"),
    "guessed": QT_TRANSLATE_NOOP("Cli", "(guessed)"),
    "no_header": QT_TRANSLATE_NOOP("Cli", "  no header row found; roles guessed from the cells"),
    "rejected": QT_TRANSLATE_NOOP("Cli", "Rows not used:"),
    "notes": QT_TRANSLATE_NOOP("Cli", "Notes:"),
    "problems": QT_TRANSLATE_NOOP("Cli", "{path} cannot be imported:"),
    "sheet_ignored": QT_TRANSLATE_NOOP("Cli", "--sheet is ignored: {path} is not a workbook."),
    # emcee report
    "cannot_write_in": QT_TRANSLATE_NOOP("Cli", "cannot write in {path}: {reason}"),
    "notice": QT_TRANSLATE_NOOP("Cli", "note: {text}"),
}


def label(key: str, lang: Lang) -> str:
    return translate("Cli", LABELS[key], lang)


def say(text: str = "", *, error: bool = False) -> None:
    """Print a line on stdout (stderr for an error), whatever the terminal can show."""
    stream = sys.stderr if error else sys.stdout
    if stream is None:  # a windowed build on Windows has no console
        return
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        print(text.encode("ascii", "replace").decode("ascii"), file=stream)


def command_parser(command: str, description: str) -> argparse.ArgumentParser:
    """The parser of ``emcee COMMAND``, with the options every command takes."""
    parser = argparse.ArgumentParser(prog=f"emcee {command}", description=description)
    add_common_options(parser)
    return parser


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"emcee {__version__}")
    parser.add_argument(
        "--lang", choices=("ko", "en"), help="language of messages (default: the system's)"
    )
