"""Every text the web views show, from the one catalogue (emcee.core.texts).

The pages get their texts in both languages as JSON (written into each page) and choose
the language on the page; no text is written in the pages' scripts. Where a page says what
the presenter screen or the console says, it takes their words (their context in the
catalogue, resources/translations), so that the moderator's phone and the laptop say it
alike; the pages' own words are in the context ``WebViews`` (sharing_ko.ts). ``%1``,
``%2`` are filled in by the page.
"""

from __future__ import annotations

from functools import cache

from emcee.core.agenda.model import PhaseKind
from emcee.core.agenda.phases import PHASE_NAMES
from emcee.core.texts import LANGUAGES, QT_TRANSLATE_NOOP, Lang, translate

WEB = "WebViews"
PRESENTER = "Presenter"  # emcee.ui.presenter.picture
TIMER = "TimerPanel"  # the console's panels (emcee.ui.panels)
STATUS = "StatusPanel"
BANNER = "Banner"
ROWS = "AgendaModel"  # the console's live agenda (emcee.ui.agenda_model)
PHASE = "Phase"  # the kinds of phase (emcee.core.agenda.phases)
SCRIPT = "McScript"  # the console's MC script (emcee.ui.mc_script)
CONSOLE = "ConsoleWindow"  # the console's own words for the remote's buttons
KEYS = "KeyMap"  # the commands as the console's menus name them (emcee.ui.keymap)
MESSAGES = "MessagePanel"  # emcee.ui.messages
PROPOSAL = "ProposalPanel"  # the rebalancing proposal (emcee.ui.panels)
COMMANDS = "ShowCommands"  # the console's questions (emcee.ui.console.commands)

