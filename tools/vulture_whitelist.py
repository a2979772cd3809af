"""Names the dead-code check (vulture, run by scripts/run-tests.sh) must not report: each is used, but by
something vulture cannot see (Qt calling an override, alembic reading a migration module, a library
reading an attribute we set). vulture matches by name only, so one line covers every use of a name.

Never executed: vulture only parses it. Add a name only with a comment saying who uses it; a function
nothing uses is deleted instead. Names only the tests use count as unused (the check scans iam_desktop/
alone): keep such a name here only when it is there for tests to observe or drive the code.
"""

# ruff: noqa: B018  # a bare `_.name` is how a name is marked used

from vulture.whitelists.whitelist_utils import Whitelist

_ = Whitelist()

# --- Qt and pyqtgraph call these overrides -------------------------------------------------------------
_.paintEvent  # QWidget: paints the widget (ui/level_meter.py)
_.sizeHint  # QWidget / QStyledItemDelegate: the layout asks for it
_.minimumSizeHint  # QWidget: the layout asks for it
_.dragEnterEvent  # QWidget: drag and drop of media files onto the main window
_.dragMoveEvent  # QWidget: as above
_.dropEvent  # QWidget: as above
_.fetchMore  # QAbstractItemModel: the view asks for more rows as it scrolls (with canFetchMore)
_.eventFilter  # QObject: Qt calls the filter installed on a window (ui/first_frame.py)
_.createEditor  # QStyledItemDelegate: the segment table's editors
_.setEditorData  # QStyledItemDelegate: as above
_.setModelData  # QStyledItemDelegate: as above
_.columnCount  # QAbstractItemModel: the view asks for it
_.headerData  # QAbstractItemModel: the view asks for it
_.mergeWith  # QUndoCommand: the undo stack merges successive edits of one segment
_.tickStrings  # pyqtgraph AxisItem: the waveform's time axis labels
_.spacing  # a parameter of pyqtgraph's AxisItem.tickStrings signature, unused by our override

# --- alembic reads these module attributes of every migration (library/migrations/versions/) -----------
_.down_revision
_.branch_labels
_.depends_on
_.downgrade

# --- libraries read what we set or call ----------------------------------------------------------------
_.signum  # signal.signal handlers must take (signum, frame) (cli/record_command.py, cli/watch_command.py)
_.bold  # python-docx Run.bold: read when the document is saved (export/docx_format.py)
_.rgb  # python-docx ColorFormat.rgb: as above
_.author  # python-docx CoreProperties: written into the .docx file
_.last_modified_by  # as above
_.comments  # as above
_.started_at  # a SQLAlchemy column (library/schema.py), copied into JobInfo by records.py's fields() loop,
# and a capture manifest field written by asdict() (recording/capture_folder.py)

_.DataclassInstance  # library/records.py: the bound of a TypeVar, named in a string (typing only)

# --- there for tests to observe or drive the code ------------------------------------------------------
_.forget_secrets  # redaction: tests/conftest.py forgets one test's secrets before the next
_.wait_loaded  # audio/player.py: tests wait for the decode instead of sleeping
_.decode_pcm  # audio/decode.py: a whole file at once, the tests' way to read audio back (the app streams)
_.emitted  # audio/time_stretch.py: output samples so far (tests check the stretch ratio)
_.redecoded  # engines/base.py: windows decoded twice (tests check the fallback ran)
_.speech_seconds  # engines/speech_windows.py: tests check the windows cover the speech
_.skipped  # recording/live_preview.py: seconds the preview skipped when behind
_.lag  # recording/live_preview.py: seconds received but not transcribed yet
_.rank  # library/records.py SearchHit: the FTS rank the hits are ordered by
_.held_peak_dbfs  # ui/level_meter.py: the peak-hold value the meter paints
_.frames_drawn  # ui/waveform_view.py: tests check the waveform is redrawn (or not)
_.selected_ids  # ui/library_panel.py: tests read the selection
_.term_list  # ui/vocabulary_page.py: tests read the terms shown
_.QT_STRINGS  # ui/qt_strings.py: Qt's own words for lupdate; tests/ui/test_qt_strings.py checks each is real

# --- TODO(lead): dead? used only by tests: keep (move to the section above) or delete ------------------
_.SingleEngine  # engines/provider.py: "the CLI of a fixed model; tests" — the CLI no longer uses it
_.upload_format  # engines/upload_audio.py
_.verify  # library/integrity.py LibraryIntegrity.verify
_.integrity_check  # library/search_index.py ("for tests and repair"; no repair calls it)
_.save_transcript  # library/library.py (29 test uses as a seeding helper)
_.tags_of  # library/recording_store.py
_.is_trashed  # library/recording_store.py
_.option_range  # settings.py
_.option_descriptions  # settings.py
_.local_model_name  # settings.py

# --- TODO(lead): dead? used nowhere, not even by tests ---------------------------------------------------
_.JOB_STATES  # library/status.py (the other *_JOB_STATES are used)
_.set_folders  # library/watch_store.py
_.clipped_blocks  # recording/levels.py: counted, never read
_.selected_id  # ui/library_panel.py
_.folder_paths  # ui/watch_folders_page.py
_.paint  # QStyledItemDelegate: the view calls it (ui/library_delegate.py)
_.updateEditorGeometry  # QStyledItemDelegate: the view calls it (ui/library_delegate.py)
_.review_group  # ui/main_window.py: the toolbar group the tests check is hidden until a transcript is open
_.is_first_start  # ui/welcome_card.py: asked by the tests
_.is_empty  # ui/library_panel.py: the tests ask it (the window listens to emptiness_changed)
_.jobs_panel  # ui/main_window.py: the jobs list in the status bar's popover, as the tests reach it
_.contrast  # ui/theme.py: tests/ui/test_theme.py computes the WCAG contrast of the colours in use
_.clone  # QIconEngine: Qt calls it when an icon is copied (ui/icons.py)
_.last_snapshot  # backup/state.py: a BackupState field, read through asdict (`backup status --json`)
_.app_version  # backup/manifest.py: which version wrote a snapshot, kept in the manifest for later versions
_.NO_MICROPHONE  # recording/device_names.py: the core's English text; the window shows its own translation
_.translation_available  # ui/i18n.py: the tests check the compiled translations are there
_.month_name  # ui/i18n.py: the locale's month name, checked by tests/ui/test_i18n.py
_.system_sample_rate  # recording/capture_folder.py: a manifest field written to capture.json (asdict)
_.updated_at  # library/schema.py, summary_store.py: when a summary was last corrected (kept in the file)
_.mark_stale  # library/summary_store.py: the store's own way to mark a recording's summaries stale (tests)
