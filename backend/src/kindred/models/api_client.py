"""Systems that call the API (partner agencies' case systems): clients and their tokens."""

import uuid
from datetime import datetime

from sqlalchemy import ARRAY, ForeignKey, LargeBinary, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base
from kindred.models.tenant import TenantOwned


class ApiClient(Base, TenantOwned):
    """An OAuth2 client-credentials client; only an Argon2id hash of its secret is stored."""

    __tablename__ = "api_clients"

    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, server_default=text("gen_random_uuid()")
    )
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    secret_hash: Mapped[str] = mapped_column(String(255))
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(64)))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    secret_rotated_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class AccessToken(Base, TenantOwned):
    """A short-lived bearer token issued to a client; only its hash is stored."""

    __tablename__ = "access_tokens"

    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, server_default=text("gen_random_uuid()")
    )
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    api_client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("api_clients.id", ondelete="CASCADE"), index=True
    )
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(64)))
    issued_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime]
