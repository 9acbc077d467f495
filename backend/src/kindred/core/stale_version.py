"""A write based on a stale version: 409 with the record as it is now, never a lost update.

Versioned tables update `WHERE version = <read version>`. A client that sends an old `version`,
or a writer that loses the race to another at flush time, gets a 409 whose `current` is the
record as it is now, so it can show both and apply its change again. Showing `current` is a
read: for a child's record the caller audits it (`auth.audit.record_conflict_read`) before
raising, and the error keeps the transaction's changes so that event survives. Nothing else has
been written by then: the version is checked before any change, and a lost race rolls back to a
savepoint opened before the changes.
"""

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from kindred.core.errors import Conflict


def conflict(detail: str, current: BaseModel, error: type[Conflict] = Conflict) -> Conflict:
    """The 409 for a stale write, carrying the record as it is now in `current`."""
    return error(detail, extra={"current": current.model_dump(mode="json")}, keep_changes=True)


@asynccontextmanager
async def versioned_change(
    db: AsyncSession, stale: Callable[[], Awaitable[Conflict]]
) -> AsyncIterator[None]:
    """Changes made in the block are flushed as one versioned UPDATE; a lost race raises `stale()`.

    The savepoint opens before the changes (opening one flushes), so after a lost race the
    transaction is still usable to read the winner's version.
    """
    try:
        async with db.begin_nested():
            yield
            await db.flush()
    except StaleDataError:
        raise await stale() from None
