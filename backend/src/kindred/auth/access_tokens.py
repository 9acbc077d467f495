"""Short-lived bearer tokens for API clients: issue, and resolve to an actor."""

import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import repository
from kindred.auth.actor import Actor, ActorKind
from kindred.auth.secrets import new_token, token_digest
from kindred.core.errors import NotAuthenticated
from kindred.models.api_client import AccessToken
from kindred.models.organisation import OrganisationKind

_BEARER_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="kindred"'}


class InvalidToken(NotAuthenticated):
    slug = "invalid-token"
    title = "The access token is not valid"


async def issue_access_token(
    db: AsyncSession,
    *,
    api_client_id: uuid.UUID,
    tenant_id: uuid.UUID,
    scopes: frozenset[str],
    lifetime: timedelta,
    now: datetime,
) -> str:
    token = new_token()
    db.add(
        AccessToken(
            token_hash=token_digest(token),
            api_client_id=api_client_id,
            tenant_id=tenant_id,
            scopes=sorted(scopes),
            issued_at=now,
            expires_at=now + lifetime,
        )
    )
    await db.flush()
    return token


async def actor_for_access_token(db: AsyncSession, token: str, *, now: datetime) -> Actor:
    """The client a bearer token was issued to, or InvalidToken (expired, revoked, unknown)."""
    found = await repository.find_access_token(db, token_digest(token))
    if found is None or now >= found.expires_at:
        raise InvalidToken(
            "The access token is unknown, expired or revoked. Request a new one from "
            "/api/v1/oauth/token.",
            headers=_BEARER_CHALLENGE,
        )
    return Actor(
        kind=ActorKind.client,
        id=found.api_client_id,
        tenant_id=found.tenant_id,
        organisation_kind=OrganisationKind(found.organisation_kind),
        label=found.name,
        scopes=frozenset(found.scopes),
    )


def bearer_challenge() -> dict[str, str]:
    return dict(_BEARER_CHALLENGE)
