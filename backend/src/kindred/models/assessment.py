"""Needs assessments of a child: per-domain needs and strengths, with an approval lifecycle."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Numeric,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kindred.domain.framework import StrengthLevel
from kindred.models.base import Base, TextEnum, Timestamps, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class AssessmentStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    approved = "approved"
    returned = "returned"


class Assessment(Base, Timestamps, TenantOwned):
    """One assessment, pinned to the framework version it was made with.

    Score, actionable count and highest level are computed by the domain functions when the
    assessment is approved, with its own framework version, and never recomputed afterwards.
    """

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'submitted', 'approved', 'returned')", name="status"),
        Index("ix_assessments_child", "tenant_id", "child_id", "status", "approved_at"),
        Index("ix_assessments_queue", "tenant_id", "status", "submitted_at"),
    )

    id: Mapped[UuidPrimaryKey]
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    status: Mapped[AssessmentStatus] = mapped_column(
        TextEnum(AssessmentStatus, 12), server_default="draft"
    )
    framework_version: Mapped[str] = mapped_column(String(32))
    based_on_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assessments.id"))
    summary: Mapped[str] = mapped_column(Text, server_default="")
    aspirations: Mapped[str] = mapped_column(Text, server_default="")
    what_helps: Mapped[str] = mapped_column(Text, server_default="")
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    submitted_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    submitted_at: Mapped[datetime | None]
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None]
    returned_at: Mapped[datetime | None]
    return_comment: Mapped[str | None] = mapped_column(Text)
    assessed_on: Mapped[date | None] = mapped_column(Date)
    score: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    actionable_count: Mapped[int | None] = mapped_column(SmallInteger)
    highest_level: Mapped[int | None] = mapped_column(SmallInteger)
    version: Mapped[int] = mapped_column(server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's convention


class AssessmentDomain(Base, TenantOwned):
    """One domain of one assessment: the need level, evidence and strength."""

    __tablename__ = "assessment_domains"
    __table_args__ = (
        CheckConstraint("need_level BETWEEN 0 AND 4", name="need_level"),
        CheckConstraint(
            "strength_level IN ('none', 'emerging', 'useful', 'centrepiece')", name="strength"
        ),
    )

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    domain_key: Mapped[str] = mapped_column(String(48), primary_key=True)
    need_level: Mapped[int | None] = mapped_column(SmallInteger)
    evidence: Mapped[str] = mapped_column(Text, server_default="")
    strength_level: Mapped[StrengthLevel] = mapped_column(
        TextEnum(StrengthLevel, 12), server_default="none"
    )
    strength_notes: Mapped[str] = mapped_column(Text, server_default="")
