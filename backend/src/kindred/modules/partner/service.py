"""Use cases of the partner API: referrals shared with my agency, and my offers on them.

The same functions serve an agency's API client and its people in the browser. Anything not
shared with the caller's agency, or withdrawn, or another agency's, is a 404 that says nothing
about whether it exists.
"""

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core import stale_version
from kindred.core.cursor import CursorPage, decode_cursor, page_of
from kindred.core.errors import Conflict, FieldError, InvalidInput, NotFound
from kindred.geography.postcodes import normalise_postcode, normalise_sector
from kindred.models.partner import OfferStanding, ReferralOffer, ShareView
from kindred.models.referral import OfferDecision, ReferralShare, ReferralStatus
from kindred.modules.partner import repository
from kindred.modules.partner.schemas import (
    DecisionRead,
    OfferCreate,
    OfferRead,
    OfferStatus,
    OfferUpdate,
    OfferWithdraw,
    PartnerReferral,
    PartnerReferralFilters,
)

SHARE_RESOURCE = "shared_referral"
OFFER_RESOURCE = "offer"
NO_SUCH_REFERRAL = "There is no referral with this id shared with your agency."
NO_SUCH_OFFER = "There is no offer with this id from your agency."
STALE_OFFER = (
    "This offer changed since you read it. Its current state is in `current`; apply your change "
    "to that version."
)


class ReferralClosed(Conflict):
    slug = "referral-closed"
    title = "The referral is closed"


class OfferDecided(Conflict):
    slug = "offer-decided"
    title = "The council has already decided on this offer"


def _partner_referral(share: ReferralShare) -> PartnerReferral:
    return PartnerReferral(
        **share.snapshot,
        id=share.id,
        status=share.referral_status,
        closed_reason=share.outcome,
        shared_at=share.shared_at,
        updated_at=share.updated_at,
    )


def _views(actor: Actor, shares: list[ReferralShare]) -> list[ShareView]:
    return [
        ShareView(
            tenant_id=actor.tenant_id,
            council_id=share.tenant_id,
            share_id=share.id,
            referral_id=share.referral_id,
            viewer_label=actor.label[:200],
        )
        for share in shares
    ]


async def list_shared(
    db: AsyncSession,
    actor: Actor,
    filters: PartnerReferralFilters,
    *,
    cursor: str | None,
    limit: int,
) -> CursorPage[PartnerReferral]:
    """Referrals shared with the caller's agency, newest shared first."""
    since = filters.updated_since
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    shares = list(
        await repository.shared_referrals(
            db,
            actor.tenant_id,
            status=filters.status,
            updated_since=since,
            after=decode_cursor(cursor),
            limit=limit,
        )
    )
    page = page_of(
        [_partner_referral(share) for share in shares],
        [(share.shared_at, share.id) for share in shares],
        limit,
    )
    await repository.record_views(db, _views(actor, shares[:limit]))
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type=SHARE_RESOURCE,
        details={"count": len(page.items), "ids": [str(item.id) for item in page.items]},
    )
    return page


async def _share(db: AsyncSession, actor: Actor, share_id: uuid.UUID) -> ReferralShare:
    share = await repository.get_share(db, actor.tenant_id, share_id)
    if share is None:
        await audit.record_denied(
            db,
            actor=actor,
            resource_type=SHARE_RESOURCE,
            resource_id=share_id,
        )
        raise NotFound(NO_SUCH_REFERRAL, keep_changes=True)
    return share


async def get_shared(db: AsyncSession, actor: Actor, share_id: uuid.UUID) -> PartnerReferral:
    share = await _share(db, actor, share_id)
    await repository.record_views(db, _views(actor, [share]))
    await audit.record(
        db, actor=actor, action=AuditAction.read, resource_type=SHARE_RESOURCE, resource_id=share.id
    )
    return _partner_referral(share)


# --- offers ----------------------------------------------------------------------------------


def _status(offer: ReferralOffer, decision: OfferDecision | None) -> OfferStatus:
    if offer.status == OfferStanding.withdrawn:
        return "withdrawn"
    return decision.status if decision else "submitted"  # type: ignore[return-value]


