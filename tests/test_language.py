"""One place decides the language: --lang, else the one chosen in the app, else the system's;
for the windows and for the commands alike."""

from __future__ import annotations

import pytest

from emcee import language
from emcee.cli import main

VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def system(monkeypatch):
    """A system whose locale variables the test sets (none to begin with)."""
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    return monkeypatch


def test_the_argument_then_the_setting_then_the_system(system):
    system.setenv("LANG", "ko_KR.UTF-8")
    assert language.choose() == "ko"
    assert language.choose(saved="en") == "en"
    assert language.choose("ko", saved="en") == "ko"
    assert language.choose("en", saved="ko") == "en"
    assert language.choose("fr", saved="") == "ko"  # not a language emcee speaks: not given


def test_the_system_speaks_through_its_locale_variables_in_their_order(system):
    system.setenv("LANG", "ko_KR.UTF-8")
    assert language.system_language() == "ko"
    system.setenv("LC_MESSAGES", "en_US.UTF-8")
    assert language.system_language() == "en"
    system.setenv("LC_ALL", "ko_KR.UTF-8")
    assert language.system_language() == "ko"


def test_a_command_speaks_the_language_chosen_in_the_app(system, capsys, tmp_path):
    system.setenv("LANG", "en_US.UTF-8")
    system.setattr(language, "saved_language", lambda: "ko")
    agenda = tmp_path / "x.toml"
    assert main(["new", str(agenda)]) == 0
    assert capsys.readouterr().out.strip() == f"{agenda} 파일을 만들었습니다"
    agenda.unlink()
    assert main(["new", "--lang", "en", str(agenda)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {agenda}"
