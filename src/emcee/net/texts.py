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

from emcee.core.texts import LANGUAGES, QT_TRANSLATE_NOOP, Lang, translate

WEB = "WebViews"
PRESENTER = "Presenter"  # emcee.ui.presenter.picture
TIMER = "TimerPanel"  # the console's panels (emcee.ui.panels)
STATUS = "StatusPanel"
BANNER = "Banner"
ROWS = "AgendaModel"  # the console's live agenda (emcee.ui.agenda_model)

# key -> (context, English)
TEXTS: dict[str, tuple[str, str]] = {
    # The views, as the panel and the pages name them.
    "view_stage": (WEB, QT_TRANSLATE_NOOP("WebViews", "Stage timer")),
    "view_moderator": (WEB, QT_TRANSLATE_NOOP("WebViews", "Moderator")),
    "view_backstage": (WEB, QT_TRANSLATE_NOOP("WebViews", "Backstage run-down")),
    "view_programme": (WEB, QT_TRANSLATE_NOOP("WebViews", "Programme")),
    "view_clock": (WEB, QT_TRANSLATE_NOOP("WebViews", "Clock")),
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
    "break": (PRESENTER, "Break"),
    "registration": (PRESENTER, "Registration"),
    "opening": (PRESENTER, "Opening"),
    "closing": (PRESENTER, "Closing"),
    "next": (PRESENTER, "Next: %1"),
    "resuming_at": (PRESENTER, "%1 — resuming at %2"),
    "resuming_shortly": (PRESENTER, "%1 — resuming shortly"),
    "planned_at": (PRESENTER, "(planned %1)"),
    "starts_at": (PRESENTER, "Starts at %1"),
    "starting_shortly": (PRESENTER, "Starting shortly"),
    "thank_you": (PRESENTER, "Thank you"),
    # The console's words, and the pages' own where the console has none as short.
    "block_left": (WEB, QT_TRANSLATE_NOOP("WebViews", "block left %1")),
    "block_over": (WEB, QT_TRANSLATE_NOOP("WebViews", "block over by %1")),
    "on_schedule": (STATUS, "On schedule"),
    "behind": (WEB, QT_TRANSLATE_NOOP("WebViews", "%1 min behind")),
    "ahead": (WEB, QT_TRANSLATE_NOOP("WebViews", "%1 min ahead")),
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


@cache
def page_texts() -> dict[Lang, dict[str, str]]:
    """Each language's texts by key, as the pages get them."""
    return {
        lang: {key: translate(context, text, lang) for key, (context, text) in TEXTS.items()}
        | {"language": OTHER_LANGUAGE[lang]}
        for lang in LANGUAGES
    }


def http_message(status: int) -> tuple[str, str]:
    """(Korean, English) for a refused request."""
    text = HTTP_MESSAGES.get(status, HTTP_MESSAGES[404])
    return translate(WEB, text, "ko"), text


def view_name(role: str, lang: Lang) -> str:
    """A view's name as the panel and the pages say it."""
    return page_texts()[lang][f"view_{role}"]
