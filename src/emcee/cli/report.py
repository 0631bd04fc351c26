"""``emcee report JOURNAL --out DIR [--lang ko|en]``: the report files, without a window.

Writes report.csv (UTF-8 with BOM), report-drift.csv, report.json and a PNG of each chart
(timeline.png, over-under.png, drift.png), then prints the summary. Exit 2 if the journal
cannot be used or the files cannot be written.
"""

from __future__ import annotations

import os
from pathlib import Path

from emcee.cli.terminal import (
    EXIT_INVALID,
    EXIT_OK,
    command_parser,
    label,
    language_from_environment,
    say,
)
from emcee.core.agenda.problems import Lang, in_language
from emcee.core.journal import JournalError
from emcee.core.report import Report, build_report, summary_lines, write_tables

# key -> (English, Korean)
LABELS = {
    "cannot_write_in": ("cannot write in {path}: {reason}", "{path}에 쓸 수 없습니다: {reason}"),
    "notice": ("note: {text}", "참고: {text}"),
}


def _label(key: str, lang: Lang) -> str:
    return in_language(LABELS[key], lang)


def run_report(argv: list[str]) -> int:
    """``argv``: the command line without the word ``report``."""
    parser = command_parser(
        "report", "Write the planned-vs-actual report of a show journal: CSV, JSON and PNG charts."
    )
    parser.add_argument("journal", help="the show's journal.jsonl")
    parser.add_argument("--out", required=True, help="folder to write the files in")
    args = parser.parse_args(argv)
    language: Lang = args.lang or language_from_environment()
    out = Path(args.out)
    try:
        report = build_report(args.journal)
    except JournalError as error:
        say(error.describe(language), error=True)
        return EXIT_INVALID
    try:
        written = write_tables(report, out, language)
        written += _write_charts(report, out, language)
    except OSError as error:
        reason = error.strerror or str(error)
        say(_label("cannot_write_in", language).format(path=out, reason=reason), error=True)
        return EXIT_INVALID
    for line in summary_lines(report, language):
        say(line)
    for notice in report.notices:
        say(_label("notice", language).format(text=notice.message(language)))
    for path in written:
        say(label("written", language).format(path=path))
    return EXIT_OK


def _write_charts(report: Report, out: Path, lang: Lang) -> list[Path]:
    # No window is shown: the charts are drawn offscreen, whatever the environment asks
    # for (an empty value, or a display that is not there, would abort the process).
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from emcee.app import create_application
    from emcee.ui.i18n import switch_language
    from emcee.ui.report_charts import export_charts

    create_application(lang)  # fonts (Hangul) and translations, as the app has them
    switch_language(lang)
    return export_charts(report, out)
