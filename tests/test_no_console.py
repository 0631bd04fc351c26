"""The windowed build (no stdout, no stderr) shows in a dialog what a failed command says."""

from __future__ import annotations

import sys

import pytest

import emcee.__main__
import emcee.no_console


@pytest.fixture
def windowed(monkeypatch):
    """No console, as in emcee.exe; the dialogs are recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        emcee.no_console, "show_dialog", lambda text, lang: shown.append((text, lang))
    )
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    monkeypatch.setattr("emcee.language.saved_language", lambda: "")  # none chosen in the app
    return shown


def run(monkeypatch, *argv: str) -> int:
    monkeypatch.setattr(sys, "argv", ["emcee", *argv])
    # Here, not in the fixture: pytest puts its own capture back between set-up and test.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    code = emcee.__main__.main()
    assert sys.stdout is None and sys.stderr is None  # left as they were
    return code


def test_an_invalid_agenda_is_told_in_a_dialog(windowed, monkeypatch, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[programme]\ntitle = "x"\nstart = "09:00"\n', encoding="utf-8")
    assert run(monkeypatch, "check", str(bad)) == 2
    [(text, lang)] = windowed
    assert str(bad) in text.splitlines()[0] and "문제" in text
    assert lang == "ko"


def test_a_wrong_option_is_told_in_a_dialog(windowed, monkeypatch):
    assert run(monkeypatch, "check") == 2  # the agenda is missing
    [(text, _lang)] = windowed
    assert "usage: emcee check" in text and "agenda" in text


def test_a_command_that_works_shows_nothing(windowed, monkeypatch, tmp_path):
    assert run(monkeypatch, "new", str(tmp_path / "x.toml")) == 0
    assert windowed == []


def test_an_internal_error_is_logged_and_told_without_a_traceback(windowed, monkeypatch, tmp_path):
    def broken(argv):
        raise RuntimeError("boom")

    monkeypatch.setattr("emcee.cli.main", broken)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(emcee.no_console, "write_log", lambda text: tmp_path / "emcee.log")
    assert run(monkeypatch) == 1
    [(text, _lang)] = windowed
    assert "내부 오류" in text and "emcee.log" in text
    assert "Traceback" not in text


def test_the_dialog_says_where_the_terminal_twin_is(qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    emcee.no_console.show_dialog("first line\nsecond line", "en")
    [box] = seen
    assert box.text() == "first line"
    assert "emcee-cli" in box.informativeText()
    assert box.detailedText() == "first line\nsecond line"
