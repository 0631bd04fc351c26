"""Keep Qt translations current: extract strings (lupdate) and compile them (lrelease).

    python scripts/translations.py update    # refresh resources/translations/*_ko.ts
    python scripts/translations.py release   # compile them to .qm (committed)
    python scripts/translations.py missing   # list Korean translations still to write
    python scripts/translations.py fill console ko.tsv   # write translations from a TSV file
                                             # (lines: context<TAB>English<TAB>Korean)

One .ts file per area of the UI, so that areas can be translated independently, and one for
the core and the commands; the app loads every compiled file for its language, and the core
reads the .ts files (emcee.core.texts). Source strings are English. A string that moved
(to another class, or another area) keeps the translation it had, when it had only one.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ko",)

# area -> source files (globs relative to the repository root; "!" excludes)
AREAS: dict[str, list[str]] = {
    "console": [
        "src/emcee/app.py",
        "src/emcee/ui/*.py",
        "src/emcee/ui/console/*.py",
        "!src/emcee/ui/report_window.py",
        "!src/emcee/ui/report_charts.py",
        "!src/emcee/ui/import_dialog.py",
        "!src/emcee/ui/sharing.py",
        "!src/emcee/ui/sharing_panel.py",
        "!src/emcee/ui/sharing_texts.py",
        "!src/emcee/ui/share_command.py",
        "!src/emcee/ui/remote_actions.py",
        "!src/emcee/ui/remote_log.py",
    ],
    # Sharing on the network: the panel (Qt) and the web views' texts (read by the core).
    "sharing": [
        "src/emcee/net/*.py",
        "src/emcee/ui/sharing.py",
        "src/emcee/ui/sharing_panel.py",
        "src/emcee/ui/sharing_texts.py",
        "src/emcee/ui/share_command.py",
        "src/emcee/ui/remote_actions.py",
        "src/emcee/ui/remote_log.py",
    ],
    "presenter": ["src/emcee/ui/presenter/*.py"],
    "report": ["src/emcee/ui/report_window.py", "src/emcee/ui/report_charts.py"],
    "import": ["src/emcee/ui/import_dialog.py"],
    "editor": ["src/emcee/ui/editor/*.py"],
    # What the core and the commands say (Qt-free: emcee.core.texts reads the .ts itself).
    "core": ["src/emcee/core/**/*.py", "src/emcee/cli/*.py", "src/emcee/no_console.py"],
}


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(found) if found.exists() else f"pyside6-{name}"


def sources(area: str) -> list[Path]:
    files: list[Path] = []
    excluded = {ROOT / p[1:] for p in AREAS[area] if p.startswith("!")}
    for pattern in AREAS[area]:
        if not pattern.startswith("!"):
            files += sorted(ROOT.glob(pattern))
    return [f for f in files if f not in excluded]


def ts_file(area: str, lang: str) -> Path:
    return TRANSLATIONS / f"{area}_{lang}.ts"


def update(target_dir: Path = TRANSLATIONS) -> list[Path]:
    written = []
    target_dir.mkdir(parents=True, exist_ok=True)
    everywhere = _translations(sorted(TRANSLATIONS.glob("*.ts")))
    for area in AREAS:
        files = sources(area)
        if not files:
            continue
        for lang in LANGUAGES:
            target = target_dir / f"{area}_{lang}.ts"
            if target_dir != TRANSLATIONS and ts_file(area, lang).exists():
                target.write_bytes(ts_file(area, lang).read_bytes())
            command = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
            command += [str(f) for f in files] + ["-ts", str(target)]
            subprocess.run(command, check=True, cwd=ROOT)
            here = _translations([ts_file(area, lang)] if ts_file(area, lang).exists() else [])
            if _carry(target, [here, everywhere]):
                subprocess.run(command, check=True, cwd=ROOT)  # lupdate's own layout again
            _set_language(target, lang)
            written.append(target)
    return written


def _translations(paths: list[Path]) -> dict[str, set[str]]:
    """source text -> its finished translations, in any context of any of ``paths``."""
    found: dict[str, set[str]] = {}
    for ts in paths:
        for message in ElementTree.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None:
                continue
            if translation.get("type") is None and (translation.text or "").strip():
                found.setdefault(message.findtext("source") or "", set()).add(translation.text)
    return found


def _carry(path: Path, known: list[dict[str, set[str]]]) -> int:
    """Fill each new message of ``path`` whose text had one translation before: in the first
    of ``known`` (its own file, then every file) where it had any."""
    table = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            # lupdate may guess it from the same text elsewhere, but leaves it unfinished.
            new = translation is not None and translation.get("type") == "unfinished"
            had = next((texts[source] for texts in known if source in texts), set())
            if new and len(had) == 1:
                [table[(name, source)]] = had
    return fill(path, table) if table else 0


def _set_language(path: Path, lang: str) -> None:
    text = path.read_text(encoding="utf-8")
    if 'language="' not in text:
        text = text.replace("<TS version", f'<TS language="{lang}" version', 1)
        path.write_text(text, encoding="utf-8")


def release() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        command = [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(command, check=True)


def missing(paths: list[Path] | None = None) -> list[tuple[str, str]]:
    """(file, source text) of every message without a finished translation."""
    result = []
    for ts in paths if paths is not None else sorted(TRANSLATIONS.glob("*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            texts = [] if translation is None else [translation.text or ""]
            if translation is not None:
                texts += [form.text or "" for form in translation.iter("numerusform")]
            if unfinished or not any(text.strip() for text in texts):
                result.append((ts.name, source))
    return result


def fill(path: Path, table: dict[tuple[str, str], str]) -> int:
    """Write translations (context, source) -> text into a .ts file; returns how many."""
    tree = ElementTree.parse(path)
    written = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = table.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":  # Korean has a single plural form
                ElementTree.SubElement(translation, "numerusform").text = text
                translation.text = None
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            written += 1
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    path.write_text(header + body + "\n", encoding="utf-8")
    return written


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        for path in update():
            print("updated", path.relative_to(ROOT))
    elif command == "release":
        release()
    elif command == "fill" and len(argv) == 3:
        table = {}
        for line in Path(argv[2]).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                context, source, text = line.split("\t")
                table[(context, source)] = text
        for lang in LANGUAGES:
            print(ts_file(argv[1], lang).name, fill(ts_file(argv[1], lang), table), "written")
    elif command == "missing":
        for name, source in missing():
            print(f"{name}: {source}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
