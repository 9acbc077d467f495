"""Placement episodes of a child, as the SSDA903 return records them, with where they are.

Episodes of one child never share a day: an exclusion constraint on
`daterange(start_date, end_date, '[)')` (made by the migration; deferrable, so an import can
rewrite a history in one statement) enforces it beside the service's check.
"""

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ColumnElement,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    and_,
    or_,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, Timestamps, UuidPrimaryKey
from kindred.models.tenant import TenantOwned

PRECISIONS = "('postcode', 'sector', 'unknown')"


class Placement(Base, Timestamps, TenantOwned):
    """One episode: from `start_date` (DECOM) up to `end_date` (DEC; empty while current).

    Postcodes are kept as given (often partial, `LS1 4`); `*_precision` says how they were
    placed (a full postcode, a sector centroid, or not at all) and `distance_m` is empty when
    either end is unknown.
    """

    __tablename__ = "placements"
    __table_args__ = (
        UniqueConstraint("tenant_id", "child_id", "start_date"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        CheckConstraint(
            "reason_for_change IS NULL OR end_date IS NOT NULL", name="change_reason_needs_end"
        ),
        # A move whose reason the return left blank still counts (DfE rule 225, a warning).
        CheckConstraint("NOT ended_with_move OR end_date IS NOT NULL", name="move_has_end"),
        CheckConstraint(f"home_precision IN {PRECISIONS}", name="home_precision"),
        CheckConstraint(f"placement_precision IN {PRECISIONS}", name="placement_precision"),
        CheckConstraint("source IN ('manual', 'ssda903')", name="source"),
        CheckConstraint("distance_m >= 0", name="distance"),
        Index(
            "ix_placements_current",
            "tenant_id",
            "child_id",
            postgresql_where=text("end_date IS NULL"),
        ),
    )

    id: Mapped[UuidPrimaryKey]
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    placement_type: Mapped[str] = mapped_column(String(2))
    provider: Mapped[str | None] = mapped_column(String(3))
    legal_status: Mapped[str] = mapped_column(String(2))
    reason_new_episode: Mapped[str | None] = mapped_column(String(1))
    category_of_need: Mapped[str | None] = mapped_column(String(2))
    reason_ceased: Mapped[str | None] = mapped_column(String(3))
    reason_for_change: Mapped[str | None] = mapped_column(String(6))
    ended_with_move: Mapped[bool] = mapped_column(Boolean, server_default="false")
    household_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("households.id", ondelete="SET NULL"), index=True
    )
    provider_name: Mapped[str | None] = mapped_column(String(120))
    urn: Mapped[str | None] = mapped_column(String(10))
    home_postcode: Mapped[str | None] = mapped_column(String(10))
    home_precision: Mapped[str | None] = mapped_column(String(8))
    home_easting: Mapped[float | None] = mapped_column(Float)
    home_northing: Mapped[float | None] = mapped_column(Float)
    placement_postcode: Mapped[str | None] = mapped_column(String(10))
    placement_precision: Mapped[str | None] = mapped_column(String(8))
    placement_easting: Mapped[float | None] = mapped_column(Float)
    placement_northing: Mapped[float | None] = mapped_column(Float)
    distance_m: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(8), server_default="manual")
    version: Mapped[int] = mapped_column(server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's convention

    @classmethod
    def running_on(cls, day: date) -> ColumnElement[bool]:
        """SQL twin of `domain.placements.is_running`: started by `day`, not ended by it."""
        return and_(cls.start_date <= day, or_(cls.end_date.is_(None), cls.end_date > day))
