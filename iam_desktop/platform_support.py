"""What differs between Windows, macOS and Linux, decided in one place from a platform string.

Every function takes the platform as `sys.platform` spells it ("win32", "darwin", "linux"…; None: this
machine's), so the choices for all three systems are tested on any one of them. The modules that behave
differently by OS ask here instead of comparing `sys.platform` themselves.

NOTE: a module-level `if sys.platform == "win32":` around an import (file_lock.py's msvcrt/fcntl) stays a
direct comparison: that is the form mypy understands to check each branch only for its own system.
"""

from __future__ import annotations

import sys

#: PortAudio's host APIs on Windows, best first: WASAPI (the system's own, full device names, low
#: latency), DirectSound, then MME (names cut to 31 characters) and WDM-KS (exclusive, often refused)
_WINDOWS_HOST_APIS = ("Windows WASAPI", "Windows DirectSound", "MME", "Windows WDM-KS")
#: on macOS PortAudio has one: Core Audio
_MACOS_HOST_APIS = ("Core Audio",)
#: on Linux ALSA comes first (PulseAudio and PipeWire appear through it as the "pulse"/"pipewire"
#: devices); PortAudio builds with a PulseAudio host API of their own, JACK and OSS follow
_LINUX_HOST_APIS = ("ALSA", "PulseAudio", "JACK Audio Connection Kit", "OSS")


def _resolve(platform: str | None) -> str:
    return sys.platform if platform is None else platform


def is_windows(platform: str | None = None) -> bool:
    """True on Windows."""
    return _resolve(platform) == "win32"


def is_macos(platform: str | None = None) -> bool:
    """True on macOS."""
    return _resolve(platform) == "darwin"


def is_linux(platform: str | None = None) -> bool:
    """True on Linux (glibc's malloc_trim, the system libraries a Linux bundle relies on)."""
    return _resolve(platform).startswith("linux")


def has_unix_permissions(platform: str | None = None) -> bool:
    """True where file modes and the umask keep the data folder private (everywhere but Windows, whose
    per-user profile folders are private through their ACLs instead)."""
    return not is_windows(platform)


def has_shared_file_locks(platform: str | None = None) -> bool:
    """True where a lock file can be held shared by several processes (flock on POSIX); Windows'
    msvcrt.locking has exclusive locks only."""
    return not is_windows(platform)


def preferred_host_apis(platform: str | None = None) -> tuple[str, ...]:
    """PortAudio's host API names on this system, best first (() for a system not known here).

    The same microphone is listed once per host API on Windows, under the same name; the settings
    remember a device by name, so the best host API decides which of those entries is recorded from."""
    if is_windows(platform):
        return _WINDOWS_HOST_APIS
    if is_macos(platform):
        return _MACOS_HOST_APIS
    if is_linux(platform):
        return _LINUX_HOST_APIS
    return ()


def host_api_rank(host_api: str, platform: str | None = None) -> int:
    """Where `host_api` stands in `preferred_host_apis` (0 is best); host APIs not listed come last."""
    preferred = preferred_host_apis(platform)
    return preferred.index(host_api) if host_api in preferred else len(preferred)


def keyring_hint(platform: str | None = None) -> str:
    """What the user can do when no secure OS keyring is available, naming this system's keyring."""
    if is_windows(platform):
        return ("on Windows the Windows Credential Manager is used: sign in with your own Windows account "
                "(not a temporary profile) and check that the Credential Manager service is running")
    if is_macos(platform):
        return ("on macOS the login Keychain is used: unlock it in Keychain Access, or repair it there if "
                "macOS reports it damaged")
    return ("on Linux install and unlock gnome-keyring or KWallet (any Secret Service provider, started by "
            "the desktop session)")
