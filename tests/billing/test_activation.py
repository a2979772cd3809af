"""Activation (pasted licence or iam-desktop:// link), refresh from the billing service (a real local HTTP
server), the installation ID and the licence store — with no licence or e-mail in any log record."""

from __future__ import annotations

import logging
import os
import stat
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from fake_billing_service import running_billing_service
from licence_helpers import EMAIL, TestKey, parts, reencode

from iam_desktop.billing.activation import activate, refresh_licence
from iam_desktop.billing.entitlement import current_entitlement
from iam_desktop.billing.errors import BillingError, BillingServiceError, LicenceRefused
from iam_desktop.billing.history import HistoryEntry, load_history
from iam_desktop.billing.installation import INSTALLATION_FILE, installation_id
from iam_desktop.billing.licence_store import LicenceStore
from iam_desktop.billing.service import BillingService
from iam_desktop.errors import StorageError
from iam_desktop.paths import DataPaths

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
PERIOD_END = datetime(2027, 1, 1, tzinfo=UTC)


def pro(key: TestKey, paths: DataPaths, **changes) -> str:
    settings = {"plan_id": "pro", "installation_id": installation_id(paths),
                "period_start": datetime(2026, 12, 1, tzinfo=UTC), "period_end": PERIOD_END,
                "amount": 900, "currency": "USD", "invoice_url": "https://invoice.stripe.com/i/acct_1/inv_1"}
    settings.update(changes)
    return key.sign(**settings)


def assert_nothing_leaked(records: list[logging.LogRecord], *secrets: str) -> None:
    for record in records:
        text = record.getMessage() + repr(record.args) + (record.exc_text or "")
        for secret in secrets:
            assert secret not in text, record.getMessage()
            for piece in secret.split("."):
                assert len(piece) < 16 or piece not in text


# ---- activation ---------------------------------------------------------------------------------------


def test_activating_a_pasted_licence_stores_it(paths: DataPaths, licence_store: LicenceStore,
                                               test_key: TestKey, caplog: pytest.LogCaptureFixture) -> None:
    token = pro(test_key, paths)
    caplog.set_level(logging.DEBUG)
    licence = activate(f"  {token}\n", paths, licence_store, now=NOW)
    assert licence.plan_id == "pro" and licence.token == token
    assert licence_store.token() == token
    assert licence_store.email() == EMAIL
    assert load_history(paths) == [HistoryEntry("pro", datetime(2026, 12, 1).date(), PERIOD_END.date(), 900,
                                                "USD", "https://invoice.stripe.com/i/acct_1/inv_1")]
    history_text = (paths.root / "billing-history.json").read_text()
    assert EMAIL not in history_text and token not in history_text
    assert current_entitlement(paths, licence_store, now=NOW).state == "active"
    assert any("activated" in r.getMessage() for r in caplog.records)
    assert_nothing_leaked(caplog.records, token, EMAIL)


def test_activating_through_the_link(paths: DataPaths, licence_store: LicenceStore,
                                     test_key: TestKey) -> None:
    token = pro(test_key, paths, plan_id="business")
    licence = activate(f"iam-desktop://activate?licence={token}", paths, licence_store, now=NOW)
    assert licence.plan_id == "business" and licence_store.token() == token
    assert current_entitlement(paths, licence_store, now=NOW).plan.id == "business"


