"""Tenant ownership: every tenant-owned row names its organisation, and RLS keys on it."""

import uuid

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class TenantOwned:
    """Mixin for rows that belong to one organisation (a council, or a partner agency)."""

    @declared_attr
    def tenant_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(
            ForeignKey("organisations.id", ondelete="RESTRICT"), index=True, nullable=False
        )
