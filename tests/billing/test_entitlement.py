"""The plan in force: free without a licence, the paid plan while the licence runs and through 7 days of
offline grace, the free plan after (naming the plan that ended); a keyring that cannot be read or a
stored licence that cannot be used means the free plan with a message, never a crash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from keyring.errors import KeyringLocked
from keyring_fakes import RaisingKeyring
from licence_helpers import TestKey, reencode, trust

from iam_desktop.billing.entitlement import current_entitlement, require_feature
from iam_desktop.billing.errors import NotInPlan
from iam_desktop.billing.installation import installation_id
from iam_desktop.billing.licence_store import LicenceStore
from iam_desktop.paths import DataPaths
from iam_desktop.secrets import ALLOW_PLAINTEXT_ENV, SecretStore

PERIOD_END = datetime(2027, 1, 3, 9, 30, tzinfo=UTC)
DURING = PERIOD_END - timedelta(days=10)


@pytest.fixture
def pro_token(test_key: TestKey, paths: DataPaths) -> str:
    """A pro licence for this installation, ending on 3 January 2027."""
    return test_key.sign(plan_id="pro", installation_id=installation_id(paths),
                         period_start=PERIOD_END - timedelta(days=31), period_end=PERIOD_END)


def test_no_licence_is_the_free_plan(paths: DataPaths, licence_store: LicenceStore,
                                     test_key: TestKey) -> None:
    entitlement = current_entitlement(paths, licence_store, now=DURING)
    assert entitlement.state == "free"
    assert entitlement.plan.id == "free" and entitlement.licensed_plan is None
    assert entitlement.message == "Free plan"
    assert entitlement.cloud_minutes == 30
    assert entitlement.licence is None and entitlement.period_end is None and entitlement.grace_end is None
    for feature in ("recording", "local_transcription", "library", "export", "backup", "cloud_transcription"):
        assert entitlement.allows(feature)
        require_feature(entitlement, feature)
    assert not entitlement.allows("automatic_backup")


def test_a_running_licence_is_active(paths: DataPaths, licence_store: LicenceStore, pro_token: str) -> None:
    licence_store.save_token(pro_token)
    entitlement = current_entitlement(paths, licence_store, now=DURING)
    assert entitlement.state == "active"
    assert entitlement.plan.id == "pro" and entitlement.licensed_plan == entitlement.plan
    assert entitlement.message == "Pro — renews 3 January 2027"
    assert entitlement.cloud_minutes == 600
    assert entitlement.allows("automatic_backup") and entitlement.allows("recording")
    assert entitlement.period_end == PERIOD_END
    assert entitlement.grace_end == PERIOD_END + timedelta(days=7)
    assert entitlement.licence is not None and entitlement.licence.token == pro_token
    require_feature(entitlement, "automatic_backup")
    # to the second
    assert current_entitlement(paths, licence_store, now=PERIOD_END).state == "active"


@pytest.mark.parametrize("after", [timedelta(seconds=1), timedelta(days=3), timedelta(days=7)])
def test_within_7_days_after_the_period_end_the_paid_plan_is_kept(
        paths: DataPaths, licence_store: LicenceStore, pro_token: str, after: timedelta) -> None:
    licence_store.save_token(pro_token)
    entitlement = current_entitlement(paths, licence_store, now=PERIOD_END + after)
    assert entitlement.state == "grace"
    assert entitlement.plan.id == "pro"
    assert entitlement.allows("automatic_backup") and entitlement.cloud_minutes == 600
    assert entitlement.message.startswith("Pro — offline grace until 10 January 2027")
    require_feature(entitlement, "automatic_backup")


@pytest.mark.parametrize("after", [timedelta(days=7, seconds=1), timedelta(days=90)])
def test_after_the_grace_the_free_plan_is_in_force(paths: DataPaths, licence_store: LicenceStore,
                                                   pro_token: str, after: timedelta) -> None:
    licence_store.save_token(pro_token)
    entitlement = current_entitlement(paths, licence_store, now=PERIOD_END + after)
    assert entitlement.state == "ended"
    assert entitlement.plan.id == "free" and entitlement.licensed_plan is not None
    assert entitlement.licensed_plan.id == "pro"
    assert entitlement.message == "Your Pro licence ended on 3 January 2027: renew to keep Pro"
    assert entitlement.cloud_minutes == 30 and not entitlement.allows("automatic_backup")
    assert entitlement.allows("recording") and entitlement.allows("export")  # offline use stays
    with pytest.raises(NotInPlan) as caught:
        require_feature(entitlement, "automatic_backup")
    assert caught.value.plan_name == "Free" and caught.value.feature == "automatic_backup"
    assert "Pro licence has ended" in str(caught.value) and "upgrade to Pro" in str(caught.value)


def test_a_feature_outside_the_plan_prompts_an_upgrade(paths: DataPaths, licence_store: LicenceStore,
                                                       test_key: TestKey) -> None:
    entitlement = current_entitlement(paths, licence_store)
    with pytest.raises(NotInPlan) as caught:
        require_feature(entitlement, "automatic_backup")
    assert str(caught.value) == ("Automatic backup is not in the Free plan: upgrade to Pro on the "
                                 "Subscription page to use it.")
    with pytest.raises(ValueError):
        require_feature(entitlement, "teleportation")


def test_the_licence_limits_are_those_it_carries(paths: DataPaths, licence_store: LicenceStore,
                                                 test_key: TestKey) -> None:
    token = test_key.sign(plan_id="business", installation_id=installation_id(paths), period_end=PERIOD_END,
                          cloud_minutes=1234, features=["recording", "cloud_transcription"])
    licence_store.save_token(token)
    entitlement = current_entitlement(paths, licence_store, now=DURING)
    assert entitlement.plan.id == "business" and entitlement.cloud_minutes == 1234
    assert not entitlement.allows("automatic_backup")  # not in this licence
    assert entitlement.allows("export")  # but never less than the free plan


@pytest.mark.parametrize("backend", ["fail", "locked", "plaintext_refused"])
def test_a_keyring_that_cannot_be_read_means_free_with_a_message(
        paths: DataPaths, monkeypatch: pytest.MonkeyPatch, test_key: TestKey, backend: str) -> None:
    if backend == "fail":
        from keyring.backends.fail import Keyring as FailKeyring

        secrets = SecretStore(FailKeyring())
    elif backend == "locked":
        monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
        secrets = SecretStore(RaisingKeyring(KeyringLocked("locked")))
    else:
        monkeypatch.delenv(ALLOW_PLAINTEXT_ENV, raising=False)
        from keyring_fakes import PlaintextKeyring

        secrets = SecretStore(PlaintextKeyring())
    entitlement = current_entitlement(paths, LicenceStore(secrets), now=DURING)
    assert entitlement.state == "unreadable"
    assert entitlement.plan.id == "free" and entitlement.allows("recording")
    assert entitlement.message.startswith("The keyring could not be read: ")
    assert entitlement.message.endswith("; Free plan until it can")
    assert ".;" not in entitlement.message


def test_the_default_store_is_the_os_keyring(paths: DataPaths, licence_store: LicenceStore,
                                             pro_token: str) -> None:
    licence_store.save_token(pro_token)
    assert current_entitlement(paths, now=DURING).state == "active"


def test_a_stored_licence_that_cannot_be_used_means_free(
        paths: DataPaths, licence_store: LicenceStore, pro_token: str, second_key: TestKey,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cases = {
        "tampered": reencode(pro_token, claims={**_claims(pro_token), "plan": "business"}),
        "wrong_installation": reencode(pro_token, claims={**_claims(pro_token), "iid": "x"}),
        "malformed": "this is not a licence",
    }
    for reason, token in cases.items():
        licence_store.save_token(token)
        entitlement = current_entitlement(paths, licence_store, now=DURING)
        assert entitlement.state == "unreadable", reason
        assert entitlement.plan.id == "free" and entitlement.licence is None
        assert entitlement.message.startswith("The stored licence cannot be used: ")
        assert entitlement.message.endswith("Free plan until a valid one is activated")
        assert token not in entitlement.message
    licence_store.save_token(pro_token)
    trust(monkeypatch, second_key)  # the licence's key is no longer trusted
    entitlement = current_entitlement(paths, licence_store, now=DURING)
    assert entitlement.state == "unreadable"
    assert "not signed by a key IAM Desktop trusts" in entitlement.message


def test_a_data_folder_that_cannot_be_used_means_free(paths: DataPaths, licence_store: LicenceStore,
                                                      pro_token: str) -> None:
    licence_store.save_token(pro_token)
    (paths.root / "installation-id").unlink()
    (paths.root / "installation-id").mkdir()  # cannot be read or replaced
    entitlement = current_entitlement(paths, licence_store, now=DURING)
    assert entitlement.state == "unreadable" and entitlement.plan.id == "free"
    assert "installation" in entitlement.message


def _claims(token: str) -> dict:
    from licence_helpers import parts

    return parts(token)[1]
