"""The speakers bar above the transcript: who speaks, how long and what share of the talk, each speaker in
their colour (speaker_colours), in order of first appearance; click one to see only their segments.

Every speaker is a chip ("● Speaker 1  4 min · 52%"), checkable like a tab: "All speakers" shows every
segment again. A chip's context menu (right-click, the Menu key) renames the speaker everywhere or merges it
into another one; the bar asks, the review pane makes the edit (an undoable one) and shows the bar the
segments that result (set_segments). Segments nobody is named for get a chip of their own ("No speaker")
when some others are named; the bar is hidden while nobody is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QMenu, QSizePolicy, QWidget

from iam_desktop.speakers.talk import talk_seconds
from iam_desktop.transcript import Segment
from iam_desktop.ui.i18n import format_duration, format_number, translate
from iam_desktop.ui.segment_table import NO_SPEAKER
from iam_desktop.ui.speaker_colours import speaker_colour
from iam_desktop.ui.theme import Role, semantic

#: how strongly a chosen chip is filled with its speaker's colour (over the window's colour)
CHOSEN_TINT = 0.12
#: a chip's padding left and right, the dot's diameter, the gaps after the dot and after the name (px)
PAD_X, DOT, DOT_GAP, NAME_GAP = 10, 8, 7, 8
#: the bar's margins (left and right, top and bottom) and the gap between two chips (px)
MARGIN_X, MARGIN_Y, GAP = 12, 6, 6
#: the widest a name is drawn (px); a longer one is cut short with "…" (its tooltip and spoken name are whole)
NAME_WIDTH = 220


@dataclass(frozen=True)
class SpeakerTime:
    """One speaker's talk: `speaker` (NO_SPEAKER for the segments nobody is named for), `index` (the
    colour's number, -1 for NO_SPEAKER), `seconds` talked, their `share` of all the talk (0…1) and how many
    `segments`."""

    speaker: str
    index: int
    seconds: float
    share: float
    segments: int


def talk_times(segments: Sequence[Segment]) -> list[SpeakerTime]:
    """The talk time of each speaker of `segments` (the length of their segments), in order of first
    appearance; the segments nobody is named for last (only when someone else is named)."""
    seconds = {name or NO_SPEAKER: time for name, time in talk_seconds(segments).items()}
    counts = Counter(segment.speaker or NO_SPEAKER for segment in segments)
    named = [key for key in seconds if key != NO_SPEAKER]
    if not named:
        return []
    total = sum(seconds.values())
    keys = named + ([NO_SPEAKER] if NO_SPEAKER in seconds else [])
    return [
        SpeakerTime(
            key, named.index(key) if key != NO_SPEAKER else -1, seconds[key],
            seconds[key] / total if total > 0 else 1.0 / len(keys), counts[key],
        )
        for key in keys
    ]  # fmt: skip


def chip_fill(colour: QColor, palette: QPalette) -> QColor:
    """The background of a chosen chip: a tint of its colour over the window's colour."""
    back = palette.color(QPalette.ColorRole.Window)
    t = CHOSEN_TINT
    return QColor.fromRgbF(
        colour.redF() * t + back.redF() * (1 - t),
        colour.greenF() * t + back.greenF() * (1 - t),
        colour.blueF() * t + back.blueF() * (1 - t),
    )


def percent_text(share: float) -> str:
    """A share as a whole percentage (halves up), never 0 for a share there is ("<1%")."""
    percent = int(share * 100 + 0.5)
    if share > 0 and percent == 0:
        return translate("speaker_bar", "<1%")
    return translate("speaker_bar", "{percent}%").format(percent=format_number(percent))


