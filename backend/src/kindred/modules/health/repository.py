"""The one query the health check makes."""

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


async def current_revision(session: AsyncSession) -> str | None:
    result = await session.execute(text("SELECT version_num FROM alembic_version LIMIT 1"))
    return result.scalar_one_or_none()
