"""Fostering households profiled in the same language as children's needs.

A council records both its in-house households and the partner agencies' households it works
with (`agency_id` set), so its matching sees the whole market while the rows stay the council's.
"""

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, TextEnum, Timestamps, UuidPrimaryKey
from kindred.models.tenant import TenantOwned

APPROVAL_TYPES = (
    "emergency",
    "short_term",
    "long_term",
    "respite",
    "parent_and_child",
    "siblings",
    "kinship",
)


class HouseholdStatus(StrEnum):
    """Only active households are matched."""

    active = "active"
    on_hold = "on_hold"
    closed = "closed"


class Household(Base, Timestamps, TenantOwned):
    __tablename__ = "households"
    __table_args__ = (
        CheckConstraint("age_min >= 0 AND age_max <= 25 AND age_min <= age_max", name="ages"),
        CheckConstraint("places BETWEEN 1 AND 6", name="places"),
        CheckConstraint("vacancies BETWEEN 0 AND places", name="vacancies"),
        CheckConstraint("weekly_fee_pence >= 0", name="fee"),
        CheckConstraint("status IN ('active', 'on_hold', 'closed')", name="status"),
        UniqueConstraint("tenant_id", "reference"),
        Index("ix_households_tenant_status", "tenant_id", "status"),
    )

    id: Mapped[UuidPrimaryKey]
    reference: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))
    status: Mapped[HouseholdStatus] = mapped_column(
        TextEnum(HouseholdStatus, 12), server_default="active"
    )
    age_min: Mapped[int] = mapped_column(SmallInteger)
    age_max: Mapped[int] = mapped_column(SmallInteger)
    places: Mapped[int] = mapped_column(SmallInteger)
    vacancies: Mapped[int] = mapped_column(SmallInteger)
    approved_types: Mapped[list[str]] = mapped_column(ARRAY(String(20)))
    postcode: Mapped[str | None] = mapped_column(String(8))
    easting: Mapped[float | None] = mapped_column(Float)
    northing: Mapped[float | None] = mapped_column(Float)
    languages: Mapped[list[str]] = mapped_column(ARRAY(String(40)), server_default="{}")
    faith: Mapped[str | None] = mapped_column(String(60))
    other_children: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    weekly_fee_pence: Mapped[int] = mapped_column(BigInteger)
    notes: Mapped[str] = mapped_column(Text, server_default="")
    version: Mapped[int] = mapped_column(server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's convention


class CapacityProfile(Base, TenantOwned):
    """What level of need, per domain, a household can meet from a date; kept as history.

    `levels` follows the framework's domain order, so matching reads one array per household.
    """

    __tablename__ = "capacity_profiles"
    __table_args__ = (
        Index("ix_capacity_household", "tenant_id", "household_id", "effective_from"),
    )

    id: Mapped[UuidPrimaryKey]
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"))
    framework_version: Mapped[str] = mapped_column(String(32))
    effective_from: Mapped[date] = mapped_column(Date)
    levels: Mapped[list[int]] = mapped_column(ARRAY(SmallInteger))
    evidence: Mapped[dict[str, str]] = mapped_column(JSONB, server_default="{}")
    recorded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(server_default=func.now())


class TrainingRecord(Base, TenantOwned):
    """Training a household has completed, optionally towards one needs domain."""

    __tablename__ = "training_records"

    id: Mapped[UuidPrimaryKey]
    household_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    domain_key: Mapped[str | None] = mapped_column(String(48))
    completed_on: Mapped[date] = mapped_column(Date)
    provider: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class HouseholdExclusion(Base, TenantOwned):
    """A household that must not be proposed for a child, and why (e.g. a known connection)."""

    __tablename__ = "household_exclusions"

    child_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), primary_key=True
    )
    household_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), primary_key=True
    )
    reason: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class CarersGeneration(Base):
    """A counter bumped by triggers whenever a council's households or capacities change.

    Matching keeps a households × domains matrix in memory per council; one indexed read of this
    counter tells every worker process whether its matrix is still current.
    """

    __tablename__ = "carers_generations"

    tenant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    generation: Mapped[int] = mapped_column(BigInteger, server_default="1")
