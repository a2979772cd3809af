"""What Record records: the microphone, the computer's audio (what it plays: the other side of a call), or
both (a meeting: two tracks, "Me" and "Others"). One compact picker with an icon and a tooltip per choice,
used in the record bar and on the settings' General page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from iam_desktop.recording.session import SOURCE_BOTH, SOURCE_MICROPHONE, SOURCE_SYSTEM, SOURCES
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import GlyphEngine, phosphor

#: each source's name and what it does (English; shown translated, context "source_picker"), and its glyph
CHOICES = {
    SOURCE_MICROPHONE: (
        str(QT_TRANSLATE_NOOP("source_picker", "Microphone")),
        str(
            QT_TRANSLATE_NOOP(
                "source_picker", "Record the microphone: dictation, a talk, a meeting in a room"
            )
        ),
        "microphone",
    ),
    SOURCE_SYSTEM: (
        str(QT_TRANSLATE_NOOP("source_picker", "Computer audio")),
        str(
            QT_TRANSLATE_NOOP(
                "source_picker", "Record what the computer plays (a video, a webinar), not the microphone"
            )
        ),
        "speaker-high",
    ),
    SOURCE_BOTH: (
        str(QT_TRANSLATE_NOOP("source_picker", "Both (call)")),
        str(
            QT_TRANSLATE_NOOP(
                "source_picker",
                "Record a call: your microphone and the computer's audio, transcribed as you and the others",
            )
        ),
        "headset",
    ),
}


def normal_source(value: object) -> str:
    """A source as the settings keep it: one of SOURCES (anything else is the microphone)."""
    return value if isinstance(value, str) and value in SOURCES else SOURCE_MICROPHONE


def source_icon(source: str) -> QIcon:
    """The source's icon (a microphone, a speaker, a headset), in the palette's text colour; an empty icon
    when the icon font cannot be loaded (an icon is decoration: the choice has its words)."""
    palette = QApplication.palette()
    color = QColor(palette.color(QPalette.ColorRole.WindowText))
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    try:
        family, codes = phosphor()
        glyph = chr(codes[CHOICES[normal_source(source)][2]])
    except Exception:  # (icons.icon() logs the font's absence already)
        return QIcon()
    return QIcon(GlyphEngine(family, glyph, color, disabled))


class SourcePicker(QComboBox):
    """Microphone / Computer audio / Both (call), each with its icon and a tooltip saying what it records;
    `source()` is the chosen one (SOURCE_MICROPHONE, SOURCE_SYSTEM or SOURCE_BOTH)."""

    def __init__(self, chosen: str = SOURCE_MICROPHONE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for source, (name, tip, _glyph) in CHOICES.items():
            self.addItem(source_icon(source), translate("source_picker", name), source)
            self.setItemData(self.count() - 1, translate("source_picker", tip), Qt.ItemDataRole.ToolTipRole)
        self.setAccessibleName(translate("source_picker", "Record from"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._show_tip)
        self.set_source(chosen)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # (another theme: the icons in its text colour)
            for index in range(self.count()):
                self.setItemIcon(index, source_icon(self.itemData(index)))

    def source(self) -> str:
        return normal_source(self.currentData())

    def set_source(self, source: str) -> None:
        """Show `source` as chosen (anything unknown: the microphone); emits no `activated`."""
        self.setCurrentIndex(max(0, self.findData(normal_source(source))))
        self._show_tip()

    def _show_tip(self) -> None:
        tip = translate("source_picker", CHOICES[self.source()][1])
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
