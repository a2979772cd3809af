"""The transcript review pane: header, playback bar, find/replace bar and the editable segments table.

Every edit goes straight to the library (`library.edits`) as one command on the pane's undo stack (one
stack per recording: it is cleared when another recording is shown), so every export sees it at once.
The recording's audio is loaded into the Player in the background; while it plays, the segment being
heard is shaded and kept in view (unless a cell is being edited) and the word being heard is shown.
The words the engine was unsure of are underlined (word_delegate); F8 / Shift+F8 go to the next / previous
one, cue the player there and leave the table ready for F2.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from iam_desktop.audio.player import Player
from iam_desktop.confidence import Position, next_uncertain, uncertain_words
from iam_desktop.errors import IamError
from iam_desktop.languages import language_label
from iam_desktop.library.library import Library
from iam_desktop.library.records import EditResult
from iam_desktop.timefmt import clock
from iam_desktop.transcript import Segment, Transcript
from iam_desktop.ui.edit_commands import EditCommand, NudgeCommand, RestoreCommand, perform
from iam_desktop.ui.find_replace import FindReplaceBar, Match, find_matches, next_match
from iam_desktop.ui.playback_bar import SKIP_SECONDS, PlaybackBar
from iam_desktop.ui.segment_table import SegmentTable
from iam_desktop.ui.transcript_model import TEXT, TIME, SegmentModel, word_index_at, word_spans

NUDGE_SECONDS = 0.1
#: the header's count of unsure words: the amber of their underline, darkened to read as text on a light
#: window, as it is on a dark one
UNSURE_TEXT_COLOR = "#a86400"
UNSURE_TEXT_COLOR_ON_DARK = "#e68c00"


def middle_split(text: str) -> int | None:
    """Where to split `text` when no place was chosen: the start of the word nearest its middle."""
    starts = [m.start() for m in re.finditer(r"\S+", text)][1:]
    return min(starts, key=lambda at: abs(at - len(text) / 2), default=None)


class TranscriptView(QWidget):
    """Shows one recording's transcript for review: edit, play along, find and replace.

    Attributes: header, playback (PlaybackBar), find_bar (FindReplaceBar), table (SegmentTable), model
    (SegmentModel), undo_stack, and the actions (see edit_actions() and playback_actions()).

    Signals:
        transcript_changed: (recording ID) an edit, undo or redo changed the stored transcript.
        notice: (message) something to tell the user in passing (an edit that cannot be made…).
    """

    transcript_changed = Signal(int)
    notice = Signal(str)

    def __init__(self, library: Library, player: Player | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._recording_id: int | None = None
        self._transcript: Transcript | None = None
        self._edited = False
        self._match: tuple[int, int, int] | None = None  # row, offset, length of the match shown
        self._unsure_cursor: Position | None = None  # the word F8 goes on from (None: the selected row)
        self.header = QLabel("Drop audio or video files here, or use “Add files…”.")
        self.header.setObjectName("transcriptHeader")
        self.header.setWordWrap(True)
        self.playback = PlaybackBar(player)
        self.find_bar = FindReplaceBar()
        self.model = SegmentModel(self)
        self.table = SegmentTable(self.model, self.speakers)
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.header, self.playback, self.find_bar, self.table):
            layout.addWidget(widget)
        self._make_actions()

        self.model.text_edited.connect(self.edit_text)
        self.model.speaker_edited.connect(self._speaker_edited)
        self.table.clicked.connect(self._clicked)
        self.table.word_clicked.connect(self._word_clicked)
        self.table.toggle_requested.connect(self.playback.toggle)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.selectionModel().currentRowChanged.connect(self._row_moved)
        self.playback.position_changed.connect(self._follow)
        self.find_bar.find_requested.connect(self.find)
        self.find_bar.replace_requested.connect(self.replace_current)
        self.find_bar.replace_all_requested.connect(self.replace_all)
        self.find_bar.closed.connect(self.table.setFocus)
        self._update_actions()

    # --- actions --------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | QKeySequence = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        self.split_action = self._action("Split segment", self.split, "Ctrl+K")
        self.split_action.setToolTip("Split at the text cursor while editing, else at the middle word")
        self.merge_action = self._action("Merge with next", self.merge, "Ctrl+J")
        n = NUDGE_SECONDS
        self.nudge_actions = [
            self._action("Start 0.1 s earlier", lambda: self.nudge(-n, 0.0), "Alt+Left"),
            self._action("Start 0.1 s later", lambda: self.nudge(n, 0.0), "Alt+Right"),
            self._action("End 0.1 s earlier", lambda: self.nudge(0.0, -n), "Shift+Alt+Left"),
            self._action("End 0.1 s later", lambda: self.nudge(0.0, n), "Shift+Alt+Right"),
        ]
        self.speaker_action = self._action("Set speaker…", self.set_speaker, "Ctrl+Shift+S")
        self.rename_speaker_action = self._action("Rename speaker…", self.rename_speaker)
        self.find_action = self._action("Find…", lambda: self.find_bar.open(), QKeySequence.StandardKey.Find)
        self.replace_action = self._action(
            "Find and replace…", lambda: self.find_bar.open(replace=True), "Ctrl+H"
        )
        self.next_unsure_action = self._action("Next unsure word", self.next_unsure, "F8")
        self.next_unsure_action.setToolTip("Go to the next word the engine was unsure of (underlined)")
        self.previous_unsure_action = self._action(
            "Previous unsure word", lambda: self.next_unsure(backwards=True), "Shift+F8"
        )
        self.restore_action = self._action("Restore original transcript…", self.restore_original)
        self.play_action = self._action("Play / pause", self.playback.toggle, "Ctrl+Space")
        self.play_here_action = self._action("Play from here", self.play_from, "Ctrl+Return")
        self.back_action = self._action("Back 5 s", lambda: self.playback.skip(-SKIP_SECONDS), "Ctrl+Left")
        self.forward_action = self._action(
            "Forward 5 s", lambda: self.playback.skip(SKIP_SECONDS), "Ctrl+Right"
        )

    def edit_actions(self) -> list[QAction | None]:
        """The actions for an Edit menu, in order (None: a separator)."""
        return [
            self.undo_action, self.redo_action, None, self.split_action, self.merge_action,
            *self.nudge_actions, None, self.speaker_action, self.rename_speaker_action, None,
            self.find_action, self.replace_action, self.next_unsure_action, self.previous_unsure_action, None,
            self.restore_action,
        ]  # fmt: skip

    def playback_actions(self) -> list[QAction]:
        """The actions for a Playback menu, in order."""
        return [self.play_action, self.play_here_action, self.back_action, self.forward_action]

    def _update_actions(self) -> None:
        shown = self._recording_id is not None
        rows = self.table.selected_rows() if shown else []
        for action in (self.split_action, self.speaker_action, *self.nudge_actions):
            action.setEnabled(bool(rows))
        self.merge_action.setEnabled(bool(rows) and rows[0] + 1 < self.model.rowCount())
        self.rename_speaker_action.setEnabled(shown and bool(self.speakers()))
        self.find_action.setEnabled(shown)
        self.replace_action.setEnabled(shown)
        self.next_unsure_action.setEnabled(shown)
        self.previous_unsure_action.setEnabled(shown)
        self.restore_action.setEnabled(shown and self._edited)
        self.play_here_action.setEnabled(bool(rows))

    # --- what is shown --------------------------------------------------------------------------

    @property
    def recording_id(self) -> int | None:
        """The recording whose transcript is shown (None: a message is shown)."""
        return self._recording_id

    def show_message(self, title: str, message: str) -> None:
        """No transcript to show: say why (still transcribing, failed, empty library…)."""
        self.header.setText(f"<b>{title}</b><br>{message}")
        self._recording_id, self._transcript, self._edited, self._match = None, None, False, None
        self.table.discard_editor()
        self.model.set_segments([], reset=True)
        self.undo_stack.clear()
        self.playback.unload()
        self.find_bar.close_bar()
        self._update_actions()

    def show_transcript(self, transcript: Transcript) -> None:
        """Show `transcript` (of transcript.recording_id); a different recording stops playback, clears
        the undo history and loads its audio in the background."""
        rid = transcript.recording_id
        switched = rid is None or rid != self._recording_id
        if switched or transcript.segments != self.model.segments():  # changed elsewhere: stale history
            self.undo_stack.clear()
        if switched:
            self.table.discard_editor()
            self._unsure_cursor = None
            library = self._library
            self.playback.load(lambda: library.audio_file(rid) if rid is not None else None)
        self._recording_id, self._transcript, self._edited = rid, transcript, transcript.edited
        self._match = None
        self.model.set_segments(transcript.segments, reset=switched)
        self._update_header()
        self._update_actions()

    def _update_header(self) -> None:
        t = self._transcript
        if t is None:
            return
        details = f"{clock(t.duration)} · {t.engine} {t.model}"
        if t.language:
            details += f" · {language_label(t.language, t.language_probability)}"
        if self._edited:
            details += " · <i>edited</i> (the original is kept)"
        unsure = len(self.unsure_positions())
        if unsure:
            words = f"{unsure} unsure word{'s' if unsure != 1 else ''}"
            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            color = UNSURE_TEXT_COLOR_ON_DARK if dark else UNSURE_TEXT_COLOR
            details += f" · <span style='color:{color}'>{words}</span> — F8"
        text = f"<b>{t.title}</b><br>{details}"
        if not self.model.rowCount():
            text += "<br><i>No speech was found in this recording.</i>"
        self.header.setText(text)

    def segment_texts(self) -> list[str]:
        """The texts shown, in order (what the user reads)."""
        return [seg.text for seg in self.model.segments()]

    def speakers(self) -> list[str]:
        """The speakers named in the shown transcript, in order of first appearance."""
        return list(dict.fromkeys(s.speaker for s in self.model.segments() if s.speaker))

    def scroll_to(self, seconds: float) -> None:
        """Select and show the segment that holds (or precedes) the moment `seconds`."""
        row = self.model.row_at(seconds)
        if row >= 0:
            self.table.select_row(row, center=True)

    def cue(self, seconds: float) -> None:
        """Show the segment at `seconds` and move playback there (once the audio is loaded)."""
        self.scroll_to(seconds)
        self.playback.seek(seconds)

    # --- edits ----------------------------------------------------------------------------------

    def _edit(
        self,
        label: str,
        edit: Callable[[], EditResult],
        kind: type[EditCommand] = EditCommand,
        **extra: object,
    ) -> EditResult | None:
        """Make one undoable edit of the shown recording; an edit that cannot be made is reported."""
        rid = self._recording_id
        if rid is None:
            return None
        try:
            return perform(
                self.undo_stack, self._library.edits, rid, label, edit, self._refresh, self._report,
                kind=kind, **extra,
            )  # fmt: skip
        except IamError as exc:
            self._report(exc)
            return None

    def _refresh(self, segments: list[Segment]) -> None:
        """Show the segments now stored (after an edit, undo or redo)."""
        rid = self._recording_id
        if rid is None:
            return
        self.model.set_segments(segments)
        self._match = None
        self._edited = self._library.edits.is_edited(rid)
        self._update_header()
        self._update_actions()
        self.transcript_changed.emit(rid)

    def _report(self, error: IamError) -> None:
        self.notice.emit(str(error))

    def _current_row(self) -> int | None:
        rows = self.table.selected_rows()
        return rows[0] if rows else None

    def edit_text(self, row: int, text: str) -> None:
        """Give segment `row` the text `text`."""
        edits, rid = self._library.edits, self._recording_id
        self._edit("Edit text", lambda: edits.edit_text(rid, row, text))

    def split(self, row: int | None = None, at_char: int | None = None) -> None:
        """Split segment `row` before character `at_char`. By default: the row being edited at its text
        cursor (what was typed is kept), else the selected row at its middle word."""
        edits, rid = self._library.edits, self._recording_id
        open_editor = self.table.text_editor() if row is None else None
        typed: str | None = None
        if open_editor is not None:
            row, editor = open_editor
            typed, at_char = editor.text(), editor.cursorPosition()
            self.table.discard_editor()
            if typed == self.model.segment(row).text:
                typed = None
        row = self._current_row() if row is None else row
        if row is None or rid is None:
            return
        text = self.model.segment(row).text if typed is None else typed
        at = middle_split(text) if at_char is None else at_char
        if at is None:
            self.notice.emit("This segment has only one word: there is nowhere to split it.")
            return
        if typed is not None:  # what was typed and the split: one undo step
            self.undo_stack.beginMacro("Split segment")
            self.edit_text(row, typed)
        done = self._edit("Split segment", lambda: edits.split(rid, row, at)) is not None
        if typed is not None:
            self.undo_stack.endMacro()
        if done:
            self.table.select_row(row)

    def merge(self, row: int | None = None) -> None:
        """Join segment `row` (default: the selected one) with the next; with several rows selected, join
        them all into the first."""
        edits, rid = self._library.edits, self._recording_id
        rows = [row] if row is not None else self.table.selected_rows()
        if not rows:
            return
        first, times = rows[0], max(1, rows[-1] - rows[0])
        if times > 1:
            self.undo_stack.beginMacro("Merge segments")
        for _ in range(times):
            if self._edit("Merge segments", lambda: edits.merge(rid, first)) is None:
                break
        if times > 1:
            self.undo_stack.endMacro()
        self.table.select_row(first)

    def nudge(self, start_delta: float, end_delta: float, row: int | None = None) -> None:
        """Move the start and/or end of segment `row` (default: the selected one) by these seconds."""
        edits, rid = self._library.edits, self._recording_id
        row = self._current_row() if row is None else row
        if row is None:
            return
        self._edit(
            "Nudge segment",
            lambda: edits.nudge(rid, row, start_delta, end_delta),
            NudgeCommand,
            position=row,
        )

    def set_speaker(self, name: str | None = None, rows: list[int] | None = None) -> None:
        """Name the speaker of `rows` (default: the selected ones); asks for the name if not given
        ("" removes it)."""
        edits, rid = self._library.edits, self._recording_id
        rows = self.table.selected_rows() if rows is None else rows
        if not rows or rid is None:
            return
        if name is None:
            current = self.model.segment(rows[0]).speaker or ""
            choices = self.speakers() or [""]
            name, ok = QInputDialog.getItem(
                self, "Set speaker", "Who speaks here? (empty: nobody named)", choices,
                choices.index(current) if current in choices else 0, True,
            )  # fmt: skip
            if not ok:
                return
        self._edit("Set speaker", lambda: edits.set_speaker(rid, rows, name))

    def _speaker_edited(self, row: int, name: str) -> None:
        rows = self.table.selected_rows()
        self.set_speaker(name, rows if row in rows else [row])

    def rename_speaker(self, old: str | None = None, new: str | None = None) -> None:
        """Rename a speaker everywhere in the transcript; asks which and to what if not given."""
        edits, rid = self._library.edits, self._recording_id
        speakers = self.speakers()
        if rid is None or not speakers:
            return
        if old is None:
            row = self._current_row()
            current = self.model.segment(row).speaker if row is not None else None
            old, ok = QInputDialog.getItem(
                self, "Rename speaker", "Speaker:", speakers,
                speakers.index(current) if current in speakers else 0, False,
            )  # fmt: skip
            if not ok:
                return
        if new is None:
            new, ok = QInputDialog.getText(self, "Rename speaker", f"New name for {old}:", text=old)
            if not ok:
                return
        self._edit("Rename speaker", lambda: edits.rename_speaker(rid, old, new))

    def restore_original(self, confirm: bool = True) -> None:
        """Go back to the machine transcript (after asking, with `confirm`); can be undone."""
        edits, rid = self._library.edits, self._recording_id
        if rid is None or not self._edited:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                "Restore original transcript",
                "Discard your edits of this transcript and go back to the original one?\n"
                "(Edit ▸ Undo brings them back.)",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._edit("Restore original", lambda: edits.restore_original(rid), RestoreCommand)

    # --- find and replace -----------------------------------------------------------------------

    def _matches(self) -> list[Match]:
        return find_matches(self.segment_texts(), self.find_bar.needle, self.find_bar.case_sensitive)

    def find(self, backward: bool = False) -> Match | None:
        """Select the segment of the next (or previous) match of the find bar's text; returns the match."""
        matches = self._matches()
        if self._match is not None:
            row, offset, _length = self._match
            cursor = (row, offset) if backward else (row, offset + 1)
        else:
            current = self._current_row()
            cursor = (current or 0, 0)
        found = next_match(matches, cursor, backward)
        if found is None:
            self._match = None
            self.find_bar.set_status("Not found" if self.find_bar.needle else "")
            return None
        row, offset = matches[found]
        self._match = (row, offset, len(self.find_bar.needle))
        self.find_bar.set_status(f"{found + 1} of {len(matches)}")
        self.table.select_row(row, center=True)
        return row, offset

    def replace_current(self) -> None:
        """Replace the match shown (finding one first if none is) and go to the next one."""
        needle, replacement = self.find_bar.needle, self.find_bar.replacement
        if self._match is None and self.find() is None:
            return
        assert self._match is not None
        row, offset, length = self._match
        text = self.model.segment(row).text
        part = text[offset : offset + length]
        same = part == needle if self.find_bar.case_sensitive else part.casefold() == needle.casefold()
        if same:
            self.edit_text(row, text[:offset] + replacement + text[offset + length :])
            self._match = (row, offset + len(replacement) - 1, 0)  # the next match comes after it
        self.find()

    def replace_all(self) -> None:
        """Replace every match of the find bar's text, as one undoable edit."""
        edits, rid = self._library.edits, self._recording_id
        needle, replacement, case = (
            self.find_bar.needle,
            self.find_bar.replacement,
            self.find_bar.case_sensitive,
        )
        result = self._edit("Replace all", lambda: edits.replace_all(rid, needle, replacement, case))
        if result is not None:
            self.find_bar.set_status(f"Replaced {result.count}")
            self.notice.emit(f"Replaced {result.count} occurrence(s) of “{needle}”.")

    # --- playback -------------------------------------------------------------------------------

    def play_from(self, row: int | None = None) -> None:
        """Play from the start of segment `row` (default: the selected one)."""
        row = self._current_row() if row is None else row
        if row is None:
            return
        self.playback.seek(self.model.segment(row).start)
        self.playback.play()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == TIME:
            self.playback.seek(self.model.segment(index.row()).start)

    def _word_clicked(self, row: int, word: int) -> None:
        """A click on a timed word of a segment's text: play on from that word."""
        words = self.model.segment(row).words
        if 0 <= word < len(words):
            self.playback.seek(words[word].start)
            self._unsure_cursor = (row, word)

    def _follow(self, seconds: float) -> None:
        """Shade the segment being heard, mark and show its word, keep it in view while playing."""
        row = self.model.row_at(seconds)
        segment = self.model.segment(row) if row >= 0 else None
        word = word_index_at(segment, seconds) if segment is not None else -1
        self.playback.word_label.setText(segment.words[word].text.strip() if segment and word >= 0 else "")
        self.model.set_current_word(row, word)
        if word >= 0 and self.playback.playing:
            self._unsure_cursor = (row, word)  # F8 goes on from what is being heard
        if row == self.model.playing_row:
            return
        self.model.set_playing_row(row)
        if row >= 0 and self.playback.playing and not self.table.editing():
            self.table.scrollTo(self.model.index(row, TEXT))

    # --- unsure words ---------------------------------------------------------------------------

    def unsure_positions(self) -> list[Position]:
        """(row, word index) of every word the engine was unsure of that is still in the text shown."""
        segments = self.model.segments()
        return [(row, n) for row, n in uncertain_words(segments) if word_spans(segments[row])[n] is not None]

    def next_unsure(self, backwards: bool = False) -> Position | None:
        """Go to the next (previous) unsure word after the word last gone to, clicked or heard (else from
        the selected row): select its segment, mark the word, cue the player at its start (playing on if
        it was playing) and give the table the focus, so F2 edits it. Wraps around; says where it is. What
        is being typed in a segment is kept (stored first), as when moving to another row."""
        open_editor = self.table.text_editor()
        if open_editor is not None:
            typed_row, typed = open_editor[0], open_editor[1].text()
            self.table.discard_editor()
            if typed.strip() and typed != self.model.segment(typed_row).text:
                self.edit_text(typed_row, typed)
        positions = self.unsure_positions()
        if not positions:
            if self._recording_id is not None:
                self.notice.emit("No unsure words in this transcript.")
            return None
        row = self._current_row()
        if self._unsure_cursor is not None:
            current: Position | None = self._unsure_cursor
        elif row is not None:
            current = (row, len(self.model.segment(row).words)) if backwards else (row, -1)
        else:
            current = None
        found = next_uncertain(positions, current, backwards)
        assert found is not None
        at, wrapped = found
        row, n = positions[at]
        self.table.select_row(row)
        word = self.model.segment(row).words[n]
        self.playback.seek(word.start)
        self.model.set_current_word(row, n)  # the seek may land a hair before it, on the word before
        self._unsure_cursor = (row, n)
        self.table.setFocus()
        where = f"Unsure word {at + 1} of {len(positions)}: “{word.text.strip()}” ({word.probability:.0%})"
        if wrapped:
            where = ("Back at the end — " if backwards else "Back at the top — ") + where
        self.notice.emit(where + " — Space plays, F2 corrects.")
        return row, n

    def _row_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The user moved to another row: F8 goes on from there, not from the word gone to before."""
        if self._unsure_cursor is not None and current.row() != self._unsure_cursor[0]:
            self._unsure_cursor = None
