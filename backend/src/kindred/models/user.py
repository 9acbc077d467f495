"""People who sign in, their role, and the teams they belong to."""

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, TextEnum, Timestamps
from kindred.models.tenant import TenantOwned


class Role(StrEnum):
    practitioner = "practitioner"
    manager = "manager"
    commissioner = "commissioner"
    admin = "admin"
    young_person = "young_person"
    agency_user = "agency_user"


class UserStatus(StrEnum):
    active = "active"
    paused = "paused"
    ended = "ended"


class User(Base, Timestamps, TenantOwned):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(
            "role IN ('practitioner', 'manager', 'commissioner', 'admin', 'young_person', "
            "'agency_user')",
            name="role",
        ),
        CheckConstraint("status IN ('active', 'paused', 'ended')", name="status"),
        CheckConstraint("email = lower(email)", name="email_lowercase"),
        CheckConstraint(
            "(role = 'young_person') = (child_id IS NOT NULL)", name="young_person_has_child"
        ),
        # Unique per organisation (ADR 0007); young people's sign-in names unique everywhere.
        Index("uq_users_tenant_email", "tenant_id", "email", unique=True),
        Index("ix_users_email", "email"),
        Index(
            "uq_users_sign_in_name",
            "email",
            unique=True,
            postgresql_where=text("role = 'young_person'"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, server_default=text("gen_random_uuid()")
    )
    email: Mapped[str] = mapped_column(String(254))
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(TextEnum(Role, 24))
    status: Mapped[UserStatus] = mapped_column(TextEnum(UserStatus, 16), server_default="active")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    child_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE", use_alter=True), index=True
    )
    password_changed_at: Mapped[datetime | None]
    last_signed_in_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's convention


class TeamMembership(Base, TenantOwned):
    __tablename__ = "team_memberships"

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    team_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
