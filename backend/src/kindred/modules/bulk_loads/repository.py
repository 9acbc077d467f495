"""Every query about bulk load jobs and their stored files."""

import uuid
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.bulk_load import BulkLoad, BulkLoadFile


async def add(db: AsyncSession, load: BulkLoad, file: BulkLoadFile) -> None:
    db.add(load)
    await db.flush()
    file.load_id = load.id
    db.add(file)
    await db.flush()
    await db.refresh(load)


async def get(db: AsyncSession, load_id: uuid.UUID, *, for_update: bool = False) -> BulkLoad | None:
    query = select(BulkLoad).where(BulkLoad.id == load_id)
    return await db.scalar(query.with_for_update() if for_update else query)


async def recent(db: AsyncSession, limit: int) -> list[BulkLoad]:
    return list(
        await db.scalars(select(BulkLoad).order_by(BulkLoad.created_at.desc()).limit(limit))
    )


async def file_of(db: AsyncSession, load_id: uuid.UUID) -> BulkLoadFile | None:
    return await db.get(BulkLoadFile, load_id)


async def drop_file(db: AsyncSession, load_id: uuid.UUID) -> None:
    await db.execute(delete(BulkLoadFile).where(BulkLoadFile.load_id == load_id))


async def lock(db: AsyncSession, load_id: uuid.UUID) -> bool:
    """Hold the load for this transaction, or False when another worker holds it. An advisory
    lock rather than a row lock, so progress can still be written to the load's row."""
    locked = await db.scalar(
        select(func.pg_try_advisory_xact_lock(func.hashtextextended(f"bulk:{load_id}", 0)))
    )
    return bool(locked)


async def set_fields(db: AsyncSession, load_id: uuid.UUID, **fields: Any) -> None:
    await db.execute(update(BulkLoad).where(BulkLoad.id == load_id).values(**fields))
