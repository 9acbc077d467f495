"""Signed-in sessions: start, resolve with idle and absolute expiry, end."""

import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import repository
from kindred.auth.actor import Actor, ActorKind
from kindred.auth.secrets import new_token, token_digest
from kindred.core.errors import NotAuthenticated
from kindred.models.organisation import OrganisationKind
from kindred.models.sign_in import UserSession
from kindred.models.user import Role, UserStatus
from kindred.settings import Settings

# Writing last_seen_at on every request would cost a write per read; once a minute is enough.
_TOUCH_INTERVAL = timedelta(seconds=60)


class SessionEnded(NotAuthenticated):
    slug = "session-ended"
    title = "Your session has ended"


async def start_session(
    db: AsyncSession,
    *,
    user_id: uuid.UUID,
    tenant_id: uuid.UUID,
    user_agent: str | None,
    settings: Settings,
    now: datetime,
) -> str:
    """Create a session and return its token (for the cookie; only its hash is kept)."""
    token = new_token()
    db.add(
        UserSession(
            token_hash=token_digest(token),
            user_id=user_id,
            tenant_id=tenant_id,
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(hours=settings.session_max_hours),
            user_agent=(user_agent or "")[:300] or None,
        )
    )
    await db.flush()
    return token


async def actor_for_session(
    db: AsyncSession, token: str, *, settings: Settings, now: datetime
) -> Actor:
    """The person a session cookie belongs to, or NotAuthenticated if it is over."""
    found = await repository.find_session(db, token_digest(token))
    if found is None:
        raise NotAuthenticated("Sign in to continue.")
    idle_limit = found.last_seen_at + timedelta(minutes=settings.session_idle_minutes)
    if now >= found.expires_at or now >= idle_limit or found.status != UserStatus.active:
        await repository.end_session(db, found.session_id, now)
        raise SessionEnded(
            "Your session has ended. Sign in again to carry on where you were.",
            keep_changes=True,
        )
    if now - found.last_seen_at >= _TOUCH_INTERVAL:
        await repository.touch_session(db, found.session_id, now)
    return Actor(
        kind=ActorKind.user,
        id=found.user_id,
        tenant_id=found.tenant_id,
        organisation_kind=OrganisationKind(found.organisation_kind),
        label=found.display_name,
        role=Role(found.role),
        team_ids=frozenset(found.team_ids),
        session_id=found.session_id,
        child_id=found.child_id,
    )


async def end_session(db: AsyncSession, session_id: uuid.UUID, now: datetime) -> None:
    await repository.end_session(db, session_id, now)
