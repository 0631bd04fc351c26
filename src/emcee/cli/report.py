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
    say,
)
from emcee.core.journal import JournalError
from emcee.core.report import Report, build_report, summary_lines, write_tables
from emcee.core.texts import Lang
from emcee.language import command_language


def run_report(argv: list[str]) -> int:
    """``argv``: the command line without the word ``report``."""
    parser = command_parser(
        "report", "Write the planned-vs-actual report of a show journal: CSV, JSON and PNG charts."
    )
    parser.add_argument("journal", help="the show's journal.jsonl")
    parser.add_argument("--out", required=True, help="folder to write the files in")
    args = parser.parse_args(argv)
    lang = command_language(args.lang)
    out = Path(args.out)
    try:
        report = build_report(args.journal)
    except JournalError as error:
        say(error.describe(lang), error=True)
        return EXIT_INVALID
    try:
        written = write_tables(report, out, lang)
        written += _write_charts(report, out, lang)
    except OSError as error:
        reason = error.strerror or str(error)
        say(label("cannot_write_in", lang).format(path=out, reason=reason), error=True)
        return EXIT_INVALID
    for line in summary_lines(report, lang):
        say(line)
    for notice in report.notices:
        say(label("notice", lang).format(text=notice.message(lang)))
    for path in written:
        say(label("written", lang).format(path=path))
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
