"""The window's side of subscriptions (ui/window_subscription.py): an `iam-desktop://activate?licence=…`
link — given on the command line, or handed over by macOS as a FileOpen event — is activated in the
background and told in a box; a refused one leaves the plan as it was; the licence is refreshed from the
billing service when one is configured."""

from __future__ import annotations

import dataclasses
from urllib.parse import quote

import pytest
from billing.fake_billing_service import running_billing_service
from billing.licence_helpers import TestKey, clean_licence_store, current_licence, make_key, trust
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from iam_desktop.billing.entitlement import current_entitlement
from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings
from iam_desktop.ui.operations import wait_for_operations
from iam_desktop.ui.window_subscription import WindowSubscription


@pytest.fixture(scope="module")
def key() -> TestKey:
    return make_key("test-window-1")


@pytest.fixture
def keyring():
    with clean_licence_store() as store:
        yield store


def make(qtbot, settings: Settings | None = None):
    window = QMainWindow()
    qtbot.addWidget(window)
    said: list[str] = []
    opened: list[bool] = []
    subscription = WindowSubscription(
        window, data_paths().ensure(), settings=lambda: settings or Settings(),
        open_page=lambda: opened.append(True), say=lambda m, _ms: said.append(m),
    )  # fmt: skip
    return window, subscription, said


def result_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "activationResult" and w.isVisible()]  # fmt: skip
    assert len(boxes) == 1, boxes
    return boxes[0]


def test_a_link_activates_the_licence_and_says_so(qtbot, key, keyring, monkeypatch):
    trust(monkeypatch, key)
    _window, subscription, said = make(qtbot)
    token = current_licence(key, "business")
    with qtbot.waitSignal(subscription.entitlement_changed, timeout=10_000) as changed:
        subscription.activate_link(f"iam-desktop://activate?licence={quote(token)}")
    assert changed.args[0].plan_id == "business"
    box = result_box()
    assert "Business is active on this computer until" in box.text() and "3,000 cloud minutes" in box.text()
    box.accept()
    assert said and said[0].startswith("Business is active until")
    assert current_entitlement(data_paths()).plan.id == "business"
    assert keyring.token() == token


def test_a_refused_link_keeps_the_plan_and_says_why(qtbot, key, keyring, monkeypatch):
    trust(monkeypatch, key)
    _window, subscription, _said = make(qtbot)
    good = current_licence(key, "pro")
    keyring.save_token(good)
    other = current_licence(key, "business", installation="11111111-2222-4333-8444-555555555555")
    with qtbot.assertNotEmitted(subscription.entitlement_changed, wait=0):
        subscription.activate_link(f"iam-desktop://activate?licence={other}")
        qtbot.waitUntil(lambda: any(w.objectName() == "activationResult" and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=10_000)  # fmt: skip
    box = result_box()
    assert "This licence was issued for another installation of IAM Desktop" in box.text()
    assert "Your current plan is unchanged." in box.text() and other not in box.text()
    box.accept()
    assert keyring.token() == good


def test_macos_hands_the_link_over_as_a_file_open_event(qtbot, key, keyring, monkeypatch):
    trust(monkeypatch, key)
    _window, subscription, _said = make(qtbot)
    token = current_licence(key, "pro")
    with qtbot.waitSignal(subscription.entitlement_changed, timeout=10_000):
        QApplication.sendEvent(QApplication.instance(),
                               QFileOpenEvent(QUrl(f"iam-desktop://activate?licence={token}")))  # fmt: skip
    result_box().accept()
    subscription.stop()
    assert keyring.token() == token


def test_the_licence_is_refreshed_from_the_billing_service(qtbot, key, keyring, monkeypatch):
    trust(monkeypatch, key)
    with running_billing_service() as service:
        service.licence = {"licence": current_licence(key, "pro"), "history": []}
        settings = dataclasses.replace(Settings(), billing_service_url=service.url)
        _window, subscription, said = make(qtbot, settings)
        with qtbot.waitSignal(subscription.entitlement_changed, timeout=10_000) as changed:
            subscription.refresh()
        assert changed.args[0].plan_id == "pro"
        assert service.requests[-1].path.startswith("/v1/licence")
    assert said and current_entitlement(data_paths()).plan.id == "pro"


def test_no_billing_service_means_no_refresh_and_offline_is_quiet(qtbot, keyring):
    _window, subscription, said = make(qtbot)
    with qtbot.assertNotEmitted(subscription.entitlement_changed, wait=300):
        subscription.refresh()  # nothing configured: nothing asked
    with running_billing_service() as service:
        url = service.url  # then stopped: nobody answers there
    _window, offline, said = make(qtbot, dataclasses.replace(Settings(), billing_service_url=url))
    with qtbot.assertNotEmitted(offline.entitlement_changed, wait=200):
        offline.refresh()
        assert wait_for_operations(20_000)  # (the client tries 4 times before it gives up)
    assert said == [] and not [w for w in QApplication.topLevelWidgets()
                               if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip
