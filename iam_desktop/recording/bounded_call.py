"""PortAudio calls that may block for ever, given a time limit.

On a device that vanished (a USB microphone pulled out, a sound server that died), stopping or closing a
stream can hang inside the audio system's own code. The recorder must still finish: close the file, keep
what was recorded and report the lost device. So such calls run on a helper thread and are given up on
after a timeout; the stream is then abandoned, and sounddevice's exit handler (which would stop it again,
and hang the process's exit) is switched off.
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

#: seconds a stream call may take before the device is given up on
STREAM_CALL_TIMEOUT = 5.0


def call_bounded(call: Callable[[], object], what: str, timeout: float | None = None) -> bool:
    """Run `call` and wait for it at most `timeout` seconds (default STREAM_CALL_TIMEOUT). True when it
    returned (an exception it raised is raised here), False when it is still blocked: it is then left
    running on its own (daemon) thread and the audio system is not shut down at exit."""
    failure: list[BaseException] = []
    returned = threading.Event()

    def run() -> None:
        try:
            call()
        except BaseException as exc:  # handed to the caller
            failure.append(exc)
        finally:
            returned.set()

    threading.Thread(target=run, name=f"audio: {what}", daemon=True).start()
    timeout = STREAM_CALL_TIMEOUT if timeout is None else timeout
    if not returned.wait(timeout):
        log.warning("the audio system did not finish %s in %.1f s: the device is given up on", what, timeout)
        _skip_audio_shutdown()
        return False
    if failure:
        raise failure[0]
    return True


def _skip_audio_shutdown() -> None:
    """Unregister sounddevice's exit handler: it would stop the abandoned stream again and block exit."""
    import sounddevice

    handler = getattr(sounddevice, "_exit_handler", None)
    if handler is not None:
        atexit.unregister(handler)
