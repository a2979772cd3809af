"""The Summary tab beside the transcript: what to make (a preset, the user's own instruction, offline or
OpenAI with the cost said before anything is sent), the summary streamed in as it is made (cancellable),
this recording's summaries (newest first, "Out of date" once the transcript changed), and the one shown:
copied, saved as text, exported with the transcript, edited, deleted; its chapters and moments seek.

Everything is read and written in the background: the library on its queue (Operation), a summary on a
thread of its own (summary_worker.SummaryRun); what changed is published on the window's ChangeBus."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItemModel,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.errors import Cancelled, CloudRefused, IamError, NotConfigured
from iam_desktop.export import export_filename
from iam_desktop.library.library import Library
from iam_desktop.redaction import redact
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.summaries.model import CHAPTERS, PRESETS, Summary
from iam_desktop.summaries.service import Generated, NothingToSummarise, SummaryRequest
from iam_desktop.transcript import Segment
from iam_desktop.ui.accessibility import announce, name_fields_from_labels
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.export_dialog import file_filter, with_suffix
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.operations import Operation, Pool, report_failure
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.summary_texts import (
    SEEK_SCHEME,
    chapter_line,
    cloud_label,
    cost_text,
    heading,
    history_line,
    page_html,
    preset_name,
)
from iam_desktop.ui.summary_worker import (
    RecordingState,
    SummaryRun,
    estimate,
    export_with_transcript,
    read_key,
    read_state,
    save_text,
    wait_for_summaries,
)
from iam_desktop.ui.theme import Role, css

log = logging.getLogger(__name__)

#: the formats "Export with the transcript…" offers, the first the default
EXPORT_WITH = ("docx", "pdf", "txt", "json")
#: how many chapters show at once above a summary's text
CHAPTER_ROWS = 6
#: the engine choices' data
CLOUD_CHOICE, OFFLINE_CHOICE = "openai", "offline"
#: the data role of a history item (the summary's ID) and of a chapter item (its start in seconds)
DATA = Qt.ItemDataRole.UserRole


class MessageLine(StatusLabel):
    """A message line that takes no room while it says nothing."""

    def say(self, text: str, role: Role | None = None) -> None:
        super().say(text, role)
        self.setVisible(bool(text))


class SummaryPanel(QWidget):
    """The summaries of one recording (`show_recording`), and making new ones.

    Attributes: preset (QComboBox), engine (QComboBox: OpenAI or offline), instruction (QLineEdit),
    generate_button, cancel_button, note (the engine, the cost estimate, or why Generate is disabled),
    add_key_button, message (how the last action went; errors in red), history (QListWidget of the
    summaries, newest first), heading, stale_badge, copy_button, export_button, edit_button, save_button,
    discard_button, delete_button, chapters (QListWidget), text (QTextBrowser), empty (shown without a
    recording), recording_id, summaries (the recording's, newest first), shown (the Summary shown, or
    None), run (the SummaryRun going on, or None), has_key (None until looked up).

    Signals:
        seek_requested: (seconds) a chapter or a moment in the text was chosen.
        add_key_requested: "Add key…" (no OpenAI key set).
    """

    #: (seconds)
    seek_requested = Signal(float)
    #: no arguments
    add_key_requested = Signal()

    def __init__(
        self,
        library: Library,
        bus: ChangeBus | None,
        *,
        settings: Callable[[], Settings] = Settings,
        secrets: SecretStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self._library = library
        self._bus = bus
        self._settings = settings
        self._secrets = secrets
        self.recording_id: int | None = None
        self.title: str | None = None
        self.segments: list[Segment] | None = None
        self.summaries: list[Summary] = []
        self.shown: Summary | None = None
        self.run: SummaryRun | None = None
        self._runs: set[SummaryRun] = set()  # (also those of recordings shown before, still going)
        self.has_key: bool | None = None
        self._engine_chosen = False
        self._generation = 0
        self._estimate_generation = 0
        self._build()
        self._connect()
        if bus is not None:
            bus.changed.connect(self._on_change)
        self._update()

    # --- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setObjectName("summaryHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.header.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.header.setFont(font)
        self.preset = QComboBox()
        for preset in PRESETS:
            self.preset.addItem(preset_name(preset), preset)
        self.engine = QComboBox()
        self.engine.addItem(icon("cloud"), cloud_label(""), CLOUD_CHOICE)
        self.engine.addItem(translate("summary_panel", "Offline"), OFFLINE_CHOICE)
        self.instruction = QLineEdit()
        self.instruction.setObjectName("summaryInstruction")
        self.instruction.setPlaceholderText(
            translate("summary_panel", "Focus on… (optional: what the summary should pay attention to)")
        )
        self.instruction.setClearButtonEnabled(True)
        self.generate_button = QPushButton(translate("summary_panel", "Generate"))
        self.generate_button.setDefault(True)
        self.cancel_button = QPushButton(translate("summary_panel", "Cancel"))
        self.cancel_button.setToolTip(translate("summary_panel", "Stop making this summary (Esc)"))
        self.note = StatusLabel()
        self.note.setObjectName("summaryNote")
        self.add_key_button = QPushButton(translate("summary_panel", "Add key…"))
        self.add_key_button.setFlat(True)
        self.add_key_button.setStyleSheet(f"color: {css(Role.ACCENT)}; text-decoration: underline;")
        self.add_key_button.setToolTip(translate("summary_panel", "Add an OpenAI key in Settings → Cloud"))
        self.message = MessageLine()
        self.message.setObjectName("summaryMessage")
        self.message.say("")
        self.history = QListWidget()
        self.history.setObjectName("summaryHistory")
        self.history.setAccessibleName(translate("summary_panel", "Summaries of this recording"))
        self.history.setWordWrap(True)
        self.history.setStyleSheet("QListWidget#summaryHistory::item { padding: 4px 2px; }")
        self.heading = QLabel()
        self.heading.setObjectName("summaryHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet(f"color: {css(Role.MUTED)}")
        self.stale_badge = QLabel(translate("summary_panel", "Out of date"))
        self.stale_badge.setObjectName("staleBadge")
        self.stale_badge.setToolTip(
            translate(
                "summary_panel", "The transcript changed after this summary was made: generate it again"
            )
        )
        self.stale_badge.setStyleSheet(
            f"color: {css(Role.WARNING)}; border: 1px solid {css(Role.WARNING)}; border-radius: 4px;"
            " padding: 0px 5px; font-weight: 600;"
        )
        self.copy_button = self._tool_button(
            "copy",
            translate("summary_panel", "Copy"),
            translate("summary_panel", "Copy the summary as plain text"),
        )
        self.export_button = self._tool_button(
            "export",
            translate("summary_panel", "Export"),
            translate("summary_panel", "Save the summary, or export it with the transcript"),
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.save_text_action = menu.addAction(translate("summary_panel", "Save as text…"))
        self.export_all_action = menu.addAction(translate("summary_panel", "Export with the transcript…"))
        self.export_button.setMenu(menu)
        self.edit_button = self._tool_button(
            "edit",
            translate("summary_panel", "Edit"),
            translate("summary_panel", "Correct the summary's text"),
        )
        self.edit_button.setCheckable(True)
        self.save_button = QPushButton(translate("summary_panel", "Save"))
        self.discard_button = QPushButton(translate("summary_panel", "Discard"))
        self.delete_button = self._tool_button(
            "trash", translate("summary_panel", "Delete"), translate("summary_panel", "Delete this summary")
        )
        self.chapters_label = QLabel(translate("summary_panel", "Chapters"))
        self.chapters = QListWidget()
        self.chapters.setObjectName("chapterList")
        self.chapters.setStyleSheet("QListWidget#chapterList::item { padding: 3px 4px; }")
        self.chapters.setAccessibleName(translate("summary_panel", "Chapters"))
        self.chapters.setAccessibleDescription(
            translate("summary_panel", "Enter shows the transcript at the chapter's start")
        )
        self.chapters_label.setBuddy(self.chapters)
        self.text = QTextBrowser()
        self.text.setObjectName("summaryText")
        self.text.setAccessibleName(translate("summary_panel", "Summary text"))
        self.text.setOpenLinks(False)
        self.text.setTabChangesFocus(True)
        self.text.setReadOnly(True)
        page = QFont(self.text.font())
        page.setPointSizeF(page.pointSizeF() * 1.05)
        self.text.setFont(page)
        self.text.document().setDocumentMargin(12)
        self.text.document().setIndentWidth(18)  # (a list's items hang under their first word)
        self.empty = QLabel(translate("summary_panel", "Open a recording to summarise it."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {css(Role.MUTED)}")
        self._lay_out()

    def _tool_button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _lay_out(self) -> None:
        labels = (QLabel(translate("summary_panel", "Make:")), QLabel(translate("summary_panel", "Engine:")))
        labels[0].setBuddy(self.preset)
        labels[1].setBuddy(self.engine)
        focus = QLabel(translate("summary_panel", "Instruction:"))
        focus.setBuddy(self.instruction)
        row = QHBoxLayout()
        row.setSpacing(6)
        for widget in (labels[0], self.preset, labels[1], self.engine):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.generate_button)
        row.addWidget(self.cancel_button)
        second = QHBoxLayout()
        second.setSpacing(6)
        second.addWidget(focus)
        second.addWidget(self.instruction, 1)
        notes = QHBoxLayout()
        notes.addWidget(self.note, 1)
        notes.addWidget(self.add_key_button)
        self.controls = QWidget()
        column = QVBoxLayout(self.controls)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.header)
        column.addLayout(row)
        column.addLayout(second)
        column.addLayout(notes)
        column.addWidget(self.message)

        self.tools_row = QWidget()
        tools = QHBoxLayout(self.tools_row)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(2)
        tools.addWidget(self.heading, 1)
        tools.addWidget(self.stale_badge)
        for button in (self.copy_button, self.export_button, self.edit_button, self.save_button,
                       self.discard_button, self.delete_button):  # fmt: skip
            tools.addWidget(button)
        self.page = QWidget()
        page = QVBoxLayout(self.page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(4)
        page.addWidget(self.tools_row)
        page.addWidget(self.chapters_label)
        page.addWidget(self.chapters)
        page.addWidget(self.text, 1)
        self.history_label = QLabel(translate("summary_panel", "Summaries"))
        self.history_label.setBuddy(self.history)
        self.history_box = QWidget()
        side = QVBoxLayout(self.history_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(4)
        side.addWidget(self.history_label)
        side.addWidget(self.history, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.history_box)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 600])
        self.history_box.setMinimumWidth(150)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self.controls)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        name_fields_from_labels(self)
        # Tab follows the eye: the first row, the instruction, the note's button, the history, the page
        order = (self.preset, self.engine, self.generate_button, self.cancel_button, self.instruction,
                 self.add_key_button, self.history, self.copy_button, self.export_button,
                 self.edit_button, self.save_button, self.discard_button, self.delete_button,
                 self.chapters, self.text)  # fmt: skip
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _connect(self) -> None:
        self.generate_button.clicked.connect(self.generate)
        self.instruction.returnPressed.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)
        self.preset.currentIndexChanged.connect(lambda _index: self._engine_changed())
        self.engine.activated.connect(lambda _index: self._chose_engine())
        self.add_key_button.clicked.connect(self.add_key_requested)
        self.history.currentItemChanged.connect(lambda item, _before: self._picked(item))
        self.copy_button.clicked.connect(self.copy_text)
        self.save_text_action.triggered.connect(self.save_as_text)
        self.export_all_action.triggered.connect(self.export_with_transcript)
        self.edit_button.toggled.connect(self.set_editing)
        self.save_button.clicked.connect(self.save_edit)
        self.discard_button.clicked.connect(lambda: self.set_editing(False))
        self.delete_button.clicked.connect(self.ask_delete)
        self.chapters.itemClicked.connect(self._chapter_chosen)
        self.chapters.itemActivated.connect(self._chapter_chosen)
        self.text.anchorClicked.connect(self._link)

    # --- showing a recording --------------------------------------------------------------------------

    def show_recording(self, recording_id: int | None) -> None:
        """Show the summaries of `recording_id` (None: nothing); an edit of the one shown before is saved
        first. A summary being made for another recording goes on (it is stored with that one)."""
        if recording_id == self.recording_id:
            return
        if self.editing:
            self.save_edit()
        if self.run is not None:  # it goes on unseen: stored with its recording, and published
            self.run.text_arrived.disconnect(self._streamed)
            self.run.restarted.disconnect(self._restarted)
            self.run = None
        self.recording_id = recording_id
        self.title, self.segments, self.summaries, self.shown = None, None, [], None
        self.message.say("")
        self.instruction.clear()
        self._fill_history(None)
        self._show(None)
        if recording_id is not None:
            self.refresh()
        self._update()

    def refresh(self, select: int | None = None) -> None:
        """Read the shown recording's transcript and summaries again (in the background); `select`: the
        summary to show then (default: the one shown, else the newest)."""
        rid = self.recording_id
        if rid is None:
            return
        self._generation += 1
        generation, library = self._generation, self._library
        Operation(self, lambda: read_state(library, rid)).success(
            lambda state: self._read(state, generation, select)
        ).run()

    def _read(self, state: RecordingState, generation: int, select: int | None) -> None:
        if generation != self._generation or state.recording_id != self.recording_id:
            return  # another recording was picked meanwhile
        had_segments = self.segments is not None
        self.title, self.segments, self.summaries = state.title, state.segments, state.summaries
        wanted = select if select is not None else (self.shown.id if self.shown is not None else None)
        self._fill_history(wanted)
        if not self.editing and self.run is None:
            self._picked(self.history.currentItem())
        if had_segments != (self.segments is not None) or select is None:
            self._engine_changed()
        self._update()

    def _fill_history(self, select: int | None) -> None:
        now = datetime.now().astimezone()
        self.history.blockSignals(True)
        self.history.clear()
        current = None
        for summary in self.summaries:
            item = QListWidgetItem(history_line(summary, now))
            item.setData(DATA, summary.id)
            if summary.stale:
                item.setToolTip(
                    translate(
                        "summary_panel", "Out of date: the transcript changed after this summary was made"
                    )
                )
            self.history.addItem(item)
            if current is None and summary.id == select:
                current = item
        if current is None and self.history.count():
            current = self.history.item(0)  # (the newest)
        if current is not None:
            self.history.setCurrentItem(current)
        self.history.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if self.run is not None:
            return  # the summary being made stays shown
        if self.editing:
            self.set_editing(False)
        wanted = item.data(DATA) if item is not None else None
        self._show(next((s for s in self.summaries if s.id == wanted), None))

    def _show(self, summary: Summary | None) -> None:
        """Show `summary` (None: the empty page) with its heading, badge and chapters."""
        self.shown = summary
        now = datetime.now().astimezone()
        self.heading.setText(heading(summary) if summary is not None else "")  # (when: in the history)
        self.heading.setToolTip(heading(summary, now) if summary is not None else "")
        self.stale_badge.setVisible(summary is not None and summary.stale)
        self.chapters.clear()
        for chapter in summary.chapters if summary is not None else ():
            item = QListWidgetItem(chapter_line(chapter.start, chapter.title))
            item.setData(DATA, float(chapter.start))
            self.chapters.addItem(item)
        has_chapters = self.chapters.count() > 0
        only_chapters = has_chapters and summary is not None and summary.preset == CHAPTERS
        self.chapters_label.setVisible(has_chapters and not only_chapters)  # (the heading says "Chapters")
        self.chapters.setVisible(has_chapters)
        if summary is None:
            self.text.clear()
        else:
            self.text.setHtml(page_html(summary.text))
        # chapters: the list is the page (the text is its lines again), unless edited or streamed
        self.text.setVisible(not only_chapters)
        self._fit_chapters(only_chapters)
        self.text.setPlaceholderText(
            translate("summary_panel", "No summary yet: choose what to make and press Generate.")
            if self.segments is not None
            else ""
        )
        self._update()

    def _fit_chapters(self, whole_page: bool) -> None:
        """The chapter list takes the page when it is the page, else as many rows as it has (up to
        CHAPTER_ROWS; it scrolls beyond)."""
        page = self.page.layout()
        if isinstance(page, QVBoxLayout):
            page.setStretchFactor(self.chapters, 1 if whole_page else 0)
        if whole_page:
            self.chapters.setMaximumHeight(16777215)
            return
        rows = min(self.chapters.count(), CHAPTER_ROWS)
        row = self.chapters.sizeHintForRow(0) if self.chapters.count() else 0
        self.chapters.setMaximumHeight(rows * row + 2 * self.chapters.frameWidth() + 4)

    # --- the engine and the estimate ------------------------------------------------------------------

    def check_key(self) -> None:
        """Look for the OpenAI key in the background (on showing, after Settings), then update the engine."""
        store = self._secrets
        Operation(self, lambda: read_key(store) is not None, pool=Pool.GENERAL).success(self._key_read).run()

    def _key_read(self, present: bool) -> None:
        self.has_key = present
        self._engine_changed()

    def _model(self) -> str:
        return str(getattr(self._settings(), "summary_model", "") or "gpt-4o-mini")

    def _chose_engine(self) -> None:
        self._engine_chosen = True
        self._engine_changed()

    @property
    def offline_chosen(self) -> bool:
        return self.engine.currentData() == OFFLINE_CHOICE

    def _engine_changed(self) -> None:
        """Offer the cloud only with a key; choose the default engine until the user chose; say what the
        engine will do (and, for the cloud, what it costs)."""
        model = self._model()
        self.engine.setItemText(0, cloud_label(model))
        items = self.engine.model()
        if isinstance(items, QStandardItemModel):
            cloud = items.item(0)
            if cloud is not None:
                cloud.setEnabled(self.has_key is not False)
        prefer_offline = bool(getattr(self._settings(), "summary_offline", False))
        if self.has_key is False or (not self._engine_chosen and (prefer_offline or self.has_key is None)):
            self.engine.setCurrentIndex(1)
        elif not self._engine_chosen:
            self.engine.setCurrentIndex(0)
        self._estimate_generation += 1
        self.add_key_button.setVisible(False)
        if self.recording_id is None:
            self.note.say("")
        elif self.segments is None:
            self.note.say(translate("summary_panel", "Not transcribed yet: a summary needs the transcript."))
        elif self.has_key is False:
            self.note.say(
                translate(
                    "summary_panel", "No OpenAI key: an offline summary (sentences from the transcript)"
                )
            )
            self.add_key_button.setVisible(True)
        elif self.offline_chosen:
            self.note.say(
                translate("summary_panel", "Offline: sentences from the transcript, made on this computer")
            )
        else:
            self.note.say(translate("summary_panel", "Estimating the cost with {model}…").format(model=model))
            self._estimate(model)
        self._update()

    def _estimate(self, model: str) -> None:
        """The cost of a cloud summary, worked out in the background, then said in the note."""
        segments, preset = self.segments or [], str(self.preset.currentData())
        generation = self._estimate_generation

        def said(cost: float) -> None:
            if generation == self._estimate_generation:
                self.note.say(cost_text(cost, model))

        def failed(error: Exception) -> None:
            log.warning("the cost of a summary could not be estimated: %s", error)
            if generation == self._estimate_generation:
                self.note.say(
                    translate("summary_panel", "The cost with {model} could not be estimated").format(
                        model=model
                    )
                )

        Operation(self, lambda: estimate(segments, preset, model), pool=Pool.GENERAL).success(said).failure(
            failed
        ).run()

    # --- making a summary -----------------------------------------------------------------------------

    def generate(self) -> None:
        """Make the chosen summary off the GUI thread: its text streams into the page; it is stored and
        shown when done."""
        rid = self.recording_id
        if rid is None or self.run is not None or self.segments is None or self.editing:
            return
        preset = str(self.preset.currentData())
        offline = True if self.offline_chosen else (False if self.has_key else None)
        request = SummaryRequest(rid, preset, offline=offline, model=None if offline else self._model(),
                                 instruction=self.instruction.text().strip() or None)  # fmt: skip
        store = self._secrets
        run = SummaryRun(self, self._library, request, self._settings(), lambda: read_key(store))
        run.text_arrived.connect(self._streamed)
        run.restarted.connect(self._restarted)
        run.done.connect(lambda generated: self._done(run, generated))
        run.failed.connect(lambda error: self._failed(run, error))
        self.run = run
        self._runs.add(run)
        self.history.clearSelection()
        self.shown = None
        self.text.clear()
        self.text.setVisible(True)
        self.chapters.clear()
        self.chapters.setVisible(False)
        self.chapters_label.setVisible(False)
        self.stale_badge.setVisible(False)
        making = translate("summary_panel", "Making: {preset}…")
        self.heading.setText(making.format(preset=preset_name(preset)))
        self.message.say("")
        self._update()
        self.cancel_button.setFocus()
        run.start()

    def cancel(self) -> None:
        """Stop the summary being made (nothing is stored)."""
        if self.run is not None:
            self.run.cancel()
            self.heading.setText(translate("summary_panel", "Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _escape(self) -> None:
        if self.run is not None:
            self.cancel()
        elif self.editing:
            self.set_editing(False)

    def _streamed(self, text: str) -> None:
        if self.run is None or not text:
            return
        bar = self.text.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        cursor = QTextCursor(self.text.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        if following:
            bar.setValue(bar.maximum())

    def _restarted(self) -> None:
        if self.run is not None:
            self.text.clear()

    def _done(self, run: SummaryRun, generated: Generated) -> None:
        self._ended(run)
        summary = generated.summary
        if summary.recording_id not in (None, self.recording_id):
            self._publish(summary.recording_id)
            return  # made for the recording shown before
        if generated.note:
            self.message.say(
                translate("summary_panel", "OpenAI could not be reached: this is an offline summary."),
                Role.WARNING,
            )
        self.summaries = [summary, *(s for s in self.summaries if s.id != summary.id)]
        self._fill_history(summary.id)
        self._show(summary)
        self._publish(self.recording_id)
        ready = translate("summary_panel", "{preset} ready")
        announce(self, ready.format(preset=preset_name(summary.preset)))
        self.refresh(select=summary.id)

    def _failed(self, run: SummaryRun, error: Exception) -> None:
        shown = run is self.run
        self._ended(run)
        if not shown:  # (a summary of the recording shown before)
            log.info("a summary of recording %d was not made: %s", run.request.recording_id, error)
            return
        current = self.history.currentItem()
        if current is not None:
            current.setSelected(True)  # (the summary shown before comes back)
        self._picked(current)
        if isinstance(error, Cancelled):
            self.message.say(translate("summary_panel", "Cancelled: no summary was stored."))
            announce(self, self.message.text())
            return
        if isinstance(error, NothingToSummarise):
            text = translate(
                "summary_panel", "There is no transcript to summarise yet: transcribe the recording first."
            )
        elif isinstance(error, NotConfigured):
            text = translate(
                "summary_panel", "No OpenAI key is set: add one in Settings → Cloud, or choose Offline."
            )
        elif isinstance(error, CloudRefused):  # (its message says what OpenAI refused, and why)
            reason = redact(str(error))
            text = reason[:1].upper() + reason[1:]
        elif isinstance(error, IamError | ValueError):
            text = translate("summary_panel", "The summary could not be made: {reason}").format(
                reason=redact(str(error))
            )
        else:
            text = translate(
                "summary_panel",
                "The summary could not be made: something went wrong that IAM Desktop did not expect.",
            )
            report_failure(self, error)
        self.message.say(text, Role.ERROR)
        announce(self, text, assertive=True)

    def _ended(self, run: SummaryRun) -> None:
        if self.run is run:
            self.run = None
        self._runs.discard(run)
        run.deleteLater()
        self.cancel_button.setEnabled(True)
        self._update()

    def _publish(self, recording_id: int | None) -> None:
        if self._bus is not None and recording_id is not None:
            self._bus.publish(Change.of(Kind.SUMMARIES, ids=[recording_id], source=self))

    def shutdown(self) -> None:
        """Cancel the summaries being made and let them end (the window is closing)."""
        for run in self._runs:
            run.cancel()
        wait_for_summaries()

    # --- the summary shown ----------------------------------------------------------------------------

    def copy_text(self) -> None:
        """Put the shown summary on the clipboard as plain text."""
        if self.shown is None:
            return
        QGuiApplication.clipboard().setText(self.shown.text)
        self.message.say(translate("summary_panel", "Summary copied."))
        announce(self, self.message.text())

    def save_as_text(self) -> None:
        """Ask where to save the shown summary as a text file, then save it there."""
        if self.shown is None:
            return
        name = f"{self.title or 'summary'} - {preset_name(self.shown.preset)}"
        path, _chosen = QFileDialog.getSaveFileName(
            self, translate("summary_panel", "Save summary"), export_filename(name, "txt"),
            translate("summary_panel", "Plain text (*.txt)"),
        )  # fmt: skip
        if path:
            self.save_to(path if path.lower().endswith(".txt") else f"{path}.txt")

    def save_to(self, path: str) -> None:
        """Write the shown summary to `path` (in the background) and say how it went."""
        if self.shown is None:
            return
        text = self.shown.text
        saved = translate("summary_panel", "Saved to {path}")
        Operation(self, lambda: save_text(path, text), pool=Pool.GENERAL).success(
            lambda written: self.message.say(saved.format(path=written))
        ).failure(lambda error: self.message.say(str(error), Role.ERROR)).run()

    def export_with_transcript(self) -> None:
        """Ask for a file (Word, PDF, plain text or JSON), then export the transcript there with the shown
        summary before it."""
        if self.shown is None:
            return
        filters = {file_filter(fmt): fmt for fmt in EXPORT_WITH}
        path, chosen = QFileDialog.getSaveFileName(
            self, translate("summary_panel", "Export with the transcript"),
            export_filename(self.title or "transcript", EXPORT_WITH[0]), ";;".join(filters),
        )  # fmt: skip
        if path:
            fmt = filters.get(chosen) or next(
                (f for f in EXPORT_WITH if path.lower().endswith(f".{f}")), "docx"
            )
            self.export_to(with_suffix(path, fmt), fmt)

    def export_to(self, path: str, fmt: str) -> None:
        """Write the shown summary's transcript with the summary before it to `path` in format `fmt` (in
        the background, after the library's queued writes) and say how it went."""
        if self.shown is None:
            return
        summary, library = self.shown, self._library
        exported = translate("summary_panel", "Exported to {path}")
        Operation(self, lambda: export_with_transcript(library, summary, fmt, path)).success(
            lambda written: self.message.say(exported.format(path=written))
        ).failure(lambda error: self.message.say(str(error), Role.ERROR)).run()

    @property
    def editing(self) -> bool:
        return not self.text.isReadOnly()

    def set_editing(self, on: bool) -> None:
        """Edit the shown summary's text (`on`), or leave editing without saving."""
        on = on and self.shown is not None and self.run is None
        if on == self.editing:
            self._update()
            return
        self.text.setReadOnly(not on)
        self.text.setVisible(True)
        if on and self.shown is not None:
            self.text.setPlainText(self.shown.text)
            self.text.setFocus()
        else:
            self._show(self.shown)
        self.edit_button.blockSignals(True)
        self.edit_button.setChecked(on)
        self.edit_button.blockSignals(False)
        self._update()

    def save_edit(self) -> None:
        """Store the edited text of the shown summary (in the background) and leave editing."""
        summary, text = self.shown, self.text.toPlainText().strip()
        if summary is None or summary.id is None or not self.editing:
            return
        self.set_editing(False)
        if text == summary.text.strip() or not text:
            return
        sid, rid, store = summary.id, self.recording_id, self._library.summaries
        self._show(replace(summary, text=text, edited=True))
        operation = Operation(self, lambda: store.update_text(sid, text))
        if rid is not None:
            operation.changes(self._bus, Change.of(Kind.SUMMARIES, ids=[rid], source=self))
        operation.success(lambda _: self._saved(rid, sid)).run()

    def _saved(self, rid: int | None, sid: int) -> None:
        self.message.say(translate("summary_panel", "Saved"))
        if rid == self.recording_id:
            self.refresh(select=sid)

    def ask_delete(self) -> None:
        """Ask whether to delete the shown summary; delete it if the user agrees."""
        summary = self.shown
        if summary is None or summary.id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("summary_panel", "Delete summary?"),
            translate("summary_panel", "Delete this summary ({made})? This cannot be undone.").format(
                made=heading(summary, datetime.now().astimezone())
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        box.setObjectName("deleteSummary")
        box.button(QMessageBox.StandardButton.Yes).setText(translate("summary_panel", "Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        sid = summary.id
        box.accepted.connect(lambda: self.delete_summary(sid))
        box.finished.connect(lambda _result: box.deleteLater())
        box.open()

    def delete_summary(self, summary_id: int) -> None:
        """Delete the summary `summary_id` (in the background), then show the newest left."""
        rid, store = self.recording_id, self._library.summaries
        operation = Operation(self, lambda: store.delete(summary_id))
        if rid is not None:
            operation.changes(self._bus, Change.of(Kind.SUMMARIES, ids=[rid], source=self))
        operation.success(lambda _: self._deleted(summary_id)).run()

    def _deleted(self, summary_id: int) -> None:
        self.summaries = [s for s in self.summaries if s.id != summary_id]
        if self.shown is not None and self.shown.id == summary_id:
            self.shown = None
        self._fill_history(None)
        self._picked(self.history.currentItem())
        self.message.say(translate("summary_panel", "Summary deleted."))
        announce(self, self.message.text())

    # --- moments ---------------------------------------------------------------------------------------

    def _chapter_chosen(self, item: QListWidgetItem) -> None:
        start = item.data(DATA)
        if start is not None:
            self.seek_requested.emit(float(start))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == SEEK_SCHEME:
            try:
                self.seek_requested.emit(float(url.path()))
            except ValueError:
                log.warning("a summary link that is not a moment: %s", url.toString())

    # --- keeping up ----------------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        """The transcript changed (summaries may be out of date now), or a summary was stored elsewhere:
        read the recording again."""
        rid = self.recording_id
        if rid is None or change.source is self:
            return
        if any(change.touches(kind, rid) for kind in (Kind.TRANSCRIPT, Kind.SUMMARIES, Kind.RECORDINGS)):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (the tab chosen): read again (the command line may have stored a summary) and look for the
        key (one may have been added)."""
        super().showEvent(event)
        self.check_key()
        if self.run is None and not self.editing:
            self.refresh()

    def _update(self) -> None:
        """Show and enable what fits the state."""
        rid, running, editing = self.recording_id, self.run is not None, self.editing
        self.controls.setVisible(rid is not None)
        self.splitter.setVisible(rid is not None)
        self.empty.setVisible(rid is None)
        self.header.setText(self.title or "")
        self.header.setVisible(bool(self.title))
        can = self.segments is not None and not running and not editing
        self.generate_button.setEnabled(can)
        self.generate_button.setToolTip(
            "" if self.segments is not None else self.note.text() if rid is not None else ""
        )
        self.cancel_button.setVisible(running)
        for widget in (self.preset, self.engine, self.instruction):
            widget.setEnabled(not running)
        self.history_box.setVisible(bool(self.summaries))
        self.history.setEnabled(not running and not editing)
        has = self.shown is not None and not running
        self.tools_row.setVisible(self.shown is not None or running)
        for button in (self.copy_button, self.export_button, self.delete_button):
            button.setEnabled(has and not editing)
        self.edit_button.setEnabled(has)
        self.save_button.setVisible(editing)
        self.discard_button.setVisible(editing)
