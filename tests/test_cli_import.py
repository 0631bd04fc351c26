"""`emcee import RUNSHEET -o AGENDA.toml`: output, exit codes, and refusing to overwrite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from emcee import resources
from emcee.cli import main
from emcee.core.agenda.file import load

FIXTURES = Path(__file__).parent / "core" / "fixtures" / "runsheet"
PRESS_RELEASE = FIXTURES / "press-release-table.txt"


def test_import_the_press_release_table(tmp_path, capsys):
    target = tmp_path / "event.toml"
    assert main(["import", str(PRESS_RELEASE), "-o", str(target), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "column 1 '시간 (소요)' → time" in out
    assert "column 2 '주요 내용' → title" in out
    assert "column 3 '비고' → notes" in out
    assert "rows 1-3: above the header row (row 5); not part of the table." in out
    assert "17:10          planned end (4h10m, 10 items, 0 speakers)" in out
    assert f"wrote {target}" in out
    agenda, _ = load(target)
    reference, _ = load(resources.reference_agenda())
    assert [(i.start, i.duration, i.part, i.title, i.notes) for i in agenda.items] == [
        (i.start, i.duration, i.part, i.title, i.notes) for i in reference.items
    ]
    assert agenda.programme.title == "press-release-table"


def test_korean_output_and_a_global_lang_option(tmp_path, capsys):
    target = tmp_path / "event.toml"
    args = [
        "--lang",
        "ko",
        "import",
        str(PRESS_RELEASE),
        "-o",
        str(target),
        "--title",
        "성과공유회",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "1열 '시간 (소요)' → 시간" in out
    assert "1~3행: 머리글 행(5행)보다 위에 있어 표에 넣지 않았습니다." in out
    assert "파일을 만들었습니다" in out
    assert load(target)[0].programme.title == "성과공유회"


def test_refuses_to_overwrite_without_force(tmp_path, capsys):
    target = tmp_path / "event.toml"
    target.write_text("mine", encoding="utf-8")
    assert main(["import", str(PRESS_RELEASE), "-o", str(target), "--lang", "en"]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"
    assert main(["import", str(PRESS_RELEASE), "-o", str(target), "--force"]) == 0
    assert load(target)[0].items[0].title == "등록"


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("encrypted.xlsx", "암호로 보호된(암호화된) 통합 문서입니다"),
        ("corrupt.xlsx", "통합 문서를 읽을 수 없습니다"),
        ("mixed-encoding.csv", "한 파일에 인코딩이 섞여 있습니다"),
        ("overlap.csv", "4행 '질의응답': 13:50에 시작하는데 위 행이 14:00까지입니다."),
        ("out-of-order.csv", "4행 '기조강연': 시작 시각 13:10이(가) 위 행(13:30)보다 이릅니다."),
    ],
)
def test_unusable_input_exits_2_with_the_reason_and_writes_nothing(
    tmp_path, capsys, fixture, message
):
    target = tmp_path / "event.toml"
    assert main(["import", str(FIXTURES / fixture), "-o", str(target), "--lang", "ko"]) == 2
    err = capsys.readouterr().err
    assert "파일을 가져올 수 없습니다" in err
    assert message in err
    assert "Traceback" not in err
    assert not target.exists()


def test_rows_not_used_are_printed_and_the_rest_imported(tmp_path, capsys):
    target = tmp_path / "event.toml"
    source = str(FIXTURES / "unusable-row.csv")
    assert main(["import", source, "-o", str(target), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Rows not used:\n  row 3 '심야 토론': '미정' is not a time" in out
    assert [item.title for item in load(target)[0].items] == ["개회"]


def test_a_night_programme_past_midnight_is_imported(tmp_path, capsys):
    target = tmp_path / "night.toml"
    source = str(FIXTURES / "past-midnight.csv")
    assert main(["import", source, "-o", str(target), "--lang", "ko"]) == 0
    _, schedule = load(target)
    assert [(p.item.title, p.start, p.duration) for p in schedule.items] == [
        ("야간 상영", 23 * 3600, 1800),
        ("심야 토론", 23 * 3600 + 1800, 70 * 60),
        ("폐회", 24 * 3600 + 40 * 60, 20 * 60),
    ]


def test_a_chosen_sheet_of_a_workbook(tmp_path, capsys):
    workbook = openpyxl.Workbook()
    workbook.active.title = "개요"
    workbook.active.append(["행사 개요"])
    sheet = workbook.create_sheet("진행순서")
    for row in (["시간", "내용"], ["09:30~09:35", "개회"], ["09:35~10:15", "기조강연"]):
        sheet.append(row)
    source = tmp_path / "run.xlsx"
    workbook.save(source)
    target = tmp_path / "event.toml"
    chosen = ["import", str(source), "-o", str(target), "--sheet", "진행순서", "--lang", "en"]
    assert main(chosen) == 0
    assert f"{source}: sheet '진행순서'" in capsys.readouterr().out
    assert len(load(target)[0].items) == 2
    missing = ["import", str(source), "-o", str(target), "--sheet", "식순", "--force"]
    assert main([*missing, "--lang", "en"]) == 2
    assert "there is no sheet named '식순'. The sheets are: 개요, 진행순서." in (
        capsys.readouterr().err
    )


def test_a_missing_run_sheet(tmp_path, capsys):
    assert main(["import", "/nonexistent/run.csv", "-o", str(tmp_path / "x.toml")]) == 2
    assert "/nonexistent/run.csv" in capsys.readouterr().err


def test_help_lists_the_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "emcee import RUNSHEET -o AGENDA.toml" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "--sheet" in out and "--force" in out


@pytest.mark.e2e
def test_python_m_emcee_import_runs_as_a_program(tmp_path):
    target = tmp_path / "x.toml"
    command = [sys.executable, "-m", "emcee", "import", str(PRESS_RELEASE), "-o", str(target)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(load(target)[0].items) == 10