def offer_read(
    offer: ReferralOffer, share: ReferralShare, decision: OfferDecision | None
) -> OfferRead:
    return OfferRead(
        id=offer.id,
        referral_id=offer.share_id,
        referral_reference=str(share.snapshot.get("reference", "")),
        household_reference=offer.household_reference,
        household_postcode_sector=offer.household_postcode_sector,
        capacity=offer.capacity,
        weekly_fee_pence=offer.weekly_fee_pence,
        available_from=offer.available_from,
        message=offer.message,
        status=_status(offer, decision),
        decision=(
            DecisionRead(
                status=decision.status,
                reason=decision.reason,
                decided_at=decision.decided_at,
            )
            if decision
            else None
        ),
        withdrawn_at=offer.withdrawn_at,
        created_at=offer.created_at,
        updated_at=offer.updated_at,
        version=offer.version,
    )


def _sector(text: str | None) -> str | None:
    """A postcode sector from a sector or a full postcode; 422 for anything else."""
    if text is None:
        return None
    full = normalise_postcode(text)
    sector = full[:-2] if full else normalise_sector(text)
    if sector is None:
        raise InvalidInput(
            "Check the household's postcode sector.",
            errors=[
                FieldError(
                    field="body.household_postcode_sector",
                    message="Give a postcode sector like NE1 4, or a full postcode.",
                )
            ],
        )
    return sector


def _check_capacity(capacity: dict[str, int], share: ReferralShare) -> dict[str, int]:
    """Every domain of the referral's framework, and no other."""
    keys = [need["domain_key"] for need in share.snapshot.get("needs", [])]
    missing = [key for key in keys if key not in capacity]
    unknown = sorted(set(capacity) - set(keys))
    errors = [
        FieldError(field=f"body.capacity.{key}", message="Give this domain's capacity (0–4).")
        for key in missing
    ] + [
        FieldError(field=f"body.capacity.{key}", message="Not a domain of this referral.")
        for key in unknown
    ]
    if errors:
        raise InvalidInput(
            "Give a capacity 0–4 for every needs domain of the referral, and no others.",
            errors=errors,
        )
    return {key: capacity[key] for key in keys}


def _check_open(share: ReferralShare) -> None:
    if share.referral_status != ReferralStatus.open:
        raise ReferralClosed(
            f"The council is no longer looking for a household for this referral ({share.outcome})."
        )


async def create_offer(
    db: AsyncSession, actor: Actor, share_id: uuid.UUID, body: OfferCreate, *, now: datetime
) -> OfferRead:
    """Propose one of the agency's households for a shared, open referral."""
    share = await _share(db, actor, share_id)
    _check_open(share)
    capacity = _check_capacity(body.capacity, share)
    sector = _sector(body.household_postcode_sector)
    existing = await repository.live_offer_for_household(db, share.id, body.household_reference)
    if existing is not None:
        raise Conflict(
            "This household already has an offer on this referral; change that one instead.",
            errors=[FieldError(field="body.household_reference", message="Already offered.")],
            extra={"existing_offer_id": str(existing.id)},
        )
    offer = await repository.add_offer(
        db,
        ReferralOffer(
            tenant_id=actor.tenant_id,
            council_id=share.tenant_id,
            share_id=share.id,
            referral_id=share.referral_id,
            household_reference=body.household_reference,
            household_postcode_sector=sector,
            capacity=capacity,
            weekly_fee_pence=body.weekly_fee_pence,
            available_from=body.available_from,
            message=body.message,
            created_by_label=actor.label[:200],
            created_at=now,
            updated_at=now,
        ),
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type=OFFER_RESOURCE,
        resource_id=offer.id,
        details={"referral_id": str(share.id)},
    )
    return offer_read(offer, share, None)


async def _offer(
    db: AsyncSession, actor: Actor, offer_id: uuid.UUID
) -> tuple[ReferralOffer, ReferralShare, OfferDecision | None]:
    offer = await repository.get_offer(db, actor.tenant_id, offer_id)
    shares = await repository.shares_by_id(db, actor.tenant_id, [offer.share_id] if offer else [])
    if offer is None or offer.share_id not in shares:
        await audit.record_denied(
            db,
            actor=actor,
            resource_type=OFFER_RESOURCE,
            resource_id=offer_id,
        )
        raise NotFound(NO_SUCH_OFFER, keep_changes=True)
    decisions = await repository.decisions(db, actor.tenant_id, [offer.id])
    return offer, shares[offer.share_id], decisions.get(offer.id)


