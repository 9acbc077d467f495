"""A session as the database owner, for loaders that write across tenants (not for requests)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.pool import NullPool

from kindred.core.database import async_database_url


@asynccontextmanager
async def owner_session(database_url: str) -> AsyncIterator[AsyncSession]:
    """One transaction, committed on success; row-level security does not apply to the owner."""
    engine = create_async_engine(async_database_url(database_url), poolclass=NullPool)
    try:
        async with AsyncSession(engine, expire_on_commit=False) as session, session.begin():
            yield session
    finally:
        await engine.dispose()
