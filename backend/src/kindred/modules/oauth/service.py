"""Issue bearer tokens to API clients that prove their secret (client credentials grant)."""

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit, throttle
from kindred.auth import repository as identity_lookup
from kindred.auth.access_tokens import issue_access_token
from kindred.auth.audit import AuditAction, Outcome
from kindred.auth.passwords import verify_password
from kindred.auth.throttle import ThrottleKey, ThrottleKind, ThrottleLimits
from kindred.core.errors import InvalidInput, NotAuthenticated, TooManyRequests
from kindred.modules.oauth.schemas import TokenResponse


class InvalidClient(NotAuthenticated):
    slug = "invalid-client"
    title = "The client could not be authenticated"


class ClientLocked(TooManyRequests):
    slug = "client-locked"
    title = "Too many wrong client secrets"


class InvalidGrant(InvalidInput):
    slug = "unsupported-grant-type"
    title = "Only the client_credentials grant is supported"


class InvalidScope(InvalidInput):
    slug = "invalid-scope"
    title = "A requested scope is not granted to this client"


async def _locked(db: AsyncSession, locked_until: datetime, now: datetime) -> ClientLocked:
    return await throttle.refuse_locked(
        db,
        ClientLocked,
        "Too many wrong secrets for this client from your address. Wait {wait}, then try again "
        "with the right secret.",
        locked_until=locked_until,
        now=now,
        audited_as=None,
        extra={"error": "invalid_client"},
    )


async def issue_token(
    db: AsyncSession,
    *,
    grant_type: str,
    client_id: str,
    client_secret: str,
    scope: str | None,
    lifetime: timedelta,
    client_address: str,
    limits: ThrottleLimits,
    now: datetime,
) -> TokenResponse:
    """Check the client's secret and requested scopes, then issue a short-lived token.

    Wrong secrets are counted per client id and source address: past the limit that source
    gets 429 for a while, and the client's own systems elsewhere are unaffected.
    """
    if grant_type != "client_credentials":
        raise InvalidGrant(
            "Use grant_type=client_credentials.", extra={"error": "unsupported_grant_type"}
        )
    throttle_key = ThrottleKey.of(ThrottleKind.api_client, tried=client_id, source=client_address)
    locked_until = await throttle.locked_until(db, throttle_key, now)
    if locked_until is not None:
        raise await _locked(db, locked_until, now)
    client = await identity_lookup.find_client(db, client_id)  # binds the client's tenant
    if client is None or not verify_password(client.secret_hash, client_secret):
        state = await throttle.record_failure(db, throttle_key, limits, now=now)
        await audit.record(
            db,
            actor=None,
            tenant_id=client.tenant_id if client else None,
            label=f"api client {client_id[:64]}",
            action=AuditAction.token_refused,
            resource_type="api_client",
            resource_id=client.api_client_id if client else None,
            outcome=Outcome.failure,
            details={"failures": state.failures},
        )
        if state.locked_until is not None:
            raise await _locked(db, state.locked_until, now)
        raise InvalidClient(
            "The client id or secret is not right, or the client has been revoked.",
            headers={"WWW-Authenticate": 'Basic realm="kindred"'},
            extra={"error": "invalid_client"},
            keep_changes=True,
        )
    await throttle.clear(db, throttle_key)
    granted = frozenset(client.scopes)
    requested = frozenset(scope.split()) if scope else granted
    if not requested <= granted:
        missing = " ".join(sorted(requested - granted))
        raise InvalidScope(
            f"Not granted to this client: {missing}.", extra={"error": "invalid_scope"}
        )
    token = await issue_access_token(
        db,
        api_client_id=client.api_client_id,
        tenant_id=client.tenant_id,
        scopes=requested,
        lifetime=lifetime,
        now=now,
    )
    await audit.record(
        db,
        actor=None,
        tenant_id=client.tenant_id,
        label=f"api client {client_id}",
        action=AuditAction.token_issued,
        resource_type="api_client",
        resource_id=client.api_client_id,
        details={"scopes": sorted(requested)},
    )
    return TokenResponse(
        access_token=token,
        token_type="Bearer",  # noqa: S106 - the OAuth2 token type, not a secret
        expires_in=int(lifetime.total_seconds()),
        scope=" ".join(sorted(requested)),
    )
