"""Full-text search of the library: the user's free text made into a safe FTS5 query, and ranked hits.

Query syntax (what a user can type; nothing in it is ever an FTS5 syntax error):
  - words are ANDed; case and diacritics do not matter (café = cafe = CAFÉ);
  - `word*` finds words starting with `word` (a prefix needs 2 characters or more; `a*` is the word `a`);
  - `"two words"` finds the words next to each other in that order (an unclosed `"` runs to the end);
  - a segment matches a word in its text or in its speaker's name (`Alice` finds what Alice says and
    where she is named); a title or notes hit needs every word in the title and notes;
  - `speaker:Alice` or `speaker:"Mary Ann"` (any case: `Speaker:`) is a filter: only segments whose
    speaker's name holds that word or phrase (`speaker:Al*` a prefix; `speaker:Alice` also finds "Alice
    Smith"). It combines with other words (`speaker:Alice budget`: Alice's segments with "budget" in
    their text or her name) and other filters (ANDed); a query with a filter has no title or notes hits.
    `speaker:` followed by a space or nothing is ignored;
  - everything else is a plain word: FTS5 operators and keywords (AND OR NOT NEAR ^ : ( ) - + *) mean
    nothing; punctuation splits words just as it does in the indexed text (e-mail = "e mail").
  - with `prefix_last` (the app's search-as-you-type; the CLI leaves it off) the last word counts as a
    prefix too, if it has 2 characters or more and the query does not end with a space (`speaker:Ali`
    finds Alice's segments while typing).

Hits: one per matching segment of a recording's current transcript, one at 0 s per recording whose
title or notes match and which has no segment hit, and one at 0 s (source "summary") per recording one of
whose summaries matches (every word in one summary's text; stale ones too) and which has neither a segment
hit nor a title or notes match; its snippet is from its best matching summary. A segment hit carries its
speaker, and which words of the name matched (SearchHit.speaker, .speaker_spans). Snippets:
~SNIPPET_TOKENS tokens around the match, each matched word between « and » (SearchHit.text and .spans
give the same without markers).

Ranking: bm25 (best first); ties: newest recording first, then earliest in it. In a segment a match in the
speaker's name weighs SPEAKER_WEIGHT of a match in the text: a hit by its text ranks above one found by
its speaker's name alone (unless the text is over ~300 times as long as the average segment), and a
`speaker:` filter barely moves the ranking that the other words make. NOTE (speed): bm25 over
every match of a common word is slow (ORDER BY bm25 for a word in 45 % of 2 M segments: ~0.7 s), so only
the RANK_WINDOW *newest* matches are ranked: FTS5 walks a doclist newest-first (rowid DESC) in ~1 ms.
A query with fewer matches is ranked exactly; one with more ranks only its newest RANK_WINDOW, so an old
segment may be missing from the hits of a very common word (count_hits still counts it). Which of the
equally ranked matches at the edge of the window or page are kept goes by the newest segment. bm25
still reads the whole doclist once for its IDF (~20 ms for that common word): the floor of a search.
Title and notes hits leave out recordings with a segment hit among the ranked ones; summary hits also
leave out those matching by title or notes, and rank the newest RANK_WINDOW matching summaries.
Measured on 100,000 recordings / 2 M segments: benchmarks/bench_library.py.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from iam_desktop.library.records import SearchHit

#: how many of the newest matches are ranked by bm25 (see the module docstring)
RANK_WINDOW = 2000
#: how many recordings matching by title or notes are checked for segment hits at a time
TITLE_BATCH = 500
#: how many tokens a snippet shows around the match
SNIPPET_TOKENS = 20
#: the shortest prefix searched as a prefix (the index keeps 2- and 3-character prefixes ready)
MIN_PREFIX = 2
#: bm25 weight of a match in a segment's speaker name (a match in its text weighs 1; see the docstring)
SPEAKER_WEIGHT = 0.001
#: the filters a query may hold (`name:value`, any case): the segments_fts column each one searches
FILTERS = {"speaker": "speaker"}
_FILTER = re.compile("(" + "|".join(FILTERS) + "):", re.IGNORECASE)
#: private-use characters that SQLite puts around matches; turned into spans and markers here
_OPEN, _CLOSE = "\ue000", "\ue001"
_CONTROL_TO_SPACE = {code: " " for code in [*range(32), 127]}


@dataclass(frozen=True)
class Term:
    """One part of a query: a word or a phrase (as typed, no FTS5 syntax), maybe a prefix, maybe only
    in one column of the segments' index (a filter such as `speaker:`; None: any column)."""

    text: str
    phrase: bool = False
    prefix: bool = False
    column: str | None = None

    def fts(self) -> str:
        """The term as an FTS5 string: quoted, so that nothing in it is an operator."""
        quoted = '"' + self.text.replace('"', '""') + '"'
        term = quoted + "*" if self.prefix else quoted
        return f"{self.column} : {term}" if self.column else term


