"""Admins manage their own organisation's accounts: list, create, change, pause and end."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.passwords import hash_password, password_problems
from kindred.auth.policy import role_fits_organisation
from kindred.core import stale_version
from kindred.core.errors import (
    Conflict,
    FieldError,
    InvalidInput,
    NotFound,
    PreconditionRequired,
)
from kindred.core.pagination import Page, PageParams
from kindred.models.organisation import OrganisationKind, Team
from kindred.models.user import Role, User, UserStatus
from kindred.modules.users import repository
from kindred.modules.users.schemas import (
    TeamRef,
    UserCreate,
    UserFilters,
    UserRead,
    UserUpdate,
)

RESOURCE = "user"
NO_SUCH_USER = "No such user."


class EmailTaken(Conflict):
    slug = "email-taken"
    title = "An account with this e-mail address already exists"


class StaleVersion(Conflict):
    slug = "stale-version"
    title = "Someone else changed this first"


def _read(user: User, teams: list[Team]) -> UserRead:
    return UserRead(
        id=user.id,
        email=user.email,
        display_name=user.display_name,
        role=user.role,
        status=user.status,
        team_ids=[team.id for team in teams],
        teams=[TeamRef(id=team.id, name=team.name) for team in teams],
        last_signed_in_at=user.last_signed_in_at,
        created_at=user.created_at,
        version=user.version,
    )


async def _read_one(db: AsyncSession, user: User) -> UserRead:
    teams = await repository.teams_of(db, [user.id])
    return _read(user, teams[user.id])


def _role_problem(role: Role, kind: OrganisationKind) -> str | None:
    if role is Role.young_person:
        return "Young people's accounts are made from the child's record, not here."
    if not role_fits_organisation(role, kind):
        if kind is OrganisationKind.agency:
            return "An agency's accounts are `agency_user` or `admin`."
        return "`agency_user` accounts belong to an agency, not a council."
    return None


async def _team_problem(
    db: AsyncSession, team_ids: list[uuid.UUID], kind: OrganisationKind
) -> str | None:
    if not team_ids:
        return None
    if kind is not OrganisationKind.council:
        return "Agencies have no teams; leave this empty."
    missing = set(team_ids) - await repository.existing_team_ids(db, team_ids)
    if missing:
        return "No such team: " + ", ".join(sorted(str(team_id) for team_id in missing)) + "."
    return None


def _password_problem(password: str, *, email: str, display_name: str) -> str | None:
    problems = password_problems(password, personal=(email.split("@")[0], display_name))
    return problems[0] if problems else None


def _refuse(errors: list[FieldError]) -> None:
    if errors:
        raise InvalidInput(
            "Check these fields: " + ", ".join(error.field for error in errors) + ".",
            errors=errors,
        )


async def list_users(db: AsyncSession, filters: UserFilters, paging: PageParams) -> Page[UserRead]:
    """One page of the organisation's accounts, filtered and sorted."""
    users, total = await repository.search_users(
        db,
        repository.UserSearch(
            role=filters.role,
            team_id=filters.team_id,
            status=filters.status,
            text=filters.q.strip() if filters.q else None,
            sort_by=filters.sort.value.removeprefix("-"),
            descending=filters.sort.value.startswith("-"),
            limit=paging.page_size,
            offset=paging.offset,
        ),
    )
    teams = await repository.teams_of(db, [user.id for user in users])
    return Page.of([_read(user, teams[user.id]) for user in users], total, paging)


async def get_user(db: AsyncSession, user_id: uuid.UUID) -> UserRead:
    user = await repository.get_user(db, user_id)
    if user is None:
        raise NotFound(NO_SUCH_USER)
    return await _read_one(db, user)


async def create_user(
    db: AsyncSession, actor: Actor, body: UserCreate, *, now: datetime
) -> UserRead:
    """Create an account in the admin's own organisation, with its teams and a password."""
    kind = actor.organisation_kind
    team_ids = list(dict.fromkeys(body.team_ids))
    password = body.password.get_secret_value()
    errors: list[FieldError] = []
    if problem := _role_problem(body.role, kind):
        errors.append(FieldError(field="body.role", message=problem))
    if problem := await _team_problem(db, team_ids, kind):
        errors.append(FieldError(field="body.team_ids", message=problem))
    if problem := _password_problem(password, email=body.email, display_name=body.display_name):
        errors.append(FieldError(field="body.password", message=problem))
    _refuse(errors)

    user = User(
        tenant_id=actor.tenant_id,
        email=body.email,
        display_name=body.display_name,
        role=body.role,
        status=UserStatus.active,
        password_hash=hash_password(password),
        password_changed_at=now,
    )
    if not await repository.add_user(db, user):
        raise EmailTaken(
            "An account with this e-mail address already exists.",
            errors=[FieldError(field="body.email", message="This address is already in use.")],
        )
    await repository.replace_memberships(
        db, user_id=user.id, tenant_id=actor.tenant_id, team_ids=team_ids
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type=RESOURCE,
        resource_id=user.id,
        details={"role": user.role, "team_ids": [str(team_id) for team_id in team_ids]},
    )
    return await _read_one(db, user)


