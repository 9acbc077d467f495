"""Fixtures over a real PostgreSQL: a fresh database per run, built by the migrations.

By default an embedded server is started under var/test-postgres; set TEST_DATABASE_URL
(e.g. postgresql://postgres@127.0.0.1:5432/postgres) to use another server instead.
"""

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.pool import NullPool

from factories import DEFAULT_PASSWORD
from kindred.auth.dependencies import CSRF_HEADER
from kindred.core import migrations
from kindred.core.database import async_database_url
from kindred.core.embedded_postgres import start_embedded_postgres
from kindred.core.paths import MIGRATIONS_DIR, REPO_DIR
from kindred.main import create_app
from kindred.models.user import User
from kindred.modules.webhooks.router import host_resolver
from kindred.settings import Environment, Settings
from webhook_helpers import FakeDns


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


async def _create_database(server_url: str, name: str) -> None:
    connection = await asyncpg.connect(_with_database(server_url, "postgres"))
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


async def _drop_database(server_url: str, name: str) -> None:
    connection = await asyncpg.connect(_with_database(server_url, "postgres"))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def server_url() -> str:
    """A PostgreSQL server for this run: TEST_DATABASE_URL's, or an embedded one."""
    configured = os.environ.get("TEST_DATABASE_URL")
    if configured:
        return configured
    return start_embedded_postgres(REPO_DIR / "var" / "test-postgres", database="postgres")


@pytest.fixture(scope="session")
def fresh_database(server_url: str) -> Iterator[str]:
    """Factory-free helper: a new empty database, dropped after the run."""
    name = f"kindred_test_{uuid.uuid4().hex[:10]}"
    asyncio.run(_create_database(server_url, name))
    yield _with_database(server_url, name)
    asyncio.run(_drop_database(server_url, name))


@pytest.fixture(scope="session")
def database_url(fresh_database: str) -> str:
    """The run's database, migrated to head: migrations are the only way the schema is made."""
    migrations.upgrade(fresh_database, MIGRATIONS_DIR)
    return fresh_database


@pytest.fixture(scope="session")
def new_database(server_url: str) -> Iterator[Callable[[], str]]:
    """Make extra empty databases (for migration tests); all dropped at the end."""
    made: list[str] = []

    def make() -> str:
        name = f"kindred_test_{uuid.uuid4().hex[:10]}"
        asyncio.run(_create_database(server_url, name))
        made.append(name)
        return _with_database(server_url, name)

    yield make
    for name in made:
        asyncio.run(_drop_database(server_url, name))


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        environment=Environment.test,
        spa_dir=REPO_DIR / "nonexistent-spa",
        log_level="WARNING",
        sign_in_slowdown_ms=0,  # the slowdown itself is unit-tested; here it would only wait
    )


@pytest.fixture(scope="session")
def app(settings: Settings) -> FastAPI:
    return create_app(settings)


@pytest.fixture(scope="session")
async def owner_engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """Connects as the database owner: for test set-up and clean-up, never for the app."""
    engine = create_async_engine(async_database_url(database_url), poolclass=NullPool)
    yield engine
    await engine.dispose()


@pytest.fixture
def public_dns(app: FastAPI) -> Iterator[FakeDns]:
    """Registration looks host names up in a table of public DNS answers (this machine has none)."""
    dns = FakeDns()
    app.dependency_overrides[host_resolver] = lambda: dns
    yield dns
    app.dependency_overrides.pop(host_resolver, None)


@pytest.fixture
def local_receivers_allowed(app: FastAPI) -> Iterator[Settings]:
    """`KINDRED_WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true` for this test: receivers on 127.0.0.1."""
    # Not monkeypatch: it would restore into starlette's State wrongly and lose the setting.
    before: Settings = app.state.settings
    app.state.settings = before.model_copy(update={"webhook_allow_private_addresses": True})
    yield app.state.settings
    app.state.settings = before


@pytest.fixture
async def empty_queue(owner_engine: AsyncEngine) -> None:
    """pgqueuer's tables live outside `public`, which the suite empties; empty them too."""
    async with owner_engine.begin() as connection:
        await connection.execute(text("TRUNCATE pgqueuer.pgqueuer, pgqueuer.pgqueuer_log"))


@pytest.fixture
async def clean_database(owner_engine: AsyncEngine) -> AsyncIterator[None]:
    """Empties every table after the test, so each test starts from nothing."""
    yield
    async with owner_engine.begin() as connection:
        tables = (
            await connection.execute(
                text(
                    "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"
                )
            )
        ).scalars()
        names = ", ".join(tables)
        if names:
            await connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def db(owner_engine: AsyncEngine, clean_database: None) -> AsyncIterator[AsyncSession]:
    """A session for arranging test data (as the owner, bypassing row-level security)."""
    async with AsyncSession(owner_engine, expire_on_commit=False) as session:
        yield session


def _http_client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


def client_from(app: FastAPI, address: str) -> httpx.AsyncClient:
    """A client whose requests come from `address` (the default client is 127.0.0.1)."""
    transport = httpx.ASGITransport(app=app, client=(address, 40_000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


@pytest.fixture
async def client(app: FastAPI, clean_database: None) -> AsyncIterator[httpx.AsyncClient]:
    """Real HTTP through the ASGI app, which commits for real as in production."""
    async with _http_client(app) as http:
        yield http


SignIn = Callable[[User], Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def sign_in_as(app: FastAPI, clean_database: None) -> AsyncIterator[SignIn]:
    """`http = await sign_in_as(user)`: a client signed in as `user`, sending its CSRF token."""
    opened: list[httpx.AsyncClient] = []

    async def sign_in(user: User) -> httpx.AsyncClient:
        http = _http_client(app)
        opened.append(http)
        response = await http.post(
            "/api/v1/auth/sign-in", json={"email": user.email, "password": DEFAULT_PASSWORD}
        )
        assert response.status_code == 200, response.text
        http.headers[CSRF_HEADER] = response.json()["csrf_token"]
        return http

    yield sign_in
    for http in opened:
        await http.aclose()