class _Raw(NamedTuple):
    """A term as read from the query, before it is checked."""

    text: str
    phrase: bool
    prefix: bool
    closed: bool
    column: str | None


def _last_token(text: str) -> str:
    """The last run of letters and digits (the token a prefix applies to)."""
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    start = end
    while start and text[start - 1].isalnum():
        start -= 1
    return text[start:end]


def _term(raw: _Raw) -> Term | None:
    text = raw.text.strip()
    if not any(ch.isalnum() for ch in text):
        return None  # only punctuation (or a filter with no value): nothing the index could hold
    prefix = raw.prefix and len(_last_token(text)) >= MIN_PREFIX and text[-1:].isalnum()
    return Term(text, phrase=raw.phrase, prefix=prefix, column=raw.column)


def _read_term(query: str, at: int) -> tuple[_Raw, int]:
    """The term that starts at `at` (not a space) and where the query goes on after it."""
    size, column = len(query), None
    found = _FILTER.match(query, at)
    if found:
        column, at = FILTERS[found.group(1).lower()], found.end()
        if at == size or query[at].isspace():
            return _Raw("", False, False, True, column), at  # a filter with no value
    if query[at] == '"':
        end = query.find('"', at + 1)
        closed = end >= 0
        end = end if closed else size
        star = closed and query.startswith("*", end + 1)
        return _Raw(query[at + 1 : end], True, star, closed, column), end + 1 + star
    end = at
    while end < size and not query[end].isspace() and query[end] != '"':
        end += 1
    word = query[at:end]
    stripped = word.rstrip("*")
    return _Raw(stripped, False, stripped != word, True, column), end


def parse_query(query: str, *, prefix_last: bool = False) -> list[Term]:
    """The terms of a query as the user typed it (see the module docstring for the syntax)."""
    query = query.translate(_CONTROL_TO_SPACE)  # a NUL would end the expression early in SQLite
    raw: list[_Raw] = []
    at, size = 0, len(query)
    while at < size:
        if query[at].isspace():
            at += 1
        else:
            term, at = _read_term(query, at)
            raw.append(term)
    if prefix_last and raw and not query[-1].isspace():
        last = raw[-1]
        raw[-1] = last._replace(prefix=last.prefix or not last.closed or not last.phrase)
    terms = (_term(r) for r in raw)
    return [term for term in terms if term is not None]


def _expression(terms: list[Term]) -> str | None:
    return " ".join(term.fts() for term in terms) if terms else None


def match_expression(query: str, *, prefix_last: bool = False) -> str | None:
    """The FTS5 MATCH expression for a user's query (in segments_fts), or None when it has nothing to
    search for."""
    return _expression(parse_query(query, prefix_last=prefix_last))


