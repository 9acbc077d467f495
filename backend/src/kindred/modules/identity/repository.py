"""Queries for sign-in: the signed-in person's account."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.organisation import Organisation, Team
from kindred.models.user import TeamMembership, User


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
