"""system_libraries: real lookups through the dynamic loader (present, absent, bundled beside a frozen app),
the tables checked against the packages that really own the files here, and the message a user reads."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from iam_desktop import system_libraries
from iam_desktop.system_libraries import (
    AUDIO,
    GUI,
    WAYLAND,
    XCB,
    SystemLibrary,
    install_hint,
    is_present,
    missing_for_gui,
    missing_libraries,
    qt_platforms,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sonames and apt are Linux's")

MADE_UP = SystemLibrary("libiam-made-up-xyz.so.7", "libiam-made-up7", "testing")


def _ldconfig() -> dict[str, str]:
    """soname -> path of this machine's x86-64/aarch64 libraries, as the loader cache lists them."""
    listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in listing.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        soname = name.split(" (")[0]
        if "64" in name or "x86-64" in name:
            found.setdefault(soname, path)
    return found


@linux_only
def test_a_library_the_system_has_is_found():
    libc = SystemLibrary("libc.so.6", "libc6", "everything")
    assert is_present(libc)
    assert missing_libraries([libc], folders=[]) == []


@linux_only
def test_a_made_up_soname_is_reported_missing_with_its_package():
    libc = SystemLibrary("libc.so.6", "libc6", "everything")
    assert missing_libraries([libc, MADE_UP], folders=[]) == [MADE_UP]
    hint = install_hint([MADE_UP])
    assert "libiam-made-up-xyz.so.7 (for testing)" in hint
    assert "sudo apt install libiam-made-up7\n" in hint


@linux_only
def test_a_library_bundled_in_the_app_folder_is_found_there(tmp_path: Path):
    """A frozen app keeps libraries beside itself: one the system does not know loads from that folder."""
    real = Path(_ldconfig()["libz.so.1"]).resolve()
    bundled = SystemLibrary("libiam-bundled-z.so.1", "zlib1g", "testing")
    assert missing_libraries([bundled], folders=[]) == [bundled]
    shutil.copy(real, tmp_path / bundled.file)
    assert missing_libraries([bundled], folders=[tmp_path]) == []


def test_the_frozen_app_folder_is_searched_by_default(tmp_path: Path, monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert system_libraries.bundle_folders() == []
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert system_libraries.bundle_folders() == [tmp_path]


def test_a_data_file_counts_when_it_exists(tmp_path: Path):
    conf = tmp_path / "alsa.conf"
    entry = SystemLibrary(str(conf), "libasound2-data", "recording")
    assert missing_libraries([entry], folders=[]) == [entry]
    conf.write_text("# ALSA\n")
    assert missing_libraries([entry], folders=[]) == []


def test_the_message_names_each_file_what_it_is_for_and_one_install_command():
    missing = [XCB[3], AUDIO[0], GUI[0], XCB[4]]
    assert install_hint(missing) == (
        "IAM Desktop needs system libraries that are not installed:\n"
        "  - libxcb-cursor.so.0 (for the window on X11)\n"
        "  - libportaudio.so.2 (for recording and playback)\n"
        "  - libGL.so.1 (for the window)\n"
        "  - libxcb-icccm.so.4 (for the window on X11)\n"
        "\n"
        "On Debian or Ubuntu, install them with:\n"
        "\n"
        "    sudo apt install libxcb-cursor0 libportaudio2 libgl1 libxcb-icccm4\n"
        "\n"
        "On other systems, install the packages that provide these files, then start IAM Desktop again."
    )
    assert install_hint([]) == ""


def test_a_package_is_named_once_however_many_of_its_files_are_missing():
    glib = [
        SystemLibrary("libglib-2.0.so.0", "libglib2.0-0", "x"),
        SystemLibrary("libgthread-2.0.so.0", "libglib2.0-0", "x"),
    ]
    assert "sudo apt install libglib2.0-0\n" in install_hint(glib)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, ["xcb"]),
        ({"XDG_SESSION_TYPE": "x11"}, ["xcb"]),
        ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
        ({"QT_QPA_PLATFORM": "offscreen", "XDG_SESSION_TYPE": "wayland"}, ["offscreen"]),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, ["xcb"]),
        ({"QT_QPA_PLATFORM": " "}, ["xcb"]),
    ],
)
def test_the_platforms_qt_will_try(environ: dict[str, str], expected: list[str]):
    assert qt_platforms(environ) == expected


@linux_only
def test_the_window_needs_one_complete_platform_and_reports_the_x11_fallback(monkeypatch):
    """Wayland complete: missing X11 libraries do not matter. Neither complete: X11's are reported (Qt falls
    back to it). Offscreen: only Qt's own libraries count."""
    monkeypatch.setattr(system_libraries, "GUI", (GUI[0],))  # libGL: present here
    broken_xcb = (XCB[0], SystemLibrary("libxcb-made-up.so.0", "libxcb-made-up0", "the window on X11"))
    broken_wayland = (
        SystemLibrary("libwayland-made-up.so.0", "libwayland-made-up0", "the window on Wayland"),
    )
    tables = {"xcb": broken_xcb, "wayland": WAYLAND}
    monkeypatch.setattr(system_libraries, "PLATFORM_LIBRARIES", tables)
    wayland_session = {"XDG_SESSION_TYPE": "wayland"}

    assert missing_for_gui({}, folders=[]) == [broken_xcb[1]]
    assert missing_for_gui(wayland_session, folders=[]) == []
    assert missing_for_gui({"QT_QPA_PLATFORM": "offscreen"}, folders=[]) == []
    tables["wayland"] = broken_wayland
    assert missing_for_gui(wayland_session, folders=[]) == [broken_xcb[1]]
    assert missing_for_gui({"QT_QPA_PLATFORM": "wayland"}, folders=[]) == list(broken_wayland)


@linux_only
def test_nothing_is_missing_on_this_machine():
    """The test machine has the window's and the audio's libraries (scripts/install-system-deps.sh)."""
    assert missing_for_gui({"XDG_SESSION_TYPE": "x11"}, folders=[]) == []
    assert system_libraries.missing_for_audio(folders=[]) == []


@linux_only
@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg to say which package owns a file")
def test_each_file_belongs_to_the_package_the_table_names():
    """The tables are checked against dpkg: the file the loader finds (or the data file) is owned by the
    named package, so the install command a user is given is the right one."""
    cache = _ldconfig()
    entries = [*GUI, *XCB, *WAYLAND, *AUDIO]
    paths = {e: (e.file if e.file.startswith("/") else cache.get(e.file)) for e in entries}
    # the file's real name (sonames are symlinks), looked up in any folder (/lib and /usr/lib are one here)
    checked = {e: Path(p).resolve().name for e, p in paths.items() if p and Path(p).exists()}
    assert len(checked) >= len(entries) - len(WAYLAND)  # all but perhaps Wayland's are installed here
    patterns = [f"*/{name}" for name in checked.values()]
    owners = subprocess.run(["dpkg", "-S", *patterns], capture_output=True, text=True).stdout
    owner_of: dict[str, set[str]] = {}
    for line in owners.splitlines():
        packages, _, path = line.partition(": ")
        owner_of.setdefault(Path(path).name, set()).update(
            p.split(":")[0].strip() for p in packages.split(",")
        )
    wrong = {
        e.file: (e.package, owner_of.get(name))
        for e, name in checked.items()
        if e.package not in owner_of.get(name, ())
    }
    assert wrong == {}
