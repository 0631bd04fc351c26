"""The pages' texts come from the one catalogue, with Korean for each, and say what the
presenter screen and the console say for the same things."""

from __future__ import annotations

from emcee.core.texts import catalogue
from emcee.net.texts import (
    CONTROL_MESSAGES,
    HTTP_MESSAGES,
    TEXTS,
    WEB,
    control_message,
    http_message,
    page_texts,
    view_name,
)


def test_every_page_text_and_refusal_has_korean_in_the_catalogue():
    korean = catalogue("ko")
    refusals = [*HTTP_MESSAGES.values(), *CONTROL_MESSAGES.values()]
    wanted = [*TEXTS.values(), *((WEB, text) for text in refusals)]
    assert [entry for entry in wanted if entry not in korean] == []


def test_the_pages_get_both_languages_with_the_console_s_words():
    texts = page_texts()
    assert set(texts) == {"ko", "en"} and texts["ko"].keys() == texts["en"].keys()
    assert (texts["ko"]["time_left"], texts["en"]["time_left"]) == ("남은 시간", "Time left")
    assert texts["ko"]["notes"] == "사회자 메모 (비고)"  # the console's panel title
    assert (texts["ko"]["language"], texts["en"]["language"]) == ("English", "한국어")
    assert view_name("moderator", "ko") == "사회자"
    assert http_message(403)[0].startswith("이 링크로는 열 수 없습니다.")
    assert http_message(999) == http_message(404)
    assert http_message(413) == control_message("too-large")
    assert control_message("repeated")[0].startswith("방금 같은 동작을 했습니다.")
    assert control_message("no-such-reason") == control_message("not-possible")
