"""The Settings dialog with real widgets: the transcription options round trip, the main window applying
and saving them, the models page and its folders, and the OpenAI key page on the private keyring of
scripts/run-tests.sh against the fake OpenAI server (the key never reaches settings.json)."""

from __future__ import annotations

import json

import pytest
from fakes.openai_server import FakeOpenAI
from keyring.backends import fail
from keyring_fakes import require_secret_service
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from iam_desktop.engines.models import REQUIRED_FILES, bundled_model, installed_models
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.paths import data_paths
from iam_desktop.secrets import OPENAI_API_KEY, OPENAI_API_KEY_ENV, SecretStore
from iam_desktop.settings import OPENAI_BASE_URL_ENV, Settings, load_settings, save_settings
from iam_desktop.ui.api_key_page import ApiKeyPage
from iam_desktop.ui.i18n import format_size
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.models_page import ModelsPage
from iam_desktop.ui.settings_dialog import SettingsDialog

KEY = "sk-test-right-0123456789abcdef"
WRONG_KEY = "sk-test-wrong-0123456789abcdef"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    monkeypatch.delenv(OPENAI_API_KEY_ENV, raising=False)
    monkeypatch.delenv(OPENAI_BASE_URL_ENV, raising=False)


@pytest.fixture
def no_keyring() -> SecretStore:
    """A store whose keyring cannot be used (the user's own keyring is never touched)."""
    return SecretStore(fail.Keyring())


def ok_button(dialog: SettingsDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def table_rows(page: ModelsPage) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def link_tiny(folder):
    """A model folder made of symbolic links to the bundled tiny.en's files."""
    folder.mkdir(parents=True)
    tiny = bundled_model()
    for name in REQUIRED_FILES:
        (folder / name).symlink_to(tiny.path / name)
    return folder


# ---- the transcription page ---------------------------------------------------------------------


def test_transcription_options_round_trip(qtbot, no_keyring):
    original = Settings(local_chunk_seconds=120.0, transcribe_after_recording=False)
    dialog = SettingsDialog(original, no_keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    page, general, cloud = dialog.transcription_page, dialog.general_page, dialog.cloud_page
    assert [cloud.openai_model.itemText(i) for i in range(cloud.openai_model.count())] == [
        "whisper-1 — about $0.006 per minute",
        "gpt-4o-transcribe — about $0.006 per minute",
        "gpt-4o-mini-transcribe — about $0.003 per minute",
    ]
    qtbot.waitUntil(lambda: page.local_model.findData("base") >= 0, timeout=10_000)  # from the models page
    assert page.local_model.itemData(0) is None and page.local_model.findData("tiny.en") > 0

    choose(page.engine, "openai")
    choose(general.language, "de")
    choose(page.local_model, "base")
    choose(cloud.openai_model, "gpt-4o-mini-transcribe")
    cloud.fallback.setChecked(False)
    cloud.base_url.setText("  http://localhost:8080/v1 ")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    chosen = dialog.result_settings()
    assert chosen == Settings(
        default_engine="openai",
        language="de",
        local_model="base",
        openai_model="gpt-4o-mini-transcribe",
        fallback_to_local=False,
        openai_base_url="http://localhost:8080/v1",
        local_chunk_seconds=120.0,  # options the dialog does not show are kept
        transcribe_after_recording=False,
    )


def test_an_address_that_is_not_http_is_refused(qtbot, no_keyring, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog = SettingsDialog(Settings(), no_keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_page("Models")
    dialog.cloud_page.base_url.setText("api.example.com")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert warnings == ["The service address must start with http:// or https://."]
    assert dialog.isVisible() and dialog.stack.currentWidget() is dialog.cloud_page
    dialog.cloud_page.base_url.clear()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_settings().openai_base_url is None


# ---- the main window ----------------------------------------------------------------------------


class StubEngine:
    name = "stub"
    model_name = "stub"


@pytest.fixture
def window(qtbot, library, no_keyring):
    runner = JobRunner(library, SingleEngine(StubEngine()))
    win = MainWindow(library, runner, secrets=no_keyring)
    qtbot.addWidget(win)
    win.show()
    yield win
    runner.shutdown(timeout=10)


def test_the_window_applies_and_saves_accepted_settings(qtbot, window, data_dir):
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.options_bar.job_options()["engine"] == "local"
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    choose(dialog.transcription_page.engine, "openai")
    choose(dialog.general_page.language, "fr")
    dialog.cloud_page.fallback.setChecked(False)
    dialog.cloud_page.base_url.setText("https://llm.example.org/v1")
    with qtbot.waitSignal(window.settings_changed) as changed:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    [new] = changed.args
    assert window.settings == new and new.default_engine == "openai" and new.language == "fr"
    assert window.options_bar.job_options() == {
        "engine": "openai",
        "model": "whisper-1",
        "language": "fr",
        "task": "transcribe",
        "allow_fallback": False,
        "speakers": 0,  # identify speakers, as many as there are (the default)
    }
    settings_file = data_dir / "settings.json"
    qtbot.waitUntil(settings_file.exists, timeout=5_000)
    saved = load_settings(data_paths(data_dir))
    assert saved == new and saved.openai_base_url == "https://llm.example.org/v1"
    qtbot.waitUntil(lambda: window.settings_dialog is None, timeout=5_000)


def test_cancel_changes_nothing(qtbot, window, data_dir):
    window.settings_action.trigger()
    dialog = window.settings_dialog
    choose(dialog.transcription_page.engine, "openai")
    dialog.reject()
    qtbot.waitUntil(lambda: window.settings_dialog is None, timeout=5_000)
    assert window.settings == Settings()
    assert window.options_bar.job_options()["engine"] == "local"
    assert not (data_dir / "settings.json").exists()


# ---- the models page ----------------------------------------------------------------------------


def test_models_page_lists_the_installed_models_with_sizes(qtbot):
    page = ModelsPage([])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10_000)
    sizes = {m.name: format_size(m.size_bytes) for m in installed_models()}
    rows = table_rows(page)
    assert [r[0] for r in rows] == ["tiny.en", "base"]
    assert rows[0] == ["tiny.en", "English only", sizes["tiny.en"], "Bundled"]
    assert rows[1][0] == "base" and rows[1][1].endswith(" languages") and rows[1][3] == "Bundled"
    assert (
        rows[1][2] == sizes["base"] and int(sizes["base"].split()[0]) > int(sizes["tiny.en"].split()[0]) > 10
    )


def test_adding_and_removing_model_folders(qtbot, tmp_path, monkeypatch):
    linked = link_tiny(tmp_path / "my-tiny")
    empty = tmp_path / "empty"
    empty.mkdir()
    chosen = [str(empty)]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: chosen[0])
    page = ModelsPage([])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no whisper model found" in page.message.text().lower(), timeout=10_000)
    assert page.extra_dirs() == [] and page.folders.count() == 0

    chosen[0] = str(linked)
    with qtbot.waitSignal(page.models_loaded, timeout=10_000) as loaded:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in loaded.args[0]] == ["tiny.en", "base", "my-tiny"]
    assert page.extra_dirs() == [str(linked)]
    assert table_rows(page)[2] == ["my-tiny", "English only", table_rows(page)[0][2], str(linked)]

    page.folders.setCurrentRow(0)
    with qtbot.waitSignal(page.models_loaded, timeout=10_000):
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.extra_dirs() == [] and page.table.rowCount() == 2


def test_the_dialog_returns_the_model_folders(qtbot, tmp_path, no_keyring):
    linked = link_tiny(tmp_path / "models" / "my-tiny")
    dialog = SettingsDialog(
        Settings(extra_model_dirs=[str(tmp_path / "models")], local_model="my-tiny"), no_keyring
    )
    qtbot.addWidget(dialog)
    page = dialog.transcription_page
    qtbot.waitUntil(lambda: dialog.models_page.table.rowCount() == 3, timeout=10_000)
    assert page.local_model.currentData() == "my-tiny"
    assert table_rows(dialog.models_page)[2][3] == str(linked)
    dialog.models_page.folders.setCurrentRow(0)
    dialog.models_page.remove_selected_folder()
    qtbot.waitUntil(lambda: dialog.models_page.table.rowCount() == 2, timeout=10_000)
    # the chosen model is gone, but the choice is kept (and marked) until the user picks another
    assert page.local_model.currentData() == "my-tiny"
    assert page.local_model.currentText() == "my-tiny (not found)"
    assert dialog.result_settings().extra_model_dirs == []


# ---- the OpenAI key page ------------------------------------------------------------------------


def test_an_unusable_keyring_is_said_plainly(qtbot, no_keyring):
    page = ApiKeyPage(no_keyring)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "cannot be used" in page.status.text(), timeout=5_000)
    assert "no secure OS keyring" in page.status.text()
    page.key_edit.setText(KEY)
    assert not page.save_button.isEnabled() and not page.remove_button.isEnabled()
    assert page.test_button.isEnabled()  # a typed key can still be tried


