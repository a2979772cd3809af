"""Who speaks when: label a transcript's segments with speakers, from the recording's audio alone.

Speech regions come from the word timings (runs of words with short gaps); over each region the encoder
takes a voice print of every 1.6 s window, 0.8 s apart; the prints are clustered (the speaker count found
or given); each word gets the speaker of the windows around it, turns shorter than a breath between one
speaker's words are smoothed away, and a segment whose words change speaker is split at that word. Segments
without words (silence, or text a user typed) and words where the voice activity detector hears no voice
(music, noise) get no speaker.

The audio is read once, in order, a region at a time, so memory stays bounded on a file of hours: only
the prints (1 KiB per 0.8 s of speech) are kept.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio.decode import PcmStream
from iam_desktop.errors import Cancelled
from iam_desktop.segmentation import join_words, text_matches_words
from iam_desktop.speakers.clustering import cluster
from iam_desktop.speakers.encoder import HOP, WINDOW_FRAMES, SpeakerEncoder, loudness_normalised, mel_frames
from iam_desktop.speakers.talk import talk_seconds
from iam_desktop.transcript import Segment, Word

#: window step (frames of 10 ms): a print every 0.8 s of speech
STEP_FRAMES = 80
#: words closer than this (s) are one speech region
REGION_GAP = 0.5
#: a turn shorter than this (s) between two stretches of the same speaker is taken as that speaker
MIN_TURN = 1.0
#: the shortest stretch of speech (frames of 10 ms) that gets a voice print of its own
MIN_FRAMES = 60
#: the end of what was read that may still belong to a stretch going on in the next piece (s)
HOLD_SECONDS = 0.5
#: a voiced stretch longer than this (s) is taken in parts
LONGEST_STRETCH = 60.0
#: how sure the voice activity detector must be that a frame is speech (0..1; lenient: noisy rooms)
VOICE_THRESHOLD = 0.35
#: windows embedded at once
BATCH = 64
#: a word whose voice is less like its speaker's than this is not speech (music, noise): no speaker
NOT_A_VOICE = 0.55
#: how the speakers are named (1-based)
NAME = "Speaker {n}"

Progress = Callable[[float], None]


@dataclass(frozen=True)
class SpeakerResult:
    """The labelled segments, the number of speakers found (1: the segments carry no speaker), and each
    labelled speaker's talk time (s)."""

    segments: list[Segment]
    count: int
    talk_time: dict[str, float]


def speaker_name(index: int) -> str:
    return NAME.format(n=index + 1)


def label_speakers(
    audio: Path,
    segments: Sequence[Segment],
    *,
    count: int | None = None,
    language: str | None = None,
    encoder: SpeakerEncoder | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    channel: int | None = None,
) -> SpeakerResult:
    """`segments` with "Speaker 1", "Speaker 2"… as their speakers (by first appearance); `count`: how many
    speakers there are (None: found from the audio; when that finds one voice alone, no segment gets a
    speaker); `language` says how split segments' words are joined; `channel`: listen to that channel of
    the audio alone (a meeting recording's computer audio), not to all of them mixed.
    Raises Cancelled when `cancelled()` says so."""
    from iam_desktop.speakers.encoder import shared_encoder

    encoder = encoder or shared_encoder()
    report = progress or (lambda _f: None)
    stop = cancelled or (lambda: False)
    words = [(i, w) for i, segment in enumerate(segments) for w in segment.words if w.end > w.start]
    regions = _regions([w for _i, w in words])
    if not regions:  # no words, nothing to tell apart (and no need to read the file)
        return SpeakerResult([replace(s, speaker=None) for s in segments], 0, {})
    centres: list[float] = []
    prints: list[np.ndarray] = []
    pending: list[np.ndarray] = []

    def flush() -> None:
        if pending:
            prints.append(encoder.embed(np.stack(pending)))
            pending.clear()

    speech: list[tuple[float, float]] = []  # where a voice is heard (voice activity), in time order
    until = max((end for _start, end in regions), default=0.0) or 1.0
    for start, samples in _voiced_stretches(audio, regions, stop, speech, channel):
        # windows within each voiced stretch: none straddles a pause, where one speaker usually hands over
        for centre, window in _windows(samples, start):
            centres.append(centre)
            if len(window) < WINDOW_FRAMES:  # a short stretch: a window of its own length (kept in order)
                flush()
                prints.append(encoder.embed(window[None]))
                continue
            pending.append(window)
            if len(pending) >= BATCH:
                flush()
                if stop():
                    raise Cancelled("cancelled")
        report(0.9 * min(1.0, (start + len(samples) / SPEECH_SAMPLE_RATE) / until))
    flush()
    if stop():
        raise Cancelled("cancelled")
    embeddings = np.concatenate(prints) if prints else np.zeros((0, 256), dtype=np.float32)
    labels = cluster(embeddings, count)
    report(0.95)
    found = int(labels.max()) + 1 if len(labels) else 0
    if found == 1 and count is None:  # one voice alone: nobody to tell apart, so no labels
        word_labels = [-1] * len(words)
    else:
        word_labels = _word_labels([w for _i, w in words], np.array(centres), labels, embeddings, speech)
        word_labels = _first_heard(_smoothed([w for _i, w in words], word_labels))
    labelled = _apply(segments, words, word_labels, language)
    report(1.0)
    talk = {name: seconds for name, seconds in talk_seconds(labelled).items() if name is not None}
    return SpeakerResult(labelled, found, talk)


