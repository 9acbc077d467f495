"""Goals in a child's plan, each linked to a needs domain, with dated progress notes."""

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, TextEnum, Timestamps, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class GoalStatus(StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    achieved = "achieved"
    stopped = "stopped"


class Goal(Base, Timestamps, TenantOwned):
    __tablename__ = "goals"
    __table_args__ = (
        CheckConstraint(
            "status IN ('not_started', 'in_progress', 'achieved', 'stopped')", name="status"
        ),
        Index("ix_goals_child", "tenant_id", "child_id"),
    )

    id: Mapped[UuidPrimaryKey]
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    domain_key: Mapped[str] = mapped_column(String(48))
    title: Mapped[str] = mapped_column(String(200))
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(
        TextEnum(GoalStatus, 12), server_default="not_started"
    )
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's convention


class GoalProgress(Base, TenantOwned):
    __tablename__ = "goal_progress"

    id: Mapped[UuidPrimaryKey]
    goal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("goals.id", ondelete="CASCADE"), index=True
    )
    noted_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
