"""What the user may use now: the plan in force, from the stored licence and the date.

A valid licence gives its plan until its period end ("active"), and keeps it for GRACE more days
("grace": a paying user offline for a week keeps every paid feature). After that the free plan is in
force ("ended", the message naming the plan that ended). No licence means the free plan ("free"); a
keyring that cannot be read, or a stored licence that cannot be used, also means the free plan
("unreadable", the message saying why and what to do) — never a crash. The free plan keeps full offline
use: recording, local transcription, library, export.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from iam_desktop.billing.catalogue import Plan, load_catalogue
from iam_desktop.billing.errors import NotInPlan
from iam_desktop.billing.installation import installation_id
from iam_desktop.billing.licence import Licence, check_licence, format_day
from iam_desktop.billing.licence_store import LicenceStore
from iam_desktop.errors import IamError
from iam_desktop.paths import DataPaths

log = logging.getLogger(__name__)

#: the features as a sentence names them
FEATURE_NAMES = {
    "recording": "Recording",
    "local_transcription": "Local transcription",
    "library": "The library",
    "export": "Export",
    "backup": "Backup",
    "cloud_transcription": "Cloud transcription",
    "automatic_backup": "Automatic backup",
}


@dataclass(frozen=True)
class Entitlement:
    """The plan in force and what it allows.

    Attributes:
        plan: the plan in force (the free plan when there is no usable licence or it ended).
        licensed_plan: the licence's plan, even when it ended; None without a usable licence.
        state: "free", "active", "grace", "ended" or "unreadable" (see the module's docstring).
        cloud_minutes: cloud-transcription minutes a month.
        features: the features on (catalogue.FEATURES names).
        licence: the stored licence when it could be read (even ended), else None.
        period_end, grace_end: the licence's period end and the end of its grace, else None.
        message: one plain line for the Subscription page and `subscription status`.
    """

    plan: Plan
    licensed_plan: Plan | None
    state: str
    cloud_minutes: int
    features: frozenset[str]
    licence: Licence | None
    period_end: datetime | None
    grace_end: datetime | None
    message: str

    def allows(self, feature: str) -> bool:
        """Whether `feature` is on in the plan in force."""
        return feature in self.features


def _free(plan: Plan, state: str, message: str, licence: Licence | None = None,
          licensed: Plan | None = None) -> Entitlement:
    return Entitlement(
        plan=plan, licensed_plan=licensed, state=state, cloud_minutes=plan.cloud_minutes,
        features=plan.features, licence=licence,
        period_end=licence.period_end if licence else None,
        grace_end=licence.grace_end() if licence else None, message=message,
    )


def current_entitlement(paths: DataPaths, store: LicenceStore | None = None,
                        now: datetime | None = None) -> Entitlement:
    """The entitlement at `now` (default: the current time) from the licence in `store` (default: the OS
    keyring). Never raises for a missing or broken keyring or a bad stored licence: the free plan is then
    in force and `message` says why."""
    catalogue = load_catalogue()
    free = catalogue.free()
    moment = now if now is not None else datetime.now(UTC)
    try:
        token = (store if store is not None else LicenceStore()).token()
    except IamError as exc:  # SecretsUnavailable: no keyring, locked, failing
        log.warning("the licence could not be read from the keyring: %s", exc)
        return _free(free, "unreadable", f"The keyring could not be read: {str(exc).rstrip('.')}; "
                                         f"{free.name} plan until it can")
    if token is None:
        return _free(free, "free", f"{free.name} plan")
    try:
        licence = check_licence(token, installation_id=installation_id(paths))
        plan = catalogue.plan(licence.plan_id)
    except IamError as exc:  # LicenceRefused, a damaged keys file, a data folder that cannot be used
        reason = getattr(exc, "reason", "unusable")
        log.warning("the stored licence cannot be used (%s)", reason)
        return _free(free, "unreadable", f"The stored licence cannot be used: {_sentence(exc)} "
                                         f"{free.name} plan until a valid one is activated")
    grace_end = licence.grace_end()
    if moment > grace_end:
        return _free(free, "ended", f"Your {plan.name} licence ended on {format_day(licence.period_end)}: "
                                    f"renew to keep {plan.name}", licence, plan)
    if moment > licence.period_end:
        state = "grace"
        message = (f"{plan.name} — offline grace until {format_day(grace_end)}: go online to refresh the "
                   "licence, or renew")
    else:
        state = "active"
        message = f"{plan.name} — renews {format_day(licence.period_end)}"
    return Entitlement(
        plan=plan, licensed_plan=plan, state=state,
        cloud_minutes=max(licence.cloud_minutes, free.cloud_minutes),
        features=licence.features | free.features, licence=licence, period_end=licence.period_end,
        grace_end=grace_end, message=message,
    )


def _sentence(exc: Exception) -> str:
    text = str(exc).strip()
    return text if text.endswith(".") else f"{text}."


def require_feature(entitlement: Entitlement, feature: str) -> None:
    """Nothing when the plan in force has `feature`; else NotInPlan saying which plan has it (an upgrade
    prompt, never a silent refusal). ValueError for a feature name the app does not know (a defect)."""
    if feature not in FEATURE_NAMES:
        raise ValueError(f"unknown feature {feature!r}")
    if entitlement.allows(feature):
        return
    name = FEATURE_NAMES[feature]
    current = entitlement.plan.name
    offering = [plan for plan in load_catalogue().plans if feature in plan.features]
    if not offering:
        raise NotInPlan(f"{name} is not in any plan.", feature=feature, plan_name=current)
    ended = ""
    if entitlement.state == "ended" and entitlement.licensed_plan is not None:
        ended = f" (your {entitlement.licensed_plan.name} licence has ended)"
    raise NotInPlan(
        f"{name} is not in the {current} plan{ended}: upgrade to {offering[0].name} on the Subscription page "
        "to use it.", feature=feature, plan_name=current,
    )