def _regions(words: Sequence[Word]) -> list[tuple[float, float]]:
    """Runs of speech (start, end) from the words, in time order."""
    regions: list[list[float]] = []
    for word in sorted(words, key=lambda w: w.start):
        if regions and word.start - regions[-1][1] < REGION_GAP:
            regions[-1][1] = max(regions[-1][1], word.end)
        else:
            regions.append([word.start, word.end])
    return [(start, end) for start, end in regions]


def _voiced_stretches(
    audio: Path,
    regions: list[tuple[float, float]],
    stop: Callable[[], bool],
    speech: list[tuple[float, float]],
    channel: int | None = None,
) -> Iterator[tuple[float, np.ndarray]]:
    """The stretches of the file where a voice is heard and the transcript has words (`regions`), each as
    (start time, samples), in order; every voiced stretch is added to `speech`. The file is read once,
    30 s at a time; a stretch still going at the end of what was read waits for the next piece (up to
    LONGEST_STRETCH seconds: then it is taken in parts, so the memory held stays bounded)."""
    rate = SPEECH_SAMPLE_RATE
    starts = [a for a, _b in regions]

    def has_words(a: float, b: float) -> bool:
        i = bisect.bisect_right(starts, b) - 1
        return i >= 0 and regions[i][1] > a

    buffer = np.zeros(0, dtype=np.float32)
    buffer_start = 0.0  # time of buffer[0]
    chunks = iter(PcmStream(audio, chunk_seconds=30.0, cancelled=stop, channel=channel))
    while True:
        chunk = next(chunks, None)
        if chunk is not None:
            buffer = np.concatenate([buffer, chunk])
        end = buffer_start + len(buffer) / rate
        spans = _spans(_voiced_frames(buffer), buffer_start) if len(buffer) else []
        spans = [(a, min(b, end)) for a, b in spans]
        if chunk is None:
            cut = end
        elif spans and spans[-1][1] >= end - HOLD_SECONDS and end - spans[-1][0] < LONGEST_STRETCH:
            cut = spans[-1][0]  # the last stretch may go on: it waits for the next piece
        else:
            cut = max(buffer_start, end - HOLD_SECONDS)
        for a, b in spans:
            if a >= cut:
                break
            b = min(b, cut)
            speech.append((a, b))
            if has_words(a, b):
                yield a, buffer[round((a - buffer_start) * rate) : round((b - buffer_start) * rate)]
        keep = max(0, round((cut - buffer_start) * rate))
        buffer, buffer_start = buffer[keep:], buffer_start + keep / rate
        if chunk is None:
            return
        if stop():
            raise Cancelled("cancelled")


