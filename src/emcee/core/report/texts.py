"""The report's words in Korean and English, its times as people read them, and the
summary in a few sentences."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from emcee.core.engine.snapshot import Status
from emcee.core.report.model import Report
from emcee.core.texts import QT_TRANSLATE_NOOP, Lang, translate
from emcee.core.timefmt import format_wall_clock

LABELS: Mapping[str, str] = MappingProxyType(
    {
        "number": QT_TRANSLATE_NOOP("Report", "No."),
        "part": QT_TRANSLATE_NOOP("Report", "Part"),
        "title": QT_TRANSLATE_NOOP("Report", "Title"),
        "who": QT_TRANSLATE_NOOP("Report", "Presenter"),
        "kind": QT_TRANSLATE_NOOP("Report", "Kind"),
        "status": QT_TRANSLATE_NOOP("Report", "Status"),
        "planned_start": QT_TRANSLATE_NOOP("Report", "Planned start"),
        "planned_duration": QT_TRANSLATE_NOOP("Report", "Planned length"),
        "allotted": QT_TRANSLATE_NOOP("Report", "Allotted"),
        "actual_start": QT_TRANSLATE_NOOP("Report", "Actual start"),
        "actual_end": QT_TRANSLATE_NOOP("Report", "Actual end"),
        "actual_duration": QT_TRANSLATE_NOOP("Report", "Actual length"),
        "start_delay": QT_TRANSLATE_NOOP("Report", "Start difference (s)"),
        "difference": QT_TRANSLATE_NOOP("Report", "Length difference (s)"),
        "over_allotted": QT_TRANSLATE_NOOP("Report", "Over allotted (s)"),
        "chair": QT_TRANSLATE_NOOP("Report", "Chair"),
        "time": QT_TRANSLATE_NOOP("Report", "Time"),
        "drift": QT_TRANSLATE_NOOP("Report", "Drift (s, + behind plan)"),
        "drift_minutes": QT_TRANSLATE_NOOP("Report", "Drift (min)"),
        "action": QT_TRANSLATE_NOOP("Report", "Action"),
        Status.DONE: QT_TRANSLATE_NOOP("Report", "done"),
        Status.LIVE: QT_TRANSLATE_NOOP("Report", "live"),
        Status.NEXT: QT_TRANSLATE_NOOP("Report", "next"),
        Status.UPCOMING: QT_TRANSLATE_NOOP("Report", "upcoming"),
        Status.SKIPPED: QT_TRANSLATE_NOOP("Report", "skipped"),
        "summary_end": QT_TRANSLATE_NOOP(
            "Report", "Ended {actual} (planned {planned}, {difference})"
        ),
        "summary_projected": QT_TRANSLATE_NOOP(
            "Report", "Not ended; last projected end {actual} (planned {planned}, {difference})"
        ),
        "summary_over": QT_TRANSLATE_NOOP(
            "Report", "Over plan: {over} in {count} item(s); under plan: {under}"
        ),
        "summary_longest_item": QT_TRANSLATE_NOOP("Report", "Longest overrun: {name} {over}"),
        "summary_speakers": QT_TRANSLATE_NOOP(
            "Report", "{count} speaker turn(s) over their time; longest: {name} {over}"
        ),
        "summary_no_speakers": QT_TRANSLATE_NOOP("Report", "No speaker went over their time"),
        "summary_skipped": QT_TRANSLATE_NOOP("Report", "Skipped: {count} item(s) ({numbers})"),
        "summary_questions": QT_TRANSLATE_NOOP(
            "Report",
            "Questions in {name}: {count}, {asked} on average to ask and {answered} to answer",
        ),
    }
)


def label(key: str, lang: Lang) -> str:
    return translate("Report", LABELS[key], lang)


def clock_text(seconds: float) -> str:
    """A time of day as ``14:10:00``, to the nearest second (Excel reads it as a time)."""
    return format_wall_clock(round(seconds))


def length_text(seconds: float) -> str:
    """A length as ``0:35:00``: hours first, so Excel does not read 35:00 as 35 hours."""
    whole = round(abs(seconds))
    sign = "-" if seconds < 0 and whole else ""
    return f"{sign}{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def signed_minutes(seconds: float) -> str:
    """``+6:00``, ``-5:00``, ``±0:00``: a difference as people say it."""
    whole = round(seconds)
    sign = "+" if whole > 0 else "-" if whole < 0 else "±"
    return f"{sign}{abs(whole) // 60}:{abs(whole) % 60:02d}"


def summary_lines(report: Report, lang: Lang) -> list[str]:
    summary = report.summary
    end_key = "summary_end" if summary.ended else "summary_projected"
    lines = [
        label(end_key, lang).format(
            actual=clock_text(summary.projected_end),
            planned=clock_text(summary.planned_end),
            difference=signed_minutes(summary.end_difference),
        ),
        label("summary_over", lang).format(
            over=signed_minutes(summary.total_over),
            count=summary.items_over,
            under=signed_minutes(-summary.total_under),
        ),
    ]
    longest = summary.longest_item
    if longest is not None and longest.difference is not None:
        lines.append(
            label("summary_longest_item", lang).format(
                name=longest.name, over=signed_minutes(longest.difference)
            )
        )
    turn = summary.longest_turn
    if turn is not None and turn.over_allotted is not None:
        lines.append(
            label("summary_speakers", lang).format(
                count=summary.turns_over, name=turn.name, over=signed_minutes(turn.over_allotted)
            )
        )
    else:
        lines.append(label("summary_no_speakers", lang))
    if summary.skipped:
        numbers = ", ".join(row.number for row in summary.skipped)
        lines.append(
            label("summary_skipped", lang).format(count=len(summary.skipped), numbers=numbers)
        )
    lines.extend(_question_lines(report, lang))
    return lines


def _question_lines(report: Report, lang: Lang) -> list[str]:
    """Per item, how many questions were timed and how long they took on average."""
    lines = []
    for item in report.items:
        asked = [q for q in report.questions if q.item_index == item.item_index]
        if not asked:
            continue
        answers = [q.answer for q in asked if q.answer is not None]
        lines.append(
            label("summary_questions", lang).format(
                name=f"{item.number}. {item.title}",
                count=len(asked),
                asked=minutes_text(sum(q.question for q in asked) / len(asked)),
                answered=minutes_text(sum(answers) / len(answers)) if answers else "–",
            )
        )
    return lines


def minutes_text(seconds: float) -> str:
    """``1:05``: a short length as people say it."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"
