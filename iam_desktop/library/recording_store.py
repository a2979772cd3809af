"""Managing recordings in the library: titles, notes, tags, the filtered and paged list, and the trash.

Every change is one short transaction that keeps the full-text index in step (search_index): a recording
in the trash is not in the index, so it is found by nothing until it is restored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as insert_or_ignore
from sqlalchemy.orm import Session, aliased

from iam_desktop.audio.store import AudioStore
from iam_desktop.errors import IamError
from iam_desktop.library import search_index
from iam_desktop.library.records import RecordingFilter, RecordingSummary, SortKey, TagCount, aware
from iam_desktop.library.schema import Job, Recording, RecordingTag, Tag, utcnow
from iam_desktop.library.schema import Transcript as TranscriptRow
from iam_desktop.library.statements import rows_changed
from iam_desktop.library.status import RecordingStatus

log = logging.getLogger(__name__)

#: how long a recording stays in the trash before purge_expired() deletes it for good
TRASH_KEEP = timedelta(days=30)
MAX_TITLE = 500
MAX_TAG = 100

_NO_FILTER = RecordingFilter()
#: titles sort without regard to case (SQLite's NOCASE: ASCII letters only)
_SORT_COLUMNS = {
    "created": Recording.created_at,
    "title": Recording.title.collate("NOCASE"),
    "duration": Recording.duration,
}


class NoSuchRecording(IamError):
    """A recording ID that is not in the library."""

    def __init__(self, recording_id: int) -> None:
        super().__init__(f"no recording with ID {recording_id}")
        self.recording_id = recording_id


def _require(session: Session, recording_ids: Iterable[int]) -> list[int]:
    """The IDs (deduplicated, in order), or NoSuchRecording for the first one that does not exist."""
    ids = list(dict.fromkeys(int(i) for i in recording_ids))
    found = set(session.scalars(select(Recording.id).where(Recording.id.in_(ids)))) if ids else set()
    for recording_id in ids:
        if recording_id not in found:
            raise NoSuchRecording(recording_id)
    return ids


def _clean_tag(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise IamError("a tag cannot be empty")
    if len(cleaned) > MAX_TAG:
        raise IamError(f"a tag can be at most {MAX_TAG} characters long")
    return cleaned


def _utc(value: datetime) -> datetime:
    """A bound for a stored (UTC) time; naive values are local time."""
    return value.astimezone(UTC)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class RecordingStore:
    """Titles, notes, tags, listing and the trash of the library's recordings (`library.items`)."""

    def __init__(self, session: Callable[[], AbstractContextManager[Session]], audio: AudioStore) -> None:
        self._session = session
        self._audio = audio

    # --- title and notes --------------------------------------------------------------------------

    def rename(self, recording_id: int, title: str) -> str:
        """Give a recording a new title (spaces around it dropped); returns the title stored."""
        title = " ".join(str(title).split())
        if not title:
            raise IamError("a title cannot be empty")
        if len(title) > MAX_TITLE:
            raise IamError(f"a title can be at most {MAX_TITLE} characters long")
        self._set(recording_id, title=title)
        return title

    def set_notes(self, recording_id: int, notes: str | None) -> None:
        """Set the user's notes on a recording (None or only spaces: no notes)."""
        self._set(recording_id, notes=notes if notes and notes.strip() else None)

    def _set(self, recording_id: int, **values: Any) -> None:
        with self._session() as session:
            _require(session, [recording_id])
            searchable = search_index.is_searchable(session, recording_id)
            if searchable:  # the old title and notes must leave the index before they change
                search_index.unindex_recording(session, recording_id, with_transcript=False)
            session.execute(update(Recording).where(Recording.id == recording_id).values(**values))
            if searchable:
                search_index.index_recording(session, recording_id, with_transcript=False)

    # --- tags -------------------------------------------------------------------------------------

    def add_tags(self, recording_id: int, names: Iterable[str]) -> list[str]:
        """Put tags on a recording; a name that exists in another case reuses that tag. Returns the
        recording's tags. Raises IamError for an empty or too long name (nothing is changed then)."""
        wanted: dict[str, str] = {}
        for name in names:
            cleaned = _clean_tag(name)
            wanted.setdefault(cleaned.casefold(), cleaned)
        with self._session() as session:
            _require(session, [recording_id])
            existing = {name.casefold(): tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name))}
            have = set(
                session.scalars(select(RecordingTag.tag_id).where(RecordingTag.recording_id == recording_id))
            )
            for key, name in wanted.items():
                tag_id = existing.get(key)
                if tag_id is None:  # another process may create the same tag at the same moment
                    session.execute(insert_or_ignore(Tag).values(name=name).on_conflict_do_nothing())
                    tag_id = session.scalars(select(Tag.id).where(Tag.name == name)).one()
                    existing[key] = tag_id
                if tag_id not in have:
                    session.execute(
                        insert_or_ignore(RecordingTag)
                        .values(recording_id=recording_id, tag_id=tag_id)
                        .on_conflict_do_nothing()
                    )
                    have.add(tag_id)
            return self._tags_of(session, recording_id)

    def remove_tag(self, recording_id: int, name: str) -> bool:
        """Take a tag (any case) off a recording; a tag no recording carries any more is forgotten.
        Returns whether the recording carried it."""
        with self._session() as session:
            _require(session, [recording_id])
            tag_ids = _tag_ids(session, str(name))
            if not tag_ids:
                return False
            removed = rows_changed(
                session,
                delete(RecordingTag).where(
                    RecordingTag.recording_id == recording_id, RecordingTag.tag_id.in_(tag_ids)
                ),
            )
            _forget_unused_tags(session)
            return removed > 0

    def tags_of(self, recording_id: int) -> list[str]:
        """A recording's tag names, sorted case-insensitively."""
        with self._session() as session:
            _require(session, [recording_id])
            return self._tags_of(session, recording_id)

    def all_tags(self) -> list[TagCount]:
        """Every tag with the number of recordings outside the trash that carry it, sorted by name."""
        with self._session() as session:
            rows = session.execute(
                select(Tag.name, func.count(Recording.id))
                .outerjoin(RecordingTag, RecordingTag.tag_id == Tag.id)
                .outerjoin(
                    Recording, and_(Recording.id == RecordingTag.recording_id, Recording.deleted_at.is_(None))
                )
                .group_by(Tag.id)
            ).all()
        return sorted((TagCount(name, count) for name, count in rows), key=lambda t: t.name.casefold())

    @staticmethod
    def _tags_of(session: Session, recording_id: int) -> list[str]:
        names = session.scalars(
            select(Tag.name)
            .join(RecordingTag, RecordingTag.tag_id == Tag.id)
            .where(RecordingTag.recording_id == recording_id)
        )
        return sorted(names, key=str.casefold)

    # --- listing ----------------------------------------------------------------------------------

    def query(
        self,
        where: RecordingFilter = _NO_FILTER,
        *,
        sort: SortKey = "created",
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[RecordingSummary]:
        """One page of the recordings matching `where`, sorted by `sort` (ties: newest ID first when
        descending). For a lazy list: count(where) once, then query(where, offset=…, limit=…) per page."""
        if sort not in _SORT_COLUMNS:
            raise ValueError(f"cannot sort by {sort!r}")
        current = aliased(TranscriptRow)
        status, progress = (
            select(column)
            .where(Job.recording_id == Recording.id)
            .order_by(Job.id.desc())
            .limit(1)
            .scalar_subquery()
            for column in (Job.status, Job.progress)
        )
        statement = select(
            Recording.id,
            Recording.title,
            Recording.duration,
            Recording.created_at,
            status,
            current.language,
            current.engine,
            current.kind,
            Recording.notes,
            Recording.deleted_at,
            current.recording_id,
            progress,
        ).outerjoin(current, and_(current.recording_id == Recording.id, current.is_current.is_(True)))
        column = _SORT_COLUMNS[sort]
        order = (column.desc(), Recording.id.desc()) if descending else (column.asc(), Recording.id.asc())
        statement = statement.order_by(*order).offset(max(0, int(offset)))
        if limit is not None:
            statement = statement.limit(max(0, int(limit)))
        with self._session() as session:
            rows = session.execute(_filtered(session, statement, where, current)).all()
            tags: dict[int, list[str]] = {}
            if rows:
                for recording_id, name in session.execute(
                    select(RecordingTag.recording_id, Tag.name)
                    .join(Tag, Tag.id == RecordingTag.tag_id)
                    .where(RecordingTag.recording_id.in_([r[0] for r in rows]))
                ):
                    tags.setdefault(recording_id, []).append(name)
        return [
            RecordingSummary(
                id=r[0],
                title=r[1],
                duration=r[2],
                created_at=aware(r[3]),
                status=RecordingStatus(  # without a job: imported or recovered
                    r[4] or (RecordingStatus.DONE if r[10] is not None else RecordingStatus.RECORDED)
                ),
                language=r[5],
                engine=r[6],
                edited=r[7] == "edited",
                tags=tuple(sorted(tags.get(r[0], ()), key=str.casefold)),
                notes=r[8],
                deleted_at=aware(r[9]),
                progress=float(r[11] or 0.0),
            )
            for r in rows
        ]

    def summary(self, recording_id: int) -> RecordingSummary | None:
        """The list line of one recording, in the trash or not (None: no such recording)."""
        found = self.query(RecordingFilter(ids=(recording_id,), include_trashed=True), limit=1)
        return found[0] if found else None

    def count(self, where: RecordingFilter = _NO_FILTER) -> int:
        """How many recordings match `where` (the same filters as query)."""
        statement = select(func.count(Recording.id))
        current = None
        if where.language is not None or where.engine is not None:
            current = aliased(TranscriptRow)
            statement = statement.join(
                current, and_(current.recording_id == Recording.id, current.is_current.is_(True))
            )
        with self._session() as session:
            return int(session.execute(_filtered(session, statement, where, current)).scalar_one())

    # --- trash ------------------------------------------------------------------------------------

    def delete(self, recording_ids: Iterable[int]) -> int:
        """Move recordings to the trash (one transaction); they leave the list and the search index.
        Returns how many were moved (ones already in the trash stay as they are). Raises NoSuchRecording
        if an ID is unknown, and then changes nothing."""
        now = utcnow()
        with self._session() as session:
            ids = _require(session, recording_ids)
            moving = list(
                session.scalars(
                    select(Recording.id).where(Recording.id.in_(ids), Recording.deleted_at.is_(None))
                )
            )
            for recording_id in moving:
                search_index.unindex_recording(session, recording_id)
            if moving:
                session.execute(update(Recording).where(Recording.id.in_(moving)).values(deleted_at=now))
            return len(moving)

    def restore(self, recording_ids: Iterable[int]) -> int:
        """Bring recordings back from the trash (one transaction), into the list and the search index.
        Returns how many came back. Raises NoSuchRecording if an ID is unknown (then changes nothing)."""
        with self._session() as session:
            ids = _require(session, recording_ids)
            returning = list(
                session.scalars(
                    select(Recording.id).where(Recording.id.in_(ids), Recording.deleted_at.is_not(None))
                )
            )
            if returning:
                session.execute(update(Recording).where(Recording.id.in_(returning)).values(deleted_at=None))
            for recording_id in returning:
                search_index.index_recording(session, recording_id)
            return len(returning)

    def is_trashed(self, recording_id: int) -> bool:
        with self._session() as session:
            _require(session, [recording_id])
            return (
                session.scalar(select(Recording.deleted_at).where(Recording.id == recording_id)) is not None
            )

    def empty_trash(self, older_than: timedelta | None = TRASH_KEEP) -> int:
        """Delete for good the recordings that have been in the trash longer than `older_than` (None:
        everything in the trash), with their transcripts and tags, and then the audio copies no other
        recording uses. Returns how many recordings were deleted."""
        with self._session() as session:
            statement = select(Recording.id, Recording.audio_path).where(Recording.deleted_at.is_not(None))
            if older_than is not None:
                statement = statement.where(Recording.deleted_at <= utcnow() - older_than)
            doomed = session.execute(statement).all()
            if not doomed:
                return 0
            # trashed recordings are not in the index, so nothing needs unindexing; rows cascade
            session.execute(delete(Recording).where(Recording.id.in_([r[0] for r in doomed])))
            _forget_unused_tags(session)
        self._remove_unused_audio({r[1] for r in doomed})
        return len(doomed)

    def purge_expired(self) -> int:
        """Empty what has been in the trash for 30 days (call at app start)."""
        return self.empty_trash(TRASH_KEEP)

    def _remove_unused_audio(self, relpaths: Sequence[str] | set[str]) -> None:
        """Remove audio copies no recording refers to any more (after the rows went: a rollback must not
        lose audio). A copy may be shared by recordings of the same content."""
        with self._session() as session:
            used = set(
                session.scalars(select(Recording.audio_path).where(Recording.audio_path.in_(relpaths)))
            )
        for relpath in set(relpaths) - used:
            try:
                self._audio.remove(relpath)
            except (IamError, ValueError) as exc:  # the rows are gone; a stray file is only wasted space
                log.warning("could not remove the audio copy %s: %s", relpath, exc)


def _forget_unused_tags(session: Session) -> None:
    session.execute(delete(Tag).where(Tag.id.not_in(select(RecordingTag.tag_id))))


def _tag_ids(session: Session, name: str) -> list[int]:
    """The IDs of the tag called `name` in any case (Python's case folding, which SQLite lacks)."""
    key = " ".join(name.split()).casefold()
    return [
        tag_id for tag_id, tag_name in session.execute(select(Tag.id, Tag.name)) if tag_name.casefold() == key
    ]


def _filtered(session: Session, statement: Select, where: RecordingFilter, current: Any) -> Select:
    """`statement` narrowed by `where`; `current` is the joined current transcript (needed only for the
    language and engine filters)."""
    if where.ids is not None:
        statement = statement.where(Recording.id.in_([int(i) for i in where.ids]))
    if where.only_trashed:
        statement = statement.where(Recording.deleted_at.is_not(None))
    elif not where.include_trashed:
        statement = statement.where(Recording.deleted_at.is_(None))
    if where.text and where.text.strip():
        statement = statement.where(Recording.title.ilike(_like_pattern(where.text.strip()), escape="\\"))
    if where.tag is not None:
        tagged = select(RecordingTag.recording_id).where(
            RecordingTag.tag_id.in_(_tag_ids(session, where.tag))
        )
        statement = statement.where(Recording.id.in_(tagged))
    if where.created_from is not None:
        statement = statement.where(Recording.created_at >= _utc(where.created_from))
    if where.created_to is not None:
        statement = statement.where(Recording.created_at <= _utc(where.created_to))
    if where.min_duration is not None:
        statement = statement.where(Recording.duration >= float(where.min_duration))
    if where.max_duration is not None:
        statement = statement.where(Recording.duration <= float(where.max_duration))
    if where.language is not None:
        statement = statement.where(current.language == where.language)
    if where.engine is not None:
        statement = statement.where(current.engine == where.engine)
    return statement
