"""What is worth telling about a journal (damage, a move on disk trouble), in Korean or
English, and the error of a journal that cannot be used at all."""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from emcee.core.agenda.problems import Lang, in_language

# code -> (English, Korean). The core imports no Qt, so these live here, as in problems.py.
MESSAGES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "file_missing": (
            "the journal {path} does not exist.",
            "기록 파일 {path}이(가) 없습니다.",
        ),
        "file_unreadable": (
            "the journal {path} cannot be read ({reason}).",
            "기록 파일 {path}을(를) 읽을 수 없습니다({reason}).",
        ),
        "empty": (
            "the journal {path} is empty: the show was never recorded.",
            "기록 파일 {path}이(가) 비어 있습니다. 기록된 행사가 없습니다.",
        ),
        "no_header": (
            "the journal {path} does not start with a show description ({detail}); "
            "it is not an emcee journal or its first line is damaged.",
            "기록 파일 {path}의 첫 줄에 행사 정보가 없습니다({detail}). emcee 기록 파일이 "
            "아니거나 첫 줄이 손상되었습니다.",
        ),
        "newer_format": (
            "the journal was written by a newer emcee (format {format}); "
            "parts of it may be left out.",
            "더 새로운 emcee가 쓴 기록입니다(형식 {format}). 일부 내용을 읽지 못할 수 있습니다.",
        ),
        "torn_end": (
            "line {line} is an incomplete entry (the computer probably lost power while "
            "writing it); the journal was read up to the last complete entry.",
            "{line}번째 줄은 끝까지 쓰이지 않은 기록입니다(기록 중 전원이 꺼진 것으로 "
            "보입니다). 마지막으로 완전한 기록까지 읽었습니다.",
        ),
        "corrupt_line": (
            "line {line} is damaged and was skipped ({detail}).",
            "{line}번째 줄이 손상되어 건너뛰었습니다({detail}).",
        ),
        "unknown_entry": (
            "line {line} has an entry of unknown type '{type}' and was skipped "
            "(written by a newer emcee?).",
            "{line}번째 줄의 기록 종류 '{type}'을(를) 알 수 없어 건너뛰었습니다(더 새로운 "
            "emcee가 쓴 기록일 수 있습니다).",
        ),
        "sequence_gap": (
            "entries {first}-{last} are missing before line {line}.",
            "{line}번째 줄 앞에 {first}-{last}번 기록이 빠져 있습니다.",
        ),
        "agenda_missing": (
            "the agenda the show ran on ({file}) is not beside the journal, so the show "
            "cannot be rebuilt.",
            "행사에 쓰인 진행표({file})가 기록 파일과 같은 폴더에 없어 행사를 다시 구성할 수 "
            "없습니다.",
        ),
        "agenda_changed": (
            "the stored agenda {file} was changed after the show (its content no longer "
            "matches the journal); the figures may be off.",
            "저장된 진행표 {file}이(가) 행사 뒤에 바뀌었습니다(기록과 내용이 다릅니다). "
            "수치가 정확하지 않을 수 있습니다.",
        ),
        "agenda_invalid": (
            "the stored agenda {file} cannot be used: {detail}",
            "저장된 진행표 {file}을(를) 쓸 수 없습니다: {detail}",
        ),
        "action_ignored": (
            "line {line}: the action '{kind}' changed nothing when replayed.",
            "{line}번째 줄: '{kind}' 조작이 다시 적용될 때 아무것도 바꾸지 않았습니다.",
        ),
        "action_failed": (
            "line {line}: the action '{kind}' could not be replayed ({detail}); it was left out.",
            "{line}번째 줄: '{kind}' 조작을 다시 적용할 수 없어 빼고 진행했습니다({detail}).",
        ),
        "journal_moved": (
            "The show journal cannot be written in {old} ({reason}). It is now written in "
            "{new}; nothing recorded so far was lost.",
            "행사 기록을 {old}에 쓸 수 없습니다({reason}). 지금은 {new}에 기록하고 있으며, "
            "지금까지의 기록은 모두 옮겨졌습니다.",
        ),
        "journal_nowhere": (
            "The show journal cannot be written anywhere ({reason}). The show goes on, but "
            "if emcee stops, what happened since {since} is lost. Free some disk space.",
            "행사 기록을 어디에도 쓸 수 없습니다({reason}). 진행은 계속되지만 emcee가 "
            "멈추면 {since} 이후의 기록은 사라집니다. 디스크 공간을 확보하세요.",
        ),
    }
)

# Why a file could not be written or read, said plainly. "other" shows the system's words.
REASONS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "disk_full": ("the disk is full", "디스크가 가득 찼습니다"),
        "read_only": (
            "the folder is read-only or not writable",
            "읽기 전용이거나 쓰기 권한이 없는 폴더입니다",
        ),
        "not_a_folder": ("the path is not a folder", "폴더가 아닌 경로입니다"),
        "other": ("{detail}", "{detail}"),
    }
)


def reason_of(error: OSError) -> dict[str, str]:
    code = {
        errno.ENOSPC: "disk_full",
        errno.EDQUOT: "disk_full",
        errno.EROFS: "read_only",
        errno.EACCES: "read_only",
        errno.EPERM: "read_only",
        errno.ENOTDIR: "not_a_folder",
        errno.EEXIST: "not_a_folder",
    }.get(error.errno or 0, "other")
    return {"reason": code, "detail": error.strerror or str(error)}


@dataclass(frozen=True)
class Notice:
    """Something worth telling about a journal, in Korean or English."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    line: int | None = None  # 1-based line of the journal, when it is about one

    def message(self, lang: Lang = "en") -> str:
        params = dict(self.params)
        if self.line is not None:
            params.setdefault("line", str(self.line))
        reason = params.get("reason", "")
        if reason in REASONS:
            params["reason"] = in_language(REASONS[reason], lang).format(
                detail=params.get("detail", "")
            )
        return in_language(MESSAGES[self.code], lang).format_map(_Defaulting(params))


class _Defaulting(dict[str, str]):
    """Format parameters where a missing one shows as '?' instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"


class JournalError(Exception):
    """A journal that cannot be used at all (missing, empty, not a journal, no agenda)."""

    def __init__(self, notice: Notice) -> None:
        self.notice = notice
        super().__init__(notice.message("en"))

    def describe(self, lang: Lang = "en") -> str:
        return self.notice.message(lang)
