"""The settings dialog's "Recording" page: the microphone to record from, by the name the OS shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget
from shiboken6 import isValid

from iam_desktop.recording.device_names import (
    SYSTEM_DEFAULT,
    DeviceChoice,
    chosen_index,
    input_choices,
)
from iam_desktop.recording.devices import InputDevice, list_input_devices
from iam_desktop.settings import Settings
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.theme import Role

_BUILT_IN = "Built-in Audio"


def no_microphone_text() -> str:
    """The core's NO_MICROPHONE ("No microphone found") in the window's language."""
    return translate("recording_page", "No microphone found")


def device_label(choice: DeviceChoice) -> str:
    """An input picker entry's label in the window's language: the core's "System default (…)",
    "… (not connected)", "Built-in Audio (…)" and "… sound server" translated; a device's own name as the
    system gives it is kept."""
    label = choice.label
    if choice.value is None and label == SYSTEM_DEFAULT:
        return translate("recording_page", "System default")
    if choice.value is None and label.startswith(f"{SYSTEM_DEFAULT} (") and label.endswith(")"):
        inner = device_label(DeviceChoice(label[len(SYSTEM_DEFAULT) + 2 : -1], ""))
        return translate("recording_page", "System default ({name})").format(name=inner)
    if choice.value and label == f"{choice.value} (not connected)":
        return translate("recording_page", "{name} (not connected)").format(name=choice.value)
    if label == _BUILT_IN:
        return translate("recording_page", "Built-in Audio")
    if label.startswith(f"{_BUILT_IN} (") and label.endswith(")"):
        part = label[len(_BUILT_IN) + 2 : -1]
        return translate("recording_page", "Built-in Audio ({part})").format(part=part)
    if label.endswith(" sound server") and " " not in label[: -len(" sound server")]:
        server = label[: -len(" sound server")]
        return translate("recording_page", "{server} sound server").format(server=server)
    return label


class RecordingPage(QWidget):
    """The input picker, filled in the background (asking the audio system can take a moment).
    `values()` gives the chosen options by Settings name; until the list is known the setting is kept.

    `list_devices` lists the inputs (tests give their own list)."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        list_devices: Callable[[], list[InputDevice]] = list_input_devices,
    ) -> None:
        super().__init__(parent)
        self._remembered = settings.input_device
        self._list_devices = list_devices
        self.device = QComboBox()
        self.device.setMinimumContentsLength(28)
        self.device.setEnabled(False)
        self.refresh_button = QPushButton(translate("recording_page", "Look again"))
        self.refresh_button.setToolTip(
            translate("recording_page", "List the inputs again, after plugging a microphone in")
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.message = StatusLabel()
        form = QFormLayout(self)
        form.addRow(translate("recording_page", "Microphone:"), self.device)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.message)
        self.refresh()

    def refresh(self) -> None:
        """List the inputs again (in the background) and fill the picker."""
        if self.device.count():
            self._remembered = self.device.currentData()
        self.refresh_button.setEnabled(False)
        self.message.say(translate("recording_page", "Looking for microphones…"))
        Operation(self, self._list_devices, pool=Pool.GENERAL).success(self._show).failure(self._failed).run()

    def _show(self, devices: list[InputDevice]) -> None:
        if not isValid(self):
            return
        self.refresh_button.setEnabled(True)
        self.message.setToolTip("")
        self._fill(input_choices(devices, self._remembered))
        missing = translate("recording_page", "No microphone found. Connect one, then choose Look again.")
        self.message.say("" if devices else missing, None if devices else Role.WARNING)

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self.refresh_button.setEnabled(True)
        self._fill([])
        # the error may name a package to install: the details are in the tooltip, for whoever helps
        text = translate(
            "recording_page",
            "The microphones cannot be listed: the computer's audio system is not available.",
        )
        self.message.say(text, Role.ERROR)
        self.message.setToolTip(str(error))

    def _fill(self, choices: list[DeviceChoice]) -> None:
        self.device.clear()
        for choice in choices:
            self.device.addItem(device_label(choice), choice.value)
        self.device.setCurrentIndex(chosen_index(choices, self._remembered) if choices else -1)
        self.device.setEnabled(bool(choices))

    def values(self) -> dict[str, Any]:
        """The chosen options, by their Settings names (the input as it was while none is listed)."""
        if not self.device.count():
            return {"input_device": self._remembered}
        return {"input_device": self.device.currentData()}
