"""Comparing agencies' offers on a referral, and deciding: shortlist, decline, accept.

Each household's stated capacity is set against the child's needs domain by domain with the same
verdicts as matching (met; support: a gap of 1; unmet: 2 or more). Accepting one closes the
referral as placed; the other live offers are declined, and every agency concerned is told.
The placement episode itself is recorded in placements when the child moves (it needs the legal
status and placement codes); the referral keeps the accepted offer and the agreed start date.
"""

import asyncio
import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.policy import Action, permits
from kindred.core.errors import Conflict, Forbidden, NotFound
from kindred.domain.referrals import (
    MaxDistance,
    distance_band,
    miles_between,
    offer_fit,
    within_preference,
)
from kindred.geography.postcodes import postcode_directory
from kindred.models.partner import OfferStanding, ReferralOffer
from kindred.models.referral import (
    DecisionStatus,
    OfferDecision,
    Referral,
    ReferralOutcome,
    ReferralStatus,
)
from kindred.modules.frameworks.api import framework_for
from kindred.modules.referrals import repository
from kindred.modules.referrals.schemas import (
    AgencyRef,
    ComparedOffer,
    OfferAccept,
    OfferComparison,
    OfferDecline,
    OfferDomainRead,
    OfferStatus,
    PlacementConfirm,
    ReferralRead,
)
from kindred.modules.referrals.service import (
    RESOURCE,
    check_status,
    check_version,
    need_reads,
    reread,
    versioned_change,
    visible_referral,
)
from kindred.modules.webhooks.api import EventType, emit

ORDERING = (
    "Live offers first (accepted, shortlisted, submitted), then declined, then withdrawn; "
    "within each: fewest unmet domains, fewest needing support, lowest weekly fee, earliest "
    "availability, then the first made."
)
ANOTHER_CHOSEN = "The council chose another household for this child."
_STATUS_RANK = {"accepted": 0, "shortlisted": 1, "submitted": 1, "declined": 2, "withdrawn": 3}


def _status(offer: ReferralOffer, decision: OfferDecision | None) -> OfferStatus:
    if offer.status == OfferStanding.withdrawn:
        return "withdrawn"
    return decision.status if decision else "submitted"  # type: ignore[return-value]


async def _location(sector: str | None) -> tuple[float, float] | None:
    if sector is None:
        return None
    found = await asyncio.to_thread(postcode_directory().sector_centroid, sector)
    return (found.easting, found.northing) if found else None


async def compare(db: AsyncSession, actor: Actor, referral_id: uuid.UUID) -> OfferComparison:
    """Every expression of interest side by side, each explained domain by domain."""
    referral = (await visible_referral(db, actor, referral_id)).referral
    framework = await framework_for(db, referral.tenant_id, referral.framework_version)
    child = await repository.child_of(db, referral.child_id)
    assert child is not None
    home = (
        (child.home_easting, child.home_northing)
        if child.home_easting is not None and child.home_northing is not None
        else None
    )
    needs = {entry["domain_key"]: int(entry["need_level"]) for entry in referral.needs}
    offers = await repository.offers_for(db, referral.id)
    decisions = await repository.decisions_for(db, referral.id)
    agencies = await repository.agency_names(db, {offer.tenant_id for offer in offers})
    preference = MaxDistance(referral.max_distance)
    compared = []
    for offer in offers:
        fit = offer_fit(needs, offer.capacity, framework.domain_keys)
        miles = miles_between(home, await _location(offer.household_postcode_sector))
        decision = decisions.get(offer.id)
        budget = referral.budget_weekly_pence
        compared.append(
            ComparedOffer(
                id=offer.id,
                agency=AgencyRef(id=offer.tenant_id, name=agencies.get(offer.tenant_id, "Unknown")),
                household_reference=offer.household_reference,
                status=_status(offer, decision),
                decision_reason=decision.reason if decision else None,
                weekly_fee_pence=offer.weekly_fee_pence,
                within_budget=None if budget is None else offer.weekly_fee_pence <= budget,
                available_from=offer.available_from,
                available_in_time=(
                    None
                    if referral.needed_by is None
                    else offer.available_from <= referral.needed_by
                ),
                distance_band=distance_band(miles),
                within_distance=within_preference(miles, preference),
                message=offer.message,
                met_count=fit.met_count,
                support_count=fit.support_count,
                unmet_count=fit.unmet_count,
                domains=[
                    OfferDomainRead(
                        domain_key=d.domain_key,
                        need=d.need,
                        capacity=d.capacity,
                        gap=d.gap,
                        verdict=d.verdict,
                    )
                    for d in fit.domains
                ],
                created_at=offer.created_at,
                updated_at=offer.updated_at,
                version=offer.version,
            )
        )
    compared.sort(
        key=lambda o: (
            _STATUS_RANK[o.status],
            o.unmet_count,
            o.support_count,
            o.weekly_fee_pence,
            o.available_from,
            o.created_at,
            str(o.id),
        )
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type="referral_offers",
        resource_id=referral.id,
        child_id=referral.child_id,
        details={"count": len(compared)},
    )
    return OfferComparison(
        referral_id=referral.id,
        reference=referral.reference,
        status=referral.status,
        needed_by=referral.needed_by,
        budget_weekly_pence=referral.budget_weekly_pence,
        max_distance=preference,
        needs=need_reads(referral, framework),
        ordering=ORDERING,
        offers=compared,
    )


