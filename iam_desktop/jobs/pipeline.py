"""One transcription job from start to end: check the file, keep a copy, transcribe it chunk by chunk
(each finished chunk stored, so an interrupted job resumes after it), fall back to the local engine if the
cloud cannot be reached, and store the transcript."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio.decode import PcmStream
from iam_desktop.audio.probe import probe
from iam_desktop.audio.silence import cut_stream
from iam_desktop.engines.base import (
    DetectedLanguage,
    EngineOptions,
    EngineResult,
    TranscribeOptions,
    TranscriptionEngine,
)
from iam_desktop.engines.provider import EngineProvider
from iam_desktop.errors import Cancelled, CloudUnavailable, DiskFull, IamError, JobLost, StorageError
from iam_desktop.library.library import Library
from iam_desktop.library.records import ChunkRecord, JobInfo, JobStage, RecordingInfo
from iam_desktop.library.schema import utcnow
from iam_desktop.library.status import JobStatus
from iam_desktop.redaction import redact
from iam_desktop.segmentation import resegment
from iam_desktop.timefmt import clock
from iam_desktop.transcript import Segment, Transcript, segments_from_json, segments_to_json
from iam_desktop.vocabulary import merge

if TYPE_CHECKING:
    from iam_desktop.billing.quota import CloudQuota

log = logging.getLogger(__name__)

#: chunk length when the engine states none (seconds): the most a resumed job redoes, and the audio held
DEFAULT_CHUNK_SECONDS = 300.0
#: the language is detected from the first 30 s of speech within this opening stretch (seconds)
DETECT_WITHIN_SECONDS = 120.0
#: how far back from a chunk's limit to look for a quiet moment to cut at (seconds)
CUT_SEARCH_SECONDS = 20.0
#: the engine whose audio counts against the plan's cloud minutes
CLOUD_ENGINE = "openai"
#: share of the progress bar for importing the file (the rest is transcription)
IMPORT_SHARE = 0.02
#: share of the progress bar for identifying the speakers, when the job does
SPEAKER_SHARE = 0.08

#: progress callback of a job: fraction done (0..1) and the estimated seconds left (None: unknown yet)
JobProgress = Callable[[float, "float | None"], None]
#: stage callback of a job: what it is doing now (reading the file, loading the model, transcribing…)
StageListener = Callable[[JobStage], None]


@dataclass(frozen=True)
class JobOutcome:
    """How a job ended: status DONE, FAILED, CANCELLED or LOST (another process took the job over while
    this one was stopped: it is theirs now), and what the user should read."""

    status: JobStatus
    recording_id: int | None = None
    error: str | None = None
    note: str | None = None
    #: False when the outcome is not stored (a full disk: the job is to wait in the queue; or the library
    #: cannot be written at all): the job is still "running" there, held by this runner, which must
    #: release it to the queue
    stored: bool = True


def run_transcription_job(
    library: Library,
    engines: EngineProvider,
    job_id: int,
    *,
    progress: JobProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    stage: StageListener | None = None,
) -> JobOutcome:
    """Run a claimed job to its end; `progress` hears the fraction done and the time left, `stage` what the
    job is doing, in order: read (only for a file not imported yet), load, detect (only when the language
    is detected), load again for the transcribing model, transcribe (with the audio time done, increasing)
    and save. Stores a done or failed outcome in the jobs table; a cancelled
    outcome is left for the caller to record (a user's cancel and an app closing differ), and so is a
    full disk's (`stored` False: the job is to be released, to wait in the queue for space).

    Never raises for bad input, a failing engine or a cancel: those are outcomes. Nothing stored before
    is touched; a file that cannot be read leaves no recording behind.
    """
    job = library.jobs.get(job_id)
    if job is None:
        raise KeyError(job_id)
    run = _JobRun(library, engines, job, progress or (lambda _f, _eta: None), cancelled or (lambda: False))
    run.tell = stage or (lambda _stage: None)
    try:
        outcome = run.execute()
    except JobLost as exc:
        log.info("job %s: %s; this process gives it up", job_id, exc)
        return JobOutcome(JobStatus.LOST, run.recording_id, error=str(exc))
    except Cancelled:
        return JobOutcome(JobStatus.CANCELLED, run.recording_id)
    except DiskFull as exc:  # nothing is wrong with the job: it waits in the queue until there is room
        error = f"{exc}; the job waits in the queue: free some space, then retry it"
        return JobOutcome(JobStatus.FAILED, run.recording_id, error=error, stored=False)
    except IamError as exc:
        outcome = JobOutcome(JobStatus.FAILED, run.recording_id, error=redact(str(exc)))
    except Exception as exc:  # a defect: keep the app alive, keep the trace in the log
        log.exception("job %s failed unexpectedly", job_id)
        outcome = JobOutcome(JobStatus.FAILED, run.recording_id, error=redact(f"internal error: {exc!r}"))
    if outcome.status == JobStatus.FAILED:
        try:
            library.jobs.update(
                job_id, held_by=job.owner, status=JobStatus.FAILED, error=outcome.error, finished_at=utcnow(),
                eta_seconds=None,
            )  # fmt: skip
        except JobLost as exc:
            return JobOutcome(JobStatus.LOST, run.recording_id, error=str(exc))
        except IamError as exc:  # the library cannot be written at all: still an outcome
            log.info("job %s: its failure could not be stored either: %s", job_id, exc)
            return replace(outcome, stored=False)
    return outcome


class _JobRun:
    """The state of one run of one job (engine in use, notes, progress clock)."""

    def __init__(
        self,
        library: Library,
        engines: EngineProvider,
        job: JobInfo,
        progress: JobProgress,
        cancelled: Callable[[], bool],
    ) -> None:
        self.library = library
        self.engines = engines
        self.job = job
        self.report = progress
        self.tell: StageListener = lambda _stage: None
        self.cancelled = cancelled
        self.notes: list[str] = []
        #: the owner this run works for: every write checks the job is still theirs (JobLost otherwise)
        self.owner = job.owner
        #: the job's recording once known
        self.recording_id = job.recording_id
        self._clock_start = time.monotonic()
        self._progress_start: float | None = None
        self._cloud_quota: CloudQuota | None = None

    def execute(self) -> JobOutcome:
        job = self.job
        vocabulary = merge(job.vocabulary or [], self.library.vocabulary.list())  # the job's terms first
        options = TranscribeOptions(
            language=job.language, task=job.task, prompt=job.prompt, vocabulary=vocabulary
        )
        engine = self.engines.engine_for(engine_options(job))
        engine.check(options)
        if job.recording_id is None:
            self.tell(JobStage("read"))
        recording_id = job.recording_id if job.recording_id is not None else self._import()
        self.recording_id = recording_id
        self.report(IMPORT_SHARE, None)
        detected = self._detect_language(recording_id)
        if detected is not None:  # English to the English model, the rest to the multilingual one
            options = replace(options, language=detected.language)
            engine = self.engines.engine_for(engine_options(job, language=detected.language))
            engine.check(options)
        sides, language, engine = self._transcribe(recording_id, engine, options)
        if len(sides) == 2:  # a meeting: the microphone's side and the computer's, merged
            segments = self._merge_sides(recording_id, sides, language)
        else:
            segments = resegment(sides[0], language)  # sentence-sized, from the word timings
            if job.speakers is not None:
                segments = self._label_speakers(recording_id, segments, language)
        self.tell(JobStage("save"))
        recording = self._recording(recording_id)
        transcript = Transcript(
            title=recording.title,
            duration=recording.duration,
            engine=engine.name,
            model=engine.model_name,
            language=language,
            segments=segments,
            language_probability=detected.probability if detected is not None else None,
        )
        note = "; ".join(self.notes) or None
        self.report(1.0, 0.0)
        self.library.complete_job(job.id, recording_id, transcript, note, held_by=self.owner)
        return JobOutcome(JobStatus.DONE, recording_id, note=note)

    # --- steps ------------------------------------------------------------------------------------

    def _import(self) -> int:
        """Check the file and keep the library's own copy of its audio; add the recording and attach it
        to the job in one transaction (a copy that ends up unused is removed again)."""
        source = Path(self.job.source_path)
        info = probe(source)
        if self.cancelled():
            raise Cancelled("cancelled")
        stored = self.library.store.import_file(source, info)
        try:
            return self.library.add_job_recording(
                self.job.id,
                held_by=self.owner,
                title=source.stem,
                duration=info.duration or 0.0,
                sample_rate=info.sample_rate,
                channels=info.channels,
                stored=stored,
                source_path=str(source),
            )
        except BaseException:
            self.library.discard_unused_audio(stored)
            raise

    def _recording(self, recording_id: int) -> RecordingInfo:
        """The job's recording; StorageError if it is gone (deleted for good while the job waited)."""
        recording = self.library.get_recording(recording_id)
        if recording is None:
            raise StorageError(f"recording {recording_id} is no longer in the library")
        return recording

    def _library_copy(self, recording: RecordingInfo) -> Path:
        """The library's own copy of the recording's audio; a copy that is gone is named as such (not as the
        user's source file, which may well still be there)."""
        path = self.library.store.path_of(recording.audio_path)
        if not path.is_file():
            raise StorageError(
                f"the library's copy of the audio of recording {recording.id} is missing ({path})"
            )
        return path

    def _detect_language(self, recording_id: int) -> DetectedLanguage | None:
        """The language of the first 30 s of speech, once per job (kept in the job, so a resumed job does
        not ask again), when the job leaves language and model to the app; None otherwise or when the
        opening minutes hold no speech (then each piece is detected as it is transcribed)."""
        detector = self.engines.detector_for(engine_options(self.job))
        if detector is None:
            return None
        if self.job.detected_language:
            return DetectedLanguage(self.job.detected_language, self.job.language_probability or 0.0)
        path = self._library_copy(self._recording(recording_id))
        stream = PcmStream(path, chunk_seconds=DETECT_WITHIN_SECONDS, cancelled=self.cancelled)
        opening = next(iter(stream), np.zeros(0, dtype=np.float32))  # the detector finds the speech in it
        self._load(detector)
        self.tell(JobStage("detect"))
        detected = detector.detect_language(opening, cancelled=self.cancelled)
        if detected is None:
            return None
        log.info("job %s: detected %s (%.0f%%)", self.job.id, detected.language, 100 * detected.probability)
        self.library.jobs.update(
            self.job.id, held_by=self.owner, detected_language=detected.language,
            language_probability=detected.probability,
        )  # fmt: skip
        return detected

    def _transcribe(
        self, recording_id: int, engine: TranscriptionEngine, options: TranscribeOptions
    ) -> tuple[list[list[Segment]], str | None, TranscriptionEngine]:
        """The segments of each side: one list for an ordinary recording (its channels mixed), two for a
        meeting (the microphone's channel, then the computer audio's, each transcribed on its own; the
        chunks of both are stored in that order, so an interrupted job resumes where it was)."""
        recording = self._recording(recording_id)
        channels: tuple[int | None, ...] = (0, 1) if recording.meeting else (None,)
        length = max(recording.duration, 1e-6)
        total = length * len(channels)
        done = self.library.jobs.chunks(self.job.id)
        chunk_seconds = float(getattr(engine, "chunk_seconds", DEFAULT_CHUNK_SECONDS))
        rate = SPEECH_SAMPLE_RATE
        language = options.language
        sides: list[list[Segment]] = []
        position = 0
        end = 0.0
        self._load(engine)
        self._start_clock(IMPORT_SHARE)
        self.tell(JobStage("transcribe", 0.0, total))
        for side, channel in enumerate(channels):
            stream = PcmStream(self._library_copy(recording), cancelled=self.cancelled, channel=channel)
            cuts = cut_stream(stream, int(chunk_seconds * rate), int(CUT_SEARCH_SECONDS * rate))
            before = side * length  # of the progress: the sides transcribed already
            chunks: list[ChunkRecord] = []
            end = 0.0
            for offset, samples in cuts:
                if self.cancelled():
                    raise Cancelled("cancelled")
                start, end = offset / SPEECH_SAMPLE_RATE, (offset + len(samples)) / SPEECH_SAMPLE_RATE
                if position < len(done) and _same_span(done[position], start, end):
                    chunks.append(done[position])  # finished before the interruption
                    language = language or done[position].language
                    self.tell(JobStage("transcribe", before + end, total))
                    self._start_clock(self._overall((before + end) / total))
                    position += 1
                    continue
                if position < len(done):  # the audio no longer cuts the same way: redo from here
                    self.library.jobs.drop_chunks(self.job.id, held_by=self.owner)
                    done = []
                chunk_options = replace(options, language=language)
                result, engine = self._run_engine(
                    engine, samples, chunk_options, before + start, before + end, total
                )
                language = language or result.language
                chunk = ChunkRecord(
                    position=position,
                    start=start,
                    end=end,
                    engine=engine.name,
                    model=engine.model_name,
                    language=result.language,
                    segments=segments_to_json(result.segments, offset=start),
                )
                chunks.append(chunk)
                position += 1
                fraction = self._overall((before + end) / total)
                self.library.jobs.save_chunk(
                    self.job.id, chunk, progress=fraction, eta_seconds=self._eta(fraction), held_by=self.owner
                )
            if stream.truncated:
                self.notes.append(
                    f"file is truncated: only the first {clock(end)} could be read and transcribed"
                )
            sides.append([segment for chunk in chunks for segment in segments_from_json(chunk.segments)])
        if abs(end - recording.duration) > 0.05:
            self.library.set_duration(recording_id, end)
        return sides, language, engine

    def _merge_sides(self, recording_id: int, sides: list[list[Segment]], language: str | None) -> list:
        """A meeting's transcript: the microphone's segments as the user's, the computer audio's as the
        others' (or their speakers, when the job labels speakers), echoes of the others in the microphone
        dropped, in time order."""
        from iam_desktop.meeting.sides import DEFAULT_MY_NAME, merge_sides

        mine, others = (resegment(segments, language) for segments in sides)
        if self.job.speakers is not None:
            others = self._label_speakers(recording_id, others, language, channel=1)
        try:
            from iam_desktop.settings import load_settings

            my_name = (load_settings(self.library.paths).my_name or "").strip() or DEFAULT_MY_NAME
        except Exception:  # settings are the window's; a job never fails for them
            my_name = DEFAULT_MY_NAME
        return merge_sides(mine, others, my_name=my_name, language=language)

    def _run_engine(
        self,
        engine: TranscriptionEngine,
        samples: np.ndarray,
        options: TranscribeOptions,
        start: float,
        end: float,
        total: float,
    ) -> tuple[EngineResult, TranscriptionEngine]:
        def chunk_progress(fraction: float) -> None:
            reached = start + fraction * (end - start)
            self.tell(JobStage("transcribe", reached, total))
            self.progress(reached / total)

        quota = self._quota() if engine.name == CLOUD_ENGINE else None
        if quota is not None:  # the plan's cloud minutes: checked before anything is sent
            quota.check(end - start)
        try:
            result = engine.transcribe(samples, options, progress=chunk_progress, cancelled=self.cancelled)
            if quota is not None:
                quota.record(end - start)
            return result, engine
        except CloudUnavailable as exc:
            if not self.job.allow_fallback:
                raise
            local = self.engines.fallback_for(engine_options(self.job))
            local.check(options)
            self.notes.append(
                f"the cloud could not be reached ({exc}); transcribed with the local model instead"
            )
            # the note tells the user (once); the log keeps the event
            log.info("job %s falls back to the local engine: %s", self.job.id, exc)
            return local.transcribe(
                samples, options, progress=chunk_progress, cancelled=self.cancelled
            ), local

    def _label_speakers(
        self, recording_id: int, segments: list, language: str | None, channel: int | None = None
    ) -> list:
        """The segments with their speakers (in a child process, as recognition: a crash fails the job);
        `channel`: listen to that channel alone (a meeting's computer audio)."""
        from iam_desktop.speakers.process import label_in_child

        self.tell(JobStage("speakers"))
        path = self._library_copy(self._recording(recording_id))
        start = self._overall(1.0)
        result = label_in_child(
            path, segments, count=self.job.speakers or None, language=language, cancelled=self.cancelled,
            channel=channel,
            progress=lambda fraction: self.report(start + SPEAKER_SHARE * fraction, None),
        )  # fmt: skip
        talk = ", ".join(f"{seconds:.0f} s" for seconds in result.talk_time.values())
        log.info("job %s: %d speakers (talk times %s)", self.job.id, result.count, talk or "-")
        return result.segments

    def _quota(self) -> CloudQuota:
        """The plan's cloud allowance for this run (the licence is read once, at the first cloud chunk)."""
        if self._cloud_quota is None:
            from iam_desktop.billing.quota import CloudQuota

            self._cloud_quota = CloudQuota(self.library.paths)
        return self._cloud_quota

    # --- progress ---------------------------------------------------------------------------------

    def _load(self, engine: object) -> None:
        """Load the engine's model now, saying so, when it has one to load (a cancel stops the wait)."""
        load = getattr(engine, "load", None)
        if callable(load):
            self.tell(JobStage("load"))
            load(cancelled=self.cancelled)

    def _start_clock(self, fraction: float) -> None:
        """Time the pace from here (the model is loaded; work resumed from stored chunks is not speed)."""
        self._progress_start, self._clock_start = fraction, time.monotonic()

    def _overall(self, transcribed: float) -> float:
        rest = 1 - IMPORT_SHARE - (SPEAKER_SHARE if self.job.speakers is not None else 0.0)
        return IMPORT_SHARE + rest * min(1.0, transcribed)

    def progress(self, transcribed: float) -> None:
        fraction = self._overall(transcribed)
        self.report(fraction, self._eta(fraction))

    def _eta(self, fraction: float) -> float | None:
        """Seconds left, from the pace of this run (resumed work is not counted as speed)."""
        now = time.monotonic()
        if self._progress_start is None:
            self._progress_start, self._clock_start = fraction, now
            return None
        gained = fraction - self._progress_start
        if gained < 0.01 or now - self._clock_start < 1.0:
            return None
        return (now - self._clock_start) / gained * (1.0 - fraction)


def engine_options(job: JobInfo, *, language: str | None = None) -> EngineOptions:
    """What the engine provider needs of `job` (`language`: the detected one, instead of the job's)."""
    return EngineOptions(engine=job.engine, model=job.model, language=language or job.language, task=job.task)


def _same_span(chunk: ChunkRecord, start: float, end: float) -> bool:
    return abs(chunk.start - start) < 1e-3 and abs(chunk.end - end) < 1e-3