def test_a_refused_activation_leaves_the_stored_licence(paths: DataPaths, licence_store: LicenceStore,
                                                        test_key: TestKey, second_key: TestKey,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    good = pro(test_key, paths)
    activate(good, paths, licence_store, now=NOW)
    history = (paths.root / "billing-history.json").read_bytes()
    caplog.set_level(logging.DEBUG)
    bad = {
        "tampered": reencode(good, claims={**parts(good)[1], "plan": "business"}),
        "foreign_key": pro(second_key, paths, plan_id="business"),
        "expired": pro(test_key, paths, period_start=datetime(2025, 1, 1, tzinfo=UTC),
                       period_end=datetime(2025, 2, 1, tzinfo=UTC)),
        "wrong_installation": pro(test_key, paths, installation_id=str(uuid.uuid4())),
        "malformed": "iam-desktop://activate?licence=nonsense",
    }
    for reason, token in bad.items():
        with pytest.raises(LicenceRefused) as caught:
            activate(token, paths, licence_store, now=NOW)
        assert caught.value.reason == reason
        assert token not in str(caught.value) and EMAIL not in str(caught.value)
        assert licence_store.token() == good
        assert licence_store.email() == EMAIL
    assert (paths.root / "billing-history.json").read_bytes() == history
    assert_nothing_leaked(caplog.records, good, EMAIL, *bad.values())
    assert any("refused" in r.getMessage() for r in caplog.records)


def test_activation_with_a_keyring_that_fails_reports_it(paths: DataPaths, test_key: TestKey,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    from iam_desktop.errors import SecretsUnavailable
    from iam_desktop.secrets import SecretStore

    with pytest.raises(SecretsUnavailable):
        activate(pro(test_key, paths), paths, LicenceStore(SecretStore(FailKeyring())), now=NOW)
    assert load_history(paths) == []


# ---- refresh ------------------------------------------------------------------------------------------


def service_for(fake) -> BillingService:
    return BillingService(fake.url, retries=0, backoff=0.01, timeout=5)


def test_refresh_stores_a_newer_licence(paths: DataPaths, licence_store: LicenceStore, test_key: TestKey,
                                        caplog: pytest.LogCaptureFixture) -> None:
    old = pro(test_key, paths)
    activate(old, paths, licence_store, now=NOW)
    newer = pro(test_key, paths, period_start=PERIOD_END, period_end=datetime(2027, 2, 1, tzinfo=UTC),
                invoice_url="https://invoice.stripe.com/i/acct_1/inv_2")
    caplog.set_level(logging.DEBUG)
    with running_billing_service() as fake:
        fake.licence = {"licence": newer, "history": [
            {"plan": "pro", "period_start": "2026-11-01", "period_end": "2026-12-01", "amount": 900,
             "currency": "USD", "invoice_url": "https://invoice.stripe.com/i/acct_1/inv_0"}]}
        result = refresh_licence(paths, service_for(fake), licence_store, now=NOW)
        assert fake.requests[-1].query == {"installation_id": [installation_id(paths)]}
    assert result.changed and result.licence is not None and result.licence.token == newer
    assert result.message == "Licence refreshed: Pro until 1 February 2027."
    assert licence_store.token() == newer
    assert [entry.period_start.isoformat() for entry in load_history(paths)] == [
        "2027-01-01", "2026-12-01", "2026-11-01"]
    assert current_entitlement(paths, licence_store, now=PERIOD_END + timedelta(days=20)).state == "active"
    assert_nothing_leaked(caplog.records, old, newer, EMAIL)


def test_refresh_keeps_a_licence_that_is_as_new(paths: DataPaths, licence_store: LicenceStore,
                                                test_key: TestKey) -> None:
    current = pro(test_key, paths)
    activate(current, paths, licence_store, now=NOW)
    older = pro(test_key, paths, period_end=PERIOD_END - timedelta(days=1))
    with running_billing_service() as fake:
        for offered in (current, older):
            fake.licence = {"licence": offered, "history": []}
            result = refresh_licence(paths, service_for(fake), licence_store, now=NOW)
            assert not result.changed and result.message == "The licence is up to date."
            assert result.licence is not None and result.licence.token == current
            assert licence_store.token() == current
        # another plan, even with the same end: the upgrade (or downgrade) the user paid for
        business = pro(test_key, paths, plan_id="business")
        fake.licence = {"licence": business, "history": []}
        assert refresh_licence(paths, service_for(fake), licence_store, now=NOW).changed
    assert licence_store.token() == business


def test_refresh_refuses_a_forged_licence(paths: DataPaths, licence_store: LicenceStore, test_key: TestKey,
                                          second_key: TestKey, caplog: pytest.LogCaptureFixture) -> None:
    current = pro(test_key, paths)
    activate(current, paths, licence_store, now=NOW)
    forged = {
        "foreign_key": pro(second_key, paths, plan_id="business",
                           period_end=datetime(2030, 1, 1, tzinfo=UTC)),
        "tampered": reencode(current, claims={**parts(current)[1], "plan": "business"}),
    }
    caplog.set_level(logging.DEBUG)
    with running_billing_service() as fake:
        for reason, token in forged.items():
            fake.licence = {"licence": token, "history": []}
            result = refresh_licence(paths, service_for(fake), licence_store, now=NOW)
            assert not result.changed, reason
            assert result.message.startswith("The billing service sent a licence that cannot be used")
            assert token not in result.message and EMAIL not in result.message
            assert result.licence is not None and result.licence.token == current
            assert licence_store.token() == current
    assert_nothing_leaked(caplog.records, current, EMAIL, *forged.values())


def test_refresh_without_a_licence_at_the_service(paths: DataPaths, licence_store: LicenceStore,
                                                  test_key: TestKey) -> None:
    with running_billing_service() as fake:
        for answer in ({"licence": None, "history": []}, None):  # null, and 404
            fake.licence = answer
            result = refresh_licence(paths, service_for(fake), licence_store, now=NOW)
            assert not result.changed and result.licence is None
            assert "no licence for this installation" in result.message
    assert licence_store.token() is None


def test_an_unreachable_service_keeps_the_stored_licence(paths: DataPaths, licence_store: LicenceStore,
                                                         test_key: TestKey) -> None:
    current = pro(test_key, paths)
    activate(current, paths, licence_store, now=NOW)
    with running_billing_service() as fake:
        fake.fail_next(500, times=5)
        with pytest.raises(BillingServiceError):
            refresh_licence(paths, service_for(fake), licence_store, now=NOW)
    assert licence_store.token() == current


# ---- the installation ID --------------------------------------------------------------------------------


def test_the_installation_id_is_made_once_and_private(paths: DataPaths) -> None:
    first = installation_id(paths)
    assert uuid.UUID(first).version == 4 and str(uuid.UUID(first)) == first
    assert installation_id(paths) == first
    path = paths.root / INSTALLATION_FILE
    assert path.read_text().strip() == first
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in paths.root.iterdir() if p.name.startswith(".installation-id")]


def test_concurrent_first_calls_agree(paths: DataPaths) -> None:
    found: list[str] = []
    threads = [threading.Thread(target=lambda: found.append(installation_id(paths))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(found)) == 1 and len(found) == 8


@pytest.mark.parametrize("content", [b"", b"not a uuid\n", b"\xff\xfe",
                                     b"0B7D6C1E-4A5F-4C3E-9A1B-2C3D4E5F6A7B"])
def test_a_damaged_installation_id_is_replaced(paths: DataPaths, content: bytes,
                                               caplog: pytest.LogCaptureFixture) -> None:
    (paths.root / INSTALLATION_FILE).write_bytes(content)
    made = installation_id(paths)
    assert uuid.UUID(made).version == 4
    assert installation_id(paths) == made
    assert "damaged" in caplog.text


def test_an_unusable_data_folder_is_a_storage_error(paths: DataPaths) -> None:
    (paths.root / INSTALLATION_FILE).mkdir()
    with pytest.raises(StorageError, match="installation"):
        installation_id(paths)


# ---- the licence store ----------------------------------------------------------------------------------


def test_the_store_keeps_and_clears_licence_and_email(licence_store: LicenceStore) -> None:
    assert licence_store.token() is None and licence_store.email() is None
    assert not licence_store.clear()
    licence_store.save_token("aaaa.bbbb.cccc")
    licence_store.save_email("  someone@example.com ")
    assert licence_store.token() == "aaaa.bbbb.cccc"
    assert licence_store.email() == "someone@example.com"
    assert licence_store.clear()
    assert licence_store.token() is None and licence_store.email() is None


@pytest.mark.parametrize("email", ["", "nobody", "two@@example.com", "a@b@c", "with space@example.com",
                                   "@example.com", "someone@", "x" * 250 + "@example.com"])
def test_an_odd_email_is_refused_without_being_shown(licence_store: LicenceStore, email: str) -> None:
    with pytest.raises(BillingError) as caught:
        licence_store.save_email(email)
    assert (len(email) < 4 or email.strip() not in str(caught.value)) and "one @" in str(caught.value)
    assert licence_store.email() is None
