"""The library's glossary: terms (names, places, jargon) every transcription is given (`library.vocabulary`).

Each change is one short transaction; a term is stored once whatever its case (a unique case-folded key),
so two processes adding the same term at once store it once.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from iam_desktop.library.schema import VocabularyTerm, utcnow
from iam_desktop.library.statements import rows_changed
from iam_desktop.vocabulary import MAX_TERMS, VocabularyError, parse_terms, term_key


class VocabularyStore:
    """List, add, remove and replace the glossary's terms. Arguments to add, remove and replace are terms,
    each of which may itself hold several ("A, B; C"): see iam_desktop.vocabulary.parse_terms."""

    def __init__(self, session: Callable[[], AbstractContextManager[Session]]) -> None:
        self._session = session

    def list(self) -> builtins.list[str]:
        """The terms, sorted without regard to case."""
        with self._session() as session:
            terms = session.scalars(select(VocabularyTerm.term))
            return sorted(terms, key=str.casefold)

    def add(self, terms: str | Iterable[str]) -> builtins.list[str]:
        """Add the terms not there yet (in any case); returns those added, as given. Raises
        VocabularyError for a term too long or when the glossary would hold more than MAX_TERMS
        (and then adds nothing)."""
        wanted = parse_terms(terms)
        with self._session() as session:
            present = set(session.scalars(select(VocabularyTerm.term_key)))
            new = [term for term in wanted if term_key(term) not in present]
            if len(present) + len(new) > MAX_TERMS:
                raise VocabularyError(
                    f"the vocabulary can hold at most {MAX_TERMS} terms; it has {len(present)}"
                )
            added = []
            now = utcnow()
            for term in new:
                statement = (
                    insert(VocabularyTerm)
                    .values(term=term, term_key=term_key(term), created_at=now)
                    .on_conflict_do_nothing(index_elements=["term_key"])
                )
                if rows_changed(session, statement) == 1:  # 0: another process just added it
                    added.append(term)
            return added

    def remove(self, terms: str | Iterable[str]) -> builtins.list[str]:
        """Remove the terms (in any case); returns those removed, as they were stored. Terms that are
        not there are ignored."""
        keys = [term_key(term) for term in parse_terms(terms)]
        if not keys:
            return []
        with self._session() as session:
            rows = session.execute(
                select(VocabularyTerm.id, VocabularyTerm.term).where(VocabularyTerm.term_key.in_(keys))
            ).all()
            if rows:
                session.execute(delete(VocabularyTerm).where(VocabularyTerm.id.in_([r.id for r in rows])))
            return sorted((r.term for r in rows), key=str.casefold)

    def replace(self, terms: str | Iterable[str]) -> builtins.list[str]:
        """Make the glossary exactly `terms` (one transaction; a term kept keeps its row); returns the
        new list. Raises VocabularyError (changing nothing) for a bad term or too many."""
        wanted = parse_terms(terms)
        if len(wanted) > MAX_TERMS:
            raise VocabularyError(f"the vocabulary can hold at most {MAX_TERMS} terms, not {len(wanted)}")
        keys = {term_key(term): term for term in wanted}
        with self._session() as session:
            existing = {row.term_key: row for row in session.scalars(select(VocabularyTerm))}
            for key, row in existing.items():
                if key not in keys:
                    session.delete(row)
                elif row.term != keys[key]:
                    row.term = keys[key]  # the same term in a new spelling (case)
            now = utcnow()
            for key, term in keys.items():
                if key not in existing:
                    session.add(VocabularyTerm(term=term, term_key=key, created_at=now))
        return self.list()

    def count(self) -> int:
        with self._session() as session:
            return session.scalar(select(func.count()).select_from(VocabularyTerm)) or 0
