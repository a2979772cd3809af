"""Failures never silent: the log file (private, redacted, shared safely by several processes), a
read-only log folder, the crash file of a real crash, the CLI's internal-error line, and crash reports
sent to a real local Sentry-style endpoint, scrubbed."""

from __future__ import annotations

import gzip
import http.server
import json
import logging
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from cli_helpers import cli
from helpers import NEEDS_ROOT, tiny_filesystem
from helpers import iam_desktop_command as _command

from iam_desktop.diagnostics import logging_setup
from iam_desktop.diagnostics.crash_file import ARCHIVE_NAME, pending_crash_report
from iam_desktop.diagnostics.crash_reports import make_scrubber
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.redaction import remember_secret

SECRET = "sk-diag-7f3a9c1e5b2d4f6a8c0e"
TITLE = "Board meeting about the Okavango takeover"
SPOKEN = "the password to the vault is tangerine"


@pytest.fixture
def clean_logging():
    """Leave the root logger as it was (configure() installs process-wide handlers)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _gui(data: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IAM_DATA_DIR=str(data))
    return subprocess.Popen([*_command()], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_started(process: subprocess.Popen, data: Path, seconds: float = 60) -> None:
    """Until the app holds its crash file (it is then past its start: SIGTERM closes the window) and has
    run a moment."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (data / "logs" / f"crash-{process.pid}.txt").exists():
        assert process.poll() is None, process.communicate()
        time.sleep(0.1)
    time.sleep(2.0)
    assert process.poll() is None, process.communicate()


def _quit(process: subprocess.Popen) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)  # closes the window like the user would
    _out, err = process.communicate(timeout=60)
    return process.returncode, err


# --- the log file ------------------------------------------------------------------------------------


def test_the_log_file_is_private_and_secrets_are_redacted(data_dir, clean_logging, capfd):
    paths = data_paths(data_dir)
    remember_secret(SECRET)
    written = logging_setup.configure(paths)
    assert written == paths.logs / "iam-desktop.log"
    logger = logging.getLogger("iam_desktop.test")
    logger.warning("the provider said: invalid key %s", SECRET)
    try:
        raise RuntimeError(f"Bearer {SECRET}")
    except RuntimeError:
        logger.exception("a failure with the key in its traceback")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = written.read_text()
    assert "invalid key [redacted]" in text and "RuntimeError: Bearer [redacted]" in text
    assert "Traceback" in text and SECRET not in text
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    err = capfd.readouterr().err
    assert "invalid key [redacted]" in err and SECRET not in err
    assert "Traceback" not in err  # one line per record on stderr; the traceback is in the file


def test_an_existing_world_readable_log_is_made_private(data_dir, clean_logging):
    paths = data_paths(data_dir)
    old = paths.logs / "iam-desktop.log"
    old.write_text("written by an older version\n")
    old.chmod(0o644)
    logging_setup.configure(paths)
    logging.getLogger("iam_desktop.test").warning("hello")
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert old.read_text().startswith("written by an older version\n")


_WRITER = """
import logging, sys
from pathlib import Path
from iam_desktop.diagnostics.logging_setup import SharedRotatingFileHandler
handler = SharedRotatingFileHandler(Path(sys.argv[1]), max_bytes=20_000, backup_count=5)
handler.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("w")
log.addHandler(handler)
log.setLevel(logging.INFO)
for i in range(int(sys.argv[3])):
    log.info("writer %s line %05d %s", sys.argv[2], i, "x" * 60)
"""


def test_several_processes_rotate_the_same_log_without_losing_the_newest_lines(tmp_path):
    """The window, its engine child and CLI commands share one log. With a plain RotatingFileHandler a
    process keeps writing into a file another one rotated away (and then deletes), and renames race
    ("--- Logging error ---" on stderr): recent lines were lost while older ones were kept. Here what is
    kept is exactly the newest part, no file grows past its limit, and nothing is reported on stderr."""
    target, writers, lines = tmp_path / "shared.log", 4, 2000
    command = [sys.executable, "-c", _WRITER, str(target)]
    processes = [subprocess.Popen([*command, str(n), str(lines)], stderr=subprocess.PIPE, text=True)
                 for n in range(writers)]  # fmt: skip
    for process in processes:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0 and err == "", err
    files = [f for f in tmp_path.glob("shared.log*") if not f.name.endswith(".lock")]
    assert sorted(f.name for f in files) == ["shared.log", *(f"shared.log.{i}" for i in range(1, 6))]
    assert all(f.stat().st_size <= 20_000 for f in files)
    kept = {line for f in files for line in f.read_text().splitlines()}
    for n in range(writers):  # what is kept is the newest part of the log: of each writer, its last lines
        numbers = sorted(int(line.split()[3]) for line in kept if line.startswith(f"writer {n} "))
        assert numbers == list(range(lines - len(numbers), lines)), f"writer {n} lost lines"
    assert len(kept) >= 5 * 19_000 // 87  # the backups are full: no history dropped early


