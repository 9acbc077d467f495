"""Queries for managing accounts; row-level security keeps them within the caller's tenant."""

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.organisation import Team
from kindred.models.sign_in import UserSession
from kindred.models.user import Role, TeamMembership, User, UserStatus

EMAIL_INDEX = "uq_users_tenant_email"


@dataclass(frozen=True, slots=True)
class UserSearch:
    role: Role | None
    team_id: uuid.UUID | None
    status: UserStatus | None
    text: str | None
    sort_by: str
    descending: bool
    limit: int
    offset: int


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_SORT_COLUMNS: dict[str, SQLColumnExpression[Any]] = {
    "display_name": func.lower(User.display_name),
    "email": User.email,  # already lower-case
    "role": User.role,
    "created_at": User.created_at,
}


async def search_users(db: AsyncSession, search: UserSearch) -> tuple[list[User], int]:
    """One page of accounts matching `search`, and how many match in all."""
    conditions: list[ColumnElement[bool]] = []
    if search.role is not None:
        conditions.append(User.role == search.role)
    if search.status is not None:
        conditions.append(User.status == search.status)
    if search.team_id is not None:
        conditions.append(
            exists().where(
                TeamMembership.user_id == User.id, TeamMembership.team_id == search.team_id
            )
        )
    if search.text:
        pattern = _like_pattern(search.text)
        conditions.append(
            or_(
                User.display_name.ilike(pattern, escape="\\"),
                User.email.ilike(pattern, escape="\\"),
            )
        )
    total = await db.scalar(select(func.count()).select_from(User).where(*conditions))
    column = _SORT_COLUMNS[search.sort_by]
    order = column.desc() if search.descending else column.asc()
    tie_break = User.id.desc() if search.descending else User.id.asc()
    users = await db.scalars(
        select(User)
        .where(*conditions)
        .order_by(order, tie_break)
        .limit(search.limit)
        .offset(search.offset)
    )
    return list(users), total or 0


async def teams_of(
    db: AsyncSession, user_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[Team]]:
    """Each account's teams, by name, in one query."""
    found: dict[uuid.UUID, list[Team]] = {user_id: [] for user_id in user_ids}
    if not user_ids:
        return found
    rows = await db.execute(
        select(TeamMembership.user_id, Team)
        .join(Team, Team.id == TeamMembership.team_id)
        .where(TeamMembership.user_id.in_(user_ids))
        .order_by(func.lower(Team.name), Team.id)
    )
    for user_id, team in rows:
        found[user_id].append(team)
    return found


async def get_user(
    db: AsyncSession, user_id: uuid.UUID, *, for_update: bool = False
) -> User | None:
    """The account, or None; `for_update` locks it until the transaction ends."""
    statement = select(User).where(User.id == user_id).execution_options(populate_existing=True)
    if for_update:
        statement = statement.with_for_update()
    return await db.scalar(statement)


async def existing_team_ids(db: AsyncSession, team_ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
    """Which of `team_ids` are teams of the caller's organisation."""
    if not team_ids:
        return set()
    return set(await db.scalars(select(Team.id).where(Team.id.in_(team_ids))))


async def add_user(db: AsyncSession, user: User) -> bool:
    """Insert the account; False when its e-mail address is taken in this organisation.

    Addresses are unique per organisation (ADR 0007): another organisation's account with the
    same address is no obstacle, and nothing here can tell that one exists. The insert itself
    detects a duplicate; a savepoint keeps the transaction usable after it fails.
    """
    try:
        async with db.begin_nested():
            db.add(user)
            await db.flush()
    except IntegrityError as error:
        if EMAIL_INDEX in str(error.orig):
            return False
        raise
    await db.refresh(user)
    return True


async def save_user(db: AsyncSession, user: User) -> None:
    """Write the account's changes (bumping its version) and read back what the database set."""
    await db.flush()
    await db.refresh(user)


async def replace_memberships(
    db: AsyncSession, *, user_id: uuid.UUID, tenant_id: uuid.UUID, team_ids: Collection[uuid.UUID]
) -> None:
    await db.execute(delete(TeamMembership).where(TeamMembership.user_id == user_id))
    if team_ids:
        await db.execute(
            insert(TeamMembership),
            [
                {"user_id": user_id, "team_id": team_id, "tenant_id": tenant_id}
                for team_id in team_ids
            ],
        )


async def end_sessions(
    db: AsyncSession, user_id: uuid.UUID, now: datetime, *, keep: uuid.UUID | None = None
) -> int:
    """End the account's open sessions (all but `keep`); returns how many ended."""
    statement = (
        update(UserSession)
        .where(UserSession.user_id == user_id, UserSession.ended_at.is_(None))
        .values(ended_at=now)
    )
    if keep is not None:
        statement = statement.where(UserSession.id != keep)
    result = await db.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)
