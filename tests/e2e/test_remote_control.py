"""The remote (the control link) in headless Chromium against the real program, and the
HTTP API as a script or a Stream Deck calls it.

The phone's buttons drive the show through the console: the program's own status (the
test-only control socket) says what happened, the journal says where it came from, and
"end the show" and a jump ask first. Screenshots go to $EMCEE_SHOTS (default
/tmp/net-shots/e2e), as the views' do.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import pytest

from emcee.core.journal import ActionEntry, read_journal
from tests.e2e import test_web_views as web
from tests.e2e.test_kill_and_resume import Program, short_folder
from tests.e2e.test_web_views import SIZES, reference_segment, shot, text, wait_for

pytestmark = pytest.mark.e2e
browser = web.browser  # the views' headless Chromium, with no Korean font of its own
views = web.views  # its pages, every request recorded and kept on this machine


@pytest.fixture(scope="module")
def program(tmp_path_factory):
    folder = short_folder(tmp_path_factory.mktemp("remote"))
    log = folder / "emcee.log"
    running = Program(folder, str(folder / "control"), log)
    running.start("--lang", "ko", "--share")
    running.urls = dict(re.findall(r"^(\w+) (http://\S+)$", log.read_text(), re.M))  # type: ignore[attr-defined]
    assert list(running.urls) == [
        "stage",
        "moderator",
        "mc",
        "backstage",
        "programme",
        "clock",
        "control",
    ]
    segment, running.speaker = reference_segment()  # type: ignore[attr-defined]
    assert running.ask("jump", target=segment)["applied"]
    yield running
    running.stop()


def status(program) -> dict:
    return program.ask("status")["status"]


def until(condition, page, timeout: float = 5.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        page.wait_for_timeout(50)


def api(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def test_the_remote_drives_the_show_through_the_console(program, views):
    page = views.open(program.urls["control"], SIZES["phone"])
    go = '[data-part="go"]'
    assert text(page, go) == "시작"
    assert (
        text(page, '[data-part="head"] [data-part="speaker"]') == "사회보장 특별지원구역 성과공유회"
    )
    shot(page, "control-ready-390x844")
    page.click(go)
    page.wait_for_timeout(300)
    if page.locator(".sheet").is_visible():  # far from 13:00: asked, as the console asks
        assert text(page, ".sheet .question").startswith("계획된 시작은 14:10이고, 지금은")
        shot(page, "control-start-asks-390x844")
        page.click(".sheet .confirm >> nth=1")  # keep the planned times
    until(lambda: status(program)["state"] == "running", page)
    wait_for(page, f"document.querySelector('{go}').textContent === '일시정지'")
    speaker = '[data-part="head"] [data-part="speaker"]'
    assert text(page, speaker) == program.speaker
    shot(page, "control-running-390x844")
    # Q is for an open discussion or a Q&A: not during a talk.
    question = '.pad [data-part="question"]'
    assert text(page, question) == "질문 타이머" and page.locator(question).is_disabled()

    segment = status(program)["segment"]
    page.click('.pad [data-part="next"]')
    until(lambda: status(program)["segment"] == segment + 1, page)
    wait_for(
        page, f"document.querySelector('{speaker}').textContent !== {json.dumps(program.speaker)}"
    )

    left = status(program)["remaining"]
    page.click('.pad [data-part="plus"]')
    until(lambda: status(program)["remaining"] > left + 50, page)

    page.fill("input.text", "질문은 하나만 받겠습니다")
    page.press("input.text", "Enter")
    wait_for(
        page,
        "document.body.innerText.includes('발표자 화면에 표시 중: “질문은 하나만 받겠습니다”')",
    )

    # A jump while a turn runs asks first; so does the end of the show.
    page.click('[data-part="summary"]')
    page.click("button.jump.turn >> nth=0")
    assert "지금 순서는 여기서 끝납니다" in text(page, ".sheet .question")
    shot(page, "control-jump-asks-390x844")
    page.click(".sheet .cancel")
    assert status(program)["segment"] == segment + 1  # cancelled: nothing happened
    page.click("button.jump.turn >> nth=0")
    page.click(".sheet .confirm")
    until(lambda: status(program)["segment"] == segment - 2, page)

    page.click('[data-part="end"]')
    assert text(page, ".sheet .question") == "지금 진행을 끝낼까요?"
    page.click(".sheet .confirm")
    until(lambda: status(program)["state"] == "ended", page)
    shot(page, "control-ended-390x844")
    page.click('.pad [data-part="undo"]')  # the console's undo, from the phone
    until(lambda: status(program)["state"] == "running", page)

    # A second Next within a second is refused, said on the phone, and not done.
    def nexts() -> int:
        entries = read_journal(status(program)["path"]).entries
        return sum(isinstance(e, ActionEntry) and e.action.kind.value == "next" for e in entries)

    before = nexts()
    page.wait_for_timeout(1100)  # the first Next was less than a second ago, maybe
    page.click('.pad [data-part="next"]')
    page.click('.pad [data-part="next"]')
    wait_for(
        page,
        "document.querySelector('[data-part=\"said\"]').textContent.includes('방금 같은 동작')",
    )
    assert nexts() == before + 1
    shot(page, "control-repeat-refused-390x844")

    journal = read_journal(status(program)["path"])
    remote = [e for e in journal.entries if isinstance(e, ActionEntry) and e.origin]
    assert {e.origin["via"] for e in remote} == {"websocket"}
    assert {e.origin["address"] for e in remote} == {"127.0.0.1"}
    assert [e.action.kind.value for e in remote][:4] == ["start", "next", "adjust", "jump"]


def test_the_remote_in_english_and_on_a_tv(program, views):
    page = views.open(program.urls["control"], SIZES["tv"])
    page.click("#lang")
    assert text(page, '.pad [data-part="next"]') == "Next →"
    assert text(page, '[data-part="end"]') == "End the show…"
    shot(page, "control-en-1920x1080")


def test_the_http_api_as_a_stream_deck_calls_it(program):
    control = program.urls["control"]
    token = control.split("token=")[1]
    base = control.split("/control?")[0] + "/api/v1/"
    code, found = api(f"{base}state?token={token}")
    assert code == 200 and found["state"]["role"] == "control"
    left = status(program)["remaining"]
    code, found = api(
        base + "add-time",
        json.dumps({"seconds": -30}).encode(),
        {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    assert code == 200 and found["applied"] and found["live"]["remaining"] < left
    stage_token = program.urls["stage"].split("token=")[1]
    code, found = api(f"{base}next?token={stage_token}")
    assert code == 403 and found["error"] == "view-token"
    code, found = api(f"{base}next")
    assert code == 401 and "Bearer" in found["message"]["en"]
    code, found = api(f"{base}end?token={token}")
    assert code == 409 and found["error"] == "confirm-needed"
    assert status(program)["state"] == "running"
