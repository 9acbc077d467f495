"""The one throttle on failed attempts to get in: passwords, young people's codes and API
clients' secrets all count failures here, per (kind, key), and lock a key after too many.

Every key includes the source address, so failures from one place never lock out the same
person or client signing in from another (ADR 0008).
"""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.audit import AuditAction, Outcome
from kindred.auth.secrets import token_digest
from kindred.core.errors import TooManyRequests
from kindred.models.failure_throttle import FailureThrottle
from kindred.settings import Settings

FREE_FAILURES = 2
MAX_SLOWDOWN_SECONDS = 5.0
KEPT_FOR = timedelta(days=1)
"""Housekeeping forgets counts this long after their last failure or lock."""

LockedError = TypeVar("LockedError", bound=TooManyRequests)


class ThrottleKind(StrEnum):
    """What was tried; each kind counts its own failures."""

    sign_in = "sign_in"
    young_person_code = "young_person_code"
    api_client = "api_client"


@dataclass(frozen=True, slots=True)
class ThrottleKey:
    """One counter: a kind of attempt and a hash of what was tried, from where."""

    kind: ThrottleKind
    digest: bytes

    @classmethod
    def of(cls, kind: ThrottleKind, *, source: str, tried: str = "") -> "ThrottleKey":
        """`tried` is the account, client id or nothing; `source` the client's address."""
        return cls(kind, token_digest(f"{kind}\x1f{tried}\x1f{source}"))


@dataclass(frozen=True, slots=True)
class ThrottleLimits:
    """How many failures lock a key, and for how long."""

    attempts: int
    lockout: timedelta

    @classmethod
    def for_sign_in(cls, settings: Settings) -> "ThrottleLimits":
        """The configured limits for people's passwords and API clients' secrets."""
        return cls(settings.sign_in_attempts, timedelta(minutes=settings.sign_in_lockout_minutes))


@dataclass(frozen=True, slots=True)
class ThrottleState:
    failures: int
    locked_until: datetime | None


def slowdown_seconds(failures: int, step_ms: int) -> float:
    """No delay for the first two failures, then one more step per failure, capped."""
    steps = max(0, failures - FREE_FAILURES)
    return min(MAX_SLOWDOWN_SECONDS, steps * step_ms / 1000)


def minutes_left(locked_until: datetime, now: datetime) -> int:
    """Whole minutes until a lock ends, at least one: for the message and `Retry-After`."""
    return max(1, math.ceil((locked_until - now).total_seconds() / 60))


async def refuse_locked(
    db: AsyncSession,
    error: type[LockedError],
    message: str,
    *,
    locked_until: datetime,
    now: datetime,
    audited_as: str | None,
    extra: dict[str, Any] | None = None,
) -> LockedError:
    """The refusal while a key is locked: 429 with `Retry-After`, `{wait}` in `message` saying
    how long in minutes. Kept though the request fails, with its audit event when `audited_as`
    names the resource (a person's sign-in; an API client's refusals are audited per attempt)."""
    minutes = minutes_left(locked_until, now)
    if audited_as is not None:
        await audit.record(
            db,
            actor=None,
            action=AuditAction.sign_in_locked,
            resource_type=audited_as,
            outcome=Outcome.denied,
        )
    return error(
        message.format(wait=f"{minutes} minute{'s' if minutes != 1 else ''}"),
        headers={"Retry-After": str(minutes * 60)},
        extra=extra,
        keep_changes=True,
    )


async def locked_until(db: AsyncSession, key: ThrottleKey, now: datetime) -> datetime | None:
    """When the key's lock ends, if it is locked now."""
    until = await db.scalar(
        select(FailureThrottle.locked_until).where(
            FailureThrottle.kind == key.kind, FailureThrottle.key_hash == key.digest
        )
    )
    return until if until is not None and until > now else None


_RECORD_FAILURE = text(
    """
    INSERT INTO failure_throttle AS t (kind, key_hash, failures, last_failure_at, locked_until)
    VALUES (:kind, :key, 1, :now, CASE WHEN 1 >= :limit THEN CAST(:lock AS timestamptz) END)
    ON CONFLICT (kind, key_hash) DO UPDATE SET
        failures = CASE WHEN t.locked_until <= :now THEN 1 ELSE t.failures + 1 END,
        last_failure_at = :now,
        locked_until = CASE
            WHEN (CASE WHEN t.locked_until <= :now THEN 1 ELSE t.failures + 1 END) >= :limit
            THEN CAST(:lock AS timestamptz)
        END
    RETURNING failures, locked_until
    """
)


async def record_failure(
    db: AsyncSession, key: ThrottleKey, limits: ThrottleLimits, *, now: datetime
) -> ThrottleState:
    """Count one more failure atomically; lock the key when the count reaches the limit.

    A lock that has run out starts the count again from one.
    """
    parameters = {
        "kind": key.kind.value,
        "key": key.digest,
        "now": now,
        "limit": limits.attempts,
        "lock": now + limits.lockout,
    }
    row = (await db.execute(_RECORD_FAILURE, parameters)).one()
    return ThrottleState(row.failures, row.locked_until)


async def clear(db: AsyncSession, key: ThrottleKey) -> None:
    """Forget the key's failures after a success."""
    await db.execute(
        delete(FailureThrottle).where(
            FailureThrottle.kind == key.kind, FailureThrottle.key_hash == key.digest
        )
    )


async def purge(db: AsyncSession, *, now: datetime) -> int:
    """Forget counts whose last failure and lock are over `KEPT_FOR` ago; how many."""
    before = now - KEPT_FOR
    result = await db.execute(
        delete(FailureThrottle)
        # GREATEST skips a NULL lock: the later of the last failure and the lock's end.
        .where(
            func.greatest(FailureThrottle.last_failure_at, FailureThrottle.locked_until) < before
        )
        .returning(FailureThrottle.kind)
    )
    return len(result.all())
