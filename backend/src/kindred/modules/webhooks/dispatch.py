"""Deliver due webhook events: sign, POST, record, and back off on failure.

`dispatch_due` is one step: lease the due deliveries, try each once, record the outcome. The
worker runs it when a pgqueuer job wakes it (on a new event, or when a retry falls due) and once
a minute as a sweep; tests call it directly with their own clock and HTTP transport.

Each delivery is read, POSTed and recorded in separate short transactions: no database
connection waits on a partner's server. The lease (`LEASE_SECONDS`) keeps two workers from
sending the same delivery at once; a worker that dies mid-send leaves the lease to run out and
the delivery to be retried, so delivery is at least once (receivers de-duplicate on the event id).

One endpoint cannot hold up or break another's deliveries: up to `DELIVERY_CONCURRENCY` are
attempted at once, each within one deadline and inside its own error boundary and transactions,
so a bad endpoint (a name that does not resolve, a refused address, a TLS error, a timeout, a
URL stored before today's checks) fails only its own delivery, which is retried like any other
failed try.
"""

import asyncio
import json
import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kindred.auth.tenancy import bind_tenant
from kindred.core import job_queue
from kindred.core.clock import current_time
from kindred.core.database import Database
from kindred.domain.referrals import MAX_DELIVERY_ATTEMPTS, retry_delay_seconds, sign_body
from kindred.models.partner import DeliveryStatus
from kindred.modules.webhooks import repository
from kindred.modules.webhooks.events import DISPATCH_ENTRYPOINT
from kindred.modules.webhooks.outbound import Outbound, Outcome, post

logger = logging.getLogger(__name__)

LEASE_SECONDS = 120
DELIVERY_CONCURRENCY = 8
MAX_ERROR_LENGTH = 300
UNEXPECTED = "Kindred could not make this attempt; it will be tried again."
SIGNATURE_HEADER = "X-Kindred-Signature"
TIMESTAMP_HEADER = "X-Kindred-Timestamp"
EVENT_ID_HEADER = "X-Kindred-Event-Id"
EVENT_TYPE_HEADER = "X-Kindred-Event-Type"
DELIVERY_ID_HEADER = "X-Kindred-Delivery-Id"
ATTEMPT_HEADER = "X-Kindred-Attempt"


@dataclass
class DispatchResult:
    delivered: list[uuid.UUID] = field(default_factory=list)
    retrying: list[uuid.UUID] = field(default_factory=list)
    failed: list[uuid.UUID] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return len(self.delivered) + len(self.retrying) + len(self.failed)


@dataclass(frozen=True)
class _Request:
    url: str
    body: bytes
    headers: dict[str, str]
    attempt: int


def canonical_body(payload: dict[str, object]) -> bytes:
    """The exact bytes sent and signed (the same on every attempt)."""
    return json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()


async def _prepare(
    database: Database, delivery_id: uuid.UUID, tenant_id: uuid.UUID, now: datetime
) -> _Request | None:
    async with database.sessions() as db:
        await bind_tenant(db, tenant_id)
        found = await repository.delivery_with_endpoint(db, delivery_id)
        if found is None or found[0].status != DeliveryStatus.pending:
            return None
        delivery, endpoint = found
        attempt = delivery.attempts + 1
        if endpoint.disabled_at is not None:
            delivery.status = DeliveryStatus.failed
            delivery.last_error = "The endpoint was removed."
            delivery.leased_until = None
            await db.commit()
            return None
        body = canonical_body(delivery.payload)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "Kindred-Webhooks/1",
            SIGNATURE_HEADER: sign_body(endpoint.signing_secret, body),
            TIMESTAMP_HEADER: str(int(now.timestamp())),
            EVENT_ID_HEADER: str(delivery.event_id),
            EVENT_TYPE_HEADER: delivery.event_type,
            DELIVERY_ID_HEADER: str(delivery.id),
            ATTEMPT_HEADER: str(attempt),
        }
        return _Request(endpoint.url, body, headers, attempt)


async def _record(
    database: Database,
    delivery_id: uuid.UUID,
    tenant_id: uuid.UUID,
    attempt: int,
    outcome: Outcome,
    elapsed_ms: int,
    now: datetime,
    result: DispatchResult,
) -> None:
    status_code = outcome.status_code
    error = None if outcome.error is None else outcome.error[:MAX_ERROR_LENGTH]
    async with database.sessions() as db:
        await bind_tenant(db, tenant_id)
        found = await repository.delivery_with_endpoint(db, delivery_id)
        if found is None:
            return
        delivery = found[0]
        delivery.attempts = attempt
        delivery.last_attempt_at = now
        delivery.last_status_code = status_code
        delivery.last_error = error
        delivery.leased_until = None
        delivery.attempt_log = [
            *delivery.attempt_log,
            {
                "attempt": attempt,
                "at": now.isoformat(),
                "status_code": status_code,
                "error": error,
                "duration_ms": elapsed_ms,
            },
        ]
        if error is None:
            delivery.status = DeliveryStatus.delivered
            delivery.delivered_at = now
            result.delivered.append(delivery_id)
        elif attempt >= MAX_DELIVERY_ATTEMPTS:
            delivery.status = DeliveryStatus.failed
            result.failed.append(delivery_id)
        else:
            delay = timedelta(seconds=retry_delay_seconds(attempt))
            delivery.next_attempt_at = now + delay
            # Wake a worker when the retry falls due (the minute sweep is the safety net).
            await job_queue.enqueue(db, DISPATCH_ENTRYPOINT, delay=delay)
            result.retrying.append(delivery_id)
        await db.commit()


async def _attempt(
    database: Database,
    outbound: Outbound,
    claimed: tuple[uuid.UUID, uuid.UUID],
    now: datetime,
    result: DispatchResult,
) -> None:
    """Try one delivery once; whatever goes wrong is this delivery's failure and no other's."""
    delivery_id, tenant_id = claimed
    log = {"delivery_id": str(delivery_id)}
    started = time.monotonic()
    request: _Request | None = None
    try:
        request = await _prepare(database, delivery_id, tenant_id, now)
        if request is None:
            return
        started = time.monotonic()
        outcome = await post(outbound, request.url, request.body, request.headers)
    except Exception:
        logger.exception("webhook delivery could not be prepared or sent", extra=log)
        if request is None:
            return  # nothing was changed: the lease runs out and the delivery is tried again
        outcome = Outcome(None, UNEXPECTED)
    elapsed_ms = round((time.monotonic() - started) * 1000)
    if outcome.error is not None:
        logger.info("webhook attempt failed", extra={**log, "attempt": request.attempt})
    try:
        await _record(
            database, delivery_id, tenant_id, request.attempt, outcome, elapsed_ms, now, result
        )
    except Exception:
        # The lease runs out and the delivery is tried again.
        logger.exception("webhook attempt could not be recorded", extra=log)


async def dispatch_due(
    database: Database,
    outbound: Outbound,
    *,
    now: datetime | None = None,
    limit: int = 50,
) -> DispatchResult:
    """Try every delivery due at `now` once (up to `limit`); what happened to each."""
    now = now or current_time()
    result = DispatchResult()
    async with database.sessions() as db:
        claimed = await repository.claim_due(db, now=now, limit=limit, lease_seconds=LEASE_SECONDS)
        await db.commit()
    gate = asyncio.Semaphore(DELIVERY_CONCURRENCY)

    async def attempt(delivery: tuple[uuid.UUID, uuid.UUID]) -> None:
        async with gate:
            await _attempt(database, outbound, delivery, now, result)

    await asyncio.gather(*(attempt(delivery) for delivery in claimed))
    return result
