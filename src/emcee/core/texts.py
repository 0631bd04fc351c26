"""One catalogue for every text a person reads: Qt's translation files.

Texts are written in English where they are used, marked with ``QT_TRANSLATE_NOOP(context,
text)``; pyside6-lupdate finds every call by that name, in the core as in the windows, and
keeps the texts with their Korean in ``resources/translations/<area>_<lang>.ts``
(scripts/translations.py). The windows translate through Qt (the compiled ``.qm`` files);
the core, which imports no Qt, reads the same ``.ts`` files (plain XML) once and translates
a text when it is written out, so ``emcee check`` in a terminal, a report's CSV and the
console say the same words. Placeholders are filled after translation: ``{name}`` in the
core, ``%1`` in Qt's texts. Which language is spoken is decided in ``emcee.language``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Literal

from emcee import resources

Lang = Literal["ko", "en"]
LANGUAGES: tuple[Lang, ...] = ("ko", "en")
SOURCE_LANGUAGE: Lang = "en"  # the texts in the code


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, marked for translation in ``context``; translated where it is shown."""
    return text


def translate(context: str, text: str, lang: Lang) -> str:
    """``text`` (marked in ``context``) in ``lang``; the English text where there is none."""
    if lang == SOURCE_LANGUAGE:
        return text
    return catalogue(lang).get((context, text), text)


@cache
def catalogue(lang: Lang) -> Mapping[tuple[str, str], str]:
    """(context, English) -> the finished translation, from every ``*_<lang>.ts`` shipped."""
    return read_catalogue(sorted(resources.path("translations").glob(f"*_{lang}.ts")))


def read_catalogue(paths: list[Path]) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ElementTree  # only once a text is translated

    found: dict[tuple[str, str], str] = {}
    for path in paths:
        try:
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError):
            continue  # a damaged file: English is still spoken, never a traceback
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") is not None:
                    continue  # unfinished, vanished or obsolete
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = forms[0] if forms else translation.text or ""  # Korean: one form
                if text:
                    found[(name, message.findtext("source") or "")] = text
    return found
