"""The plan's cloud minutes: checked before anything is sent, counted after, with an upgrade suggestion."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from iam_desktop.billing.catalogue import load_catalogue
from iam_desktop.billing.entitlement import Entitlement
from iam_desktop.billing.errors import NotInPlan, QuotaExceeded
from iam_desktop.billing.quota import CloudQuota, check_cloud_quota, quota_problem, remaining_seconds
from iam_desktop.billing.usage import UsageMeter
from iam_desktop.paths import data_paths

NOW = datetime(2026, 12, 10, 12, 0)


def entitlement(plan_id: str) -> Entitlement:
    plan = load_catalogue().plan(plan_id)
    return Entitlement(
        plan=plan, licensed_plan=None if plan_id == "free" else plan,
        state="free" if plan_id == "free" else "active", cloud_minutes=plan.cloud_minutes,
        features=plan.features, licence=None, period_end=None, grace_end=None, message=plan.name,
    )  # fmt: skip


@pytest.fixture
def meter(data_dir) -> UsageMeter:
    return UsageMeter(data_paths().ensure())


def test_what_fits_passes_and_the_rest_is_refused_with_an_upgrade(meter):
    free = entitlement("free")
    limit = free.cloud_minutes * 60
    meter.record(limit - 120, NOW)
    check_cloud_quota(free, meter, 119, NOW)  # fits
    assert remaining_seconds(free, meter, NOW) == pytest.approx(120)
    with pytest.raises(QuotaExceeded) as refused:
        check_cloud_quota(free, meter, 600, NOW)
    error = refused.value
    assert (error.used_seconds, error.limit_seconds, error.needed_seconds) == (limit - 120, limit, 600)
    assert "Upgrade to Pro (600 cloud minutes a month)" in str(error)
    assert "needs about 10 cloud minutes, but only 2 of the Free plan's 30 minutes are left" in str(error)
    assert "Nothing was sent" in str(error) and "on this computer" in str(error)


def test_a_used_up_month_says_so_and_the_next_month_starts_again(meter):
    free = entitlement("free")
    meter.record(free.cloud_minutes * 60, NOW)
    with pytest.raises(QuotaExceeded, match="30 cloud minutes of the Free plan are used up"):
        check_cloud_quota(free, meter, 5, NOW)
    check_cloud_quota(free, meter, 5, datetime(2027, 1, 1, 0, 5))  # January: a new allowance


def test_a_bigger_need_suggests_the_plan_that_covers_it(meter):
    with pytest.raises(QuotaExceeded, match="Upgrade to Business"):
        check_cloud_quota(entitlement("free"), meter, 1000 * 60, NOW)
    business = entitlement("business")
    meter.record(business.cloud_minutes * 60, NOW)
    with pytest.raises(QuotaExceeded, match="starts again on the 1st of next month"):
        check_cloud_quota(business, meter, 60, NOW)


def test_a_plan_without_cloud_transcription_is_not_in_plan(meter):
    no_cloud = dataclasses.replace(entitlement("free"), features=frozenset({"recording", "library"}))
    assert remaining_seconds(no_cloud, meter, NOW) == 0
    with pytest.raises(NotInPlan, match="Cloud transcription is not part of the Free plan") as refused:
        check_cloud_quota(no_cloud, meter, 10, NOW)
    assert refused.value.feature == "cloud_transcription"


def test_a_job_checks_before_each_chunk_and_counts_what_was_done(data_dir):
    paths = data_paths().ensure()
    quota = CloudQuota(paths, entitlement=lambda: entitlement("free"), now=lambda: NOW)
    for _ in range(29):
        quota.check(60)
        quota.record(60)
    quota.check(60)  # the 30th minute still fits
    quota.record(60)
    with pytest.raises(QuotaExceeded):
        quota.check(1)
    assert UsageMeter(paths).month_seconds(NOW) == pytest.approx(1800)


def test_without_a_licence_the_free_plan_is_checked(data_dir, monkeypatch):
    from iam_desktop.billing import licence_store

    monkeypatch.setattr(licence_store.LicenceStore, "token", lambda self: None)
    paths = data_paths().ensure()
    assert quota_problem(paths, 60) is None
    UsageMeter(paths).record(30 * 60)
    problem = quota_problem(paths, 60)
    assert isinstance(problem, QuotaExceeded) and problem.plan_name == "Free"
