"""What is worth telling about a journal (damage, a move on disk trouble), in Korean or
English, and the error of a journal that cannot be used at all."""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from emcee.core.texts import QT_TRANSLATE_NOOP, Lang, translate

# code -> message, translated when it is written out (emcee.core.texts).
MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "file_missing": QT_TRANSLATE_NOOP("JournalNotice", "the journal {path} does not exist."),
        "file_unreadable": QT_TRANSLATE_NOOP(
            "JournalNotice", "the journal {path} cannot be read ({reason})."
        ),
        "empty": QT_TRANSLATE_NOOP(
            "JournalNotice", "the journal {path} is empty: the show was never recorded."
        ),
        "no_header": QT_TRANSLATE_NOOP(
            "JournalNotice",
            "the journal {path} does not start with a show description ({detail}); "
            "it is not an emcee journal or its first line is damaged.",
        ),
        "newer_format": QT_TRANSLATE_NOOP(
            "JournalNotice",
            "the journal was written by a newer emcee (format {format}); "
            "parts of it may be left out.",
        ),
        "torn_end": QT_TRANSLATE_NOOP(
            "JournalNotice",
            "line {line} is an incomplete entry (the computer probably lost power while "
            "writing it); the journal was read up to the last complete entry.",
        ),
        "corrupt_line": QT_TRANSLATE_NOOP(
            "JournalNotice", "line {line} is damaged and was skipped ({detail})."
        ),
        "unknown_entry": QT_TRANSLATE_NOOP(
            "JournalNotice",
            "line {line} has an entry of unknown type '{type}' and was skipped "
            "(written by a newer emcee?).",
        ),
        "sequence_gap": QT_TRANSLATE_NOOP(
            "JournalNotice", "entries {first}-{last} are missing before line {line}."
        ),
        "agenda_missing": QT_TRANSLATE_NOOP(
            "JournalNotice",
            "the agenda the show ran on ({file}) is not beside the journal, so the show "
            "cannot be rebuilt.",
        ),
        "agenda_changed": QT_TRANSLATE_NOOP(
            "JournalNotice",
            "the stored agenda {file} was changed after the show (its content no longer "
            "matches the journal); the figures may be off.",
        ),
        "agenda_invalid": QT_TRANSLATE_NOOP(
            "JournalNotice", "the stored agenda {file} cannot be used: {detail}"
        ),
        "action_ignored": QT_TRANSLATE_NOOP(
            "JournalNotice", "line {line}: the action '{kind}' changed nothing when replayed."
        ),
        "action_failed": QT_TRANSLATE_NOOP(
            "JournalNotice",
            "line {line}: the action '{kind}' could not be replayed ({detail}); it was left out.",
        ),
        "journal_moved": QT_TRANSLATE_NOOP(
            "JournalNotice",
            "The show journal cannot be written in {old} ({reason}). It is now written in "
            "{new}; nothing recorded so far was lost.",
        ),
        "journal_nowhere": QT_TRANSLATE_NOOP(
            "JournalNotice",
            "The show journal cannot be written anywhere ({reason}). The show goes on, but "
            "if emcee stops, what happened since {since} is lost. Free some disk space.",
        ),
    }
)

# Why a file could not be written or read, said plainly. "other" shows the system's words.
REASONS: Mapping[str, str] = MappingProxyType(
    {
        "disk_full": QT_TRANSLATE_NOOP("JournalNotice", "the disk is full"),
        "read_only": QT_TRANSLATE_NOOP("JournalNotice", "the folder is read-only or not writable"),
        "not_a_folder": QT_TRANSLATE_NOOP("JournalNotice", "the path is not a folder"),
        "other": "{detail}",
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
            params["reason"] = translate("JournalNotice", REASONS[reason], lang).format(
                detail=params.get("detail", "")
            )
        return translate("JournalNotice", MESSAGES[self.code], lang).format_map(_Defaulting(params))


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
