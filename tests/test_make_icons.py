"""tools/make_icons.py: the committed icons are what the SVGs render to now (pixel for pixel), and the ICO
and ICNS files hold every size each system asks for, with transparent corners."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
assert _spec is not None and _spec.loader is not None
make_icons = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_icons)

COMMITTED = ROOT / "packaging" / "icons"


def pixels(image: Image.Image) -> bytes:
    return image.convert("RGBA").tobytes()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tool run as a maintainer runs it, in its own process: its QGuiApplication must not become the
    test session's application (a QGuiApplication cannot hold the windows the UI tests make)."""
    out = tmp_path_factory.mktemp("icons")
    tool = ROOT / "tools" / "make_icons.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(tool), "--output", str(out)]
    subprocess.run(command, env=env, check=True, capture_output=True)
    return out


def test_the_committed_pngs_match_a_fresh_render(fresh: Path):
    """Fails when an SVG changed and `python tools/make_icons.py` was not run again."""
    pngs = sorted(p.relative_to(fresh) for p in fresh.rglob("*.png"))
    assert len(pngs) == 1 + len(make_icons.HICOLOR_SIZES)
    stale = [str(p) for p in pngs if pixels(Image.open(fresh / p)) != pixels(Image.open(COMMITTED / p))]
    assert stale == []


def test_every_hicolor_size_is_square_and_transparent_in_the_corner():
    for size in make_icons.HICOLOR_SIZES:
        image = Image.open(COMMITTED / "hicolor" / f"{size}x{size}" / "apps" / "iam-desktop.png")
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # rounded corner: see-through
        assert image.getpixel((size // 2, size // 2))[3] == 255  # the middle bar: solid


def test_the_ico_holds_each_windows_size_as_rendered():
    ico = Image.open(COMMITTED / "iam-desktop.ico")
    assert sorted(ico.info["sizes"]) == [(s, s) for s in make_icons.ICO_SIZES]
    for size in (16, 32, 48, 256):
        ico.size = (size, size)
        ico.load()
        hicolor = Image.open(COMMITTED / "hicolor" / f"{size}x{size}" / "apps" / "iam-desktop.png")
        assert pixels(ico) == pixels(hicolor)  # the hinted drawing, not a downscale of the big one


def test_the_icns_holds_the_retina_and_plain_sizes():
    icns = Image.open(COMMITTED / "iam-desktop.icns")
    assert set(icns.info["sizes"]) >= {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 1), (512, 512, 2)}
    icns.size = (512, 512)
    icns.load(scale=1)  # the plain 512 px entry (ic09), not the 1024 px retina one
    assert pixels(icns) == pixels(Image.open(COMMITTED / "iam-desktop.png"))


def test_small_sizes_come_from_the_hinted_drawings():
    drawings = make_icons.sources(make_icons.SOURCE, [16, 24, 32, 48])
    assert {size: path.name for size, path in drawings.items()} == {
        16: "iam-desktop-16.svg",
        24: "iam-desktop-24.svg",
        32: "iam-desktop-32.svg",
        48: "iam-desktop.svg",
    }
