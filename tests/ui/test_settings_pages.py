"""The Settings dialog's pages with real widgets: each page is there and its values round-trip into
result_settings(), show_page, the theme applied live on OK, the data folder's size and Open, the
microphone picker, and message colours that follow the theme."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from iam_desktop.recording.device_names import NO_MICROPHONE
from iam_desktop.recording.devices import InputDevice
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.api_key_page import ApiKeyPage
from iam_desktop.ui.settings_dialog import SettingsDialog
from iam_desktop.ui.theme import Role, apply_theme, is_dark, palette_for

PAGES = ["General", "Transcription", "Cloud", "Recording", "Appearance", "Storage", "Backup", "Subscription",
         "Models"]
MIC = InputDevice(0, "USB Audio Device: - (hw:1,0)", "ALSA", 1, 48000.0, False)
DEFAULT = InputDevice(1, "default", "ALSA", 64, 44100.0, True)


@pytest.fixture
def restore_theme(qapp):
    """Put the application's style and palette back after a test that changes the theme."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def make_dialog(qtbot, settings: Settings | None = None, **kwargs) -> SettingsDialog:
    settings = settings or Settings()
    kwargs.setdefault("list_devices", lambda: [DEFAULT, MIC])
    dialog = SettingsDialog(settings, SecretStore(fail.Keyring()), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_every_page_is_listed_and_show_page_opens_it(qtbot, tmp_path):
    dialog = make_dialog(qtbot, data_folder=tmp_path)
    assert dialog.page_names() == PAGES
    assert [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())] == PAGES
    assert dialog.stack.currentWidget() is dialog.general_page
    dialog.show_page("Cloud")
    assert dialog.stack.currentWidget() is dialog.cloud_page and dialog.key_page.isVisible()
    assert dialog.page_list.currentItem().text() == "Cloud"
    dialog.page_list.setCurrentRow(PAGES.index("Storage"))
    assert dialog.stack.currentWidget() is dialog.storage_page
    with pytest.raises(KeyError):
        dialog.show_page("Vocabulary")  # only with a library


def test_the_values_of_every_page_round_trip(qtbot, tmp_path):
    original = Settings(cloud_chunk_seconds=600.0, extra_model_dirs=[])
    dialog = make_dialog(qtbot, original, data_folder=tmp_path)
    assert dialog.result_settings() == original  # nothing chosen: nothing changes
    general, transcription, cloud = dialog.general_page, dialog.transcription_page, dialog.cloud_page
    general.transcribe_after_recording.setChecked(False)
    choose(general.language, "pt")
    general.crash_reports.setChecked(True)
    general.crash_report_dsn.setText(" https://k@sentry.example.org/2 ")
    choose(transcription.engine, "openai")
    transcription.local_chunk.setValue(120)
    choose(cloud.openai_model, "gpt-4o-transcribe")
    cloud.base_url.setText("https://llm.example.org/v1")
    cloud.fallback.setChecked(False)
    recording = dialog.recording_page
    qtbot.waitUntil(lambda: recording.device.count() == 2, timeout=5_000)
    choose(recording.device, MIC.name)
    dialog.appearance_page.buttons["light"].setChecked(True)
    assert dialog.result_settings() == Settings(
        transcribe_after_recording=False,
        language="pt",
        crash_reports=True,
        crash_report_dsn="https://k@sentry.example.org/2",
        default_engine="openai",
        local_chunk_seconds=120.0,
        openai_model="gpt-4o-transcribe",
        openai_base_url="https://llm.example.org/v1",
        fallback_to_local=False,
        input_device=MIC.name,
        theme="light",
        cloud_chunk_seconds=600.0,  # not shown: kept
    )


def test_the_microphone_picker_shows_os_names_and_says_when_there_is_none(qtbot, tmp_path):
    dialog = make_dialog(qtbot, Settings(input_device=MIC.name), data_folder=tmp_path)
    box = dialog.recording_page.device
    qtbot.waitUntil(lambda: box.count() == 2, timeout=5_000)
    assert [box.itemText(i) for i in range(box.count())] == ["System default", "USB Audio Device"]
    assert box.currentData() == MIC.name and box.isEnabled()
    box.setCurrentIndex(0)
    assert dialog.result_settings().input_device is None

    empty = make_dialog(qtbot, Settings(input_device=MIC.name), data_folder=tmp_path, list_devices=lambda: [])
    page = empty.recording_page
    qtbot.waitUntil(lambda: NO_MICROPHONE in page.message.text(), timeout=5_000)
    assert page.device.count() == 0 and not page.device.isEnabled()
    assert empty.result_settings().input_device == MIC.name  # kept while nothing is listed


def test_choosing_dark_applies_the_dark_palette_on_ok(qtbot, tmp_path, restore_theme):
    apply_theme(QApplication.instance(), "light")
    assert not is_dark()
    dialog = make_dialog(qtbot, Settings(theme="light"), data_folder=tmp_path)
    assert dialog.appearance_page.buttons["light"].isChecked()
    dialog.appearance_page.buttons["dark"].setChecked(True)
    assert not is_dark()  # not before OK
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result_settings().theme == "dark"
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window == palette_for("dark").color(QPalette.ColorRole.Window) and window.lightness() < 60


def test_storage_shows_the_folder_size_and_opens_it(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    (folder / "audio" / "ab").mkdir(parents=True)
    (folder / "library.sqlite3").write_bytes(b"x" * 1_500_000)
    (folder / "audio" / "ab" / "one.wav").write_bytes(b"y" * 900_000)
    (folder / "audio" / "link.wav").symlink_to(folder / "library.sqlite3")  # not counted twice
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = make_dialog(qtbot, data_folder=folder)
    page = dialog.storage_page
    dialog.show_page("Storage")
    assert page.path_label.text() == str(folder)
    qtbot.waitUntil(lambda: page.size_label.text() == "2.4 MB", timeout=5_000)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(folder)]
    assert page.message.text() == ""


def test_messages_are_coloured_for_the_theme_in_use(qtbot, restore_theme):
    apply_theme(QApplication.instance(), "light")
    page = ApiKeyPage(SecretStore(fail.Keyring()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "cannot be used" in page.status.text(), timeout=5_000)
    light_red, dark_red = Role.ERROR.value
    assert page.status.text_color() == light_red
    apply_theme(QApplication.instance(), "dark")
    qtbot.waitUntil(lambda: page.status.text_color() == dark_red, timeout=5_000)
    page.hide()
    apply_theme(QApplication.instance(), "light")
    page.show()  # a page hidden while the theme changed is right once shown
    assert page.status.text_color() == light_red
    # the keyring's problem in plain words: no environment variable to set
    assert "=1" not in page.status.text() and "IAM_" not in page.status.text()


def test_the_payment_method_chosen_on_subscription_is_kept(qtbot, tmp_path):
    """The Subscription page's "Pay with" is the billing_gateway setting (the currency of the prices)."""
    dialog = make_dialog(qtbot, Settings(billing_gateway="stripe"), data_folder=tmp_path)
    page = dialog.subscription_page
    assert page.gateway_id() == "stripe"
    choose(page.gateway, "stitch")
    assert dialog.result_settings().billing_gateway == "stitch"
    assert dialog.result_settings().theme == Settings().theme  # the other pages' values are still there
