"""Names for screen readers taken from what the eye reads: a field with a label (a form row, a label made
its buddy) is given that label's words as its accessible name, so that a screen reader announces "Engine"
rather than the choice it holds ("Offline (this computer)") — Qt names a combo box by its current value
otherwise. A name set by hand is kept."""

from __future__ import annotations

import sys
from collections import deque

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QLabel, QWidget


def label_text(label: QLabel) -> str:
    """The words of `label` as a name: without the mnemonic "&" and a trailing colon."""
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def name_fields_from_labels(root: QWidget) -> None:
    """Give every labelled field under `root` (a label's buddy) without an accessible name its label's
    words. Call once the widgets are built (again after rows are added)."""
    for label in root.findChildren(QLabel):
        field = label.buddy()
        if field is not None and not field.accessibleName().strip():
            text = label_text(label)
            if text:
                field.setAccessibleName(text)


#: the newest announcements made, oldest first (the last 50), for the status bar's history and for tests
recent_announcements: deque[str] = deque(maxlen=50)
#: on Linux, announcements go through a Notification-role widget (see `_Notice`) rather than Qt's event
NOTIFICATION_FALLBACK = sys.platform.startswith(("linux", "freebsd", "openbsd"))


def announce(source: QObject, text: str, assertive: bool = False) -> None:
    """Tell a screen reader about a change the eye sees but focus does not reach (a recording started,
    a job finished or failed, how many search results): a polite announcement, or an assertive one
    that interrupts (errors). `source` is the widget the news is about (or the window).

    Windows and macOS get Qt's announcement event (UI Automation and VoiceOver speak it). AT-SPI screen
    readers before Orca 46 ignore that event, so on Linux the text is shown in the window's notice, a
    one-pixel widget with the Notification role, which Orca speaks whenever it appears."""
    if not text:
        return
    recent_announcements.append(text)
    if NOTIFICATION_FALLBACK:
        widget = source if isinstance(source, QWidget) else QApplication.activeWindow()
        if widget is not None:
            _notice_for(widget.window()).say(text)
        return
    event = QAccessibleAnnouncementEvent(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)


class _Notice(QLabel):
    """A window's notice for screen readers: a see-through one-pixel label in its corner, shown anew with
    each announcement (AT-SPI's state-changed:showing of a Notification, which Orca speaks)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("screenReaderNotice")
        self.setFixedSize(1, 1)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("background: transparent; color: transparent;")
        self.move(0, 0)
        self.hide()

    def say(self, text: str) -> None:
        self.hide()
        self.setText(text)
        self.setAccessibleName(text)
        self.show()
        self.raise_()


class _NotificationAccessible(QAccessibleWidget):
    """What a `_Notice` is to a screen reader: a Notification whose name is the news."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Notification)


_interfaces: dict[int, _NotificationAccessible] = {}


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, _Notice):
        return None
    interface = _interfaces.get(id(obj))
    if interface is None:
        interface = _interfaces[id(obj)] = _NotificationAccessible(obj)
        obj.destroyed.connect(lambda *_: _interfaces.pop(id(obj), None))
    return interface


_factory_installed = False


def _notice_for(window: QWidget) -> _Notice:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True
    notice = window.findChild(_Notice, "screenReaderNotice", Qt.FindChildOption.FindDirectChildrenOnly)
    return notice if isinstance(notice, _Notice) else _Notice(window)


def shortcut_tooltip(text: str, action: QAction) -> str:
    """`text` followed by the action's first shortcut as the platform writes it: "Export… (Ctrl+E)"."""
    keys = [key for key in action.shortcuts() if not key.isEmpty()]
    if not keys:
        return text
    shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
    return text if shortcut in text else f"{text} ({shortcut})"


def add_shortcuts_to_tooltips(root: QObject) -> None:
    """Every action under `root` that has a shortcut says it in its tooltip (toolbar buttons, menus that
    show tooltips), so a mouse user learns the key. Call again after actions change their shortcut."""
    for action in root.findChildren(QAction):
        if action.isSeparator() or not action.text():
            continue
        tip = action.toolTip() or action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        action.setToolTip(shortcut_tooltip(tip, action))
