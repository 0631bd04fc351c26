"""Make the web views' Korean font from the shipped NanumGothic (OFL): WOFF2 subsets.

    pip install fonttools brotli          # (in the test extra)
    python scripts/make_webfont.py        # writes resources/web/nanum-*.woff2 (committed)

A phone without a Korean font must still show Korean, so the pages carry their own. The
whole NanumGothic is 4.7 MB a face; the pages load, per face:

- ``nanum-<face>.woff2``: the 2,350 Hangul syllables of KS X 1001 (the ones Korean text
  uses, and all that EUC-KR could write), Latin, digits, the punctuation and symbols the
  pages and agendas use (▲ ■ ‖ · – — “ ” ※ ① …) and every character of the page texts;
- ``nanum-<face>-ext.woff2``: the other 8,822 syllables, and ``nanum-<face>-hanja.woff2``:
  the 4,888 Hanja of KS X 1001 (titles write 人 or 韓 now and then), which a browser
  downloads only when a title or a name on the page has one (CSS unicode-range). The
  Hanja are Regular only (750 KB a face): a browser draws their bold itself.

Regular and Bold both: titles, names and the digits are bold, and a browser's own bold
(smeared regular) is wider, so the digits would not fill their box the same way.
Hinting is dropped (browsers on phones do not use it) and so are layout features
(Hangul needs none; Latin kerning is not worth its bytes here).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from emcee.net.texts import page_texts  # noqa: E402

FACES = {"regular": "NanumGothic.ttf", "bold": "NanumGothicBold.ttf"}
OUT = ROOT / "resources" / "web"

SYMBOLS = "·–—‘’“”…‥※○●◎◇◆□■△▲▽▼→←↑↓↔‖〈〉《》「」『』【】〔〕～①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"


def ks_x_1001_syllables() -> str:
    """The 2,350 syllables of KS X 1001, in EUC-KR's rows 0xB0-0xC8."""
    return "".join(
        bytes([high, low]).decode("euc-kr")
        for high in range(0xB0, 0xC9)
        for low in range(0xA1, 0xFF)
    )


def basic_characters() -> str:
    latin = "".join(chr(c) for c in range(0x20, 0x7F)) + "".join(chr(c) for c in range(0xA0, 0x100))
    jamo = "".join(chr(c) for c in range(0x3131, 0x318F))
    fullwidth = "".join(chr(c) for c in range(0xFF01, 0xFF5F))
    texts = "".join(text for table in page_texts().values() for text in table.values())
    return "".join(sorted(set(ks_x_1001_syllables() + latin + jamo + fullwidth + SYMBOLS + texts)))


def ks_x_1001_hanja() -> str:
    """The 4,888 Hanja of KS X 1001, in EUC-KR's rows 0xCA-0xFD."""
    return "".join(
        bytes([high, low]).decode("euc-kr")
        for high in range(0xCA, 0xFE)
        for low in range(0xA1, 0xFF)
    )


def other_syllables(basic: str) -> str:
    have = set(basic)
    return "".join(chr(c) for c in range(0xAC00, 0xD7A4) if chr(c) not in have)


def make(source: Path, characters: str, target: Path) -> int:
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # names, copyright and the licence
    options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5", "DSIG"]
    font = TTFont(source, recalcTimestamp=False)  # the same bytes at every run
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(target)
    return target.stat().st_size


def main() -> int:
    basic = basic_characters()
    parts = (("", basic), ("-ext", other_syllables(basic)), ("-hanja", ks_x_1001_hanja()))
    for face, file in FACES.items():
        source = ROOT / "resources" / "fonts" / file
        for suffix, characters in parts:
            if suffix == "-hanja" and face != "regular":
                continue
            target = OUT / f"nanum-{face}{suffix}.woff2"
            size = make(source, characters, target)
            print(f"{target.relative_to(ROOT)}: {len(characters)} characters, {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
