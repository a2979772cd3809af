"""The plan's cloud minutes, enforced before any audio is sent.

`check_cloud_quota` is asked before a job is queued (the window, `iam-desktop transcribe`) and again before
every chunk the cloud engine is sent (`CloudQuota`, in the job pipeline), so a month's allowance is never
overrun by queued work; refusals are QuotaExceeded / NotInPlan with an upgrade suggestion in plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from iam_desktop.billing.catalogue import Plan, load_catalogue
from iam_desktop.billing.entitlement import Entitlement, current_entitlement
from iam_desktop.billing.errors import NotInPlan, QuotaExceeded
from iam_desktop.billing.usage import UsageMeter
from iam_desktop.errors import StorageError
from iam_desktop.paths import DataPaths

log = logging.getLogger(__name__)

CLOUD = "cloud_transcription"
#: a job needs this much allowance left to be sent at all (seconds)
MINIMUM_SECONDS = 1.0


def remaining_seconds(entitlement: Entitlement, meter: UsageMeter, now: datetime | None = None) -> float:
    """The cloud seconds left this month under `entitlement` (0 when the plan has no cloud minutes)."""
    if not entitlement.allows(CLOUD):
        return 0.0
    return max(0.0, entitlement.cloud_minutes * 60.0 - meter.month_seconds(now))


def better_plan(entitlement: Entitlement, *, more_minutes_than: float = 0.0) -> Plan | None:
    """The cheapest plan above the one in force that has cloud transcription with more than
    `more_minutes_than` minutes a month (None when there is none)."""
    for plan in load_catalogue().plans:
        better = plan.rank > entitlement.plan.rank and plan.cloud_minutes > more_minutes_than
        if better and CLOUD in plan.features:
            return plan
    return None


def upgrade_hint(entitlement: Entitlement, *, needed_minutes: float = 0.0) -> str:
    """"Upgrade to Pro (600 cloud minutes a month)", or how to go on when no plan has more."""
    plan = better_plan(entitlement, more_minutes_than=max(needed_minutes, entitlement.cloud_minutes))
    if plan is None:
        return "The allowance starts again on the 1st of next month"
    return f"Upgrade to {plan.name} ({plan.cloud_minutes:,} cloud minutes a month)"


def check_cloud_quota(
    entitlement: Entitlement, meter: UsageMeter, needed_seconds: float, now: datetime | None = None
) -> None:
    """Nothing when `needed_seconds` of audio fit in what is left of this month's cloud minutes; else
    NotInPlan (the plan has no cloud transcription) or QuotaExceeded, each saying what would help."""
    plan = entitlement.plan
    if not entitlement.allows(CLOUD):
        raise NotInPlan(
            f"Cloud transcription is not part of the {plan.name} plan. {upgrade_hint(entitlement)}, or "
            "transcribe on this computer.",
            feature=CLOUD,
            plan_name=plan.name,
        )
    limit = entitlement.cloud_minutes * 60.0
    used = meter.month_seconds(now)
    left = max(0.0, limit - used)
    needed = max(needed_seconds, MINIMUM_SECONDS)
    if needed <= left:
        return
    if left < MINIMUM_SECONDS:
        situation = (
            f"This month's {entitlement.cloud_minutes:,} cloud minutes of the {plan.name} plan are used up."
        )
    else:
        situation = (
            f"This needs about {_minutes(needed)} cloud minutes, but only {_minutes(left)} of the "
            f"{plan.name} plan's {entitlement.cloud_minutes:,} minutes are left this month."
        )
    hint = upgrade_hint(entitlement, needed_minutes=(used + needed) / 60.0)
    raise QuotaExceeded(
        f"{situation} {hint}, or transcribe on this computer (free and unlimited). Nothing was sent.",
        used_seconds=used,
        limit_seconds=limit,
        needed_seconds=needed,
        plan_name=plan.name,
    )


def _minutes(seconds: float) -> str:
    """Minutes as people say them: "2.5", "3" (not "3.0"), "45", "1,200"."""
    minutes = seconds / 60.0
    if minutes >= 10:
        return f"{minutes:,.0f}"
    return f"{minutes:.1f}".removesuffix(".0")


class CloudQuota:
    """The allowance as a job sees it: `check` before each chunk is sent, `record` once it was transcribed.

    The entitlement is read when the job starts (the keyring is not asked for every chunk); the usage file
    is read at every check, so jobs running in other processes are counted too."""

    def __init__(
        self,
        paths: DataPaths,
        entitlement: Callable[[], Entitlement] | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._meter = UsageMeter(paths)
        self._entitlement = (entitlement or (lambda: current_entitlement(paths)))()
        self._now = now

    def check(self, seconds: float) -> None:
        """QuotaExceeded / NotInPlan when `seconds` more would not fit this month."""
        check_cloud_quota(self._entitlement, self._meter, seconds, self._now())

    def record(self, seconds: float) -> None:
        """Count `seconds` of audio the cloud transcribed (a file that cannot be written is logged: the
        transcription was done and is not thrown away for it)."""
        try:
            self._meter.record(seconds, self._now())
        except StorageError as exc:
            log.warning("cloud usage not counted: %s", exc)


def quota_problem(
    paths: DataPaths, seconds: float, now: datetime | None = None
) -> QuotaExceeded | NotInPlan | None:
    """Why `seconds` of audio may not go to the cloud now under the plan in force (None: they may). Reads the
    keyring and the usage file: run it off the GUI thread."""
    try:
        check_cloud_quota(current_entitlement(paths), UsageMeter(paths), seconds, now)
    except (QuotaExceeded, NotInPlan) as exc:
        return exc
    return None