@pytest.mark.skipif(NEEDS_ROOT, reason="mounting a filesystem needs root on Linux")
def test_a_read_only_log_folder_never_stops_the_cli_or_the_window(data_dir):
    data_paths(data_dir)
    with tiny_filesystem(data_dir / "logs", "1m", read_only=True):
        listed = cli("library", "list")
        assert listed.returncode == 0, listed.stderr
        warnings = [line for line in listed.stderr.splitlines() if line.strip()]
        assert len(warnings) == 1 and "cannot be written" in warnings[0] and "iam-desktop.log" in warnings[0]
        assert "Traceback" not in listed.stderr

        window = _gui(data_dir)
        first = window.stderr.readline()  # the app is past its start (no crash file can be written here)
        assert "iam-desktop.log cannot be written" in first
        time.sleep(3.0)
        assert window.poll() is None
        code, err = _quit(window)
        err = first + err
        assert code == 0, err
        assert "Traceback" not in err
        assert sum("iam-desktop.log cannot be written" in line for line in err.splitlines()) == 1


# --- the crash file ------------------------------------------------------------------------------------

_CRASH = """
import sys, time, faulthandler
from iam_desktop.diagnostics.crash_file import CrashFile
from iam_desktop.paths import data_paths
crash = CrashFile.open(data_paths())
if sys.argv[1] == "segv":
    faulthandler._sigsegv()
elif sys.argv[1] == "clean":
    crash.close()
else:
    print("running", flush=True)
    time.sleep(120)
"""


def _run_crash_script(mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _CRASH, mode], capture_output=True, text=True, timeout=60)


def test_a_real_crash_is_reported_once_at_the_next_start(data_dir):
    paths = data_paths(data_dir)
    crashed = _run_crash_script("segv")
    assert crashed.returncode == -signal.SIGSEGV
    report = pending_crash_report(paths)
    assert report is not None and report.has_traceback
    assert "Segmentation fault" in report.details and "IAM Desktop" in report.details
    assert "_run_crash_script" not in report.details and "<string>" in report.details  # the child's stack
    assert report.archived == paths.logs / ARCHIVE_NAME and report.archived.read_text() == report.details
    assert pending_crash_report(paths) is None  # once


def test_a_clean_exit_is_not_a_crash_and_a_running_instance_is_left_alone(data_dir):
    paths = data_paths(data_dir)
    assert _run_crash_script("clean").returncode == 0
    assert pending_crash_report(paths) is None
    assert not list(paths.logs.glob("crash-*"))

    running = subprocess.Popen([sys.executable, "-c", _CRASH, "run"], stdout=subprocess.PIPE, text=True)
    try:
        assert running.stdout.readline().strip() == "running"
        assert pending_crash_report(paths) is None  # it holds its crash file: not a crash
        running.send_signal(signal.SIGKILL)
        running.wait(10)
    finally:
        if running.poll() is None:
            running.kill()
    report = pending_crash_report(paths)  # killed: an unclean exit, without a traceback
    assert report is not None and not report.has_traceback and f"process {running.pid}" in report.details


def test_the_window_quits_cleanly_on_sigterm_and_tells_of_a_crash_once(data_dir):
    paths = data_paths(data_dir)
    assert _run_crash_script("segv").returncode == -signal.SIGSEGV
    log_file = paths.logs / "iam-desktop.log"
    for _run in range(2):
        window = _gui(data_dir)
        _wait_started(window, data_dir)
        code, err = _quit(window)
        assert code == 0, err
        assert not list(paths.logs.glob("crash-*.txt"))  # a clean exit leaves no crash file
    assert log_file.read_text().count("the last run ended unexpectedly") == 1


# --- the CLI -------------------------------------------------------------------------------------------

_DEFECT = """
import sys
from iam_desktop.cli import library_commands, main
from iam_desktop.redaction import remember_secret

remember_secret(sys.argv[1])

def broken(_args):
    raise RuntimeError(f"a defect holding the key {sys.argv[1]} and\\nmore lines")

library_commands.list_items = broken  # a defect in a command
sys.exit(main.main(["library", "list"]))
"""


def test_an_unexpected_error_in_a_command_is_one_line_and_a_logged_traceback(data_dir):
    command = [sys.executable, "-c", _DEFECT, SECRET]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    log_file = data_dir / "logs" / "iam-desktop.log"
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: internal error: RuntimeError: a defect holding the key [redacted] and"
        f" (details in {log_file})"
    ]
    text = log_file.read_text()
    assert "Traceback" in text and "in broken" in text and SECRET not in text