def _voiced_frames(samples: np.ndarray) -> np.ndarray:
    """Per 10 ms frame of `samples`: whether a voice is heard (Silero voice activity detection, shipped
    with faster-whisper): music, noise and silence the transcript has words for are not a speaker."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    frames = len(samples) // HOP + 1
    voiced = np.zeros(frames, dtype=bool)
    options = VadOptions(threshold=VOICE_THRESHOLD, min_silence_duration_ms=300, speech_pad_ms=150)
    for span in get_speech_timestamps(samples, options):
        voiced[span["start"] // HOP : span["end"] // HOP + 1] = True
    return voiced


def _spans(voiced: np.ndarray, start: float) -> list[tuple[float, float]]:
    """The voiced stretches as (start, end) times, given the frames' start time."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], voiced.astype(np.int8), [0]])))
    step = HOP / SPEECH_SAMPLE_RATE
    return [(start + a * step, start + b * step) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _windows(samples: np.ndarray, start: float) -> Iterator[tuple[float, np.ndarray]]:
    """(centre time, mel window) over a stretch of speech (whose samples start at `start`): WINDOW_FRAMES
    long, STEP_FRAMES apart, the last one ending at the stretch's end; a stretch shorter than a window gives
    one window of its own length, and one shorter than MIN_FRAMES none (its words take the nearest voice)."""
    mels = mel_frames(loudness_normalised(samples))
    rate = SPEECH_SAMPLE_RATE
    if len(mels) < WINDOW_FRAMES:
        if len(mels) >= MIN_FRAMES:
            yield start + len(mels) / 2 * HOP / rate, mels
        return
    last = len(mels) - WINDOW_FRAMES
    offsets = list(range(0, last + 1, STEP_FRAMES))
    if offsets[-1] != last:
        offsets.append(last)  # the region's end is covered too
    for offset in offsets:
        yield start + (offset + WINDOW_FRAMES / 2) * HOP / rate, mels[offset : offset + WINDOW_FRAMES]


def _word_labels(
    words: Sequence[Word],
    centres: np.ndarray,
    labels: np.ndarray,
    embeddings: np.ndarray,
    speech: Sequence[tuple[float, float]],
) -> list[int]:
    """Each word's speaker: its voice is the mean print of the windows whose middle 0.8 s holds the word's
    middle (the nearest window if none), given to the nearest speaker's mean voice; -1 (no speaker) for a
    word where no voice is heard (`speech`: the voiced stretches, in time order)."""
    if len(labels) == 0:
        return [-1] * len(words)
    speech_starts = [a for a, _b in speech]

    def heard(word: Word) -> bool:
        i = bisect.bisect_right(speech_starts, word.end) - 1
        return i >= 0 and speech[i][1] > word.start
    k = int(labels.max()) + 1
    voices = np.array([embeddings[labels == j].mean(axis=0) for j in range(k)])
    voices /= np.maximum(np.linalg.norm(voices, axis=1, keepdims=True), 1e-12)
    order = np.argsort(centres)
    sorted_centres = centres[order]
    reach = WINDOW_FRAMES * HOP / SPEECH_SAMPLE_RATE / 4
    result = []
    for word in words:
        if not heard(word):
            result.append(-1)
            continue
        middle = (word.start + word.end) / 2
        lo = np.searchsorted(sorted_centres, middle - reach)
        hi = np.searchsorted(sorted_centres, middle + reach, side="right")
        near = order[lo:hi]
        if len(near) == 0:
            near = order[[int(np.argmin(np.abs(sorted_centres - middle)))]]
        voice = embeddings[near].mean(axis=0)
        voice /= max(float(np.linalg.norm(voice)), 1e-12)
        likeness = voices @ voice
        best = int(np.argmax(likeness))
        result.append(best if likeness[best] >= NOT_A_VOICE else -1)
    return result


def _smoothed(words: Sequence[Word], labels: list[int]) -> list[int]:
    """Runs of one speaker shorter than MIN_TURN with the same speaker on both sides become that
    speaker's (a window straddling a turn is not a speaker of its own)."""
    labels = list(labels)
    changed = True
    while changed:
        changed = False
        runs = _runs(labels)
        for n, (lo, hi) in enumerate(runs[1:-1], 1):
            before, after = labels[runs[n - 1][0]], labels[runs[n + 1][0]]
            if before == after and words[hi - 1].end - words[lo].start < MIN_TURN:
                labels[lo:hi] = [before] * (hi - lo)
                changed = True
                break
    return labels


def _first_heard(labels: Sequence[int]) -> list[int]:
    """The word labels renumbered by the order their speakers are first heard in the words (0, 1, …, no
    gaps): the clusters are ordered by their first window, which is not always their first word."""
    order: dict[int, int] = {}
    for label in labels:
        if label >= 0 and label not in order:
            order[label] = len(order)
    return [order[label] if label >= 0 else -1 for label in labels]


def _runs(labels: Sequence[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for i, label in enumerate(labels):
        if runs and labels[runs[-1][0]] == label:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _apply(
    segments: Sequence[Segment], words: Sequence[tuple[int, Word]], labels: list[int], language: str | None
) -> list[Segment]:
    """The segments with speakers, split at the words where the speaker changes (a segment whose text
    was edited keeps its text whole and takes its words' main speaker)."""
    by_segment: dict[int, list[tuple[Word, int]]] = {}
    for (i, word), label in zip(words, labels, strict=True):
        by_segment.setdefault(i, []).append((word, label))
    out: list[Segment] = []
    for i, segment in enumerate(segments):
        labelled = by_segment.get(i)
        if not labelled or all(label < 0 for _w, label in labelled):
            out.append(replace(segment, speaker=None))
            continue
        if not text_matches_words(segment, language) or len({label for _w, label in labelled}) == 1:
            time: dict[int, float] = {}
            for word, label in labelled:
                if label >= 0:
                    time[label] = time.get(label, 0.0) + word.end - word.start
            main = max(time, key=lambda k: time[k]) if time else -1
            out.append(replace(segment, speaker=speaker_name(main) if main >= 0 else None))
            continue
        run: list[Word] = []
        run_label = labelled[0][1]
        all_words = list(segment.words)
        for word in all_words:
            label = next((lb for w, lb in labelled if w is word), run_label)
            if run and label != run_label:
                out.append(_piece(run, run_label, language))
                run = []
            run_label = label
            run.append(word)
        out.append(_piece(run, run_label, language))
    return out


def _piece(words: list[Word], label: int, language: str | None) -> Segment:
    text = join_words(words, language)
    speaker = speaker_name(label) if label >= 0 else None
    return Segment(words[0].start, words[-1].end, text, tuple(words), speaker)
