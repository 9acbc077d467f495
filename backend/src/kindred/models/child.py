"""Children: who they are, where their case sits, and who may see a restricted record."""

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Numeric,
    SmallInteger,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kindred.domain.care_status import CareStatus
from kindred.models.base import Base, TextEnum, Timestamps, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class Child(Base, Timestamps, TenantOwned):
    """A child the council works with. `latest_*` mirror the latest approved assessment, so
    the caseload is one indexed query; only the approval use case writes them."""

    __tablename__ = "children"
    __table_args__ = (
        CheckConstraint("care_status IN ('in_care', 'edge_of_care', 'care_leaver')", name="care"),
        CheckConstraint("sex IN ('1', '2')", name="sex"),
        UniqueConstraint("tenant_id", "local_child_id"),
        Index("ix_children_tenant_team", "tenant_id", "team_id"),
        Index("ix_children_tenant_worker", "tenant_id", "allocated_worker_id"),
        Index("ix_children_tenant_family_name", "tenant_id", "family_name", "given_name"),
    )

    id: Mapped[UuidPrimaryKey]
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    date_of_birth: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    gender: Mapped[str | None] = mapped_column(String(60))
    ethnicity: Mapped[str | None] = mapped_column(String(4))
    local_child_id: Mapped[str] = mapped_column(String(40))
    upn: Mapped[str | None] = mapped_column(String(13))
    care_status: Mapped[CareStatus] = mapped_column(TextEnum(CareStatus, 16))
    legal_status: Mapped[str | None] = mapped_column(String(2))
    placement_type: Mapped[str | None] = mapped_column(String(2))
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id"))
    allocated_worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    home_postcode: Mapped[str | None] = mapped_column(String(8))
    home_easting: Mapped[float | None] = mapped_column(Float)
    home_northing: Mapped[float | None] = mapped_column(Float)
    restricted: Mapped[bool] = mapped_column(server_default="false")
    latest_assessment_id: Mapped[uuid.UUID | None]
    latest_score: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    previous_score: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    latest_actionable: Mapped[int | None] = mapped_column(SmallInteger)
    last_assessed_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's convention


class ChildAccessGrant(Base, TenantOwned):
    """A named person who may see a restricted child's record."""

    __tablename__ = "child_access_grants"

    child_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
