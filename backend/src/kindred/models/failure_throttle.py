"""Failed sign-in attempts of every kind, counted in one table by (kind, key)."""

from datetime import datetime

from sqlalchemy import LargeBinary, String, func
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base


class FailureThrottle(Base):
    """Failures per (kind, key), where the key is a hash of what was tried and from where.

    Hashes only, made before any council is known: no personal data, hence not tenant-owned.
    """

    __tablename__ = "failure_throttle"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    key_hash: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    failures: Mapped[int] = mapped_column(server_default="0")
    last_failure_at: Mapped[datetime] = mapped_column(server_default=func.now())
    locked_until: Mapped[datetime | None]
