"""The system libraries the window and the audio need on Linux, and a plain message naming what is missing.

Qt's X11 platform plugin, PortAudio and ALSA load shared libraries of the system. When one is missing, Qt
aborts with "could not load the Qt platform plugin" (and a core dump), and `import sounddevice` raises
OSError: neither tells a user what to install. Checked before the window is created, the same situation
becomes one sentence naming the Debian/Ubuntu packages.

The tables below come from the NEEDED entries of the PySide6 6.11 wheel's binaries (`readelf -d` on
plugins/platforms/libqxcb.so, libQt6XcbQpa, libQt6Gui, libQt6DBus, plugins/platforms/libqwayland.so) and
`dpkg -S` on Debian 12. A library is looked up the way the dynamic loader looks it up, by loading its soname
(ctypes.util.find_library would ask ldconfig or a compiler in a subprocess, slower, and blind to a copy
bundled with a frozen app), and then in the frozen app's own folder.

NOTE: core module: no Qt here (it runs before Qt is imported, and the check must not need what it checks).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SystemLibrary:
    """A file the app needs from the system, and the package that provides it.

    Attributes:
        file: a shared library's soname (e.g. "libxcb-cursor.so.0"), or the absolute path of a data file
            (e.g. ALSA's configuration), which only has to exist.
        package: the Debian/Ubuntu package that installs it.
        needed_for: what does not work without it, in the user's words.
    """

    file: str
    package: str
    needed_for: str


def _table(needed_for: str, pairs: str) -> tuple[SystemLibrary, ...]:
    """SystemLibrary entries from "file package" lines (the tables below stay one line per library)."""
    entries = []
    for line in pairs.strip().splitlines():
        file, package = line.split()
        entries.append(SystemLibrary(file, package, needed_for))
    return tuple(entries)


#: what Qt's GUI libraries need whatever the platform plugin (libQt6Gui, libQt6DBus, libQt6Widgets)
GUI = _table(
    "the window",
    """
    libGL.so.1 libgl1
    libEGL.so.1 libegl1
    libfontconfig.so.1 libfontconfig1
    libfreetype.so.6 libfreetype6
    libX11.so.6 libx11-6
    libxkbcommon.so.0 libxkbcommon0
    libglib-2.0.so.0 libglib2.0-0
    libdbus-1.so.3 libdbus-1-3
    """,
)

#: what the X11 platform plugin needs (libqxcb.so and libQt6XcbQpa); without any of these Qt cannot open a
#: window under X11 or XWayland
XCB = _table(
    "the window on X11",
    """
    libxcb.so.1 libxcb1
    libX11-xcb.so.1 libx11-xcb1
    libxkbcommon-x11.so.0 libxkbcommon-x11-0
    libxcb-cursor.so.0 libxcb-cursor0
    libxcb-icccm.so.4 libxcb-icccm4
    libxcb-image.so.0 libxcb-image0
    libxcb-keysyms.so.1 libxcb-keysyms1
    libxcb-randr.so.0 libxcb-randr0
    libxcb-render.so.0 libxcb-render0
    libxcb-render-util.so.0 libxcb-render-util0
    libxcb-shape.so.0 libxcb-shape0
    libxcb-shm.so.0 libxcb-shm0
    libxcb-sync.so.1 libxcb-sync1
    libxcb-util.so.1 libxcb-util1
    libxcb-xfixes.so.0 libxcb-xfixes0
    libxcb-xkb.so.1 libxcb-xkb1
    """,
)

#: what the Wayland platform plugin needs (libqwayland.so and its EGL integration)
WAYLAND = _table(
    "the window on Wayland",
    """
    libwayland-client.so.0 libwayland-client0
    libwayland-cursor.so.0 libwayland-cursor0
    libwayland-egl.so.1 libwayland-egl1
    """,
)

#: what recording and playback need: PortAudio (bundled with the frozen app, from the system otherwise),
#: ALSA under it, and ALSA's configuration files, without which ALSA finds no device at all
AUDIO = _table(
    "recording and playback",
    """
    libportaudio.so.2 libportaudio2
    libasound.so.2 libasound2
    /usr/share/alsa/alsa.conf libasound2-data
    """,
)

#: the extra libraries of each Qt platform plugin ("offscreen", "minimal" and the like need none)
PLATFORM_LIBRARIES: Mapping[str, tuple[SystemLibrary, ...]] = {"xcb": XCB, "wayland": WAYLAND}


def bundle_folders() -> list[Path]:
    """Where a frozen app keeps the libraries it bundles (none when running from source or a wheel)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return [Path(bundle)] if bundle else []


def is_present(library: SystemLibrary, folders: Sequence[Path] = ()) -> bool:
    """The library loads (by soname, then from `folders`), or the data file exists."""
    if os.path.isabs(library.file):
        return os.path.exists(library.file)
    for candidate in [library.file, *(str(folder / library.file) for folder in folders)]:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def missing_libraries(
    required: Iterable[SystemLibrary], folders: Sequence[Path] | None = None
) -> list[SystemLibrary]:
    """Those of `required` this machine lacks, in the given order. `folders` are searched after the
    system (default: the frozen app's own folder, if any)."""
    search = bundle_folders() if folders is None else folders
    return [library for library in required if not is_present(library, search)]


def qt_platforms(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order: QT_QPA_PLATFORM's names ("wayland;xcb", options after
    ':' dropped), else Wayland first in a Wayland session (XDG_SESSION_TYPE) and X11 in any case."""
    wanted = environ.get("QT_QPA_PLATFORM", "").strip()
    if wanted:
        return [name.split(":", 1)[0].strip().lower() for name in wanted.split(";") if name.strip()]
    return ["wayland", "xcb"] if environ.get("XDG_SESSION_TYPE", "").lower() == "wayland" else ["xcb"]


def missing_for_gui(
    environ: Mapping[str, str] | None = None, folders: Sequence[Path] | None = None
) -> list[SystemLibrary]:
    """The libraries the window cannot start without that this machine lacks ([] off Linux and when all is
    there). When Qt has platforms to choose from, one complete platform is enough; when none is complete,
    those the last one lacks are reported (X11, the plugin Qt falls back to and names in its own error)."""
    if not sys.platform.startswith("linux"):
        return []
    missing = missing_libraries(GUI, folders)
    lacking = [
        missing_libraries(PLATFORM_LIBRARIES.get(name, ()), folders)
        for name in qt_platforms(os.environ if environ is None else environ)
    ]
    if lacking and all(lacking):
        missing += lacking[-1]
    return missing


def missing_for_audio(folders: Sequence[Path] | None = None) -> list[SystemLibrary]:
    """The audio libraries this machine lacks ([] off Linux, where PortAudio comes with sounddevice)."""
    return missing_libraries(AUDIO, folders) if sys.platform.startswith("linux") else []


def install_hint(missing: Sequence[SystemLibrary]) -> str:
    """A message for the user: what is missing, what it is needed for, and the command that installs it
    ("" when nothing is missing)."""
    if not missing:
        return ""
    lines = "".join(f"  - {library.file} (for {library.needed_for})\n" for library in missing)
    packages = " ".join(dict.fromkeys(library.package for library in missing))
    return (
        f"IAM Desktop needs system libraries that are not installed:\n{lines}\n"
        f"On Debian or Ubuntu, install them with:\n\n"
        f"    sudo apt install {packages}\n\n"
        f"On other systems, install the packages that provide these files, then start IAM Desktop again."
    )
