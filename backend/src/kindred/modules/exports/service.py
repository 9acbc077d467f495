"""Use cases for an admin's whole-council export: start it, follow it, download the ZIP."""

import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core import job_queue
from kindred.core.errors import Conflict, KindredError, NotFound
from kindred.models.council_export import CouncilExport, ExportStatus
from kindred.modules.exports import repository
from kindred.modules.exports.files import is_file, zip_path
from kindred.modules.exports.schemas import CouncilExportRead
from kindred.modules.exports.worker_job import EXPORT_ENTRYPOINT, ExportJob

NO_SUCH_EXPORT = "There is no export with this id in your council."
NOT_READY = "This export is not ready yet: wait until its status is succeeded."
FAILED = "This export failed, so there is nothing to download: start another."
RECENT = 20


class ExportGone(KindredError):
    status = 410
    slug = "gone"
    title = "Gone"


def _status(export: CouncilExport, now: datetime) -> ExportStatus:
    if export.status == ExportStatus.succeeded and export.expires_at and export.expires_at <= now:
        return ExportStatus.expired
    return export.status


def read(export: CouncilExport, now: datetime) -> CouncilExportRead:
    status = _status(export, now)
    return CouncilExportRead(
        id=export.id,
        status=status,
        stage=export.stage,
        tables_done=export.tables_done,
        tables_total=export.tables_total,
        rows_written=export.rows_written,
        size_bytes=export.size_bytes,
        message=export.message,
        created_at=export.created_at,
        finished_at=export.finished_at,
        expires_at=export.expires_at,
        download_url=f"/api/v1/exports/council/{export.id}/download"
        if status is ExportStatus.succeeded
        else None,
    )


async def start(db: AsyncSession, actor: Actor, *, now: datetime) -> CouncilExportRead:
    """Queue a whole-council export; the worker writes it once this request commits."""
    export = await repository.add(
        db,
        CouncilExport(
            tenant_id=actor.tenant_id, status=ExportStatus.queued, created_by=actor.user_id
        ),
    )
    job = ExportJob(export.id, actor.tenant_id)
    await job_queue.enqueue(db, EXPORT_ENTRYPOINT, payload=job.payload())
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.export,
        resource_type="council_export",
        resource_id=export.id,
        details={"stage": "started"},
    )
    return read(export, now)


async def _visible(db: AsyncSession, export_id: uuid.UUID) -> CouncilExport:
    export = await repository.get(db, export_id)
    if export is None:
        raise NotFound(NO_SUCH_EXPORT)
    return export


async def get_export(db: AsyncSession, export_id: uuid.UUID, *, now: datetime) -> CouncilExportRead:
    return read(await _visible(db, export_id), now)


async def recent_exports(db: AsyncSession, *, now: datetime) -> list[CouncilExportRead]:
    """The council's most recent exports, newest first."""
    return [read(export, now) for export in await repository.recent(db, RECENT)]


async def ready_file(
    db: AsyncSession, actor: Actor, export_id: uuid.UUID, *, var_dir: Path, now: datetime
) -> Path:
    """The finished ZIP to send; the download is audited. Not yet ready: 409; expired: 410."""
    export = await _visible(db, export_id)
    status = _status(export, now)
    path = zip_path(var_dir, actor.tenant_id, export.id)
    if status is ExportStatus.expired or (status is ExportStatus.succeeded and not is_file(path)):
        raise ExportGone("This export has expired and its file was deleted: start another.")
    if status is ExportStatus.failed:
        raise Conflict(FAILED)
    if status is not ExportStatus.succeeded:
        raise Conflict(NOT_READY)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.export,
        resource_type="council_export",
        resource_id=export.id,
        details={"stage": "downloaded", "size_bytes": export.size_bytes},
    )
    return path
