"""Placement referrals on the council's side: build, approve and share, compare offers, decide."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Now
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.core.pagination import Page, Paging
from kindred.modules.referrals import drafts, lifecycle, offers, service
from kindred.modules.referrals.schemas import (
    ApproveAndShare,
    CloseReferral,
    LifecycleStep,
    OfferAccept,
    OfferComparison,
    OfferDecline,
    PartnerAgency,
    PlacementConfirm,
    ReferralCreate,
    ReferralFilters,
    ReferralListItem,
    ReferralRead,
    ReferralUpdate,
    ReturnForChanges,
    SharesCreate,
    ShareWithdraw,
)
from kindred.modules.referrals.snapshot import ReferralSnapshot

router = APIRouter(tags=["referrals"])

Reader = Annotated[Actor, require(Action.read_referral)]
Editor = Annotated[Actor, require(Action.edit_referral)]
Decider = Annotated[Actor, require(Action.decide_referral)]
READ_ERRORS = (NotAuthenticated, Forbidden, NotFound)
CHANGE_ERRORS = (NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict)
IDENTIFYING_NOTE = (
    " Refused with a 422 while any text agencies would read holds identifying details (the "
    "child's names, dates, postcodes, addresses, schools, phone numbers, e-mails, NHS numbers, "
    "UPNs): `errors` name each field and quote the words, `identifying_details` lists them; "
    "nothing is changed."
)
STALE_NOTE = (
    " A stale `version` is a 409 whose `current` is the referral as it is now: show both, "
    "merge, and send again with `current.version`."
)


@router.get(
    "/partner-agencies",
    summary="List partner agencies a referral can be shared with",
    description="Every partner fostering agency registered on Kindred (agencies are added by "
    "the platform's operators, not by councils).",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def list_partner_agencies(actor: Reader, db: DbSession) -> list[PartnerAgency]:
    return await service.list_partner_agencies(db)


@router.post(
    "/children/{child_id}/referrals",
    status_code=status.HTTP_201_CREATED,
    summary="Start a placement referral",
    description="A draft built from the child's latest approved assessment: each domain's need "
    "and strength level, the framework's words for the level (never the assessment's "
    "evidence), strength notes and what helps, all editable before approval. 409 when the "
    "child has no approved assessment.",
    responses=problem_responses(*CHANGE_ERRORS),
)
async def create_referral(
    child_id: uuid.UUID, body: ReferralCreate, actor: Editor, db: DbSession
) -> ReferralRead:
    return await drafts.create_draft(db, actor, child_id, body)


@router.get(
    "/referrals",
    summary="List referrals",
    description="Referrals of the children you may see, most recently changed first. "
    "`status=awaiting_approval` is the managers' approval queue.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def list_referrals(
    actor: Reader, db: DbSession, paging: Paging, filters: Annotated[ReferralFilters, Query()]
) -> Page[ReferralListItem]:
    return await service.list_referrals(db, actor, filters, paging)


@router.get(
    "/referrals/{referral_id}",
    summary="Read a referral",
    description="With its shares (which agencies, when, how often they read it) and what you "
    "may do now (`permissions`).",
    responses=problem_responses(*READ_ERRORS),
)
async def get_referral(referral_id: uuid.UUID, actor: Reader, db: DbSession) -> ReferralRead:
    return await service.get_referral(db, actor, referral_id)


@router.get(
    "/referrals/{referral_id}/preview",
    summary="Preview exactly what agencies see",
    description="Before approval, the snapshot as it would be frozen now; after, the frozen "
    "snapshot every agency received. The same shape as the partner API's referral.",
    responses=problem_responses(*READ_ERRORS),
)
async def preview_referral(
    referral_id: uuid.UUID, actor: Reader, now: Now, db: DbSession
) -> ReferralSnapshot:
    return await service.preview(db, actor, referral_id, now=now)


@router.patch(
    "/referrals/{referral_id}",
    summary="Change a draft referral",
    description="Drafts only (a returned referral is a draft again). Need levels stay those "
    "of the approved assessment; the words agencies read can change." + STALE_NOTE,
    responses=problem_responses(*CHANGE_ERRORS),
)
async def update_referral(
    referral_id: uuid.UUID, body: ReferralUpdate, actor: Editor, now: Now, db: DbSession
) -> ReferralRead:
    return await drafts.update_draft(db, actor, referral_id, body, now=now)


@router.post(
    "/referrals/{referral_id}/submit",
    summary="Submit a referral for a manager's approval",
    description="Needs a `needed_by` date (422 otherwise)." + IDENTIFYING_NOTE + STALE_NOTE,
    responses=problem_responses(*CHANGE_ERRORS),
)
async def submit_referral(
    referral_id: uuid.UUID, body: LifecycleStep, actor: Editor, now: Now, db: DbSession
) -> ReferralRead:
    return await lifecycle.submit(db, actor, referral_id, body, now=now)


@router.post(
    "/referrals/{referral_id}/approve",
    summary="Approve a referral and share it with partner agencies",
    description="Managers, never on a referral they wrote or submitted (403). Freezes the "
    "pseudonymous snapshot and shares it with each agency in `agency_ids`; agencies' webhooks "
    "receive `referral.shared`." + IDENTIFYING_NOTE + STALE_NOTE,
    responses=problem_responses(*CHANGE_ERRORS),
)
async def approve_referral(
    referral_id: uuid.UUID, body: ApproveAndShare, actor: Decider, now: Now, db: DbSession
) -> ReferralRead:
    return await lifecycle.approve(db, actor, referral_id, body, now=now)


@router.post(
    "/referrals/{referral_id}/return",
    summary="Return a referral for changes",
    description="Managers: back to draft with a `comment` saying what to change." + STALE_NOTE,
    responses=problem_responses(*CHANGE_ERRORS),
)
async def return_referral(
    referral_id: uuid.UUID, body: ReturnForChanges, actor: Decider, now: Now, db: DbSession
) -> ReferralRead:
    return await lifecycle.return_for_changes(db, actor, referral_id, body, now=now)


@router.post(
    "/referrals/{referral_id}/shares",
    summary="Share an open referral with more agencies",
    description="Managers. Agencies receive the snapshot frozen at approval." + IDENTIFYING_NOTE,
    responses=problem_responses(*CHANGE_ERRORS),
)
async def add_shares(
    referral_id: uuid.UUID, body: SharesCreate, actor: Decider, now: Now, db: DbSession
) -> ReferralRead:
    return await lifecycle.add_shares(db, actor, referral_id, body, now=now)


@router.post(
    "/referrals/{referral_id}/shares/{share_id}/withdraw",
    summary="Withdraw a referral from one agency",
    description="Managers. The agency gets 404 for it from now on, and `referral.withdrawn`.",
    responses=problem_responses(*CHANGE_ERRORS),
)
async def withdraw_share(
    referral_id: uuid.UUID,
    share_id: uuid.UUID,
    body: ShareWithdraw,
    actor: Decider,
    now: Now,
    db: DbSession,
) -> ReferralRead:
    return await lifecycle.withdraw_share(db, actor, referral_id, share_id, body, now=now)


@router.post(
    "/referrals/{referral_id}/close",
    summary="Withdraw a referral",
    description="Closes it as withdrawn with a `reason`; agencies holding it see it closed and "
    "receive `referral.withdrawn`." + STALE_NOTE,
    responses=problem_responses(*CHANGE_ERRORS),
)
async def close_referral(
    referral_id: uuid.UUID, body: CloseReferral, actor: Editor, now: Now, db: DbSession
) -> ReferralRead:
    return await lifecycle.close(db, actor, referral_id, body, now=now)


@router.get(
    "/referrals/{referral_id}/offers",
    summary="Compare the offers on a referral",
    description="Every expression of interest side by side: per domain the child's need, the "
    "household's capacity and the verdict (met; support: gap 1; unmet: gap 2 or more, as in "
    "matching), the weekly fee against the budget, the distance band and availability.",
    responses=problem_responses(*READ_ERRORS),
)
async def compare_offers(referral_id: uuid.UUID, actor: Reader, db: DbSession) -> OfferComparison:
    return await offers.compare(db, actor, referral_id)


@router.post(
    "/referrals/{referral_id}/offers/{offer_id}/shortlist",
    summary="Shortlist an offer",
    responses=problem_responses(*CHANGE_ERRORS),
)
async def shortlist_offer(
    referral_id: uuid.UUID, offer_id: uuid.UUID, actor: Editor, now: Now, db: DbSession
) -> OfferComparison:
    return await offers.shortlist(db, actor, referral_id, offer_id, now=now)


@router.post(
    "/referrals/{referral_id}/offers/{offer_id}/decline",
    summary="Decline an offer",
    description="With a `reason` the agency will read; the agency receives `offer.declined`.",
    responses=problem_responses(*CHANGE_ERRORS),
)
async def decline_offer(
    referral_id: uuid.UUID,
    offer_id: uuid.UUID,
    body: OfferDecline,
    actor: Editor,
    now: Now,
    db: DbSession,
) -> OfferComparison:
    return await offers.decline(db, actor, referral_id, offer_id, body, now=now)


@router.post(
    "/referrals/{referral_id}/offers/{offer_id}/accept",
    summary="Accept an offer",
    description="Managers. Closes the referral as placed, records the start date if given, "
    "declines the other live offers; agencies receive `offer.accepted` / `offer.declined`. "
    "409 if the offer changed since `offer_version`." + STALE_NOTE,
    responses=problem_responses(*CHANGE_ERRORS),
)
async def accept_offer(
    referral_id: uuid.UUID,
    offer_id: uuid.UUID,
    body: OfferAccept,
    actor: Decider,
    now: Now,
    db: DbSession,
) -> ReferralRead:
    return await offers.accept(db, actor, referral_id, offer_id, body, now=now)


@router.post(
    "/referrals/{referral_id}/placement",
    summary="Confirm the placement's start date",
    description="For a referral closed as placed, once the start date is agreed." + STALE_NOTE,
    responses=problem_responses(*CHANGE_ERRORS),
)
async def confirm_placement(
    referral_id: uuid.UUID, body: PlacementConfirm, actor: Editor, now: Now, db: DbSession
) -> ReferralRead:
    return await offers.confirm_placement(db, actor, referral_id, body, now=now)
