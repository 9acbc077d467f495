"""Organisations (councils are tenants; partner fostering agencies too) and council teams."""

import uuid
from enum import StrEnum

from sqlalchemy import CheckConstraint, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, TextEnum, Timestamps
from kindred.models.tenant import TenantOwned


class OrganisationKind(StrEnum):
    council = "council"
    agency = "agency"


class Organisation(Base, Timestamps):
    __tablename__ = "organisations"
    __table_args__ = (CheckConstraint("kind IN ('council', 'agency')", name="kind"),)

    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, server_default=text("gen_random_uuid()")
    )
    kind: Mapped[OrganisationKind] = mapped_column(TextEnum(OrganisationKind, 16))
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(64), unique=True)


class Team(Base, Timestamps, TenantOwned):
    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, server_default=text("gen_random_uuid()")
    )
    name: Mapped[str] = mapped_column(String(120))
