"""Placement referrals (the council's), the shares that send them to agencies, and decisions.

Each organisation writes only its own rows. What crosses between a council and an agency is read
through explicit row-level security policies (see the referrals migration): an agency reads the
shares addressed to it and the decisions on its offers; a council reads the offers made on its
referrals.
"""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, TextEnum, Timestamps, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class ReferralStatus(StrEnum):
    draft = "draft"
    awaiting_approval = "awaiting_approval"
    open = "open"
    closed = "closed"


class ReferralOutcome(StrEnum):
    placed = "placed"
    withdrawn = "withdrawn"
    expired = "expired"


class DecisionStatus(StrEnum):
    shortlisted = "shortlisted"
    declined = "declined"
    accepted = "accepted"


class Referral(Base, Timestamps, TenantOwned):
    """A needs-led placement referral built from a child's approved assessment.

    `needs` holds one entry per framework domain, in framework order: `domain_key`,
    `need_level`, `needs_text` (written for agencies), `strength_level`, `strength_notes`.
    `snapshot` is the pseudonymous version frozen when a manager approved it; every share
    carries a copy of it.
    """

    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'awaiting_approval', 'open', 'closed')", name="status"
        ),
        CheckConstraint(
            "(status = 'closed') = (outcome IS NOT NULL) AND "
            "(outcome IS NULL OR outcome IN ('placed', 'withdrawn', 'expired'))",
            name="outcome",
        ),
        CheckConstraint(
            "purpose IN ('emergency', 'short_term', 'long_term', 'step_down', 'parent_and_child')",
            name="purpose",
        ),
        CheckConstraint("siblings BETWEEN 0 AND 6", name="siblings"),
        CheckConstraint("budget_weekly_pence IS NULL OR budget_weekly_pence >= 0", name="budget"),
        UniqueConstraint("tenant_id", "number"),
        Index("ix_referrals_tenant_status", "tenant_id", "status", "updated_at"),
        Index("ix_referrals_child", "tenant_id", "child_id"),
    )

    id: Mapped[UuidPrimaryKey]
    number: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(20))
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id"))
    framework_version: Mapped[str] = mapped_column(String(32))
    status: Mapped[ReferralStatus] = mapped_column(
        TextEnum(ReferralStatus, 20), server_default="draft"
    )
    outcome: Mapped[ReferralOutcome | None] = mapped_column(TextEnum(ReferralOutcome, 12))
    purpose: Mapped[str] = mapped_column(String(20))
    needed_by: Mapped[date | None] = mapped_column(Date)
    siblings: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    location_preferences: Mapped[str] = mapped_column(Text, server_default="")
    max_distance: Mapped[str] = mapped_column(String(20), server_default="any")
    needs: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    what_helps: Mapped[str] = mapped_column(Text, server_default="")
    young_person_sections: Mapped[list[str] | None] = mapped_column(JSONB)
    """Which of the young person's consented "About me" sections to include; null: all."""
    budget_weekly_pence: Mapped[int | None] = mapped_column(BigInteger)
    contact_arrangements: Mapped[str] = mapped_column(Text, server_default="")
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    submitted_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    submitted_at: Mapped[datetime | None]
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None]
    returned_at: Mapped[datetime | None]
    return_comment: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    close_reason: Mapped[str | None] = mapped_column(Text)
    accepted_offer_id: Mapped[uuid.UUID | None]
    placement_start_on: Mapped[date | None] = mapped_column(Date)
    placement_confirmed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's convention


class ReferralShare(Base, TenantOwned):
    """One referral sent to one agency: the frozen pseudonymous snapshot it may read.

    The referral's status is mirrored here (`referral_status`, `outcome`), because the agency
    can read this row and never the referral itself. A withdrawn share is invisible to the agency.
    """

    __tablename__ = "referral_shares"
    __table_args__ = (
        CheckConstraint("referral_status IN ('open', 'closed')", name="referral_status"),
        Index(
            "uq_referral_shares_live",
            "referral_id",
            "agency_id",
            unique=True,
            postgresql_where=text("withdrawn_at IS NULL"),
        ),
        Index("ix_referral_shares_agency", "agency_id", "shared_at", "id"),
        Index("ix_referral_shares_referral", "tenant_id", "referral_id"),
    )

    id: Mapped[UuidPrimaryKey]
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"))
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSONB)
    referral_status: Mapped[ReferralStatus] = mapped_column(
        TextEnum(ReferralStatus, 12), server_default="open"
    )
    outcome: Mapped[ReferralOutcome | None] = mapped_column(TextEnum(ReferralOutcome, 12))
    shared_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    shared_at: Mapped[datetime] = mapped_column(server_default=func.now())
    withdrawn_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    withdrawn_at: Mapped[datetime | None]
    withdraw_reason: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())


class OfferDecision(Base, TenantOwned):
    """The council's decision on one agency offer; the agency reads it, never writes it.

    `accepted_terms` freezes the offer as it was accepted (fee, availability, capacity).
    """

    __tablename__ = "offer_decisions"
    __table_args__ = (
        CheckConstraint("status IN ('shortlisted', 'declined', 'accepted')", name="status"),
        Index("ix_offer_decisions_referral", "tenant_id", "referral_id"),
        Index("ix_offer_decisions_agency", "agency_id"),
    )

    offer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("referral_offers.id", ondelete="CASCADE"), primary_key=True
    )
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"))
    status: Mapped[DecisionStatus] = mapped_column(TextEnum(DecisionStatus, 12))
    reason: Mapped[str | None] = mapped_column(Text)
    offer_version: Mapped[int] = mapped_column(Integer)
    accepted_terms: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    decided_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(server_default=func.now())