def title_expression(query: str, *, prefix_last: bool = False) -> str | None:
    """The MATCH expression for a user's query in recordings_fts (titles and notes) and summaries_fts, or
    None when it has nothing to search for there: nothing at all, or a filter (filters keep only
    segments)."""
    terms = parse_query(query, prefix_last=prefix_last)
    return None if any(term.column for term in terms) else _expression(terms)


# the newest `window` matching segments with their bm25 scores (the window FTS5 walks newest first)
_SEGMENT_WINDOW = """
    SELECT rowid, bm25(segments_fts, 1.0, :speaker_weight) FROM segments_fts
    WHERE segments_fts MATCH :q ORDER BY rowid DESC LIMIT :window
"""
_SEGMENT_DETAILS = """
    SELECT s.id, r.id, r.title, r.created_at, s.start, s."end"
    FROM segments s
    JOIN transcripts t ON t.id = s.transcript_id AND t.is_current = 1
    JOIN recordings r ON r.id = t.recording_id AND r.deleted_at IS NULL
    WHERE s.id IN (SELECT value FROM json_each(:ids))
"""
# the best of the newest `window` recordings matching by title or notes
_RECORDING_MATCHES = """
    SELECT rid, score
    FROM (SELECT rowid AS rid, bm25(recordings_fts) AS score FROM recordings_fts
          WHERE recordings_fts MATCH :q ORDER BY rowid DESC LIMIT :window)
    ORDER BY score, rid DESC LIMIT :n OFFSET :offset
"""
# which of the recordings `ids` have a current segment among the segments `window`; the + makes SQLite
# walk those recordings' segments in the (covering) index instead of looking up every segment
_WITH_SEGMENT_HITS = """
    SELECT DISTINCT t.recording_id FROM transcripts t JOIN segments s ON s.transcript_id = t.id
    WHERE t.recording_id IN (SELECT value FROM json_each(:ids)) AND t.is_current = 1
      AND +s.id IN (SELECT value FROM json_each(:window))
"""
_RECORDING_DETAILS = """
    SELECT id, title, created_at FROM recordings
    WHERE id IN (SELECT value FROM json_each(:ids)) AND deleted_at IS NULL
"""
# the newest `window` matching summaries with their scores and recordings (not in the trash)
_SUMMARY_MATCHES = """
    SELECT m.sid, m.score, s.recording_id
    FROM (SELECT rowid AS sid, bm25(summaries_fts) AS score FROM summaries_fts
          WHERE summaries_fts MATCH :q ORDER BY rowid DESC LIMIT :window) m
    JOIN summaries s ON s.id = m.sid
    JOIN recordings r ON r.id = s.recording_id AND r.deleted_at IS NULL
"""
# which of the recordings `ids` match by title or notes
_WITH_TITLE_MATCH = """
    SELECT rowid FROM recordings_fts
    WHERE recordings_fts MATCH :q AND +rowid IN (SELECT value FROM json_each(:ids))
"""
# snippets of the rows `ids`: the range lets FTS5 walk the (at most RANK_WINDOW) matches between them in
# one pass, ~10x faster than a seek for each row; `+rowid IN` only filters
_SNIPPETS = """
    SELECT rowid, snippet({table}, {column}, :open, :close, '…', :tokens){more} FROM {table}
    WHERE {table} MATCH :q AND rowid BETWEEN :low AND :high
      AND +rowid IN (SELECT value FROM json_each(:ids))
"""
# a segment's whole speaker name with its matches marked (NULL: nobody named)
_SPEAKER = ", highlight(segments_fts, 1, :open, :close)"


@dataclass(frozen=True)
class _Candidate:
    """A ranked match before its snippet is made: rowid is the segment's (or, at 0 s, the recording's)."""

    score: float
    created_at: str
    recording_id: int
    title: str
    rowid: int
    start: float = 0.0
    end: float = 0.0
    in_segment: bool = True
    #: a summary hit (rowid is the summary's)
    in_summary: bool = False


