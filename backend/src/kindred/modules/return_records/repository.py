"""The one query behind a child's SSDA903 records."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.ssda903_record import Ssda903Record


async def records_of(db: AsyncSession, child_id: uuid.UUID) -> list[Ssda903Record]:
    """Every record of the child, newest first."""
    rows = await db.scalars(
        select(Ssda903Record)
        .where(Ssda903Record.child_id == child_id)
        .order_by(Ssda903Record.recorded_on.desc(), Ssda903Record.code)
    )
    return list(rows)
