"""The local engine in a child process: a crash, abort or out-of-memory kill of the speech engine fails
the job with a clear message and never takes the app down.

The child (multiprocessing "spawn") is started on first use, loads the model once and serves one
request at a time over a Pipe. Parent to child: ("load",), ("transcribe", options, n_samples) followed
by the float32 samples as raw bytes, ("detect", n_samples) followed by the samples, ("stop",). Child to
parent: ("ready",), ("progress", fraction), ("result", EngineResult), ("detected", DetectedLanguage or None),
("error", kind, message). Cancelling kills the child; the next call starts a new one.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import faulthandler
import gc
import logging
import multiprocessing
import os
import signal
import threading
import weakref
from collections.abc import Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

import numpy as np

from iam_desktop import errors
from iam_desktop.engines.base import (
    CancelCheck,
    DetectedLanguage,
    EngineResult,
    ProgressCallback,
    TranscribeOptions,
)
from iam_desktop.engines.local_whisper import check_options
from iam_desktop.engines.models import ModelSpec, bundled_model
from iam_desktop.errors import Cancelled, EngineCrashed, EngineError
from iam_desktop.platform_support import is_linux

log = logging.getLogger(__name__)

#: how often the parent looks at the cancel flag while it waits for the child
POLL_SECONDS = 0.1
#: how long a child gets to stop on request (or after SIGTERM) before it is killed
GRACE_SECONDS = 2.0

_CONTEXT = multiprocessing.get_context("spawn")


class LocalProcessEngine:
    """The TranscriptionEngine protocol, with LocalWhisperEngine running in a child process.

    One call at a time (a lock); the child stays alive between calls. close() (also run at exit) stops it.
    The model spec is handed to the child when it starts; beam_size, compute_type and cpu_threads are
    LocalWhisperEngine's.
    """

    name = "local"
    #: length of the pieces the job pipeline hands over (seconds); the app sets it from the settings
    chunk_seconds = 300.0

    def __init__(
        self,
        spec: ModelSpec | None = None,
        *,
        extra_dirs: Sequence[str | os.PathLike[str]] = (),
        beam_size: int = 2,
        repair_beam_size: int = 5,
        compute_type: str = "int8",
        cpu_threads: int = 0,
    ) -> None:
        self.spec = spec or bundled_model()
        self.model_name = self.spec.name
        #: the user's model folders the spec was chosen from (the spec itself names its folder)
        self.extra_dirs = tuple(str(d) for d in extra_dirs)
        self._settings = {
            "beam_size": beam_size,
            "repair_beam_size": repair_beam_size,
            "compute_type": compute_type,
            "cpu_threads": cpu_threads,
        }
        self._child: _Child | None = None
        self._state_lock = threading.Lock()  # guards self._child
        self._call_lock = threading.Lock()  # one request at a time
        ref = weakref.ref(self)

        def close_at_exit() -> None:
            engine = ref()
            if engine is not None:
                engine.close()

        atexit.register(close_at_exit)

    @property
    def pid(self) -> int | None:
        """The child's process id, or None when no child is running."""
        child = self._child
        return child.process.pid if child is not None else None

    def check(self, options: TranscribeOptions) -> None:
        """EngineError if the model cannot do what `options` ask (no child process needed)."""
        check_options(self.spec, options)

    def load(self, *, cancelled: CancelCheck | None = None) -> None:
        """Start the child and load the model now (otherwise the first transcription does); a cancel
        stops the child (Cancelled)."""
        with self._call_lock:
            child = self._ensure_child()
            self._request(child, ("load",), None, None, cancelled)

    def transcribe(
        self,
        audio: np.ndarray,
        options: TranscribeOptions,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> EngineResult:
        """Transcribe in the child. Raises Cancelled, EngineError, or EngineCrashed if the child died."""
        self.check(options)
        samples = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        with self._call_lock:
            if cancelled and cancelled():
                raise Cancelled("cancelled")
            child = self._ensure_child()
            reply = self._request(child, ("transcribe", options, len(samples)), samples, progress, cancelled)
        return reply[1]

    def detect_language(
        self, audio: np.ndarray, *, cancelled: CancelCheck | None = None
    ) -> DetectedLanguage | None:
        """The language of the first 30 s of speech and its probability (in the child); None: no speech."""
        samples = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        with self._call_lock:
            child = self._ensure_child()
            reply = self._request(child, ("detect", len(samples)), samples, None, cancelled)
        return reply[1]

    def close(self) -> None:
        """Stop the child and wait for it to exit; a transcription running meanwhile ends with Cancelled.
        The engine stays usable: the next call starts a new child."""
        with self._state_lock:
            child, self._child = self._child, None
        if child is not None:
            child.closing = True
            child.stop()

    # -- internals -------------------------------------------------------------------------------------

    def _ensure_child(self) -> _Child:
        with self._state_lock:
            if self._child is not None and self._child.process.is_alive():
                return self._child
            if self._child is not None:
                log.warning("local speech engine process ended while idle (%s)", self._child.how_it_ended())
                self._child.stop()
            self._child = _Child.start(self.spec, self._settings)
            return self._child

    def _forget(self, child: _Child) -> None:
        with self._state_lock:
            if self._child is child:
                self._child = None

    def _request(
        self,
        child: _Child,
        request: tuple,
        payload: np.ndarray | None,
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
    ) -> tuple:
        """Send one request and wait for its final reply, passing progress on; raises errors sent back."""
        child.busy = True
        reply: tuple = ()
        try:
            try:
                child.conn.send(request)
                if payload is not None:
                    child.conn.send_bytes(payload.data)  # contiguous float32 samples, not copied
                reply = self._wait(child, progress, cancelled)
            except (EOFError, OSError):
                self._died(child)
        finally:
            child.busy = False
            # a child left mid-request (cancel, crash, an exception in a progress callback, Ctrl+C)
            # would answer the old request next: it is stopped, and the next call starts a new one
            if not reply or child.closing or not child.process.is_alive():
                self._forget(child)
                child.closing = True
                child.stop()
        if reply[0] == "error":
            raise _error_from(reply[1], reply[2])
        return reply

    def _wait(self, child: _Child, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> tuple:
        while True:
            if cancelled and cancelled():
                self._forget(child)
                child.closing = True
                child.stop()
                raise Cancelled("cancelled")
            if not child.conn.poll(POLL_SECONDS):
                if not child.process.is_alive() and not child.conn.poll(0):
                    raise EOFError("the child process ended")
                continue
            message = child.conn.recv()
            if message[0] == "progress":
                if progress:
                    progress(float(message[1]))
                continue
            return message

    def _died(self, child: _Child) -> None:
        """Raise the right error for a child that went away mid-request."""
        self._forget(child)
        if child.closing:
            raise Cancelled("the local speech engine was closed")
        how = child.how_it_ended()
        log.error("local speech engine process died: %s", how)
        raise EngineCrashed(f"the local speech engine stopped unexpectedly ({how}); the job was not finished")


class _Child:
    """One child process and the parent's end of its pipe."""

    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.busy = False  # a request is in flight (the child cannot read "stop" now)
        self.closing = False  # the parent is stopping it on purpose
        self._stopped = False
        self._lock = threading.Lock()

    @classmethod
    def start(cls, spec: ModelSpec, settings: dict) -> _Child:
        parent_conn, child_conn = _CONTEXT.Pipe(duplex=True)
        from iam_desktop.diagnostics.logging_setup import current_log_file

        process = _CONTEXT.Process(
            target=_serve, args=(child_conn, spec, settings, current_log_file()), name="iam-local-engine",
            daemon=True,
        )  # fmt: skip
        try:
            process.start()
        except OSError as exc:
            parent_conn.close()
            raise EngineError(f"the local speech engine could not be started: {exc}") from exc
        finally:
            child_conn.close()  # only the child holds this end now, so its death shows up as EOF here
        log.info("local speech engine process %s started (model %s)", process.pid, spec.name)
        return cls(process, parent_conn)

    def stop(self) -> None:
        """Ask the child to exit (terminate, then kill it if it does not), reap it, close the pipe when
        no request is using it. Safe to call more than once and from another thread."""
        with self._lock:
            if self.process.is_alive() and not self.busy:
                try:
                    self.conn.send(("stop",))
                except OSError:
                    pass
                self.process.join(GRACE_SECONDS)
            if self.process.is_alive():
                self.process.terminate()
                self.process.join(GRACE_SECONDS)
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
            if not self.busy and not self._stopped:
                self._stopped = True
                self.conn.close()

    def how_it_ended(self) -> str:
        """How the child ended, in plain words (kills and reaps it if it is somehow still running)."""
        self.process.join(GRACE_SECONDS)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
            return "it stopped answering"
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = "unknown signal"
            how = f"killed by signal {-code} ({name})"
            if -code == getattr(signal, "SIGKILL", 9):
                how += " — perhaps out of memory"
            return how
        if code is not None and code > 0xFFFF:  # Windows status codes such as 0xC0000005
            return f"exited with status {code:#x}"
        return f"exited with code {code}"


def _error_from(kind: str, message: str) -> Exception:
    """The parent-side exception for an ("error", kind, message) reply."""
    cls = getattr(errors, kind, None)
    if isinstance(cls, type) and issubclass(cls, EngineError | Cancelled):
        return cls(message)
    if kind == "internal":
        return EngineError(f"the local speech engine failed: {message}")
    return EngineError(message)


def _give_memory_back() -> None:
    """Return freed heap to the OS between pieces, so that a long file's many pieces keep the child's
    footprint flat (glibc keeps freed arenas otherwise)."""
    gc.collect()
    if is_linux():
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def _log_fatal_errors(log_file: os.PathLike | None) -> None:
    """faulthandler into the log file (appended; a crash is the last thing this process writes)."""
    if log_file is None:
        return
    try:
        handle = open(log_file, "a", encoding="utf-8")  # kept open for the process's life
    except OSError:
        return
    faulthandler.enable(file=handle, all_threads=True)
    _FATAL_LOG.append(handle)


#: the child's faulthandler file, kept referenced (faulthandler does not hold it)
_FATAL_LOG: list = []


def _serve(conn: Connection, spec: ModelSpec, settings: dict, log_file: Path | None = None) -> None:
    """The child's main loop: load the model on demand and answer requests until "stop" or EOF. It logs
    into the parent's log file (`log_file`; the handler is safe to share between processes), and a fatal
    error in the native speech code leaves the Python stacks there too (faulthandler)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    from iam_desktop.diagnostics.logging_setup import configure_child

    configure_child(log_file)
    _log_fatal_errors(log_file)
    log.info("local speech engine process ready for requests (model %s)", spec.name)
    try:  # tqdm (used by faster-whisper) would create a semaphore that a killed child leaks
        from tqdm import tqdm

        tqdm.set_lock(threading.RLock())
    except ImportError:
        pass
    from iam_desktop.engines.local_whisper import LocalWhisperEngine

    engine = LocalWhisperEngine(spec, **settings)
    try:
        while True:
            request = conn.recv()
            if request[0] == "stop":
                return
            try:
                if request[0] == "load":
                    engine.load()
                    conn.send(("ready",))
                elif request[0] == "transcribe":
                    _, options, count = request
                    buffer = bytearray(count * 4)  # writable, so no copy is needed for numpy
                    conn.recv_bytes_into(buffer)
                    audio = np.frombuffer(buffer, dtype=np.float32)
                    result = engine.transcribe(audio, options, progress=lambda f: conn.send(("progress", f)))
                    conn.send(("result", result))
                    del audio, buffer, result
                    _give_memory_back()
                elif request[0] == "detect":
                    buffer = bytearray(request[1] * 4)
                    conn.recv_bytes_into(buffer)
                    conn.send(("detected", engine.detect_language(np.frombuffer(buffer, dtype=np.float32))))
                    del buffer
                else:
                    conn.send(("error", "internal", f"unknown request {request[0]!r}"))
            except (EngineError, Cancelled) as exc:
                conn.send(("error", type(exc).__name__, str(exc)))
            except (EOFError, OSError):
                raise
            except Exception as exc:  # a defect: report it and keep serving
                log.exception("the local speech engine failed on %r", request[0])
                conn.send(("error", "internal", f"{type(exc).__name__}: {exc}"))
    except (EOFError, OSError):
        return  # the parent went away
    finally:
        conn.close()
