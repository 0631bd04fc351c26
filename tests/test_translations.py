"""Every user-visible string has a Korean translation, and the compiled files are current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402


def test_every_string_in_the_code_is_translated(tmp_path):
    fresh = translations.update(tmp_path)  # extract from today's code, keep what is written
    assert fresh
    assert translations.missing(fresh) == []


def test_compiled_translations_match_their_sources(tmp_path):
    for ts in sorted(translations.TRANSLATIONS.glob("*.ts")):
        compiled = tmp_path / ts.with_suffix(".qm").name
        tool = translations._tool("lrelease")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(compiled)], check=True)
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} missing: run scripts/translations.py release"
        assert committed.read_bytes() == compiled.read_bytes(), (
            f"{committed.name} is stale: run scripts/translations.py release"
        )
