"""Every text the web views show, Korean and English, in one table.

The pages get the table as JSON (written into each page) and choose the language on the
page; no text is written in the pages' scripts. The words are the console's and the
presenter screen's for the same things (resources/translations), so that the moderator's
phone and the laptop say it alike. ``%1``, ``%2`` are filled in by the page.
"""

from __future__ import annotations

# key: (Korean, English)
TEXTS: dict[str, tuple[str, str]] = {
    # The views, as the panel and the pages name them.
    "view_stage": ("발표자 타이머", "Stage timer"),
    "view_moderator": ("사회자", "Moderator"),
    "view_backstage": ("무대 뒤 진행표", "Backstage run-down"),
    "view_programme": ("프로그램", "Programme"),
    "view_clock": ("시계", "Clock"),
    "language": ("English", "한국어"),  # the button offers the other language
    # The connection.
    "connecting": ("연결 중…", "Connecting…"),
    "lost": ("연결이 끊겼습니다. 다시 연결하는 중…", "Connection lost. Reconnecting…"),
    "expired": (
        "이 링크는 더 이상 쓸 수 없습니다. 진행자에게 새 QR 코드를 받으세요.",
        "This link no longer works: ask the operator for the new QR code.",
    ),
    # The presenter screen's words (presenter_ko.ts).
    "time_left": ("남은 시간", "Time left"),
    "warning": ("곧 종료", "Time is nearly up"),
    "final": ("마무리해 주세요", "Please wrap up"),
    "time_up": ("시간 종료", "Time is up"),
    "overtime": ("시간 초과", "Over time"),
    "elapsed": ("경과 시간", "Elapsed"),
    "current_time": ("현재 시각", "Current time"),
    "paused": ("일시 정지", "Paused"),
    "presentation": ("발표", "Presentation"),
    "discussion": ("토론", "Discussion"),
    "break": ("휴식", "Break"),
    "registration": ("등록", "Registration"),
    "opening": ("개회", "Opening"),
    "closing": ("폐회", "Closing"),
    "next": ("다음: %1", "Next: %1"),
    "resuming_at": ("%1 — %2에 다시 시작합니다", "%1 — resuming at %2"),
    "resuming_shortly": ("%1 — 곧 다시 시작합니다", "%1 — resuming shortly"),
    "planned_at": ("(예정 %1)", "(planned %1)"),
    "starts_at": ("%1에 시작합니다", "Starts at %1"),
    "starting_shortly": ("곧 시작합니다", "Starting shortly"),
    "thank_you": ("감사합니다", "Thank you"),
    # The console's words (console_ko.ts).
    "block_left": ("블록 잔여 %1", "block left %1"),
    "block_over": ("블록 %1 초과", "block over by %1"),
    "on_schedule": ("정시 진행", "On schedule"),
    "behind": ("%1분 지연", "%1 min behind"),
    "ahead": ("%1분 여유", "%1 min ahead"),
    "expected_end": ("예상 종료 %1", "Expected end %1"),
    "planned_end": ("계획 %1", "planned %1"),
    "hard_end": ("마감 %1", "hard end %1"),
    "ended": ("진행이 끝났습니다", "The show has ended"),
    "not_started": ("시작 전 · %1 시작 예정", "Not started · planned start %1"),
    "status_done": ("완료", "done"),
    "status_live": ("진행 중", "live"),
    "status_next": ("다음", "next"),
    "status_upcoming": ("예정", "upcoming"),
    "status_skipped": ("건너뜀", "skipped"),
    "alert_warning": ("%1: %2 남음", "%1: %2 left"),
    "alert_final": ("마지막 경고: %1 %2 남음", "Final warning: %1, %2 left"),
    "alert_time_up": ("%1: 시간 종료", "%1: time is up"),
    "alert_overtime": ("%1 시간 초과 %2분", "%1 over time by %2 min"),
    "notes": ("사회자 메모 (비고)", "Notes for the moderator"),
    "on_stage": ("발표자 화면에 표시 중: “%1”", "On the presenter screen: “%1”"),
    "blacked_out": ("발표자 화면 가림 중", "Presenter screen is blacked out"),
    # The moderator's cues and alerts.
    "cue": ("진행자 메시지", "From the operator"),
    "cue_read": ("확인", "Got it"),
    "vibrate_on": ("알림 진동 켜기", "Turn on vibration for alerts"),
    "vibrate_is_on": ("알림 진동 켜짐", "Vibration on for alerts"),
    # The run-down.
    "now": ("지금", "Now"),
    "up_next": ("다음 순서", "Up next"),
    "on_in": ("%1분 후 시작", "On in %1 min"),
    "on_now": ("지금 시작", "On now"),
    "planned": ("계획", "Planned"),
    "expected": ("예상", "Expected"),
    "turn_of": ("%1/%2", "%1 of %2"),
}

# The answers to requests that are not served (plain HTTP, before any page runs).
HTTP_MESSAGES: dict[int, tuple[str, str]] = {
    400: (
        "잘못된 주소입니다. 받은 링크를 그대로 여세요.",
        "A malformed address: open the link as given.",
    ),
    401: (
        "이 주소만으로는 열 수 없습니다. 진행자가 보여 주는 QR 코드나 링크를 그대로 여세요.",
        "This address does not open on its own: open the QR code or link the operator gives.",
    ),
    403: (
        "이 링크로는 열 수 없습니다. 링크가 바뀌었거나 다른 화면의 링크입니다. "
        "진행자에게 새 QR 코드를 받으세요.",
        "This link does not open this page: it was renewed, or it is another view's. "
        "Ask the operator for the new QR code.",
    ),
    404: ("없는 페이지입니다. 받은 링크를 그대로 여세요.", "No such page: open the link as given."),
    405: ("이 방법으로는 열 수 없습니다.", "This page only opens in a browser."),
    503: (
        "연결이 너무 많습니다. 잠시 뒤 다시 여세요.",
        "Too many connections: try again in a moment.",
    ),
}

LANGUAGES = ("ko", "en")
PAGE_TEXTS: dict[str, dict[str, str]] = {
    lang: {key: pair[index] for key, pair in TEXTS.items()} for index, lang in enumerate(LANGUAGES)
}


def http_message(status: int) -> tuple[str, str]:
    """(Korean, English) for a refused request."""
    return HTTP_MESSAGES.get(status, HTTP_MESSAGES[404])


def view_name(role: str, lang: str) -> str:
    """A view's name as the panel and the pages say it."""
    korean, english = TEXTS[f"view_{role}"]
    return korean if lang == "ko" else english
