"""Queries for API clients and their tokens; row-level security keeps them in the tenant."""

import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.api_client import AccessToken, ApiClient


async def list_clients(db: AsyncSession) -> list[ApiClient]:
    """The organisation's clients, by name."""
    return list(
        await db.scalars(select(ApiClient).order_by(func.lower(ApiClient.name), ApiClient.id))
    )


async def get_client(db: AsyncSession, api_client_id: uuid.UUID) -> ApiClient | None:
    """The client, locked until the transaction ends, or None."""
    return await db.scalar(
        select(ApiClient)
        .where(ApiClient.id == api_client_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


async def save_client(db: AsyncSession, client: ApiClient) -> None:
    """Insert or update the client and read back what the database set."""
    db.add(client)
    await db.flush()
    await db.refresh(client)


async def delete_tokens(db: AsyncSession, api_client_id: uuid.UUID) -> int:
    """Delete every access token issued to the client; returns how many there were."""
    result = await db.execute(delete(AccessToken).where(AccessToken.api_client_id == api_client_id))
    return int(getattr(result, "rowcount", 0) or 0)
