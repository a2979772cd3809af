"""Render the app icon (resources/icons/iam-desktop.svg) into every format the installers need.

Writes, under packaging/icons/ (or the folder given with --output):
  iam-desktop.png                              512 px, the Linux tarball's and the README's icon
  hicolor/<N>x<N>/apps/iam-desktop.png         16 … 512 px, for the freedesktop icon theme (the .deb)
  iam-desktop.ico                              Windows: 16, 24, 32, 48, 64, 128 and 256 px in one file
  iam-desktop.icns                             macOS: 32 … 1024 px (retina entries included)

Each size is rendered from the vector at that size (Qt's SVG renderer, offscreen), not scaled down from a
big bitmap. The 64-unit drawing does not fall on the pixel grid below 48 px (its 5-unit bars become 1.25 px
at 16 px and smear into one pale block), so 16, 24 and 32 px come from hand-hinted redrawings in
packaging/icons/source/iam-desktop-<N>.svg when present. Pillow (installed with reportlab) packs the ICO
and ICNS containers. The output is committed; run this again after changing an SVG:

    .venv/bin/python tools/make_icons.py [--output DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "iam-desktop.svg"
OUTPUT = ROOT / "packaging" / "icons"
#: where the pixel-hinted small-size redrawings live (iam-desktop-16.svg, …)
HINTED = OUTPUT / "source"
NAME = "iam-desktop"

#: the sizes the freedesktop hicolor theme looks in (desktop menus use 16-48, docks and app grids 64-256)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: the sizes Windows picks from (Explorer views, taskbar, title bar, Alt+Tab) — 256 is the ICO maximum
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: the pixel sizes of the ICNS entries Pillow writes (ic07-ic14: 128, 256, 512, 1024 and their @2x halves)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
#: the stand-alone PNG
PNG_SIZE = 512


def sources(svg: Path, sizes: Iterable[int], hinted: Path = HINTED) -> dict[int, Path]:
    """The drawing to render for each size: the hinted redrawing for that size if there is one, else `svg`."""
    drawings = {}
    for size in sorted(set(sizes)):
        own = hinted / f"{NAME}-{size}.svg"
        drawings[size] = own if own.is_file() else svg
    return drawings


def render(drawings: dict[int, Path]) -> dict[int, Image.Image]:
    """Each drawing rendered at its size (RGBA, transparent where the drawing leaves the canvas empty)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs it alive
    images: dict[int, Image.Image] = {}
    for size, svg in drawings.items():
        renderer = QSvgRenderer(str(svg))
        if not renderer.isValid():
            raise SystemExit(f"make_icons: not a valid SVG: {svg}")
        canvas = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        rgba = canvas.convertToFormat(QImage.Format.Format_RGBA8888)  # straight (not premultiplied) alpha
        images[size] = Image.frombuffer(
            "RGBA", (size, size), bytes(rgba.constBits()), "raw", "RGBA", rgba.bytesPerLine(), 1
        ).copy()
    return images


def write_png(image: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", optimize=True)


def write_all(svg: Path, output: Path, hinted: Path = HINTED) -> list[Path]:
    """Render `svg` (and the hinted small sizes in `hinted`) and write every icon file under `output`;
    returns the files written."""
    images = render(sources(svg, {*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES, PNG_SIZE}, hinted))
    written: list[Path] = []

    png = output / f"{NAME}.png"
    write_png(images[PNG_SIZE], png)
    written.append(png)

    for size in HICOLOR_SIZES:
        path = output / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        write_png(images[size], path)
        written.append(path)

    ico = output / f"{NAME}.ico"
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ico,
        "ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    written.append(ico)

    icns = output / f"{NAME}.icns"
    buffer = io.BytesIO()  # Pillow's ICNS writer wants a seekable stream; the file is written in one go
    images[max(ICNS_SIZES)].save(
        buffer, "ICNS", append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)]
    )
    icns.write_bytes(buffer.getvalue())
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the SVG (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="folder to write (default: %(default)s)")
    args = parser.parse_args(argv)
    drawings = sources(args.source, {*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES, PNG_SIZE})
    for size, svg in drawings.items():
        if svg != args.source:
            print(f"{size} px from {svg.relative_to(ROOT) if svg.is_relative_to(ROOT) else svg}")
    for path in write_all(args.source, args.output):
        print(path.relative_to(args.output) if path.is_relative_to(args.output) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
