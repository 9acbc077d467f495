"""Alembic environment: async, reading the same settings as the app, with a lock timeout."""

import asyncio

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from kindred.core.database import async_database_url
from kindred.models.registry import metadata

config = context.config


def _database_url() -> str:
    configured = config.get_main_option("sqlalchemy.url")
    if configured:
        return configured
    from kindred.settings import Settings

    url = Settings().database_url
    if url is None:
        raise SystemExit("Set KINDRED_DATABASE_URL, or use `kindred db upgrade` (embedded server)")
    return url


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        compare_type=True,
        compare_server_default=True,
    )
    with context.begin_transaction():
        connection.execute(text("SET LOCAL lock_timeout = '5s'"))
        context.run_migrations()


async def _run_online() -> None:
    engine = create_async_engine(async_database_url(_database_url()), poolclass=NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    context.configure(url=_database_url(), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_online())
