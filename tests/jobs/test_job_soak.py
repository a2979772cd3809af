"""A soak of random real faults over many short transcriptions: `transcribe` processes killed (SIGKILL) or
stopped past their lease (SIGSTOP … SIGCONT) at random moments, the data folder's disk filled up and freed,
`jobs resume` running beside them. In the end every file must be transcribed exactly once, and no
process may hang."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import NEEDS_ROOT, fill_disk, make_speech, tiny_filesystem
from job_helpers import finish, one_transcript_per_file, query, start

pytestmark = pytest.mark.slow

SENTENCES = [
    "Doctor Amara Osei will meet the board at nine fifteen on Tuesday.",
    "The invoice for four hundred and twelve euros was paid in March.",
    "Please call Jean-Pierre back before the train to Lyon leaves.",
    "Our second quarter sales grew by seven percent in Nairobi.",
    "The library opens at eight and closes at half past six.",
    "Maria and Tomasz moved the interview to the fourteenth of May.",
    "Turn left at the bakery, then walk three blocks to the river.",
    "The committee approved the budget of two million dollars.",
    "Keep the samples in the fridge at four degrees overnight.",
    "Professor Lindqvist answered every question in under a minute.",
]
#: a short lease, so that stopped processes lose their jobs within the soak (seconds)
LEASE = "3"
#: how long the faults go on (seconds)
SOAK_SECONDS = 50
#: the soak has teeth: at least this many kills, stops or full disks
MIN_FAULTS = 5
REAL_FAULTS = ["kill", "stop", "disk"]


def queued_sources(data: Path, unstick: Callable[[], None] | None = None) -> set[str]:
    """The files that have a job (read until the database answers: it may be busy or being created).
    `unstick`: called once if the reads keep failing — a reader needs room for SQLite's shared-memory file,
    which a full disk (one of the soak's faults) may deny ("disk I/O error")."""
    last: Exception | None = None
    for attempt in range(200):
        if attempt == 20 and unstick is not None:
            unstick()
        try:
            connection = sqlite3.connect(f"file:{data / 'library.sqlite3'}?mode=ro", uri=True, timeout=10)
            try:
                return {source for (source,) in connection.execute("SELECT source_path FROM jobs")}
            finally:
                connection.close()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc) or "unable to open" in str(exc):
                return set()
            last = exc
            time.sleep(0.05)
    raise AssertionError(f"the library could not be read: {last}")


def test_every_file_is_transcribed_exactly_once_under_random_faults(tmp_path):
    seed = int(os.environ.get("IAM_SOAK_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    print(f"soak seed: {seed} (IAM_SOAK_SEED to repeat)")
    media = tmp_path / "media"
    media.mkdir()
    voices = ["en-us", "en-gb", "en-us+f3", "en-gb+m3"]
    files = [make_speech(text, media / f"take-{n}.wav", voices[n % len(voices)])
             for n, text in enumerate(SENTENCES)]  # fmt: skip
    sources = {str(path.resolve()) for path in files}
    with contextlib.ExitStack() as stack:
        if NEEDS_ROOT:
            disk = tmp_path / "disk"
            disk.mkdir()
        else:
            disk = stack.enter_context(tiny_filesystem(tmp_path / "disk", "24m"))
        data = disk / "data"
        env = {"IAM_JOB_LEASE_SECONDS": LEASE}
        waiting = list(files)
        running: list[tuple[subprocess.Popen, list[Path]]] = []
        stopped: list[subprocess.Popen] = []
        faults: list[str] = []
        filler: Path | None = None
        deadline = time.monotonic() + SOAK_SECONDS

        def free_disk() -> None:
            nonlocal filler
            if filler is not None:
                filler.unlink()
                filler = None

        def reap() -> None:
            """Collect ended processes; a file whose command ended before it was even queued goes back."""
            for proc, batch in list(running):
                if proc.poll() is None:
                    continue
                running.remove((proc, batch))
                proc.communicate()
                queued = queued_sources(data, unstick=free_disk)
                waiting.extend(path for path in batch if str(path.resolve()) not in queued)

        while time.monotonic() < deadline and (waiting or running):
            reap()
            if waiting and len(running) < 3:
                batch = [waiting.pop(0) for _ in range(min(len(waiting), rng.choice([1, 1, 2])))]
                running.append((start("transcribe", "--language", "en", *batch, data=data, **env), batch))
            time.sleep(rng.uniform(0.3, 2.5))
            live = [proc for proc, _batch in running if proc.poll() is None and proc not in stopped]
            real = sum(1 for fault in faults if fault != "jobs resume")
            # a real fault every round until MIN_FAULTS: a quick machine must not finish the work first
            fault = rng.choice(REAL_FAULTS if real < MIN_FAULTS else [*REAL_FAULTS, "resume", "none"])
            if fault == "kill" and live:
                victim = rng.choice(live)
                victim.send_signal(signal.SIGKILL)
                faults.append(f"SIGKILL {victim.pid}")
            elif fault == "stop" and live:
                victim = rng.choice(live)
                victim.send_signal(signal.SIGSTOP)
                stopped.append(victim)
                faults.append(f"SIGSTOP {victim.pid}")
            elif fault == "disk" and not NEEDS_ROOT and filler is None:
                filler = fill_disk(disk)
                faults.append("disk full")
            elif fault == "resume":
                running.append((start("jobs", "resume", data=data, **env), []))
                faults.append("jobs resume")
            if stopped and rng.random() < 0.4:  # wake one, sometimes long after its lease ran out
                proc = stopped.pop(0)
                proc.send_signal(signal.SIGCONT)
            if filler is not None and rng.random() < 0.5:
                filler.unlink()
                filler = None
        # the faults stop: space again, every stopped process goes on, and every process must end
        if filler is not None:
            filler.unlink()
        for proc in stopped:
            proc.send_signal(signal.SIGCONT)
        for proc, _batch in running:
            finish(proc, timeout=240)
        reap()
        for _ in range(3):  # what was interrupted is finished by `jobs resume`; files never queued are sent
            if waiting:
                finish(start("transcribe", "--language", "en", *waiting, data=data, **env), timeout=240)
                reap()
                queued = queued_sources(data)
                waiting = [path for path in waiting if str(path.resolve()) not in queued]
            finish(start("jobs", "resume", data=data, **env), timeout=240)
        print(f"faults: {len(faults)}: {', '.join(faults)}")
        statuses = query(data, "SELECT source_path, status, error FROM jobs ORDER BY id")
        assert all(status == "done" for _source, status, _error in statuses), (seed, statuses)
        assert one_transcript_per_file(data) == dict.fromkeys(sources, 1), (seed, faults, statuses)
        texts = query(data, "SELECT count(*) FROM segments s JOIN transcripts t ON s.transcript_id = t.id "
                            "WHERE t.is_current GROUP BY t.recording_id")  # fmt: skip
        assert len(texts) == len(files) and all(count >= 1 for (count,) in texts), (seed, texts)
        assert sum(1 for fault in faults if fault != "jobs resume") >= MIN_FAULTS, faults  # it had teeth
