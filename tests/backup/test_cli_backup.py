"""`iam-desktop backup …` as real subprocesses against a real S3-compatible server and the real OS keyring
(the private Secret Service of scripts/run-tests.sh): secrets from the environment or stdin end up in the
keyring and nowhere else, failures are plain errors with their own exit codes and save nothing, and a
library goes out and comes back whole through the command line alone."""

from __future__ import annotations

import dataclasses
import json
import os
import select
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from backup_builders import WORDS, folder_state, library_contents, make_library, rewrite_object
from cli_helpers import error_lines
from helpers import iam_desktop_command

from iam_desktop.backup.control import Progress
from iam_desktop.backup.credentials import PASSPHRASE, PASSPHRASE_ENV, S3_SECRET, S3_SECRET_ENV
from iam_desktop.cli.backup_command import NEW_PASSPHRASE_ENV, progress_line
from iam_desktop.cli.exit_codes import (
    EXIT_CANCELLED,
    EXIT_DAMAGED,
    EXIT_NOT_CONFIGURED,
    EXIT_STORAGE,
    EXIT_USAGE,
    EXIT_WRONG_PASSPHRASE,
)
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import load_settings, save_settings, settings_file

PHRASE = "correct horse battery staple"
SECRET_ENVS = (S3_SECRET_ENV, PASSPHRASE_ENV, NEW_PASSPHRASE_ENV)


def environment(**env: str) -> dict[str, str]:
    """This process's environment without backup secrets, plus `env`."""
    found = {k: v for k, v in os.environ.items() if k not in SECRET_ENVS}
    return {**found, **env}


