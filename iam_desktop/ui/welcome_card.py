"""The main area when no transcript is open: on first start a welcome card (a large Record button, Add
files, a drop zone and one line on privacy); later a quiet hint to pick a recording or drop a file."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.theme import Role, css, record_button_style

PRIVACY_LINE = str(
    QT_TRANSLATE_NOOP(
        "welcome_card", "Runs offline — nothing leaves this computer unless you choose a cloud engine."
    )
)
FIRST_TITLE = str(QT_TRANSLATE_NOOP("welcome_card", "Welcome to IAM Desktop"))
FIRST_TEXT = str(
    QT_TRANSLATE_NOOP(
        "welcome_card",
        "Record an interview, a lecture or a meeting, or drop audio and video files here to transcribe them.",
    )
)
PICK_TITLE = str(QT_TRANSLATE_NOOP("welcome_card", "No recording open"))
#: the card's width, and how narrow it may get in a narrow window (pixels)
ZONE_WIDTH, ZONE_MIN_WIDTH = 580, 300
PICK_TEXT = str(
    QT_TRANSLATE_NOOP(
        "welcome_card",
        "Pick a recording in the list, record a new one, or drop files here to transcribe them.",
    )
)


class DropZone(QWidget):
    """A rounded, dashed outline around its contents: the place files can be dropped."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.palette().color(QPalette.ColorRole.Mid))
        pen = QPen(color, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 14, 14)


class WelcomeCard(QWidget):
    """What the main area shows with no transcript open.

    Attributes: title, text, record_button, add_button, privacy, restore_link (the labels and buttons;
    the link shows on first start only).

    Signals:
        record_requested: the user pressed the large Record button.
        add_files_requested: the user pressed Add files.
        restore_requested: the user wants the library back from a backup (first start only).
    """

    #: the user wants to record
    record_requested = Signal()
    #: the user wants to choose files to add
    add_files_requested = Signal()
    #: the user wants to restore a backup
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeCard")
        self.title = QLabel(translate("welcome_card", FIRST_TITLE))
        self.title.setObjectName("welcomeTitle")
        self.title.setWordWrap(True)  # large text (200%) or a long translation wraps instead of being cut
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(translate("welcome_card", FIRST_TEXT))
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.record_button = QPushButton(icon("record"), translate("welcome_card", "  Record"))
        self.record_button.setObjectName("welcomeRecord")
        self.record_button.setAccessibleName(translate("welcome_card", "Record"))
        self.record_button.setToolTip(
            translate("welcome_card", "Start recording from the microphone (Ctrl+R)")
        )
        self.record_button.setMinimumHeight(48)
        self.record_button.setMinimumWidth(180)
        self.record_button.clicked.connect(self.record_requested)
        self.add_button = QPushButton(icon("add"), translate("welcome_card", "  Add files…"))
        self.add_button.setAccessibleName(translate("welcome_card", "Add files…"))
        self.add_button.setToolTip(
            translate("welcome_card", "Choose audio or video files to transcribe (Ctrl+O)")
        )
        self.add_button.setMinimumHeight(48)
        self.add_button.setMinimumWidth(180)
        self.add_button.clicked.connect(self.add_files_requested)
        self.drop_hint = QLabel(translate("welcome_card", "or drop files anywhere in this window"))
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy = QLabel(translate("welcome_card", PRIVACY_LINE))
        self.privacy.setWordWrap(True)
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restore_link = QPushButton(translate("welcome_card", "Restore from a backup…"))
        self.restore_link.setObjectName("welcomeRestore")
        self.restore_link.setFlat(True)
        self.restore_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.restore_link.setToolTip(
            translate("welcome_card", "Get a library back from a backup in S3-compatible storage")
        )
        self.restore_link.clicked.connect(self.restore_requested)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.zone = DropZone()
        zone = QVBoxLayout(self.zone)
        zone.setContentsMargins(32, 28, 32, 28)
        zone.setSpacing(14)
        zone.addWidget(self.title)
        zone.addWidget(self.text)
        zone.addSpacing(6)
        zone.addLayout(buttons)
        zone.addWidget(self.drop_hint)
        zone.addSpacing(6)
        zone.addWidget(self.privacy)
        zone.addWidget(self.restore_link, 0, Qt.AlignmentFlag.AlignHCenter)
        self.zone.setFixedWidth(ZONE_WIDTH)  # (a fixed width lets the wrapped labels ask for their height)
        self.zone.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addWidget(self.zone, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setMinimumSize(ZONE_MIN_WIDTH + 48, 300)  # (set here: the layout leaves it as it is)
        self._first_start = True
        self._recolour()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The card keeps its width, narrower only when the area is (it never holds the window wide)."""
        self.zone.setFixedWidth(max(ZONE_MIN_WIDTH, min(ZONE_WIDTH, event.size().width() - 48)))
        super().resizeEvent(event)

    def set_first_start(self, first: bool) -> None:
        """First start (an empty library): the welcome; otherwise the quieter hint to pick a recording."""
        self._first_start = first
        self.title.setText(translate("welcome_card", FIRST_TITLE if first else PICK_TITLE))
        self.text.setText(translate("welcome_card", FIRST_TEXT if first else PICK_TEXT))
        self.restore_link.setVisible(first)

    def is_first_start(self) -> bool:
        """True while the card welcomes a new user (the library is empty)."""
        return self._first_start

    def set_can_record(self, can: bool, reason: str = "") -> None:
        """Record is disabled, with the reason in its tooltip, when no microphone can be used."""
        self.record_button.setEnabled(can)
        tip = translate("welcome_card", "Start recording from the microphone (Ctrl+R)")
        self.record_button.setToolTip(tip if can else reason)

    def changeEvent(self, event: QEvent) -> None:  # a theme change: the semantic colours follow
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def _recolour(self) -> None:
        muted = css(Role.MUTED, self.palette())
        self.text.setStyleSheet(f"color: {muted};")
        self.drop_hint.setStyleSheet(f"color: {muted};")
        self.privacy.setStyleSheet(f"color: {muted};")
        accent = css(Role.ACCENT, self.palette())
        self.restore_link.setStyleSheet(f"QPushButton#welcomeRestore {{ color: {accent}; border: none; }}")
        style = record_button_style("welcomeRecord", self.palette(), radius=8, padding="0 18px")
        self.record_button.setStyleSheet(style)
        self.record_button.setIcon(icon("record", "white"))
