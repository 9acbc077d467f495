"""Every query about framework versions (under row-level security: the caller's council only)."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.framework_version import FrameworkVersion
from kindred.models.user import User


@dataclass(frozen=True, slots=True)
class PublishedVersion:
    version: str
    name: str
    published: str
    published_at: datetime
    published_by_id: uuid.UUID
    published_by_name: str


async def latest_version(db: AsyncSession) -> str | None:
    """The version string the council published last, if any."""
    return await db.scalar(
        select(FrameworkVersion.version)
        .order_by(FrameworkVersion.published_at.desc(), FrameworkVersion.id.desc())
        .limit(1)
    )


async def document(db: AsyncSession, version: str) -> dict[str, Any] | None:
    return await db.scalar(
        select(FrameworkVersion.document).where(FrameworkVersion.version == version)
    )


async def version_exists(db: AsyncSession, version: str) -> bool:
    found = await db.scalar(
        select(FrameworkVersion.id).where(FrameworkVersion.version == version).limit(1)
    )
    return found is not None


async def list_versions(db: AsyncSession) -> list[PublishedVersion]:
    """The council's versions, newest first, without their (large) documents' bodies."""
    rows = await db.execute(
        select(
            FrameworkVersion.version,
            FrameworkVersion.document["name"].astext,
            FrameworkVersion.document["published"].astext,
            FrameworkVersion.published_at,
            FrameworkVersion.published_by,
            User.display_name,
        )
        .join(User, User.id == FrameworkVersion.published_by)
        .order_by(FrameworkVersion.published_at.desc(), FrameworkVersion.id.desc())
    )
    return [PublishedVersion(*row) for row in rows]


async def add_version(
    db: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    version: str,
    document: dict[str, Any],
    published_by: uuid.UUID,
) -> FrameworkVersion | None:
    """Store a new version; None when the council already has this version string."""
    row = FrameworkVersion(
        tenant_id=tenant_id, version=version, document=document, published_by=published_by
    )
    try:
        async with db.begin_nested():
            db.add(row)
            await db.flush()
    except IntegrityError:
        return None
    await db.refresh(row)
    return row
