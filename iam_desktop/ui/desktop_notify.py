"""Desktop notifications for long jobs that end while the window is in the background: the desktop's
notification service over D-Bus on Linux, else the system tray's balloon, else nothing (never an error)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from iam_desktop.library.status import JobStatus
from iam_desktop.platform_support import is_linux

log = logging.getLogger(__name__)

#: a job that took at least this long (seconds) is worth a notification when it ends
LONG_JOB_SECONDS = 30.0

#: sends a notification (title, body); True if it was handed to the desktop
Sender = Callable[[str, str], bool]


def should_notify(status: JobStatus, seconds: float, *, window_active: bool) -> bool:
    """Whether a job that ended with `status` after `seconds` of work is worth a desktop notification: it
    finished or failed, it was long, and the user is looking elsewhere."""
    return status in (JobStatus.DONE, JobStatus.FAILED) and seconds >= LONG_JOB_SECONDS and not window_active


def dbus_sender(title: str, body: str) -> bool:
    """org.freedesktop.Notifications over the session bus (Linux); False where there is none."""
    if not is_linux():
        return False
    try:
        from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    service = "org.freedesktop.Notifications"
    interface = QDBusInterface(service, "/org/freedesktop/Notifications", service, bus)
    if not interface.isValid():
        return False
    # app name, id to replace, icon, summary, body, actions, hints, timeout (-1: the desktop's default)
    arguments = ["IAM Desktop", 0, "", title, body, [], {}, -1]
    interface.callWithArgumentList(QDBus.CallMode.NoBlock, "Notify", arguments)
    return True


class _TraySender:
    """The tray balloon, with a tray icon made on first use (where the desktop has a tray)."""

    def __init__(self) -> None:
        self._tray: QSystemTrayIcon | None = None

    def __call__(self, title: str, body: str) -> bool:
        if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
            return False
        if self._tray is None:
            self._tray = QSystemTrayIcon()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                self._tray.setIcon(app.windowIcon())
            self._tray.show()
        self._tray.showMessage(title, body)
        return True


class DesktopNotifier:
    """Sends notifications through the first `senders` that can (default: D-Bus, then the tray)."""

    def __init__(self, senders: list[Sender] | None = None) -> None:
        self._senders: list[Sender] = senders if senders is not None else [dbus_sender, _TraySender()]

    def notify(self, title: str, body: str) -> bool:
        """Send one notification; False when no way worked. Never raises."""
        for sender in self._senders:
            try:
                if sender(title, body):
                    return True
            except Exception:  # a notification is a courtesy: never an error for the user
                log.info("desktop notification failed", exc_info=True)
        return False
