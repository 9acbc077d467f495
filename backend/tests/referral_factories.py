"""Test records for referrals and the partner API: `await create_referral(db, council, ...)`.

Made as the database owner (no row-level security), like the rest of `factories`.
"""

import itertools
import secrets
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from factories import (
    create_assessment,
    create_child,
    create_organisation,
    create_team,
    create_user,
)
from kindred.domain.referrals import reference_prefix, referral_reference
from kindred.frameworks.loader import load_default_framework
from kindred.models.assessment import AssessmentStatus
from kindred.models.child import Child
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.partner import ReferralOffer, WebhookDelivery, WebhookEndpoint
from kindred.models.referral import Referral, ReferralShare, ReferralStatus
from kindred.models.user import User
from kindred.modules.referrals.snapshot import build_snapshot, stored

_sequence = itertools.count(1)
ALL_EVENTS = ("offer.accepted", "offer.declined", "referral.shared", "referral.withdrawn")


async def create_referral(
    db: AsyncSession,
    council: Organisation,
    child: Child | None = None,
    *,
    created_by: User | None = None,
    status: ReferralStatus = ReferralStatus.draft,
    levels: Mapping[str, int] | int = 2,
    **overrides: object,
) -> Referral:
    """A referral from a fresh approved assessment; open ones carry a frozen snapshot."""
    if child is None:
        team = await create_team(db, council)
        created_by = created_by or await create_user(db, council, teams=[team])
        child = await create_child(db, council, team)
    assert created_by is not None
    framework = load_default_framework()
    by_key = levels if isinstance(levels, Mapping) else dict.fromkeys(framework.domain_keys, levels)
    assessment = await create_assessment(
        db,
        council,
        child,
        created_by=created_by,
        status=AssessmentStatus.approved,
        levels=dict(by_key),
        approved_at=datetime.now(UTC),
    )
    number = 1000 + next(_sequence)
    fields: dict[str, object] = {
        "number": number,
        "reference": referral_reference(reference_prefix(council.name), number),
        "child_id": child.id,
        "assessment_id": assessment.id,
        "framework_version": framework.version,
        "status": status.value,
        "outcome": "placed" if status is ReferralStatus.closed else None,
        "purpose": "long_term",
        "needed_by": date(2027, 1, 15),
        "needs": [
            {
                "domain_key": key,
                "need_level": by_key[key],
                "needs_text": framework.domain(key).level(by_key[key]).descriptor,
                "strength_level": "useful",
                "strength_notes": "Enjoys helping at home.",
            }
            for key in framework.domain_keys
        ],
        "what_helps": "A calm, predictable routine.",
        "siblings": 0,
        "location_preferences": "Within reach of the child's school.",
        "max_distance": "within_20_miles",
        "contact_arrangements": "Weekly family time, supervised.",
        "created_by": created_by.id,
    }
    fields.update(overrides)
    referral = Referral(tenant_id=council.id, **fields)
    if status in {ReferralStatus.open, ReferralStatus.closed}:
        referral.snapshot = stored(
            build_snapshot(
                referral,
                child,
                council_name=council.name,
                framework=framework,
                words=[],
                now=datetime.now(UTC),
            )
        )
    db.add(referral)
    await db.commit()
    return referral


async def share_referral(
    db: AsyncSession, referral: Referral, agency: Organisation, *, shared_by: User | None = None
) -> ReferralShare:
    assert referral.snapshot is not None, "share an open referral"
    share = ReferralShare(
        tenant_id=referral.tenant_id,
        referral_id=referral.id,
        agency_id=agency.id,
        snapshot=referral.snapshot,
        referral_status="closed" if referral.status == ReferralStatus.closed else "open",
        outcome=referral.outcome,
        shared_by=shared_by.id if shared_by else referral.created_by,
    )
    db.add(share)
    await db.commit()
    return share


async def create_offer(
    db: AsyncSession, share: ReferralShare, *, capacity: int = 2, **overrides: object
) -> ReferralOffer:
    fields: dict[str, object] = {
        "council_id": share.tenant_id,
        "share_id": share.id,
        "referral_id": share.referral_id,
        "household_reference": f"HH-{next(_sequence):04d}",
        "capacity": {need["domain_key"]: capacity for need in share.snapshot["needs"]},
        "weekly_fee_pence": 85_000,
        "available_from": date(2026, 12, 1),
        "message": "A warm, experienced household.",
        "created_by_label": "Test agency",
    }
    fields.update(overrides)
    offer = ReferralOffer(tenant_id=share.agency_id, **fields)
    db.add(offer)
    await db.commit()
    return offer


async def create_webhook(
    db: AsyncSession,
    agency: Organisation,
    *,
    url: str = "https://hooks.example/kindred",
    events: Iterable[str] = ALL_EVENTS,
) -> WebhookEndpoint:
    endpoint = WebhookEndpoint(
        tenant_id=agency.id,
        url=url,
        events=sorted(events),
        signing_secret="whsec_" + secrets.token_urlsafe(16),
        created_by_label="Test agency",
    )
    db.add(endpoint)
    await db.commit()
    return endpoint


async def create_delivery(
    db: AsyncSession, endpoint: WebhookEndpoint, *, event_type: str = "referral.shared"
) -> WebhookDelivery:
    """An event queued for `endpoint`, due now (as `kindred_queue_partner_event` queues one)."""
    event_id = uuid.uuid4()
    delivery = WebhookDelivery(
        tenant_id=endpoint.tenant_id,
        endpoint_id=endpoint.id,
        event_id=event_id,
        event_type=event_type,
        payload={"id": str(event_id), "type": event_type, "data": {}},
    )
    db.add(delivery)
    await db.commit()
    return delivery


async def open_shared_referral(
    db: AsyncSession, council: Organisation, agency: Organisation
) -> tuple[Referral, ReferralShare]:
    referral = await create_referral(db, council, status=ReferralStatus.open)
    return referral, await share_referral(db, referral, agency)


async def other_agency(db: AsyncSession) -> Organisation:
    return await create_organisation(db, kind=OrganisationKind.agency)
