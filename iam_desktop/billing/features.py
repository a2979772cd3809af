"""Whether the plan in force has a feature, as a sentence for the window (None when it has)."""

from __future__ import annotations

from iam_desktop.billing.entitlement import current_entitlement, require_feature
from iam_desktop.billing.errors import NotInPlan
from iam_desktop.paths import DataPaths

AUTOMATIC_BACKUP = "automatic_backup"


def feature_refusal(paths: DataPaths, feature: str) -> str | None:
    """None when the plan in force (the licence in the keyring, else Free) includes `feature`; else what to
    do about it ("… upgrade to Pro on the Subscription page …"). Reads the keyring: run it off the GUI
    thread. Never raises for a keyring that cannot be read (the free plan is then in force)."""
    try:
        require_feature(current_entitlement(paths), feature)
    except NotInPlan as exc:
        return str(exc)
    return None
