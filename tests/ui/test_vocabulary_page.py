"""The Settings dialog's Vocabulary page with real widgets on a real library: adding terms ("A, B, C"),
removing the selected ones, refusing a bad term, and the dialog showing the page."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import recent_announcements
from iam_desktop.ui.settings_dialog import SettingsDialog
from iam_desktop.ui.vocabulary_page import HINT, VocabularyPage, count_text


@pytest.fixture
def page(qtbot, library):
    library.vocabulary.add("Mbombela")
    widget = VocabularyPage(library.vocabulary)
    qtbot.addWidget(widget)
    widget.resize(560, 380)
    widget.show()
    qtbot.waitUntil(lambda: widget.term_list() == ["Mbombela"], timeout=5_000)
    return widget


def test_terms_typed_are_added_to_the_library(qtbot, library, page):
    assert not page.add_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(page.term_edit, "Gqeberha, nkosazana; MBOMBELA")
    assert page.add_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.term_list() == ["Gqeberha", "Mbombela", "nkosazana"], timeout=5_000)
    assert library.vocabulary.list() == ["Gqeberha", "Mbombela", "nkosazana"]
    assert page.term_edit.text() == ""
    assert page.message.text() == "Added Gqeberha, nkosazana. 3 terms."
    assert sorted(item.text() for item in page.terms.selectedItems()) == ["Gqeberha", "nkosazana"]

    # Enter in the line adds as well; a term already there is said to be there
    qtbot.keyClicks(page.term_edit, "gqeberha")
    qtbot.keyClick(page.term_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() == "Already in the list. 3 terms.", timeout=5_000)
    assert library.vocabulary.list() == ["Gqeberha", "Mbombela", "nkosazana"]


def test_selected_terms_are_removed_from_the_library(qtbot, library, page):
    library.vocabulary.add("Gqeberha, Nkosazana")
    page2 = VocabularyPage(library.vocabulary)  # a page opened now shows every stored term
    qtbot.addWidget(page2)
    qtbot.waitUntil(lambda: page2.term_list() == ["Gqeberha", "Mbombela", "Nkosazana"], timeout=5_000)
    assert not page2.remove_button.isEnabled()
    page2.terms.item(0).setSelected(True)
    page2.terms.item(2).setSelected(True)
    assert page2.remove_button.isEnabled()
    qtbot.mouseClick(page2.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page2.term_list() == ["Mbombela"], timeout=5_000)
    assert library.vocabulary.list() == ["Mbombela"]
    # (the count's plural form comes from the English translation file: count_text gives it)
    assert page2.message.text() == f"Removed Gqeberha, Nkosazana. {count_text(1)}"
    assert recent_announcements[-1] == page2.message.text()  # a screen reader hears how it went
    assert not page2.remove_button.isEnabled()


def test_a_term_too_long_is_reported_and_nothing_is_added(qtbot, library, page):
    page.term_edit.setText("Gqeberha, " + "x" * 101)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "at most 100 characters" in page.message.text(), timeout=5_000)
    assert library.vocabulary.list() == ["Mbombela"]
    assert page.term_edit.text().startswith("Gqeberha, ")  # kept, to be corrected
    assert page.add_button.isEnabled()


def test_the_settings_dialog_has_the_vocabulary_page(qtbot, library):
    library.vocabulary.add("Gqeberha")
    dialog = SettingsDialog(Settings(), SecretStore(fail.Keyring()), vocabulary=library.vocabulary)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Vocabulary" in dialog.page_names()
    dialog.show_page("Vocabulary")
    assert dialog.stack.currentWidget() is dialog.vocabulary_page
    qtbot.waitUntil(lambda: dialog.vocabulary_page.term_list() == ["Gqeberha"], timeout=5_000)
    assert HINT.startswith("Names, places and jargon the transcription should spell right.")
    dialog.close()
    # without a library (as before) the dialog simply has no such page
    plain = SettingsDialog(Settings(), SecretStore(fail.Keyring()))
    qtbot.addWidget(plain)
    assert plain.vocabulary_page is None and "Vocabulary" not in plain.page_names()
