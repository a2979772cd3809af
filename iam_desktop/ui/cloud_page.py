"""The settings dialog's "Cloud" page: the OpenAI key (ApiKeyPage), the OpenAI model with its price per
minute, an OpenAI-compatible address, and whether to fall back to the offline engine."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.engines.factory import OPENAI_MODELS
from iam_desktop.engines.pricing import PRICE_PER_MINUTE
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import OPENAI_BASE_URL_ENV, Settings
from iam_desktop.ui.api_key_page import ApiKeyPage
from iam_desktop.ui.i18n import format_number, translate


def price_label(model: str) -> str:
    """ "whisper-1 — about $0.006 per minute" (just the name for a model without a known price)."""
    price = PRICE_PER_MINUTE.get(model)
    if price is None:
        return model
    text = translate("cloud_page", "{model} — about ${price} per minute")
    return text.format(model=model, price=format_number(price, 3))


class CloudPage(QWidget):
    """Cloud transcription. `values()` gives the chosen options by Settings name.

    Attributes: key_page (the OpenAI key), openai_model, base_url, base_url_note, fallback.
    """

    def __init__(
        self,
        settings: Settings,
        secrets: SecretStore | None = None,
        base_url: Callable[[], str | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        """`base_url` gives the address the key test uses (None = OpenAI's)."""
        super().__init__(parent)
        self.key_page = ApiKeyPage(secrets, base_url=base_url)
        key_box = QGroupBox(translate("cloud_page", "OpenAI API key"))
        key_layout = QVBoxLayout(key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.key_page)
        self.openai_model = QComboBox()
        for model in OPENAI_MODELS:
            self.openai_model.addItem(price_label(model), model)
        if self.openai_model.findData(settings.openai_model) < 0:
            self.openai_model.addItem(settings.openai_model, settings.openai_model)
        self.openai_model.setCurrentIndex(max(0, self.openai_model.findData(settings.openai_model)))
        price_note = QLabel(
            translate("cloud_page", "Prices are estimates from OpenAI's price list; they may change.")
        )
        price_note.setWordWrap(True)
        self.base_url = QLineEdit(settings.openai_base_url or "")
        self.base_url.setPlaceholderText(translate("cloud_page", "empty: OpenAI (https://api.openai.com/v1)"))
        self.base_url.setAccessibleDescription(
            translate("cloud_page", "An OpenAI-compatible address; leave it empty to use OpenAI")
        )
        self.base_url.setClearButtonEnabled(True)
        self.base_url_note = QLabel()
        self.base_url_note.setWordWrap(True)
        if os.environ.get(OPENAI_BASE_URL_ENV, "").strip():
            self.base_url_note.setText(
                translate("cloud_page", "Another address was set where the app was started; it is used.")
            )
            self.base_url_note.setToolTip(f"{OPENAI_BASE_URL_ENV}={os.environ[OPENAI_BASE_URL_ENV].strip()}")
        self.base_url_note.setVisible(bool(self.base_url_note.text()))
        self.fallback = QCheckBox(
            translate("cloud_page", "When the cloud cannot be reached, transcribe on this computer instead")
        )
        self.fallback.setChecked(settings.fallback_to_local)
        form = QFormLayout()
        self.openai_model.setAccessibleName(translate("cloud_page", "OpenAI model"))
        self.openai_model.setAccessibleDescription(price_note.text())
        form.addRow(translate("cloud_page", "Model:"), self.openai_model)
        form.addRow("", price_note)
        form.addRow(translate("cloud_page", "Service address:"), self.base_url)
        form.addRow("", self.base_url_note)
        form.addRow("", self.fallback)
        layout = QVBoxLayout(self)
        layout.addWidget(key_box)
        layout.addLayout(form)
        layout.addStretch(1)

    def base_url_problem(self) -> str | None:
        """Why the address cannot be used, in plain words; None when it is empty or looks right."""
        url = self.base_url.text().strip()
        if url and not url.startswith(("http://", "https://")):
            return translate("cloud_page", "The service address must start with http:// or https://.")
        return None

    def values(self) -> dict[str, Any]:
        """The chosen options, by their Settings names."""
        return {
            "fallback_to_local": self.fallback.isChecked(),
            "openai_model": self.openai_model.currentData(),
            "openai_base_url": self.base_url.text().strip() or None,
        }
