"""Use cases for an agency's webhooks: register, list, read, remove, rotate, delivery log."""

import secrets
import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core.cursor import CursorPage, decode_cursor, page_of
from kindred.core.errors import FieldError, InvalidInput, NotFound
from kindred.domain.webhook_targets import RefusedUrl, parse_webhook_url
from kindred.models.partner import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from kindred.modules.webhooks import repository
from kindred.modules.webhooks.events import EventType
from kindred.modules.webhooks.outbound import Resolver, checked_addresses
from kindred.modules.webhooks.schemas import (
    AttemptRead,
    DeliveryRead,
    WebhookCreate,
    WebhookRead,
    WebhookWithSecret,
)

RESOURCE = "webhook"
NO_SUCH_WEBHOOK = "There is no webhook with this id for your agency."


def _bad_url(message: str) -> InvalidInput:
    return InvalidInput(
        "Check the webhook URL.", errors=[FieldError(field="body.url", message=message)]
    )


async def check_url(url: str, *, allow_private: bool, resolve: Resolver) -> str:
    """https to a public host only: every address its name resolves to must be public.

    Addresses are checked again at every delivery (DNS answers change); this check is so the
    agency hears now, not from its delivery log, that Kindred will not send there.
    """
    try:
        target = parse_webhook_url(url, allow_private=allow_private)
        await checked_addresses(target, allow_private=allow_private, resolve=resolve)
    except RefusedUrl as refused:
        raise _bad_url(str(refused)) from None
    return url


def _read(endpoint: WebhookEndpoint) -> WebhookRead:
    return WebhookRead(
        id=endpoint.id,
        url=endpoint.url,
        events=[EventType(event) for event in endpoint.events],
        description=endpoint.description,
        created_at=endpoint.created_at,
        secret_rotated_at=endpoint.secret_rotated_at,
    )


def _new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


async def _endpoint(db: AsyncSession, endpoint_id: uuid.UUID) -> WebhookEndpoint:
    endpoint = await repository.get_endpoint(db, endpoint_id)
    if endpoint is None:
        raise NotFound(NO_SUCH_WEBHOOK)
    return endpoint


async def register(
    db: AsyncSession, actor: Actor, body: WebhookCreate, *, allow_private: bool, resolve: Resolver
) -> WebhookWithSecret:
    """A new endpoint with a generated signing secret, shown this once."""
    url = await check_url(body.url, allow_private=allow_private, resolve=resolve)
    secret = _new_secret()
    endpoint = await repository.add_endpoint(
        db,
        WebhookEndpoint(
            tenant_id=actor.tenant_id,
            url=url,
            description=body.description,
            events=sorted({event.value for event in body.events}),
            signing_secret=secret,
            created_by_label=actor.label,
        ),
    )
    await db.refresh(endpoint)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type=RESOURCE,
        resource_id=endpoint.id,
        details={"url": url, "events": endpoint.events},
    )
    return WebhookWithSecret(**_read(endpoint).model_dump(), signing_secret=secret)


async def list_webhooks(db: AsyncSession) -> list[WebhookRead]:
    return [_read(endpoint) for endpoint in await repository.list_endpoints(db)]


async def get_webhook(db: AsyncSession, endpoint_id: uuid.UUID) -> WebhookRead:
    return _read(await _endpoint(db, endpoint_id))


async def remove(db: AsyncSession, actor: Actor, endpoint_id: uuid.UUID, *, now: datetime) -> None:
    """Stop sending to an endpoint; its delivery log stays readable to the agency's audit."""
    endpoint = await _endpoint(db, endpoint_id)
    endpoint.disabled_at = now
    await db.flush()
    await audit.record(
        db, actor=actor, action=AuditAction.revoke, resource_type=RESOURCE, resource_id=endpoint.id
    )


async def rotate_secret(
    db: AsyncSession, actor: Actor, endpoint_id: uuid.UUID, *, now: datetime
) -> WebhookWithSecret:
    """A new signing secret, shown once; deliveries from now on are signed with it."""
    endpoint = await _endpoint(db, endpoint_id)
    secret = _new_secret()
    endpoint.signing_secret = secret
    endpoint.secret_rotated_at = now
    await db.flush()
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.rotate_secret,
        resource_type=RESOURCE,
        resource_id=endpoint.id,
    )
    return WebhookWithSecret(**_read(endpoint).model_dump(), signing_secret=secret)


def _delivery_read(delivery: WebhookDelivery) -> DeliveryRead:
    return DeliveryRead(
        id=delivery.id,
        event_id=delivery.event_id,
        event_type=EventType(delivery.event_type),
        status=delivery.status,
        attempts=delivery.attempts,
        next_attempt_at=delivery.next_attempt_at
        if delivery.status == DeliveryStatus.pending
        else None,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        delivered_at=delivery.delivered_at,
        created_at=delivery.created_at,
        payload=delivery.payload,
        attempt_log=[AttemptRead.model_validate(entry) for entry in delivery.attempt_log],
    )


async def deliveries(
    db: AsyncSession, endpoint_id: uuid.UUID, *, cursor: str | None, limit: int
) -> CursorPage[DeliveryRead]:
    """An endpoint's delivery log, newest first."""
    await _endpoint(db, endpoint_id)
    rows = await repository.deliveries(db, endpoint_id, after=decode_cursor(cursor), limit=limit)
    return page_of(
        [_delivery_read(row) for row in rows], [(row.created_at, row.id) for row in rows], limit
    )
