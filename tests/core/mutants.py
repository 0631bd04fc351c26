"""Seeded mutants of the reference agenda and of its run sheet, for the fuzz test in the
suite (tests/core/test_agenda_fuzz.py) and the longer run (bench/fuzz.py).

Each mutant is the reference with a few changes of the kinds real files get: lines lost,
doubled or swapped, a value replaced by one of another type or out of any range, a pasted
URL, ID list or base64 blob thousands of characters long in a title or notes, numbers of
thousands of digits, brackets nested thousands deep, stray characters and bytes, other
encodings. A mutant is the same for the same seed, so a failure can be replayed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import string
from dataclasses import dataclass
from pathlib import Path

from emcee import resources

REFERENCE = resources.reference_agenda().read_text(encoding="utf-8")
RUN_SHEET = (Path(__file__).parent / "fixtures" / "runsheet" / "press-release-table.txt").read_text(
    encoding="utf-8"
)

# Values as a hand or a careless tool writes them, and some no one would.
VALUES = [
    '"0m"',
    '"-1m"',
    '"90m"',
    '"25h"',
    '"13:00"',
    '"24:30"',
    '"7:05"',
    "5",
    "-3",
    "3.5",
    "1e999",
    "-1e999",
    "nan",
    "inf",
    "true",
    '""',
    "[]",
    "{}",
    '[{ presenter = "x" }]',
    '[{ presenter = "x", duration = "50m" }]',
    "2023-06-23",
    "13:00:00",
    '"session"',
    '"break"',
    '"to-end"',
    '"nonsense"',
    '"한글"',
    '"99999999999999999999h"',
    '"4294967296m"',
    '"18446744073709551616s"',
    "99999999999999999999999999999",
]
ACTIONS = ["delete", "duplicate", "swap", "value", "value", "insert", "truncate", "char"]
ACTIONS += ["long", "long", "items", "lines"]
KEYS = ["duration", "start", "title", "notes", "kind", "speakers", "minimum", "warning", "x"]


def long_run(rng: random.Random) -> str:
    """A run of letters or digits as people paste them: a URL, an ID list, base64, digits."""
    length = rng.choice([300, 2_000, 20_000, 200_000])
    kind = rng.choice(
        ["letters", "digits", "base64", "url", "ids", "spaces", "separators", "spaced words"]
    )
    if kind == "spaces":  # padding, as a copy from a PDF brings it
        return rng.choice([" ", "\t", "\u3000", " 1"]) * length + rng.choice(["x", "m", "1"])
    if kind == "separators":  # the characters times are made of, over and over
        pieces = ["13:", "~", "(30)", "1~", "0-", ":0", "h1m", "분", "(", "[", "{a="]
        return rng.choice(pieces) * (length // 3)
    if kind == "spaced words":  # a word the importer looks for, then nothing but spaces
        word = rng.choice(["발표", "토론", "시간", "(제", "talks", "duration =", "1h"])
        return word + " " * length + rng.choice(["x", ":", "(1", ""])
    if kind == "letters":
        return rng.choice(string.ascii_letters) * length
    if kind == "digits":
        return "".join(rng.choice(string.digits) for _ in range(min(length, 20_000))) * max(
            1, length // 20_000
        )
    if kind == "base64":
        alphabet = string.ascii_letters + string.digits + "+/"
        return "".join(rng.choice(alphabet) for _ in range(length))
    if kind == "url":
        return "https://example.org/" + "a1_-" * (length // 4) + "?x=1&y=" + "9" * 50
    return ",".join(str(rng.randrange(10**6)) for _ in range(length // 7))


def huge_number(rng: random.Random) -> str:
    """A number too long for any field (int() of over 4,300 digits raises)."""
    digits = "".join(rng.choice(string.digits[1:]) for _ in range(rng.choice([30, 5_000, 50_000])))
    return rng.choice([digits, f'"{digits}m"', f'"{digits}h{digits}s"', f'"1h{digits}m"'])


def nested(rng: random.Random) -> str:
    depth = rng.choice([50, 2_000, 100_000])
    if rng.random() < 0.5:
        return "[" * depth + "]" * depth
    return "{ a = " * depth + "1" + " }" * depth


def _value(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(VALUES)
    if roll < 0.75:
        return '"' + long_run(rng) + '"'
    if roll < 0.9:
        return huge_number(rng)
    return nested(rng)


@dataclass(frozen=True)
class Mutant:
    seed: int
    changes: tuple[str, ...]  # what was done, to print with a failure
    data: bytes


def agenda_mutant(seed: int) -> Mutant:
    """The reference agenda with one to five changes."""
    rng = random.Random(seed)
    lines = REFERENCE.splitlines()
    changes: list[str] = []
    for _ in range(rng.randint(1, 5)):
        if not lines:
            break
        index = rng.randrange(len(lines))
        line = lines[index]
        action = rng.choice(ACTIONS)
        changes.append(f"{action}@{index + 1}")
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, line)
        elif action == "swap":
            other = rng.randrange(len(lines))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "value" and "=" in line:
            key = line.split("=", 1)[0]
            lines[index] = f"{key}= {_value(rng)}"
        elif action == "insert":
            lines.insert(index, f"{rng.choice(KEYS)} = {_value(rng)}")
        elif action == "truncate":
            lines = lines[:index]
        elif action == "long":  # a pasted blob in a title or the notes
            key = rng.choice(["title", "notes", "presenter"])
            lines.insert(index, f'{key} = "{long_run(rng)}"')
        elif action == "items":  # a program that copied one item many times
            block = ["[[items]]", 'title = "복사"', 'duration = "1m"']
            lines += block * rng.choice([10, 600])
        elif action == "lines":  # padding: blank lines, comments, spaces
            filler = rng.choice(["", "# " + "주석" * 50, " " * 200, "\t"])
            lines[index:index] = [filler] * rng.choice([100, 10_000])
        else:
            position = rng.randint(0, len(line))
            char = rng.choice(['"', "'", "[", "]", "{", "}", "=", "#", "\\", "\x00", "\x7f"])
            if rng.random() < 0.5:
                char = chr(rng.choice([rng.randrange(32, 127), rng.randrange(0xAC00, 0xD7A4)]))
            lines[index] = line[:position] + char + line[position + 1 :]
    text = "\n".join(lines) + "\n"
    data = text.encode("utf-8", "surrogatepass")
    roll = rng.random()
    if roll < 0.05:
        data = text.encode("cp949", "replace")
        changes.append("cp949")
    elif roll < 0.08:
        data = text.encode("utf-16")
        changes.append("utf-16")
    elif roll < 0.15 and data:
        position = rng.randrange(len(data))
        data = data[:position] + bytes([rng.randrange(256)]) + data[position + 1 :]
        changes.append(f"byte@{position}")
    return Mutant(seed, tuple(changes), data)


# --- run sheets ------------------------------------------------------------------------------

SHEET_ROWS = [line.split("\t") for line in RUN_SHEET.splitlines()]
CELLS = [
    "",
    "13:00~13:30 (30)",
    "13:00",
    "(30)",
    "30분",
    "25:00",
    "23:30~24:00",
    "오후 1:30",
    "１３：００",
    "미정",
    "○ 휴식",
    "※ 장소: 2층",
    "=SUM(A1)",
    "\x00",
]


def _cell(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(CELLS)
    if roll < 0.8:
        return long_run(rng)[: rng.choice([50, 5_000, 40_000])]
    return huge_number(rng).strip('"')


@dataclass(frozen=True)
class SheetMutant:
    seed: int
    form: str  # "csv", "text" or "xlsx"
    changes: tuple[str, ...]
    data: bytes  # the file (csv, xlsx) or the pasted text in UTF-8


def run_sheet_rows(rng: random.Random, changes: list[str]) -> list[list[str]]:
    rows = [list(row) for row in SHEET_ROWS]
    for _ in range(rng.randint(1, 5)):
        index = rng.randrange(len(rows))
        action = rng.choice(
            ["delete", "duplicate", "swap", "cell", "cell", "cell", "columns", "title"]
        )
        changes.append(f"{action}@{index + 1}")
        if action == "delete" and len(rows) > 1:
            del rows[index]
        elif action == "duplicate":
            rows.insert(index, list(rows[index]))
        elif action == "swap":
            other = rng.randrange(len(rows))
            rows[index], rows[other] = rows[other], rows[index]
        elif action == "cell":
            row = rows[index]
            column = rng.randrange(len(row) + 1)
            if column == len(row):
                row.append(_cell(rng))
            else:
                row[column] = _cell(rng)
        elif action == "title" and len(rows[index]) > 1:  # a pasted blob in a title
            rows[index][1] = "○ " + long_run(rng)[:40_000]
        else:
            rows[index] = rows[index] * rng.choice([2, 40])
    return rows


def run_sheet_mutant(seed: int) -> SheetMutant:
    rng = random.Random(seed)
    changes: list[str] = []
    rows = run_sheet_rows(rng, changes)
    form = rng.choice(["csv", "text", "xlsx"])
    if form == "text":
        text = "\n".join("\t".join(row) for row in rows)
        return SheetMutant(seed, form, tuple(changes), text.encode())
    if form == "csv":
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=rng.choice([",", ";", "\t"])).writerows(rows)
        encoding = rng.choice(["utf-8", "utf-8-sig", "cp949", "utf-16"])
        data = buffer.getvalue().encode(encoding, "replace")
        return SheetMutant(seed, form, (*changes, encoding), data)
    return SheetMutant(seed, form, tuple(changes), _workbook(rows, rng, changes))


def _workbook(rows: list[list[str]], rng: random.Random, changes: list[str]) -> bytes:
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = openpyxl.Workbook()
    sheet = book.active
    typed: list[object] = [30, -5, 2.5, 1e300, True, dt.time(13, 0), dt.timedelta(minutes=30)]
    typed += [dt.datetime(2023, 6, 23, 13, 0), dt.timedelta(days=10**6), 10**30]
    for number, row in enumerate(rows, start=1):
        for column, text in enumerate(row, start=1):
            value: object = ILLEGAL_CHARACTERS_RE.sub("", text)[:32_000]
            if rng.random() < 0.08:
                value = rng.choice(typed)
            sheet.cell(number, column, value)
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    if rng.random() < 0.1:  # a damaged file
        position = rng.randrange(len(data))
        data = data[:position] + bytes([rng.randrange(256)]) + data[position + 1 :]
        changes.append(f"byte@{position}")
    return data
