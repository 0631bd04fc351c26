"""Draw emcee's application icon and write it for each platform (resources/icons/).

    python scripts/make_icons.py

A stopwatch ring whose arc runs green, amber and red, as a speaker's time does, on a dark
rounded square. Drawn here with QPainter (vector shapes, rendered anew at every size, so
the small sizes stay sharp), so it is ours to license with the code. Writes:

- ``emcee.png``: 512 px, the window icon at run time (Linux, and any platform's title bar);
- ``emcee.ico``: 16-256 px, for the Windows executable (PyInstaller's ``icon=``);
- ``emcee.icns``: 16-1024 px, for the macOS app bundle.

The .ico and .icns containers are written by hand (both just hold PNG data with a small
index), because Qt writes neither with several sizes and Pillow is not a dependency.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"

# The presenter screen's standard palette (emcee.ui.face): the icon speaks the same colours.
GREEN = "#3ddc84"
AMBER = "#ffc107"
RED = "#ff3b3b"
TRACK = "#3a424e"
HAND = "#f2f2f2"

# The arc, in degrees clockwise from 12 o'clock: mostly green, then amber, then red; the
# rest of the ring is the bare track (time not yet used).
ARCS = [(0, 205, GREEN), (205, 255, AMBER), (255, 300, RED)]

ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# The icns element types that hold PNG data, by pixel size (several names share a size:
# the "@2x" ones are the Retina versions of half the size).
ICNS_TYPES = [
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
]


def draw(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, with a transparent margin."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size, size)  # draw in units: the icon is 1 x 1

    # The tile: a dark rounded square, a little lighter at the top.
    tile = QRectF(0.05, 0.05, 0.9, 0.9)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0.0, QColor("#2a313c"))
    gradient.setColorAt(1.0, QColor("#12161c"))
    path = QPainterPath()
    path.addRoundedRect(tile, 0.2, 0.2)
    painter.fillPath(path, QBrush(gradient))

    centre = QPointF(0.5, 0.55)
    radius = 0.27
    # Thicker strokes at small sizes, or the ring vanishes into the tile at 16 px.
    width = 0.1 if size >= 48 else 0.13

    # The stopwatch's crown and its button, above the ring.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(HAND))
    painter.drawRoundedRect(QRectF(0.44, 0.13, 0.12, 0.07), 0.02, 0.02)
    painter.drawRect(QRectF(0.475, 0.18, 0.05, 0.06))

    ring = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    pen = QPen(QColor(TRACK), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring)
    for start, end, color in ARCS:
        pen.setColor(QColor(color))
        painter.setPen(pen)
        # Qt counts in 1/16 degree, anticlockwise from 3 o'clock.
        painter.drawArc(ring, int((90 - start) * 16), int(-(end - start) * 16))

    # The hand points where the arc ends: the time used so far.
    angle = math.radians(ARCS[-1][1])
    tip = QPointF(
        centre.x() + 0.8 * radius * math.sin(angle),
        centre.y() - 0.8 * radius * math.cos(angle),
    )
    hand = QPen(QColor(HAND), width * 0.55)
    hand.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(hand)
    painter.drawLine(centre, tip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(HAND))
    painter.drawEllipse(centre, width * 0.55, width * 0.55)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico: a 6-byte header, a 16-byte entry per image, then the PNG data."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries = b""
    data = b""
    for size in sizes:
        png = images[size]
        side = size if size < 256 else 0  # 0 means 256 in an .ico entry
        # width, height, colours (0: not paletted), reserved, planes, bits per pixel, size, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        data += png
        offset += len(png)
    return header + entries + data


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns: "icns" and the total length, then (type, length, PNG data) elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = images[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: png_bytes(draw(size)) for size in sizes}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "emcee.png").write_bytes(images[512])
    (OUT / "emcee.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (OUT / "emcee.icns").write_bytes(icns(images))
    for name in ("emcee.png", "emcee.ico", "emcee.icns"):
        print(f"wrote {OUT / name} ({(OUT / name).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
