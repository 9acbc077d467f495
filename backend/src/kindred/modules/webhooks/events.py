"""Events a council's actions raise for a partner agency, queued for its webhooks.

Events are thin: they name what changed and where to read it, and carry no child's details, so
a webhook receiver learns nothing it could not read through the authenticated API.
"""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.core import job_queue
from kindred.modules.webhooks import repository

DISPATCH_ENTRYPOINT = "kindred.webhooks.dispatch"


class EventType(StrEnum):
    referral_shared = "referral.shared"
    referral_withdrawn = "referral.withdrawn"
    offer_accepted = "offer.accepted"
    offer_declined = "offer.declined"


EVENT_DESCRIPTIONS = {
    EventType.referral_shared: "A council shared a referral with your agency.",
    EventType.referral_withdrawn: "A referral is no longer shared with you, or was withdrawn.",
    EventType.offer_accepted: "The council accepted one of your offers.",
    EventType.offer_declined: "The council declined one of your offers.",
}


def event_body(
    event_id: uuid.UUID, event_type: EventType, data: dict[str, Any], now: datetime
) -> dict[str, Any]:
    return {
        "id": str(event_id),
        "type": event_type.value,
        "created_at": now.isoformat(),
        "data": data,
    }


async def emit(
    db: AsyncSession,
    *,
    agency_id: uuid.UUID,
    event_type: EventType,
    data: dict[str, Any],
    now: datetime,
) -> int:
    """Queue an event for each of the agency's endpoints that wants it, in this transaction.

    Returns how many deliveries were queued; a worker is woken only when there are some.
    """
    event_id = uuid.uuid4()
    queued = await repository.queue_event(
        db, agency_id, event_id, event_type.value, event_body(event_id, event_type, data, now)
    )
    if queued:
        await job_queue.enqueue(db, DISPATCH_ENTRYPOINT)
    return queued


def referral_ref(share_id: uuid.UUID, reference: str) -> dict[str, Any]:
    return {
        "id": str(share_id),
        "reference": reference,
        "url": f"/api/v1/partner/referrals/{share_id}",
    }