async def _offer_on(
    db: AsyncSession, actor: Actor, referral_id: uuid.UUID, offer_id: uuid.UUID
) -> tuple[Referral, ReferralOffer, OfferDecision | None]:
    referral = (await visible_referral(db, actor, referral_id)).referral
    offer = await repository.get_offer(db, offer_id)
    if offer is None or offer.referral_id != referral.id:
        raise NotFound("This referral has no offer with this id.")
    return referral, offer, (await repository.decisions_for(db, referral.id)).get(offer.id)


def _check_decidable(
    referral: Referral, offer: ReferralOffer, decision: OfferDecision | None
) -> None:
    if referral.status != ReferralStatus.open:
        raise Conflict(f"The referral is {referral.status}; its offers can no longer be decided.")
    if offer.status == OfferStanding.withdrawn:
        raise Conflict("The agency withdrew this offer.")
    if decision is not None and decision.status in {"declined", "accepted"}:
        raise Conflict(f"This offer was already {decision.status}.")


def _decision(
    actor: Actor,
    referral: Referral,
    offer: ReferralOffer,
    status: DecisionStatus,
    now: datetime,
    reason: str | None = None,
) -> OfferDecision:
    return OfferDecision(
        offer_id=offer.id,
        tenant_id=referral.tenant_id,
        referral_id=referral.id,
        agency_id=offer.tenant_id,
        status=status.value,
        reason=reason,
        offer_version=offer.version,
        decided_by=actor.id,
        decided_at=now,
        accepted_terms=(
            {
                "household_reference": offer.household_reference,
                "capacity": offer.capacity,
                "weekly_fee_pence": offer.weekly_fee_pence,
                "available_from": offer.available_from.isoformat(),
            }
            if status is DecisionStatus.accepted
            else None
        ),
    )


def _offer_event(offer: ReferralOffer, reference: str, **extra: object) -> dict[str, object]:
    return {
        "offer": {
            "id": str(offer.id),
            "referral_id": str(offer.share_id),
            "reference": reference,
            "url": f"/api/v1/partner/offers/{offer.id}",
            **extra,
        }
    }


async def shortlist(
    db: AsyncSession, actor: Actor, referral_id: uuid.UUID, offer_id: uuid.UUID, *, now: datetime
) -> OfferComparison:
    referral, offer, decision = await _offer_on(db, actor, referral_id, offer_id)
    _check_decidable(referral, offer, decision)
    await repository.save_decision(
        db, _decision(actor, referral, offer, DecisionStatus.shortlisted, now)
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="offer",
        resource_id=offer.id,
        child_id=referral.child_id,
        details={"decision": "shortlisted"},
    )
    return await compare(db, actor, referral.id)


