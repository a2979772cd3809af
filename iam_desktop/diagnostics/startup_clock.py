"""How long ago this process started, by the operating system's clock (`iam-desktop --startup-time`).

The figure must include what happens before any of our code runs — the interpreter's own start, the
PyInstaller bootloader unpacking nothing but loading libpython, the imports — so it is measured from
the process's creation, not from when `main()` was entered. On Linux the kernel records the creation
time in /proc/self/stat (field 22, clock ticks since boot), which compares with CLOCK_BOOTTIME. Where
that is not available (Windows, macOS) the clock falls back to a timestamp taken when this module was
first imported, which the entry module does first thing; the report says which clock was used.

Qt-free, and reads no source files: it works the same in a frozen build.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

#: when this module was first imported (monotonic seconds): the fallback origin
IMPORTED_AT = time.monotonic()
#: the field of /proc/<pid>/stat holding the start time (1-based, as in proc(5))
STARTTIME_FIELD = 22
#: how much younger than the module's import the OS may say the process is (its clock counts in ticks,
#: 10 ms on most systems) before the OS figure is distrusted (seconds)
TICK_TOLERANCE = 0.02


@dataclass(frozen=True)
class ProcessAge:
    """Seconds since the process started, and where the origin came from.

    Attributes: seconds, origin ("process start" when the OS said, "entry" for the fallback).
    """

    seconds: float
    origin: str

    def describe(self) -> str:
        """E.g. "0.83 s (process start → window shown)"."""
        return f"{self.seconds:.2f} s ({self.origin} → window shown)"


def parse_starttime(stat_line: str) -> int:
    """The start time (clock ticks since boot) in a line of /proc/<pid>/stat. The command name (field 2)
    is in parentheses and may itself hold spaces and ")", so fields are counted after the last ")".
    Raises ValueError for a line that is not one."""
    _, paren, rest = stat_line.rpartition(")")
    if not paren:
        raise ValueError("no command name in the stat line")
    fields = rest.split()  # fields 3 (state) onwards
    index = STARTTIME_FIELD - 3
    if len(fields) <= index:
        raise ValueError("the stat line is too short")
    return int(fields[index])


def os_process_age(stat_file: Path = Path("/proc/self/stat")) -> float | None:
    """Seconds since the kernel created this process (Linux), or None where that cannot be read."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None or not hasattr(os, "sysconf"):
        return None
    try:
        ticks = parse_starttime(stat_file.read_text(encoding="ascii", errors="replace"))
        per_second = os.sysconf("SC_CLK_TCK")
        now = time.clock_gettime(boottime)
    except (OSError, ValueError):
        return None
    if per_second <= 0:
        return None
    return now - ticks / per_second


def process_age(stat_file: Path = Path("/proc/self/stat")) -> ProcessAge:
    """How long this process has been running: by the OS where it says (to its clock's tick, 10 ms on
    most Linux systems), else since this module was imported. The OS figure is used only if it is at
    least as old as the import (TICK_TOLERANCE aside): anything else is a clock not to be trusted here."""
    since_import = time.monotonic() - IMPORTED_AT
    age = os_process_age(stat_file)
    if age is not None and age >= since_import - TICK_TOLERANCE:
        return ProcessAge(max(age, since_import), "process start")
    return ProcessAge(since_import, "entry")