@pytest.fixture
def keyring_store() -> SecretStore:
    require_secret_service()
    store = SecretStore()
    store.delete(OPENAI_API_KEY)
    yield store
    store.delete(OPENAI_API_KEY)


def test_save_test_and_remove_a_key(qtbot, keyring_store, data_dir):
    with FakeOpenAI(api_key=KEY) as server:
        dialog = SettingsDialog(Settings(), keyring_store)
        qtbot.addWidget(dialog)
        dialog.cloud_page.base_url.setText(server.base_url)  # Test uses the address being edited
        page = dialog.key_page
        qtbot.waitUntil(lambda: page.status.text() == "No key stored", timeout=10_000)
        assert page.key_edit.echoMode() == page.key_edit.EchoMode.Password
        assert not page.remove_button.isEnabled() and not page.save_button.isEnabled()

        qtbot.keyClicks(page.key_edit, KEY)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: page.status.text().startswith("A key is stored in the OS keyring"), timeout=10_000
        )
        assert page.status.text() == f"A key is stored in the OS keyring ({keyring_store.backend_name()})"
        assert "SecretService" in page.status.text()
        assert page.key_edit.text() == "" and keyring_store.get(OPENAI_API_KEY) == KEY

        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)  # the stored key
        qtbot.waitUntil(lambda: page.result.text() == "Key works", timeout=10_000)
        assert server.requests[-1].auth == f"Bearer {KEY}"

        page.key_edit.setText(WRONG_KEY)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "401" in page.result.text(), timeout=10_000)
        assert page.result.text().startswith("OpenAI refused the API key (401)")
        assert WRONG_KEY not in page.result.text()
        page.key_edit.clear()

        dialog.accept()
        paths = data_paths(data_dir)
        save_settings(paths, dialog.result_settings())
        text = (data_dir / "settings.json").read_text()
        assert KEY not in text and "sk-" not in text
        assert json.loads(text)["openai_base_url"] == server.base_url

        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.status.text() == "No key stored", timeout=10_000)
        assert page.result.text() == "Key removed."
        assert keyring_store.get(OPENAI_API_KEY) is None


def test_a_key_from_the_environment_is_named(qtbot, keyring_store, monkeypatch):
    monkeypatch.setenv(OPENAI_API_KEY_ENV, KEY)
    page = ApiKeyPage(keyring_store)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.status.text() == "Using OPENAI_API_KEY from the environment", timeout=10_000)
    assert page.test_button.isEnabled() and not page.remove_button.isEnabled()
