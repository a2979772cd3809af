"""The window's language on Settings → General: the picker lists "System language" and each shipped
language by its own name, and choosing one and pressing OK saves it in settings.json (it takes effect the
next time the app starts)."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.paths import data_paths
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings, load_settings
from iam_desktop.ui.general_page import GeneralPage
from iam_desktop.ui.main_window import MainWindow


class StubEngine:
    name = "stub"
    model_name = "stub"


@pytest.fixture
def window(qtbot, library):
    runner = JobRunner(library, SingleEngine(StubEngine()))
    win = MainWindow(library, runner, secrets=SecretStore(fail.Keyring()))
    qtbot.addWidget(win)
    win.show()
    yield win
    runner.shutdown(timeout=10)


def items(page: GeneralPage) -> list[tuple[str, str]]:
    box = page.interface_language
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_the_picker_lists_each_language_by_its_own_name(qtbot):
    page = GeneralPage(Settings(interface_language="fr"))
    qtbot.addWidget(page)
    assert items(page) == [
        ("System language", "system"), ("English", "en"), ("Afrikaans", "af"), ("isiZulu", "zu"),
        ("Deutsch", "de"), ("Français", "fr"), ("Español", "es"), ("Português", "pt"),
    ]  # fmt: skip
    assert page.interface_language.currentData() == "fr" and page.values()["interface_language"] == "fr"
    assert page.interface_language.accessibleName() == "Language"  # its label's words, not its value
    assert GeneralPage(Settings()).values()["interface_language"] == "system"


def test_choosing_deutsch_and_ok_saves_the_language(qtbot, window, data_dir):
    window.settings_action.trigger()
    dialog = window.settings_dialog
    box = dialog.general_page.interface_language
    box.setCurrentIndex(box.findText("Deutsch"))
    with qtbot.waitSignal(window.settings_changed) as changed:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert changed.args[0].interface_language == "de"
    settings_file = data_dir / "settings.json"
    qtbot.waitUntil(lambda: settings_file.exists() and '"de"' in settings_file.read_text(), timeout=5_000)
    assert load_settings(data_paths(data_dir)).interface_language == "de"
    assert load_settings(data_paths(data_dir)).language is None  # the language spoken is another setting
