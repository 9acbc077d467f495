"""The background worker: pgqueuer jobs and schedules, in `kindred serve` or `kindred worker`.

- `kindred.webhooks.dispatch` jobs are enqueued in the same transaction as an event (and as a
  deferred job when a retry falls due); each runs one `dispatch_due` step.
- `kindred.imports.ssda903` jobs are enqueued with an admin's upload; each imports it, one at
  a time per worker (an import is heavy), writing its progress to the import's job.
- `kindred.bulk_loads.step` jobs preview or load an admin's bulk load file, one at a time.
- Every minute a sweep runs the same step, so nothing waits for a lost wake-up.
- `kindred.exports.council` jobs are enqueued when an admin starts a whole-council export; each
  writes the council's ZIP under the var dir, one at a time per worker.
- Every night: open referrals long past their needed-by date expire, and idempotency keys older
  than 24 hours are removed, and so are whole-council export files past their lifetime.

Any number of workers may run: deliveries are leased with `FOR UPDATE SKIP LOCKED`. A worker
that dies mid-job (a crash, a deploy) stops sending its job's heartbeat; once that is
`STALE_JOB_AFTER` old, any worker picks the job again. An import it was running had rolled back
whole, so the next run imports it from the start.
"""

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Any

import asyncpg
from pgqueuer import PgQueuer
from pgqueuer.adapters.drivers.asyncpg import AsyncpgDriver
from pgqueuer.models import Job
from sqlalchemy import text
from sqlalchemy.engine import make_url

from kindred.auth import throttle
from kindred.core.app_login import app_login
from kindred.core.clock import current_time
from kindred.core.database import Database
from kindred.core.job_queue import queries_for
from kindred.modules.bulk_loads.api import BULK_LOAD_ENTRYPOINT, QueuedStep, run_queued_step
from kindred.modules.exports.api import (
    EXPORT_ENTRYPOINT,
    ExportJob,
    purge_expired_files,
    run_council_export,
)
from kindred.modules.imports.api import IMPORT_ENTRYPOINT, QueuedImport, run_queued_import
from kindred.modules.partner.api import KEY_LIFETIME
from kindred.modules.webhooks.api import (
    DISPATCH_ENTRYPOINT,
    Outbound,
    delivery_client,
    dispatch_due,
)
from kindred.settings import Settings

logger = logging.getLogger(__name__)

SWEEP_SCHEDULE = "kindred.webhooks.sweep"
HOUSEKEEPING_SCHEDULE = "kindred.housekeeping"
STALE_JOB_AFTER = timedelta(seconds=30)
"""A picked job whose worker has sent no heartbeat for this long is picked again."""
EXPIRY_GRACE_DAYS = 28
"""An open referral expires this many days after the date it was needed by."""


def _plain_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def housekeeping(database: Database, *, now: datetime) -> tuple[int, int]:
    """Expire overdue referrals and forget old idempotency keys: (expired, purged).

    Old failed sign-in counts are forgotten too (logged, not returned).
    """
    async with database.sessions() as db:
        expired = await db.scalar(
            text("SELECT kindred_expire_referrals(:today, :grace)"),
            {"today": now.date(), "grace": EXPIRY_GRACE_DAYS},
        )
        purged = await db.scalar(
            text("SELECT kindred_purge_idempotency_keys(:before)"),
            {"before": now - KEY_LIFETIME},
        )
        forgotten = await throttle.purge(db, now=now)
        await db.commit()
    logger.info("failure counts forgotten", extra={"failure_counts": forgotten})
    return int(expired or 0), int(purged or 0)


async def run_worker(settings: Settings, *, stop: asyncio.Event | None = None) -> None:
    """Process jobs until `stop` is set (or forever)."""
    login = app_login(settings)
    database = Database(login, pool_size=2)
    connection = await asyncpg.connect(_plain_dsn(login))
    driver = AsyncpgDriver(connection)
    queuer = PgQueuer(driver, queries=queries_for(driver))
    http = delivery_client()
    outbound = Outbound(http, allow_private=settings.webhook_allow_private_addresses)

    @queuer.entrypoint(DISPATCH_ENTRYPOINT, on_failure="delete")
    async def dispatch(_: Any) -> None:
        await dispatch_due(database, outbound, now=current_time())

    @queuer.entrypoint(IMPORT_ENTRYPOINT, concurrency_limit=1, on_failure="delete")
    async def import_return(job: Job) -> None:
        if job.payload is not None:
            queued = QueuedImport.from_payload(job.payload)
            await run_queued_import(database, queued, today=current_time().date())

    @queuer.entrypoint(EXPORT_ENTRYPOINT, concurrency_limit=1, on_failure="delete")
    async def council_export(job: Job) -> None:
        if job.payload is not None:
            export = ExportJob.from_payload(job.payload)
            await run_council_export(database, export, var_dir=settings.var_dir, now=current_time())

    @queuer.entrypoint(BULK_LOAD_ENTRYPOINT, concurrency_limit=1, on_failure="delete")
    async def bulk_load(job: Job) -> None:
        if job.payload is not None:
            queued = QueuedStep.from_payload(job.payload)
            await run_queued_step(database, queued, today=current_time().date())

    @queuer.schedule(SWEEP_SCHEDULE, "* * * * *")
    async def sweep(_: Any) -> None:
        await dispatch_due(database, outbound, now=current_time())

    @queuer.schedule(HOUSEKEEPING_SCHEDULE, "17 3 * * *")
    async def nightly(_: Any) -> None:
        expired, purged = await housekeeping(database, now=current_time())
        logger.info("housekeeping", extra={"expired_referrals": expired, "purged_keys": purged})
        exports = purge_expired_files(settings.var_dir, now=current_time())
        logger.info("expired exports deleted", extra={"files": exports})

    async def stop_when_asked() -> None:
        if stop is not None:
            await stop.wait()
            queuer.shutdown.set()

    watcher = asyncio.create_task(stop_when_asked())
    try:
        await queuer.run(heartbeat_timeout=STALE_JOB_AFTER)
    finally:
        watcher.cancel()
        await http.aclose()
        await database.dispose()
        if not connection.is_closed():
            await connection.close()
