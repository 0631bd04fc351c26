"""Regenerate docs/screenshots/presenter-<size>-<state>.png: every presenter state, offscreen.

    python scripts/screenshots_presenter.py            # 1920x1080, 1280x720 and 1024x768
    python scripts/screenshots_presenter.py --more     # also 800x600, 3840x2160 and 2560x1080

The reference event runs on a fake clock, so every picture is the same on every run.
Only presenter-1920x1080-normal.png is committed (README); look at the others locally.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from emcee import resources
from emcee.core.agenda.file import load
from emcee.core.agenda.model import PhaseKind
from emcee.core.agenda.schedule import Schedule
from emcee.core.clock import FakeClock
from emcee.core.engine.show import Show
from emcee.ui.controller import Overlay
from emcee.ui.face import PALETTES
from emcee.ui.fonts import register_fonts
from emcee.ui.presenter.paint import paint_picture
from emcee.ui.presenter.picture import Picture, make_picture

ROOT = Path(__file__).resolve().parents[1]
SIZES = [(1920, 1080), (1280, 720), (1024, 768)]
MORE_SIZES = [(800, 600), (3840, 2160), (2560, 1080)]

# Items of the reference event (0-based): the report after the opening, Part 2, the
# first break, Part 3.
REPORT, PART2, BREAK, PART3 = 2, 4, 5, 6


@dataclass
class Scene:
    """One moment of the reference event."""

    show: Show
    clock: FakeClock
    overlay: Overlay = field(default_factory=Overlay)
    palette: str = "standard"
    language: str = "ko"
    overtime_blink: bool = False
    lit: bool = True

    def picture(self) -> Picture:
        picture = make_picture(
            self.show.snapshot(),
            self.overlay,
            PALETTES[self.palette],
            self.language,
            programme=self.show.schedule.programme,
            overtime_blink=self.overtime_blink,
        )
        return replace(picture, lit=self.lit)


def segment(show: Show, item: int, kind: PhaseKind = PhaseKind.MAIN, turn: int = 0) -> int:
    for candidate in show.segments:
        if (
            candidate.item_index == item
            and candidate.phase.kind is kind
            and candidate.turn_index == turn
        ):
            return candidate.index
    raise LookupError((item, kind, turn))


def scene_at(
    schedule: Schedule,
    start: tuple[int, int],
    first: tuple[int, PhaseKind, int],
    turns_before: int = 0,
    remaining: float | None = None,
    elapsed: float = 0.0,
) -> Scene:
    """Start the show at ``start`` (hh, mm) on ``first``; run ``turns_before`` turns exactly
    on time; then run the turn until ``remaining`` seconds are left (or for ``elapsed``)."""
    clock = FakeClock(dt.datetime(2023, 6, 23, 12, 0, tzinfo=dt.UTC))
    clock.set_time_of_day(*start)
    show = Show(schedule, clock)
    show.jump(segment(show, *first))
    show.start()
    for _ in range(turns_before):
        live = show.snapshot().current
        assert live is not None
        clock.advance(live.remaining)
        show.next()
    live = show.snapshot().current
    assert live is not None
    clock.advance(live.remaining - remaining if remaining is not None else elapsed)
    show.poll()
    return Scene(show, clock)


def scenes(schedule: Schedule) -> dict[str, Callable[[], Scene]]:
    part3 = (PART3, PhaseKind.PRESENTATION, 0)

    def idle() -> Scene:
        clock = FakeClock(dt.datetime(2023, 6, 23, 12, 52, 10, tzinfo=dt.UTC))
        return Scene(Show(schedule, clock), clock)

    def ended() -> Scene:
        scene = scene_at(schedule, (17, 5), (9, PhaseKind.MAIN, 0), remaining=0.5)
        scene.clock.advance(20)
        scene.show.end()
        return scene

    def fourth_speaker(remaining: float) -> Scene:
        return scene_at(schedule, (14, 55), part3, turns_before=3, remaining=remaining)

    def with_overlay(scene: Scene, overlay: Overlay) -> Scene:
        scene.overlay = overlay
        return scene

    def paused() -> Scene:
        scene = fourth_speaker(50.2)
        scene.show.pause()
        return scene

    def variant(make: Callable[[], Scene], **changes: object) -> Callable[[], Scene]:
        def build() -> Scene:
            scene = make()
            for name, value in changes.items():
                setattr(scene, name, value)
            return scene

        return build

    def normal() -> Scene:
        return scene_at(schedule, (13, 35), (REPORT, PhaseKind.MAIN, 0), remaining=161.4)

    def warning() -> Scene:
        return fourth_speaker(62.3)

    def overtime() -> Scene:
        return fourth_speaker(-83.5)

    def time_up() -> Scene:
        return fourth_speaker(-1.5)

    return {
        "idle": idle,
        "normal": normal,
        "warning": warning,
        "final": lambda: fourth_speaker(24.6),
        "time-up": time_up,
        "time-up-flash-off": variant(time_up, lit=False),
        "overtime": overtime,
        "overtime-blink-dim": variant(overtime, overtime_blink=True),
        "message": lambda: with_overlay(warning(), Overlay(message="마무리 부탁드립니다")),
        "message-long": lambda: with_overlay(
            warning(),
            Overlay(message="질의응답은 토론 시간에 함께 받겠습니다. 발표를 이어가 주세요."),
        ),
        "blackout": lambda: with_overlay(normal(), Overlay(blackout=True)),
        "break": lambda: scene_at(schedule, (14, 45), (BREAK, PhaseKind.MAIN, 0), elapsed=133),
        "break-late": lambda: scene_at(schedule, (14, 52), (BREAK, PhaseKind.MAIN, 0), elapsed=61),
        "shared-block": lambda: scene_at(
            schedule, (14, 55), part3, turns_before=2, remaining=201.2
        ),
        "discussion": lambda: scene_at(
            schedule, (14, 30), (PART2, PhaseKind.DISCUSSION, 0), remaining=611
        ),
        "paused": paused,
        "ended": ended,
        "normal-high-contrast": variant(normal, palette="high-contrast"),
        "warning-high-contrast": variant(warning, palette="high-contrast"),
        "overtime-high-contrast": variant(overtime, palette="high-contrast"),
        "normal-en": variant(normal, language="en"),
        "break-en": lambda: variant(
            lambda: scene_at(schedule, (14, 45), (BREAK, PhaseKind.MAIN, 0), elapsed=133),
            language="en",
        )(),
    }


def render(picture: Picture, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_picture(painter, QRectF(0, 0, width, height), picture)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--more", action="store_true", help="also odd sizes and 4K")
    parser.add_argument("--only", nargs="*", help="only these states")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    register_fonts()
    schedule = load(resources.reference_agenda())[1]
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = SIZES + (MORE_SIZES if args.more else [])
    for state, build in scenes(schedule).items():
        if args.only and state not in args.only:
            continue
        picture = build().picture()
        for width, height in sizes:
            path = args.out / f"presenter-{width}x{height}-{state}.png"
            render(picture, width, height).save(str(path))
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
