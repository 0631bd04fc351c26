"""One catalogue: every text a person reads (in the windows and in the core) has Korean,
with the placeholders of its English, and the compiled files are current."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402
from emcee.core.texts import read_catalogue, translate  # noqa: E402

# {name} (the core's, Python format) and %1 (Qt's); {{ and }} are braces, not places.
PLACE = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%\d+")


def test_every_string_in_the_code_is_translated(tmp_path):
    fresh = translations.update(tmp_path)  # extract from today's code, keep what is written
    assert fresh
    assert translations.missing(fresh) == []


def test_every_marked_text_is_in_the_catalogue_in_korean():
    # The core looks its texts up by (context, text): lupdate must have read each one as
    # Python reads it (escapes, strings joined over lines), and each must have Korean.
    catalogue = read_catalogue(sorted(translations.TRANSLATIONS.glob("*_ko.ts")))
    marked = []
    for path in sorted((ROOT / "src" / "emcee").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            if called and node.func.id == "QT_TRANSLATE_NOOP":
                marked.append(tuple(ast.literal_eval(argument) for argument in node.args))
    assert len(marked) > 250  # the core's tables and the editor's fields
    assert [text for text in marked if text not in catalogue] == []
    assert translate("Problem", "the file does not exist.", "ko") == "파일이 없습니다."


def test_every_korean_text_fills_the_places_of_its_english():
    wrong = []
    for ts in sorted(translations.TRANSLATIONS.glob("*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                if _places(text) != _places(source):
                    wrong.append((ts.name, source, text))
    assert wrong == []


def _places(text: str) -> list[str]:
    return sorted(found for found in PLACE.findall(text) if found not in ("{{", "}}"))


def test_the_places_check_sees_a_wrong_place():
    assert _places("{count} speakers over {limit}") != _places("발표자 {count}명, 한도 {limt}")
    assert _places("%1 items · %2–%3") == _places("항목 %1개 · %2–%3")
    assert _places("inside {{ }}") == []


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
