"""The billing errors: each says in plain words what is wrong and what to do, and never holds a licence
token or an e-mail address."""

from __future__ import annotations

from iam_desktop.errors import IamError

#: why a licence is refused (LicenceRefused.reason)
REASONS = ("malformed", "tampered", "foreign_key", "expired", "wrong_installation", "unknown_plan")


class BillingError(IamError):
    """Something about plans, payment pages or licences went wrong."""


class LicenceRefused(BillingError):
    """A licence that cannot be used; `reason` is one of REASONS, the message a plain sentence."""

    def __init__(self, reason: str, message: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown licence refusal reason {reason!r}")
        super().__init__(message)
        self.reason = reason


class UrlRefused(BillingError):
    """A payment, portal or invoice address failed the check (not https, a host not on the gateway's
    allow-list…); it is never opened."""


class BillingServiceError(BillingError):
    """The seller's billing service could not be reached, failed after retries, or answered nonsense."""


class QuotaExceeded(BillingError):
    """This month's cloud minutes would run out: nothing is sent; the message suggests an upgrade."""

    def __init__(
        self,
        message: str,
        *,
        used_seconds: float,
        limit_seconds: float,
        needed_seconds: float,
        plan_name: str,
    ) -> None:
        super().__init__(message)
        self.used_seconds = used_seconds
        self.limit_seconds = limit_seconds
        self.needed_seconds = needed_seconds
        self.plan_name = plan_name


class NotInPlan(BillingError):
    """A feature the current plan does not include; the message names a plan that does."""

    def __init__(self, message: str, *, feature: str, plan_name: str) -> None:
        super().__init__(message)
        self.feature = feature
        self.plan_name = plan_name