def search(
    session: Session, query: str, *, limit: int = 200, offset: int = 0, prefix_last: bool = False
) -> list[SearchHit]:
    """Hits for `query`, best first: one per matching segment of a current transcript of a recording
    not in the trash, one at 0 s per recording matching by title or notes alone, and one at 0 s per
    recording matching by a summary alone. [] when the query has nothing to search for. `limit` and
    `offset` page through the ranked hits (at most RANK_WINDOW of each kind in all)."""
    expression = match_expression(query, prefix_last=prefix_last)
    if expression is None or limit <= 0:
        return []
    offset = max(0, offset)
    wanted = offset + limit
    window = _segment_window(session, expression)
    candidates = _segment_candidates(session, window, wanted)
    in_titles = title_expression(query, prefix_last=prefix_last)
    if in_titles is not None:
        candidates += _recording_candidates(session, in_titles, [sid for sid, _ in window], wanted)
        candidates += _summary_candidates(session, in_titles, [sid for sid, _ in window], wanted)
    page = _rank(candidates)[offset:wanted]
    segments = _segment_snippets(session, expression, [c.rowid for c in page if c.in_segment])
    title_rows = [c.rowid for c in page if not c.in_segment and not c.in_summary]
    titles = _title_snippets(session, in_titles, title_rows) if in_titles else {}
    summary_rows = [c.rowid for c in page if c.in_summary]
    summaries = _snippets(session, "summaries_fts", 0, in_titles, summary_rows) if in_titles else {}
    hits = []
    for candidate in page:
        speaker: str | None = None
        speaker_spans: tuple[tuple[int, int], ...] = ()
        if candidate.in_segment:
            source = "transcript"
            excerpt, spans, speaker, speaker_spans = segments.get(candidate.rowid, ("", (), None, ()))
        elif candidate.in_summary:
            source = "summary"
            excerpt, spans = summaries.get(candidate.rowid, ("", ()))
        else:
            source, excerpt, spans = titles.get(candidate.rowid, ("title", candidate.title, ()))
        hits.append(
            SearchHit(
                id=candidate.recording_id,
                title=candidate.title,
                start=float(candidate.start),
                snippet=mark(excerpt, spans),
                end=float(candidate.end),
                text=excerpt,
                spans=spans,
                rank=float(candidate.score),
                source=source,
                speaker=speaker,
                speaker_spans=speaker_spans,
            )
        )
    return hits


def count_hits(session: Session, query: str, *, prefix_last: bool = False) -> int:
    """How many hits `query` has in the whole library: every matching segment (not only the ranked
    window), plus the recordings listed by title or notes, plus those listed by a summary (among the
    newest RANK_WINDOW matching summaries). Exact when at most TITLE_BATCH recordings match by title or
    notes; beyond that, those that also match in a segment are counted twice."""
    expression = match_expression(query, prefix_last=prefix_last)
    if expression is None:
        return 0
    segments = _rows(session, "SELECT count(*) FROM segments_fts WHERE segments_fts MATCH :q", q=expression)
    in_titles = title_expression(query, prefix_last=prefix_last)
    if in_titles is None:
        return segments[0][0]
    titles = _rows(session, "SELECT count(*) FROM recordings_fts WHERE recordings_fts MATCH :q", q=in_titles)
    by_title = titles[0][0]
    in_summaries = _rows(
        session, "SELECT 1 FROM summaries_fts WHERE summaries_fts MATCH :q LIMIT 1", q=in_titles
    )
    window_ids = []
    if 0 < by_title <= TITLE_BATCH or in_summaries:
        window_ids = [sid for sid, _ in _segment_window(session, expression)]
    if 0 < by_title <= TITLE_BATCH:
        by_title = len(_title_only_matches(session, in_titles, window_ids, TITLE_BATCH))
    by_summary = len(_summary_only_matches(session, in_titles, window_ids)) if in_summaries else 0
    return segments[0][0] + by_title + by_summary


