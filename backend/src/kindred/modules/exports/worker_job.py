"""The worker's side of a whole-council export: write every table into one ZIP, with progress.

The job's payload holds ids only (the queue is not under row-level security). The worker
claims the job (queued → running) so a job picked twice is written once, reads every table in
one read-only snapshot of the council, writes each as CSV and XLSX into a `.part` file and
renames it when complete, so a half-written ZIP is never offered. Progress is written in short
transactions of its own, so the admin's page sees it move.
"""

import json
import logging
import shutil
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Self

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.tenancy import bind_tenant
from kindred.core.database import Database
from kindred.core.spreadsheets import csv_chunks, write_xlsx
from kindred.core.table_query import TableQuery
from kindred.models.council_export import CouncilExport, ExportStatus
from kindred.modules.exports import repository
from kindred.modules.exports.council_tables import council_tables
from kindred.modules.exports.files import EXPORT_LIFETIME, part_path, publish, zip_path
from kindred.modules.exports.tables import council_snapshot

logger = logging.getLogger(__name__)

EXPORT_ENTRYPOINT = "kindred.exports.council"
UNEXPECTED_FAILURE = (
    "The export stopped because of an unexpected problem. Start it again; if it happens again, "
    "contact support and give them this export's id."
)


@dataclass(frozen=True, slots=True)
class ExportJob:
    """The worker job's payload."""

    export_id: uuid.UUID
    tenant_id: uuid.UUID

    def payload(self) -> bytes:
        return json.dumps(
            {"export_id": str(self.export_id), "tenant_id": str(self.tenant_id)}
        ).encode()

    @classmethod
    def from_payload(cls, payload: bytes) -> Self:
        fields = json.loads(payload)
        return cls(uuid.UUID(fields["export_id"]), uuid.UUID(fields["tenant_id"]))


async def _claim(database: Database, job: ExportJob) -> bool:
    async with database.sessions() as db:
        await bind_tenant(db, job.tenant_id)
        claimed = await db.execute(
            update(CouncilExport)
            .where(CouncilExport.id == job.export_id, CouncilExport.status == ExportStatus.queued)
            .values(status=ExportStatus.running)
        )
        await db.commit()
    return bool(claimed.rowcount)  # type: ignore[attr-defined]


async def _progress(
    database: Database, job: ExportJob, stage: str, done: int, total: int, rows: int
) -> None:
    async with database.sessions() as db:
        await bind_tenant(db, job.tenant_id)
        await repository.record_progress(
            db, job.export_id, stage=stage, done=done, total=total, rows=rows
        )
        await db.commit()


async def _finish(database: Database, job: ExportJob, outcome: repository.Outcome) -> None:
    async with database.sessions() as db:
        await bind_tenant(db, job.tenant_id)
        await repository.finish(db, job.export_id, outcome)
        await db.commit()


async def _write_table(archive: zipfile.ZipFile, table: TableQuery, db: AsyncSession) -> int:
    with archive.open(f"{table.name}.csv", "w") as entry:
        async for chunk in csv_chunks(table.sheet(db)):
            entry.write(chunk)
    with tempfile.TemporaryFile() as workbook:
        await write_xlsx([table.sheet(db)], workbook)
        workbook.seek(0)
        with archive.open(f"{table.name}.xlsx", "w") as entry:
            shutil.copyfileobj(workbook, entry)
    return await table.count(db)


async def _write(database: Database, job: ExportJob, path: Path, now: datetime) -> int:
    tables = council_tables(now.date())
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = 0
    async with council_snapshot(database, job.tenant_id) as db:
        with zipfile.ZipFile(part_path(path), "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for done, table in enumerate(tables):
                await _progress(database, job, table.name, done, len(tables), rows)
                rows += await _write_table(archive, table, db)
    await _progress(database, job, "Finishing", len(tables), len(tables), rows)
    return publish(path)


async def run_council_export(
    database: Database, job: ExportJob, *, var_dir: Path, now: datetime
) -> None:
    """The worker's job: write the ZIP; a failure marks the job failed with a plain message
    (the details go to the log, never to the admin)."""
    if not await _claim(database, job):
        return  # another worker has it, or it has ended
    path = zip_path(var_dir, job.tenant_id, job.export_id)
    try:
        size = await _write(database, job, path, now)
    except Exception:
        logger.exception("a council export failed", extra={"export_id": str(job.export_id)})
        part_path(path).unlink(missing_ok=True)
        failed = repository.Outcome(ExportStatus.failed, now, message=UNEXPECTED_FAILURE)
        await _finish(database, job, failed)
        return
    done = repository.Outcome(ExportStatus.succeeded, now, size, expires_at=now + EXPORT_LIFETIME)
    await _finish(database, job, done)
