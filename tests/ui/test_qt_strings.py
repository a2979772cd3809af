"""Qt's own words listed for our translations (ui/qt_strings.py) are Qt's real sources in Qt's real contexts:
an entry Qt never asks for would translate nothing in Afrikaans and isiZulu."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

from iam_desktop.ui import qt_strings
from iam_desktop.ui.qt_strings import QT_STRINGS

#: entries Qt's German file leaves untranslated; Qt's French file shows they are real sources
NOT_IN_QT_GERMAN = {("QFileDialog", "Look in:"), ("QFileDialog", "Files of type:")}


def qt_translator(language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return translator


def noop_calls() -> list[tuple[str, str]]:
    """Every QT_TRANSLATE_NOOP(context, text) in the module's source, as lupdate reads it."""
    tree = ast.parse(Path(qt_strings.__file__).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args if isinstance(arg, ast.Constant))
            found.append((context, text))
    return found


def test_every_entry_is_listed_under_its_own_context():
    assert noop_calls() == list(QT_STRINGS)
    assert len(set(QT_STRINGS)) == len(QT_STRINGS)


@pytest.mark.parametrize("entry", QT_STRINGS, ids=lambda entry: f"{entry[0]}:{entry[1]}")
def test_every_entry_is_a_real_qt_source(qapp, entry):
    context, text = entry
    language = "fr" if entry in NOT_IN_QT_GERMAN else "de"
    translated = qt_translator(language).translate(context, text)
    assert translated, f"Qt's own {language} translations do not know [{context}] {text!r}"
    assert translated != text or text in ("OK", "Name")  # really a translation, not an echo


def test_the_entries_qt_german_leaves_out_are_still_out():
    """When Qt's German file gains them, they move back to the German check above."""
    german = qt_translator("de")
    assert [entry for entry in NOT_IN_QT_GERMAN if german.translate(*entry)] == []
