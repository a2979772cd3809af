"""Benchmark: time from process start to the main window shown, from source and frozen, and the bundle's size.

Runs `iam-desktop --startup-time` (offscreen) on a synthetic library of N recordings (default 10,000, built
with bench_library's generator, or reused with --keep) and on an empty one, and a bare PySide6 window
measured the same way (the floor of any Qt app on this machine). Cold = the first run after dropping the
page caches (root only; otherwise the first run, said so), warm = the median of --runs runs. From source
the bytecode is cached first (in a temporary PYTHONPYCACHEPREFIX, as an installed wheel has it), so that
the figures do not count compiling the app's modules. Prints figures; asserts nothing.

Targets (issue 12): warm under 1.5 s with 10,000 recordings; the bundle under 350 MB.

Run: .venv/bin/python benchmarks/bench_startup.py [--recordings N] [--runs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / ".venv" / "bin" / "iam-desktop"
FROZEN = ROOT / "dist" / "iam-desktop" / "iam-desktop"
BUNDLE = FROZEN.parent
WARM_TARGET_S = 1.5
BUNDLE_TARGET_MB = 350
REPORT = re.compile(r"startup: (\d+(?:\.\d+)?) s")

#: a bare PySide6 window timed by the same clock: the floor of any Qt app here
BARE_WINDOW = r"""
from iam_desktop.diagnostics.startup_clock import process_age
from PySide6.QtWidgets import QApplication, QMainWindow
from iam_desktop.ui.first_frame import FirstFrame
app = QApplication([])
window = QMainWindow()
window.resize(1100, 720)
window.show()
def shown():
    print(f"startup: {process_age().describe()}", flush=True)
    app.quit()
FirstFrame(window, shown)
app.exec()
"""


def child_env(data_dir: Path, pycache: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IAM_DATA_DIR=str(data_dir))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def startup_once(command: list[str], env: dict[str, str]) -> float:
    """One start: the seconds the app reports from process start to the window shown."""
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    match = REPORT.search(result.stdout)
    if result.returncode != 0 or match is None:
        output = result.stdout + result.stderr[-2000:]
        raise RuntimeError(f"{command[0]} failed ({result.returncode}): {output}")
    return float(match.group(1))


def drop_caches() -> bool:
    """Empty the page cache (root only), so that the next start reads everything from disk."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def measure(command: list[str], env: dict[str, str], runs: int) -> tuple[float, bool, list[float]]:
    """(cold, truly cold, warm runs): one start after dropping the caches, then `runs` more."""
    cold_for_real = drop_caches()
    cold = startup_once(command, env)
    warm = [startup_once(command, env) for _ in range(runs)]
    return cold, cold_for_real, warm


def bundle_size(folder: Path) -> int:
    """Bytes of every file in `folder` (the unpacked size; links counted once)."""
    total, seen = 0, set()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            if (stat.st_dev, stat.st_ino) not in seen:
                seen.add((stat.st_dev, stat.st_ino))
                total += stat.st_size
    return total


def ensure_library(data_dir: Path, recordings: int) -> None:
    from iam_desktop.paths import data_paths

    if data_paths(data_dir).database.exists():
        print(f"reusing the library in {data_dir}")
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_library import build

    figures = build(data_dir, recordings)
    print(
        f"built {recordings:,} recordings ({figures['segments']:,} segments) in "
        f"{figures['insert_s'] + figures['index_s']:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recordings", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7, help="warm runs of each (the median is shown)")
    parser.add_argument("--keep", type=Path, help="build the big library in (or reuse) this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iam-bench-startup-") as tmp:
        big = args.keep or Path(tmp) / "big"
        big.mkdir(parents=True, exist_ok=True)
        ensure_library(big, args.recordings)
        run(big, Path(tmp), args.recordings, args.runs)


def run(big: Path, tmp: Path, recordings: int, runs: int) -> None:
    empty, pycache = tmp / "empty", tmp / "pycache"
    python = str(ROOT / ".venv" / "bin" / "python")
    targets: list[tuple[str, list[str]]] = [("source", [str(SOURCE), "--startup-time"])]
    if FROZEN.exists():
        targets.append(("frozen", [str(FROZEN), "--startup-time"]))
    # untimed: the empty library is created, and the bytecode cached, before anything is measured
    for label, command in list(targets):
        try:
            startup_once(command, child_env(empty, pycache))
        except RuntimeError as exc:  # e.g. a bundle built before --startup-time existed
            print(f"{label}: cannot be measured, rebuild it (make package): {exc}")
            targets.remove((label, command))
    startup_once([python, "-c", BARE_WINDOW], child_env(empty, pycache))

    print(f"start-up, process start → main window shown (offscreen; warm = median of {runs}):")
    print(f"  {'what':<34} {'cold':>7} {'warm':>7} {'min':>6} {'max':>6}   vs bare window")
    bare_cold, _, bare_warm = measure([python, "-c", BARE_WINDOW], child_env(empty, pycache), runs)
    bare = statistics.median(bare_warm)
    rows = [("bare PySide6 window (floor)", bare_cold, bare_warm)]
    cold_note = ""
    results: dict[tuple[str, str], float] = {}
    for label, command in targets:
        for name, data_dir in (("empty library", empty), (f"{recordings:,} recordings", big)):
            cold, real, warm = measure(command, child_env(data_dir, pycache), runs)
            cold_note = "" if real else " (cold = first run: the page caches cannot be dropped without root)"
            rows.append((f"{label}, {name}", cold, warm))
            results[(label, name)] = statistics.median(warm)
    for what, cold, warm in rows:
        median = statistics.median(warm)
        print(
            f"  {what:<34} {cold:6.2f}s {median:6.2f}s {min(warm):5.2f}s {max(warm):5.2f}s   "
            f"{median / bare:5.2f}x"
        )
    if cold_note:
        print(cold_note.strip())
    for label, _ in targets:
        warm_big = results[(label, f"{recordings:,} recordings")]
        verdict = "met" if warm_big < WARM_TARGET_S else "NOT met"
        what = f"{recordings:,} recordings, {label}"
        print(f"target warm < {WARM_TARGET_S} s, {what}: {warm_big:.2f} s, {verdict}")
    if not FROZEN.exists():
        print("frozen: not built, run make package")
        return
    size_mb = bundle_size(BUNDLE) / 1e6
    verdict = "met" if size_mb < BUNDLE_TARGET_MB else "NOT met"
    print(f"bundle {BUNDLE.relative_to(ROOT)}: {size_mb:,.0f} MB (target < {BUNDLE_TARGET_MB} MB: {verdict})")


if __name__ == "__main__":
    main()
