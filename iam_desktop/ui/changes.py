"""One notification for every view: "the library changed (which recordings, what of them)".

An operation that writes to the library says what it changed (`Operation.changes`); after it succeeds the
window's one `ChangeBus` tells every view, and each view decides whether it must reload. No widget calls
another widget's `refresh()`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Kind(StrEnum):
    """What part of the library changed."""

    #: recordings added, removed, restored, renamed, retitled, tagged (what the library list shows)
    RECORDINGS = "recordings"
    #: the text, speakers or timing of a transcript (what the transcript pane and search show)
    TRANSCRIPT = "transcript"
    #: jobs queued, removed or retried (what the jobs panel shows)
    JOBS = "jobs"
    #: the glossary
    VOCABULARY = "vocabulary"
    #: the watched folders
    WATCH = "watch"
    #: a recording's summaries (made, edited, deleted)
    SUMMARIES = "summaries"


@dataclass(frozen=True)
class Change:
    """What an operation changed.

    Attributes:
        kinds: the parts of the library that changed.
        ids: the recordings concerned; empty means "any" (reload all).
        source: the object that made the change and already shows it (it need not reload), or None.
    """

    kinds: frozenset[Kind]
    ids: frozenset[int] = frozenset()
    source: object | None = field(default=None, compare=False)

    @classmethod
    def of(cls, *kinds: Kind, ids: Iterable[int] = (), source: object | None = None) -> Change:
        return cls(frozenset(kinds), frozenset(ids), source)

    def touches(self, kind: Kind, recording_id: int | None = None) -> bool:
        """Whether this change concerns `kind` (of the recording `recording_id`, if given)."""
        if kind not in self.kinds:
            return False
        return recording_id is None or not self.ids or recording_id in self.ids


class ChangeBus(QObject):
    """The window's one channel of library changes. Publish on the GUI thread only.

    Signals:
        changed: a Change, after an operation that changed the library succeeded.
    """

    #: the Change that was made
    changed = Signal(object)

    def publish(self, change: Change) -> None:
        self.changed.emit(change)
