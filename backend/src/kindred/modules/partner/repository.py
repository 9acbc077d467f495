"""Every query of the partner API. The agency's own rows by tenant; councils' shares and
decisions through the policies that show an agency what was shared with it.

Each query also names the agency explicitly, so the service scopes it and row-level security
enforces it again.
"""

import uuid
from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.partner import OfferStanding, ReferralOffer, ShareView
from kindred.models.referral import OfferDecision, ReferralShare


def _live_share(agency_id: uuid.UUID) -> list[object]:
    return [ReferralShare.agency_id == agency_id, ReferralShare.withdrawn_at.is_(None)]


async def shared_referrals(
    db: AsyncSession,
    agency_id: uuid.UUID,
    *,
    status: str | None,
    updated_since: datetime | None,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> Sequence[ReferralShare]:
    """Live shares to the agency, newest shared first, one more than `limit` for paging."""
    query = select(ReferralShare).where(*_live_share(agency_id))  # type: ignore[arg-type]
    if status is not None:
        query = query.where(ReferralShare.referral_status == status)
    if updated_since is not None:
        query = query.where(ReferralShare.updated_at >= updated_since)
    if after is not None:
        at, last_id = after
        query = query.where(
            or_(
                ReferralShare.shared_at < at,
                and_(ReferralShare.shared_at == at, ReferralShare.id < last_id),
            )
        )
    rows = await db.scalars(
        query.order_by(ReferralShare.shared_at.desc(), ReferralShare.id.desc()).limit(limit + 1)
    )
    return rows.all()


async def get_share(
    db: AsyncSession, agency_id: uuid.UUID, share_id: uuid.UUID
) -> ReferralShare | None:
    return await db.scalar(
        select(ReferralShare).where(ReferralShare.id == share_id, *_live_share(agency_id))  # type: ignore[arg-type]
    )


async def shares_by_id(
    db: AsyncSession, agency_id: uuid.UUID, share_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, ReferralShare]:
    """The agency's live shares by id (a withdrawn one is gone, with the offers made on it)."""
    if not share_ids:
        return {}
    rows = await db.scalars(
        select(ReferralShare).where(
            ReferralShare.id.in_(set(share_ids)),
            *_live_share(agency_id),  # type: ignore[arg-type]
        )
    )
    return {row.id: row for row in rows}


async def record_views(db: AsyncSession, views: Sequence[ShareView]) -> None:
    db.add_all(views)
    await db.flush()


async def add_offer(db: AsyncSession, offer: ReferralOffer) -> ReferralOffer:
    db.add(offer)
    await db.flush()
    await db.refresh(offer)
    return offer


async def get_offer(
    db: AsyncSession, agency_id: uuid.UUID, offer_id: uuid.UUID
) -> ReferralOffer | None:
    return await db.scalar(
        select(ReferralOffer)
        .where(ReferralOffer.id == offer_id, ReferralOffer.tenant_id == agency_id)
        .execution_options(populate_existing=True)
    )


async def list_offers(
    db: AsyncSession,
    agency_id: uuid.UUID,
    *,
    share_id: uuid.UUID | None,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> Sequence[ReferralOffer]:
    # Offers on a share the council withdrew disappear with it.
    query = (
        select(ReferralOffer)
        .join(ReferralShare, ReferralShare.id == ReferralOffer.share_id)
        .where(*_live_share(agency_id), ReferralOffer.tenant_id == agency_id)  # type: ignore[arg-type]
    )
    if share_id is not None:
        query = query.where(ReferralOffer.share_id == share_id)
    if after is not None:
        at, last_id = after
        query = query.where(
            or_(
                ReferralOffer.created_at < at,
                and_(ReferralOffer.created_at == at, ReferralOffer.id < last_id),
            )
        )
    rows = await db.scalars(
        query.order_by(ReferralOffer.created_at.desc(), ReferralOffer.id.desc()).limit(limit + 1)
    )
    return rows.all()


async def live_offer_for_household(
    db: AsyncSession, share_id: uuid.UUID, household_reference: str
) -> ReferralOffer | None:
    return await db.scalar(
        select(ReferralOffer).where(
            ReferralOffer.share_id == share_id,
            ReferralOffer.household_reference == household_reference,
            ReferralOffer.status == OfferStanding.active,
        )
    )


async def decisions(
    db: AsyncSession, agency_id: uuid.UUID, offer_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, OfferDecision]:
    """The councils' decisions on the agency's offers."""
    if not offer_ids:
        return {}
    rows = await db.scalars(
        select(OfferDecision).where(
            OfferDecision.offer_id.in_(set(offer_ids)), OfferDecision.agency_id == agency_id
        )
    )
    return {row.offer_id: row for row in rows}
