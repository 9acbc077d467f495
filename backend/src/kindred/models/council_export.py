"""An admin's whole-council export: a background job that writes one ZIP for moving systems."""

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, TextEnum, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


# `expired` is never stored: an export reads as expired once past `expires_at`.
class ExportStatus(StrEnum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"
    expired = "expired"


class CouncilExport(Base, TenantOwned):
    """One run of the export. While it runs, `stage` names the table being written and
    `tables_done` of `tables_total` how far it has got; once `succeeded` its ZIP can be
    downloaded until `expires_at`, after which it reads as expired and the file is deleted."""

    __tablename__ = "council_exports"
    __table_args__ = (
        CheckConstraint("status IN ('queued', 'running', 'succeeded', 'failed')", name="status"),
        Index("ix_council_exports_tenant_created", "tenant_id", "created_at"),
    )

    id: Mapped[UuidPrimaryKey]
    status: Mapped[ExportStatus] = mapped_column(TextEnum(ExportStatus, 12))
    stage: Mapped[str | None] = mapped_column(String(40))
    tables_done: Mapped[int] = mapped_column(Integer, server_default="0")
    tables_total: Mapped[int] = mapped_column(Integer, server_default="0")
    rows_written: Mapped[int] = mapped_column(Integer, server_default="0")
    size_bytes: Mapped[int | None] = mapped_column(BigInteger)
    message: Mapped[str | None] = mapped_column(String(500))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    finished_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