# key -> (context, English)
TEXTS: dict[str, tuple[str, str]] = {
    # The views, as the panel and the pages name them.
    "view_stage": (WEB, QT_TRANSLATE_NOOP("WebViews", "Stage timer")),
    "view_moderator": (WEB, QT_TRANSLATE_NOOP("WebViews", "Moderator")),
    "view_mc": (WEB, QT_TRANSLATE_NOOP("WebViews", "MC script")),
    "no_script": (SCRIPT, "This agenda has no lines for the MC (mc = …)."),
    "view_backstage": (WEB, QT_TRANSLATE_NOOP("WebViews", "Backstage run-down")),
    "view_programme": (WEB, QT_TRANSLATE_NOOP("WebViews", "Programme")),
    "view_clock": (WEB, QT_TRANSLATE_NOOP("WebViews", "Clock")),
    "view_control": (WEB, QT_TRANSLATE_NOOP("WebViews", "Remote control")),
    # The connection.
    "connecting": (WEB, QT_TRANSLATE_NOOP("WebViews", "Connecting…")),
    "lost": (WEB, QT_TRANSLATE_NOOP("WebViews", "Connection lost. Reconnecting…")),
    "expired": (
        WEB,
        QT_TRANSLATE_NOOP(
            "WebViews", "This link no longer works: ask the operator for the new QR code."
        ),
    ),
    # The presenter screen's words.
    "time_left": (PRESENTER, "Time left"),
    "warning": (PRESENTER, "Time is nearly up"),
    "final": (PRESENTER, "Please wrap up"),
    "time_up": (PRESENTER, "Time is up"),
    "overtime": (PRESENTER, "Over time"),
    "elapsed": (PRESENTER, "Elapsed"),
    "current_time": (PRESENTER, "Current time"),
    "paused": (PRESENTER, "Paused"),
    "presentation": (PRESENTER, "Presentation"),
    "discussion": (PRESENTER, "Discussion"),
    # The other kinds of phase, as the core names them (the page capitalises them).
    **{
        f"phase_{kind.value}": (PHASE, PHASE_NAMES[kind])
        for kind in PhaseKind
        if kind not in (PhaseKind.MAIN, PhaseKind.PRESENTATION, PhaseKind.DISCUSSION)
    },
    "break": (PRESENTER, "Break"),
    "registration": (PRESENTER, "Registration"),
    "opening": (PRESENTER, "Opening"),
    "closing": (PRESENTER, "Closing"),
    "next": (PRESENTER, "Next: %1"),
    "question": (PRESENTER, "Question %1 · %2"),
    "answer": (PRESENTER, "Answer %1 · %2"),
    "resuming_at": (PRESENTER, "%1 — resuming at %2"),
    "resuming_shortly": (PRESENTER, "%1 — resuming shortly"),
    "planned_at": (PRESENTER, "(planned %1)"),
    "starts_at": (PRESENTER, "Starts at %1"),
    "starting_shortly": (PRESENTER, "Starting shortly"),
    "thank_you": (PRESENTER, "Thank you"),
    # The console's words, and the pages' own where the console has none as short.
    "block_left": (WEB, QT_TRANSLATE_NOOP("WebViews", "block left %1")),
    "block_over": (WEB, QT_TRANSLATE_NOOP("WebViews", "block over by %1")),
    # The drift as the console's header says it: what it measures, then by how much.
    "on_schedule": (STATUS, "Current item on time"),
    "behind": (WEB, QT_TRANSLATE_NOOP("WebViews", "Current item %1 min behind")),
    "ahead": (WEB, QT_TRANSLATE_NOOP("WebViews", "Current item %1 min ahead")),
    "expected_end": (WEB, QT_TRANSLATE_NOOP("WebViews", "Expected end %1")),
    "planned_end": (STATUS, "planned %1"),
    "hard_end": (STATUS, "hard end %1"),
    "ended": (TIMER, "The show has ended"),
    "not_started": (TIMER, "Not started · planned start %1"),
    "status_done": (ROWS, "done"),
    "status_live": (ROWS, "live"),
    "status_next": (ROWS, "next"),
    "status_upcoming": (ROWS, "upcoming"),
    "status_skipped": (ROWS, "skipped"),
    "alert_warning": (BANNER, "%1: %2 left"),
    "alert_final": (WEB, QT_TRANSLATE_NOOP("WebViews", "Final warning: %1, %2 left")),
    "alert_time_up": (BANNER, "%1: time is up"),
    "alert_overtime": (WEB, QT_TRANSLATE_NOOP("WebViews", "%1 over time by %2 min")),
    "notes": ("NotesPane", "Notes for the moderator"),
    "on_stage": ("MessagePanel", "On the presenter screen: “%1”"),
    "blacked_out": (WEB, QT_TRANSLATE_NOOP("WebViews", "Presenter screen is blacked out")),
    # The moderator's cues and alerts.
    "cue": (WEB, QT_TRANSLATE_NOOP("WebViews", "From the operator")),
    "cue_read": (WEB, QT_TRANSLATE_NOOP("WebViews", "Got it")),
    "vibrate_on": (WEB, QT_TRANSLATE_NOOP("WebViews", "Turn on vibration for alerts")),
    "vibrate_is_on": (WEB, QT_TRANSLATE_NOOP("WebViews", "Vibration on for alerts")),
    # The run-down.
    "now": (WEB, QT_TRANSLATE_NOOP("WebViews", "Now")),
    "up_next": (WEB, QT_TRANSLATE_NOOP("WebViews", "Up next")),
    "on_in": (WEB, QT_TRANSLATE_NOOP("WebViews", "On in %1 min")),
    "on_now": (WEB, QT_TRANSLATE_NOOP("WebViews", "On now")),
    "planned": (WEB, QT_TRANSLATE_NOOP("WebViews", "Planned")),
    "expected": (WEB, QT_TRANSLATE_NOOP("WebViews", "Expected")),
    "turn_of": (WEB, QT_TRANSLATE_NOOP("WebViews", "%1 of %2")),
    # The remote (the control link): the console's words for its buttons where it has them.
    "start": (CONSOLE, "Start"),
    "pause": (CONSOLE, "Pause"),
    "resume": (WEB, QT_TRANSLATE_NOOP("WebViews", "Resume")),
    "previous": (WEB, QT_TRANSLATE_NOOP("WebViews", "← Previous")),
    "next_turn": (WEB, QT_TRANSLATE_NOOP("WebViews", "Next →")),
    "minus_minute": (KEYS, "–1 min"),
    "plus_minute": (KEYS, "+1 min"),
    "restart_turn": (KEYS, "Restart turn"),
    "question_timer": (KEYS, "Question timer"),
    "undo": (KEYS, "Undo"),
    "blackout": (KEYS, "Blackout"),
    "blackout_off": (WEB, QT_TRANSLATE_NOOP("WebViews", "End blackout")),
    "messages": (WEB, QT_TRANSLATE_NOOP("WebViews", "Messages")),
    "to_stage": (KEYS, "Presenter screen"),
    "to_moderator": (WEB, "Moderator"),  # the view's name
    "message_placeholder": (WEB, QT_TRANSLATE_NOOP("WebViews", "Type a message")),
    "send": (MESSAGES, "Send"),
    "take_off": (WEB, QT_TRANSLATE_NOOP("WebViews", "Take off")),
    "blink": (MESSAGES, "Blink"),
    "on_moderator": (WEB, QT_TRANSLATE_NOOP("WebViews", "To the moderator: “%1”")),
    "proposal": (
        WEB,
        QT_TRANSLATE_NOOP("WebViews", "Expected end %1 is %2 min past %3. To finish on time:"),
    ),
    "proposal_change": (WEB, QT_TRANSLATE_NOOP("WebViews", "%1: %2 → %3 min")),
    "proposal_shortfall": (
        WEB,
        QT_TRANSLATE_NOOP(
            "WebViews", "%1 min cannot be absorbed without going below the minimums."
        ),
    ),
    "presentations": (PROPOSAL, "presentations"),
    "apply": (PROPOSAL, "Apply"),
    "shortened": (PROPOSAL, "The programme was shortened to finish on time."),
    "undo_shortening": (WEB, QT_TRANSLATE_NOOP("WebViews", "Undo the shortening")),
    "go_to": (WEB, QT_TRANSLATE_NOOP("WebViews", "Go to")),
    "jump_question": (
        WEB,
        QT_TRANSLATE_NOOP("WebViews", "Jump to “%1”? The current turn ends now."),
    ),
    "jump": (COMMANDS, "Jump"),
    "end_show": (KEYS, "End the show…"),
    "end_question": (COMMANDS, "End the show now?"),
    "end": (WEB, QT_TRANSLATE_NOOP("WebViews", "End")),
    "cancel": (WEB, QT_TRANSLATE_NOOP("WebViews", "Cancel")),
    "plan_question": (COMMANDS, "The plan starts at %1; it is %2 now."),
    "move_plan": (COMMANDS, "Move the plan to now"),
    "keep_plan": (COMMANDS, "Keep the planned times"),
    "read_only": (
        WEB,
        QT_TRANSLATE_NOOP(
            "WebViews", "Remote control is switched off: this page only shows the show."
        ),
    ),
    "no_answer": (
        WEB,
        QT_TRANSLATE_NOOP("WebViews", "No answer: check the connection and press again."),
    ),
}
# The page's language button offers the other language, in that language's own words
# (as the console's Language menu names them): not translated.
OTHER_LANGUAGE: dict[Lang, str] = {"ko": "English", "en": "한국어"}

