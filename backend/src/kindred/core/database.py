"""The async engine, and the one session per request that commits once at the edge."""

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from kindred.core.errors import KindredError


def async_database_url(url: str) -> str:
    """Accept the usual `postgresql://` spelling and use the asyncpg driver."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError("only PostgreSQL URLs are supported")
    return parsed.set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)


APP_ROLE = "kindred_app"

_PRIVILEGED = "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = session_user"


class PrivilegedLogin(RuntimeError):
    """The app was given a login that could bypass row-level security."""


def create_engine(url: str, *, pool_size: int = 10) -> AsyncEngine:
    """An engine that logs in as the app role, which row-level security binds.

    Logging in as it (not `SET ROLE` from an owner) leaves a `RESET ROLE` nothing to return
    to; a login that could bypass row-level security is refused on connecting (ADR 0009).
    """
    engine = create_async_engine(
        async_database_url(url),
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
        connect_args={"server_settings": {"application_name": "kindred"}},
    )

    @event.listens_for(engine.sync_engine, "connect")
    def _refuse_privileged_login(dbapi_connection: Any, _: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(_PRIVILEGED)
        (privileged,) = cursor.fetchone()
        cursor.close()
        if privileged:
            raise PrivilegedLogin(
                "The app's database login can bypass row-level security; "
                f"give it one that logs in as {APP_ROLE} (KINDRED_APP_DATABASE_URL)."
            )

    return engine


class Database:
    """Holds the engine and session factory for the life of the app."""

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        """`url` logs in as the app role: see `core.app_login`."""
        self.engine = create_engine(url, pool_size=pool_size)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False, autoflush=False)

    async def dispose(self) -> None:
        await self.engine.dispose()


async def request_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: committed when the handler succeeds, else rolled back.

    An error marked `keep_changes` (a refused sign-in, a denied access) commits first, so the
    audit record and failure counters it wrote survive the error response.
    """
    database: Database = request.app.state.database
    async with database.sessions() as session:
        try:
            yield session
        except KindredError as error:
            await (session.commit() if error.keep_changes else session.rollback())
            raise
        except BaseException:
            await session.rollback()
            raise
        await session.commit()


# scope="function": commit before the response is sent, so a client never reads stale data
# and a failed commit is reported as an error instead of after a success was sent.
DbSession = Annotated[AsyncSession, Depends(request_session, scope="function")]
