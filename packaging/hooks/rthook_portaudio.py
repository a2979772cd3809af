"""PyInstaller runtime hook: sounddevice loads the PortAudio bundled with the app (Linux).

sounddevice looks PortAudio up with `ctypes.util.find_library("portaudio")`, which only searches the system
(ldconfig), so on a machine without libportaudio2 the bundled copy would be missed. This runs before the
app's code and answers that one lookup with the bundled file; every other lookup is unchanged. On Windows and
macOS sounddevice's own wheel data (`_sounddevice_data`) is collected and used, and this does nothing.
"""

import ctypes.util
import os
import sys

_BUNDLED = os.path.join(getattr(sys, "_MEIPASS", ""), "libportaudio.so.2")

if sys.platform.startswith("linux") and os.path.isfile(_BUNDLED):
    _system_find_library = ctypes.util.find_library

    def _find_library(name: str) -> str | None:
        if name == "portaudio":
            return _BUNDLED
        return _system_find_library(name)

    ctypes.util.find_library = _find_library
