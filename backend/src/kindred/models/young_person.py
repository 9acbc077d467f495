"""Young people's access: one-time invitation codes from their worker."""

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, func
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, UuidPrimaryKey
from kindred.models.tenant import TenantOwned


class YoungPersonInvitation(Base, TenantOwned):
    """A short code a worker gives a young person to set up their own account, once.

    Only a keyed hash of the code is stored. A code is usable until it expires, is redeemed,
    or is revoked (by a newer invitation for the same child).
    """

    __tablename__ = "young_person_invitations"
    __table_args__ = (Index("ix_young_person_invitations_child", "tenant_id", "child_id"),)

    id: Mapped[UuidPrimaryKey]
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    code_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime]
    redeemed_at: Mapped[datetime | None]
    redeemed_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    revoked_at: Mapped[datetime | None]
