"""The report's words in Korean and English, its times as people read them, and the
summary in a few sentences."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from emcee.core.agenda.problems import Lang, in_language
from emcee.core.agenda.schedule import PhaseKind
from emcee.core.engine.snapshot import Status
from emcee.core.report.model import Report
from emcee.core.timefmt import format_wall_clock

# key -> (English, Korean)
LABELS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "number": ("No.", "번호"),
        "part": ("Part", "부"),
        "title": ("Title", "제목"),
        "who": ("Presenter", "발표자"),
        "kind": ("Kind", "구분"),
        "status": ("Status", "상태"),
        "planned_start": ("Planned start", "계획 시작"),
        "planned_duration": ("Planned length", "계획 길이"),
        "allotted": ("Allotted", "배정 시간"),
        "actual_start": ("Actual start", "실제 시작"),
        "actual_end": ("Actual end", "실제 종료"),
        "actual_duration": ("Actual length", "실제 길이"),
        "start_delay": ("Start difference (s)", "시작 차이(초)"),
        "difference": ("Length difference (s)", "길이 차이(초)"),
        "over_allotted": ("Over allotted (s)", "배정 초과(초)"),
        "time": ("Time", "시각"),
        "drift": ("Drift (s, + behind plan)", "지연(초, +는 늦음)"),
        "drift_minutes": ("Drift (min)", "지연(분)"),
        "action": ("Action", "조작"),
        PhaseKind.MAIN: ("item", "항목"),
        PhaseKind.PRESENTATION: ("presentation", "발표"),
        PhaseKind.DISCUSSION: ("discussion", "토론"),
        Status.DONE: ("done", "완료"),
        Status.LIVE: ("live", "진행 중"),
        Status.NEXT: ("next", "다음"),
        Status.UPCOMING: ("upcoming", "예정"),
        Status.SKIPPED: ("skipped", "건너뜀"),
        "summary_end": (
            "Ended {actual} (planned {planned}, {difference})",
            "종료 {actual} (계획 {planned}, {difference})",
        ),
        "summary_projected": (
            "Not ended; last projected end {actual} (planned {planned}, {difference})",
            "종료되지 않음. 마지막 예상 종료 {actual} (계획 {planned}, {difference})",
        ),
        "summary_over": (
            "Over plan: {over} in {count} item(s); under plan: {under}",
            "계획보다 길어진 시간: {over} (항목 {count}개), 줄어든 시간: {under}",
        ),
        "summary_longest_item": (
            "Longest overrun: {name} {over}",
            "가장 길어진 항목: {name} {over}",
        ),
        "summary_speakers": (
            "{count} speaker turn(s) over their time; longest: {name} {over}",
            "배정 시간을 넘긴 발표 {count}건, 가장 긴 초과: {name} {over}",
        ),
        "summary_no_speakers": (
            "No speaker went over their time",
            "배정 시간을 넘긴 발표가 없습니다",
        ),
        "summary_skipped": (
            "Skipped: {count} item(s) ({numbers})",
            "건너뛴 항목 {count}개 ({numbers})",
        ),
    }
)


def label(key: str, lang: Lang) -> str:
    return in_language(LABELS[key], lang)


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
    return lines