# --- crash reports -------------------------------------------------------------------------------------


class _Collector(http.server.BaseHTTPRequestHandler):
    bodies: list[bytes] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        type(self).bodies.append(body)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def sentry_endpoint():
    _Collector.bodies = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://publickey@127.0.0.1:{server.server_address[1]}/1", _Collector.bodies
    server.shutdown()


_REPORTING_APP = """
import sys
from pathlib import Path
from iam_desktop.diagnostics import crash_reports, exception_hooks
from iam_desktop.paths import data_paths
from iam_desktop.redaction import remember_secret
from iam_desktop.settings import Settings

secret, title, spoken, dsn, switched_on = sys.argv[1:6]
paths = data_paths()
remember_secret(secret)
exception_hooks.install()
on = crash_reports.enable(Settings(crash_reports=switched_on == "on", crash_report_dsn=dsn), paths)
print("on" if on else "off", "sentry_sdk" in sys.modules, flush=True)

def transcribe(text, audio):
    raise RuntimeError(f"cannot save “{title}” to {audio} with key {secret}: '{text}'")

transcribe(spoken, paths.audio / "ab12.flac")
"""


def _report_run(dsn: str, switched: str, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _REPORTING_APP, SECRET, TITLE, SPOKEN, dsn, switched],
        capture_output=True, text=True, timeout=60, env=dict(os.environ, HOME=str(data_dir.parent)),
    )  # fmt: skip


def test_crash_reports_reach_the_endpoint_scrubbed(data_dir, sentry_endpoint):
    dsn, bodies = sentry_endpoint
    result = _report_run(dsn, "on", data_dir)
    assert result.returncode == 1 and result.stdout.split() == ["on", "True"], result.stderr
    deadline = time.monotonic() + 10
    while not bodies and time.monotonic() < deadline:
        time.sleep(0.1)
    events = [json.loads(line) for body in bodies for line in body.splitlines()[1:] if line.startswith(b"{")]
    errors = [event for event in events if event.get("exception")]
    assert errors, bodies
    sent = b"\n".join(bodies).decode()
    assert "RuntimeError" in sent and "transcribe" in sent  # the useful part arrived
    for private in (SECRET, TITLE, SPOKEN, "tangerine", str(data_dir), str(data_dir.parent)):
        assert private not in sent, private
    [value] = [holder["value"] for holder in errors[0]["exception"]["values"]]
    assert value == "cannot save <text> to <path>[redacted]: <text>"
    assert all("vars" not in frame for holder in errors[0]["exception"]["values"]
               for frame in holder["stacktrace"]["frames"])  # fmt: skip


def test_crash_reports_are_off_by_default(data_dir, sentry_endpoint):
    dsn, bodies = sentry_endpoint
    result = _report_run(dsn, "off", data_dir)
    assert result.returncode == 1 and result.stdout.split() == ["off", "False"]
    assert bodies == []  # and none can come later: the child has ended without ever importing sentry-sdk


def test_the_scrubber_keeps_no_breadcrumbs_extras_or_user(data_dir):
    remember_secret(SECRET)
    scrub = make_scrubber(DataPaths(data_dir))
    event = {
        "level": "error", "server_name": "alices-laptop", "user": {"username": "alice"},
        "breadcrumbs": {"values": [{"message": TITLE}]}, "extra": {"text": SPOKEN},
        "contexts": {"os": {"name": "Linux"}, "app": {"title": TITLE}},
        "logentry": {"message": "saving %s", "formatted": f"saving {data_dir}/audio/x.flac: key {SECRET}"},
    }  # fmt: skip
    clean = scrub(event, None)
    assert clean == {"level": "error", "contexts": {"os": {"name": "Linux"}},
                     "logentry": {"message": "saving <path>: key [redacted]"}}  # fmt: skip


# --- the engine's child process ------------------------------------------------------------------------


def test_the_engine_child_logs_into_the_same_file_even_when_it_crashes(data_dir, clean_logging):
    from iam_desktop.engines.local_process import LocalProcessEngine

    paths = data_paths(data_dir)
    log_file = logging_setup.configure(paths)
    engine = LocalProcessEngine()
    try:
        engine.load()
        child = engine.pid
        os.kill(child, signal.SIGSEGV)  # a fatal error in the native speech code
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and "Segmentation fault" not in log_file.read_text():
            time.sleep(0.2)
    finally:
        engine.close()
    text = log_file.read_text()
    assert f"[{child} MainThread] iam_desktop.engines.local_process: local speech engine process ready" in (
        text
    )  # the child's own records
    assert "Fatal Python error: Segmentation fault" in text and "_serve" in text  # its stacks
