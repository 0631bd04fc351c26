"""Where journals go: the show folders in the user's data folder and the fallbacks on disk
trouble, created readable by the user only."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from pathlib import Path

import platformdirs

JOURNAL_FILE = "journal.jsonl"
SHOWS_FOLDER = "shows"  # inside the user's data folder
FALLBACK_FOLDER = "emcee-shows"  # inside the documents and temp folders
PRIVATE_FILE = 0o600  # journals hold the operator's messages: the user's eyes only (POSIX)
PRIVATE_FOLDER = 0o700


def data_folder() -> Path:
    """Where journals go: the user's data folder (e.g. %LOCALAPPDATA%\\emcee\\shows)."""
    return Path(platformdirs.user_data_dir("emcee", appauthor=False)) / SHOWS_FOLDER


def fallback_folders() -> list[Path]:
    """Where journals go when the data folder cannot be written, in order: the documents
    folder, which survives a reboot, before the temp folder, which many systems empty at
    reboot (but which is often another disk, or memory, when the data folder's is full)."""
    return [
        Path(platformdirs.user_documents_dir()) / FALLBACK_FOLDER,
        Path(tempfile.gettempdir()) / FALLBACK_FOLDER,
    ]


def default_folders() -> list[Path]:
    return [data_folder(), *fallback_folders()]


def show_folder_name(title: str, started: dt.datetime) -> str:
    """``2023-06-23_130000-사회보장-특별지원구역-성과공유회``: sortable, and readable."""
    words = re.findall(r"\w+", title)  # \w takes Hangul too; drops what Windows refuses
    slug = "-".join(words)[:40].strip("-_") or "show"
    return f"{started.strftime('%Y-%m-%d_%H%M%S')}-{slug}"


def fsync_folder(folder: Path) -> None:
    """Make a new file's name durable too. Windows cannot open folders; NTFS needs none."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parent, readable by the user only (on POSIX)."""
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
