"""Council teams: any staff may list them; admins create and rename them."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core.errors import Conflict, FieldError, NotFound
from kindred.models.organisation import Team
from kindred.modules.teams import repository
from kindred.modules.teams.schemas import TeamCreate, TeamFilters, TeamRead, TeamUpdate

RESOURCE = "team"


class TeamNameTaken(Conflict):
    slug = "team-name-taken"
    title = "A team with this name already exists"


def _read(row: repository.TeamRow) -> TeamRead:
    return TeamRead(
        id=row.team.id,
        name=row.team.name,
        member_count=row.member_count,
        created_at=row.team.created_at,
        updated_at=row.team.updated_at,
    )


def _name_taken(name: str) -> TeamNameTaken:
    return TeamNameTaken(
        f"Your council already has a team called {name!r}. Choose another name.",
        errors=[FieldError(field="body.name", message="This name is already in use.")],
    )


async def _read_one(db: AsyncSession, team_id: uuid.UUID) -> TeamRead:
    row = await repository.team_with_count(db, team_id)
    if row is None:
        raise NotFound("No such team.")
    return _read(row)


async def list_teams(db: AsyncSession, filters: TeamFilters) -> list[TeamRead]:
    """Every team of the caller's council, by name."""
    text = filters.q.strip() if filters.q else None
    return [_read(row) for row in await repository.list_teams(db, text)]


async def create_team(db: AsyncSession, actor: Actor, body: TeamCreate) -> TeamRead:
    """Add a team to the admin's council; names are unique in the council, ignoring case."""
    if await repository.name_taken(db, body.name):
        raise _name_taken(body.name)
    team = Team(tenant_id=actor.tenant_id, name=body.name)
    if not await repository.save_team(db, team):
        raise _name_taken(body.name)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type=RESOURCE,
        resource_id=team.id,
        details={"name": team.name},
    )
    return await _read_one(db, team.id)


async def update_team(
    db: AsyncSession, actor: Actor, team_id: uuid.UUID, body: TeamUpdate
) -> TeamRead:
    """Rename a team of the admin's council."""
    team = await repository.get_team(db, team_id)
    if team is None:
        raise NotFound("No such team.")
    if body.name is not None and body.name != team.name:
        if await repository.name_taken(db, body.name, other_than=team.id):
            raise _name_taken(body.name)
        previous = team.name
        team.name = body.name
        if not await repository.save_team(db, team):
            raise _name_taken(body.name)
        await audit.record(
            db,
            actor=actor,
            action=AuditAction.update,
            resource_type=RESOURCE,
            resource_id=team.id,
            details={"name": {"from": previous, "to": team.name}},
        )
    return await _read_one(db, team.id)
