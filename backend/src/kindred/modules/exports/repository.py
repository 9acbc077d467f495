"""Every query about whole-council export jobs (row-level security keeps each council's own)."""

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.council_export import CouncilExport, ExportStatus


async def add(db: AsyncSession, export: CouncilExport) -> CouncilExport:
    db.add(export)
    await db.flush()
    await db.refresh(export)
    return export


async def get(db: AsyncSession, export_id: uuid.UUID) -> CouncilExport | None:
    return await db.get(CouncilExport, export_id)


async def recent(db: AsyncSession, limit: int) -> list[CouncilExport]:
    rows = await db.scalars(
        select(CouncilExport).order_by(CouncilExport.created_at.desc()).limit(limit)
    )
    return list(rows)


async def record_progress(
    db: AsyncSession, export_id: uuid.UUID, *, stage: str, done: int, total: int, rows: int
) -> None:
    await db.execute(
        update(CouncilExport)
        .where(CouncilExport.id == export_id)
        .values(
            status=ExportStatus.running,
            stage=stage,
            tables_done=done,
            tables_total=total,
            rows_written=rows,
        )
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    """How an export ended."""

    status: ExportStatus
    finished_at: datetime
    size_bytes: int | None = None
    expires_at: datetime | None = None
    message: str | None = None


async def finish(db: AsyncSession, export_id: uuid.UUID, outcome: Outcome) -> None:
    await db.execute(
        update(CouncilExport)
        .where(CouncilExport.id == export_id)
        .values(stage=None, **asdict(outcome))
    )
