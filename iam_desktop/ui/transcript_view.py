"""The transcript review pane: header, playback bar, find/replace bar and the editable segments table.

Every edit is shown at once and stored in the background, in order, as one command on the pane's undo
stack (transcript_editing); the window's ChangeBus hears of it, and the pane reads its recording again when
another part of the app changed it. The recording's audio is loaded into the Player in the background;
while it plays the pane follows it (transcript_playalong). The transcript reads as a document
(segment_table, word_delegate): edited in place (segment_editor), the words the engine was unsure of
underlined (F8 / Shift+F8 go to the next / previous one), the matches of Find and of the library search
that opened the recording marked in the text (transcript_find; mark_query).

Above the text the speakers bar (speaker_bar) gives each speaker's talk time and share, each in their
colour (speaker_colours); choosing one shows only their segments (the table's speaker filter: Find, F8 and
a search hit going to another speaker's segment show everyone again), and its context menu renames a
speaker everywhere or merges it into another (rename_speaker, merge_speaker).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QVBoxLayout, QWidget
from shiboken6 import isValid

from iam_desktop.audio.player import Player
from iam_desktop.confidence import Position
from iam_desktop.library.library import Library
from iam_desktop.transcript import Transcript
from iam_desktop.ui.changes import ChangeBus
from iam_desktop.ui.edit_commands import NudgeCommand, Shown
from iam_desktop.ui.find_replace import FindReplaceBar
from iam_desktop.ui.i18n import format_clock, format_number, spoken_language_name, translate
from iam_desktop.ui.overview_marks import OverviewMarks
from iam_desktop.ui.playback_bar import SKIP_SECONDS, PlaybackBar
from iam_desktop.ui.segment_table import NO_SPEAKER, SegmentTable
from iam_desktop.ui.speaker_bar import SpeakerBar
from iam_desktop.ui.theme import Role, css
from iam_desktop.ui.transcript_editing import TranscriptEditing
from iam_desktop.ui.transcript_find import TranscriptSearch
from iam_desktop.ui.transcript_model import SegmentModel, word_spans
from iam_desktop.ui.transcript_playalong import PlayAlong
from iam_desktop.ui.waveform_overview import WaveformOverview

Shortcut = str | QKeySequence | QKeySequence.StandardKey
NUDGE_SECONDS = 0.1
#: the engine as the header names it (English; translated where shown)
ENGINE_NAMES = {"local": QT_TRANSLATE_NOOP("transcript_view", "Offline"), "openai": "OpenAI"}


def middle_split(text: str) -> int | None:
    """Where to split `text` when no place was chosen: the start of the word nearest its middle."""
    starts = [m.start() for m in re.finditer(r"\S+", text)][1:]
    return min(starts, key=lambda at: abs(at - len(text) / 2), default=None)


class TranscriptView(QWidget):
    """Shows one recording's transcript for review: edit, play along, find and replace.

    Attributes: header, playback (PlaybackBar), find_bar (FindReplaceBar), search (TranscriptSearch),
    speaker_bar (SpeakerBar), table (SegmentTable), model (SegmentModel), play_along (PlayAlong), editing
    (TranscriptEditing; its undo_stack and writes also as attributes), and the actions (see edit_actions()
    and playback_actions()).

    Signals:
        notice: (message) something to tell the user in passing (an edit that cannot be made…).
    """

    #: (message) a passing remark for the status bar
    notice = Signal(str)

    def __init__(
        self, library: Library, player: Player | None = None, parent: QWidget | None = None, *,
        bus: ChangeBus | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._library = library
        self._transcript: Transcript | None = None
        self.header = QLabel(
            translate("transcript_view", "Drop audio or video files here, or use “Add files…”.")
        )
        self.header.setObjectName("transcriptHeader")
        self.header.setWordWrap(True)
        self.header.setContentsMargins(6, 4, 6, 4)
        self.playback = PlaybackBar(player)
        self.find_bar = FindReplaceBar()
        self.speaker_bar = SpeakerBar()
        self.model = SegmentModel(self)
        self.table = SegmentTable(self.model)
        self.play_along = PlayAlong(self.model, self.table, self.playback, self.notice.emit)
        self.search = TranscriptSearch(
            self.find_bar, self.table, self.segment_texts, self.edit_text, self._replace
        )
        self.editing = TranscriptEditing(self, library, bus, self.model)
        self.undo_stack, self.writes = self.editing.undo_stack, self.editing.writes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.overview = WaveformOverview()  # the picture of the whole recording, above the text
        OverviewMarks(self.model, self.overview)  # (kept alive by the overview, its parent)
        self.playback.position_changed.connect(self.overview.set_position)
        self.overview.seek_requested.connect(self.playback.seek)
        parts = (self.header, self.overview, self.playback, self.find_bar, self.speaker_bar, self.table)
        for widget in parts:
            layout.addWidget(widget)
        self._make_actions()

        self.model.text_edited.connect(self.edit_text)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.playback.loaded.connect(self._update_actions)
        self.playback.playing_changed.connect(self._playing_changed)
        self.undo_stack.indexChanged.connect(self._stack_moved)
        self.editing.shown.connect(self._show)
        self.editing.reloaded.connect(self.show_transcript)
        self.editing.waiting_changed.connect(self._waiting_changed)
        self.editing.notice.connect(self.notice)
        self.speaker_bar.filter_requested.connect(self.table.set_speaker_filter)
        self.speaker_bar.rename_requested.connect(lambda speaker: self.rename_speaker(speaker))
        self.speaker_bar.merge_requested.connect(lambda speaker, into: self.merge_speaker(speaker, into))
        self.table.filter_changed.connect(self._filter_changed)
        self._update_actions()

    # --- actions --------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.undo_action = self._action(
            translate("transcript_view", "Undo"), self.undo_stack.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(translate("transcript_view", "Redo"), self.undo_stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.split_action = self._action(translate("transcript_view", "Split segment"), self.split, "Ctrl+K")
        self.split_action.setToolTip(
            translate("transcript_view", "Split at the text cursor while editing, else at the middle word")
        )
        self.merge_action = self._action(
            translate("transcript_view", "Merge with next"), self.merge, "Ctrl+J"
        )
        n, tenth = NUDGE_SECONDS, format_number(NUDGE_SECONDS, 1)
        self.nudge_actions = [
            self._action(
                translate("transcript_view", "Start {seconds} s earlier").format(seconds=tenth),
                lambda: self.nudge(-n, 0.0), "Alt+Left",
            ),
            self._action(
                translate("transcript_view", "Start {seconds} s later").format(seconds=tenth),
                lambda: self.nudge(n, 0.0), "Alt+Right",
            ),
            self._action(
                translate("transcript_view", "End {seconds} s earlier").format(seconds=tenth),
                lambda: self.nudge(0.0, -n), "Shift+Alt+Left",
            ),
            self._action(
                translate("transcript_view", "End {seconds} s later").format(seconds=tenth),
                lambda: self.nudge(0.0, n), "Shift+Alt+Right",
            ),
        ]  # fmt: skip
        self.speaker_action = self._action(
            translate("transcript_view", "Set speaker…"), self.set_speaker, "Ctrl+Shift+S"
        )
        self.rename_speaker_action = self._action(
            translate("transcript_view", "Rename speaker…"), self.rename_speaker
        )
        self.merge_speaker_action = self._action(
            translate("transcript_view", "Merge speaker into…"), self.merge_speaker
        )
        self.all_speakers_action = self._action(
            translate("transcript_view", "Show all speakers"), lambda: self.filter_speaker(None)
        )
        self.find_action = self._action(
            translate("transcript_view", "Find…"), self.find_bar.open, QKeySequence.StandardKey.Find
        )
        self.replace_action = self._action(
            translate("transcript_view", "Find and replace…"),
            lambda: self.find_bar.open(replace=True),
            "Ctrl+H",
        )
        self.next_unsure_action = self._action(
            translate("transcript_view", "Next unsure word"), self.next_unsure, "F8"
        )
        self.next_unsure_action.setToolTip(
            translate("transcript_view", "Go to the next word the engine was unsure of (underlined)")
        )
        self.previous_unsure_action = self._action(
            translate("transcript_view", "Previous unsure word"),
            lambda: self.next_unsure(backwards=True),
            "Shift+F8",
        )
        self.restore_action = self._action(
            translate("transcript_view", "Restore original transcript…"), self.restore_original
        )
        self.play_action = self._action(
            translate("transcript_view", "Play / pause"), self.playback.toggle, "Ctrl+Space"
        )
        self.play_here_action = self._action(
            translate("transcript_view", "Play from here"), self.play_from, "Ctrl+Return"
        )
        skip = format_number(SKIP_SECONDS)
        self.back_action = self._action(
            translate("transcript_view", "Back {seconds} s").format(seconds=skip),
            lambda: self.playback.skip(-SKIP_SECONDS), "Ctrl+Left",
        )  # fmt: skip
        self.forward_action = self._action(
            translate("transcript_view", "Forward {seconds} s").format(seconds=skip),
            lambda: self.playback.skip(SKIP_SECONDS), "Ctrl+Right",
        )  # fmt: skip

    def _playing_changed(self, playing: bool) -> None:
        self.play_action.setText(
            translate("transcript_view", "Pause") if playing else translate("transcript_view", "Play")
        )

    def edit_actions(self) -> list[QAction | None]:
        """The actions for an Edit menu, in order (None: a separator)."""
        return [
            self.undo_action, self.redo_action, None, self.split_action, self.merge_action,
            *self.nudge_actions, None, self.speaker_action, self.rename_speaker_action,
            self.merge_speaker_action, self.all_speakers_action, None,
            self.find_action, self.replace_action, self.next_unsure_action, self.previous_unsure_action, None,
            self.restore_action,
        ]  # fmt: skip

    def playback_actions(self) -> list[QAction]:
        """The actions for a Playback menu, in order."""
        return [self.play_action, self.play_here_action, self.back_action, self.forward_action]

    def _stack_moved(self, _index: int) -> None:
        if isValid(self.undo_stack):  # not while it is being destroyed (it clears itself)
            self._update_actions()

    def _update_actions(self) -> None:
        shown = self.editing.recording_id is not None
        rows = self.table.selected_rows() if shown else []
        for action in (self.split_action, self.speaker_action, *self.nudge_actions):
            action.setEnabled(bool(rows))
        self.merge_action.setEnabled(self._mergeable(rows))
        self.rename_speaker_action.setEnabled(shown and bool(self.speakers()))
        self.merge_speaker_action.setEnabled(shown and len(self.speakers()) > 1)
        self.all_speakers_action.setEnabled(self.table.speaker_filter is not None)
        self.find_action.setEnabled(shown)
        self.replace_action.setEnabled(shown)
        self.next_unsure_action.setEnabled(shown)
        self.previous_unsure_action.setEnabled(shown)
        self.restore_action.setEnabled(shown and self.editing.edited and not self.editing.waiting)
        stack, free = self.undo_stack, shown and not self.editing.waiting
        self.undo_action.setEnabled(free and stack.canUndo())
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            translate("transcript_view", "Undo {edit}").format(edit=undo)
            if undo
            else translate("transcript_view", "Undo")
        )
        self.redo_action.setEnabled(free and stack.canRedo())
        self.redo_action.setText(
            translate("transcript_view", "Redo {edit}").format(edit=redo)
            if redo
            else translate("transcript_view", "Redo")
        )
        for action in (self.play_action, self.back_action, self.forward_action):
            action.setEnabled(self.playback.ready)
        self.play_here_action.setEnabled(bool(rows) and self.playback.ready)

    # --- what is shown --------------------------------------------------------------------------

    @property
    def recording_id(self) -> int | None:
        """The recording whose transcript is shown (None: a message is shown)."""
        return self.editing.recording_id

    def show_message(self, title: str, message: str) -> None:
        """No transcript to show: say why (still transcribing, failed, empty library…)."""
        self.header.setText(f"<b>{title}</b><br>{message}")
        self._transcript = None
        self.editing.start(None)
        self.search.forget()
        self.table.discard_editor()
        self.search.mark_query("")
        self.model.set_segments([], reset=True)
        self._speakers_changed()
        self.playback.unload()
        self.overview.clear()
        self.find_bar.close_bar()
        self._update_actions()

    def show_transcript(self, transcript: Transcript) -> None:
        """Show `transcript` (of transcript.recording_id); a different recording stops playback, clears
        the undo history and loads its audio in the background."""
        rid = transcript.recording_id
        switched = rid is None or rid != self.editing.recording_id
        self.editing.start(transcript)
        if switched:
            self.table.discard_editor()
            self.search.mark_query("")  # the window marks a search hit's words after showing it
            self.play_along.cursor = None
            library = self._library
            self.playback.load(lambda: library.audio_file(rid) if rid is not None else None)
            self.overview.show_audio(
                lambda: library.audio_file(rid) if rid is not None else None,
                library.paths.cache,
                transcript.duration,
            )
        self._transcript = transcript
        self.search.forget()
        if switched:
            self.table.set_speaker_filter(None)  # another recording: every speaker
        self.model.set_segments(transcript.segments, reset=switched)
        self._speakers_changed()
        self._update_header()
        self._update_actions()

    def _update_header(self) -> None:
        t = self._transcript
        if t is None:
            return
        engine = (
            translate("transcript_view", str(ENGINE_NAMES[t.engine]))
            if t.engine in ENGINE_NAMES
            else t.engine
        )
        parts = [format_clock(t.duration), f"{engine} {t.model or ''}".rstrip()]
        if t.language:
            parts.append(self._language_text(t.language, t.language_probability))
        if self.editing.edited:
            parts.append(translate("transcript_view", "<i>edited</i> (the original is kept)"))
        unsure = len(self.unsure_positions())
        if unsure:
            words = translate("transcript_view", "%n unsure words", "", unsure)
            color = css(Role.WARNING, self.palette())
            parts.append(f"<span style='color:{color}'>{words}</span> — F8")
        text = f"<b>{t.title}</b><br>{' · '.join(parts)}"
        if not self.model.rowCount():
            text += "<br><i>{}</i>".format(
                translate("transcript_view", "No speech was found in this recording.")
            )
        self.header.setText(text)

    @staticmethod
    def _language_text(code: str, probability: float | None) -> str:
        """ "English" for a language the user named; "English (detected, 97%)" for one the engine detected."""
        name = spoken_language_name(code)
        if probability is None:
            return name
        percent = format_number(max(0.0, min(1.0, probability)) * 100)
        return translate("transcript_view", "{language} (detected, {percent}%)").format(
            language=name, percent=percent
        )

    def segment_texts(self) -> list[str]:
        """The texts shown, in order (what the user reads)."""
        return [seg.text for seg in self.model.segments()]

    def speakers(self) -> list[str]:
        """The speakers named in the shown transcript, in order of first appearance."""
        return self.model.speakers()

    # --- the speaker filter ---------------------------------------------------------------------

    @property
    def speaker_filter(self) -> str | None:
        """The speaker whose segments alone are shown (NO_SPEAKER: those nobody is named for; None: all)."""
        return self.table.speaker_filter

    def filter_speaker(self, speaker: str | None) -> None:
        """Show only `speaker`'s segments (NO_SPEAKER: those nobody is named for; None: all of them)."""
        self.table.set_speaker_filter(speaker)

    def _filter_changed(self, speaker: str | None) -> None:
        self.speaker_bar.set_current(speaker)
        self._update_actions()

    def _speakers_changed(self) -> None:
        """The segments shown changed: the bar shows their speakers; a filter on a speaker who is no longer
        there (renamed, merged, undone) shows everyone again."""
        segments = self.model.segments()
        wanted = self.table.speaker_filter
        if wanted is not None and not any((s.speaker or NO_SPEAKER) == wanted for s in segments):
            self.table.set_speaker_filter(None)
        self.speaker_bar.set_segments(segments)
        self.speaker_bar.set_current(self.table.speaker_filter)

    def scroll_to(self, seconds: float) -> None:
        """Select and show the segment that holds (or precedes) the moment `seconds`."""
        row = self.model.row_at(seconds)
        if row >= 0:
            self.table.select_row(row, center=True)

    def cue(self, seconds: float, query: str | None = None) -> None:
        """Show the segment at `seconds` and move playback there (once the audio is loaded). With a library
        search `query`, its words are marked in the text (mark_query) and playback is cued at the first
        one in that segment (if its words are timed)."""
        self.scroll_to(seconds)
        if query is not None:
            self.mark_query(query)
            row = self.model.row_at(seconds)
            found = self.model.match_ranges(row) if row >= 0 else []
            if found:
                start, end = found[0]
                self.model.set_current_match((row, start, end))
                spans = word_spans(self.model.segment(row))
                word = next((n for n, s in enumerate(spans) if s is not None and s[0] <= start < s[1]), -1)
                if word >= 0:
                    seconds = self.model.segment(row).words[word].start
        self.playback.seek(seconds)

    def mark_query(self, text: str) -> None:
        """Mark the words of the library search `text` in the transcript ("": unmark them)."""
        self.search.mark_query(text)

    # --- edits ----------------------------------------------------------------------------------

    def _show(self, shown: Shown) -> None:
        """Show these segments (an edit, undo or redo, stored in the background; or what is stored)."""
        self.model.set_segments(shown.segments)
        self.search.forget()
        self._speakers_changed()
        self._update_header()
        self._update_actions()

    def _waiting_changed(self) -> None:
        if self.editing.waiting:  # nothing may be typed meanwhile
            self.table.discard_editor()
        self._update_actions()

    def _mergeable(self, rows: list[int]) -> bool:
        """Merge can join `rows` (the selected ones): the segment after a single row, or every segment from
        the first row to the last, is there and shown (a speaker filter hides none of them)."""
        if not rows or rows[0] + 1 >= self.model.rowCount():
            return False
        return not any(self.table.isRowHidden(row) for row in range(rows[0], max(rows[-1], rows[0] + 1) + 1))

    def _current_row(self) -> int | None:
        rows = self.table.selected_rows()
        return rows[0] if rows else None

    def edit_text(self, row: int, text: str) -> None:
        """Give segment `row` the text `text`."""
        self.editing.edit(
            translate("transcript_view", "Edit text"), lambda edits, rid: edits.edit_text(rid, row, text)
        )

    def split(self, row: int | None = None, at_char: int | None = None) -> None:
        """Split segment `row` before character `at_char`. By default: the row being edited at its text
        cursor (what was typed is kept), else the selected row at its middle word."""
        open_editor = self.table.text_editor() if row is None else None
        typed: str | None = None
        if open_editor is not None:
            row, editor = open_editor
            typed, at_char = editor.text(), editor.cursorPosition()
            self.table.discard_editor()
            if typed == self.model.segment(row).text:
                typed = None
        row = self._current_row() if row is None else row
        if row is None or self.editing.recording_id is None:
            return
        text = self.model.segment(row).text if typed is None else typed
        at = middle_split(text) if at_char is None else at_char
        if at is None:
            self.notice.emit(
                translate("transcript_view", "This segment has only one word: there is nowhere to split it.")
            )
            return
        if typed is not None:  # what was typed and the split: one undo step
            self.undo_stack.beginMacro(translate("transcript_view", "Split segment"))
            self.edit_text(row, typed)
        split_row, at_char = row, at
        label = translate("transcript_view", "Split segment")
        done = self.editing.edit(label, lambda edits, rid: edits.split(rid, split_row, at_char)) > 0
        if typed is not None:
            self.undo_stack.endMacro()
        if done:
            self.table.select_row(row)

    def merge(self, row: int | None = None) -> None:
        """Join segment `row` (default: the selected one) with the next; with several rows selected, join
        them all into the first."""
        rows = [row] if row is not None else self.table.selected_rows()
        if not rows or (row is None and not self._mergeable(rows)):
            return
        first, times = rows[0], max(1, rows[-1] - rows[0])
        label = translate("transcript_view", "Merge segments")
        if times > 1:
            self.undo_stack.beginMacro(label)
        for _ in range(times):
            if not self.editing.edit(label, lambda edits, rid: edits.merge(rid, first)):
                break
        if times > 1:
            self.undo_stack.endMacro()
        self.table.select_row(first)

    def nudge(self, start_delta: float, end_delta: float, row: int | None = None) -> None:
        """Move the start and/or end of segment `row` (default: the selected one) by these seconds."""
        at = self._current_row() if row is None else row
        if at is None:
            return
        nudge = (start_delta, end_delta)
        self.editing.edit(
            translate("transcript_view", "Nudge segment"),
            lambda edits, rid: edits.nudge(rid, at, *nudge),
            NudgeCommand,
            position=at,
        )

    def set_speaker(self, name: str | None = None, rows: list[int] | None = None) -> None:
        """Name the speaker of `rows` (default: the selected ones); asks for the name if not given
        ("" removes it)."""
        rows = self.table.selected_rows() if rows is None else rows
        if not rows or self.editing.recording_id is None:
            return
        if name is None:
            current = self.model.segment(rows[0]).speaker or ""
            choices = self.speakers() or [""]
            name, ok = QInputDialog.getItem(
                self, translate("transcript_view", "Set speaker"),
                translate("transcript_view", "Who speaks here? (empty: nobody named)"), choices,
                choices.index(current) if current in choices else 0, True,
            )  # fmt: skip
            if not ok:
                return
        positions, speaker = list(rows), name
        self.editing.edit(
            translate("transcript_view", "Set speaker"),
            lambda edits, rid: edits.set_speaker(rid, positions, speaker),
        )

    def rename_speaker(self, old: str | None = None, new: str | None = None) -> None:
        """Rename a speaker everywhere in the transcript; asks which and to what if not given."""
        speakers = self.speakers()
        if self.editing.recording_id is None or not speakers:
            return
        if old is None:
            row = self._current_row()
            current = self.model.segment(row).speaker if row is not None else None
            old, ok = QInputDialog.getItem(
                self, translate("transcript_view", "Rename speaker"),
                translate("transcript_view", "Speaker:"), speakers,
                speakers.index(current) if current in speakers else 0, False,
            )  # fmt: skip
            if not ok:
                return
        if new is None:
            new, ok = QInputDialog.getText(
                self, translate("transcript_view", "Rename speaker"),
                translate("transcript_view", "New name for {speaker}:").format(speaker=old), text=old,
            )  # fmt: skip
            if not ok:
                return
        self._rename(translate("transcript_view", "Rename speaker"), old, new)

    def merge_speaker(self, speaker: str | None = None, into: str | None = None) -> None:
        """Give every segment of `speaker` to `into` (one undoable edit: a rename to a name that is there
        already); asks which and into whom if not given."""
        speakers = self.speakers()
        if self.editing.recording_id is None or len(speakers) < 2:
            return
        if speaker is None:
            row = self._current_row()
            current = self.model.segment(row).speaker if row is not None else None
            speaker, ok = QInputDialog.getItem(
                self, translate("transcript_view", "Merge speakers"),
                translate("transcript_view", "Merge this speaker:"), speakers,
                speakers.index(current) if current in speakers else 0, False,
            )  # fmt: skip
            if not ok:
                return
        if into is None:
            others = [other for other in speakers if other != speaker]
            into, ok = QInputDialog.getItem(
                self, translate("transcript_view", "Merge speakers"),
                translate("transcript_view", "Into:"), others, 0, False,
            )  # fmt: skip
            if not ok:
                return
        if speaker == into or speaker not in speakers or into not in speakers:
            return
        if self._rename(translate("transcript_view", "Merge speakers"), speaker, into):
            merged = translate("transcript_view", "{speaker} merged into {other}.")
            self.notice.emit(merged.format(speaker=speaker, other=into))

    def _rename(self, label: str, old: str, new: str) -> int:
        """Rename speaker `old` to `new` everywhere (merging them if `new` is there already), as one
        undoable edit called `label`; a filter on `old` follows it. Returns how many segments changed."""
        follow = self.table.speaker_filter == old
        renamed = (old, new)
        count = self.editing.edit(label, lambda edits, rid: edits.rename_speaker(rid, *renamed))
        name = new.strip()
        if count and follow:
            self.table.set_speaker_filter(name if name else NO_SPEAKER)
        return count

    def restore_original(self, confirm: bool = True) -> None:
        """Go back to the machine transcript (after asking, with `confirm`); can be undone. Edits wait
        until it is stored (what it brings back is not known before)."""
        rid = self.editing.recording_id
        if rid is None or not self.editing.edited or self.editing.waiting:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("transcript_view", "Restore original transcript"),
                translate(
                    "transcript_view",
                    "Discard your edits of this transcript and go back to the original one?\n(Edit ▸ Undo brings them back.)",  # noqa: E501
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.editing.restore()

    def _replace(self, needle: str, replacement: str, case_sensitive: bool) -> int:
        """Replace every `needle` with `replacement` as one undoable edit; how many were replaced."""
        count = self.editing.edit(
            translate("transcript_view", "Replace all"),
            lambda edits, rid: edits.replace_all(rid, needle, replacement, case_sensitive),
        )
        if count:
            self.notice.emit(
                translate("transcript_view", "Replaced %n occurrences of “{text}”.", "", count).format(
                    text=needle
                )
            )
        return count

    # --- playback -------------------------------------------------------------------------------

    def play_from(self, row: int | None = None) -> None:
        """Play from the start of segment `row` (default: the selected one)."""
        row = self._current_row() if row is None else row
        if row is not None:
            self.play_along.play_from(row)

    # --- unsure words ---------------------------------------------------------------------------

    def unsure_positions(self) -> list[Position]:
        """(row, word index) of every word the engine was unsure of that is still in the text shown."""
        return self.play_along.unsure_positions()

    def next_unsure(self, backwards: bool = False) -> Position | None:
        """Go to the next (previous) unsure word after the word last gone to, clicked or heard (see
        PlayAlong.next_unsure). What is being typed in a segment is kept (stored first), as when moving
        to another row."""
        open_editor = self.table.text_editor()
        if open_editor is not None:
            typed_row, typed = open_editor[0], open_editor[1].text()
            self.table.discard_editor()
            if typed.strip() and typed != self.model.segment(typed_row).text:
                self.edit_text(typed_row, typed)
        found = self.play_along.next_unsure(backwards)
        if found is None and self.editing.recording_id is not None:
            self.notice.emit(translate("transcript_view", "No unsure words in this transcript."))
        return found
