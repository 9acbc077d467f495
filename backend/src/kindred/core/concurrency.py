"""Optimistic concurrency: a write based on a stale version becomes a 409, never a lost update."""

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from kindred.core.errors import Conflict


async def flush_or_conflict(db: AsyncSession, message: str) -> None:
    """Flush pending changes; if another transaction changed the row first, raise Conflict.

    Versioned tables update `WHERE version = <read version>`: a concurrent writer that committed
    first leaves that matching no row, which SQLAlchemy reports as stale data.
    """
    try:
        await db.flush()
    except StaleDataError as error:
        raise Conflict(message) from error
