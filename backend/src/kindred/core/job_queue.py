"""The PostgreSQL-backed job queue (pgqueuer), kept in its own `pgqueuer` schema.

Jobs are enqueued in the caller's own transaction (through the request session's connection), so
a job exists exactly when the change that asked for it commits. The schema is made by a migration,
like every other table; living in its own schema keeps it out of the models-vs-migrations check.
"""

from datetime import timedelta

import asyncpg
from pgqueuer.adapters.drivers.asyncpg import AsyncpgDriver
from pgqueuer.adapters.persistence.qb import (
    QueryBuilderEnvironment,
    QueryQueueBuilder,
    QuerySchedulerBuilder,
)
from pgqueuer.adapters.persistence.queries import Queries
from pgqueuer.domain.settings import DBSettings
from sqlalchemy.ext.asyncio import AsyncSession

QUEUE_SCHEMA = "pgqueuer"


def queue_settings() -> DBSettings:
    return DBSettings(db_schema=QUEUE_SCHEMA)


def queries_for(driver: AsyncpgDriver) -> Queries:
    """pgqueuer's queries over a driver, pointed at the `pgqueuer` schema."""
    settings = queue_settings()
    return Queries(
        driver,
        qbe=QueryBuilderEnvironment(settings=settings),
        qbq=QueryQueueBuilder(settings=settings),
        qbs=QuerySchedulerBuilder(settings=settings),
    )


async def _raw_connection(db: AsyncSession) -> asyncpg.Connection:
    connection = await db.connection()
    raw = await connection.get_raw_connection()
    driver_connection = raw.driver_connection
    assert isinstance(driver_connection, asyncpg.Connection)
    return driver_connection


async def enqueue(
    db: AsyncSession,
    entrypoint: str,
    *,
    payload: bytes | None = None,
    delay: timedelta | None = None,
) -> None:
    """Add a job in the session's transaction: it runs only if, and after, the change commits."""
    queries = queries_for(AsyncpgDriver(await _raw_connection(db)))
    await queries.enqueue(entrypoint, payload, execute_after=delay)
