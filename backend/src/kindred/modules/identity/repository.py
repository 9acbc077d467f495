"""Queries for sign-in: the failure throttle, and the signed-in person's account."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.organisation import Organisation, Team
from kindred.models.sign_in import SignInThrottle
from kindred.models.user import TeamMembership, User


@dataclass(frozen=True, slots=True)
class ThrottleState:
    failures: int
    locked_until: datetime | None


async def throttle_state(db: AsyncSession, email_hash: bytes) -> ThrottleState | None:
    row = (
        await db.execute(
            select(SignInThrottle.failures, SignInThrottle.locked_until).where(
                SignInThrottle.email_hash == email_hash
            )
        )
    ).one_or_none()
    return ThrottleState(row.failures, row.locked_until) if row else None


_RECORD_FAILURE = text(
    """
    INSERT INTO sign_in_throttle AS t (email_hash, failures, last_failure_at, locked_until)
    VALUES (:key, 1, :now, CASE WHEN 1 >= :limit THEN CAST(:lock AS timestamptz) END)
    ON CONFLICT (email_hash) DO UPDATE SET
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
    db: AsyncSession, email_hash: bytes, *, now: datetime, limit: int, locked_until: datetime
) -> ThrottleState:
    """Count one more failure atomically; lock when the count reaches `limit`.

    A lock that has run out starts the count again from one.
    """
    parameters = {"key": email_hash, "now": now, "limit": limit, "lock": locked_until}
    row = (await db.execute(_RECORD_FAILURE, parameters)).one()
    return ThrottleState(row.failures, row.locked_until)


async def clear_throttle(db: AsyncSession, email_hash: bytes) -> None:
    await db.execute(delete(SignInThrottle).where(SignInThrottle.email_hash == email_hash))


async def mark_signed_in(
    db: AsyncSession, user_id: uuid.UUID, now: datetime, new_hash: str | None
) -> None:
    values: dict[str, object] = {"last_signed_in_at": now}
    if new_hash is not None:
        values["password_hash"] = new_hash
    await db.execute(update(User).where(User.id == user_id).values(**values))


@dataclass(frozen=True, slots=True)
class AccountView:
    user: User
    organisation: Organisation
    teams: list[Team]


async def account(db: AsyncSession, user_id: uuid.UUID) -> AccountView | None:
    found = (
        await db.execute(
            select(User, Organisation)
            .join(Organisation, Organisation.id == User.tenant_id)
            .where(User.id == user_id)
        )
    ).one_or_none()
    if found is None:
        return None
    teams = (
        await db.scalars(
            select(Team)
            .join(TeamMembership, TeamMembership.team_id == Team.id)
            .where(TeamMembership.user_id == user_id)
            .order_by(Team.name)
        )
    ).all()
    return AccountView(user=found[0], organisation=found[1], teams=list(teams))
