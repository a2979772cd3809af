"""The rows behind transcript edits: reading the current transcript's segments, making the edited copy of
a machine transcript, and writing a new segment list (touching only the rows that change, the full-text
index kept in step). Every function runs inside the caller's session (one edit, one transaction)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import delete, insert, literal, select, update
from sqlalchemy.orm import Session

from iam_desktop.library import search_index
from iam_desktop.library.edit_segments import EditError, Item
from iam_desktop.library.recording_store import NoSuchRecording
from iam_desktop.library.records import SegmentRecord
from iam_desktop.library.schema import Recording, SegmentRow, utcnow
from iam_desktop.library.schema import Transcript as TranscriptRow
from iam_desktop.library.statements import inserted_id
from iam_desktop.transcript import Word


@dataclass(frozen=True)
class CurrentTranscript:
    """The transcript row that is current for a recording (machine or edited), as an edit needs it."""

    id: int
    kind: str
    based_on_id: int | None
    engine: str
    model: str
    language: str | None
    language_probability: float | None


def words_json(words: Iterable[Word]) -> list:
    return [[float(w.start), float(w.end), w.text, float(w.probability)] for w in words]


def load_segments(session: Session, transcript_id: int) -> list[SegmentRecord]:
    rows = session.execute(
        select(
            SegmentRow.id, SegmentRow.start, SegmentRow.end, SegmentRow.text, SegmentRow.words,
            SegmentRow.speaker,
        ).where(SegmentRow.transcript_id == transcript_id).order_by(SegmentRow.position, SegmentRow.id)
    ).all()  # fmt: skip
    return [
        SegmentRecord(
            id=r[0],
            position=i,
            start=r[1],
            end=r[2],
            text=r[3],
            words=tuple(Word(w[0], w[1], w[2], w[3]) for w in r[4] or ()),
            speaker=r[5],
        )
        for i, r in enumerate(rows)
    ]


def current_transcript(session: Session, recording_id: int) -> tuple[CurrentTranscript, float]:
    duration = session.scalar(select(Recording.duration).where(Recording.id == recording_id))
    if duration is None:
        raise NoSuchRecording(recording_id)
    row = session.execute(
        select(
            TranscriptRow.id, TranscriptRow.kind, TranscriptRow.based_on_id, TranscriptRow.engine,
            TranscriptRow.model, TranscriptRow.language, TranscriptRow.language_probability,
        ).where(TranscriptRow.recording_id == recording_id, TranscriptRow.is_current.is_(True))
    ).first()  # fmt: skip
    if row is None:
        raise EditError(f"recording {recording_id} has no transcript")
    return CurrentTranscript(*row), float(duration)


def make_edited_copy(
    session: Session, recording_id: int, machine: CurrentTranscript
) -> tuple[int, dict[int, int]]:
    """Copy the machine transcript into an edited one and make it current; returns its ID and a map
    from the machine segments' IDs to the copies'."""
    copy_id = inserted_id(
        session,
        insert(TranscriptRow).values(
            recording_id=recording_id, engine=machine.engine, model=machine.model,
            language=machine.language, language_probability=machine.language_probability,
            created_at=utcnow(), is_current=False, kind="edited",
            based_on_id=machine.id,
        ),
    )  # fmt: skip
    columns = ("position", "start", "end", "text", "words", "speaker")
    session.execute(
        insert(SegmentRow).from_select(
            ("transcript_id", *columns),
            select(literal(copy_id), *(getattr(SegmentRow, c) for c in columns))
            .where(SegmentRow.transcript_id == machine.id)
            .order_by(SegmentRow.position, SegmentRow.id),
        )
    )
    search_index.set_current(session, recording_id, copy_id)
    originals = [r.id for r in load_segments(session, machine.id)]
    copies = [r.id for r in load_segments(session, copy_id)]
    return copy_id, dict(zip(originals, copies, strict=True))


def write_segments(
    session: Session, transcript_id: int, before: list[SegmentRecord], items: list[Item], searchable: bool
) -> list[SegmentRecord]:
    """Make the transcript's rows hold `items`, touching only rows that change; keeps the index in step
    (a row whose text or speaker changes: its old words out before the rows change, the new ones in after)."""
    existing = {r.id: r for r in before}
    used: set[int] = set()
    plan: list[SegmentRecord] = []
    for position, (segment_id, seg) in enumerate(items):
        kept = segment_id if segment_id in existing and segment_id not in used else None
        if kept is not None:
            used.add(kept)
        plan.append(
            SegmentRecord(
                id=kept if kept is not None else 0,
                position=position,
                start=float(seg.start),
                end=float(seg.end),
                text=seg.text,
                words=tuple(seg.words),
                speaker=seg.speaker,
            )
        )
    gone = [r.id for r in before if r.id not in used]
    reindex = [r.id for r in plan if r.id and _indexed(existing[r.id]) != _indexed(r)]
    if searchable:
        search_index.unindex_segments(session, gone + reindex)
    if gone:
        session.execute(delete(SegmentRow).where(SegmentRow.id.in_(gone)))
    changed = [row_values(r) | {"id": r.id} for r in plan if r.id and r != existing[r.id]]
    if changed:
        session.execute(update(SegmentRow), changed)
    fresh = [r for r in plan if not r.id]
    new_ids: list[int] = []
    if fresh:
        new_ids = list(
            session.scalars(
                insert(SegmentRow).returning(SegmentRow.id, sort_by_parameter_order=True),
                [row_values(r) | {"transcript_id": transcript_id} for r in fresh],
            )
        )
        ids = iter(new_ids)
        plan = [r if r.id else replace(r, id=next(ids)) for r in plan]
    if searchable:
        search_index.index_segments(session, reindex + new_ids)
    return plan


def _indexed(record: SegmentRecord) -> tuple[str, str | None]:
    """What the full-text index holds of a segment (search_index): a change of it is a reindex."""
    return record.text, record.speaker


def row_values(record: SegmentRecord) -> dict:
    return {
        "position": record.position, "start": record.start, "end": record.end, "text": record.text,
        "words": words_json(record.words), "speaker": record.speaker,
    }  # fmt: skip