class SpeakerChip(QAbstractButton):
    """One entry of the bar: a coloured dot, a name and a muted detail ("4 min · 52%"), in a pill that is
    filled with the colour while it is the one chosen. `key`: the speaker it stands for (None: all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setAutoExclusive(True)  # one chosen at a time: a radio button to a screen reader
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the chosen one takes Tab (SpeakerBar._check)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.key: str | None = None
        self.index = -1
        self.detail = ""

    def show_entry(self, key: str | None, name: str, index: int, detail: str, spoken: str) -> None:
        """Stand for speaker `key` (None: all), shown as `name` with `detail`, coloured as speaker `index`
        (-1: the accent colour for all, grey for nobody named); `spoken` is what a screen reader says."""
        self.key, self.index, self.detail = key, index, detail
        self.setText(name)
        self.setAccessibleName(spoken)
        self.updateGeometry()
        self.update()

    def colour(self) -> QColor:
        """The chip's colour: its speaker's (the accent colour for all, the muted grey for nobody named)."""
        if self.key is None:
            return semantic(Role.ACCENT, self.palette())
        if self.index < 0:
            return semantic(Role.MUTED, self.palette())
        return speaker_colour(self.index, self.palette())

    def _fonts(self) -> tuple[QFont, QFont]:
        name = QFont(self.font())
        name.setWeight(QFont.Weight.DemiBold)
        return name, QFont(self.font())

    def _name(self, font: QFont) -> str:
        """The name as drawn: cut short with "…" when it is wider than NAME_WIDTH."""
        return QFontMetrics(font).elidedText(self.text(), Qt.TextElideMode.ElideRight, NAME_WIDTH)

    def sizeHint(self) -> QSize:
        name_font, detail_font = self._fonts()
        width = PAD_X + QFontMetrics(name_font).horizontalAdvance(self._name(name_font)) + PAD_X
        if self.key is not None:
            width += DOT + DOT_GAP
        if self.detail:
            width += NAME_GAP + QFontMetrics(detail_font).horizontalAdvance(self.detail)
        return QSize(width, QFontMetrics(name_font).height() + 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette, colour = self.palette(), self.colour()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(0.75, 0.75, -0.75, -0.75)
        radius = rect.height() / 2
        if self.isChecked():
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(chip_fill(colour, palette))
        else:
            hovered = self.underMouse() or self.isDown()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(
                palette.color(QPalette.ColorRole.AlternateBase) if hovered else Qt.BrushStyle.NoBrush
            )
        painter.drawRoundedRect(rect, radius, radius)

        name_font, detail_font = self._fonts()
        mirrored = self.isRightToLeft()
        x, width = float(PAD_X), float(self.width())
        middle = self.height() / 2

        def place(advance: float) -> QRectF:
            nonlocal x
            left = width - x - advance if mirrored else x
            x += advance
            return QRectF(left, 0, advance, self.height())

        if self.key is not None:  # the speaker's colour; a hollow ring for nobody named
            dot = place(DOT)
            spot = QRectF(dot.left(), middle - DOT / 2, DOT, DOT)
            if self.index >= 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            else:
                painter.setPen(QPen(semantic(Role.MUTED, palette), 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                spot.adjust(0.75, 0.75, -0.75, -0.75)
            painter.drawEllipse(spot)
            x += DOT_GAP
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        name = self._name(name_font)
        painter.drawText(place(QFontMetrics(name_font).horizontalAdvance(name)), align, name)
        if self.detail:
            x += NAME_GAP
            painter.setFont(detail_font)
            painter.setPen(semantic(Role.MUTED, palette))
            advance = QFontMetrics(detail_font).horizontalAdvance(self.detail)
            painter.drawText(place(advance), align, self.detail)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.HoverEnter, QEvent.Type.HoverLeave):
            self.update()
        return super().event(event)


class SpeakerBar(QWidget):
    """The speakers of the transcript shown, as chips (see the module); hidden while nobody is named.

    Signals:
        filter_requested: (speaker or None) show only this speaker's segments (NO_SPEAKER: those nobody is
            named for; None: all).
        rename_requested: (speaker) ask for a new name for this speaker.
        merge_requested: (speaker, into) give this speaker's segments to the other one.
    """

    filter_requested = Signal(object)
    rename_requested = Signal(str)
    merge_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerBar")
        self.setAccessibleName(translate("speaker_bar", "Speakers"))
        self.setAccessibleDescription(
            translate(
                "speaker_bar",
                "Each speaker's talk time and share. Choose a speaker (arrow keys) to show only their segments; the context menu renames a speaker or merges it into another.",  # noqa: E501
            )
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._current: str | None = None
        self.times: list[SpeakerTime] = []
        self.all_chip = SpeakerChip(self)
        self.all_chip.setObjectName("allSpeakers")
        self.all_chip.setToolTip(translate("speaker_bar", "Show every speaker's segments"))
        self._add(self.all_chip)
        self.chips: list[SpeakerChip] = []
        self.all_chip.setChecked(True)
        self.setVisible(False)

    def _add(self, chip: SpeakerChip) -> None:
        chip.clicked.connect(lambda _checked=False, c=chip: self._clicked(c))

    # --- contents -------------------------------------------------------------------------------

    @property
    def current(self) -> str | None:
        """The speaker chosen (NO_SPEAKER: nobody named; None: all)."""
        return self._current

    def speakers(self) -> list[str]:
        """The speakers shown, in order of first appearance (without NO_SPEAKER)."""
        return [t.speaker for t in self.times if t.speaker != NO_SPEAKER]

    def set_segments(self, segments: Sequence[Segment]) -> None:
        """Show the speakers of `segments` (after an edit, undo or another transcript)."""
        self.times = talk_times(segments)
        total = sum(t.seconds for t in self.times)
        count = len(self.speakers())
        self.all_chip.show_entry(
            None, translate("speaker_bar", "All speakers"), -1, format_duration(total),
            translate("speaker_bar", "All speakers: %n speakers, {time} of talk", "", count).format(
                time=format_duration(total)
            ),
        )  # fmt: skip
        while len(self.chips) < len(self.times):
            chip = SpeakerChip(self)
            chip.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
            chip.installEventFilter(self)
            self._add(chip)
            self.chips.append(chip)
            chip.show()  # (a child added to a shown widget is hidden until shown)
            QWidget.setTabOrder(self.chips[-2] if len(self.chips) > 1 else self.all_chip, chip)
        while len(self.chips) > len(self.times):
            chip = self.chips.pop()
            chip.hide()
            chip.deleteLater()
        for chip, time in zip(self.chips, self.times, strict=True):
            name = time.speaker or translate("speaker_bar", "No speaker")
            duration, percent = format_duration(time.seconds), percent_text(time.share)
            detail = translate("speaker_bar", "{time} · {percent}").format(time=duration, percent=percent)
            spoken = translate("speaker_bar", "{speaker}: {time}, {percent} of the talk").format(
                speaker=name, time=duration, percent=percent
            )
            chip.show_entry(time.speaker, name, time.index, detail, spoken)
            chip.setToolTip(
                translate(
                    "speaker_bar", "Show only {speaker}'s segments (right-click to rename or merge)"
                ).format(speaker=name)
                if time.speaker != NO_SPEAKER
                else translate("speaker_bar", "Show only the segments nobody is named for")
            )
        self.setVisible(bool(self.times))
        self._arrange()
        self._check(self._current if self._current in {t.speaker for t in self.times} else None)

    # --- layout ---------------------------------------------------------------------------------

    def _arrange(self) -> None:
        """Place the chips side by side, wrapping onto another row when one is full (from the right in a
        right-to-left window); the bar is exactly as high as its rows."""
        width, mirrored = self.width(), self.isRightToLeft()
        x, y, row_height = MARGIN_X, MARGIN_Y, 0
        for chip in (self.all_chip, *self.chips):
            hint = chip.sizeHint()
            if x > MARGIN_X and x + hint.width() > width - MARGIN_X:  # this row is full
                x, y, row_height = MARGIN_X, y + row_height + GAP, 0
            left = width - x - hint.width() if mirrored else x
            chip.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + GAP
            row_height = max(row_height, hint.height())
        height = y + row_height + MARGIN_Y
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def sizeHint(self) -> QSize:
        widest = max(chip.sizeHint().width() for chip in (self.all_chip, *self.chips))
        return QSize(widest + 2 * MARGIN_X, self.height())

    def set_current(self, speaker: str | None) -> None:
        """Mark `speaker`'s chip as chosen (None: "All speakers"), as the transcript shows it."""
        self._check(speaker)

    def chip_for(self, speaker: str | None) -> SpeakerChip | None:
        """The chip of `speaker` (None: "All speakers")."""
        if speaker is None:
            return self.all_chip
        return next((chip for chip in self.chips if chip.key == speaker), None)

    def _check(self, speaker: str | None) -> None:
        """Mark `speaker`'s chip as chosen; it alone is a Tab stop (the arrow keys move between the chips,
        as in any group of radio buttons)."""
        self._current = speaker
        chosen = self.chip_for(speaker) or self.all_chip
        chosen.setChecked(True)
        for chip in (self.all_chip, *self.chips):
            tab = Qt.FocusPolicy.StrongFocus if chip is chosen else Qt.FocusPolicy.ClickFocus
            chip.setFocusPolicy(tab)
            chip.update()

    def _clicked(self, chip: SpeakerChip) -> None:
        """A click chooses the chip (a second click on the chosen one shows everyone again)."""
        wanted = None if chip.key == self._current else chip.key
        self._check(wanted)
        self.filter_requested.emit(wanted)

    # --- the context menu -----------------------------------------------------------------------

    def menu_for(self, speaker: str) -> QMenu:
        """The context menu of `speaker`'s chip: Rename…, Merge into ▸ (the other speakers)."""
        menu = QMenu(self)
        if speaker == NO_SPEAKER:
            return menu
        rename = menu.addAction(translate("speaker_bar", "Rename {speaker}…").format(speaker=speaker))
        rename.triggered.connect(lambda _checked=False: self.rename_requested.emit(speaker))
        into = menu.addMenu(translate("speaker_bar", "Merge {speaker} into").format(speaker=speaker))
        others = [other for other in self.speakers() if other != speaker]
        into.setEnabled(bool(others))
        for other in others:
            action = into.addAction(other)
            action.triggered.connect(lambda _checked=False, o=other: self.merge_requested.emit(speaker, o))
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, SpeakerChip) and isinstance(event, QContextMenuEvent):
            if watched.key is not None and watched.key != NO_SPEAKER:
                self.menu_for(watched.key).exec(event.globalPos())
            return True
        return super().eventFilter(watched, event)
