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
    "view_control": ("원격 제어", "Remote control"),
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
    # The remote (the control link): the console's words for its buttons (console_ko.ts).
    "start": ("시작", "Start"),
    "pause": ("일시정지", "Pause"),
    "resume": ("재개", "Resume"),
    "previous": ("← 이전", "← Previous"),
    "next_turn": ("다음 →", "Next →"),
    "minus_minute": ("–1분", "–1 min"),
    "plus_minute": ("+1분", "+1 min"),
    "restart_turn": ("이번 순서 다시 재기", "Restart turn"),
    "undo": ("되돌리기", "Undo"),
    "blackout": ("화면 가리기", "Blackout"),
    "blackout_off": ("화면 가리기 끝", "End blackout"),
    "messages": ("메시지", "Messages"),
    "to_stage": ("발표자 화면", "Presenter screen"),
    "to_moderator": ("사회자", "Moderator"),
    "message_placeholder": ("메시지를 입력하세요", "Type a message"),
    "send": ("보내기", "Send"),
    "take_off": ("내리기", "Take off"),
    "blink": ("깜빡임", "Blink"),
    "on_moderator": ("사회자에게 보낸 메시지: “%1”", "To the moderator: “%1”"),
    "proposal": (
        "예상 종료(%1)가 %3보다 %2분 늦습니다. 제시간에 끝내려면:",
        "Expected end %1 is %2 min past %3. To finish on time:",
    ),
    "proposal_change": ("%1: %2분 → %3분", "%1: %2 → %3 min"),
    "proposal_shortfall": (
        "최소 시간 아래로 줄이지 않고는 %1분을 더 줄일 수 없습니다.",
        "%1 min cannot be absorbed without going below the minimums.",
    ),
    "presentations": ("발표", "presentations"),
    "apply": ("적용", "Apply"),
    "shortened": (
        "제시간에 끝나도록 일정을 줄였습니다.",
        "The programme was shortened to finish on time.",
    ),
    "undo_shortening": ("줄이기 되돌리기", "Undo the shortening"),
    "go_to": ("순서로 이동", "Go to"),
    "jump_question": (
        "“%1”(으)로 이동할까요? 지금 순서는 여기서 끝납니다.",
        "Jump to “%1”? The current turn ends now.",
    ),
    "jump": ("이동", "Jump"),
    "end_show": ("진행 종료…", "End the show…"),
    "end_question": ("지금 진행을 끝낼까요?", "End the show now?"),
    "end": ("끝내기", "End"),
    "cancel": ("취소", "Cancel"),
    "plan_question": (
        "계획된 시작은 %1이고, 지금은 %2입니다.",
        "The plan starts at %1; it is %2 now.",
    ),
    "move_plan": ("일정을 지금으로 옮기기", "Move the plan to now"),
    "keep_plan": ("계획 시각 유지", "Keep the planned times"),
    "read_only": (
        "원격 제어가 꺼져 있습니다. 진행을 볼 수만 있습니다.",
        "Remote control is switched off: this page only shows the show.",
    ),
    "no_answer": (
        "응답이 없습니다. 연결을 확인하고 다시 누르세요.",
        "No answer: check the connection and press again.",
    ),
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

