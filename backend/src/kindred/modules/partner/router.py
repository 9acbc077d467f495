"""The partner API: referrals shared with my agency, and my expressions of interest.

For API clients (OAuth2 client-credentials bearer tokens, scopes `referrals:read` and
`offers:write`) and for an agency's people signed in through the browser, with the same rules.
"""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import JSONResponse

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Now
from kindred.core.cursor import MAX_LIMIT, CursorPage
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.modules.partner import service
from kindred.modules.partner.idempotency import IdempotencyKey, idempotent
from kindred.modules.partner.rate_limit import RATE_LIMITED, RateLimited
from kindred.modules.partner.schemas import (
    OfferCreate,
    OfferRead,
    OfferUpdate,
    OfferWithdraw,
    PartnerReferral,
    PartnerReferralFilters,
)

router = APIRouter(prefix="/partner", tags=["partner API"], dependencies=[RATE_LIMITED])

Reader = Annotated[Actor, require(Action.read_shared_referrals)]
Writer = Annotated[Actor, require(Action.write_offers)]
Cursor = Annotated[
    str | None,
    Query(max_length=500, description="`next_cursor` from the previous page; omit for the first."),
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (at most 100).")]

COMMON = (NotAuthenticated, Forbidden, RateLimited)
IDEMPOTENT_NOTE = (
    " Send an `Idempotency-Key` header: a retry with the same key returns the first result "
    "(with `Idempotent-Replayed: true`) and never creates a duplicate."
)


@router.get(
    "/referrals",
    summary="List referrals shared with your agency",
    description="Newest shared first, with cursor pagination: pass `next_cursor` back as "
    "`cursor` until it is null. Filter by `status` (open, closed) and `updated_since` to sync "
    "changes. Each item is the council's pseudonymous snapshot: no name, date of birth, "
    "address or postcode. A referral the council withdrew from you is no longer listed.",
    responses=problem_responses(*COMMON, InvalidInput),
)
async def list_referrals(
    actor: Reader,
    db: DbSession,
    filters: Annotated[PartnerReferralFilters, Query()],
    cursor: Cursor = None,
    limit: Limit = 25,
) -> CursorPage[PartnerReferral]:
    return await service.list_shared(db, actor, filters, cursor=cursor, limit=limit)


@router.get(
    "/referrals/{referral_id}",
    summary="Read a referral shared with your agency",
    description="404 when it was never shared with your agency, or the council withdrew it.",
    responses=problem_responses(*COMMON, NotFound),
)
async def get_referral(referral_id: uuid.UUID, actor: Reader, db: DbSession) -> PartnerReferral:
    return await service.get_shared(db, actor, referral_id)


@router.post(
    "/referrals/{referral_id}/offers",
    status_code=status.HTTP_201_CREATED,
    response_model=OfferRead,
    summary="Express interest: propose one of your households",
    description="The household's capacity (0–4) for every needs domain of the referral, its "
    "weekly fee in pence, when it is available and a message. One live offer per household "
    "and referral (409 otherwise); 409 too when the referral is closed." + IDEMPOTENT_NOTE,
    responses=problem_responses(*COMMON, NotFound, InvalidInput, Conflict),
)
async def create_offer(
    referral_id: uuid.UUID,
    body: OfferCreate,
    request: Request,
    actor: Writer,
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
        body=body,
        status_code=status.HTTP_201_CREATED,
        run=lambda: service.create_offer(db, actor, referral_id, body, now=now),
    )


@router.get(
    "/offers",
    summary="List your agency's offers",
    description="Newest first, cursor-paginated; `referral_id` narrows to one referral.",
    responses=problem_responses(*COMMON, InvalidInput),
)
async def list_offers(
    actor: Writer,
    db: DbSession,
    referral_id: Annotated[uuid.UUID | None, Query(description="A shared referral's id.")] = None,
    cursor: Cursor = None,
    limit: Limit = 25,
) -> CursorPage[OfferRead]:
    return await service.list_offers(db, actor, referral_id=referral_id, cursor=cursor, limit=limit)


@router.get(
    "/offers/{offer_id}",
    summary="Read one of your offers",
    description="With the council's decision once there is one. Another agency's offer is a 404.",
    responses=problem_responses(*COMMON, NotFound),
)
async def get_offer(offer_id: uuid.UUID, actor: Writer, db: DbSession) -> OfferRead:
    return await service.get_offer(db, actor, offer_id)


@router.patch(
    "/offers/{offer_id}",
    summary="Change one of your offers",
    description="Send only what changes, with the `version` you read; a stale version is a 409 "
    "whose `current` is the offer now. Declined or accepted offers no longer change.",
    responses=problem_responses(*COMMON, NotFound, InvalidInput, Conflict),
)
async def update_offer(
    offer_id: uuid.UUID, body: OfferUpdate, actor: Writer, now: Now, db: DbSession
) -> OfferRead:
    return await service.update_offer(db, actor, offer_id, body, now=now)


@router.post(
    "/offers/{offer_id}/withdraw",
    response_model=OfferRead,
    summary="Withdraw one of your offers",
    description="With the `version` you read; not once the council has accepted or declined "
    "it (409)." + IDEMPOTENT_NOTE,
    responses=problem_responses(*COMMON, NotFound, InvalidInput, Conflict),
)
async def withdraw_offer(
    offer_id: uuid.UUID,
    body: OfferWithdraw,
    request: Request,
    actor: Writer,
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
        body=body,
        status_code=status.HTTP_200_OK,
        run=lambda: service.withdraw_offer(db, actor, offer_id, body, now=now),
    )
