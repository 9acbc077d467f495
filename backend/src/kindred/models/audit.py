"""The audit log: append-only, one row per access or change, written in the same transaction."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Identity, Index, String, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base


class AuditEvent(Base):
    """Who did what to which record, when, and how it ended.

    `tenant_id` is empty only for sign-in failures against an unknown address.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_tenant_time", "tenant_id", "occurred_at"),
        Index("ix_audit_events_child", "tenant_id", "child_id", "occurred_at"),
        Index("ix_audit_events_actor", "tenant_id", "actor_user_id", "occurred_at"),
        # No RETURNING on insert: RLS would demand the new row be readable, and a failed
        # sign-in against an unknown address (no tenant) is not readable by anyone.
        {"implicit_returning": False},
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(server_default=func.now())
    tenant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))
    actor_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    actor_client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("api_clients.id"))
    actor_label: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    resource_type: Mapped[str] = mapped_column(String(40))
    resource_id: Mapped[str | None] = mapped_column(String(64))
    child_id: Mapped[uuid.UUID | None]
    outcome: Mapped[str] = mapped_column(String(16))
    request_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default="{}")
