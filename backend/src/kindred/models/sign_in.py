"""Server-side sessions of signed-in people."""

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base
from kindred.models.tenant import TenantOwned


class UserSession(Base, TenantOwned):
    """One signed-in browser. Only a hash of the cookie's token is stored."""

    __tablename__ = "user_sessions"

    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, server_default=text("gen_random_uuid()")
    )
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    last_seen_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    user_agent: Mapped[str | None] = mapped_column(String(300))
