"""Deliver due webhook events: sign, POST, record, and back off on failure.

`dispatch_due` is one step: lease the due deliveries, try each once, record the outcome. The
worker runs it when a pgqueuer job wakes it (on a new event, or when a retry falls due) and once
a minute as a sweep; tests call it directly with their own clock and HTTP transport.

Each delivery is read, POSTed and recorded in separate short transactions: no database
connection waits on a partner's server. The lease (`LEASE_SECONDS`) keeps two workers from
sending the same delivery at once; a worker that dies mid-send leaves the lease to run out and
the delivery to be retried, so delivery is at least once (receivers de-duplicate on the event id).
"""

import json
import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx

from kindred.auth.tenancy import bind_tenant
from kindred.core import job_queue
from kindred.core.database import Database
from kindred.domain.referrals import MAX_DELIVERY_ATTEMPTS, retry_delay_seconds, sign_body
from kindred.modules.webhooks import repository
from kindred.modules.webhooks.events import DISPATCH_ENTRYPOINT

logger = logging.getLogger(__name__)

LEASE_SECONDS = 120
REQUEST_TIMEOUT_SECONDS = 10.0
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
        if found is None or found[0].status != "pending":
            return None
        delivery, endpoint = found
        attempt = delivery.attempts + 1
        if endpoint.disabled_at is not None:
            delivery.status = "failed"
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


async def _send(http: httpx.AsyncClient, request: _Request) -> tuple[int | None, str | None, int]:
    started = time.monotonic()
    try:
        response = await http.post(
            request.url,
            content=request.body,
            headers=request.headers,
            timeout=REQUEST_TIMEOUT_SECONDS,
            follow_redirects=False,
        )
    except httpx.HTTPError as error:
        elapsed = round((time.monotonic() - started) * 1000)
        return None, f"{type(error).__name__}: {error}"[:300], elapsed
    elapsed = round((time.monotonic() - started) * 1000)
    if 200 <= response.status_code < 300:
        return response.status_code, None, elapsed
    return response.status_code, f"The endpoint answered HTTP {response.status_code}.", elapsed


async def _record(
    database: Database,
    delivery_id: uuid.UUID,
    tenant_id: uuid.UUID,
    attempt: int,
    outcome: tuple[int | None, str | None, int],
    now: datetime,
    result: DispatchResult,
) -> None:
    status_code, error, elapsed_ms = outcome
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
            {"attempt": attempt, "at": now.isoformat(), "status_code": status_code,
             "error": error, "duration_ms": elapsed_ms},
        ]  # fmt: skip
        if error is None:
            delivery.status = "delivered"
            delivery.delivered_at = now
            result.delivered.append(delivery_id)
        elif attempt >= MAX_DELIVERY_ATTEMPTS:
            delivery.status = "failed"
            result.failed.append(delivery_id)
        else:
            delay = timedelta(seconds=retry_delay_seconds(attempt))
            delivery.next_attempt_at = now + delay
            # Wake a worker when the retry falls due (the minute sweep is the safety net).
            await job_queue.enqueue(db, DISPATCH_ENTRYPOINT, delay=delay)
            result.retrying.append(delivery_id)
        await db.commit()


async def dispatch_due(
    database: Database,
    http: httpx.AsyncClient,
    *,
    now: datetime | None = None,
    limit: int = 50,
) -> DispatchResult:
    """Try every delivery due at `now` once (up to `limit`); what happened to each."""
    now = now or datetime.now(UTC)
    result = DispatchResult()
    async with database.sessions() as db:
        claimed = await repository.claim_due(db, now=now, limit=limit, lease_seconds=LEASE_SECONDS)
        await db.commit()
    for delivery_id, tenant_id in claimed:
        request = await _prepare(database, delivery_id, tenant_id, now)
        if request is None:
            continue
        outcome = await _send(http, request)
        if outcome[1] is not None:
            logger.info(
                "webhook attempt failed",
                extra={"delivery_id": str(delivery_id), "attempt": request.attempt},
            )
        await _record(database, delivery_id, tenant_id, request.attempt, outcome, now, result)
    return result
