"""POST /oauth/token: the OAuth2 client-credentials token endpoint for partner systems."""

import base64
import binascii
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request

from kindred.auth.dependencies import PUBLIC
from kindred.auth.throttle import ThrottleLimits
from kindred.core.client_address import client_address
from kindred.core.clock import Now
from kindred.core.database import DbSession
from kindred.core.errors import InvalidInput, NotAuthenticated, TooManyRequests, problem_responses
from kindred.modules.oauth import service
from kindred.modules.oauth.schemas import TokenResponse
from kindred.settings import Settings

router = APIRouter(prefix="/oauth", tags=["partner API"])


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        client_id, _, secret = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return client_id, secret


@router.post(
    "/token",
    dependencies=[PUBLIC],
    summary="Get an access token (client credentials)",
    description="Send `grant_type=client_credentials` form-encoded, with the client id and "
    "secret either as HTTP Basic credentials or as `client_id` and `client_secret` fields. "
    "Optionally narrow the token with `scope` (space-separated). Tokens are short-lived; "
    "request a new one when `expires_in` runs out. Errors carry an OAuth2 `error` member. "
    "Repeated wrong secrets for a client from one address get 429 with Retry-After for a "
    "while (`KINDRED_SIGN_IN_ATTEMPTS`, `KINDRED_SIGN_IN_LOCKOUT_MINUTES`).",
    responses=problem_responses(NotAuthenticated, InvalidInput, TooManyRequests),
)
async def token(
    now: Now,
    request: Request,
    db: DbSession,
    grant_type: Annotated[str, Form(max_length=64)],
    scope: Annotated[str | None, Form(max_length=500)] = None,
    client_id: Annotated[str | None, Form(max_length=64)] = None,
    client_secret: Annotated[str | None, Form(max_length=256)] = None,
) -> TokenResponse:
    settings: Settings = request.app.state.settings
    basic = _basic_credentials(request)
    given_id, given_secret = basic if basic else (client_id or "", client_secret or "")
    return await service.issue_token(
        db,
        grant_type=grant_type,
        client_id=given_id,
        client_secret=given_secret,
        scope=scope,
        lifetime=timedelta(minutes=settings.access_token_minutes),
        client_address=client_address(request),
        limits=ThrottleLimits.for_sign_in(settings),
        now=now,
    )
