"""FastAPI dependencies: who is calling, and whether the route's action is allowed at all.

Every route declares either `require(Action.x)` or `PUBLIC`; the authorisation matrix test
fails for a route that declares neither.
"""

from typing import Any

from fastapi import Depends, Request

from kindred.auth import audit, policy
from kindred.auth.access_tokens import actor_for_access_token, bearer_challenge
from kindred.auth.actor import Actor
from kindred.auth.secrets import csrf_token_for, same_secret
from kindred.auth.sessions import actor_for_session
from kindred.core.clock import Now
from kindred.core.database import DbSession
from kindred.core.errors import Forbidden, NotAuthenticated
from kindred.settings import Settings

SESSION_COOKIE = "kindred_session"
CSRF_COOKIE = "kindred_csrf"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class CsrfFailed(Forbidden):
    slug = "csrf-failed"
    title = "This request could not be verified"


async def authenticate(request: Request, db: DbSession, now: Now) -> Actor:
    """Resolve the caller from a bearer token or the session cookie (with its CSRF check)."""
    cached: Actor | None = getattr(request.state, "actor", None)
    if cached is not None:
        return cached
    settings: Settings = request.app.state.settings
    authorization = request.headers.get("authorization")
    if authorization:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise NotAuthenticated(
                "Send `Authorization: Bearer <token>`.", headers=bearer_challenge()
            )
        actor = await actor_for_access_token(db, token.strip(), now=now)
    else:
        session_token = request.cookies.get(SESSION_COOKIE)
        if not session_token:
            raise NotAuthenticated("Sign in to continue.")
        actor = await actor_for_session(db, session_token, settings=settings, now=now)
        if request.method not in SAFE_METHODS:
            expected = csrf_token_for(session_token, settings.secret_key.get_secret_value())
            if not same_secret(request.headers.get(CSRF_HEADER, ""), expected):
                raise CsrfFailed(
                    f"Send the {CSRF_HEADER} header with the value of the {CSRF_COOKIE} "
                    "cookie. Reload the page and try again."
                )
    request.state.actor = actor
    return actor


class RequiredAction:
    """A dependency that lets a route run only for actors whose role allows `action`."""

    def __init__(self, action: policy.Action) -> None:
        self.action = action

    async def __call__(self, db: DbSession, actor: Actor = Depends(authenticate)) -> Actor:
        if not policy.permits(actor, self.action):
            await audit.record_denied(
                db,
                actor=actor,
                resource_type="route",
                details={"action": self.action.value},
            )
            raise Forbidden("Your role does not allow this.", keep_changes=True)
        return actor


def require(action: policy.Action) -> Any:
    """`actor: Annotated[Actor, require(Action.x)]` in a route's signature."""
    return Depends(RequiredAction(action))


def public_route() -> None:
    """Marks a route as deliberately open to anyone (sign-in, health, token endpoint)."""


PUBLIC = Depends(public_route)