async def get_offer(db: AsyncSession, actor: Actor, offer_id: uuid.UUID) -> OfferRead:
    offer, share, decision = await _offer(db, actor, offer_id)
    return offer_read(offer, share, decision)


async def list_offers(
    db: AsyncSession,
    actor: Actor,
    *,
    referral_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
) -> CursorPage[OfferRead]:
    """The agency's offers, newest first, optionally for one shared referral."""
    offers = list(
        await repository.list_offers(
            db, actor.tenant_id, share_id=referral_id, after=decode_cursor(cursor), limit=limit
        )
    )
    shares = await repository.shares_by_id(db, actor.tenant_id, {o.share_id for o in offers})
    decisions = await repository.decisions(db, actor.tenant_id, [o.id for o in offers])
    return page_of(
        [offer_read(o, shares[o.share_id], decisions.get(o.id)) for o in offers],
        [(o.created_at, o.id) for o in offers],
        limit,
    )


def _unchangeable(
    offer: ReferralOffer, share: ReferralShare, decision: OfferDecision | None, version: int
) -> Conflict | None:
    """Why a change based on `version` may not be made (409 with the offer as it is), if so."""
    current = offer_read(offer, share, decision)
    if offer.status == OfferStanding.withdrawn:
        return stale_version.conflict("This offer was withdrawn.", current)
    if decision is not None and decision.status in {"declined", "accepted"}:
        return stale_version.conflict(
            f"The council has {decision.status} this offer; it can no longer be changed.",
            current,
            OfferDecided,
        )
    if version != offer.version:
        return stale_version.conflict(STALE_OFFER, current)
    return None


async def _stale(db: AsyncSession, actor: Actor, offer_id: uuid.UUID, version: int) -> Conflict:
    """After a lost race, the 409 the version check gives against the winner's offer."""
    offer, share, decision = await _offer(db, actor, offer_id)
    problem = _unchangeable(offer, share, decision, version)
    assert problem is not None, "the winner changed the version"
    return problem


async def update_offer(
    db: AsyncSession, actor: Actor, offer_id: uuid.UUID, body: OfferUpdate, *, now: datetime
) -> OfferRead:
    """Change an offer the council has not decided on, if nobody changed it since `version`."""
    offer, share, decision = await _offer(db, actor, offer_id)
    if problem := _unchangeable(offer, share, decision, body.version):
        raise problem
    _check_open(share)
    changes = body.model_dump(
        exclude_unset=True, exclude={"version", "capacity", "household_postcode_sector"}
    )
    if body.capacity is not None:
        changes["capacity"] = _check_capacity(body.capacity, share)
    if "household_postcode_sector" in body.model_fields_set:
        changes["household_postcode_sector"] = _sector(body.household_postcode_sector)
    async with stale_version.versioned_change(
        db, lambda: _stale(db, actor, offer_id, body.version)
    ):
        for field, value in changes.items():
            setattr(offer, field, value)
        offer.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type=OFFER_RESOURCE,
        resource_id=offer.id,
        details={"fields": sorted(changes)},
    )
    return offer_read(offer, share, decision)


async def withdraw_offer(
    db: AsyncSession, actor: Actor, offer_id: uuid.UUID, body: OfferWithdraw, *, now: datetime
) -> OfferRead:
    """Take an offer back (before the council accepts it)."""
    offer, share, decision = await _offer(db, actor, offer_id)
    if problem := _unchangeable(offer, share, decision, body.version):
        raise problem
    async with stale_version.versioned_change(
        db, lambda: _stale(db, actor, offer_id, body.version)
    ):
        offer.status = OfferStanding.withdrawn
        offer.withdrawn_at = now
        offer.withdraw_reason = body.reason or None
        offer.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.withdraw,
        resource_type=OFFER_RESOURCE,
        resource_id=offer.id,
    )
    return offer_read(offer, share, decision)
