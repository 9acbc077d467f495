"""create_app(): the ASGI application, its middleware, error handlers and routes."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from kindred import __version__
from kindred.api import API_PREFIX, api_router
from kindred.auth.dependencies import PUBLIC
from kindred.core.app_login import app_login
from kindred.core.database import Database
from kindred.core.errors import install_error_handlers
from kindred.core.logging import configure_logging
from kindred.core.middleware import (
    BodySizeLimitMiddleware,
    RequestIdMiddleware,
    SecurityHeadersMiddleware,
    UnexpectedErrorMiddleware,
)
from kindred.core.spa import SinglePageApp
from kindred.modules.jobs.lifespan import background_worker
from kindred.settings import Settings

API_DESCRIPTION = """\
Kindred describes every child in care by their needs and strengths, tracks those needs over time,
profiles foster carers in the same language and matches children to households that can meet
their needs.

Every error is an RFC 9457 `application/problem+json` body with `type`, `title`, `status`,
`detail`, `request_id` and, for validation failures, `errors[]` naming each invalid field.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; `settings` defaults to the environment's."""
    settings = settings or Settings()
    if settings.database_url is None:
        raise RuntimeError("create_app needs a database URL; `kindred serve` starts one")
    configure_logging(settings.log_level)
    database = Database(app_login(settings), pool_size=settings.db_pool_size)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async with background_worker(settings):
            yield
        await database.dispose()

    app = FastAPI(
        title="Kindred API",
        version=__version__,
        description=API_DESCRIPTION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = database
    install_error_handlers(app)
    # The last added runs first: request id, headers, the error catcher, then the size limit.
    app.add_middleware(BodySizeLimitMiddleware)
    app.add_middleware(UnexpectedErrorMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(RequestIdMiddleware)
    if settings.trusted_proxies:
        # Outermost: everything after it sees the client the trusted proxy forwarded for.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))
    app.include_router(api_router)

    @app.get(f"{API_PREFIX}/docs", include_in_schema=False, dependencies=[PUBLIC])
    async def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=f"{API_PREFIX}/openapi.json", title="Kindred API")

    if (settings.spa_dir / "index.html").is_file():
        app.mount("/", SinglePageApp(settings.spa_dir), name="spa")
    return app