def _lockout_problems(actor: Actor, user: User, body: UserUpdate) -> list[FieldError]:
    """An admin may not pause, end or demote themselves: someone must be left to undo it."""
    if actor.user_id != user.id:
        return []
    errors: list[FieldError] = []
    if body.status is not None and body.status is not UserStatus.active:
        errors.append(
            FieldError(
                field="body.status",
                message="You cannot pause or end your own account. Ask another admin.",
            )
        )
    if body.role is not None and body.role is not Role.admin:
        errors.append(
            FieldError(
                field="body.role",
                message="You cannot remove your own admin role. Ask another admin.",
            )
        )
    return errors


async def _update_problems(
    db: AsyncSession, actor: Actor, user: User, body: UserUpdate
) -> list[FieldError]:
    errors = _lockout_problems(actor, user, body)
    if body.role is not None and body.role != user.role:
        problem = (
            "A young person's account cannot change role."
            if user.role == Role.young_person
            else _role_problem(body.role, actor.organisation_kind)
        )
        if problem:
            errors.append(FieldError(field="body.role", message=problem))
    if body.team_ids and (
        problem := await _team_problem(db, list(body.team_ids), actor.organisation_kind)
    ):
        errors.append(FieldError(field="body.team_ids", message=problem))
    if body.password is not None and (
        problem := _password_problem(
            body.password.get_secret_value(),
            email=user.email,
            display_name=body.display_name or user.display_name,
        )
    ):
        errors.append(FieldError(field="body.password", message=problem))
    return errors


async def update_user(
    db: AsyncSession, actor: Actor, user_id: uuid.UUID, body: UserUpdate, *, now: datetime
) -> UserRead:
    """Change an account if `body.version` is current; pausing or ending ends its sessions."""
    user = await repository.get_user(db, user_id, for_update=True)
    if user is None:
        raise NotFound(NO_SUCH_USER)
    if body.version is None:
        raise PreconditionRequired(
            "Send the `version` of the account you last read, so no one's change is lost.",
            errors=[FieldError(field="body.version", message="Required.")],
        )
    if body.version != user.version:
        current = await _read_one(db, user)
        raise stale_version.conflict(
            "Someone else changed this account since you loaded it. Review the current "
            "details (in `current`) and make your change again.",
            current,
            StaleVersion,
        )
    _refuse(await _update_problems(db, actor, user, body))

    changes: dict[str, Any] = {}
    if body.display_name is not None and body.display_name != user.display_name:
        changes["display_name"] = True
        user.display_name = body.display_name
    if body.role is not None and body.role != user.role:
        changes["role"] = {"from": user.role.value, "to": body.role.value}
        user.role = body.role
    if body.status is not None and body.status != user.status:
        changes["status"] = {"from": user.status.value, "to": body.status.value}
        user.status = body.status
    if body.team_ids is not None:
        wanted = list(dict.fromkeys(body.team_ids))
        current_teams = (await repository.teams_of(db, [user.id]))[user.id]
        if {team.id for team in current_teams} != set(wanted):
            changes["team_ids"] = [str(team_id) for team_id in wanted]
            await repository.replace_memberships(
                db, user_id=user.id, tenant_id=user.tenant_id, team_ids=wanted
            )
    if body.password is not None:
        changes["password"] = True
        user.password_hash = hash_password(body.password.get_secret_value())
        user.password_changed_at = now
    if not changes:
        return await _read_one(db, user)

    user.updated_at = now  # every change, team changes too, bumps the version
    await repository.save_user(db, user)
    if "status" in changes and user.status != UserStatus.active:
        changes["sessions_ended"] = await repository.end_sessions(db, user.id, now)
    elif "password" in changes:
        keep = actor.session_id if actor.user_id == user.id else None
        changes["sessions_ended"] = await repository.end_sessions(db, user.id, now, keep=keep)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type=RESOURCE,
        resource_id=user.id,
        details=changes,
    )
    return await _read_one(db, user)
