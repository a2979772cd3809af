"""The library: the one entry object through which the CLI and the UI read and write stored data."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from iam_desktop.audio.store import AudioStore, StoredAudio
from iam_desktop.errors import DiskFull, LibraryDamaged, StorageError
from iam_desktop.library import search as full_text
from iam_desktop.library import search_index
from iam_desktop.library.database import open_engine
from iam_desktop.library.editing import TranscriptEditor
from iam_desktop.library.file_lock import FileLock
from iam_desktop.library.integrity import Health, is_damage
from iam_desktop.library.job_store import ANY_OWNER, HeldBy, JobStore, write_held
from iam_desktop.library.recording_store import RecordingStore
from iam_desktop.library.records import RecordingInfo, RecordingSummary, SearchHit, aware, record_from_row
from iam_desktop.library.schema import Job, JobChunk, Recording, SegmentRow, utcnow
from iam_desktop.library.schema import Transcript as TranscriptRow
from iam_desktop.library.status import JobStatus
from iam_desktop.library.summary_store import SummaryStore, mark_stale_in
from iam_desktop.library.vocabulary_store import VocabularyStore
from iam_desktop.library.watch_store import WatchStore
from iam_desktop.paths import DataPaths
from iam_desktop.transcript import Segment, Transcript, Word


class Library:
    """Recordings, transcripts and jobs in one data folder.

    Thread-safe: every call uses its own short session, and SQLite in WAL mode lets the GUI read while a
    worker writes. Attributes: paths (the data folder layout), store (the audio copies).
    """

    def __init__(self, paths: DataPaths, engine: Engine) -> None:
        self.paths = paths
        self.store = AudioStore(paths.audio)
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        #: is the file damaged? ("damaged": every write is refused; .message tells the user what to do)
        self.health = Health(paths.database)
        self.health.guard(engine)
        self._open_lock: FileLock | None = None
        #: the persistent job queue
        self.jobs = JobStore(self._session)
        #: titles, notes, tags, the filtered and paged list, and the trash
        self.items = RecordingStore(self._session, self.store)
        #: edits of transcripts (the machine transcript is kept)
        self.edits = TranscriptEditor(self._session)
        #: watched folders and the files found in them (iam_desktop.watch)
        self.watch = WatchStore(self._session)
        #: the glossary: names, places and jargon every transcription is given
        self.vocabulary = VocabularyStore(self._session)
        #: summaries of the recordings (several each), marked stale when their transcript changes much
        self.summaries = SummaryStore(self._session)

    @classmethod
    def open(cls, paths: DataPaths) -> Library:
        """Open the library in `paths`, creating and migrating the database as needed.

        Also removes half-written audio copies that a crash during an import left behind, and starts
        checking the file for damage in the background (`health`; writes wait for that check).
        Raises StorageError, or LibraryDamaged when the file is damaged or is empty beside audio copies.
        """
        refuse_empty_database(paths)
        open_lock = FileLock(open_lock_path(paths))
        try:
            if not open_lock.acquire(shared=True, timeout=60):
                raise StorageError("the library is being recovered by another IAM Desktop process; try again")
        except OSError as exc:
            raise StorageError(f"cannot open the library in {paths.root}: {exc.strerror or exc}") from exc
        try:
            library = cls(paths, open_engine(paths.database))
        except BaseException:
            open_lock.release()
            raise
        library._open_lock = open_lock
        library.health.start()
        library.store.sweep_temp_files()
        return library

    def close(self) -> None:
        self.health.close()
        self._engine.dispose()
        if self._open_lock is not None:
            self._open_lock.release()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DatabaseError as exc:
            _rollback(session)
            if is_damage(exc):
                self.health.mark_damaged(str(exc.orig))
                raise LibraryDamaged(self.health.message or str(exc.orig)) from exc
            if not isinstance(exc, OperationalError):
                raise
            message = str(exc.orig)
            if "full" in message or getattr(exc.orig, "sqlite_errorcode", None) == 13:
                raise DiskFull("disk is full: the library could not be saved") from exc
            raise StorageError(f"the library could not be read or written: {message}") from exc
        except OSError as exc:
            session.rollback()
            if exc.errno == errno.ENOSPC:
                raise DiskFull("disk is full: the library could not be saved") from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # --- recordings -------------------------------------------------------------------------------

    def add_recording(
        self,
        *,
        title: str,
        duration: float,
        sample_rate: int,
        channels: int,
        stored: StoredAudio,
        source_path: str | None,
        capture_id: str | None = None,
        notes: str | None = None,
        tracks: str | None = None,
    ) -> int:
        """Add a recording whose audio is already in the store; returns its ID. A live recording passes
        the ID of its capture: adding the same capture again returns the recording already added (also
        when two savers race: the one that loses on the UNIQUE capture_id gets the winner's recording)."""
        try:
            with self._session() as session:
                if capture_id is not None:
                    existing = session.scalar(select(Recording.id).where(Recording.capture_id == capture_id))
                    if existing is not None:
                        return existing
                return _insert_recording(
                    session,
                    title=title,
                    duration=duration,
                    sample_rate=sample_rate,
                    channels=channels,
                    stored=stored,
                    source_path=source_path,
                    capture_id=capture_id,
                    notes=notes,
                    tracks=tracks,
                )
        except IntegrityError:
            existing = None if capture_id is None else self.recording_for_capture(capture_id)
            if existing is None:
                raise
            return existing

    def add_job_recording(
        self,
        job_id: int,
        *,
        held_by: HeldBy,
        title: str,
        duration: float,
        sample_rate: int,
        channels: int,
        stored: StoredAudio,
        source_path: str | None,
    ) -> int:
        """Add the recording a job imported and attach it to the job, in one transaction: a crash leaves
        either both or neither, and a job that already has its recording (a resumed one) never adds a
        second. JobLost (and nothing added) if `held_by` no longer holds the job."""
        with self._session() as session:
            job = session.get(Job, job_id)
            if job is None:
                raise KeyError(job_id)
            if job.recording_id is not None:
                write_held(session, job_id, held_by)
                return job.recording_id
            recording_id = _insert_recording(
                session,
                title=title,
                duration=duration,
                sample_rate=sample_rate,
                channels=channels,
                stored=stored,
                source_path=source_path,
            )
            write_held(session, job_id, held_by, recording_id=recording_id)
            return recording_id

    def discard_unused_audio(self, stored: StoredAudio) -> None:
        """Undo the copy of an import that could not be completed, if that import made it and no recording
        points at it (best effort: it runs while another error, such as a full disk, is reported)."""
        try:
            with self._session() as session:
                used = session.scalar(select(Recording.id).where(Recording.audio_path == stored.relpath))
        except (StorageError, OSError):
            used = None  # the failed transaction added none; one committed before was made by another import
        if used is None:
            self.store.discard(stored)

    def recording_for_capture(self, capture_id: str) -> int | None:
        """The ID of the recording saved from a live capture, or None if it has not been saved."""
        with self._session() as session:
            return session.scalar(select(Recording.id).where(Recording.capture_id == capture_id))

    def get_recording(self, recording_id: int) -> RecordingInfo | None:
        with self._session() as session:
            row = session.get(Recording, recording_id)
            if row is None:
                return None
            return record_from_row(RecordingInfo, row)

    def audio_file(self, recording_id: int) -> Path | None:
        """The library's own copy of a recording's audio."""
        info = self.get_recording(recording_id)
        return None if info is None else self.store.path_of(info.audio_path)

    def list_recordings(self) -> list[RecordingSummary]:
        """All recordings outside the trash, newest first, with the state of their newest job."""
        return self.items.query()

    # --- transcripts ------------------------------------------------------------------------------

    def save_transcript(self, recording_id: int, transcript: Transcript) -> int:
        """Store a transcript (all segments in one transaction) as the recording's current one (its
        summaries become stale); returns its ID."""
        with self._session() as session:
            return _add_transcript(session, recording_id, transcript)

    def complete_job(
        self,
        job_id: int,
        recording_id: int,
        transcript: Transcript,
        note: str | None,
        *,
        held_by: HeldBy = ANY_OWNER,
    ) -> int:
        """Store a job's transcript, mark the job done and drop its chunks, all in one transaction: a
        crash leaves either the finished job or the resumable one, never half of each. The recording's
        summaries become stale (the transcript is new). JobLost (and nothing stored) if `held_by` no
        longer holds the job."""
        with self._session() as session:
            write_held(
                session, job_id, held_by,
                status=JobStatus.DONE, progress=1.0, note=note, error=None, finished_at=utcnow(),
                eta_seconds=0.0,
            )  # fmt: skip
            transcript_id = _add_transcript(session, recording_id, transcript)
            session.execute(delete(JobChunk).where(JobChunk.job_id == job_id))
            return transcript_id

    def set_duration(self, recording_id: int, duration: float) -> None:
        """Correct a recording's duration once its audio has been decoded to the end."""
        with self._session() as session:
            session.execute(
                update(Recording).where(Recording.id == recording_id).values(duration=float(duration))
            )

    def get_transcript(self, recording_id: int) -> Transcript | None:
        """The newest transcript of a recording, or None if it has none (yet)."""
        with self._session() as session:
            recording = session.get(Recording, recording_id)
            if recording is None:
                return None
            row = session.scalars(
                select(TranscriptRow).where(
                    TranscriptRow.recording_id == recording_id, TranscriptRow.is_current.is_(True)
                )
            ).first()
            if row is None:
                return None
            segments = [
                Segment(
                    start=s.start,
                    end=s.end,
                    text=s.text,
                    words=tuple(
                        Word(start=w[0], end=w[1], text=w[2], probability=w[3]) for w in s.words or ()
                    ),
                    speaker=s.speaker,
                )
                for s in session.scalars(
                    select(SegmentRow).where(SegmentRow.transcript_id == row.id).order_by(SegmentRow.position)
                )
            ]
            return Transcript(
                title=recording.title,
                duration=recording.duration,
                engine=row.engine,
                model=row.model,
                language=row.language,
                segments=segments,
                recording_id=recording_id,
                created_at=aware(row.created_at),
                notes=recording.notes,
                edited=row.kind == "edited",
                language_probability=row.language_probability,
            )

    def search(
        self, query: str, limit: int = 200, *, offset: int = 0, prefix_last: bool = True
    ) -> list[SearchHit]:
        """Ranked full-text hits for what the user typed: one per matching segment of a current
        transcript, one at 0 s per recording matching by title or notes alone, one at 0 s per recording
        matching by a summary alone (see
        iam_desktop.library.search for the query syntax and the ranking). `prefix_last` (search as you
        type; the CLI turns it off) also finds words starting with the last word of the query."""
        with self._session() as session:
            return full_text.search(session, query, limit=limit, offset=offset, prefix_last=prefix_last)

    def count_hits(self, query: str, *, prefix_last: bool = True) -> int:
        """How many hits `query` has in the whole library (search returns at most the best of them)."""
        with self._session() as session:
            return full_text.count_hits(session, query, prefix_last=prefix_last)


def _insert_recording(
    session: Session,
    *,
    title: str,
    duration: float,
    sample_rate: int,
    channels: int,
    stored: StoredAudio,
    source_path: str | None,
    capture_id: str | None = None,
    notes: str | None = None,
    tracks: str | None = None,
) -> int:
    row = Recording(
        tracks=tracks,
        capture_id=capture_id,
        notes=notes,
        title=title,
        duration=float(duration),
        sample_rate=int(sample_rate),
        channels=int(channels),
        sha256=stored.sha256,
        audio_path=stored.relpath,
        source_path=source_path,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    search_index.index_recording(session, row.id)
    return row.id


def _add_transcript(session: Session, recording_id: int, transcript: Transcript) -> int:
    row = TranscriptRow(
        recording_id=recording_id,
        engine=transcript.engine,
        model=transcript.model,
        language=transcript.language,
        language_probability=transcript.language_probability,
        created_at=transcript.created_at or utcnow(),
    )
    session.add(row)
    session.flush()
    session.add_all(
        SegmentRow(
            transcript_id=row.id,
            position=i,
            start=float(seg.start),
            end=float(seg.end),
            text=seg.text,
            words=[[float(w.start), float(w.end), w.text, float(w.probability)] for w in seg.words],
            speaker=seg.speaker,
        )
        for i, seg in enumerate(transcript.segments)
    )
    session.flush()
    search_index.set_current(session, recording_id, row.id)
    mark_stale_in(session, recording_id)  # a new transcript: what was summarised is gone
    return row.id


def open_lock_path(paths: DataPaths) -> Path:
    """The lock file every open library holds shared; `library recover` needs it alone to swap the file."""
    return paths.root / f"{paths.database.name}.open-lock"


def refuse_empty_database(paths: DataPaths) -> None:
    """A 0-byte library file beside audio copies lost its contents: refuse to make a new, empty library
    over it (the audio would be orphaned). An empty file with no audio is simply a new library."""
    try:
        if not paths.database.is_file() or paths.database.stat().st_size > 0:
            return
        audio = sum(1 for item in paths.audio.rglob("*") if item.is_file() and not item.name.startswith("."))
    except OSError:
        return
    if audio:
        raise LibraryDamaged(
            f"the library file {paths.database} is empty but {audio} audio file"
            f"{'s are' if audio != 1 else ' is'} in the library folder; nothing was changed. Restore "
            "library.sqlite3 from a backup, or run `iam-desktop library recover` to start a new library "
            "file that keeps the audio (the empty file is kept beside it)"
        )


def _rollback(session: Session) -> None:
    try:
        session.rollback()
    except DatabaseError:
        pass
