"""call_bounded: a blocked audio call is given up on in time; a quick one passes its result through."""

from __future__ import annotations

import atexit
import threading
import time

import pytest

from iam_desktop.recording.bounded_call import call_bounded


def test_a_quick_call_returns_true_and_its_error_is_raised():
    ran: list[int] = []
    assert call_bounded(lambda: ran.append(1), "a quick call", timeout=5) is True
    assert ran == [1]
    with pytest.raises(ValueError, match="boom"):
        call_bounded(lambda: (_ for _ in ()).throw(ValueError("boom")), "a failing call", timeout=5)


def test_a_blocked_call_is_given_up_on_and_audio_shutdown_is_skipped(monkeypatch):
    import sounddevice

    unregistered: list[object] = []
    monkeypatch.setattr(atexit, "unregister", unregistered.append)
    release = threading.Event()
    started = time.monotonic()
    assert call_bounded(lambda: release.wait(30), "a blocked call", timeout=0.3) is False
    assert time.monotonic() - started < 2
    assert unregistered == [sounddevice._exit_handler]
    release.set()
