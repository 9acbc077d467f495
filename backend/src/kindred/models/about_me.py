"""A young person's "About me" in their own words: every saved version is kept."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class AboutMeVersion(Base, TenantOwned):
    """One saved version of a child's "About me": append-only, numbered 1, 2, 3… per child.

    The unique (child, number) is the version check: two saves based on the same version
    both try the next number, and only one can have it.
    """

    __tablename__ = "about_me_versions"
    __table_args__ = (
        UniqueConstraint("tenant_id", "child_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[UuidPrimaryKey]
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    number: Mapped[int]
    author_user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    framework_version: Mapped[str] = mapped_column(String(32))
    sections: Mapped[dict[str, Any]] = mapped_column(JSONB)
    self_ratings: Mapped[dict[str, Any]] = mapped_column(JSONB)
    share: Mapped[dict[str, Any]] = mapped_column(JSONB)