def _segment_window(session: Session, expression: str) -> list[tuple[int, float]]:
    """(segment ID, bm25 score) of the newest RANK_WINDOW matching segments."""
    return _rows(session, _SEGMENT_WINDOW, q=expression, window=RANK_WINDOW, speaker_weight=SPEAKER_WEIGHT)


def _rows(session: Session, sql: str, **params: object) -> list[tuple]:
    """Run SQL on the session's own connection (in its transaction) without SQLAlchemy's per-row cost:
    a window has thousands of rows."""
    cursor = session.connection().connection.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:  # as SQLAlchemy would raise it (the library reports those)
        raise OperationalError(sql, params, exc) from exc
    finally:
        cursor.close()


def _ids(ids: list[int]) -> str:
    return json.dumps(ids)


def _rank(candidates: list[_Candidate]) -> list[_Candidate]:
    """Best bm25 first (lowest score); ties: newest recording first, then earliest in the recording."""
    candidates.sort(key=lambda c: c.start)
    candidates.sort(key=lambda c: (c.created_at, c.recording_id), reverse=True)  # stable: keeps start order
    candidates.sort(key=lambda c: c.score)
    return candidates


def _segment_candidates(session: Session, window: list[tuple[int, float]], wanted: int) -> list[_Candidate]:
    """The best `wanted` of the window (ties: newest segment) with their recordings."""
    best = dict(sorted(window, key=lambda row: (row[1], -row[0]))[:wanted])
    if not best:
        return []
    rows = _rows(session, _SEGMENT_DETAILS, ids=_ids(list(best)))
    return [
        _Candidate(best[sid], str(created), rid, title, sid, start, end)
        for sid, rid, title, created, start, end in rows
    ]


def _title_only_matches(
    session: Session, expression: str, window: list[int], wanted: int
) -> list[tuple[int, float]]:
    """(recording ID, score) of the best `wanted` recordings matching by title or notes but not by a
    segment in `window`. Looks at the best matches in batches, so that a common word in thousands of
    titles costs no more than one batch."""
    batch = max(wanted, TITLE_BATCH)
    window_ids = _ids(window)
    found: list[tuple[int, float]] = []
    for offset in range(0, RANK_WINDOW, batch):
        part = _rows(session, _RECORDING_MATCHES, q=expression, window=RANK_WINDOW, n=batch, offset=offset)
        if not part:
            break
        ids = _ids([rid for rid, _ in part])
        with_segments = {row[0] for row in _rows(session, _WITH_SEGMENT_HITS, ids=ids, window=window_ids)}
        found += [(rid, score) for rid, score in part if rid not in with_segments]
        if len(found) >= wanted or len(part) < batch:
            break
    return found[:wanted]


def _recording_candidates(
    session: Session, expression: str, window: list[int], wanted: int
) -> list[_Candidate]:
    best = dict(_title_only_matches(session, expression, window, wanted))
    if not best:
        return []
    rows = _rows(session, _RECORDING_DETAILS, ids=_ids(list(best)))
    return [
        _Candidate(best[rid], str(created), rid, title, rid, in_segment=False) for rid, title, created in rows
    ]


def _summary_only_matches(
    session: Session, expression: str, window: list[int]
) -> list[tuple[int, int, float]]:
    """(recording ID, its best summary's ID, that one's score) of each recording not in the trash that
    matches by a summary among the newest RANK_WINDOW matching ones, but neither by a segment in
    `window` nor by title or notes; best first."""
    best: dict[int, tuple[float, int]] = {}
    for sid, score, rid in _rows(session, _SUMMARY_MATCHES, q=expression, window=RANK_WINDOW):
        if rid not in best or (score, -sid) < (best[rid][0], -best[rid][1]):
            best[rid] = (score, sid)
    if not best:
        return []
    ids = _ids(list(best))
    taken = {row[0] for row in _rows(session, _WITH_SEGMENT_HITS, ids=ids, window=_ids(window))}
    taken |= {row[0] for row in _rows(session, _WITH_TITLE_MATCH, q=expression, ids=ids)}
    found = [(rid, sid, score) for rid, (score, sid) in best.items() if rid not in taken]
    return sorted(found, key=lambda item: (item[2], -item[1]))


