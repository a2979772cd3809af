"""How a command reaches its handler: every subcommand the parser defines has a real function (no
"module:function" strings), the parser stays light to build, and the statuses the commands print stay the
plain strings scripts read (JobStatus and RecordingStatus are StrEnums)."""

from __future__ import annotations

import argparse
import inspect
import json
import subprocess
import sys
from pathlib import Path

from cli_helpers import cli, error_lines, ok
from library_helpers import add_recording

from iam_desktop.cli import handlers
from iam_desktop.cli.main import build_parser
from iam_desktop.library import Library
from iam_desktop.library.status import JobStatus, RecordingStatus
from iam_desktop.paths import data_paths


def _leaves(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> dict[str, argparse.ArgumentParser]:
    """Every runnable subcommand ("library export", "jobs list"…) and its parser."""
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        return {" ".join(words): parser}
    found: dict[str, argparse.ArgumentParser] = {}
    for action in subparsers:
        for name, child in action.choices.items():
            found.update(_leaves(child, (*words, name)))
    return found


def test_every_subcommand_has_a_function_handler():
    leaves = _leaves(build_parser())
    assert {"transcribe", "library export", "jobs list", "keys set", "vocabulary add", "watch run",
            "library recover", "devices"} <= set(leaves)  # fmt: skip
    used = set()
    for command, parser in leaves.items():
        handler = parser.get_default("handler")
        assert inspect.isfunction(handler), f"{command}: {handler!r}"
        assert handler.__module__.startswith("iam_desktop.cli."), command
        assert list(inspect.signature(handler).parameters) == ["args"], command
        used.add(handler)
    functions = inspect.getmembers(handlers, inspect.isfunction)
    table = {f for _name, f in functions if f.__module__ == handlers.__name__}
    assert table and table <= used, f"handlers no command uses: {sorted(f.__name__ for f in table - used)}"


def test_building_the_parser_imports_no_heavy_module():
    """--help and --version stay fast: the command modules are imported only when their command runs."""
    code = (
        "import sys\n"
        "from iam_desktop.cli.main import build_parser\n"
        "build_parser().format_help()\n"
        "heavy = ('sqlalchemy', 'numpy', 'av', 'openai', 'keyring', 'PySide6', 'iam_desktop.library',\n"
        "         'iam_desktop.engines', 'iam_desktop.jobs', 'iam_desktop.cli.transcribe_command')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
    proc = cli("--help")
    assert proc.returncode == 0 and "transcribe" in proc.stdout


def test_statuses_print_as_plain_strings(data_dir: Path):
    library = Library.open(data_paths(data_dir))
    try:
        recorded = add_recording(library, "Only recorded")
        failed = library.jobs.create("/nowhere/talk.wav", engine="local")
        library.jobs.update(failed, status=JobStatus.FAILED, error="file not found")
        library.jobs.create("/nowhere/next.wav", engine="local")
        job = library.jobs.get(failed)
        assert job is not None and type(job.status) is JobStatus and job.finished
        assert type(job.to_json()["status"]) is str
    finally:
        library.close()

    raw = ok("jobs", "list", "--json")
    assert '"status": "failed"' in raw and '"status": "queued"' in raw
    assert [job["status"] for job in json.loads(raw)] == ["failed", "queued"]
    lines = ok("jobs", "list").splitlines()
    assert [line.split("\t")[1] for line in lines] == ["failed", "queued"]
    assert "JobStatus" not in raw + "".join(lines)

    [item] = json.loads(ok("library", "list", "--json"))
    assert (item["id"], item["status"]) == (recorded, "recorded") == (recorded, RecordingStatus.RECORDED)
    assert ok("library", "list").rstrip("\n").endswith("\trecorded")
    proc = cli("library", "show", str(recorded))
    assert proc.returncode == 1
    why = "recorded without transcribing"
    assert error_lines(proc.stderr) == [f"error: recording {recorded} has no transcript ({why})"]


def test_an_unusable_library_is_one_error_line_and_exit_1(tmp_path: Path):
    """The one helper that opens the library maps its errors the same way for every command."""
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("not a data folder")
    commands = [
        ("library", "list"), ("jobs", "list", "--json"), ("vocabulary", "list"), ("watch", "list"),
        ("library", "tag", "1", "x"), ("library", "export", "1", "--format", "txt", "--output", "x"),
    ]  # fmt: skip
    for args in commands:
        proc = cli(*args, data=not_a_folder)
        assert proc.returncode == 1, (args, proc.stderr)
        assert proc.stdout == ""
        assert len(error_lines(proc.stderr)) == 1, (args, proc.stderr)
