"""Typed errors and the one handler that renders every error as RFC 9457 problem+json."""

import logging
from collections.abc import Sequence
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from kindred.core.request_context import current_request_id

logger = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://kindred.example/problems/"


class FieldError(BaseModel):
    """One invalid field: where it is and what is wrong with it."""

    field: str = Field(description="Dotted path to the field, e.g. `body.domains.3.level`.")
    message: str = Field(description="What is wrong, in plain words.")


class Problem(BaseModel):
    """An RFC 9457 problem details body; every error the API returns has this shape."""

    type: str = Field(description="A URI naming the kind of problem.")
    title: str = Field(description="A short summary of the kind of problem.")
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What went wrong on this request, in plain words.")
    instance: str | None = Field(description="The request path.")
    request_id: str | None = Field(description="Quote this when asking for help.")
    errors: list[FieldError] | None = Field(
        description="For validation failures: every invalid field."
    )


class KindredError(Exception):
    """Base of every expected failure; subclasses carry their status and problem type."""

    status: ClassVar[int] = 400
    slug: ClassVar[str] = "bad-request"
    title: ClassVar[str] = "Bad request"

    def __init__(
        self,
        detail: str,
        *,
        errors: Sequence[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
        keep_changes: bool = False,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.keep_changes = keep_changes
        self.errors = list(errors) if errors is not None else None
        self.headers = headers
        self.extra = extra or {}


class InvalidInput(KindredError):
    status = 422
    slug = "validation-error"
    title = "Your request has invalid fields"


class NotAuthenticated(KindredError):
    status = 401
    slug = "not-authenticated"
    title = "Sign in to continue"


class Forbidden(KindredError):
    status = 403
    slug = "forbidden"
    title = "You do not have permission to do this"


class NotFound(KindredError):
    status = 404
    slug = "not-found"
    title = "Not found"


class Conflict(KindredError):
    status = 409
    slug = "conflict"
    title = "This record has changed or clashes with another"


class PreconditionRequired(KindredError):
    status = 428
    slug = "precondition-required"
    title = "Say which version you are changing"


class TooManyRequests(KindredError):
    status = 429
    slug = "too-many-requests"
    title = "Too many requests"


HTTP_TITLES = {
    400: "Bad request",
    401: "Sign in to continue",
    403: "You do not have permission to do this",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    413: "Request too large",
    415: "Unsupported media type",
    429: "Too many requests",
}


def problem_response(
    request: Request,
    *,
    status: int,
    slug: str,
    title: str,
    detail: str,
    errors: Sequence[FieldError] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    body = Problem(
        type=PROBLEM_TYPE_BASE + slug,
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        request_id=current_request_id(),
        errors=list(errors) if errors is not None else None,
    ).model_dump(mode="json")
    body.update(extra or {})
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _field_path(location: Sequence[int | str]) -> str:
    return ".".join(str(part) for part in location)


async def _kindred_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KindredError)
    return problem_response(
        request,
        status=exc.status,
        slug=exc.slug,
        title=exc.title,
        detail=exc.detail,
        errors=exc.errors,
        headers=exc.headers,
        extra=exc.extra,
    )


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        FieldError(field=_field_path(error["loc"]), message=error["msg"]) for error in exc.errors()
    ]
    named = ", ".join(error.field for error in errors[:5])
    return problem_response(
        request,
        status=422,
        slug=InvalidInput.slug,
        title=InvalidInput.title,
        detail=f"Check these fields: {named}." if named else "The request could not be read.",
        errors=errors,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return http_error_response(request, exc)


def http_error_response(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """An HTTP error (404, 405, 413…) as a problem body."""
    title = HTTP_TITLES.get(exc.status_code, "Request failed")
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail else title
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"There is nothing at {request.url.path}."
    return problem_response(
        request,
        status=exc.status_code,
        slug=title.lower().replace(" ", "-"),
        title=title,
        detail=detail,
        headers=dict(exc.headers) if exc.headers else None,
    )


def unexpected_error_response(request: Request, exc: BaseException) -> JSONResponse:
    """A 500 that says nothing of the internals; the details go to the log only."""
    logger.error("unhandled error", exc_info=exc)
    return problem_response(
        request,
        status=500,
        slug="internal-error",
        title="Something went wrong on our side",
        detail="The error has been logged. Nothing you sent was saved; please try again.",
    )


# SQLSTATEs for text the database encoding cannot hold (a NUL byte, say).
_UNSTORABLE_TEXT = frozenset({"22021", "22P05"})


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    """Text PostgreSQL cannot store (a NUL byte) is the client's to fix; the rest is ours."""
    assert isinstance(exc, DBAPIError)
    if getattr(exc.orig, "sqlstate", None) in _UNSTORABLE_TEXT:
        return problem_response(
            request,
            status=422,
            slug=InvalidInput.slug,
            title=InvalidInput.title,
            detail="Some text contains a character that cannot be stored (such as NUL). "
            "Remove it and try again.",
        )
    return unexpected_error_response(request, exc)


def install_error_handlers(app: FastAPI) -> None:
    """Typed, validation and HTTP errors; unexpected ones are caught by middleware."""
    app.add_exception_handler(KindredError, _kindred_error)
    app.add_exception_handler(DBAPIError, _database_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


def problem_responses(*errors: type[KindredError]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for the errors a route can return."""
    documented: dict[int | str, dict[str, Any]] = {}
    for error in errors:
        documented[error.status] = {
            "model": Problem,
            "description": error.title,
            "content": {PROBLEM_MEDIA_TYPE: {}},
        }
    return documented
