"""``emcee report JOURNAL --out DIR [--lang ko|en]``: the report files, without a window.

Writes report.csv (UTF-8 with BOM), report-drift.csv, report.json and a PNG of each chart
(timeline.png, over-under.png, drift.png), then prints the summary. Exit 2 if the journal
cannot be used or the files cannot be written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from emcee.core.agenda.problems import Lang, in_language
from emcee.core.journal import JournalError
from emcee.core.report import Report, build_report, summary_lines, write_tables

EXIT_OK = 0
EXIT_FAILED = 2

MESSAGES = {
    "written": ("wrote {path}", "{path} 파일을 만들었습니다"),
    "cannot_write": ("cannot write in {path}: {reason}", "{path}에 쓸 수 없습니다: {reason}"),
    "notice": ("note: {text}", "참고: {text}"),
}


def _say(key: str, lang: Lang, *, error: bool = False, **params: str) -> None:
    stream = sys.stderr if error else sys.stdout
    if stream is None:  # a windowed build on Windows has no console
        return
    text = in_language(MESSAGES[key], lang).format(**params)
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        print(text.encode("ascii", "replace").decode("ascii"), file=stream)


def report_command(argv: list[str]) -> int:
    """``argv``: the command line without the word ``report``."""
    from emcee.cli import language_from_environment

    parser = argparse.ArgumentParser(
        prog="emcee report",
        description="Write the planned-vs-actual report of a show journal: CSV, JSON and "
        "PNG charts.",
    )
    parser.add_argument("journal", help="the show's journal.jsonl")
    parser.add_argument("--out", required=True, help="folder to write the files in")
    parser.add_argument("--lang", choices=("ko", "en"), help="language (default: the system's)")
    args = parser.parse_args(argv)
    language: Lang = args.lang or language_from_environment()
    out = Path(args.out)
    try:
        report = build_report(args.journal)
    except JournalError as error:
        print(error.describe(language), file=sys.stderr)
        return EXIT_FAILED
    try:
        written = write_tables(report, out, language)
        written += _write_charts(report, out, language)
    except OSError as error:
        reason = error.strerror or str(error)
        _say("cannot_write", language, error=True, path=str(out), reason=reason)
        return EXIT_FAILED
    for line in summary_lines(report, language):
        print(line)
    for notice in report.notices:
        _say("notice", language, text=notice.message(language))
    for path in written:
        _say("written", language, path=str(path))
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
