"""The command line: check, new, --version, --help, and its exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from emcee import __version__
from emcee.cli import main


def test_new_then_check_prints_the_whole_afternoon(tmp_path, capsys):
    target = tmp_path / "x.toml"
    assert main(["new", str(target)]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "check", str(target)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[3].startswith("13:00")
    assert "17:10" in lines[-1] and "planned end" in lines[-1]
    assert "21 speakers" in lines[-1]
    for case in ("부산북구 · 복합공유라운지", "경북울진 · 기성면 사회적협동조합 설립·운영"):
        assert case in out
    assert out.count("presentation") == 3
    assert out.count("discussion") == 3


def test_check_in_korean(tmp_path, capsys):
    target = tmp_path / "x.toml"
    main(["new", str(target)])
    assert main(["check", "--lang", "ko", str(target)]) == 0
    out = capsys.readouterr().out
    assert "종료 예정" in out
    assert "발표" in out and "토론" in out


NIGHT = """
[programme]
title = "심야 토론회"
start = "23:00"
[[items]]
title = "발표"
duration = "45m"
[[items]]
title = "토론"
start = "23:50"
duration = "50m"
"""


def test_check_a_programme_past_midnight(tmp_path, capsys):
    target = tmp_path / "night.toml"
    target.write_text(NIGHT, encoding="utf-8")
    assert main(["check", "--lang", "ko", str(target)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line[:5] for line in lines[2:5]] == ["23:00", "23:50", "00:40"]
    # A next-day item: the schedule says where midnight falls.
    more = '[[items]]\ntitle = "심야 공연"\nstart = "00:50"\nduration = "20m"\n'
    target.write_text(NIGHT + more, encoding="utf-8")
    assert main(["check", "--lang", "ko", str(target)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "자정" in lines[4] and lines[5].startswith("00:50")
    assert lines[6].startswith("01:10") and "종료 예정 (2h10m" in lines[6]


def test_new_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "x.toml"
    target.write_text("mine", encoding="utf-8")
    assert main(["--lang", "en", "new", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"
    assert main(["new", "--force", str(target)]) == 0
    assert target.read_text(encoding="utf-8") != "mine"


def test_check_an_invalid_file_exits_2_with_the_reasons(tmp_path, capsys):
    target = tmp_path / "bad.toml"
    target.write_text(
        '[programme]\ntitle = "x"\nstart = "09:00"\n[[items]]\ntitle = "a"\nduration = "0m"\n',
        encoding="utf-8",
    )
    assert main(["--lang", "en", "check", str(target)]) == 2
    err = capsys.readouterr().err
    assert str(target) in err
    assert "line 6, item 1 'a'" in err
    assert "longer than zero" in err


def test_check_a_missing_file(capsys):
    assert main(["--lang", "ko", "check", "/nonexistent/agenda.toml"]) == 2
    assert "파일이 없습니다" in capsys.readouterr().err


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_version:
        main(["--version"])
    assert exit_version.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "emcee check AGENDA" in out and "emcee new PATH" in out


@pytest.mark.e2e
def test_python_m_emcee_check_runs_as_a_program(tmp_path):
    target = tmp_path / "x.toml"
    run = [sys.executable, "-m", "emcee", "--lang", "en"]
    assert subprocess.run([*run, "new", str(target)], capture_output=True).returncode == 0
    result = subprocess.run([*run, "check", str(target)], capture_output=True, text=True)
    assert result.returncode == 0
    assert "17:10" in result.stdout
