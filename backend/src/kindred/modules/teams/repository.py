"""Queries for council teams; row-level security keeps them within the caller's council."""

import uuid
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.organisation import Team
from kindred.models.user import TeamMembership, User, UserStatus

NAME_CONSTRAINT = "uq_teams_tenant_id_name"


@dataclass(frozen=True, slots=True)
class TeamRow:
    team: Team
    member_count: int


def _with_member_counts() -> Select[Team, int]:
    members = (
        select(func.count())
        .select_from(TeamMembership)
        .join(User, User.id == TeamMembership.user_id)
        .where(TeamMembership.team_id == Team.id, User.status != UserStatus.ended)
        .scalar_subquery()
    )
    return select(Team, members)


async def list_teams(db: AsyncSession, text: str | None) -> list[TeamRow]:
    """All the council's teams by name, each with its member count."""
    statement = _with_member_counts().order_by(func.lower(Team.name), Team.id)
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        statement = statement.where(Team.name.ilike(f"%{escaped}%", escape="\\"))
    rows = await db.execute(statement)
    return [TeamRow(team, count) for team, count in rows]


async def team_with_count(db: AsyncSession, team_id: uuid.UUID) -> TeamRow | None:
    row = (
        await db.execute(
            _with_member_counts()
            .where(Team.id == team_id)
            .execution_options(populate_existing=True)
        )
    ).one_or_none()
    return TeamRow(row[0], row[1]) if row else None


async def get_team(db: AsyncSession, team_id: uuid.UUID) -> Team | None:
    return await db.scalar(
        select(Team)
        .where(Team.id == team_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


async def name_taken(db: AsyncSession, name: str, *, other_than: uuid.UUID | None = None) -> bool:
    """Whether another team of the council has this name, ignoring case."""
    statement = select(Team.id).where(func.lower(Team.name) == name.lower())
    if other_than is not None:
        statement = statement.where(Team.id != other_than)
    return (await db.scalar(statement.limit(1))) is not None


async def save_team(db: AsyncSession, team: Team) -> bool:
    """Insert or update the team; False when the name is taken (a concurrent writer won)."""
    try:
        async with db.begin_nested():
            db.add(team)
            await db.flush()
    except IntegrityError as error:
        if NAME_CONSTRAINT in str(error.orig):
            return False
        raise
    await db.refresh(team)
    return True
