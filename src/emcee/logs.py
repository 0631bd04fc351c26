"""One log of what went wrong, to find later: a rotating file in the user's log folder.

What emcee used to print to stderr only (an error in a slot or a tick, a journal that could
not be read or written, an autosave that failed, where the presenter window went) goes to
``emcee.log`` there, and to stderr too when there is one: a windowed build has none, and a
venue laptop has no terminal open. The console's Help menu says where the file is.
The folder is readable by the user only: tracebacks may quote what the operator typed.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import platformdirs

LOG_FILE = "emcee.log"
MAX_BYTES = 1_000_000  # then emcee.log.1, .2, .3: a few shows' worth, never a full disk
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("emcee")


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """stderr as it is when a record comes: a windowed build has none, a test swaps it."""

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            self.stream = sys.stderr
            super().emit(record)


def log_folder() -> Path:
    """The user's log folder (e.g. %LOCALAPPDATA%\\emcee\\Logs, ~/.local/state/emcee/log)."""
    return Path(platformdirs.user_log_dir("emcee", appauthor=False))


def log_path() -> Path:
    return log_folder() / LOG_FILE


def open_log() -> Path:
    """Send emcee's log records to the log file (and to stderr, when there is one); the
    file's path. Again in the same process, it follows a log folder that moved."""
    from logging.handlers import RotatingFileHandler  # not for a command in a terminal

    from emcee.core.journal import make_private_folder  # the journal's private folders

    path = log_path()
    files = [h for h in log.handlers if isinstance(h, RotatingFileHandler)]
    if files and Path(files[0].baseFilename) == path:
        return path
    close_log()
    log.setLevel(logging.INFO)
    to_stderr = _Stderr()
    to_stderr.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(to_stderr)
    try:
        make_private_folder(path.parent)
        to_file = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:  # a log that cannot be written must not stop the show
        log.exception("no log file in %s", path.parent)
    else:
        to_file.setFormatter(logging.Formatter(FORMAT))
        log.addHandler(to_file)
    return path


def close_log() -> None:
    """Stop writing the log file (and stderr): the records go where Python sends them."""
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
