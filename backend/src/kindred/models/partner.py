"""Rows a partner agency owns: its offers, its reads of shared referrals, its webhooks, and the
idempotency keys and rate-limit buckets of its API callers.

The council that owns a referral reads the offers made on it, and the record of which agency
read it when, through explicit row-level security policies (see the referrals migration).
"""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, TextEnum, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class OfferStanding(StrEnum):
    """An agency's offer stays active until the agency withdraws it."""

    active = "active"
    withdrawn = "withdrawn"


class DeliveryStatus(StrEnum):
    """A webhook delivery is pending until delivered, or failed for good."""

    pending = "pending"
    delivered = "delivered"
    failed = "failed"


class ReferralOffer(Base, TenantOwned):
    """An agency's expression of interest: one of its households for one shared referral.

    Agencies keep their households in their own systems; the offer carries the household's own
    reference and its capacity per needs domain (0–4) as the agency states it.
    """

    __tablename__ = "referral_offers"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'withdrawn')", name="status"),
        CheckConstraint("weekly_fee_pence >= 0", name="fee"),
        Index(
            "uq_referral_offers_live_household",
            "share_id",
            "household_reference",
            unique=True,
            postgresql_where=text("status = 'active'"),
        ),
        Index("ix_referral_offers_agency", "tenant_id", "created_at", "id"),
        Index("ix_referral_offers_council", "council_id", "referral_id"),
    )

    id: Mapped[UuidPrimaryKey]
    council_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"))
    share_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referral_shares.id"))
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    household_reference: Mapped[str] = mapped_column(String(40))
    household_postcode_sector: Mapped[str | None] = mapped_column(String(8))
    capacity: Mapped[dict[str, int]] = mapped_column(JSONB)
    weekly_fee_pence: Mapped[int] = mapped_column(BigInteger)
    available_from: Mapped[date] = mapped_column(Date)
    message: Mapped[str] = mapped_column(Text, server_default="")
    status: Mapped[OfferStanding] = mapped_column(
        TextEnum(OfferStanding, 12), server_default="active"
    )
    withdrawn_at: Mapped[datetime | None]
    withdraw_reason: Mapped[str | None] = mapped_column(Text)
    created_by_label: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
    version: Mapped[int] = mapped_column(server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's convention


class ShareView(Base, TenantOwned):
    """An agency read a shared referral: the council sees who looked at its child's snapshot."""

    __tablename__ = "referral_share_views"
    __table_args__ = (Index("ix_referral_share_views_council", "council_id", "referral_id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    council_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"))
    share_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("referral_shares.id", ondelete="CASCADE")
    )
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    viewer_label: Mapped[str] = mapped_column(String(200))
    viewed_at: Mapped[datetime] = mapped_column(server_default=func.now())


class WebhookEndpoint(Base, TenantOwned):
    """Where an agency wants events sent. The signing secret is kept to sign each delivery."""

    __tablename__ = "webhook_endpoints"

    id: Mapped[UuidPrimaryKey]
    url: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str] = mapped_column(String(200), server_default="")
    events: Mapped[list[str]] = mapped_column(ARRAY(String(40)))
    signing_secret: Mapped[str] = mapped_column(String(100))
    created_by_label: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    secret_rotated_at: Mapped[datetime | None]
    disabled_at: Mapped[datetime | None]


class WebhookDelivery(Base, TenantOwned):
    """One event to one endpoint, with its attempts; retried with backoff until delivered."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'delivered', 'failed')", name="status"),
        Index(
            "ix_webhook_deliveries_due",
            "next_attempt_at",
            postgresql_where=text("status = 'pending'"),
        ),
        Index("ix_webhook_deliveries_endpoint", "tenant_id", "endpoint_id", "created_at", "id"),
    )

    id: Mapped[UuidPrimaryKey]
    endpoint_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("webhook_endpoints.id", ondelete="CASCADE")
    )
    event_id: Mapped[uuid.UUID]
    event_type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    status: Mapped[DeliveryStatus] = mapped_column(
        TextEnum(DeliveryStatus, 12), server_default="pending"
    )
    attempts: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(server_default=func.now())
    leased_until: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(300))
    delivered_at: Mapped[datetime | None]
    attempt_log: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, server_default=text("'[]'::jsonb")
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class IdempotencyRecord(Base, TenantOwned):
    """A partner POST's `Idempotency-Key`, the request it was first used for, and the answer.

    The key is claimed in the same transaction as the work it guards, so a concurrent retry
    waits on the unique key and then finds the stored answer.
    """

    __tablename__ = "idempotency_keys"

    caller_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    request_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(300))
    response_status: Mapped[int | None] = mapped_column(SmallInteger)
    response_body: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class RateLimitBucket(Base, TenantOwned):
    """A caller's token bucket for the partner API, shared by every app process."""

    __tablename__ = "api_rate_limits"

    caller_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
