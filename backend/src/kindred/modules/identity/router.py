"""Sign in, sign out, and who am I."""

from typing import Annotated

from fastapi import APIRouter, Request, Response

from kindred.auth.actor import Actor
from kindred.auth.dependencies import (
    CSRF_COOKIE,
    PUBLIC,
    SESSION_COOKIE,
    require,
)
from kindred.auth.policy import Action
from kindred.auth.session_cookies import set_session_cookies
from kindred.core.client_address import client_address
from kindred.core.clock import Now
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    TooManyRequests,
    problem_responses,
)
from kindred.modules.identity import service
from kindred.modules.identity.schemas import MeRead, SignInRequest

router = APIRouter(prefix="/auth", tags=["sign-in"])


@router.post(
    "/sign-in",
    dependencies=[PUBLIC],
    summary="Sign in with e-mail and password",
    description="Starts a session (an HttpOnly cookie) and returns the account with the CSRF "
    "token to send as `X-CSRF-Token` on changes. Repeated failures for an address from one "
    "source are slowed, then locked for a while (429 with Retry-After); the answer never says "
    "whether an address exists. An address may have accounts in several organisations: the "
    "password opens its own; when it opens more than one, 409 `choose-organisation` lists them "
    "(`organisations`: id and name) and the request is sent again with `organisation_id`.",
    responses=problem_responses(NotAuthenticated, TooManyRequests, InvalidInput, Conflict),
)
async def sign_in(
    now: Now, body: SignInRequest, request: Request, response: Response, db: DbSession
) -> MeRead:
    signed_in = await service.sign_in(
        db,
        email=body.email,
        password=body.password.get_secret_value(),
        organisation_id=body.organisation_id,
        client_address=client_address(request),
        user_agent=request.headers.get("user-agent"),
        settings=request.app.state.settings,
        now=now,
    )
    set_session_cookies(
        request,
        response,
        session_token=signed_in.session_token,
        csrf_token=signed_in.csrf_token,
    )
    return signed_in.me


@router.post(
    "/sign-out",
    status_code=204,
    summary="Sign out",
    description="Ends the session on the server and clears its cookies.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def sign_out(
    actor: Annotated[Actor, require(Action.sign_out)], now: Now, response: Response, db: DbSession
) -> None:
    await service.sign_out(db, actor, now=now)
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.delete_cookie(CSRF_COOKIE, path="/")


@router.get(
    "/me",
    summary="The signed-in account",
    description="Who is signed in, their organisation, role and teams, and `actions`: what "
    "their role allows in their organisation, from the same policy that decides each request "
    "(so a UI offers only what would succeed; records are still checked one by one).",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def get_me(
    actor: Annotated[Actor, require(Action.read_own_account)], request: Request, db: DbSession
) -> MeRead:
    return await service.me(db, actor, csrf_token=request.cookies.get(CSRF_COOKIE))
