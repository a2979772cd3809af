"""The data folder is private on POSIX: folders 0700 and files 0600 (the database and its -wal/-shm, the
log, capture parts, audio copies), created that way by real `iam-desktop` processes, and an old library
left readable by others is tightened once. A data folder that cannot be used is one `error:` line."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import iam_desktop_command

from iam_desktop.errors import StorageError
from iam_desktop.paths import data_paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def cli(*args: str, data_dir: Path | None = None, umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    """Run the real `iam-desktop` as a user with the usual umask (022: files 0644 unless the app says)."""
    env = os.environ.copy()
    if data_dir is not None:
        env["IAM_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [*iam_desktop_command(), *args], capture_output=True, text=True, encoding="utf-8", env=env,
        timeout=300, check=False, preexec_fn=lambda: os.umask(umask),
    )  # fmt: skip


def modes(root: Path) -> dict[str, int]:
    """Every folder and file under `root` (and root itself) with its permission bits."""
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for folder, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(folder) / name
            found[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def assert_private(root: Path) -> None:
    wrong = {
        name: oct(mode)
        for name, mode in modes(root).items()
        if mode != (0o700 if (root / name).is_dir() else 0o600)
    }
    assert not wrong, wrong


def test_a_new_data_folder_is_private(data_dir: Path, speech_wav: Path):
    proc = cli("transcribe", str(speech_wav))
    assert proc.returncode == 0, proc.stderr
    names = set(modes(data_dir))
    assert {"library.sqlite3", "audio", "logs", "captures"} <= names
    assert any(name.startswith("audio/") for name in names)  # the audio copy
    assert any(name.startswith("logs/") for name in names)
    assert_private(data_dir)


def test_wal_files_of_a_running_process_are_private(data_dir: Path):
    """While a library is open its -wal and -shm files exist: they are private too."""
    cli("library", "list")
    code = (
        "import os, stat, sys\n"
        "from iam_desktop.paths import data_paths, use_private_umask\n"
        "use_private_umask()\n"
        "from iam_desktop.library import Library\n"
        "lib = Library.open(data_paths())\n"
        "lib.vocabulary.add('Quayside')\n"
        "db = lib.paths.database\n"
        "for suffix in ('-wal', '-shm'):\n"
        "    print(suffix, oct(stat.S_IMODE(os.stat(str(db) + suffix).st_mode)))\n"
        "lib.close()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                          preexec_fn=lambda: os.umask(0o022))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["-wal", "0o600", "-shm", "0o600"]


def test_an_old_readable_library_is_tightened_once(data_dir: Path):
    assert cli("library", "list", umask=0o022).returncode == 0
    # what an older version left: everything readable by others
    for folder, dirnames, filenames in os.walk(data_dir):
        for name in dirnames:
            os.chmod(Path(folder) / name, 0o755)
        for name in filenames:
            os.chmod(Path(folder) / name, 0o644)
    (data_dir / "audio" / "ab").mkdir(mode=0o755)
    (data_dir / "audio" / "ab" / "old.wav").write_bytes(b"RIFF")
    os.chmod(data_dir / "audio" / "ab" / "old.wav", 0o644)
    os.chmod(data_dir, 0o755)
    assert modes(data_dir)["library.sqlite3"] == 0o644
    proc = cli("library", "list")
    assert proc.returncode == 0, proc.stderr
    assert_private(data_dir)


def test_a_foreign_folder_is_not_tightened(tmp_path: Path):
    """IAM_DATA_DIR pointed at a folder of the user's own: only what the app creates is private."""
    folder = tmp_path / "mine"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    (folder / "notes.txt").write_text("mine")
    os.chmod(folder / "notes.txt", 0o644)
    data_paths(folder)
    assert modes(folder)["notes.txt"] == 0o644
    assert modes(folder)["."] == 0o755
    assert modes(folder)["audio"] == 0o700


@pytest.mark.parametrize("kind", ["file", "unwritable"])
def test_an_unusable_data_folder_is_one_error_line(tmp_path: Path, kind: str):
    if kind == "file":
        target = tmp_path / "data-is-a-file"
        target.write_text("not a folder")
        reason = "is a file"
    else:
        if os.geteuid() == 0:
            pytest.skip("root may write anywhere")
        parent = tmp_path / "locked"
        parent.mkdir(mode=0o500)
        target = parent / "data"
        reason = "Permission denied"
    with pytest.raises(StorageError, match="cannot use the data folder"):
        data_paths(target)
    for args in (("library", "list"), ("transcribe", "x.wav"), ("vocabulary", "list"), ("jobs", "list")):
        proc = cli(*args, data_dir=target)
        assert proc.returncode == 1, (args, proc.stderr)
        assert "Traceback" not in proc.stderr, proc.stderr
        errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1, proc.stderr
        assert errors[0].startswith(f"error: cannot use the data folder {target}")
        assert reason in errors[0]


def test_a_data_folder_under_a_file_is_one_error_line(tmp_path: Path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    proc = cli("library", "list", data_dir=blocker / "data")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"error: cannot use the data folder {blocker / 'data'}: Not a directory")
