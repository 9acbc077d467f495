"""The cookies that carry a signed-in session: set the same way wherever a session starts."""

from fastapi import Request, Response

from kindred.auth.dependencies import CSRF_COOKIE, SESSION_COOKIE
from kindred.settings import Settings


def set_session_cookies(
    request: Request, response: Response, *, session_token: str, csrf_token: str
) -> None:
    """The HttpOnly session cookie, and the CSRF cookie the page reads to send it back."""
    settings: Settings = request.app.state.settings
    secure = request.url.scheme == "https"
    max_age = settings.session_max_hours * 3600
    response.set_cookie(
        SESSION_COOKIE,
        session_token,
        max_age=max_age,
        httponly=True,
        secure=secure,
        samesite="lax",
        path="/",
    )
    response.set_cookie(CSRF_COOKIE, csrf_token, max_age=max_age, secure=secure, samesite="strict")
