"""The show journal: format, fsync per entry, damaged files, disk trouble, replay and resume."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import random
from pathlib import Path

import pytest

from emcee import resources
from emcee.core.agenda.file import loads
from emcee.core.agenda.model import PhaseKind
from emcee.core.clock import FakeClock
from emcee.core.engine.actions import Action, ActionKind
from emcee.core.engine.show import Show
from emcee.core.engine.snapshot import Alert, AlertKind, Change, ShowState
from emcee.core.journal import (
    ActionEntry,
    AlertEntry,
    Journal,
    JournalError,
    NoteEntry,
    ResumeEntry,
    find_unfinished,
    load_show,
    past_shows,
    paths,
    read_journal,
    writer,
)
from emcee.core.report import build_report, to_json

from .afternoon import play_afternoon
from .showkit import hm, reference_show

AGENDA = resources.reference_agenda().read_text(encoding="utf-8")
SCHEDULE = loads(AGENDA)[1]


def clock_at(hours: int, minutes: int = 0, seconds: int = 0, monotonic: float = 1000.0):
    return FakeClock(dt.datetime(2023, 6, 23, hours, minutes, seconds, tzinfo=dt.UTC), monotonic)


def new_show(tmp_path: Path, **options):
    clock = clock_at(13, 0)
    show = Show(SCHEDULE, clock)
    journal = Journal.create(AGENDA, clock, tmp_path / "data", fallbacks=[], **options)
    return show, clock, journal


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


class FlakyFiles:
    """Opens journal files for real; writes under a folder in ``broken`` fail with its errno."""

    def __init__(self) -> None:
        self.broken: dict[Path, int] = {}

    def __call__(self, path: Path):
        return _FlakyFile(path.open("ab"), path, self)


class _FlakyFile:
    def __init__(self, stream, path: Path, files: FlakyFiles) -> None:
        self.stream, self.path, self.files = stream, path, files

    def write(self, data: bytes) -> int:
        for folder, code in self.files.broken.items():
            if folder in self.path.parents:
                raise OSError(code, os.strerror(code))
        return self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:
        return self.stream.fileno()

    def close(self) -> None:
        self.stream.close()


# --- the file --------------------------------------------------------------------------------


def test_a_new_journal_describes_the_show_and_stores_the_agenda(tmp_path):
    _, _, journal = new_show(tmp_path)
    assert journal.trouble is None
    folder = journal.path.parent
    assert folder.parent == tmp_path / "data"
    assert folder.name == "2023-06-23_130000-사회보장-특별지원구역-성과공유회"
    [header] = lines_of(journal.path)
    digest = hashlib.sha256(AGENDA.encode("utf-8")).hexdigest()
    assert header["seq"] == 0 and header["type"] == "show"
    assert header["wall"] == "2023-06-23T13:00:00.000000+00:00"
    assert header["mono"] == 1000.0
    assert header["title"] == "사회보장 특별지원구역 성과공유회"
    assert header["agenda"] == {"file": f"agenda-{digest[:12]}.toml", "sha256": digest}
    assert header["app"] == "emcee 0.1.0"
    assert header["clock"] == {
        "source": "FakeClock",
        "timezone": "UTC",
        "utc_offset": "+00:00",
        "monotonic": "fake",
        "timeline": "",
    }
    stored = folder / header["agenda"]["file"]
    assert stored.read_bytes() == AGENDA.encode("utf-8")  # the exact text, comments and all


def test_every_entry_is_fsynced_before_record_returns(tmp_path, monkeypatch):
    show, clock, journal = new_show(tmp_path)
    synced = []
    real_fsync = os.fsync

    def fsync(fd):
        synced.append(len(journal.path.read_bytes().splitlines()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    journal.record_action(show.start(), show.state.show)
    clock.advance(60)
    journal.record_note("마이크 점검", tag="operator")
    # The line was in the file when fsync was called, and fsync came before the return.
    assert synced == [2, 3]


def test_actions_alerts_and_notes_round_trip(tmp_path):
    _, clock, journal = new_show(tmp_path)
    wall = clock.now()
    actions = [
        Action(ActionKind.START, 1000.0, wall, amount=-120.5),
        Action(ActionKind.JUMP, 1001.25, wall, target=14),
        Action(ActionKind.ADJUST, 1002.0, wall, amount=60.0),
        Action(
            ActionKind.REBALANCE,
            1003.0,
            wall,
            changes=(
                Change(8, PhaseKind.DISCUSSION, 1200, 1140),
                Change(9, None, 300, 240),
            ),
        ),
        Action(ActionKind.SKIP, 1004.0, wall + dt.timedelta(seconds=4), target=7),
        Action(ActionKind.UNDO, 1005.0, wall),
    ]
    for action in actions:
        journal.record_action(action, ShowState.RUNNING)
    alert = Alert(AlertKind.OVERTIME, 14, 2, -120.0, True, "광주서구", 125.5)
    journal.record_alerts([alert])
    journal.record_note("1분 남았습니다", tag="presenter")
    data = read_journal(journal.path)
    assert data.notices == ()
    assert [e.action for e in data.entries if isinstance(e, ActionEntry)] == actions
    assert [e.alert for e in data.entries if isinstance(e, AlertEntry)] == [alert]
    [note] = [e for e in data.entries if isinstance(e, NoteEntry)]
    assert (note.text, note.tag) == ("1분 남았습니다", "presenter")
    assert [e.seq for e in data.entries] == list(range(1, 9))
    assert "1분 남았습니다" in journal.path.read_text(encoding="utf-8")  # readable, not \\u escapes


REMOTE = {"via": "http", "address": "192.168.0.12", "role": "control"}


def test_where_a_remote_action_or_note_came_from_is_written_beside_it(tmp_path):
    show, clock, journal = new_show(tmp_path)
    journal.record_action(show.start(), show.state.show)
    clock.advance(30)
    journal.record_action(show.next(), show.state.show, REMOTE)
    journal.record_note("마무리 부탁드립니다", "presenter", {**REMOTE, "via": "osc"})
    lines = lines_of(journal.path)
    assert "origin" not in lines[1]  # the console's own: nothing more than before
    assert lines[2]["origin"] == REMOTE and lines[3]["origin"]["via"] == "osc"
    start, remote_next, note = read_journal(journal.path).entries
    assert start.origin == {} and remote_next.origin == REMOTE
    assert isinstance(note, NoteEntry) and note.origin == {**REMOTE, "via": "osc"}


def test_a_remote_action_replays_as_any_other(tmp_path):
    show, clock, journal = new_show(tmp_path)
    journal.record_action(show.start(), show.state.show)
    clock.advance(100)
    journal.record_action(show.adjust(60), show.state.show, REMOTE)
    clock.advance(50)
    journal.record_action(show.next(), show.state.show, {**REMOTE, "via": "websocket"})
    clock.advance(20)
    resumed, notices = load_show(journal.path, FakeClock(clock.now(), monotonic=3.0))
    assert notices == []
    same_moment(resumed, show)


def test_an_origin_that_is_not_text_is_a_damaged_line(tmp_path):
    show, _clock, journal = new_show(tmp_path)
    journal.record_action(show.start(), show.state.show, REMOTE)
    journal.record_action(show.next(), show.state.show, REMOTE)
    lines = journal.path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace('"192.168.0.12"', '{"nested": 1}')
    journal.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = read_journal(journal.path)
    assert [e.action.kind for e in data.entries] == [ActionKind.NEXT]
    [notice] = data.notices
    assert notice.line == 2 and "origin" in notice.message("en")


# --- reading damaged journals ------------------------------------------------------------------


def test_a_torn_last_line_is_read_up_to_the_last_complete_entry(tmp_path):
    show, clock, journal = new_show(tmp_path)
    play_afternoon(show, clock, journal, until=hm("14:20"))
    complete = read_journal(journal.path)
    with journal.path.open("ab") as stream:
        stream.write(b'{"seq": 999, "type": "action", "wall": "2023-06-23T14:2')
    data = read_journal(journal.path)
    assert data.entries == complete.entries
    [notice] = data.notices
    assert notice.code == "torn_end"
    assert notice.line == len(complete.entries) + 2
    assert "power" in notice.message("en")
    assert "전원" in notice.message("ko")


def test_a_tail_of_zero_bytes_is_a_torn_line_too(tmp_path):
    show, _clock, journal = new_show(tmp_path)
    journal.record_action(show.start(), show.state.show)
    with journal.path.open("ab") as stream:
        stream.write(b"\x00" * 4096)
    data = read_journal(journal.path)
    assert len(data.entries) == 1
    assert data.notices == ()  # nothing of an entry was there: nothing is lost


def test_a_damaged_line_in_the_middle_is_skipped_with_its_number(tmp_path):
    show, clock, journal = new_show(tmp_path)
    play_afternoon(show, clock, journal, until=hm("13:45"))
    lines = journal.path.read_bytes().split(b"\n")
    lines[2] = b'{"seq": 2, "type": "alert", "wall": "2023-06-23T13:28:00+00:00", "mo\xff'
    lines[4] = b'{"seq": 4, "type": "action", "wall": "yesterday", "mono": 1.0, "kind": "next"}'
    lines[5] = b'{"seq": 5, "type": "hologram", "wall": "2023-06-23T13:30:00+00:00", "mono": 1}'
    journal.path.write_bytes(b"\n".join(lines))
    data = read_journal(journal.path)
    # The entries missing around them are the damaged lines themselves: no gap to report.
    assert [(n.code, n.line) for n in data.notices] == [
        ("corrupt_line", 3),
        ("corrupt_line", 5),
        ("unknown_entry", 6),
    ]
    assert "3번째 줄" in data.notices[0].message("ko")
    assert "not UTF-8" in data.notices[0].message("en")
    assert "'wall'" in data.notices[1].message("en")
    assert "hologram" in data.notices[2].message("ko")
    assert len(data.entries) == len(lines) - 1 - 1 - 3  # header, trailing "", three bad


def test_lost_lines_are_noticed_by_their_sequence_numbers(tmp_path):
    show, clock, journal = new_show(tmp_path)
    play_afternoon(show, clock, journal, until=hm("13:45"))
    lines = journal.path.read_bytes().splitlines(keepends=True)
    journal.path.write_bytes(b"".join(lines[:3] + lines[5:]))
    [notice] = read_journal(journal.path).notices
    assert (notice.code, notice.line) == ("sequence_gap", 4)
    assert notice.message("en") == "entries 3-4 are missing before line 4."


JUNK = random.Random(17).randbytes(300).replace(b"\n", b"")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "file_missing"),
        (b"", "empty"),
        (b"\n\n", "empty"),
        (b"hello\n", "no_header"),
        (b'{"seq": 0, "type": "note", "wall": "2023-06-23T13:00:00+00:00", "mono": 1}\n', ""),
        ("[programme]\ntitle = '행사'\n".encode(), "no_header"),
        (bytes(range(256)), "no_header"),
        (JUNK, "no_header"),  # no newline at all: not a torn line of an empty journal
        (b"\xff\xfe" + "행사".encode("utf-16-le"), "no_header"),
        (b"\x00" * 300, "empty"),  # a power cut: the file grew, its data never came
    ],
)
def test_unusable_journals_raise_a_journal_error_with_a_message(tmp_path, content, code):
    path = tmp_path / "journal.jsonl"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(JournalError) as raised:
        read_journal(path)
    assert raised.value.notice.code == (code or "no_header")
    assert str(path) in raised.value.describe("ko")


def test_a_journal_without_its_agenda_cannot_be_replayed(tmp_path):
    show, clock, journal = new_show(tmp_path)
    journal.record_action(show.start(), show.state.show)
    agenda = next(journal.path.parent.glob("agenda-*.toml"))
    agenda.write_text(AGENDA.replace("성과공유회", "성과 공유회"), encoding="utf-8")
    _, notices = load_show(journal.path, clock)
    assert [n.code for n in notices] == ["agenda_changed"]
    agenda.write_text("[programme]\n", encoding="utf-8")
    with pytest.raises(JournalError) as raised:
        load_show(journal.path, clock)
    assert raised.value.notice.code == "agenda_invalid"
    agenda.unlink()
    with pytest.raises(JournalError) as raised:
        load_show(journal.path, clock)
    assert "진행표" in raised.value.describe("ko")


# --- disk trouble --------------------------------------------------------------------------------


def test_a_full_disk_moves_the_journal_and_nothing_is_lost(tmp_path):
    files = FlakyFiles()
    clock = clock_at(13, 0)
    show = Show(SCHEDULE, clock)
    data, spare = tmp_path / "data", tmp_path / "spare"
    journal = Journal.create(AGENDA, clock, data, fallbacks=[spare], opener=files)
    play_afternoon(show, clock, journal, until=hm("14:00"))
    written = journal.entries_written
    files.broken[data] = errno.ENOSPC
    clock.advance(30)
    journal.record_action(show.next(), show.state.show)  # does not raise
    assert journal.path.parent.parent == spare
    moved = read_journal(journal.path)
    assert [e.seq for e in moved.entries] == list(range(1, written + 1))
    assert moved.notices == ()
    assert journal.trouble is not None and journal.trouble.code == "journal_moved"
    assert "disk is full" in journal.trouble.message("en")
    assert "디스크가 가득" in journal.trouble.message("ko")
    assert str(spare) in journal.trouble.message("ko")
    # The trouble stays on screen; later entries go to the new place.
    journal.record_note("계속")
    assert journal.trouble.code == "journal_moved"
    assert read_journal(journal.path).entries[-1].text == "계속"
    # The copy left behind is shorter: the list shows the show once, at its new place.
    [listed] = past_shows([data, spare])
    assert listed.path == journal.path


def test_a_data_folder_that_cannot_be_created_falls_back_at_once(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    clock = clock_at(13, 0)
    journal = Journal.create(AGENDA, clock, blocker / "shows", fallbacks=[tmp_path / "temp"])
    assert journal.path.parent.parent == tmp_path / "temp"
    assert journal.trouble.code == "journal_moved"
    assert read_journal(journal.path).header.title == "사회보장 특별지원구역 성과공유회"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_data_folder_falls_back(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o500)
    try:
        journal = Journal.create(AGENDA, clock_at(13), data, fallbacks=[tmp_path / "temp"])
    finally:
        data.chmod(0o700)
    assert journal.trouble.code == "journal_moved"
    assert "read-only" in journal.trouble.message("en")


def test_a_read_only_file_system_falls_back(tmp_path):
    files = FlakyFiles()
    data = tmp_path / "data"
    files.broken[data] = errno.EROFS
    journal = Journal.create(AGENDA, clock_at(13), data, fallbacks=[tmp_path / "t"], opener=files)
    assert journal.path.parent.parent == tmp_path / "t"
    assert "읽기 전용" in journal.trouble.message("ko")


def test_nowhere_to_write_keeps_everything_in_memory_until_a_place_works(tmp_path):
    files = FlakyFiles()
    data, spare = tmp_path / "data", tmp_path / "spare"
    clock = clock_at(13, 0)
    show = Show(SCHEDULE, clock)
    journal = Journal.create(AGENDA, clock, data, fallbacks=[spare], opener=files)
    journal.record_action(show.start(), show.state.show)
    files.broken = {data: errno.ENOSPC, spare: errno.ENOSPC}
    clock.advance(1800)
    journal.record_action(show.next(), show.state.show)
    assert journal.path is None
    assert journal.trouble.code == "journal_nowhere"
    assert "13:30:00" in journal.trouble.message("en")
    assert "13:30:00" in journal.trouble.message("ko")
    clock.advance(60)
    journal.record_note("still nowhere")
    assert journal.trouble.code == "journal_nowhere"
    files.broken = {data: errno.ENOSPC}  # the spare disk has room again
    clock.advance(60)
    journal.record_note("back")
    assert journal.path.parent.parent == spare
    assert journal.trouble.code == "journal_moved"
    kinds = [type(e).__name__ for e in read_journal(journal.path).entries]
    assert kinds == ["ActionEntry", "ActionEntry", "NoteEntry", "NoteEntry"]


class HalfWrites(FlakyFiles):
    """Like FlakyFiles, but a failing write first puts half its bytes on disk (a disk that
    fills up in the middle of a line)."""

    def __call__(self, path: Path):
        return _HalfFile(path.open("ab"), path, self)


class _HalfFile(_FlakyFile):
    def write(self, data: bytes) -> int:
        for folder, code in self.files.broken.items():
            if folder in self.path.parents:
                self.stream.write(data[: len(data) // 2])
                self.stream.flush()
                raise OSError(code, os.strerror(code))
        return self.stream.write(data)


def test_journals_fall_back_to_a_folder_that_survives_a_reboot_before_the_temp_folder():
    import tempfile

    import platformdirs

    documents, temp = paths.fallback_folders()
    assert documents == Path(platformdirs.user_documents_dir()) / "emcee-shows"
    assert temp == Path(tempfile.gettempdir()) / "emcee-shows"


def test_the_copy_left_behind_by_a_full_disk_is_cut_to_its_last_whole_line(tmp_path):
    files = HalfWrites()
    clock = clock_at(13, 0)
    show = Show(SCHEDULE, clock)
    data, spare = tmp_path / "data", tmp_path / "spare"
    journal = Journal.create(AGENDA, clock, data, fallbacks=[spare], opener=files)
    play_afternoon(show, clock, journal, until=hm("13:40"))
    left_behind = journal.path
    files.broken[data] = errno.ENOSPC
    clock.advance(30)
    journal.record_action(show.next(), show.state.show)
    assert journal.path.parent.parent == spare
    raw = left_behind.read_bytes()
    assert raw.endswith(b"\n")
    assert read_journal(left_behind).notices == ()  # no torn line
    assert len(read_journal(left_behind).entries) == len(read_journal(journal.path).entries) - 1


def test_the_journal_goes_back_to_the_data_folder_once_its_disk_has_room(tmp_path):
    files = HalfWrites()
    clock = clock_at(13, 0)
    show = Show(SCHEDULE, clock)
    data, spare = tmp_path / "data", tmp_path / "spare"
    journal = Journal.create(AGENDA, clock, data, fallbacks=[spare], opener=files)
    journal.record_action(show.start(), show.state.show)
    home = journal.path
    files.broken[data] = errno.ENOSPC
    clock.advance(60)
    journal.record_action(show.next(), show.state.show)
    away = journal.path
    assert away.parent.parent == spare and journal.trouble.code == "journal_moved"
    # Room again; the data folder is tried RETRY_PLACE_AFTER after the move, not at every
    # entry (while the disk is full, each try writes the whole journal).
    del files.broken[data]
    clock.advance(writer.RETRY_PLACE_AFTER - 1)
    journal.record_note("1분 남았습니다", "presenter")
    assert journal.path == away
    clock.advance(1)
    journal.record_note("마무리 부탁드립니다", "presenter")
    assert journal.path == home
    assert journal.trouble is None  # all of it is home: nothing to warn about
    back = read_journal(home)
    assert back.notices == ()
    assert [e.seq for e in back.entries] == [1, 2, 3, 4]
    assert not away.exists() and not away.parent.exists()  # moved, not copied
    journal.record_note("계속")
    assert read_journal(home).entries[-1].text == "계속"
    assert [s.path for s in past_shows([data, spare])] == [home]


def test_a_failed_try_to_go_back_leaves_nothing_behind(tmp_path):
    files = HalfWrites()
    clock = clock_at(13, 0)
    show = Show(SCHEDULE, clock)
    data, spare = tmp_path / "data", tmp_path / "spare"
    files.broken[data] = errno.ENOSPC
    journal = Journal.create(AGENDA, clock, data, fallbacks=[spare], opener=files)
    journal.record_action(show.start(), show.state.show)
    clock.advance(writer.RETRY_PLACE_AFTER)
    journal.record_action(show.next(), show.state.show)  # tries the data folder: still full
    assert journal.path.parent.parent == spare
    assert list(data.rglob("*.tmp")) == []  # the half-written copy's room is given back
    assert journal.trouble.code == "journal_moved"


def test_the_journal_goes_back_when_it_closes(tmp_path):
    files = FlakyFiles()
    clock = clock_at(13, 0)
    show = Show(SCHEDULE, clock)
    data, spare = tmp_path / "data", tmp_path / "spare"
    files.broken[data] = errno.EROFS
    journal = Journal.create(AGENDA, clock, data, fallbacks=[spare], opener=files)
    journal.record_action(show.start(), show.state.show)
    files.broken.clear()  # someone made the folder writable again
    journal.close()
    [listed] = past_shows([data, spare])
    assert listed.path.parent.parent == data and listed.entries == 2
    assert not (spare / listed.path.parent.name).exists()


def test_a_journal_resumed_from_a_fallback_folder_goes_back_home(tmp_path, monkeypatch):
    data, documents = tmp_path / "data", tmp_path / "documents"
    monkeypatch.setattr(writer, "data_folder", lambda: data)
    monkeypatch.setattr(writer, "fallback_folders", lambda: [documents])
    files = FlakyFiles()
    files.broken[data] = errno.EACCES
    clock = clock_at(13, 0)
    show = Show(SCHEDULE, clock)
    journal = Journal.create(AGENDA, clock, opener=files)
    journal.record_action(show.start(), show.state.show)
    assert journal.path.parent.parent == documents
    clock.advance(120)  # the app dies; the data folder is fixed before it starts again
    resumed = Journal.resume(journal.path, clock)
    assert resumed.path.parent.parent == data and resumed.trouble is None
    assert [type(e) for e in read_journal(resumed.path).entries] == [ActionEntry, ResumeEntry]
    assert not journal.path.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_journals_and_their_folders_are_readable_by_the_user_only(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "umask", os.umask)  # restored after the test
    os.umask(0o022)
    show, clock, journal = new_show(tmp_path)
    journal.record_action(show.start(), show.state.show)

    def mode(path):
        return path.stat().st_mode & 0o777

    folder = journal.path.parent
    assert [mode(p) for p in (tmp_path / "data", folder)] == [0o700, 0o700]
    assert {mode(p) for p in folder.iterdir()} == {0o600}
    resumed = Journal.resume(journal.path, clock, fallbacks=[])
    resumed.record_note("재개")
    assert {mode(p) for p in folder.iterdir()} == {0o600}


# --- replay and resume ---------------------------------------------------------------------------


def same_moment(replayed: Show, reference: Show) -> None:
    """The rebuilt show shows what the show that never stopped shows, to the millisecond."""
    mine, theirs = replayed.snapshot(), reference.snapshot()
    assert mine.state is theirs.state
    if theirs.current is None:
        assert mine.current is None
    else:
        assert mine.current.segment.index == theirs.current.segment.index
        assert mine.current.remaining == pytest.approx(theirs.current.remaining, abs=1e-3)
        if theirs.current.block_remaining is None:
            assert mine.current.block_remaining is None
        else:
            assert mine.current.block_remaining == pytest.approx(
                theirs.current.block_remaining, abs=1e-3
            )
    assert mine.drift == pytest.approx(theirs.drift, abs=1e-3)
    assert mine.projected_end == pytest.approx(theirs.projected_end, abs=1e-3)
    for a, b in zip(mine.items, theirs.items, strict=True):
        assert (a.status, a.actual_start, a.actual_end) == (b.status, b.actual_start, b.actual_end)


@pytest.mark.parametrize("crash", ["13:10", "14:12:30", "14:58", "15:20", "16:03", "17:08"])
def test_resume_after_a_crash_includes_the_downtime(tmp_path, crash):
    show, clock, journal = new_show(tmp_path)
    hours, minutes, *seconds = (int(part) for part in crash.split(":"))
    play_afternoon(show, clock, journal, until=hm(f"{hours}:{minutes}") + sum(seconds))
    # The app dies; it is started again 4 min 30 s later, in a process whose monotonic
    # clock has nothing to do with the old one.
    clock.advance(270)
    later = FakeClock(clock.now(), monotonic=7.0)
    resumed, notices = load_show(journal.path, later)
    assert notices == []
    assert resumed.clock is later
    same_moment(resumed, show)
    # Alerts announced before the crash are not announced again; the ones due during
    # the downtime are, marked late.
    announced, expected = resumed.poll(), show.poll()
    assert [(a.kind, a.minute, a.late) for a in announced] == [
        (a.kind, a.minute, a.late) for a in expected
    ]


def test_a_wall_clock_jump_during_the_show_does_not_move_durations(tmp_path):
    show, clock, journal = new_show(tmp_path)
    play_afternoon(show, clock, journal, until=hm("14:12"))
    clock.jump_wall(-3600)  # someone sets the laptop's clock an hour back
    journal.record_action(show.next(), show.state.show)
    clock.advance(100)
    resumed, _ = load_show(journal.path, FakeClock(clock.now(), monotonic=0.0))
    assert resumed.snapshot().current.elapsed == pytest.approx(100)


def test_resuming_twice_keeps_each_run_on_its_own_clock(tmp_path):
    show, clock, journal = new_show(tmp_path)
    play_afternoon(show, clock, journal, until=hm("15:10"))
    # First crash: down 2 minutes; then the show goes on in the new run for 3 minutes.
    clock.advance(120)
    second = FakeClock(clock.now(), monotonic=50.0)
    resumed, _ = load_show(journal.path, second)
    journal = Journal.resume(journal.path, second, fallbacks=[])
    for run_clock, run_show in ((second, resumed), (clock, show)):
        run_clock.advance(100)
        action = run_show.next()
        run_clock.advance(80)
        assert action is not None
    journal.record_action(resumed.history[-1], resumed.state.show)
    # Second crash: down 10 minutes, started again on yet another clock.
    clock.advance(600)
    third = FakeClock(clock.now(), monotonic=1e6)
    again, notices = load_show(journal.path, third)
    assert notices == []
    assert isinstance(read_journal(journal.path).entries[-2], ResumeEntry)
    same_moment(again, show)


def test_resume_drops_a_torn_line_and_goes_on_writing(tmp_path):
    show, clock, journal = new_show(tmp_path)
    play_afternoon(show, clock, journal, until=hm("13:40"))
    with journal.path.open("ab") as stream:
        stream.write(b'{"seq": 77, "type": "ale')
    clock.advance(60)
    resumed, notices = load_show(journal.path, clock)
    assert [n.code for n in notices] == ["torn_end"]
    continued = Journal.resume(journal.path, clock, fallbacks=[])
    continued.record_action(resumed.next(), resumed.state.show)
    data = read_journal(journal.path)
    assert data.notices == ()
    assert [type(e) for e in data.entries[-2:]] == [ResumeEntry, ActionEntry]
    assert [e.seq for e in data.entries] == list(range(1, len(data.entries) + 1))


def test_undo_and_rebalancing_replay_to_the_same_show(tmp_path):
    show, clock, journal = new_show(tmp_path)
    play_afternoon(show, clock, journal, until=hm("15:01"))
    proposal = show.snapshot().proposal
    assert proposal is not None
    for perform in (lambda: show.rebalance(proposal), show.undo, lambda: show.rebalance(proposal)):
        action = perform()
        journal.record_action(action, show.state.show)
        clock.advance(5)
    for _ in range(3):
        journal.record_action(show.next(), show.state.show)
        clock.advance(200)
    journal.record_action(show.pause(), show.state.show)
    clock.advance(42)
    resumed, notices = load_show(journal.path, FakeClock(clock.now(), monotonic=3.0))
    assert notices == []
    assert resumed.state.lengths == show.state.lengths
    same_moment(resumed, show)


# --- past shows ----------------------------------------------------------------------------------


def test_past_shows_and_the_unfinished_one(tmp_path):
    folder = tmp_path / "data"
    assert find_unfinished([folder], FakeClock()) is None
    finished, clock, journal = new_show(tmp_path)
    play_afternoon(finished, clock, journal)  # ends with NEXT past the closing remarks
    assert finished.state.show is ShowState.ENDED
    assert find_unfinished([folder], clock) is None
    # The next day, a rehearsal: started, then the laptop dies.
    clock.advance(24 * 3600)
    rehearsal = Show(SCHEDULE, clock)
    second = Journal.create(AGENDA, clock, folder, fallbacks=[])
    second.record_action(rehearsal.start(), rehearsal.state.show)
    shows = past_shows([folder, tmp_path / "nothing-here"])
    assert [(s.path, s.ended) for s in shows] == [(second.path, False), (journal.path, True)]
    assert shows[1].started == dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC)
    assert shows[1].last_activity.time() == dt.time(17, 11)
    assert find_unfinished([folder], clock).path == second.path
    # Ended and then undone is not ended.
    second.record_action(rehearsal.end(), rehearsal.state.show)
    assert find_unfinished([folder], clock) is None
    second.record_action(rehearsal.undo(), rehearsal.state.show)
    assert find_unfinished([folder], clock).path == second.path


def test_a_set_aside_or_old_show_is_not_offered(tmp_path):
    from emcee.core.journal import set_aside

    folder = tmp_path / "data"
    show, clock, journal = new_show(tmp_path)
    journal.record_action(show.start(), show.state.show)
    unfinished = find_unfinished([folder], clock)
    assert unfinished is not None
    assert find_unfinished([folder], FakeClock(clock.now() + dt.timedelta(hours=13))) is None
    set_aside(unfinished, clock)
    assert find_unfinished([folder], clock) is None
    (listed,) = past_shows([folder])
    assert listed.set_aside and not listed.ended
    assert read_journal(listed.path).entries[-1].tag == "set-aside"


def test_a_broken_journal_in_the_folder_does_not_hide_the_others(tmp_path):
    _show, _clock, journal = new_show(tmp_path)
    junk = tmp_path / "data" / "junk"
    junk.mkdir()
    (junk / "journal.jsonl").write_bytes(b"\xff\xfe garbage")
    assert [s.path for s in past_shows([tmp_path / "data"])] == [journal.path]


def test_two_shows_opened_in_the_same_second_get_their_own_folders(tmp_path):
    clock = clock_at(13, 0)
    first = Journal.create(AGENDA, clock, tmp_path, fallbacks=[tmp_path / "spare"])
    second = Journal.create(AGENDA, clock, tmp_path, fallbacks=[tmp_path / "spare"])
    assert first.path != second.path
    assert second.path.parent.name == first.path.parent.name + "-2"
    assert read_journal(first.path).header.show_id != read_journal(second.path).header.show_id


def test_recording_never_raises(tmp_path):
    show, _clock, journal = new_show(tmp_path)
    journal.record_action(None, show.state.show)  # an action that changed nothing
    journal.record_note("broken \udcff text")
    assert read_journal(journal.path).entries[-1].text == "broken ? text"
    journal._stream.close()  # closed under the journal's feet
    journal.record_action(show.start(), show.state.show)
    assert len(read_journal(journal.path).entries) == 2
    assert journal.trouble is None  # rewritten in the same place: nothing to warn about


def test_an_agenda_edit_during_the_show_is_journaled_and_replayed(tmp_path):
    from dataclasses import replace

    show, clock = reference_show()
    journal = Journal.create(AGENDA, clock, folder=tmp_path)
    journal.record_action(show.start())
    clock.advance(300)
    items = list(show.schedule.agenda.items)
    items[-1] = replace(items[-1], title="폐회사 및 기념 촬영", duration=15 * 60)
    journal.record_action(show.edit(replace(show.schedule.agenda, items=tuple(items))))
    clock.advance(60)
    resumed, notices = load_show(journal.path, clock)
    assert notices == []
    assert resumed.schedule.items[-1].item.title == "폐회사 및 기념 촬영"
    assert resumed.snapshot().planned_end == show.snapshot().planned_end == hm("17:20")


# --- journals written before items had phases of any kind ----------------------------------


def test_a_journal_written_before_phases_of_any_kind_replays_as_it_did(tmp_path):
    # fixtures/journal-before-phases: a show of the built-in event with every kind of
    # action (a comeback, a jump and its undo, a rebalance of two discussions named by
    # kind, a skip, an edit carrying the whole agenda), and the report it gave then.
    folder = Path(__file__).parent / "fixtures" / "journal-before-phases"
    report = to_json(build_report(folder / "journal.jsonl"))
    report["show"]["journal"] = "journal.jsonl"
    golden = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert report == golden
    assert golden["notices"] == []