# The answers to requests that are not served (plain HTTP, before any page runs).
HTTP_MESSAGES: dict[int, str] = {
    400: QT_TRANSLATE_NOOP("WebViews", "A malformed address: open the link as given."),
    401: QT_TRANSLATE_NOOP(
        "WebViews",
        "This address does not open on its own: open the QR code or link the operator gives.",
    ),
    403: QT_TRANSLATE_NOOP(
        "WebViews",
        "This link does not open this page: it was renewed, or it is another view's. "
        "Ask the operator for the new QR code.",
    ),
    404: QT_TRANSLATE_NOOP("WebViews", "No such page: open the link as given."),
    405: QT_TRANSLATE_NOOP("WebViews", "This page only opens in a browser."),
    503: QT_TRANSLATE_NOOP("WebViews", "Too many connections: try again in a moment."),
}

# Why a remote control request was not done (emcee.net.control), by reason: what happened
# and what to do. ``%1`` is the parameter or value concerned.
CONTROL_MESSAGES: dict[str, str] = {
    # The request itself.
    "bad-request": QT_TRANSLATE_NOOP(
        "WebViews", "The request could not be read: send an HTTP/1.1 request."
    ),
    "bad-handshake": QT_TRANSLATE_NOOP(
        "WebViews",
        "The live connection could not be opened: open the view's link in a browser "
        "(a WebSocket client must send the whole handshake).",
    ),
    "incomplete-request": QT_TRANSLATE_NOOP(
        "WebViews", "The connection closed before the request was complete: send it again."
    ),
    "line-too-long": QT_TRANSLATE_NOOP("WebViews", "The address is too long (4 KB at most)."),
    "headers-too-large": QT_TRANSLATE_NOOP(
        "WebViews", "Too many or too large headers (48 lines, 16 KB at most)."
    ),
    "too-large": QT_TRANSLATE_NOOP("WebViews", "The body is too large (4 KB at most)."),
    "length-required": QT_TRANSLATE_NOOP(
        "WebViews", "Give the body's length (Content-Length): chunked transfer is not accepted."
    ),
    "media-type": QT_TRANSLATE_NOOP(
        "WebViews",
        "This kind of body is not accepted: send a JSON object (application/json) or a "
        "form (application/x-www-form-urlencoded).",
    ),
    "bad-body": QT_TRANSLATE_NOOP(
        "WebViews", "The body could not be read: send a JSON object or a form (a=1&b=2)."
    ),
    "method": QT_TRANSLATE_NOOP("WebViews", "Send it with GET or POST."),
    "bad-packet": QT_TRANSLATE_NOOP(
        "WebViews", "The OSC packet could not be read: send an OSC 1.0 message or bundle."
    ),
    "not-found": QT_TRANSLATE_NOOP(
        "WebViews", "No such address: actions are at /api/v1/<action> (the table in the README)."
    ),
    "unknown-verb": QT_TRANSLATE_NOOP(
        "WebViews", "There is no action ‘%1’: see the table in the README."
    ),
    "unknown-parameter": QT_TRANSLATE_NOOP(
        "WebViews", "This action has no parameter ‘%1’: see the table in the README."
    ),
    "repeated-parameter": QT_TRANSLATE_NOOP(
        "WebViews", "The parameter ‘%1’ is given twice: give it once."
    ),
    "missing-parameter": QT_TRANSLATE_NOOP("WebViews", "The parameter ‘%1’ is needed."),
    "bad-parameter": QT_TRANSLATE_NOOP(
        "WebViews", "The value of ‘%1’ is not valid: see the values allowed in the README's table."
    ),
    # Who may.
    "no-token": QT_TRANSLATE_NOOP(
        "WebViews",
        "No token: send the control link's token in an Authorization: Bearer header or a "
        "token= parameter.",
    ),
    "wrong-token": QT_TRANSLATE_NOOP(
        "WebViews",
        "Wrong token (the links may have been renewed): take the control link again from "
        "the console's sharing panel.",
    ),
    "view-token": QT_TRANSLATE_NOOP(
        "WebViews", "A view's link cannot control the show: use the control link's token."
    ),
    "control-off": QT_TRANSLATE_NOOP(
        "WebViews",
        "Remote control is switched off: the operator can switch it on in the console's "
        "sharing panel.",
    ),
    "too-fast": QT_TRANSLATE_NOOP("WebViews", "Too many requests: try again in a moment."),
    "repeated": QT_TRANSLATE_NOOP(
        "WebViews", "The same action was just done: it was done once (is a key stuck?)."
    ),
    "busy": QT_TRANSLATE_NOOP("WebViews", "The console did not answer: check the laptop."),
    # Not possible now.
    "not-started": QT_TRANSLATE_NOOP(
        "WebViews", "The show has not started: start it first (start)."
    ),
    "already-started": QT_TRANSLATE_NOOP("WebViews", "The show has already started."),
    "not-running": QT_TRANSLATE_NOOP(
        "WebViews", "The show is not running (paused, or not started)."
    ),
    "not-paused": QT_TRANSLATE_NOOP("WebViews", "The show is not paused."),
    "ended": QT_TRANSLATE_NOOP(
        "WebViews", "The show has ended: the console can undo that (Ctrl+Z)."
    ),
    "at-start": QT_TRANSLATE_NOOP("WebViews", "This is the first turn: there is none before it."),
    "no-such-turn": QT_TRANSLATE_NOOP(
        "WebViews", "No such turn (%1): check the numbers in the run-down."
    ),
    "already-there": QT_TRANSLATE_NOOP("WebViews", "That turn is already live."),
    "nothing-to-undo": QT_TRANSLATE_NOOP("WebViews", "Nothing to undo."),
    "no-proposal": QT_TRANSLATE_NOOP(
        "WebViews", "No proposal: the expected end is within the plan."
    ),
    "not-rebalanced": QT_TRANSLATE_NOOP(
        "WebViews", "The last action was not the rebalancing: nothing was undone."
    ),
    "confirm-needed": QT_TRANSLATE_NOOP(
        "WebViews", "To end the show, send it again with confirm=yes."
    ),
    "no-preset": QT_TRANSLATE_NOOP("WebViews", "No such preset message (%1)."),
    "no-open-floor": QT_TRANSLATE_NOOP(
        "WebViews", "Questions are timed in an open discussion or a Q&A, while it runs."
    ),
    "not-possible": QT_TRANSLATE_NOOP("WebViews", "Not possible now."),
    "internal": QT_TRANSLATE_NOOP(
        "WebViews",
        "The console ran into an error (the show goes on): see its error log on the laptop.",
    ),
}


