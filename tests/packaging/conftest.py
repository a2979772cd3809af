"""The app as users install it: the frozen bundle `make package` built, the .deb installed with apt, and a
wheel built from this tree installed into a fresh venv. Tests marked `packaging` run each one as a user would
(scripts/run-tests.sh runs them after `make package`; they are left out of the main suite)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
BUNDLE = DIST / "iam-desktop" / "iam-desktop"
APT = ["apt-get", "-o", "DPkg::Lock::Timeout=300"]


def _version() -> str:
    from iam_desktop import __version__

    return __version__


def _as_root(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return command
    if shutil.which("sudo") is None:
        pytest.fail("installing the .deb needs root or sudo")
    return ["sudo", "-n", *command]


def _run(command: list[str], timeout: float) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="session")
def bundle_app() -> Path:
    """dist/iam-desktop/iam-desktop, which `make package` (scripts/package.sh) must have built."""
    if not BUNDLE.is_file():
        pytest.fail(f"{BUNDLE} is missing: run `make package` first")
    return BUNDLE


@pytest.fixture(scope="session")
def deb_app() -> Iterator[Path]:
    """The .deb installed with apt (its Depends resolved by apt), removed again afterwards unless it was
    installed before."""
    deb = DIST / f"iam-desktop_{_version()}_amd64.deb"
    if not deb.is_file():
        pytest.fail(f"{deb} is missing: run `make package` first")
    before = subprocess.run(["dpkg-query", "-W", "iam-desktop"], capture_output=True).returncode == 0
    _run(_as_root([*APT, "install", "--reinstall", "-y", "-qq", str(deb)]), 600)  # this build, always
    yield Path("/usr/bin/iam-desktop")
    if not before:
        _run(_as_root([*APT, "remove", "-y", "-qq", "iam-desktop"]), 600)


@pytest.fixture(scope="session")
def wheel_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from this tree, installed with its dependencies into a new venv (not this one)."""
    folder = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder), str(REPO)], 600)
    wheels = list(folder.glob("iam_desktop-*.whl"))
    assert len(wheels) == 1, wheels
    venv = folder / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], 120)
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheels[0])], 1200)
    return venv / "bin" / "iam-desktop"


@pytest.fixture(params=["bundle", "deb", "wheel"])
def installed_app(request: pytest.FixtureRequest) -> Path:
    """Each way the app is installed, in turn."""
    return request.getfixturevalue(f"{request.param}_app")


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A working folder far from the checkout (a wheel must not find the tree's resources by accident)."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder
