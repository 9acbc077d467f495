"""Bind a transaction to the caller's tenant: the key every row-level security policy reads."""

import uuid

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


async def bind_tenant(session: AsyncSession, tenant_id: uuid.UUID) -> None:
    """Until this transaction ends, only `tenant_id`'s rows are visible or writable."""
    await session.execute(
        text("SELECT set_config('kindred.tenant_id', :tenant, true)"), {"tenant": str(tenant_id)}
    )
