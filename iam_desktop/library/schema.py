"""The library's tables as SQLAlchemy 2.0 models. Alembic migrations create them; keep both in step."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from iam_desktop.library.status import JobStatus


def utcnow() -> datetime:
    """The current time in UTC (stored naive-free, as timezone-aware)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every library table."""


class Recording(Base):
    """One piece of audio in the library: an imported file or a live recording."""

    __tablename__ = "recordings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    duration: Mapped[float] = mapped_column(Float, default=0.0)
    sample_rate: Mapped[int] = mapped_column(Integer)
    channels: Mapped[int] = mapped_column(Integer, default=1)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    #: path of the library's own copy, relative to the audio store
    audio_path: Mapped[str] = mapped_column(String(200))
    #: where the audio came from (the imported file's path at import time), for reference only
    source_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: set when the recording is in the trash (emptied after 30 days or on demand)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True, index=True)
    #: for a live recording: the ID of the capture it was saved from (iam_desktop.recording), else empty
    capture_id: Mapped[str | None] = mapped_column(String(40), nullable=True, unique=True, index=True)
    #: what the channels are: None = one sound; MEETING_TRACKS = channel 0 the microphone, 1 the computer's
    #: audio (a meeting recording, each channel transcribed on its own)
    tracks: Mapped[str | None] = mapped_column(String(100), nullable=True)

    transcripts: Mapped[list[Transcript]] = relationship(
        back_populates="recording",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Transcript.id",
    )


class Transcript(Base):
    """A transcript of a recording by one engine and model."""

    __tablename__ = "transcripts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    engine: Mapped[str] = mapped_column(String(50))
    model: Mapped[str] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    #: how sure the engine was of `language` when it detected it (0..1); None when the user named it
    language_probability: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: the one transcript of the recording that is shown, searched and exported
    is_current: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: "machine" (as an engine made it) or "edited" (the user's corrections of `based_on`)
    kind: Mapped[str] = mapped_column(String(20), default="machine", server_default="machine")
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("transcripts.id", ondelete="SET NULL", name="fk_transcripts_based_on"), nullable=True
    )

    recording: Mapped[Recording] = relationship(back_populates="transcripts")
    segments: Mapped[list[SegmentRow]] = relationship(
        back_populates="transcript",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SegmentRow.position",
    )


class SegmentRow(Base):
    """One timed segment of a transcript; word timings as a JSON list of [start, end, word, probability]."""

    __tablename__ = "segments"
    __table_args__ = (Index("ix_segments_transcript_position", "transcript_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[float] = mapped_column(Float)
    end: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    words: Mapped[list | None] = mapped_column(JSON, nullable=True)
    speaker: Mapped[str | None] = mapped_column(String(100), nullable=True)

    transcript: Mapped[Transcript] = relationship(back_populates="segments")


class Tag(Base):
    """A label the user puts on recordings."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class RecordingTag(Base):
    """Which recording carries which tag."""

    __tablename__ = "recording_tags"
    __table_args__ = (Index("ix_recording_tags_tag_id", "tag_id"),)

    recording_id: Mapped[int] = mapped_column(
        ForeignKey("recordings.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class VocabularyTerm(Base):
    """A term of the library's glossary (a name, place or jargon the transcription should spell right).

    term_key is the term case-folded (iam_desktop.vocabulary.term_key): one row per term whatever its case.
    """

    __tablename__ = "vocabulary_terms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term: Mapped[str] = mapped_column(String(100))
    term_key: Mapped[str] = mapped_column(String(400), unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Job(Base):
    """A unit of background work (for now: transcribe one file), with its state and progress.

    status is one of queued, running, done, failed, cancelled. recording_id is empty until the file
    has been imported, and stays empty for a file that was refused. error says why a job failed; note
    tells the user something about a job that succeeded (part of a damaged file, a fallback engine).
    owner is the process working on (or holding) the job, kept alive by heartbeat_at: a job whose owner
    stopped beating is taken over by the next runner, which resumes after its last stored chunk.
    """

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), default="transcribe")
    source_path: Mapped[str] = mapped_column(Text)
    recording_id: Mapped[int | None] = mapped_column(
        ForeignKey("recordings.id", ondelete="SET NULL"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=JobStatus.QUEUED)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    engine: Mapped[str] = mapped_column(String(50), default="local")
    model: Mapped[str | None] = mapped_column(String(200), nullable=True)
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    task: Mapped[str] = mapped_column(String(20), default="transcribe", server_default="transcribe")
    prompt: Mapped[str | None] = mapped_column(Text, nullable=True)
    allow_fallback: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    owner: Mapped[str | None] = mapped_column(String(100), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    eta_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    #: the job's own vocabulary (terms, besides the library's glossary), a JSON list of strings
    vocabulary: Mapped[list | None] = mapped_column(JSON, nullable=True)
    #: the language detected before transcribing (when the job's language is "detect") and its probability
    detected_language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    language_probability: Mapped[float | None] = mapped_column(Float, nullable=True)
    #: label speakers after transcribing: None = no, 0 = as many as found, N = N speakers
    speakers: Mapped[int | None] = mapped_column(Integer, nullable=True)


class JobChunk(Base):
    """The stored result of one finished chunk of a job, so that an interrupted job resumes after it.

    segments is a JSON list of [start, end, text, words] with times from the start of the recording.
    """

    __tablename__ = "job_chunks"
    __table_args__ = (UniqueConstraint("job_id", "position", name="uq_job_chunks_job_position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[float] = mapped_column(Float)
    end: Mapped[float] = mapped_column(Float)
    engine: Mapped[str] = mapped_column(String(50))
    model: Mapped[str] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    segments: Mapped[list] = mapped_column(JSON)


class WatchFolder(Base):
    """A folder the app watches for new audio and video files (iam_desktop.watch).

    export_formats: formats written for each transcribed file (a JSON list, may be empty); export_dir:
    the folder they go to (None: next to the file).
    """

    __tablename__ = "watch_folders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    export_formats: Mapped[list] = mapped_column(JSON)
    export_dir: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WatchedFile(Base):
    """A file found in a watched folder, by content hash, so that no content is transcribed twice.

    status: "queued" (its job is in the queue), "done" (transcribed; exports written unless
    export_error), or "duplicate" (content already seen or already in the library; not transcribed).
    Only one row that is not a duplicate may hold a given hash (a partial unique index), which is how two
    watchers (the window and `watch run`) never both queue the same content. export_formats and
    export_dir are the folder's export options when the file was found.
    """

    __tablename__ = "watched_files"
    __table_args__ = (
        Index(
            "uq_watched_files_sha256_original",
            "sha256",
            unique=True,
            sqlite_where=text("status != 'duplicate'"),
        ),
        Index("ix_watched_files_sha256", "sha256"),
        Index("ix_watched_files_path", "path"),
        Index("ix_watched_files_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folder: Mapped[str] = mapped_column(Text)
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id", ondelete="SET NULL"), nullable=True)
    recording_id: Mapped[int | None] = mapped_column(
        ForeignKey("recordings.id", ondelete="SET NULL"), nullable=True
    )
    export_formats: Mapped[list] = mapped_column(JSON)
    export_dir: Mapped[str | None] = mapped_column(Text, nullable=True)
    exported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    export_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SummaryRow(Base):
    """A summary of a recording's transcript (iam_desktop.summaries.model.Summary; summary_store).

    chapters: a JSON list of [start, title]. stale: the transcript changed much since it was made (a new
    transcript, or edits that changed more than summary_store.STALE_SHARE of its words); drift: the share
    of the words that edits changed since it was made, summed. edited: the user changed its text.
    transcript_id: the transcript it was made from (None once that is gone).
    """

    __tablename__ = "summaries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    preset: Mapped[str] = mapped_column(String(30))
    engine: Mapped[str] = mapped_column(String(50))
    model: Mapped[str | None] = mapped_column(String(200), nullable=True)
    instruction: Mapped[str | None] = mapped_column(Text, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    chapters: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    stale: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    drift: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    transcript_id: Mapped[int | None] = mapped_column(
        ForeignKey("transcripts.id", ondelete="SET NULL"), nullable=True, index=True
    )