@cache
def page_texts() -> dict[Lang, dict[str, str]]:
    """Each language's texts by key, as the pages get them."""
    return {
        lang: {key: translate(context, text, lang) for key, (context, text) in TEXTS.items()}
        | {"language": OTHER_LANGUAGE[lang]}
        for lang in LANGUAGES
    }


# Requests that could not be read (emcee.net.framing), for a page as for the API.
_UNREADABLE = {
    411: "length-required",
    413: "too-large",
    414: "line-too-long",
    431: "headers-too-large",
}


def http_message(status: int, reason: str = "") -> tuple[str, str]:
    """(Korean, English) for a refused request: ``reason``'s (CONTROL_MESSAGES) when
    given, else the status's."""
    if reason:
        return control_message(reason)
    if status in _UNREADABLE:
        return control_message(_UNREADABLE[status])
    text = HTTP_MESSAGES.get(status, HTTP_MESSAGES[404])
    return translate(WEB, text, "ko"), text


def view_name(role: str, lang: Lang) -> str:
    """A view's name as the panel and the pages say it."""
    return page_texts()[lang][f"view_{role}"]


def control_message(reason: str) -> tuple[str, str]:
    """(Korean, English) for a remote control request that was not done."""
    text = CONTROL_MESSAGES.get(reason, CONTROL_MESSAGES["not-possible"])
    return translate(WEB, text, "ko"), text
