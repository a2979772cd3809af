"""The window's side of subscriptions: activation links (`iam-desktop://activate?licence=…`, from the
command line or, on macOS, the system's open-URL event), the licence refreshed from the billing service in
the background after start and twice a day, and the Subscription page opened where an upgrade is offered.

Everything that reads the keyring or the network runs as an Operation; the outcome is told in a box (an
activation) or in the status bar (a refresh), never with the licence or the e-mail address in it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from iam_desktop.billing.activation import RefreshResult, activate, refresh_licence
from iam_desktop.billing.catalogue import load_catalogue
from iam_desktop.billing.checkout import service_for
from iam_desktop.billing.errors import BillingError
from iam_desktop.billing.licence import Licence
from iam_desktop.paths import DataPaths
from iam_desktop.redaction import redact
from iam_desktop.settings import Settings
from iam_desktop.ui.i18n import format_date, format_number, translate
from iam_desktop.ui.operations import Operation, Pool

log = logging.getLogger(__name__)
#: how often the licence is asked of the billing service while the window is open (milliseconds)
REFRESH_EVERY_MS = 12 * 3600 * 1000
#: the scheme of activation links
LINK_SCHEME = "iam-desktop"
#: the shipped plans' names (the catalogue's words), translated where they are shown
PLAN_NAMES = (
    str(QT_TRANSLATE_NOOP("window_subscription", "Free")),
    str(QT_TRANSLATE_NOOP("window_subscription", "Pro")),
    str(QT_TRANSLATE_NOOP("window_subscription", "Business")),
)


class WindowSubscription(QObject):
    """Activation links, background refreshes, and "open the Subscription page" for the main window.

    `settings()` gives the settings in use; `open_page()` shows Settings on its Subscription page;
    `say(message, ms)` writes in the status bar.

    Signals:
        entitlement_changed: a licence was activated or refreshed (the Licence).
    """

    entitlement_changed = Signal(object)

    def __init__(
        self,
        window: QWidget,
        paths: DataPaths,
        *,
        settings: Callable[[], Settings],
        open_page: Callable[[], None],
        say: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._paths = paths
        self._settings = settings
        self._open_page = open_page
        self._say = say
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_EVERY_MS)
        self._timer.timeout.connect(self.refresh)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # macOS hands opened iam-desktop:// links over as FileOpen events

    def start(self) -> None:
        """Refresh the licence soon after start (when a billing service is configured), then twice a day."""
        QTimer.singleShot(2000, self.refresh)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def open_page(self) -> None:
        """Settings on its Subscription page (where a plan is chosen and paid for)."""
        self._open_page()

    # --- activation links -------------------------------------------------------------------------

    def activate_link(self, link: str) -> None:
        """Activate the licence in `link` (or a pasted licence) in the background; a box tells the outcome."""
        paths = self._paths
        Operation(self, lambda: activate(link, paths), pool=Pool.GENERAL).success(self._activated).failure(
            self._refused
        ).run()

    def _activated(self, licence: Licence) -> None:
        name = load_catalogue().plan(licence.plan_id).name
        name = (
            translate("window_subscription", name) if name in PLAN_NAMES else name
        )  # (a seller's own: as is)
        until = format_date(licence.period_end.astimezone(UTC), long=True)
        self._say(
            translate("window_subscription", "{plan} is active until {day}.").format(plan=name, day=until),
            10000,
        )
        minutes = licence.cloud_minutes  # (lupdate reads only a plain name as the count)
        text = translate("window_subscription", "Thank you! {plan} is active on this computer until {day}, with %n cloud minutes a month. It keeps working offline.", "", minutes)  # noqa: E501  # fmt: skip
        # (%n is written without digit grouping: the count is put in again in the locale's way)
        text = text.replace(str(minutes), format_number(minutes), 1)
        self._tell(
            QMessageBox.Icon.Information, translate("window_subscription", "Licence activated"),
            text.format(plan=name, day=until),
        )  # fmt: skip
        self.entitlement_changed.emit(licence)

    def _refused(self, error: Exception) -> None:
        text = translate("window_subscription", "{reason}\n\nYour current plan is unchanged.")
        self._tell(QMessageBox.Icon.Warning, translate("window_subscription", "Licence not activated"),
                   text.format(reason=redact(str(error))))  # fmt: skip

    def _tell(self, kind: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A box over the window (opened, not exec'd: the window goes on while it is shown)."""
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("activationResult")
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url: QUrl = event.url()
            if url.scheme().lower() == LINK_SCHEME:
                self.activate_link(url.toString())
                return True
        return super().eventFilter(watched, event)

    # --- refresh ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask the billing service for the newest licence (nothing without one; offline: the stored licence
        stays in force and nothing is said)."""
        try:
            service = service_for(self._settings())
        except BillingError as exc:  # an address that is not https: said where it is set, not every 12 hours
            log.warning("the licence is not refreshed: %s", exc)
            return
        if service is None:
            return
        paths = self._paths

        def refreshed(result: RefreshResult) -> None:
            if result.changed:
                self._say(result.message, 10000)
                self.entitlement_changed.emit(result.licence)

        def failed(error: Exception) -> None:  # offline, or the service failing: the stored licence is used
            log.info("the licence was not refreshed: %s", error)

        Operation(self, lambda: refresh_licence(paths, service), pool=Pool.GENERAL).success(
            refreshed
        ).failure(failed).run()
