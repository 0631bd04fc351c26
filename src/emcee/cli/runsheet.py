"""``emcee import RUNSHEET -o AGENDA.toml``: a run sheet (XLSX, CSV, text) to an agenda file.

Prints the column roles it used and every row it could not use, with the reason; writes
the agenda only when it plans without error (exit 0), else says why (exit 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from emcee.cli.check import schedule_lines
from emcee.cli.terminal import (
    EXIT_INVALID,
    EXIT_OK,
    command_parser,
    label,
    say,
)
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.writer import save
from emcee.core.runsheet import ImportResult, SourceKind, import_file, role_label
from emcee.core.runsheet.columns import LIKELY
from emcee.core.texts import Lang
from emcee.language import command_language


def _parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "import",
        "Turn a run sheet (진행순서 table in .xlsx, .csv or tab-separated text) into an agenda "
        "file.",
    )
    parser.add_argument("runsheet", help="the run sheet: .xlsx, .csv, or a .txt of a pasted table")
    parser.add_argument(
        "-o", "--output", required=True, metavar="AGENDA.toml", help="the agenda file to write"
    )
    parser.add_argument("--sheet", help="the worksheet to read (default: the first visible one)")
    parser.add_argument(
        "--title",
        help="the programme's title (default: the sheet's 행사명 above the table, else the file)",
    )
    parser.add_argument(
        "--one-presenter",
        action="store_true",
        help="keep several names on a row as one presenter (default: speakers sharing the row)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing agenda file")
    return parser


def mapping_lines(result: ImportResult, lang: Lang) -> list[str]:
    """One line per column: its header and the role it was given."""
    table, mapping = result.table, result.mapping
    header = next((row for row in table.rows if row.number == mapping.header), None)
    lines = [label("columns", lang)]
    if header is None:
        lines.append(label("no_header", lang))
    for column in range(table.width):
        name = label("column", lang).format(number=column + 1)
        if header is not None and header.cell(column):
            name += f" '{' '.join(header.cell(column).split())}'"
        role = mapping.role_of(column)
        if role is None:
            lines.append(f"  {name} → {label('unused', lang)}")
            continue
        text = role_label(role, lang)
        if mapping.confidence.get(role, 0.0) < LIKELY:
            text += " " + label("guessed", lang)
        lines.append(f"  {name} → {text}")
    return lines


def run_import(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    lang: Lang = command_language(args.lang)
    output = Path(args.output)
    if output.exists() and not args.force:
        say(label("exists", lang).format(path=args.output), error=True)
        return EXIT_INVALID
    try:
        result = import_file(
            args.runsheet, sheet=args.sheet, title=args.title, speakers=not args.one_presenter
        )
    except AgendaError as error:
        say(label("problems", lang).format(path=args.runsheet), error=True)
        for problem in error.problems:
            say("  " + problem.describe(lang), error=True)
        return EXIT_INVALID

    table = result.table
    if table.source is SourceKind.XLSX:
        say(label("source_xlsx", lang).format(path=args.runsheet, sheet=table.sheet))
    else:
        encoding = table.encoding.upper() if table.encoding else "UTF-8"
        say(label("source_text", lang).format(path=args.runsheet, encoding=encoding))
        if args.sheet:
            say(label("sheet_ignored", lang).format(path=args.runsheet))
    for line in mapping_lines(result, lang):
        say(line)
    if result.rejected:
        say(label("rejected", lang))
        for problem in result.rejected:
            say("  " + problem.describe(lang))
    if result.notes:
        say(label("notes", lang))
        for note in result.notes:
            say("  " + note.describe(lang))

    if not result.ok or result.agenda is None or result.schedule is None:
        say(label("problems", lang).format(path=args.runsheet), error=True)
        for problem in result.problems:
            say("  " + problem.describe(lang), error=True)
        return EXIT_INVALID
    try:
        save(result.agenda, output)
    except OSError as error:
        reason = error.strerror or str(error)
        say(label("cannot_write", lang).format(path=args.output, reason=reason), error=True)
        return EXIT_INVALID
    say("")
    for line in schedule_lines(result.schedule, lang):
        say(line)
    say("")
    say(label("written", lang).format(path=args.output))
    return EXIT_OK
