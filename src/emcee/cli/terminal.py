"""What every command shares: exit codes, printing in a terminal that may be missing or
unable to show Hangul, the language of messages, and the few messages about files."""

from __future__ import annotations

import argparse
import locale
import os
import sys

from emcee import __version__
from emcee.core.agenda.problems import Lang, in_language

EXIT_OK = 0
EXIT_INVALID = 2

# key -> (English, Korean)
LABELS: dict[str, tuple[str, str]] = {
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
