"""Uploads are imported in the background, so the admin's page can show progress.

The upload stores the files with a `queued` job and enqueues a worker job in the same
transaction. The worker imports them in one transaction, as the command line does, and writes
progress to the job in short transactions of its own so that anyone reading the job sees it
move. An advisory lock holds the job for the whole import, so a job picked twice (a retry, a
second worker) is imported once; its files are dropped when it ends, which marks it done.
"""

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.tenancy import bind_tenant
from kindred.core import job_queue
from kindred.core.database import Database
from kindred.core.errors import InvalidInput
from kindred.core.request_context import bind_request_id, current_request_id, unbind_request_id
from kindred.models.import_job import ImportFiles, ImportStatus
from kindred.modules.imports import records_repository, reports, repository, service
from kindred.modules.imports.schemas import ImportJobRead
from kindred.modules.imports.service import Importer, Progress, ReturnFiles

logger = logging.getLogger(__name__)

IMPORT_ENTRYPOINT = "kindred.imports.ssda903"
UNEXPECTED_FAILURE = (
    "The import stopped because of an unexpected problem, so nothing was imported. Try again; "
    "if it happens again, contact support and give them this import's id."
)


@dataclass(frozen=True, slots=True)
class QueuedImport:
    """The worker job's payload: ids only (the queue is not under row-level security)."""

    import_id: uuid.UUID
    tenant_id: uuid.UUID

    def payload(self) -> bytes:
        fields = {"import_id": str(self.import_id), "tenant_id": str(self.tenant_id)}
        return json.dumps(fields).encode()

    @classmethod
    def from_payload(cls, payload: bytes) -> Self:
        fields = json.loads(payload)
        return cls(uuid.UUID(fields["import_id"]), uuid.UUID(fields["tenant_id"]))


async def upload_ssda903(
    db: AsyncSession,
    actor: Actor,
    files: ReturnFiles,
    *,
    valid_rows_only: bool,
    team_id: uuid.UUID | None,
    dry_run: bool = False,
) -> ImportJobRead:
    """An admin's upload (or preview): queued with its files, for the worker, once the request
    commits."""
    if team_id is not None:
        await service.check_team(db, team_id)
    importer = Importer(actor.tenant_id, actor.user_id, actor.label)
    job = await service.add_job(
        db,
        importer,
        files,
        valid_rows_only=valid_rows_only,
        status=ImportStatus.queued,
        dry_run=dry_run,
    )
    stored = ImportFiles(
        import_id=job.id,
        tenant_id=actor.tenant_id,
        header=files.header,
        episodes=files.episodes,
        team_id=team_id,
        actor_label=actor.label,
        request_id=current_request_id(),
    )
    await repository.add_files(db, stored)
    await records_repository.add_files(db, actor.tenant_id, job.id, files.child_files)
    queued = QueuedImport(job.id, actor.tenant_id)
    await job_queue.enqueue(db, IMPORT_ENTRYPOINT, payload=queued.payload())
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type="import",
        resource_id=job.id,
        details={"status": job.status, "valid_rows_only": valid_rows_only, "dry_run": dry_run},
    )
    return reports.read_job(job)


def _progress_writer(database: Database, queued: QueuedImport) -> Progress:
    async def write(stage: str, done: int, total: int) -> None:
        async with database.sessions() as db:
            await bind_tenant(db, queued.tenant_id)
            await repository.record_progress(
                db, queued.import_id, stage=stage, done=done, total=total
            )
            await db.commit()

    return write


async def _fail(database: Database, queued: QueuedImport, message: str) -> None:
    async with database.sessions() as db:
        await bind_tenant(db, queued.tenant_id)
        await repository.mark_failed(db, queued.import_id, message)
        await repository.drop_files(db, queued.import_id)
        await records_repository.drop_files(db, queued.import_id)
        await db.commit()


async def _import(database: Database, queued: QueuedImport, today: date) -> None:
    async with database.sessions() as db:
        await bind_tenant(db, queued.tenant_id)
        if not await repository.lock_job(db, queued.import_id):
            return  # another worker is importing it
        job = await repository.get_job(db, queued.import_id)
        stored = await repository.files_of(db, queued.import_id)
        if job is None or stored is None:
            return  # it has ended
        # This session must not write the job's row before the end (its sessions do not
        # autoflush): a row lock held here would stall every progress write after it.
        child_files = await records_repository.files_of(db, queued.import_id)
        files = ReturnFiles(stored.header, stored.episodes, child_files=child_files)
        importer = Importer(queued.tenant_id, job.created_by, stored.actor_label)
        token = bind_request_id(stored.request_id)
        try:
            await service.run_ssda903_import(
                db,
                job,
                files,
                importer=importer,
                today=today,
                team_id=stored.team_id,
                progress=_progress_writer(database, queued),
            )
        finally:
            unbind_request_id(token)
        await repository.drop_files(db, job.id)
        await records_repository.drop_files(db, job.id)
        await db.commit()


async def run_queued_import(database: Database, queued: QueuedImport, *, today: date) -> None:
    """The worker's job: import an upload; a failure marks the job failed with a plain message
    (the details go to the log, never to the admin)."""
    try:
        await _import(database, queued, today)
    except InvalidInput as error:
        await _fail(database, queued, error.detail)
    except Exception:
        logger.exception("an SSDA903 import failed", extra={"import_id": str(queued.import_id)})
        await _fail(database, queued, UNEXPECTED_FAILURE)