def _summary_candidates(
    session: Session, expression: str, window: list[int], wanted: int
) -> list[_Candidate]:
    best = {
        rid: (sid, score) for rid, sid, score in _summary_only_matches(session, expression, window)[:wanted]
    }
    if not best:
        return []
    rows = _rows(session, _RECORDING_DETAILS, ids=_ids(list(best)))
    return [
        _Candidate(best[rid][1], str(created), rid, title, best[rid][0], in_segment=False, in_summary=True)
        for rid, title, created in rows
    ]


def _marked(
    session: Session, table: str, column: int, expression: str, rowids: list[int], more: str = ""
) -> list[tuple]:
    """(rowid, snippet, *more) of each row, the matches between private-use markers."""
    if not rowids:
        return []
    return _rows(
        session,
        _SNIPPETS.format(table=table, column=column, more=more),
        open=_OPEN,
        close=_CLOSE,
        tokens=SNIPPET_TOKENS,
        q=expression,
        low=min(rowids),
        high=max(rowids),
        ids=_ids(rowids),
    )


def _snippets(
    session: Session, table: str, column: int, expression: str, rowids: list[int]
) -> dict[int, tuple[str, tuple[tuple[int, int], ...]]]:
    """The snippet of each row with the matches marked: {rowid: (text, spans of the matches)}."""
    rows = _marked(session, table, column, expression, rowids)
    return {rowid: split_marks(marked or "") for rowid, marked in rows}


def _segment_snippets(
    session: Session, expression: str, rowids: list[int]
) -> dict[int, tuple[str, tuple[tuple[int, int], ...], str | None, tuple[tuple[int, int], ...]]]:
    """{segment ID: (snippet of the text, its spans, the speaker or None, the spans in the speaker)}."""
    found = {}
    for rowid, marked, name in _marked(session, "segments_fts", 0, expression, rowids, _SPEAKER):
        speaker, speaker_spans = split_marks(name or "")
        found[rowid] = (*split_marks(marked or ""), speaker or None, speaker_spans)
    return found


def _title_snippets(
    session: Session, expression: str, rowids: list[int]
) -> dict[int, tuple[str, str, tuple[tuple[int, int], ...]]]:
    """{recording ID: (source, text, spans)}: the title with its matches marked if it has any, else
    the snippet of the notes."""
    titles = _snippets(session, "recordings_fts", 0, expression, rowids)
    in_notes = [rowid for rowid in rowids if not titles.get(rowid, ("", ()))[1]]
    notes = _snippets(session, "recordings_fts", 1, expression, in_notes)
    found: dict[int, tuple[str, str, tuple[tuple[int, int], ...]]] = {}
    for rowid in rowids:
        if rowid in notes:
            found[rowid] = ("notes", *notes[rowid])
        elif rowid in titles:
            found[rowid] = ("title", *titles[rowid])
    return found


def split_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Text with private-use match markers → (plain text, (start, end) of each match in it)."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length, opened = 0, None
    for char in marked:
        if char == _OPEN:
            opened = length
        elif char == _CLOSE:
            if opened is not None:
                spans.append((opened, length))
            opened = None
        else:
            plain.append(char)
            length += 1
    return "".join(plain), tuple(spans)


def mark(excerpt: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The excerpt with each match between « and » (the snippet of the CLI and of SearchHit.snippet)."""
    out, at = [], 0
    for start, end in spans:
        out += [excerpt[at:start], "«", excerpt[start:end], "»"]
        at = end
    out.append(excerpt[at:])
    return "".join(out)
