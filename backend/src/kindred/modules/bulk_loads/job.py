"""The worker's side of a bulk load: preview a file, or load it.

Both steps read and check the whole file and run the kind's write in one transaction. The
preview then rolls it back, so its counts are exactly what the load will do; the load commits
it (or, loading all rows, writes nothing when a row has an error). Progress is written to the
load's row in short transactions of its own, so the page sees it move. An advisory lock holds
the load for the whole step, so a job picked twice runs once.
"""

import asyncio
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, Self

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.tenancy import bind_tenant
from kindred.core.database import Database
from kindred.core.errors import InvalidInput
from kindred.core.request_context import bind_request_id, unbind_request_id
from kindred.domain.bulk_rows import CheckedFile
from kindred.models.bulk_load import BulkLoad, BulkLoadFile, BulkLoadStatus
from kindred.modules.bulk_loads import repository
from kindred.modules.bulk_loads.kinds import KINDS
from kindred.modules.bulk_loads.staging import Counts, Loader
from kindred.modules.bulk_loads.tables import read_table

logger = logging.getLogger(__name__)

BULK_LOAD_ENTRYPOINT = "kindred.bulk_loads.step"
UNEXPECTED_FAILURE = (
    "The load stopped because of an unexpected problem, so nothing was loaded. Upload the file "
    "again; if it happens again, contact support and give them this load's id."
)
Step = Literal["preview", "load"]
_EXPECTED_STATUS = {"preview": "previewing", "load": "loading"}


@dataclass(frozen=True, slots=True)
class QueuedStep:
    """The worker job's payload: ids only (the queue is not under row-level security)."""

    load_id: uuid.UUID
    tenant_id: uuid.UUID
    step: Step

    def payload(self) -> bytes:
        fields = {"load_id": str(self.load_id), "tenant_id": str(self.tenant_id), "step": self.step}
        return json.dumps(fields).encode()

    @classmethod
    def from_payload(cls, payload: bytes) -> Self:
        fields = json.loads(payload)
        step: Step = "load" if fields["step"] == "load" else "preview"
        return cls(uuid.UUID(fields["load_id"]), uuid.UUID(fields["tenant_id"]), step)


async def _write_fields(database: Database, queued: QueuedStep, **fields: Any) -> None:
    async with database.sessions() as db:
        await bind_tenant(db, queued.tenant_id)
        await repository.set_fields(db, queued.load_id, **fields)
        await db.commit()


def _report(checked: CheckedFile[Any]) -> dict[str, Any]:
    return {
        "rows_total": checked.rows,
        "rows_processed": checked.rows,
        "rows_rejected": len({error.line for error in checked.errors if error.line > 1}),
        "errors": [
            {"line": error.line, "column": error.column, "reason": error.reason}
            for error in checked.errors
        ],
        "ignored_columns": list(checked.ignored),
    }


async def _check(
    database: Database,
    db: AsyncSession,
    queued: QueuedStep,
    load: BulkLoad,
    stored: BulkLoadFile,
    today: date,
) -> CheckedFile[Any]:
    await _write_fields(database, queued, stage="Reading the file")
    table = await asyncio.to_thread(read_table, stored.content)
    await _write_fields(
        database, queued, stage="Checking rows", rows_total=len(table.rows), rows_processed=0
    )
    return await KINDS[load.kind].check(db, table, today)


async def _write(
    database: Database,
    db: AsyncSession,
    queued: QueuedStep,
    load: BulkLoad,
    stored: BulkLoadFile,
    checked: CheckedFile[Any],
) -> Counts:
    if checked.header_rejected or not checked.records:
        return Counts(0, 0, 0)
    await _write_fields(database, queued, stage="Writing", rows_processed=0)
    loader = Loader(
        queued.tenant_id, load.created_by, stored.actor_label, load.id, stored.request_id
    )
    token = bind_request_id(stored.request_id)
    try:
        return await KINDS[load.kind].write(db, checked, loader)
    finally:
        unbind_request_id(token)


async def _run(database: Database, queued: QueuedStep, today: date) -> None:
    async with database.sessions() as db:
        await bind_tenant(db, queued.tenant_id)
        if not await repository.lock(db, queued.load_id):
            return  # another worker is running it
        load = await repository.get(db, queued.load_id)
        stored = await repository.file_of(db, queued.load_id)
        if load is None or stored is None or load.status != _EXPECTED_STATUS[queued.step]:
            return  # it has ended
        # This session must not write the load's row before the end (no autoflush): a row
        # lock held here would stall every progress write after it.
        checked = await _check(database, db, queued, load, stored, today)
        report = _report(checked)
        if queued.step == "preview":
            counts = await _write(database, db, queued, load, stored, checked)
            await db.rollback()
            await _write_fields(
                database,
                queued,
                status=BulkLoadStatus.previewed,
                stage=None,
                previewed_at=func.now(),
                counts={"preview": counts.as_dict()},
                **report,
            )
            return
        if checked.header_rejected or (checked.errors and not load.valid_rows_only):
            await db.rollback()
            await _write_fields(
                database,
                queued,
                status=BulkLoadStatus.rejected,
                stage=None,
                finished_at=func.now(),
                **report,
            )
            await _drop_file(database, queued)
            return
        counts = await _write(database, db, queued, load, stored, checked)
        await repository.set_fields(
            db,
            load.id,
            status=BulkLoadStatus.loaded,
            stage=None,
            finished_at=func.now(),
            counts={**load.counts, "result": counts.as_dict()},
            **report,
        )
        await repository.drop_file(db, load.id)
        await db.commit()


async def _drop_file(database: Database, queued: QueuedStep) -> None:
    async with database.sessions() as db:
        await bind_tenant(db, queued.tenant_id)
        await repository.drop_file(db, queued.load_id)
        await db.commit()


async def run_queued_step(database: Database, queued: QueuedStep, *, today: date) -> None:
    """The worker's job: a failure marks the load failed with a plain message (the details go
    to the log, never to the admin) and drops its file."""
    try:
        await _run(database, queued, today)
    except InvalidInput as error:
        await _fail(database, queued, error.detail)
    except Exception:
        logger.exception("a bulk load failed", extra={"load_id": str(queued.load_id)})
        await _fail(database, queued, UNEXPECTED_FAILURE)


async def _fail(database: Database, queued: QueuedStep, message: str) -> None:
    await _write_fields(
        database,
        queued,
        status=BulkLoadStatus.failed,
        stage=None,
        message=message,
        finished_at=func.now(),
    )
    await _drop_file(database, queued)
