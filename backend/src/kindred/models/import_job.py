"""Imports of councils' files (the SSDA903 return): status, progress, counts and the report."""

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
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, TextEnum, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class ImportStatus(StrEnum):
    """Where an import stands; `rejected` when the file could not be imported as sent."""

    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    rejected = "rejected"
    failed = "failed"


class ImportJob(Base, TenantOwned):
    """One run of an import. `report` holds every rejected row (file, line, reason) and every
    warning; `counts` what was created, updated and left unchanged. While it runs, `stage` and
    `rows_processed` of `rows_total` say how far it has got."""

    __tablename__ = "import_jobs"
    __table_args__ = (
        CheckConstraint("kind IN ('ssda903')", name="kind"),
        CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'rejected', 'failed')", name="status"
        ),
        Index("ix_import_jobs_tenant_created", "tenant_id", "created_at"),
    )

    id: Mapped[UuidPrimaryKey]
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[ImportStatus] = mapped_column(TextEnum(ImportStatus, 12))
    valid_rows_only: Mapped[bool] = mapped_column(Boolean)
    dry_run: Mapped[bool] = mapped_column(Boolean, server_default="false")
    """A preview: run to the end, report what would change, write nothing else."""
    header_filename: Mapped[str] = mapped_column(String(200))
    episodes_filename: Mapped[str] = mapped_column(String(200))
    stage: Mapped[str | None] = mapped_column(String(40))
    rows_total: Mapped[int] = mapped_column(Integer, server_default="0")
    rows_processed: Mapped[int] = mapped_column(Integer, server_default="0")
    rows_rejected: Mapped[int] = mapped_column(Integer, server_default="0")
    counts: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default="{}")
    report: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default="{}")
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    finished_at: Mapped[datetime | None]


class ImportFiles(Base, TenantOwned):
    """The uploaded files of a queued import, kept only until the worker has run it."""

    __tablename__ = "import_files"

    import_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("import_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    header: Mapped[bytes] = mapped_column(LargeBinary)
    episodes: Mapped[bytes] = mapped_column(LargeBinary)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    actor_label: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str | None] = mapped_column(String(64))
    """Who uploaded and in which request, for the audit events of the children imported."""