def backup(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    """Run `iam-desktop backup ARGS` with `stdin` and no backup secrets in the environment but `env`."""
    return subprocess.run(
        [*iam_desktop_command(), "backup", *args], input=stdin, capture_output=True, text=True,
        encoding="utf-8", env=environment(**env), timeout=240, check=False,
    )  # fmt: skip


def ok(*args: str, stdin: str = "", **env: str) -> str:
    proc = backup(*args, stdin=stdin, **env)
    assert proc.returncode == 0, f"{args} exited {proc.returncode}: {proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stdout


@pytest.fixture
def paths() -> DataPaths:
    return data_paths()


@pytest.fixture
def where(s3_server, bucket) -> list[str]:
    """`backup configure`'s options for the test's bucket."""
    return ["--provider", "custom", "--endpoint", s3_server.endpoint, "--bucket", bucket, "--prefix", "iam",
            "--access-key-id", s3_server.key_id]  # fmt: skip


def configure(where: list[str], s3_server, phrase: str = PHRASE) -> subprocess.CompletedProcess[str]:
    return backup("configure", *where, stdin=f"{s3_server.secret}\n{phrase}\n")


def nothing_contains(root: Path, *values: str) -> None:
    """No file under `root` (settings, logs, state, the library) holds any of `values`."""
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for value in values:
                assert value.encode() not in data, f"{path} holds a secret"


def assert_nothing_saved(paths: DataPaths, store: SecretStore) -> None:
    assert (store.get(S3_SECRET), store.get(PASSPHRASE)) == (None, None)
    assert load_settings(paths).backup_provider is None


def test_configure_from_the_environment_keeps_the_secrets_in_the_keyring_only(s3_server, bucket, where, paths,
                                                                                store):  # fmt: skip
    proc = backup("configure", *where, **{S3_SECRET_ENV: s3_server.secret, PASSPHRASE_ENV: PHRASE})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == (f"backups go to Other S3-compatible, bucket {bucket} "
                                           f"({s3_server.endpoint}), prefix iam")  # fmt: skip
    assert "kept in the OS keyring (SecretService Keyring)" in proc.stdout
    assert proc.stderr.splitlines() == [
        f"ok: reached {s3_server.endpoint}", "ok: signed in", f"ok: bucket {bucket} exists", "ok: can list",
        "ok: can write, read back and delete", "ok: created a new backup set",
    ]  # fmt: skip
    assert (store.get(S3_SECRET), store.get(PASSPHRASE)) == (s3_server.secret, PHRASE)
    settings = load_settings(paths)
    assert (settings.backup_provider, settings.backup_bucket, settings.backup_access_id) == (
        "custom", bucket, s3_server.key_id)  # fmt: skip
    for secret in (s3_server.secret, PHRASE):
        assert secret not in proc.stdout + proc.stderr
    nothing_contains(paths.root, s3_server.secret, PHRASE)
    assert list(s3_server.objects(bucket)) == ["iam/keys"]


def test_configure_from_stdin_line_by_line(s3_server, where, paths, store):
    proc = configure(where, s3_server)  # line 1 the key, line 2 the passphrase
    assert proc.returncode == 0, proc.stderr
    assert (store.get(S3_SECRET), store.get(PASSPHRASE)) == (s3_server.secret, PHRASE)
    store.delete(PASSPHRASE)
    # the passphrase from the environment, the key alone on stdin (an existing set: unlocked, not made)
    proc = backup("configure", *where, stdin=f"{s3_server.secret}\n", **{PASSPHRASE_ENV: PHRASE})
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines()[-1] == "ok: unlocked the backup set already there"
    assert (store.get(S3_SECRET), store.get(PASSPHRASE)) == (s3_server.secret, PHRASE)
    nothing_contains(paths.root, s3_server.secret, PHRASE)


@pytest.mark.parametrize("stdin", ["", "\n", "only-the-secret-key-0123\n"])
def test_configure_without_secrets_names_the_variables(stdin, where, paths, store):
    proc = backup("configure", *where, stdin=stdin)
    assert proc.returncode == EXIT_USAGE
    [line] = error_lines(proc.stderr)
    assert S3_SECRET_ENV in line and PASSPHRASE_ENV in line and "standard input" in line
    assert "only-the-secret-key-0123" not in proc.stderr + proc.stdout
    assert_nothing_saved(paths, store)


def test_configure_failures_are_plain_have_their_exit_code_and_save_nothing(s3_server, bucket, where, paths,
                                                                            store):  # fmt: skip
    wrong = "Wrong-Secret-0123456789abcdef"
    proc = backup("configure", *where, stdin=f"{wrong}\n{PHRASE}\n")
    assert proc.returncode == EXIT_STORAGE
    assert error_lines(proc.stderr) == [
        "error: the storage refused the access key: check the access key ID and the secret access key "
        "(code SignatureDoesNotMatch)"
    ]
    assert wrong not in proc.stdout + proc.stderr
    missing = [*where[:5], "no-such-bucket", *where[6:]]
    proc = configure(missing, s3_server)
    assert proc.returncode == EXIT_STORAGE
    assert error_lines(proc.stderr) == [f"error: there is no bucket called 'no-such-bucket' at "
                                        f"{s3_server.endpoint}: check its name and region"]  # fmt: skip
    assert_nothing_saved(paths, store)
    assert s3_server.objects(bucket) == {}

    assert configure(where, s3_server).returncode == 0  # a backup set with PHRASE; then another folder
    other = paths.root.parent / "elsewhere"
    env = {"IAM_DATA_DIR": str(other)}
    proc = backup("configure", *where, stdin=f"{s3_server.secret}\nnot the passphrase\n", **env)
    assert proc.returncode == EXIT_WRONG_PASSPHRASE
    assert len(error_lines(proc.stderr)) == 1 and "passphrase" in proc.stderr
    assert load_settings(data_paths(other)).backup_provider is None
    assert store.get(PASSPHRASE) == PHRASE  # what the first configure kept
    proc = backup("configure", *where, stdin=f"{s3_server.secret}\nshort\n", **env)
    assert (proc.returncode, error_lines(proc.stderr)) == (
        EXIT_NOT_CONFIGURED, ["error: the passphrase is too short: use at least 8 characters"])  # fmt: skip


def test_commands_before_configure_say_so(paths, store):
    for args in (["run"], ["list"], ["verify"], ["restore"], ["passphrase"]):
        proc = backup(*args, **{NEW_PASSPHRASE_ENV: "a new passphrase"})
        assert proc.returncode == EXIT_NOT_CONFIGURED, (args, proc.stderr)
        assert error_lines(proc.stderr) == [
            "error: no backup is set up: choose the storage in Settings → Backup "
            "(or iam-desktop backup configure)"
        ], args
    assert ok("status") == "backups are not set up: run `iam-desktop backup configure` (see --help)\n"
    status = json.loads(ok("status", "--json"))
    assert (status["configured"], status["target"], status["last_success"], status["next_backup"]) == (
        False, None, None, None)  # fmt: skip
    assert ok("disable") == "backups were not set up\n"


def test_the_whole_round_trip_through_the_cli(s3_server, bucket, where, paths, store):
    """configure → run → list → status → wipe the data folder → configure → restore → verify."""
    make_library(paths)
    before_audio = folder_state(paths.audio)
    before = library_contents(paths)
    assert configure(where, s3_server).returncode == 0
    proc = backup("run", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["files_total"] == result["files_uploaded"] == 1 + len(WORDS)
    assert result["bytes_uploaded"] > result["bytes_total"] > 0  # encrypted: a little more than the files
    assert "uploading: " in proc.stderr  # progress goes to stderr
    again = json.loads(ok("run", "--json"))
    assert again["files_uploaded"] == 0 and again["snapshot_id"] != result["snapshot_id"]
    text = ok("run")
    assert text.startswith("snapshot ") and "uploaded 0 files, 0 bytes" in text

    snapshots = json.loads(ok("list", "--json"))
    assert [s["snapshot_id"] for s in snapshots][1:] == [again["snapshot_id"], result["snapshot_id"]]
    assert {(s["recordings"], s["transcripts"]) for s in snapshots} == {(len(WORDS), len(WORDS))}
    assert "manifest" not in snapshots[0]
    lines = ok("list").splitlines()
    assert len(lines) == 3
    assert lines[-1].startswith(f"{result['snapshot_id']}\t{result['created']}\t4 recordings\t4 transcripts")
    status = json.loads(ok("status", "--json"))
    assert status["configured"] and status["last_snapshot"] == snapshots[0]["snapshot_id"]
    assert status["last_error"] is None and status["target"].endswith("prefix iam")
    assert status["secrets"] == "secret access key in the OS keyring; passphrase in the OS keyring"
    assert "last error: none" in ok("status")

    shutil.rmtree(paths.root)  # the laptop is lost; a fresh install with the same keyring
    assert configure(where, s3_server).returncode == 0
    proc = backup("restore", "--json")
    assert proc.returncode == 0, proc.stderr
    restored = json.loads(proc.stdout)
    assert restored["snapshot_id"] == snapshots[0]["snapshot_id"]
    assert (restored["recordings"], restored["transcripts"]) == (len(WORDS), len(WORDS))
    assert folder_state(paths.audio) == before_audio
    assert library_contents(paths) == before

    checked = json.loads(ok("verify", "--json"))
    assert checked["ok"] and checked["problems"] == [] and checked["checked_objects"] == 1 + len(WORDS)
    sample = json.loads(ok("verify", "--sample", "2", "--json"))
    assert sample["ok"] and sample["checked_objects"] == 2
    assert ok("verify").startswith(f"checked {1 + len(WORDS)} objects (")
    nothing_contains(paths.root, s3_server.secret, PHRASE)


def test_verify_reports_damage_with_its_exit_code(s3_server, bucket, where, paths, store):
    make_library(paths)
    assert configure(where, s3_server).returncode == 0
    ok("run")
    audio = sorted(k for k in s3_server.objects(bucket) if k.startswith("iam/data/"))
    rewrite_object(s3_server, bucket, audio[0], "flip")
    proc = backup("verify")
    assert proc.returncode == EXIT_DAMAGED
    assert [line for line in proc.stdout.splitlines() if line.startswith("problem: ")]
    assert error_lines(proc.stderr) == ["error: the backup has 1 problem (listed above)"]
    result = json.loads(backup("verify", "--json").stdout)
    assert not result["ok"] and len(result["problems"]) == 1


def test_restore_into_a_library_with_other_work_needs_force(s3_server, where, paths, store):
    make_library(paths)
    assert configure(where, s3_server).returncode == 0
    ok("run")
    shutil.rmtree(paths.audio)
    (paths.root / "library.sqlite3").unlink()
    from backup_builders import add_audio_recording

    from iam_desktop.library import Library

    library = Library.open(paths)
    try:
        add_audio_recording(library, "Only here", b"local work" * 100, "lantern")
    finally:
        library.close()
    proc = backup("restore")
    assert proc.returncode != 0 and len(error_lines(proc.stderr)) == 1
    assert ok("restore", "--force").startswith("restored snapshot ")


def test_changing_the_passphrase(s3_server, where, paths, store):
    assert configure(where, s3_server).returncode == 0
    proc = backup("passphrase", stdin="")
    assert proc.returncode == EXIT_USAGE and NEW_PASSPHRASE_ENV in proc.stderr
    changed = ok("passphrase", stdin="a brand new passphrase\n")
    assert changed == "the backup passphrase was changed and the new one is kept in the OS keyring\n"
    assert store.get(PASSPHRASE) == "a brand new passphrase"
    assert ok("list") == ""  # opens with the new one from the keyring
    proc = backup("list", **{PASSPHRASE_ENV: PHRASE})  # the old one no longer opens the set
    assert proc.returncode == EXIT_WRONG_PASSPHRASE
    proc = backup("passphrase", **{NEW_PASSPHRASE_ENV: "third passphrase here", PASSPHRASE_ENV:
                                   "a brand new passphrase"})  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert f"{PASSPHRASE_ENV} still holds the old passphrase" in proc.stderr
    assert "third passphrase here" not in proc.stdout + proc.stderr
    assert store.get(PASSPHRASE) == "third passphrase here"


def test_disable_forgets_the_secrets_and_keeps_the_bucket(s3_server, bucket, where, paths, store):
    assert configure(where, s3_server).returncode == 0
    out = ok("disable")
    assert out.startswith("backups are off and the secrets were removed from the OS keyring")
    assert (store.get(S3_SECRET), store.get(PASSPHRASE)) == (None, None)
    assert load_settings(paths).backup_provider is None
    assert list(s3_server.objects(bucket)) == ["iam/keys"]


def test_ctrl_c_cancels_a_run_cleanly_and_the_next_run_finishes(s3_server, where, paths, store):
    make_library(paths)
    assert configure(where, s3_server).returncode == 0
    settings = load_settings(paths)
    save_settings(paths, dataclasses.replace(settings, backup_bandwidth_kbps=300))
    process = subprocess.Popen(
        [*iam_desktop_command(), "backup", "run"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=environment(), preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    try:
        seen = ""
        deadline = time.monotonic() + 60
        while "uploading: " not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([process.stderr], [], [], 1)
            if ready:
                seen += process.stderr.readline()  # type: ignore[union-attr]
        assert "uploading: " in seen, seen
        time.sleep(1)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == EXIT_CANCELLED, seen + stderr
    assert stdout == ""
    assert error_lines(seen + stderr) == ["error: cancelled; what was uploaded is kept and the next "
                                          "`iam-desktop backup run` continues from there"]  # fmt: skip
    assert json.loads(ok("status", "--json"))["last_success"] is None
    save_settings(paths, settings)
    result = json.loads(ok("run", "--json"))
    assert result["files_total"] == 1 + len(WORDS)
    assert json.loads(ok("status", "--json"))["last_error"] is None


def test_progress_lines_say_bytes_rate_and_time_left():
    line = progress_line(Progress("uploading", 12_000_000, 45_000_000, 5_100_000.0, 6.5, 3, 10))
    assert line == "uploading: 12 MB of 45 MB (27 %), 5.1 MB/s, 6 s left, 3 of 10 files"
    assert progress_line(Progress("preparing", 0, 0, 0.0, None)) == "preparing…"
    started = progress_line(Progress("uploading", 0, 2000, 0.0, None, 0, 1))
    assert started == "uploading: 0 bytes of 2.0 kB (0 %), 0 of 1 files"
    assert "1 h 2 min left" in progress_line(Progress("downloading", 1, 10**9, 1.0, 3725.0))


def test_secrets_never_reach_settings_even_via_status(s3_server, where, paths, store):
    assert configure(where, s3_server).returncode == 0
    out = ok("status") + ok("status", "--json")
    assert s3_server.secret not in out and PHRASE not in out
    assert s3_server.secret not in settings_file(paths).read_text()


def test_a_machine_without_a_keyring_uses_the_environment(s3_server, bucket, where, paths):
    """Headless: no keyring at all, both secrets in the environment, for configure and every run after."""
    env = {S3_SECRET_ENV: s3_server.secret, PASSPHRASE_ENV: PHRASE,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip
    proc = backup("configure", *where, **env)
    assert proc.returncode == 0, proc.stderr
    assert "ok: the OS keyring cannot be used: the secrets stay in IAM_S3_SECRET_ACCESS_KEY" in proc.stderr
    assert f"keep {S3_SECRET_ENV} and {PASSPHRASE_ENV} set" in proc.stdout
    make_library(paths)
    assert json.loads(ok("run", "--json", **env))["files_uploaded"] == 1 + len(WORDS)
    status = json.loads(ok("status", "--json", **env))
    assert status["secrets"] == f"secret access key from {S3_SECRET_ENV}; passphrase from {PASSPHRASE_ENV}"
    proc = backup("run", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert proc.returncode == 1 and "no secure OS keyring" in proc.stderr  # without them: plain, not stuck
    nothing_contains(paths.root, s3_server.secret, PHRASE)
