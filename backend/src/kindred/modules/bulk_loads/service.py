"""Use cases of bulk loads (council admins): upload a file for a preview, read the preview and
its row errors, ask for the load (all rows, or the valid rows only), and download templates.

The preview and the load run in the worker (`modules.bulk_loads.worker`); an upload or a load
request only stores the wish and enqueues the job in the same transaction.
"""

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core import job_queue
from kindred.core.errors import Conflict, InvalidInput, NotFound
from kindred.core.pagination import Page, PageParams
from kindred.core.request_context import current_request_id
from kindred.domain.bulk_rows import HEADER_LINE
from kindred.models.bulk_load import BulkLoad, BulkLoadFile, BulkLoadStatus
from kindred.modules.bulk_loads import repository
from kindred.modules.bulk_loads.job import BULK_LOAD_ENTRYPOINT, QueuedStep
from kindred.modules.bulk_loads.kinds import KINDS, KindName
from kindred.modules.bulk_loads.schemas import (
    BulkLoadKindRead,
    BulkLoadRead,
    BulkLoadSummary,
    ColumnRead,
    RowErrorRead,
)

NO_SUCH_LOAD = "There is no bulk load with this id in your council."


class NotReadyToLoad(Conflict):
    title = "This file cannot be loaded now"


class RowsHaveErrors(InvalidInput):
    title = "Some rows have errors"


def _safe_name(name: str) -> str:
    """A file name as sent, without control characters (NUL cannot be stored), bounded."""
    return "".join(ch for ch in name if ch.isprintable())[:200] or "unnamed"


def kinds() -> list[BulkLoadKindRead]:
    """Every kind with its columns explained, for the page and the templates."""
    return [
        BulkLoadKindRead(
            name=kind.name,
            title=kind.title,
            summary=kind.summary,
            columns=[
                ColumnRead(
                    name=column.name,
                    required=column.required,
                    meaning=column.meaning,
                    example=column.example,
                    aliases=list(column.aliases),
                )
                for column in kind.columns()
            ],
        )
        for kind in KINDS.values()
    ]


def read_load(load: BulkLoad) -> BulkLoadRead:
    errors: list[dict[str, Any]] = load.errors
    return BulkLoadRead(
        id=load.id,
        kind=load.kind,
        status=load.status,
        filename=load.filename,
        stage=load.stage,
        rows_total=load.rows_total,
        rows_processed=load.rows_processed,
        rows_rejected=load.rows_rejected,
        errors_total=len(errors),
        header_rejected=any(error["line"] == HEADER_LINE for error in errors),
        ignored_columns=load.ignored_columns,
        preview=load.counts.get("preview"),
        result=load.counts.get("result"),
        valid_rows_only=load.valid_rows_only,
        message=load.message,
        created_at=load.created_at,
        previewed_at=load.previewed_at,
        finished_at=load.finished_at,
    )


async def upload(
    db: AsyncSession, actor: Actor, kind: KindName, filename: str, content: bytes
) -> BulkLoadRead:
    """Store the file and queue its preview, which runs once the request commits."""
    if not content.strip():
        raise InvalidInput("The file is empty.")
    assert actor.user_id is not None  # only people hold the admin role
    load = BulkLoad(
        tenant_id=actor.tenant_id,
        kind=kind,
        status=BulkLoadStatus.previewing,
        filename=_safe_name(filename),
        created_by=actor.user_id,
    )
    stored = BulkLoadFile(
        tenant_id=actor.tenant_id,
        content=content,
        actor_label=actor.label,
        request_id=current_request_id(),
    )
    await repository.add(db, load, stored)
    step = QueuedStep(load.id, actor.tenant_id, "preview")
    await job_queue.enqueue(db, BULK_LOAD_ENTRYPOINT, payload=step.payload())
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type="bulk_load",
        resource_id=load.id,
        details={"kind": kind, "bytes": len(content)},
    )
    return read_load(load)


async def _load(db: AsyncSession, load_id: uuid.UUID, *, for_update: bool = False) -> BulkLoad:
    load = await repository.get(db, load_id, for_update=for_update)
    if load is None:
        raise NotFound(NO_SUCH_LOAD)
    return load


async def get_load(db: AsyncSession, load_id: uuid.UUID) -> BulkLoadRead:
    return read_load(await _load(db, load_id))


async def recent_loads(db: AsyncSession) -> list[BulkLoadSummary]:
    loads = await repository.recent(db, limit=50)
    return [BulkLoadSummary.model_validate(load, from_attributes=True) for load in loads]


async def errors_page(db: AsyncSession, load_id: uuid.UUID, page: PageParams) -> Page[RowErrorRead]:
    errors = (await _load(db, load_id)).errors
    shown = errors[page.offset : page.offset + page.page_size]
    return Page.of([RowErrorRead.model_validate(error) for error in shown], len(errors), page)


async def start_load(
    db: AsyncSession, actor: Actor, load_id: uuid.UUID, *, valid_rows_only: bool
) -> BulkLoadRead:
    """Queue the load of a previewed file. Loading all rows is refused while any row has an
    error; loading the valid rows only is refused when there are none."""
    load = await _load(db, load_id, for_update=True)  # two clicks queue one load
    if load.status != BulkLoadStatus.previewed:
        raise NotReadyToLoad(
            "Only a previewed file can be loaded, once; this one is "
            f"{load.status.replace('_', ' ')}. Upload the file again to load it again."
        )
    summary = read_load(load)
    if summary.header_rejected:
        raise RowsHaveErrors("The file's columns are wrong; fix the header and upload it again.")
    if summary.errors_total and not valid_rows_only:
        raise RowsHaveErrors(
            f"{load.rows_rejected:,} of {load.rows_total:,} rows have errors, so nothing can be "
            "loaded as a whole. Fix them and upload the file again, or load the valid rows only."
        )
    if load.rows_total - load.rows_rejected == 0:
        raise RowsHaveErrors("The file has no valid rows to load.")
    load.status = BulkLoadStatus.loading
    load.valid_rows_only = valid_rows_only
    load.stage = None
    await db.flush()
    step = QueuedStep(load.id, actor.tenant_id, "load")
    await job_queue.enqueue(db, BULK_LOAD_ENTRYPOINT, payload=step.payload())
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="bulk_load",
        resource_id=load.id,
        details={"valid_rows_only": valid_rows_only},
    )
    return read_load(load)
