"""Demo referrals: two of Northshire's children, approved and shared with Brightpath Fostering.

So the partner API (client `kc_demo_brightpath`) and the agency portal have something to show on
a first run. Built as the services build them: needs from the latest approved assessment with the
framework's words, a snapshot frozen at approval, one share per agency.
"""

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.referrals import MaxDistance, Purpose, reference_prefix, referral_reference
from kindred.frameworks.loader import load_default_framework
from kindred.models.assessment import Assessment, AssessmentDomain
from kindred.models.child import Child
from kindred.models.organisation import Organisation
from kindred.models.referral import Referral, ReferralShare, ReferralStatus
from kindred.models.user import Role, User
from kindred.modules.referrals.snapshot import build_snapshot, stored

COUNCIL_SLUG = "northshire"
AGENCY_SLUG = "brightpath"


@dataclass(frozen=True)
class DemoReferral:
    purpose: Purpose
    needed_in_days: int
    budget_weekly_pence: int | None
    max_distance: MaxDistance
    location_preferences: str
    contact_arrangements: str


DEMO_REFERRALS = (
    DemoReferral(
        Purpose.LONG_TERM,
        28,
        95_000,
        MaxDistance.WITHIN_20_MILES,
        "Close enough to keep the same secondary school.",
        "Family time with mum fortnightly, supervised, at the family centre in town.",
    ),
    DemoReferral(
        Purpose.STEP_DOWN,
        56,
        110_000,
        MaxDistance.WITHIN_50_MILES,
        "A quieter area is fine; a bus route to college matters more than distance.",
        "Phone calls with an older brother twice a week; visits in the holidays.",
    ),
)


def _years_before(day: date, years: int) -> date:
    return day.replace(year=day.year - years, day=min(day.day, 28))


async def _by_slug(db: AsyncSession, slug: str) -> Organisation | None:
    return await db.scalar(select(Organisation).where(Organisation.slug == slug))


async def _person(db: AsyncSession, tenant_id: uuid.UUID, role: Role) -> User:
    user = await db.scalar(
        select(User)
        .where(User.tenant_id == tenant_id, User.role == role.value)
        .order_by(User.email)
        .limit(1)
    )
    assert user is not None, f"the demo council has no {role.value}"
    return user


async def load_demo_referrals(db: AsyncSession, *, today: date) -> int:
    """Share two open referrals from Northshire with Brightpath; how many were made."""
    council = await _by_slug(db, COUNCIL_SLUG)
    agency = await _by_slug(db, AGENCY_SLUG)
    if council is None or agency is None:
        return 0
    framework = load_default_framework()
    practitioner = await _person(db, council.id, Role.practitioner)
    manager = await _person(db, council.id, Role.manager)
    children = (
        await db.scalars(
            select(Child)
            .where(
                Child.tenant_id == council.id,
                Child.latest_assessment_id.is_not(None),
                # Young people of 10 to 16, the age most referrals to agencies are for.
                Child.date_of_birth.between(_years_before(today, 17), _years_before(today, 10)),
            )
            .order_by(Child.local_child_id)
            .limit(len(DEMO_REFERRALS))
        )
    ).all()
    approved_at = datetime.combine(today, time(10, 0), tzinfo=UTC)
    for number, (child, spec) in enumerate(zip(children, DEMO_REFERRALS, strict=False), start=1):
        assessment = await db.get(Assessment, child.latest_assessment_id)
        assert assessment is not None
        domains = {
            row.domain_key: row
            for row in await db.scalars(
                select(AssessmentDomain).where(AssessmentDomain.assessment_id == assessment.id)
            )
        }
        needs = [
            {
                "domain_key": domain.key,
                "need_level": domains[domain.key].need_level or 0,
                "needs_text": domain.level(domains[domain.key].need_level or 0).descriptor,
                "strength_level": domains[domain.key].strength_level,
                "strength_notes": domains[domain.key].strength_notes,
            }
            for domain in framework.domains
        ]
        referral = Referral(
            tenant_id=council.id,
            number=number,
            reference=referral_reference(reference_prefix(council.name), number),
            child_id=child.id,
            assessment_id=assessment.id,
            framework_version=assessment.framework_version,
            status=ReferralStatus.open,
            purpose=spec.purpose.value,
            needed_by=today + timedelta(days=spec.needed_in_days),
            siblings=0,
            location_preferences=spec.location_preferences,
            max_distance=spec.max_distance.value,
            needs=needs,
            what_helps=assessment.what_helps or "Patience, routine and time to settle.",
            budget_weekly_pence=spec.budget_weekly_pence,
            contact_arrangements=spec.contact_arrangements,
            created_by=practitioner.id,
            submitted_by=practitioner.id,
            submitted_at=approved_at - timedelta(hours=2),
            decided_by=manager.id,
            approved_at=approved_at,
        )
        snapshot = stored(
            build_snapshot(
                referral,
                child,
                council_name=council.name,
                framework=framework,
                words=[],
                now=approved_at,
            )
        )
        referral.snapshot = snapshot
        db.add(referral)
        await db.flush()
        db.add(
            ReferralShare(
                tenant_id=council.id,
                referral_id=referral.id,
                agency_id=agency.id,
                snapshot=snapshot,
                referral_status=ReferralStatus.open,
                shared_by=manager.id,
                shared_at=approved_at + timedelta(minutes=number),
                updated_at=approved_at + timedelta(minutes=number),
            )
        )
    await db.flush()
    return len(children)
