"""Webhooks of the partner API: where to send events, and the log of what was sent."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status
from fastapi.responses import JSONResponse

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Now
from kindred.core.cursor import MAX_LIMIT, CursorPage
from kindred.core.database import DbSession
from kindred.core.errors import (
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.modules.partner.api import RATE_LIMITED, IdempotencyKey, RateLimited, idempotent
from kindred.modules.webhooks import service
from kindred.modules.webhooks.outbound import Resolver, system_resolver
from kindred.modules.webhooks.schemas import (
    DeliveryRead,
    WebhookCreate,
    WebhookRead,
    WebhookWithSecret,
)
from kindred.settings import Settings

router = APIRouter(prefix="/partner/webhooks", tags=["partner API"], dependencies=[RATE_LIMITED])

Manager = Annotated[Actor, require(Action.manage_webhooks)]
COMMON = (NotAuthenticated, Forbidden, RateLimited)
SIGNING = (
    " Every delivery is a POST of a JSON event `{id, type, created_at, data}` with "
    "`X-Kindred-Signature: sha256=<hex HMAC-SHA256 of the raw body with your signing secret>`, "
    "`X-Kindred-Timestamp` (Unix seconds of the attempt), `X-Kindred-Event-Id`, "
    "`X-Kindred-Event-Type`, `X-Kindred-Delivery-Id` and `X-Kindred-Attempt`. Answer 2xx within "
    "10 s (redirects are not followed: a 3xx is a failed try); anything else is retried after "
    "30 s, 1, 2, 4, 8, 16, 32 and 64 minutes, then the delivery is marked failed. De-duplicate "
    "on the event id."
)
WHERE = (
    " The URL must be `https://` to a public host: an IP address (in any spelling) or a name "
    "any of whose addresses is loopback, private, link-local, multicast, reserved or "
    "unspecified is refused with a 422 naming `body.url`, and so is a name that cannot be "
    "looked up. The host is looked up again before every delivery and the delivery goes to the "
    "address that was checked; an address refused then is a failed try, retried like any other."
)


def host_resolver() -> Resolver:
    """How registration looks up a webhook's host name (tests answer for public DNS)."""
    return system_resolver


HostResolver = Annotated[Resolver, Depends(host_resolver)]


@router.get(
    "",
    summary="List your webhooks",
    description="The agency's active webhooks (never their secrets).",
    responses=problem_responses(*COMMON),
)
async def list_webhooks(actor: Manager, db: DbSession) -> list[WebhookRead]:
    return await service.list_webhooks(db)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=WebhookWithSecret,
    summary="Register a webhook",
    description="Events: `referral.shared`, `referral.withdrawn`, `offer.accepted`, "
    "`offer.declined`. The answer holds the signing secret, shown this once (a retry with the "
    "same `Idempotency-Key` answers the webhook with `signing_secret: null`)."
    + WHERE
    + SIGNING
    + " Send an `Idempotency-Key` header.",
    responses=problem_responses(*COMMON, InvalidInput),
)
async def register_webhook(
    body: WebhookCreate,
    request: Request,
    actor: Manager,
    db: DbSession,
    idempotency_key: IdempotencyKey,
    resolve: HostResolver,
) -> JSONResponse:
    settings: Settings = request.app.state.settings
    allow_private = settings.webhook_allow_private_addresses
    return await idempotent(
        db,
        actor,
        idempotency_key,
        method="POST",
        path=request.url.path,
        body=body,
        status_code=status.HTTP_201_CREATED,
        run=lambda: service.register(db, actor, body, allow_private=allow_private, resolve=resolve),
        replayed_as=WebhookWithSecret.without_secret,
    )


@router.get(
    "/{webhook_id}",
    summary="Read a webhook",
    description="404 for an unknown id, a removed webhook or another agency's.",
    responses=problem_responses(*COMMON, NotFound),
)
async def get_webhook(webhook_id: uuid.UUID, actor: Manager, db: DbSession) -> WebhookRead:
    return await service.get_webhook(db, webhook_id)


@router.delete(
    "/{webhook_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a webhook",
    description="No more events are sent to it; pending deliveries are marked failed.",
    responses=problem_responses(*COMMON, NotFound),
)
async def remove_webhook(
    webhook_id: uuid.UUID, actor: Manager, now: Now, db: DbSession
) -> Response:
    await service.remove(db, actor, webhook_id, now=now)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/{webhook_id}/rotate-secret",
    response_model=WebhookWithSecret,
    summary="Rotate a webhook's signing secret",
    description="The new secret is shown this once and signs every delivery from now on (a "
    "retry with the same `Idempotency-Key` answers `signing_secret: null`). Send an "
    "`Idempotency-Key` header.",
    responses=problem_responses(*COMMON, NotFound, InvalidInput),
)
async def rotate_secret(
    webhook_id: uuid.UUID,
    request: Request,
    actor: Manager,
    now: Now,
    db: DbSession,
    idempotency_key: IdempotencyKey,
) -> JSONResponse:
    return await idempotent(
        db,
        actor,
        idempotency_key,
        method="POST",
        path=request.url.path,
        body=None,
        status_code=status.HTTP_200_OK,
        run=lambda: service.rotate_secret(db, actor, webhook_id, now=now),
        replayed_as=WebhookWithSecret.without_secret,
    )


@router.get(
    "/{webhook_id}/deliveries",
    summary="A webhook's delivery log",
    description="Newest first, cursor-paginated: each event sent, its status (pending, "
    "delivered, failed), every attempt with your endpoint's answer, and the next retry.",
    responses=problem_responses(*COMMON, NotFound, InvalidInput),
)
async def deliveries(
    webhook_id: uuid.UUID,
    actor: Manager,
    db: DbSession,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 25,
) -> CursorPage[DeliveryRead]:
    return await service.deliveries(db, webhook_id, cursor=cursor, limit=limit)
