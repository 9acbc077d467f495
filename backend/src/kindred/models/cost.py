"""What a child's care costs: dated weekly or one-off amounts in integer pence, by funder."""

import uuid
from datetime import date

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from kindred.domain.costs import CostKind, Frequency, Funder
from kindred.models.base import Base, TextEnum, Timestamps, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class CostRecord(Base, Timestamps, TenantOwned):
    """A placement fee or an additional support package over time.

    Weekly amounts run from `start_date` to `end_date` inclusive (empty: still running); a
    one-off amount falls on `start_date` and has no end. A fee change is a new record.
    """

    __tablename__ = "cost_records"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('placement', 'therapy', 'education_support', 'transport', 'other')",
            name="kind",
        ),
        CheckConstraint("frequency IN ('weekly', 'one_off')", name="frequency"),
        CheckConstraint("funder IN ('social_care', 'health', 'education')", name="funder"),
        CheckConstraint("amount_pence >= 0", name="amount"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        CheckConstraint("frequency = 'weekly' OR end_date IS NULL", name="one_off_has_no_end"),
        CheckConstraint("kind <> 'placement' OR frequency = 'weekly'", name="placement_weekly"),
        Index("ix_cost_records_child", "tenant_id", "child_id", "start_date"),
        Index(
            "uq_cost_records_provider_start",
            "tenant_id",
            "child_id",
            "provider",
            "start_date",
            unique=True,
            postgresql_where=text("provider IS NOT NULL"),
        ),
    )

    id: Mapped[UuidPrimaryKey]
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    placement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("placements.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[CostKind] = mapped_column(TextEnum(CostKind, 20))
    description: Mapped[str] = mapped_column(String(200), server_default="")
    provider: Mapped[str | None] = mapped_column(String(120))
    """Who is paid, as a finance system names them: with the child and start date, the key a
    bulk load of placement costs matches on."""
    frequency: Mapped[Frequency] = mapped_column(TextEnum(Frequency, 8))
    amount_pence: Mapped[int] = mapped_column(BigInteger)
    funder: Mapped[Funder] = mapped_column(TextEnum(Funder, 12))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's convention
