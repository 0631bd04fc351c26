"""What went wrong is written to one rotating log in the user's log folder, and stderr."""

from __future__ import annotations

import logging

from emcee import logs


def test_records_go_to_the_log_file_and_to_stderr(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path / "log")
    path = logs.open_log()
    assert path == tmp_path / "log" / "emcee.log"
    logging.getLogger("emcee.ui.recorder").error("the disk is full")
    assert "ERROR emcee.ui.recorder: the disk is full" in path.read_text(encoding="utf-8")
    assert "the disk is full" in capsys.readouterr().err
    assert logs.open_log() == path  # once: the records are not written twice
    logging.getLogger("emcee").warning("once")
    assert path.read_text(encoding="utf-8").count("once") == 1


def test_the_log_rotates_instead_of_filling_the_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path)
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.open_log()
    for number in range(100):
        logging.getLogger("emcee").error("line %d of a long afternoon", number)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["emcee.log", "emcee.log.1", "emcee.log.2", "emcee.log.3"]
    assert "line 99" in path.read_text(encoding="utf-8")


def test_a_log_folder_that_cannot_be_made_leaves_stderr(tmp_path, monkeypatch, capsys):
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setattr(logs, "log_folder", lambda: tmp_path / "file" / "log")
    logs.open_log()
    logging.getLogger("emcee").error("still said")
    err = capsys.readouterr().err
    assert "no log file" in err and "still said" in err
