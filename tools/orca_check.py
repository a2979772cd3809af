"""Hear the window as a blind user does: runs the app on a virtual screen with the real Orca screen reader
and prints what Orca says while the keyboard walks the window.

    dbus-run-session -- .venv/bin/python tools/orca_check.py [--demo] [--lang CODE] [KEYS...]

KEYS are xdotool key names ("Tab", "ctrl+shift+f", "type:library" types text, "wait:2" waits); without them a
walk of the main window is used. Needs Xvfb, xdotool, at-spi2-core and orca (Debian packages; `make test`
installs them). Orca's speech goes to its debug log (no sound card needed); each "SPEECH OUTPUT" line is
printed, then the script exits 0 (1 when Orca or the window did not come up).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WALK = ["Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab"]
_SPOKEN = re.compile(r"SPEECH OUTPUT: '(.*)' ?(?:\{[^{}]*\})?$", re.MULTILINE)


def _free_display() -> str:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    raise RuntimeError("no free X display number between :90 and :139")


@contextmanager
def _running(command: Sequence[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def spoken(debug: Path) -> list[str]:
    """What Orca said so far, in order (its debug log's speech lines)."""
    if not debug.exists():
        return []
    return [m.group(1) for m in _SPOKEN.finditer(debug.read_text(encoding="utf-8", errors="replace"))]


def wait_for(condition, timeout: float) -> bool:  # noqa: ANN001 - a callable returning a truth value
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.2)
    return False


def listen(data_dir: Path, keys: Sequence[str], language: str = "", pause: float = 1.2) -> list[str]:
    """Start the screen, the accessibility bus, Orca and the app on `data_dir`; press `keys`; return what
    Orca said from the window's first appearance on. Raises RuntimeError when a part does not start."""
    for tool in ("Xvfb", "xdotool", "orca"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is not installed")
    work = Path(tempfile.mkdtemp(prefix="iam-orca-"))
    display = _free_display()
    env = dict(os.environ, DISPLAY=display, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               HF_HUB_OFFLINE="1", IAM_DATA_DIR=str(data_dir))  # fmt: skip
    env.pop("QT_QPA_PLATFORM", None)
    if language:
        env.update(LANG=f"{language}.UTF-8", LANGUAGE=language.split("_")[0])
    debug = work / "orca.debug"
    bus = "/usr/libexec/at-spi-bus-launcher"
    run = work / "run"  # a private sound server: Orca's speech (speech-dispatcher) needs somewhere to play
    run.mkdir(mode=0o700)
    env.update(XDG_RUNTIME_DIR=str(run), PULSE_COOKIE=str(run / "virtual-sound" / "cookie"))
    sound = ["bash", str(ROOT / "scripts" / "virtual-sound.sh")]
    subprocess.run([*sound, "start"], env=env, check=True, stdout=subprocess.DEVNULL)
    try:
        with (
            _running(["Xvfb", display, "-screen", "0", "1400x900x24"], env, work / "x.log"),
            _running([bus, "--launch-immediately"], env, work / "bus.log"),
        ):
            time.sleep(1.5)
            # Orca writes its debug log fully buffered; run it with that file line-buffered, so the speech
            # can be read while it happens (the system's Python runs Orca, as /usr/bin/orca does)
            shim = (
                "import builtins, runpy, sys\n"
                "_open = builtins.open\n"
                "def _line_open(file, mode='r', *args, **kwargs):\n"
                f"    if file == {str(debug)!r} and 'w' in mode:\n"
                "        return _open(file, mode, buffering=1)\n"
                "    return _open(file, mode, *args, **kwargs)\n"
                "builtins.open = _line_open\n"
                f"sys.argv = ['orca', '--replace', '--debug-file={debug}']\n"
                "runpy.run_path('/usr/bin/orca', run_name='__main__')\n"
            )
            orca = ["/usr/bin/python3", "-c", shim]
            with _running(orca, env, work / "orca.log"):
                if not wait_for(lambda: "Screen reader on." in spoken(debug), 30):
                    raise RuntimeError("Orca did not start: " + (work / "orca.log").read_text()[-500:])
                app = [str(Path(sys.executable).parent / "iam-desktop")]
                with _running(app, env, work / "app.log"):
                    windows: list[str] = []

                    def window_up() -> bool:
                        found = subprocess.run(["xdotool", "search", "--name", "IAM Desktop"], env=env,
                                               capture_output=True, text=True, check=False).stdout.split()
                        windows[:] = found
                        return bool(found)

                    if wait_for(window_up, 60):  # no window manager here: give the window the focus
                        for wid in windows:
                            subprocess.run(["xdotool", "windowfocus", wid], env=env, check=False)
                    found = wait_for(lambda: any("IAM Desktop" in s for s in spoken(debug)), 20)
                    if not found:
                        app_log = (work / "app.log").read_text()
                        raise RuntimeError(f"the window did not appear: {app_log[-800:]}")
                    start = len(spoken(debug)) - 1
                    time.sleep(2)
                    for key in keys:
                        if key.startswith("wait:"):
                            time.sleep(float(key[5:]))
                        elif key.startswith("type:"):
                            subprocess.run(["xdotool", "type", "--delay", "60", key[5:]], env=env, check=True)
                        else:
                            subprocess.run(["xdotool", "key", key], env=env, check=True)
                        time.sleep(pause)
                    time.sleep(2)
                    return spoken(debug)[start:]
    finally:
        subprocess.run(["pkill", "-f", f"speech-dispatcher.*{run}"], check=False)
        subprocess.run([*sound, "stop"], env=env, check=False)
        if not os.environ.get("IAM_ORCA_KEEP"):
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", action="store_true", help="on the screenshots' demo library")
    parser.add_argument("--lang", default="", help="the desktop's locale, e.g. zu_ZA")
    parser.add_argument("keys", nargs="*")
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="iam-orca-data-"))
    data = base
    try:
        if args.demo:
            sys.path.insert(0, str(ROOT / "tools"))
            import screenshots

            data = screenshots.build_library(base / "library")
        try:
            said = listen(data, args.keys or WALK, args.lang)
        except RuntimeError as exc:
            print(f"orca_check: {exc}", file=sys.stderr)
            return 1
    finally:
        shutil.rmtree(base, ignore_errors=True)
    for line in said:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
