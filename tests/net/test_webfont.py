"""The pages' own Korean font covers what the pages and Korean agendas write."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from emcee import resources
from emcee.net.pages import ASSETS
from emcee.net.texts import page_texts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
TTFont = pytest.importorskip("fontTools.ttLib").TTFont
pytest.importorskip("brotli")  # fontTools reads WOFF2 with it

import make_webfont  # noqa: E402


def characters(name: str) -> set[str]:
    font = TTFont(str(resources.path(f"web/{name}")))
    return {chr(code) for code in font.getBestCmap()}


@pytest.mark.parametrize("face", ["regular", "bold"])
def test_the_first_font_has_ks_x_1001_hangul_latin_and_every_page_text(face):
    have = characters(f"nanum-{face}.woff2")
    assert set(make_webfont.ks_x_1001_syllables()) <= have
    texts = [text for table in page_texts().values() for text in table.values()]
    needed = {c for text in texts for c in text if c != " "}
    assert needed - have == set()
    assert set("0123456789:+") <= have and set("▲■‖·") <= have


def test_every_hangul_syllable_and_the_common_hanja_are_shipped():
    hangul = {chr(c) for c in range(0xAC00, 0xD7A4)}
    assert hangul <= characters("nanum-regular.woff2") | characters("nanum-regular-ext.woff2")
    assert hangul <= characters("nanum-bold.woff2") | characters("nanum-bold-ext.woff2")
    assert "人" in characters("nanum-regular-hanja.woff2")


def test_the_fonts_are_small_and_all_are_served():
    for name in ASSETS:
        assert resources.path(f"web/{name}").is_file(), name
    first_load = sum(
        resources.path(f"web/nanum-{face}.woff2").stat().st_size for face in ("regular", "bold")
    )
    assert first_load < 400_000
