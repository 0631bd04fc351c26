"""The report as files: CSV in UTF-8 with a BOM (Excel on Korean Windows takes anything
else for CP949) with Korean or English headers, and JSON (English keys, times as
"HH:MM:SS", lengths in seconds)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from emcee.core.agenda.phases import phase_name
from emcee.core.report.model import Report, Row
from emcee.core.report.texts import clock_text, label, length_text
from emcee.core.texts import Lang

REPORT_CSV = "report.csv"
DRIFT_CSV = "report-drift.csv"
REPORT_JSON = "report.json"


COLUMNS = (
    "number",
    "part",
    "title",
    "who",
    "kind",
    "status",
    "planned_start",
    "planned_duration",
    "allotted",
    "actual_start",
    "actual_end",
    "actual_duration",
    "start_delay",
    "difference",
    "over_allotted",
    "chair",
)


def _cell_text(text: str) -> str:
    # A title starting with = + - @ would be run as a formula by Excel, and so would one
    # with a tab or a carriage return before them.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _seconds(value: float | None) -> str:
    return "" if value is None else str(round(value))


def _row_cells(row: Row, lang: Lang) -> list[str]:
    def maybe(value: float | None, text: Any) -> str:
        return "" if value is None else str(text(value))

    return [
        row.number,
        _cell_text(row.part),
        _cell_text(row.title),
        _cell_text(row.who),
        phase_name(row.phase, lang),
        label(row.status, lang),
        clock_text(row.planned_start),
        length_text(row.planned_duration),
        maybe(row.allotted, length_text),
        maybe(row.actual_start, clock_text),
        maybe(row.actual_end, clock_text),
        maybe(row.actual_duration, length_text),
        _seconds(row.start_delay),
        _seconds(row.difference),
        _seconds(row.over_allotted),
        _cell_text(row.chair),
    ]


def csv_text(report: Report, lang: Lang) -> str:
    """The table, one row per item and per turn; headers in ``lang``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([label(column, lang) for column in COLUMNS])
    for row in report.rows:
        writer.writerow(_row_cells(row, lang))
    return buffer.getvalue()


def drift_csv_text(report: Report, lang: Lang) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([label("time", lang), label("drift", lang), label("action", lang)])
    for point in report.drift:
        writer.writerow([clock_text(point.time_of_day), _seconds(point.drift), point.action])
    return buffer.getvalue()


def _write_text(path: Path, text: str, encoding: str) -> None:
    path.write_text(text, encoding=encoding, newline="")


def write_csv(report: Report, path: str | Path, lang: Lang) -> None:
    """UTF-8 with a BOM: Excel on Korean Windows opens it with Hangul intact."""
    _write_text(Path(path), csv_text(report, lang), "utf-8-sig")


def write_drift_csv(report: Report, path: str | Path, lang: Lang) -> None:
    _write_text(Path(path), drift_csv_text(report, lang), "utf-8-sig")


def _time_or_none(value: float | None) -> str | None:
    return None if value is None else clock_text(value)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def to_json(report: Report) -> dict[str, Any]:
    """The report as JSON values; ``questions`` only when the operator timed any."""
    summary = report.summary

    def row_json(row: Row | None) -> dict[str, Any] | None:
        if row is None:
            return None
        return {
            "kind": row.kind.value,
            "item": row.item_index,
            "segment": row.segment_index,
            "number": row.number,
            "part": row.part,
            "title": row.title,
            "who": row.who,
            "phase": row.phase.value,
            "status": row.status.value,
            "planned_start": clock_text(row.planned_start),
            "planned_duration_s": _round(row.planned_duration),
            "allotted_s": _round(row.allotted),
            "actual_start": _time_or_none(row.actual_start),
            "actual_end": _time_or_none(row.actual_end),
            "actual_duration_s": _round(row.actual_duration),
            "start_delay_s": _round(row.start_delay),
            "difference_s": _round(row.difference),
            "over_allotted_s": _round(row.over_allotted),
        } | ({"chair": row.chair} if row.chair else {})

    return {
        "format": 1,
        "show": {
            "title": report.title,
            "date": report.date.isoformat(),
            "journal": str(report.journal),
            "agenda_sha256": report.agenda_sha256,
            "app": report.app,
        },
        "summary": {
            "ended": summary.ended,
            "planned_start": clock_text(summary.planned_start),
            "planned_end": clock_text(summary.planned_end),
            "actual_start": _time_or_none(summary.actual_start),
            "actual_end": _time_or_none(summary.actual_end),
            "projected_end": clock_text(summary.projected_end),
            "end_difference_s": _round(summary.end_difference),
            "total_over_s": _round(summary.total_over),
            "total_under_s": _round(summary.total_under),
            "items_over": summary.items_over,
            "turns_over": summary.turns_over,
            "longest_item": row_json(summary.longest_item),
            "longest_turn": row_json(summary.longest_turn),
            "skipped": [row.number for row in summary.skipped],
        },
        "rows": [row_json(row) for row in report.rows],
        "drift": [
            {"time": clock_text(p.time_of_day), "drift_s": _round(p.drift), "action": p.action}
            for p in report.drift
        ],
        "notices": [
            {"code": n.code, "line": n.line, "en": n.message("en"), "ko": n.message("ko")}
            for n in report.notices
        ],
    } | _questions_json(report)


def _questions_json(report: Report) -> dict[str, Any]:
    if not report.questions:
        return {}
    return {
        "questions": [
            {
                "item": question.item_index,
                "number": question.number,
                "order": question.order,
                "question_s": _round(question.question),
                "answer_s": _round(question.answer),
            }
            for question in report.questions
        ]
    }


def write_json(report: Report, path: str | Path) -> None:
    text = json.dumps(to_json(report), ensure_ascii=False, indent=2) + "\n"
    _write_text(Path(path), text, "utf-8")


def write_tables(report: Report, folder: str | Path, lang: Lang) -> list[Path]:
    """The CSV and JSON files of a report in ``folder``; returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / REPORT_CSV, folder / DRIFT_CSV, folder / REPORT_JSON]
    write_csv(report, paths[0], lang)
    write_drift_csv(report, paths[1], lang)
    write_json(report, paths[2])
    return paths
