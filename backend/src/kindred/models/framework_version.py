"""Needs framework versions a council has published (the shipped default lives in code)."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class FrameworkVersion(Base, TenantOwned):
    """A published framework document; never changed once published."""

    __tablename__ = "framework_versions"
    __table_args__ = (UniqueConstraint("tenant_id", "version"),)

    id: Mapped[UuidPrimaryKey]
    version: Mapped[str] = mapped_column(String(32))
    document: Mapped[dict[str, Any]] = mapped_column(JSONB)
    published_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[datetime] = mapped_column(server_default=func.now())
