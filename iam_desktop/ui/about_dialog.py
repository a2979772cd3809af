"""Help → About: the app's name, version and icon, what it does with your data, and the notes on the
third-party parts it ships with."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iam_desktop import __version__
from iam_desktop.resource_files import resource_path
from iam_desktop.ui.i18n import translate

APP_NAME = "IAM Desktop"
#: the one line on privacy (as the welcome card says it)
PRIVACY = str(
    QT_TRANSLATE_NOOP(
        "about_dialog", "Runs offline — nothing leaves this computer unless you choose a cloud engine."
    )
)
#: (what, its licence, where it comes from) for the parts made by others
CREDITS = (
    (str(QT_TRANSLATE_NOOP("about_dialog", "Icons: Phosphor")),
     str(QT_TRANSLATE_NOOP("about_dialog", "MIT licence")), "https://phosphoricons.com",
     str(QT_TRANSLATE_NOOP("about_dialog", "bundled with QtAwesome (MIT)"))),
    (str(QT_TRANSLATE_NOOP("about_dialog", "Speech recognition: Whisper models")),
     str(QT_TRANSLATE_NOOP("about_dialog", "MIT licence")), "https://github.com/openai/whisper",
     str(QT_TRANSLATE_NOOP("about_dialog", "run by faster-whisper (MIT)"))),
    (str(QT_TRANSLATE_NOOP("about_dialog", "Speaker identification: Resemblyzer's voice encoder")),
     "Apache-2.0", "https://github.com/resemble-ai/Resemblyzer",
     str(QT_TRANSLATE_NOOP("about_dialog", "run in numpy"))),
    (str(QT_TRANSLATE_NOOP("about_dialog", "PDF font: DejaVu Sans")),
     str(QT_TRANSLATE_NOOP("about_dialog", "Bitstream Vera licence")), "https://dejavu-fonts.github.io", ""),
    (str(QT_TRANSLATE_NOOP("about_dialog", "User interface: Qt for Python")), "LGPL v3",
     "https://www.qt.io/qt-for-python", ""),
)  # fmt: skip


def app_icon() -> QIcon:
    """The app's icon: the application's window icon, else the one in the resources."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.windowIcon().isNull():
        return app.windowIcon()
    return QIcon(str(resource_path("icons", "iam-desktop.svg")))


def credits_html() -> str:
    """The third-party notes as HTML, one line each, with links."""
    lines = []
    for what, licence, url, note in CREDITS:
        what, licence = translate("about_dialog", what), translate("about_dialog", licence)
        extra = ", " + translate("about_dialog", note) if note else ""
        lines.append(f'{what} — {licence}{extra} (<a href="{url}">{url.split("//", 1)[1]}</a>)')
    return "<br>".join(lines)


class AboutDialog(QDialog):
    """The About box. Attributes: title_label, version_label, privacy_label, credits_label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("about_dialog", "About {app}").format(app=APP_NAME))
        self.setObjectName("aboutDialog")
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(APP_NAME)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.version_label = QLabel(
            translate("about_dialog", "Version {version}").format(version=__version__)
        )
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(translate("about_dialog", "Records, transcribes, searches and exports speech."))
        summary.setWordWrap(True)
        self.privacy_label = QLabel(translate("about_dialog", PRIVACY))
        self.privacy_label.setWordWrap(True)
        self.credits_label = QLabel(credits_html())
        self.credits_label.setWordWrap(True)
        self.credits_label.setTextFormat(Qt.TextFormat.RichText)
        self.credits_label.setOpenExternalLinks(True)
        made_with = QLabel(translate("about_dialog", "Made with the help of:"))
        text = QVBoxLayout()
        for widget in (self.title_label, self.version_label, summary, self.privacy_label):
            text.addWidget(widget)
        text.addSpacing(8)
        text.addWidget(made_with)
        text.addWidget(self.credits_label)
        text.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(icon)
        body.addSpacing(12)
        body.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.resize(520, 320)
