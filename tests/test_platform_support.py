"""iam_desktop.platform_support's choices for all three systems, and the modules that use them."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from iam_desktop import platform_support as ps
from iam_desktop.errors import DeviceNotFound
from iam_desktop.recording import devices

WINDOWS, MACOS, LINUX = "win32", "darwin", "linux"


@pytest.mark.parametrize(
    ("platform", "windows", "macos", "linux"),
    [(WINDOWS, True, False, False), (MACOS, False, True, False), (LINUX, False, False, True),
     ("linux2", False, False, True), ("freebsd14", False, False, False), ("cygwin", False, False, False)],
)
def test_the_system_is_recognised(platform, windows, macos, linux):
    assert ps.is_windows(platform) is windows
    assert ps.is_macos(platform) is macos
    assert ps.is_linux(platform) is linux


def test_no_platform_means_this_machine():
    assert ps.is_windows() is (sys.platform == "win32")
    assert ps.is_linux() is sys.platform.startswith("linux")
    assert ps.preferred_host_apis() == ps.preferred_host_apis(sys.platform)
    assert ps.keyring_hint() == ps.keyring_hint(sys.platform)


@pytest.mark.parametrize(("platform", "expected"), [(WINDOWS, False), (MACOS, True), (LINUX, True)])
def test_unix_permissions_and_shared_locks_everywhere_but_windows(platform, expected):
    assert ps.has_unix_permissions(platform) is expected
    assert ps.has_shared_file_locks(platform) is expected


def test_windows_prefers_wasapi_and_ranks_mme_late():
    apis = ps.preferred_host_apis(WINDOWS)
    assert apis[0] == "Windows WASAPI"
    assert ps.host_api_rank("Windows WASAPI", WINDOWS) < ps.host_api_rank("Windows DirectSound", WINDOWS)
    assert ps.host_api_rank("Windows DirectSound", WINDOWS) < ps.host_api_rank("MME", WINDOWS)
    assert ps.host_api_rank("ASIO", WINDOWS) == len(apis)  # not listed: last


def test_macos_has_core_audio_and_linux_prefers_alsa():
    assert ps.preferred_host_apis(MACOS) == ("Core Audio",)
    assert ps.preferred_host_apis(LINUX)[0] == "ALSA"
    assert ps.host_api_rank("ALSA", LINUX) == 0
    assert ps.host_api_rank("OSS", LINUX) > ps.host_api_rank("JACK Audio Connection Kit", LINUX)
    assert ps.host_api_rank("Windows WASAPI", LINUX) == len(ps.preferred_host_apis(LINUX))


def test_an_unknown_system_has_no_preference():
    assert ps.preferred_host_apis("freebsd14") == ()
    assert ps.host_api_rank("OSS", "freebsd14") == 0


@pytest.mark.parametrize(
    ("platform", "named", "not_named"),
    [(WINDOWS, "Windows Credential Manager", "gnome-keyring"),
     (MACOS, "Keychain", "Credential Manager"),
     (LINUX, "gnome-keyring or KWallet", "Keychain")],
)
def test_keyring_hint_names_the_systems_own_keyring(platform, named, not_named):
    hint = ps.keyring_hint(platform)
    assert named in hint and not_named not in hint
    assert hint.startswith("on ")  # it follows "no secure OS keyring is available: "


def test_the_secrets_message_uses_this_systems_hint():
    from iam_desktop import secrets

    assert secrets._FIX == ps.keyring_hint(sys.platform)


# --- recording.devices: one microphone listed by several host APIs -------------------------------------


def _fake_sounddevice(entries: list[tuple[str, str]], default: int = 0) -> SimpleNamespace:
    """A sounddevice stand-in listing (name, host API) input devices, the `default`-th the default."""
    apis = list(dict.fromkeys(api for _, api in entries))
    listed = [
        {"index": i, "name": name, "hostapi": apis.index(api), "max_input_channels": 2,
         "default_samplerate": 48000.0}
        for i, (name, api) in enumerate(entries)
    ]
    return SimpleNamespace(
        query_devices=lambda kind=None: listed,
        query_hostapis=lambda: [{"name": api} for api in apis],
        default=SimpleNamespace(device=(default, None)),
        PortAudioError=OSError,
    )


WINDOWS_MIC = "Microphone (Realtek(R) Audio)"
#: how PortAudio lists one microphone on Windows: MME first (and its name cut to 31 characters there)
WINDOWS_ENTRIES = [
    ("Microsoft Sound Mapper - Input", "MME"),
    (WINDOWS_MIC[:31], "MME"),
    (WINDOWS_MIC, "Windows DirectSound"),
    (WINDOWS_MIC, "Windows WASAPI"),
    ("Microphone (Realtek HD Audio Mic input)", "Windows WDM-KS"),
]


def _use(monkeypatch, entries, platform, default=0):
    monkeypatch.setattr(devices, "sounddevice", lambda: _fake_sounddevice(entries, default))
    monkeypatch.setattr(ps.sys, "platform", platform)


def test_on_windows_a_remembered_name_opens_the_wasapi_entry(monkeypatch):
    _use(monkeypatch, WINDOWS_ENTRIES, WINDOWS)
    found = devices.find_input_device(WINDOWS_MIC)
    assert (found.name, found.host_api, found.index) == (WINDOWS_MIC, "Windows WASAPI", 3)


def test_on_windows_a_partial_name_of_one_device_is_not_ambiguous(monkeypatch):
    _use(monkeypatch, WINDOWS_ENTRIES[2:4], WINDOWS)
    assert devices.find_input_device("realtek").host_api == "Windows WASAPI"


def test_a_partial_name_of_two_devices_is_still_ambiguous_and_listed_once_each(monkeypatch):
    _use(monkeypatch, WINDOWS_ENTRIES, WINDOWS)
    with pytest.raises(DeviceNotFound, match="matches several inputs") as caught:
        devices.find_input_device("realtek")
    assert str(caught.value).count(repr(WINDOWS_MIC)) == 1


def test_on_linux_the_first_of_equal_entries_is_kept(monkeypatch):
    entries = [("default", "ALSA"), ("pulse", "ALSA"), ("pulse", "JACK Audio Connection Kit")]
    _use(monkeypatch, entries, LINUX)
    found = devices.find_input_device("pulse")
    assert (found.index, found.host_api) == (1, "ALSA")
    assert devices.find_input_device(None).name == "default"
