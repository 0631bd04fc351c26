"""Planned vs actual for one show, rebuilt from its journal.

``build_report(journal_path)`` replays the journal on a fake clock standing at its last
entry (an unfinished show is reported as it was then) and gives:

- a row per item and, for items of several turns, per turn (a speaker's share, a
  discussion): planned start and length, what the rules gave the turn (allotted), actual
  start, end and length, and the differences;
- a summary: actual end against planned, time over and under plan, items over time,
  speakers over their time, the longest overruns and whose they were;
- the drift (+ behind plan) over the afternoon, sampled at each action and at least every
  minute in between.

"Planned" is the agenda as written (moved as a whole when the show was started with a
shifted plan); a rebalancing during the show changes what turns are allotted, not the plan.
A turn that never ran (skipped, or left when the show ended) is allotted what the plan gave
it: what the rules would give it now is no figure anyone was given.

Exports: CSV in UTF-8 with a BOM (Excel on Korean Windows takes anything else for CP949)
with Korean or English headers, and JSON (English keys, times as "HH:MM:SS", lengths in
seconds).

``model`` builds the figures, ``texts`` words them (and writes the summary), ``tables``
writes the files. This package gives their public names.
"""

from emcee.core.report.model import (
    SAMPLE_EVERY,
    TOLERANCE,
    DriftPoint,
    QuestionRow,
    Report,
    Row,
    RowKind,
    Summary,
    build_report,
    report_of,
)
from emcee.core.report.tables import (
    DRIFT_CSV,
    REPORT_CSV,
    REPORT_JSON,
    csv_text,
    drift_csv_text,
    to_json,
    write_csv,
    write_drift_csv,
    write_json,
    write_tables,
)
from emcee.core.report.texts import clock_text, label, length_text, signed_minutes, summary_lines

__all__ = [
    "DRIFT_CSV",
    "REPORT_CSV",
    "REPORT_JSON",
    "SAMPLE_EVERY",
    "TOLERANCE",
    "DriftPoint",
    "QuestionRow",
    "Report",
    "Row",
    "RowKind",
    "Summary",
    "build_report",
    "clock_text",
    "csv_text",
    "drift_csv_text",
    "label",
    "length_text",
    "report_of",
    "signed_minutes",
    "summary_lines",
    "to_json",
    "write_csv",
    "write_drift_csv",
    "write_json",
    "write_tables",
]