async def _decline(
    db: AsyncSession,
    actor: Actor,
    referral: Referral,
    offer: ReferralOffer,
    reason: str,
    now: datetime,
) -> None:
    await repository.save_decision(
        db, _decision(actor, referral, offer, DecisionStatus.declined, now, reason)
    )
    await emit(
        db,
        agency_id=offer.tenant_id,
        event_type=EventType.offer_declined,
        data=_offer_event(offer, referral.reference, status="declined", reason=reason),
        now=now,
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="offer",
        resource_id=offer.id,
        child_id=referral.child_id,
        details={"decision": "declined"},
    )


async def decline(
    db: AsyncSession,
    actor: Actor,
    referral_id: uuid.UUID,
    offer_id: uuid.UUID,
    body: OfferDecline,
    *,
    now: datetime,
) -> OfferComparison:
    referral, offer, decision = await _offer_on(db, actor, referral_id, offer_id)
    _check_decidable(referral, offer, decision)
    await _decline(db, actor, referral, offer, body.reason, now)
    return await compare(db, actor, referral.id)


async def accept(
    db: AsyncSession,
    actor: Actor,
    referral_id: uuid.UUID,
    offer_id: uuid.UUID,
    body: OfferAccept,
    *,
    now: datetime,
) -> ReferralRead:
    """Accept one offer: the referral closes as placed and the other live offers are declined."""
    if not permits(actor, Action.decide_referral):
        raise Forbidden("A manager accepts an offer.")
    referral, offer, decision = await _offer_on(db, actor, referral_id, offer_id)
    await check_status(db, actor, referral, {ReferralStatus.open}, "placed")
    await check_version(db, actor, referral, body.version)
    _check_decidable(referral, offer, decision)
    if offer.version != body.offer_version:
        raise Conflict(
            "The agency changed this offer since you compared it; compare again.",
            extra={"current_offer_version": offer.version},
        )
    async with versioned_change(db, actor, referral.id):
        referral.status = ReferralStatus.closed
        referral.outcome = ReferralOutcome.placed
        referral.accepted_offer_id = offer.id
        referral.placement_start_on = body.placement_start_on
        referral.placement_confirmed_at = now if body.placement_start_on else None
        referral.closed_at = now
        referral.closed_by = actor.id
        referral.updated_at = now
    await repository.save_decision(
        db, _decision(actor, referral, offer, DecisionStatus.accepted, now)
    )
    await repository.mirror_status(
        db, referral.id, ReferralStatus.closed, ReferralOutcome.placed, now
    )
    await emit(
        db,
        agency_id=offer.tenant_id,
        event_type=EventType.offer_accepted,
        data=_offer_event(
            offer,
            referral.reference,
            status="accepted",
            placement_start_on=body.placement_start_on.isoformat()
            if body.placement_start_on
            else None,
        ),
        now=now,
    )
    decisions = await repository.decisions_for(db, referral.id)
    for other in await repository.offers_for(db, referral.id):
        settled = decisions.get(other.id)
        if other.id == offer.id or other.status == OfferStanding.withdrawn:
            continue
        if settled is not None and settled.status in {"declined", "accepted"}:
            continue
        await _decline(db, actor, referral, other, ANOTHER_CHOSEN, now)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.approve,
        resource_type="offer",
        resource_id=offer.id,
        child_id=referral.child_id,
        details={"decision": "accepted"},
    )
    return await reread(db, actor, referral.id)


async def confirm_placement(
    db: AsyncSession,
    actor: Actor,
    referral_id: uuid.UUID,
    body: PlacementConfirm,
    *,
    now: datetime,
) -> ReferralRead:
    """Record the placement's start date once it is confirmed."""
    referral = (await visible_referral(db, actor, referral_id)).referral
    if referral.outcome != ReferralOutcome.placed:
        raise Conflict("Only a referral closed as placed has a placement to confirm.")
    await check_version(db, actor, referral, body.version)
    async with versioned_change(db, actor, referral.id):
        referral.placement_start_on = body.placement_start_on
        referral.placement_confirmed_at = now
        referral.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type=RESOURCE,
        resource_id=referral.id,
        child_id=referral.child_id,
        details={"placement_start_on": body.placement_start_on.isoformat()},
    )
    return await reread(db, actor, referral.id)
