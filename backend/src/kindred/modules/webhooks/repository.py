"""Every query about webhooks: endpoints, deliveries, and the two cross-tenant definer calls.

Queueing an event (a council's transaction, for an agency's endpoints) and claiming due
deliveries (a worker, for every agency) cross tenants, so each goes through one SECURITY DEFINER
function that does exactly that and nothing more (see the referrals migration).
"""

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.partner import WebhookDelivery, WebhookEndpoint

_QUEUE_EVENT = text(
    "SELECT kindred_queue_partner_event(:agency, :event_id, :event_type, CAST(:payload AS jsonb))"
)
_CLAIM_DUE = text(
    "SELECT id, tenant_id FROM kindred_claim_webhook_deliveries(:now, :limit, :lease)"
)


async def queue_event(
    db: AsyncSession,
    agency_id: uuid.UUID,
    event_id: uuid.UUID,
    event_type: str,
    payload: dict[str, Any],
) -> int:
    """One pending delivery per active endpoint of the agency subscribed to the event."""
    queued = await db.scalar(
        _QUEUE_EVENT,
        {
            "agency": agency_id,
            "event_id": event_id,
            "event_type": event_type,
            "payload": json.dumps(payload),
        },
    )
    return int(queued or 0)


async def claim_due(
    db: AsyncSession, *, now: datetime, limit: int, lease_seconds: int
) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """Lease up to `limit` due deliveries across agencies: (delivery id, agency id)."""
    rows = await db.execute(_CLAIM_DUE, {"now": now, "limit": limit, "lease": lease_seconds})
    return [(row[0], row[1]) for row in rows]


async def add_endpoint(db: AsyncSession, endpoint: WebhookEndpoint) -> WebhookEndpoint:
    db.add(endpoint)
    await db.flush()
    return endpoint


async def list_endpoints(db: AsyncSession) -> Sequence[WebhookEndpoint]:
    rows = await db.scalars(
        select(WebhookEndpoint)
        .where(WebhookEndpoint.disabled_at.is_(None))
        .order_by(WebhookEndpoint.created_at, WebhookEndpoint.id)
    )
    return rows.all()


async def get_endpoint(db: AsyncSession, endpoint_id: uuid.UUID) -> WebhookEndpoint | None:
    return await db.scalar(
        select(WebhookEndpoint).where(
            WebhookEndpoint.id == endpoint_id, WebhookEndpoint.disabled_at.is_(None)
        )
    )


async def deliveries(
    db: AsyncSession,
    endpoint_id: uuid.UUID,
    *,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> Sequence[WebhookDelivery]:
    """The endpoint's deliveries newest first, after a cursor position; one extra for paging."""
    query = select(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint_id)
    if after is not None:
        at, last_id = after
        query = query.where(
            or_(
                WebhookDelivery.created_at < at,
                and_(WebhookDelivery.created_at == at, WebhookDelivery.id < last_id),
            )
        )
    rows = await db.scalars(
        query.order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc()).limit(
            limit + 1
        )
    )
    return rows.all()


async def delivery_with_endpoint(
    db: AsyncSession, delivery_id: uuid.UUID
) -> tuple[WebhookDelivery, WebhookEndpoint] | None:
    row = (
        await db.execute(
            select(WebhookDelivery, WebhookEndpoint)
            .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
            .where(WebhookDelivery.id == delivery_id)
            .execution_options(populate_existing=True)
        )
    ).one_or_none()
    return (row[0], row[1]) if row else None
