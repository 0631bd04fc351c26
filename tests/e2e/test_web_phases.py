"""The real program sharing the policy forum (docs/examples/policy-forum.toml): in its
Q&A the operator times a question, and the moderator's page and the stage page show it
as a second, smaller countdown under the discussion's, in Korean. Screenshots go to
$EMCEE_SHOTS (default /tmp/net-shots/e2e)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from emcee.core.agenda.file import load
from emcee.core.agenda.model import PhaseKind
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from tests.e2e.test_kill_and_resume import Program, short_folder
from tests.e2e.test_web_views import SIZES, browser, shot, text, views, wait_for

pytestmark = pytest.mark.e2e
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
FORUM = EXAMPLES / "policy-forum.toml"
CEREMONY = EXAMPLES / "ceremony.toml"
__all__ = ["browser", "views"]  # the fixtures this module uses from test_web_views


@pytest.fixture(scope="module")
def program(tmp_path_factory):
    folder = short_folder(tmp_path_factory.mktemp("share-forum"))
    log = folder / "emcee.log"
    running = Program(folder, str(folder / "control"), log)
    running.start("--lang", "ko", "--share", str(FORUM))
    found = re.findall(r"^(stage|moderator) (http://\S+)$", log.read_text(), re.M)
    running.urls = dict(found)  # type: ignore[attr-defined]
    show = Show(load(FORUM)[1], FakeClock())
    qa = next(s.index for s in show.segments if s.phase.kind is PhaseKind.QA)
    assert running.ask("jump", target=qa)["applied"]
    assert running.ask("start")["status"]["state"] == "running"
    yield running
    running.stop()


def starts(part: str, words: str) -> str:
    """An expression true once the page's ``part`` reads ``words`` first."""
    return f"document.querySelector('[data-part=\"{part}\"]').innerText.startsWith('{words}')"


def test_a_question_timed_in_the_qa_shows_on_the_moderators_and_the_stage_page(program, views):
    moderator = views.open(program.urls["moderator"], SIZES["phone"])
    stage = views.open(program.urls["stage"], SIZES["tv"])
    assert text(moderator, '[data-part="phase"]') == "종합토론 및 질의응답"
    assert program.ask("question")["applied"]
    for page, where in ((moderator, "block"), (stage, "speaker")):
        wait_for(page, starts(where, "질문 1 · 00:"))
    shot(moderator, "forum-question-moderator-phone")
    shot(stage, "forum-question-stage-tv")
    assert program.ask("question")["applied"]
    wait_for(moderator, starts("block", "답변 1 · 0"))
    assert program.ask("undo")["applied"]
    wait_for(moderator, starts("block", "질문 1 · "))


@pytest.fixture(scope="module")
def ceremony(tmp_path_factory):
    folder = short_folder(tmp_path_factory.mktemp("share-ceremony"))
    log = folder / "emcee.log"
    running = Program(folder, str(folder / "control"), log)
    running.start("--lang", "ko", "--share", str(CEREMONY))
    found = re.findall(r"^(mc) (http://\S+)$", log.read_text(), re.M)
    running.urls = dict(found)  # type: ignore[attr-defined]
    yield running
    running.stop()


def test_the_mc_page_follows_the_show_through_a_roll_call(ceremony, views):
    page = views.open(ceremony.urls["mc"], SIZES["phone"])
    now = "document.querySelector('.cue[data-at=\"now\"]')"
    following = "document.querySelector('.cue[data-at=\"next\"]')"
    wait_for(page, f"!!{following} && {following}.innerText.includes('개식 선언')")
    assert ceremony.ask("start")["status"]["state"] == "running"
    assert ceremony.ask("next")["applied"]  # the guests are introduced
    wait_for(page, f"!!{now} && {now}.innerText.includes('내빈 소개')")
    wait_for(page, f"{following}.innerText.includes('2. 김철수 · 시의회 의장')")
    shot(page, "mc-phone")
    assert ceremony.ask("next")["applied"]
    wait_for(page, f"{following}.innerText.includes('3. 이영희 · 교육장')")
    names = "[...document.querySelectorAll('.cue[data-at=\"now\"]')].map(c => c.innerText)"
    assert page.evaluate(names) == ["2. 김철수 · 시의회 의장"]