# Why a remote control request was not done (emcee.net.control), by reason: what happened
# and what to do. ``%1`` is the parameter or value concerned.
CONTROL_MESSAGES: dict[str, tuple[str, str]] = {
    # The request itself.
    "bad-request": (
        "요청을 읽을 수 없습니다. HTTP/1.1 요청으로 보내세요.",
        "The request could not be read: send an HTTP/1.1 request.",
    ),
    "incomplete-request": (
        "요청이 끝나기 전에 연결이 닫혔습니다. 다시 보내세요.",
        "The connection closed before the request was complete: send it again.",
    ),
    "line-too-long": (
        "주소가 너무 깁니다 (4 KB까지).",
        "The address is too long (4 KB at most).",
    ),
    "headers-too-large": (
        "헤더가 너무 많거나 큽니다 (48줄, 16 KB까지).",
        "Too many or too large headers (48 lines, 16 KB at most).",
    ),
    "too-large": (
        "본문이 너무 큽니다 (4 KB까지).",
        "The body is too large (4 KB at most).",
    ),
    "length-required": (
        "본문의 길이(Content-Length)를 알려 주세요. 청크 전송은 받지 않습니다.",
        "Give the body's length (Content-Length): chunked transfer is not accepted.",
    ),
    "media-type": (
        "이 형식의 본문은 받지 않습니다. JSON 객체(application/json)나 "
        "폼(application/x-www-form-urlencoded)으로 보내세요.",
        "This kind of body is not accepted: send a JSON object (application/json) or a "
        "form (application/x-www-form-urlencoded).",
    ),
    "bad-body": (
        "본문을 읽을 수 없습니다. JSON 객체나 폼(a=1&b=2)으로 보내세요.",
        "The body could not be read: send a JSON object or a form (a=1&b=2).",
    ),
    "method": ("GET이나 POST로 보내세요.", "Send it with GET or POST."),
    "bad-packet": (
        "OSC 패킷을 읽을 수 없습니다. OSC 1.0 메시지나 번들로 보내세요.",
        "The OSC packet could not be read: send an OSC 1.0 message or bundle.",
    ),
    "not-found": (
        "없는 주소입니다. 주소는 /api/v1/동작 입니다 (README의 표).",
        "No such address: actions are at /api/v1/<action> (the table in the README).",
    ),
    "unknown-verb": (
        "‘%1’ 동작은 없습니다. README의 표를 보세요.",
        "There is no action ‘%1’: see the table in the README.",
    ),
    "unknown-parameter": (
        "이 동작에는 ‘%1’ 매개변수가 없습니다. README의 표를 보세요.",
        "This action has no parameter ‘%1’: see the table in the README.",
    ),
    "repeated-parameter": (
        "‘%1’ 매개변수가 두 번 있습니다. 한 번만 보내세요.",
        "The parameter ‘%1’ is given twice: give it once.",
    ),
    "missing-parameter": ("‘%1’ 매개변수가 필요합니다.", "The parameter ‘%1’ is needed."),
    "bad-parameter": (
        "‘%1’ 값이 올바르지 않습니다. README의 표에서 쓸 수 있는 값을 보세요.",
        "The value of ‘%1’ is not valid: see the values allowed in the README's table.",
    ),
    # Who may.
    "no-token": (
        "토큰이 없습니다. 제어 링크의 token을 Authorization: Bearer 헤더나 token= 매개변수로 "
        "보내세요.",
        "No token: send the control link's token in an Authorization: Bearer header or a "
        "token= parameter.",
    ),
    "wrong-token": (
        "토큰이 맞지 않습니다. 링크가 새로 바뀌었을 수 있습니다. 콘솔의 공유 창에서 제어 "
        "링크를 다시 받으세요.",
        "Wrong token (the links may have been renewed): take the control link again from "
        "the console's sharing panel.",
    ),
    "view-token": (
        "보기 화면의 링크로는 진행을 조작할 수 없습니다. 제어 링크의 토큰을 쓰세요.",
        "A view's link cannot control the show: use the control link's token.",
    ),
    "control-off": (
        "원격 제어가 꺼져 있습니다. 진행자가 콘솔의 공유 창에서 켤 수 있습니다.",
        "Remote control is switched off: the operator can switch it on in the console's "
        "sharing panel.",
    ),
    "too-fast": (
        "요청이 너무 잦습니다. 잠시 뒤 다시 보내세요.",
        "Too many requests: try again in a moment.",
    ),
    "repeated": (
        "방금 같은 동작을 했습니다. 한 번만 했습니다 (키가 눌린 채인가요?).",
        "The same action was just done: it was done once (is a key stuck?).",
    ),
    "busy": (
        "콘솔이 응답하지 않습니다. 노트북을 확인하세요.",
        "The console did not answer: check the laptop.",
    ),
    # Not possible now.
    "not-started": (
        "아직 시작하지 않았습니다. 먼저 시작하세요 (start).",
        "The show has not started: start it first (start).",
    ),
    "already-started": ("이미 시작했습니다.", "The show has already started."),
    "not-running": (
        "진행 중이 아닙니다 (일시 정지 중이거나 시작 전).",
        "The show is not running (paused, or not started).",
    ),
    "not-paused": ("일시 정지 중이 아닙니다.", "The show is not paused."),
    "ended": (
        "진행이 끝났습니다. 콘솔에서 되돌리기(Ctrl+Z)로 되살릴 수 있습니다.",
        "The show has ended: the console can undo that (Ctrl+Z).",
    ),
    "at-start": (
        "첫 순서입니다. 그 앞은 없습니다.",
        "This is the first turn: there is none before it.",
    ),
    "no-such-turn": (
        "그런 순서가 없습니다 (%1). 진행표의 번호를 확인하세요.",
        "No such turn (%1): check the numbers in the run-down.",
    ),
    "already-there": ("이미 그 순서입니다.", "That turn is already live."),
    "nothing-to-undo": ("되돌릴 동작이 없습니다.", "Nothing to undo."),
    "no-proposal": (
        "조정안이 없습니다. 예상 종료가 계획 안에 있습니다.",
        "No proposal: the expected end is within the plan.",
    ),
    "not-rebalanced": (
        "마지막 동작이 일정 조정이 아니라서 되돌리지 않았습니다.",
        "The last action was not the rebalancing: nothing was undone.",
    ),
    "confirm-needed": (
        "진행을 끝내려면 확인(confirm=yes)과 함께 다시 보내세요.",
        "To end the show, send it again with confirm=yes.",
    ),
    "no-preset": ("그런 준비된 메시지가 없습니다 (%1).", "No such preset message (%1)."),
    "not-possible": ("지금은 할 수 없습니다.", "Not possible now."),
    "internal": (
        "콘솔에서 오류가 났습니다. 진행은 계속됩니다. 노트북의 오류 기록을 확인하세요.",
        "The console ran into an error (the show goes on): see its error log on the laptop.",
    ),
}

LANGUAGES = ("ko", "en")
PAGE_TEXTS: dict[str, dict[str, str]] = {
    lang: {key: pair[index] for key, pair in TEXTS.items()} for index, lang in enumerate(LANGUAGES)
}


# Requests that could not be read (emcee.net.framing), for a page as for the API.
_UNREADABLE = {
    411: "length-required",
    413: "too-large",
    414: "line-too-long",
    431: "headers-too-large",
}


def http_message(status: int) -> tuple[str, str]:
    """(Korean, English) for a refused request."""
    if status in _UNREADABLE:
        return CONTROL_MESSAGES[_UNREADABLE[status]]
    return HTTP_MESSAGES.get(status, HTTP_MESSAGES[404])


def view_name(role: str, lang: str) -> str:
    """A view's name as the panel and the pages say it."""
    korean, english = TEXTS[f"view_{role}"]
    return korean if lang == "ko" else english


def control_message(reason: str) -> tuple[str, str]:
    """(Korean, English) for a remote control request that was not done."""
    return CONTROL_MESSAGES.get(reason, CONTROL_MESSAGES["not-possible"])
