"""The one way to find emcee's resources (agenda, fonts, sounds, icons, translations).

Installed wheels and frozen builds carry them inside the package as ``emcee/resources``;
a source checkout has them in the top-level ``resources/`` folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

REFERENCE_AGENDA = "agenda/reference-2023-06-23.toml"


@cache
def root() -> Path:
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def path(relative: str) -> Path:
    """The file ``relative`` (e.g. ``"fonts/NanumGothic.ttf"``) under the resources folder."""
    return root() / relative


def reference_agenda() -> Path:
    """The built-in agenda: the 2023-06-23 sharing session, opened when no file is given."""
    return path(REFERENCE_AGENDA)
