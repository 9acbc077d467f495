"""Admins manage their organisation's API clients: create, rotate the secret, revoke."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.passwords import hash_password
from kindred.auth.secrets import new_token
from kindred.core.errors import Conflict, NotFound
from kindred.models.api_client import ApiClient
from kindred.modules.api_clients import repository
from kindred.modules.api_clients.schemas import (
    ApiClientCreate,
    ApiClientRead,
    ApiClientWithSecret,
)

RESOURCE = "api_client"
CLIENT_ID_PREFIX = "kc_"


class ClientRevoked(Conflict):
    slug = "api-client-revoked"
    title = "This API client has been revoked"


def _read(client: ApiClient) -> ApiClientRead:
    return ApiClientRead(
        id=client.id,
        client_id=client.client_id,
        name=client.name,
        scopes=list(client.scopes),
        created_at=client.created_at,
        secret_rotated_at=client.secret_rotated_at,
        revoked_at=client.revoked_at,
    )


def _with_secret(client: ApiClient, secret: str) -> ApiClientWithSecret:
    return ApiClientWithSecret(**_read(client).model_dump(), client_secret=secret)


async def _get(db: AsyncSession, api_client_id: uuid.UUID) -> ApiClient:
    client = await repository.get_client(db, api_client_id)
    if client is None:
        raise NotFound("No such API client.")
    return client


async def list_clients(db: AsyncSession) -> list[ApiClientRead]:
    """The organisation's API clients, revoked ones included."""
    return [_read(client) for client in await repository.list_clients(db)]


async def create_client(
    db: AsyncSession, actor: Actor, body: ApiClientCreate
) -> ApiClientWithSecret:
    """Register a client; its secret is returned this once and stored only as a hash."""
    secret = new_token()
    client = ApiClient(
        tenant_id=actor.tenant_id,
        client_id=CLIENT_ID_PREFIX + new_token(18),
        name=body.name,
        secret_hash=hash_password(secret),
        scopes=body.scopes,
        created_by=actor.user_id,
    )
    await repository.save_client(db, client)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type=RESOURCE,
        resource_id=client.id,
        details={"client_id": client.client_id, "scopes": list(client.scopes)},
    )
    return _with_secret(client, secret)


async def rotate_secret(
    db: AsyncSession, actor: Actor, api_client_id: uuid.UUID, *, now: datetime
) -> ApiClientWithSecret:
    """Replace the secret: the old one and every token issued with it stop working now."""
    client = await _get(db, api_client_id)
    if client.revoked_at is not None:
        raise ClientRevoked("This client has been revoked. Create a new client instead.")
    secret = new_token()
    client.secret_hash = hash_password(secret)
    client.secret_rotated_at = now
    await repository.save_client(db, client)
    tokens = await repository.delete_tokens(db, client.id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.rotate_secret,
        resource_type=RESOURCE,
        resource_id=client.id,
        details={"tokens_deleted": tokens},
    )
    return _with_secret(client, secret)


async def revoke(
    db: AsyncSession, actor: Actor, api_client_id: uuid.UUID, *, now: datetime
) -> ApiClientRead:
    """Revoke the client for good and delete its tokens; revoking twice changes nothing."""
    client = await _get(db, api_client_id)
    already = client.revoked_at is not None
    if not already:
        client.revoked_at = now
        await repository.save_client(db, client)
    tokens = await repository.delete_tokens(db, client.id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.revoke,
        resource_type=RESOURCE,
        resource_id=client.id,
        details={"already_revoked": already, "tokens_deleted": tokens},
    )
    return _read(client)
