"""Admins manage their organisation's API clients: /api-clients."""

import uuid
from typing import Annotated

from fastapi import APIRouter

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
    problem_responses,
)
from kindred.modules.api_clients import service
from kindred.modules.api_clients.schemas import (
    ApiClientCreate,
    ApiClientRead,
    ApiClientWithSecret,
)

router = APIRouter(prefix="/api-clients", tags=["API clients"])

Admin = Annotated[Actor, require(Action.manage_api_clients)]


@router.get(
    "",
    summary="List API clients",
    description="Your organisation's API clients, by name, revoked ones included. Secrets are "
    "never shown here. Admins only.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def list_api_clients(_: Admin, db: DbSession) -> list[ApiClientRead]:
    return await service.list_clients(db)


@router.post(
    "",
    status_code=201,
    summary="Create an API client",
    description="Registers a system that will call the API with OAuth2 client credentials. "
    "The answer holds `client_secret` this once: Kindred keeps only a hash of it.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def create_api_client(
    body: ApiClientCreate, actor: Admin, db: DbSession
) -> ApiClientWithSecret:
    return await service.create_client(db, actor, body)


@router.post(
    "/{api_client_id}/rotate-secret",
    summary="Replace an API client's secret",
    description="Issues a new secret, returned this once. The old secret and every access token "
    "issued with it stop working at once. A revoked client cannot be rotated (409).",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, Conflict, InvalidInput),
)
async def rotate_api_client_secret(
    api_client_id: uuid.UUID, actor: Admin, now: Now, db: DbSession
) -> ApiClientWithSecret:
    return await service.rotate_secret(db, actor, api_client_id, now=now)


@router.post(
    "/{api_client_id}/revoke",
    summary="Revoke an API client",
    description="Stops the client for good: the token endpoint refuses it and its access tokens "
    "are deleted. Revoking a revoked client changes nothing.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def revoke_api_client(
    api_client_id: uuid.UUID, actor: Admin, now: Now, db: DbSession
) -> ApiClientRead:
    return await service.revoke(db, actor, api_client_id, now=now)
