"""Every query about referrals on the council's side. Child visibility comes in as a scope.

Offers, and agencies' reads, belong to agencies: the council reads them through the row-level
security policies that let a council see what was made on its own referrals.
"""

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.child_access import ChildScope, visible_to
from kindred.core.pagination import PageParams
from kindred.models.child import Child
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.partner import ReferralOffer, ShareView
from kindred.models.referral import (
    OfferDecision,
    Referral,
    ReferralOutcome,
    ReferralShare,
    ReferralStatus,
)
from kindred.models.user import User
from kindred.modules.referrals.schemas import ReferralFilters


@dataclass(frozen=True, slots=True)
class ReferralRow:
    referral: Referral
    given_name: str
    family_name: str
    preferred_name: str | None
    live_shares: int
    offers: int


@dataclass(frozen=True, slots=True)
class ShareRow:
    share: ReferralShare
    agency_name: str
    views: int
    last_viewed_at: datetime | None


def _rows_query(scope: ChildScope) -> Select[Referral, str, str, str | None, int, int]:
    live = (
        select(func.count())
        .where(ReferralShare.referral_id == Referral.id, ReferralShare.withdrawn_at.is_(None))
        .scalar_subquery()
    )
    offers = select(func.count()).where(ReferralOffer.referral_id == Referral.id).scalar_subquery()
    return (
        select(
            Referral,
            Child.given_name,
            Child.family_name,
            Child.preferred_name,
            live.label("live_shares"),
            offers.label("offers"),
        )
        .join(Child, Child.id == Referral.child_id)
        .where(visible_to(scope))
    )


async def next_number(db: AsyncSession, tenant_id: uuid.UUID) -> int:
    """The council's next referral number, serialised per council until the transaction ends."""
    await db.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('kindred.referral_number:' || :tenant))"),
        {"tenant": str(tenant_id)},
    )
    highest = await db.scalar(select(func.max(Referral.number)))
    return int(highest or 0) + 1


async def add_referral(db: AsyncSession, referral: Referral) -> Referral:
    db.add(referral)
    await db.flush()
    return referral


async def get_referral(db: AsyncSession, referral_id: uuid.UUID) -> Referral | None:
    return await db.scalar(
        select(Referral).where(Referral.id == referral_id).execution_options(populate_existing=True)
    )


async def get_row(
    db: AsyncSession, scope: ChildScope, referral_id: uuid.UUID
) -> ReferralRow | None:
    row = (
        await db.execute(
            _rows_query(scope)
            .where(Referral.id == referral_id)
            .execution_options(populate_existing=True)
        )
    ).one_or_none()
    return ReferralRow(*row) if row else None


async def list_referrals(
    db: AsyncSession, scope: ChildScope, filters: ReferralFilters, page: PageParams
) -> tuple[list[ReferralRow], int]:
    query = _rows_query(scope)
    if filters.status is not None:
        query = query.where(Referral.status == filters.status)
    if filters.child_id is not None:
        query = query.where(Referral.child_id == filters.child_id)
    total = await db.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = await db.execute(
        query.order_by(Referral.updated_at.desc(), Referral.id)
        .offset(page.offset)
        .limit(page.page_size)
    )
    return [ReferralRow(*row) for row in rows], int(total)


async def display_names(db: AsyncSession, user_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not user_ids:
        return {}
    rows = await db.execute(select(User.id, User.display_name).where(User.id.in_(set(user_ids))))
    return {row[0]: row[1] for row in rows}


async def organisation_name(db: AsyncSession, organisation_id: uuid.UUID) -> str:
    name = await db.scalar(select(Organisation.name).where(Organisation.id == organisation_id))
    return name or "Unknown"


async def partner_agencies(db: AsyncSession) -> Sequence[Organisation]:
    rows = await db.scalars(
        select(Organisation)
        .where(Organisation.kind == OrganisationKind.agency)
        .order_by(Organisation.name, Organisation.id)
    )
    return rows.all()


async def agency_names(db: AsyncSession, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The agencies among `ids` (organisations that are partner agencies), with their names."""
    if not ids:
        return {}
    rows = await db.execute(
        select(Organisation.id, Organisation.name).where(
            Organisation.id.in_(set(ids)), Organisation.kind == OrganisationKind.agency
        )
    )
    return {row[0]: row[1] for row in rows}


async def shares_of(db: AsyncSession, referral_id: uuid.UUID) -> list[ShareRow]:
    views = (
        select(
            ShareView.share_id,
            func.count().label("views"),
            func.max(ShareView.viewed_at).label("last_viewed_at"),
        )
        .where(ShareView.referral_id == referral_id)
        .group_by(ShareView.share_id)
        .subquery()
    )
    rows = await db.execute(
        select(ReferralShare, Organisation.name, views.c.views, views.c.last_viewed_at)
        .join(Organisation, Organisation.id == ReferralShare.agency_id)
        .outerjoin(views, views.c.share_id == ReferralShare.id)
        .where(ReferralShare.referral_id == referral_id)
        .order_by(ReferralShare.shared_at, Organisation.name)
        .execution_options(populate_existing=True)
    )
    return [ShareRow(row[0], row[1], int(row[2] or 0), row[3]) for row in rows]


async def add_shares(db: AsyncSession, shares: Sequence[ReferralShare]) -> None:
    db.add_all(shares)
    await db.flush()


async def mirror_status(
    db: AsyncSession,
    referral_id: uuid.UUID,
    status: ReferralStatus,
    outcome: ReferralOutcome | None,
    now: datetime,
) -> None:
    """Copy the referral's status onto its shares, the rows agencies can read."""
    await db.execute(
        update(ReferralShare)
        .where(ReferralShare.referral_id == referral_id)
        .values(referral_status=status, outcome=outcome, updated_at=now)
        .execution_options(synchronize_session=False)
    )


async def offers_for(db: AsyncSession, referral_id: uuid.UUID) -> Sequence[ReferralOffer]:
    rows = await db.scalars(
        select(ReferralOffer)
        .where(ReferralOffer.referral_id == referral_id)
        .order_by(ReferralOffer.created_at, ReferralOffer.id)
        .execution_options(populate_existing=True)
    )
    return rows.all()


async def get_offer(db: AsyncSession, offer_id: uuid.UUID) -> ReferralOffer | None:
    return await db.scalar(
        select(ReferralOffer)
        .where(ReferralOffer.id == offer_id)
        .execution_options(populate_existing=True)
    )


async def decisions_for(db: AsyncSession, referral_id: uuid.UUID) -> dict[uuid.UUID, OfferDecision]:
    rows = await db.scalars(
        select(OfferDecision)
        .where(OfferDecision.referral_id == referral_id)
        .execution_options(populate_existing=True)
    )
    return {row.offer_id: row for row in rows}


async def save_decision(db: AsyncSession, decision: OfferDecision) -> None:
    await db.merge(decision)
    await db.flush()


async def child_of(db: AsyncSession, child_id: uuid.UUID) -> Child | None:
    return await db.scalar(select(Child).where(Child.id == child_id))
