"""What the SSDA903 return's optional files say of a child: reviews, missing spells, OC2 health
and SDQ, OC3 care-leaver outcomes, UASC status and placed-for-adoption decisions."""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    LargeBinary,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, UuidPrimaryKey
from kindred.models.tenant import TenantOwned

SSDA903_RECORD_KINDS = ("uasc", "reviews", "missing", "oc2", "oc3", "placed_adoption")


class Ssda903Record(Base, TenantOwned):
    """One row of an optional file, matched by child, kind, date and code, so importing a
    return again (or the next year's, which repeats some rows) changes nothing."""

    __tablename__ = "ssda903_records"
    __table_args__ = (
        CheckConstraint(f"kind IN {SSDA903_RECORD_KINDS}", name="kind"),
        UniqueConstraint("tenant_id", "child_id", "kind", "recorded_on", "code"),
    )

    id: Mapped[UuidPrimaryKey]
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    recorded_on: Mapped[date] = mapped_column(Date)
    """The row's own date (review, start of a missing spell, …); OC2 and OC3: 31 March."""
    code: Mapped[str] = mapped_column(String(4), server_default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default="{}")
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())


class ImportChildFile(Base, TenantOwned):
    """An optional file of a queued import, kept only until the worker has run it."""

    __tablename__ = "import_child_files"

    import_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("import_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    filename: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
