"""Admins manage their organisation's accounts: /users."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Now
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    PreconditionRequired,
    problem_responses,
)
from kindred.core.pagination import Page, Paging
from kindred.modules.users import service
from kindred.modules.users.schemas import UserCreate, UserFilters, UserRead, UserUpdate

router = APIRouter(prefix="/users", tags=["users"])

Admin = Annotated[Actor, require(Action.manage_users)]


@router.get(
    "",
    summary="List accounts",
    description="Your organisation's accounts, filtered by role, team, status or a search of "
    "name and e-mail, sorted (default by name), a page at a time. Admins only.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def list_users(
    _: Admin, db: DbSession, filters: Annotated[UserFilters, Query()], paging: Paging
) -> Page[UserRead]:
    return await service.list_users(db, filters, paging)


@router.post(
    "",
    status_code=201,
    summary="Create an account",
    description="Creates an account in your organisation with an initial password. The e-mail "
    "address must not be in use anywhere in Kindred (409). Role, teams and password are "
    "checked (422 naming each field).",
    responses=problem_responses(NotAuthenticated, Forbidden, Conflict, InvalidInput),
)
async def create_user(body: UserCreate, actor: Admin, now: Now, db: DbSession) -> UserRead:
    return await service.create_user(db, actor, body, now=now)


@router.get(
    "/{user_id}",
    summary="Get an account",
    description="One account of your organisation.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def get_user(user_id: uuid.UUID, _: Admin, db: DbSession) -> UserRead:
    return await service.get_user(db, user_id)


@router.patch(
    "/{user_id}",
    summary="Change an account",
    description="Changes the fields sent. Send the `version` you read: if someone changed the "
    "account since, the answer is 409 with the current account in `current`; without a "
    "version, 428. Pausing or ending an account signs the person out everywhere; a new "
    "password ends their other sessions. You cannot pause, end or demote your own account.",
    responses=problem_responses(
        NotAuthenticated, Forbidden, NotFound, Conflict, PreconditionRequired, InvalidInput
    ),
)
async def update_user(
    user_id: uuid.UUID, body: UserUpdate, actor: Admin, now: Now, db: DbSession
) -> UserRead:
    return await service.update_user(db, actor, user_id, body, now=now)
