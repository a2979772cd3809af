"""Benchmark: a large synthetic library — build time and size, search latency, and app start-up time.

Builds (in a temporary data folder) N recordings of ~20 segments each of Zipf-distributed text with some
names and words with diacritics, the way the app stores them (word timings included), then measures
`Library.search` for frequent and rare words, prefixes and phrases, and the time from process start to
a main window whose library list is filled. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/bench_library.py [--recordings N] [--queries Q] [--keep DIR]
(default 100,000 recordings, ~2 M segments: a few minutes on 2 cores; --recordings 5000 for a quick run)
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
MEETING_TEXT = ROOT / "benchmarks" / "data" / "meeting.txt"
SEGMENTS_PER_RECORDING = 20
SEGMENT_SECONDS = 5.0
WORDS_PER_SEGMENT = (6, 18)
BATCH = 2000  # recordings a transaction

COMMON = (
    "the and to of a in that is we it you for on this be with have are was not so but they will what can "
    "at as about there if just do all one or our like think from people know going more very really "
    "would get time some out up now because then also which well when them how see need their want make "
    "here your right who said could work year good other new these first much way only back over any "
    "those two into us after where thing things look should even most many last three money week today"
).split()
NAMES = (
    "José Zoë Müller François Ångström Björn Søren Łukasz Renée Chloé Dvořák Zürich Málaga Kraków naïve "
    "café résumé façade jalapeño über Maria Peter Ahmed Nguyễn Ólafur Sánchez Gómez Thérèse Citroën"
).split()
SYLLABLES = (
    "ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no "
    "nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo str pla con "
    "ver ment tion ing er an in on al el"
).split()


def vocabulary(size: int, rng: np.random.Generator) -> list[str]:
    """Real common words first, then the meeting text's words, then names and made-up words mixed in."""
    words: list[str] = []
    seen: set[str] = set()

    def add(word: str) -> None:
        if word and word not in seen:
            seen.add(word)
            words.append(word)

    for word in COMMON:
        add(word)
    for raw in MEETING_TEXT.read_text().split():
        add(raw.strip(".,;:!?\"'()").lower())
    names = iter(NAMES)
    while len(words) < size:
        if len(words) % 97 == 0:  # names spread over the middle and the tail of the distribution
            name = next(names, None)
            if name is not None:
                add(name)
                continue
        add("".join(rng.choice(SYLLABLES, size=int(rng.integers(2, 5)))))
    return words


def zipf_weights(size: int) -> np.ndarray:
    weights = 1.0 / (np.arange(size) + 2.7)  # Zipf-Mandelbrot, exponent 1
    return weights / weights.sum()


class Corpus:
    """Random sentences from a Zipf-distributed vocabulary (reproducible from the seed)."""

    def __init__(self, seed: int = 7, size: int = 4000) -> None:
        self.rng = np.random.default_rng(seed)
        self.words = np.array(vocabulary(size, self.rng), dtype=object)
        self.weights = zipf_weights(len(self.words))

    def draw(self, count: int) -> list[str]:
        return list(self.words[self.rng.choice(len(self.words), size=count, p=self.weights)])

    def segments(self, count: int) -> Iterator[list[str]]:
        lengths = self.rng.integers(WORDS_PER_SEGMENT[0], WORDS_PER_SEGMENT[1] + 1, size=count)
        words = self.draw(int(lengths.sum()))
        at = 0
        for length in lengths:
            yield words[at : at + length]
            at += length


def sentence(words: list[str]) -> str:
    return words[0][:1].upper() + " ".join(words)[1:] + "."


def word_timings(words: list[str], start: float) -> str:
    """Word timings as the app stores them: a JSON list of [start, end, word, probability]."""
    step = SEGMENT_SECONDS / len(words)
    return json.dumps(
        [
            [round(start + i * step, 2), round(start + (i + 1) * step, 2), " " + w, 0.9]
            for i, w in enumerate(words)
        ]
    )


