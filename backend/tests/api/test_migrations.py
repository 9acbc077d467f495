"""Migrations are the only way the schema is made: they go up, down and up, and match the models."""

import asyncio
from collections.abc import Callable

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from kindred.core import migrations
from kindred.core.database import async_database_url
from kindred.core.paths import MIGRATIONS_DIR
from kindred.models.registry import metadata


def _schema_differences(url: str) -> list[object]:
    """What `alembic revision --autogenerate` would write: nothing, when models and DB agree."""

    def compare(connection: Connection) -> list[object]:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        return list(compare_metadata(context, metadata))

    async def run() -> list[object]:
        engine = create_async_engine(async_database_url(url), poolclass=NullPool)
        async with engine.connect() as connection:
            found = await connection.run_sync(compare)
        await engine.dispose()
        return found

    return asyncio.run(run())


def test_upgrade_downgrade_upgrade(new_database: Callable[[], str]) -> None:
    url = new_database()

    migrations.upgrade(url, MIGRATIONS_DIR)
    migrations.downgrade(url, MIGRATIONS_DIR, "base")
    migrations.upgrade(url, MIGRATIONS_DIR)

    assert _schema_differences(url) == []


def test_models_and_migrations_agree(database_url: str) -> None:
    assert _schema_differences(database_url) == []
