"""Bulk loads of households, placement costs and needs profiles: a preview, then the load."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, TextEnum, UuidPrimaryKey
from kindred.models.tenant import TenantOwned

BULK_LOAD_KINDS = ("households", "placement_costs", "needs_profiles")


class BulkLoadStatus(StrEnum):
    """Where a bulk load stands: previewed before anything is written, then loaded."""

    previewing = "previewing"
    previewed = "previewed"
    loading = "loading"
    loaded = "loaded"
    rejected = "rejected"
    failed = "failed"


class BulkLoad(Base, TenantOwned):
    """One uploaded file through its life: previewed (counts and row errors, nothing written),
    then loaded whole or its valid rows only. `errors` holds every problem (line, column,
    reason); `counts` what was (or would be) created, updated and left unchanged."""

    __tablename__ = "bulk_loads"
    __table_args__ = (
        CheckConstraint(f"kind IN {BULK_LOAD_KINDS}", name="kind"),
        CheckConstraint(
            f"status IN {tuple(status.value for status in BulkLoadStatus)}", name="status"
        ),
        Index("ix_bulk_loads_tenant_created", "tenant_id", "created_at"),
    )

    id: Mapped[UuidPrimaryKey]
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[BulkLoadStatus] = mapped_column(TextEnum(BulkLoadStatus, 12))
    filename: Mapped[str] = mapped_column(String(200))
    valid_rows_only: Mapped[bool | None] = mapped_column(Boolean)
    stage: Mapped[str | None] = mapped_column(String(40))
    rows_total: Mapped[int] = mapped_column(Integer, server_default="0")
    rows_processed: Mapped[int] = mapped_column(Integer, server_default="0")
    rows_rejected: Mapped[int] = mapped_column(Integer, server_default="0")
    counts: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default="{}")
    errors: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default="[]")
    ignored_columns: Mapped[list[str]] = mapped_column(JSONB, server_default="[]")
    message: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    previewed_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]


class BulkLoadFile(Base, TenantOwned):
    """The uploaded file, kept until it is loaded (or the load fails)."""

    __tablename__ = "bulk_load_files"

    load_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("bulk_loads.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary)
    actor_label: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str | None] = mapped_column(String(64))
    """Who uploaded and in which request, for the audit events of the rows loaded."""
