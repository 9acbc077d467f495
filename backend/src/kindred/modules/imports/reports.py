"""Imports read back: one job as the API shows it, its report as a downloadable table (file,
line, column, DfE rule, message), and the recent imports."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core.errors import NotFound
from kindred.core.spreadsheets import Sheet
from kindred.models.import_job import ImportJob
from kindred.modules.imports import repository
from kindred.modules.imports.schemas import ImportJobRead, ImportJobSummary


def read_job(job: ImportJob) -> ImportJobRead:
    return ImportJobRead.model_validate(
        {
            "id": job.id,
            "kind": job.kind,
            "status": job.status,
            "stage": job.stage,
            "valid_rows_only": job.valid_rows_only,
            "dry_run": job.dry_run,
            "header_filename": job.header_filename,
            "episodes_filename": job.episodes_filename,
            "rows_total": job.rows_total,
            "rows_processed": job.rows_processed,
            "rows_rejected": job.rows_rejected,
            "counts": job.counts or None,
            "errors": job.report.get("errors", []),
            "warnings": job.report.get("warnings", []),
            "message": job.report.get("message"),
            "created_at": job.created_at,
            "finished_at": job.finished_at,
        }
    )


async def get_import(db: AsyncSession, actor: Actor, import_id: uuid.UUID) -> ImportJobRead:
    job = await repository.get_job(db, import_id)
    if job is None:
        raise NotFound("There is no import with this id.")
    await audit.record(
        db, actor=actor, action=AuditAction.read, resource_type="import", resource_id=job.id
    )
    return read_job(job)


REPORT_COLUMNS = ("outcome", "file", "line", "column", "dfe_rule", "child", "message")


def report_table(job: ImportJobRead) -> Sheet:
    """The report as one table, rejections first, then warnings, each in file and line order."""
    rows = [
        (outcome, line.file, line.line, line.column, line.rule, line.child, line.reason)
        for outcome, lines in (("rejected", job.errors), ("warning", job.warnings))
        for line in lines
    ]
    return Sheet(REPORT_COLUMNS, rows)


async def import_report(db: AsyncSession, actor: Actor, import_id: uuid.UUID) -> Sheet:
    """An import's report as a table (audited as a read of the import)."""
    return report_table(await get_import(db, actor, import_id))


async def list_imports(db: AsyncSession, actor: Actor) -> list[ImportJobSummary]:
    jobs = await repository.list_jobs(db, limit=50)
    return [ImportJobSummary.model_validate(job, from_attributes=True) for job in jobs]