def build(data_dir: Path, recordings: int, seed: int = 7) -> dict[str, float]:
    """Create the library in `data_dir` with `recordings` recordings; returns timings and sizes."""
    from sqlalchemy.orm import Session

    from iam_desktop.library import Library, search_index
    from iam_desktop.library.database import open_engine
    from iam_desktop.paths import data_paths

    paths = data_paths(data_dir)
    Library.open(paths).close()  # creates and migrates the schema
    corpus = Corpus(seed)
    began = time.perf_counter()
    connection = sqlite3.connect(paths.database)
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-200000")
    epoch = datetime(2018, 1, 1)
    segment_id = 0
    for first in range(1, recordings + 1, BATCH):
        ids = range(first, min(first + BATCH, recordings + 1))
        recording_rows, transcript_rows, segment_rows = [], [], []
        for rid in ids:
            created = (epoch + timedelta(minutes=37 * rid)).strftime("%Y-%m-%d %H:%M:%S.%f")
            title_words = corpus.draw(int(corpus.rng.integers(2, 5)))
            notes = sentence(corpus.draw(10)) if rid % 10 == 0 else None
            count = int(corpus.rng.integers(SEGMENTS_PER_RECORDING - 5, SEGMENTS_PER_RECORDING + 6))
            sha = f"{rid:064x}"
            recording_rows.append(
                (
                    rid,
                    sentence(title_words)[:-1],
                    count * SEGMENT_SECONDS,
                    16000,
                    1,
                    sha,
                    f"{sha[:2]}/{sha}.flac",
                    None,
                    created,
                    notes,
                )
            )
            transcript_rows.append((rid, rid, "local", "tiny.en", "en", created, 1, "machine"))
            for position, words in enumerate(corpus.segments(count)):
                segment_id += 1
                start = position * SEGMENT_SECONDS
                segment_rows.append(
                    (
                        segment_id,
                        rid,
                        position,
                        start,
                        start + SEGMENT_SECONDS - 0.2,
                        sentence(words),
                        word_timings(words, start),
                    )
                )
        with connection:
            connection.executemany(
                "INSERT INTO recordings (id, title, duration, sample_rate, channels, sha256, audio_path, "
                "source_path, created_at, notes) VALUES (?,?,?,?,?,?,?,?,?,?)",
                recording_rows,
            )
            connection.executemany(
                "INSERT INTO transcripts (id, recording_id, engine, model, language, created_at, is_current, "
                "kind) VALUES (?,?,?,?,?,?,?,?)",
                transcript_rows,
            )
            connection.executemany(
                'INSERT INTO segments (id, transcript_id, position, start, "end", text, words) '
                "VALUES (?,?,?,?,?,?,?)",
                segment_rows,
            )
    connection.close()
    inserted = time.perf_counter()
    engine = open_engine(paths.database)
    with Session(engine) as session:
        search_index.rebuild(session)
        session.commit()
    with engine.connect() as conn:  # fold the write-ahead log into the file before measuring it
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA optimize")
    engine.dispose()
    indexed = time.perf_counter()
    return {
        "insert_s": inserted - began,
        "index_s": indexed - inserted,
        "segments": segment_id,
        "db_bytes": paths.database.stat().st_size,
        "fts_bytes": fts_bytes(paths.database),
    }


def fts_bytes(database: Path) -> int:
    """Bytes the full-text index takes (needs the dbstat table; 0 where SQLite lacks it)."""
    connection = sqlite3.connect(database)
    try:
        return connection.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'segments_fts%' OR name LIKE 'recordings_fts%'"
        ).fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


def query_sets(database: Path, count: int, seed: int = 11) -> list[tuple[str, bool, list[str]]]:
    """(kind, prefix_last, queries) for each kind of query, made of the library's own words so that they
    find something. prefix_last=False for whole words (the CLI, or the app after a space), True for the
    app's search as you type."""
    rng = np.random.default_rng(seed)
    words = [str(w) for w in Corpus().words]  # the vocabulary in the ranks the library was built from
    connection = sqlite3.connect(database)
    top = connection.execute("SELECT max(id) FROM segments").fetchone()[0]
    texts = [
        connection.execute("SELECT text FROM segments WHERE id = ?", (int(i),)).fetchone()[0]
        for i in rng.integers(1, top + 1, size=count)
    ]
    connection.close()

    def pick(lo: int, hi: int) -> list[str]:
        return [words[int(i)] for i in rng.integers(lo, min(hi, len(words)), size=count)]

    rank = {word: i for i, word in enumerate(words)}
    phrases, topical = [], []
    for text in texts:
        tokens = text.rstrip(".").split()
        length = int(rng.integers(2, 4))
        at = int(rng.integers(0, max(1, len(tokens) - length + 1)))
        phrases.append('"' + " ".join(tokens[at : at + length]) + '"')
        # the same around a word that is not among the 100 most frequent ones (what people look for)
        content = [i for i, t in enumerate(tokens) if rank.get(t.lower(), rank.get(t, 0)) >= 100] or [0]
        at = max(0, min(int(rng.choice(content)) - int(rng.integers(0, length)), len(tokens) - length))
        topical.append('"' + " ".join(tokens[at : at + length]) + '"')
    names = [plain(NAMES[int(i)]) for i in rng.integers(0, len(NAMES), size=count)]
    return [
        ("frequent word (rank < 50)", False, pick(0, 50)),
        ("mid word (rank 50-2000)", False, pick(50, 2000)),
        ("rare word (rank > 2000)", False, pick(2000, len(words))),
        ("name typed without accents", False, names),
        ("prefix word* (2-4 chars)", True, [w[: int(rng.integers(2, 5))] + "*" for w in pick(0, 600)]),
        (
            "typing: word + 3 letters",
            True,
            [f"{a} {b[:3]}" for a, b in zip(pick(0, 300), pick(0, 1000), strict=True)],
        ),
        ("two words", False, [f"{a} {b}" for a, b in zip(pick(0, 400), pick(0, 2000), strict=True)]),
        ('"phrase" of 2-3 words', False, phrases),
        ('"phrase" with a rarer word', False, topical),
    ]


