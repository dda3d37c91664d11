"""Render the application icon's PNG sizes, .ico and .icns from the SVG sources with QtSvg.

    uv run python packaging/make_icons.py

resources/icons/nomdesk.svg is the icon; nomdesk-small.svg is its simplified drawing for 16
and 32 pixels, where the ballot's lines and the laurel would only blur.
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
SMALL_UP_TO = 32
# Apple's PNG-holding icon types by pixel size (Retina variants reuse the same images).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def source_for(size: int) -> Path:
    return ICONS / ("nomdesk-small.svg" if size <= SMALL_UP_TO else "nomdesk.svg")


def render(size: int) -> bytes:
    """The icon at `size` pixels as PNG bytes (maximum compression)."""
    renderer = QSvgRenderer(str(source_for(size)))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source_for(size)}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 0)
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns whose entries hold PNG images."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png
        for size, png in sorted(images.items())
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: render(size) for size in (*PNG_SIZES, 512)}
    for size in PNG_SIZES:
        (ICONS / f"nomdesk-{size}.png").write_bytes(images[size])
    (ICONS / "nomdesk.ico").write_bytes(ico({s: images[s] for s in PNG_SIZES}))
    (ICONS / "nomdesk.icns").write_bytes(icns(images))
    for path in sorted(ICONS.glob("nomdesk*.*")):
        print(f"{path.stat().st_size / 1024:7.1f} KiB  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