def plain(word: str) -> str:
    """The word as typed without accents (Zoë → zoe), to exercise the index's diacritics folding."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95, ordered[-1]


def measure(func: Callable[[str], object], queries: list[str]) -> tuple[list[float], list[object]]:
    times, results = [], []
    for query in queries:
        start = time.perf_counter()
        results.append(func(query))
        times.append(time.perf_counter() - start)
    return times, results


STARTUP_SCRIPT = r"""
import sys, time
t0 = time.perf_counter()
# PySide6 6.12 on CPython 3.11 drops a reference to None on every call of a void method, so that
# filling a list of 100,000 items aborts ("none_dealloc"); enough extra references keep it measurable.
# Harmless from CPython 3.12 on (None is immortal there).
NONE_REFS = [None] * 5_000_000 if sys.version_info < (3, 12) else []
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.ui.main_window import MainWindow
t1 = time.perf_counter()
library = Library.open(data_paths(Path(sys.argv[1])))
t2 = time.perf_counter()
runner = JobRunner(library, SingleEngine(object()), role="bench")
window = MainWindow(library, runner)
window.show()
view = window.library_panel.list

def rows():
    return view.count() if hasattr(view, "count") else view.model().rowCount()

deadline = time.perf_counter() + 120
while rows() == 0 and time.perf_counter() < deadline:
    app.processEvents()
app.processEvents()
t3 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f} {t3 - t2:.3f} {rows()}", flush=True)
runner.shutdown(timeout=5)
library.close()
import os
os._exit(0)  # skip the interpreter's teardown (see NONE_REFS)
"""


def startup(data_dir: Path) -> tuple[float, str]:
    """Wall time from starting a Python process to a shown main window with its list filled."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IAM_DATA_DIR=str(data_dir))
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", STARTUP_SCRIPT, str(data_dir)], env=env, stdout=subprocess.PIPE, text=True
    )
    line = process.stdout.readline()
    ready = time.perf_counter() - began
    process.wait(timeout=60)
    parts = line.split()
    if len(parts) != 4:
        return ready, "the window did not start"
    imports, opening, window, rows = parts
    detail = (
        f"imports+QApplication {imports} s, Library.open {opening} s, window+list {window} s, {rows} rows"
    )
    return ready, detail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recordings", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200, help="queries of each kind")
    parser.add_argument("--keep", type=Path, help="build in (or reuse) this folder and keep it")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.keep, args.recordings, args.queries)
    else:
        with tempfile.TemporaryDirectory(prefix="iam-bench-library-") as tmp:
            run(Path(tmp), args.recordings, args.queries)


def run(data_dir: Path, recordings: int, queries: int) -> None:
    from iam_desktop.library import Library
    from iam_desktop.paths import data_paths

    paths = data_paths(data_dir)
    if paths.database.exists():
        print(f"reusing the library in {data_dir}")
    else:
        figures = build(data_dir, recordings)
        hours = figures["segments"] * SEGMENT_SECONDS / 3600
        size = figures["db_bytes"]
        print(f"built {recordings:,} recordings, {figures['segments']:,} segments ({hours:,.0f} h of speech)")
        print(f"  insert {figures['insert_s']:.1f} s, full-text index {figures['index_s']:.1f} s")
        print(
            f"  database {size / 1e6:,.0f} MB (full-text index {figures['fts_bytes'] / 1e6:,.0f} MB), "
            f"{size / hours / 1e3:,.0f} kB per hour of transcript"
        )
    library = Library.open(paths)
    print(f"search latency, {queries} queries each (Library.search, limit 200; count_hits):")
    print(f"  {'kind':<28} {'p50':>8} {'p95':>8} {'max':>8}   {'count p50':>9} {'p95':>8}   median hits")
    for kind, prefix_last, batch in query_sets(paths.database, queries):
        library.search(batch[0], prefix_last=prefix_last)  # warm the page cache for this kind
        times, _ = measure(lambda q, p=prefix_last: library.search(q, prefix_last=p), batch)
        p50, p95, worst = percentiles(times)
        count_times, counts = measure(lambda q, p=prefix_last: library.count_hits(q, prefix_last=p), batch)
        c50, c95, _ = percentiles(count_times)
        print(
            f"  {kind:<28} {p50 * 1e3:6.1f}ms {p95 * 1e3:6.1f}ms {worst * 1e3:6.1f}ms"
            f"   {c50 * 1e3:7.1f}ms {c95 * 1e3:6.1f}ms   {statistics.median(counts):,.0f}"
        )
    library.close()
    bare = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - bare
    ready, detail = startup(data_dir)
    print(f"start-up to a usable main window: {ready:.2f} s (bare python {bare:.2f} s; {detail})")


if __name__ == "__main__":
    main()
