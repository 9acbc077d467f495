"""Row-level security is the backstop: even a query with no tenant filter cannot cross councils."""

import uuid

import pytest
from fastapi import FastAPI
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from factories import create_organisation, create_team, create_user
from kindred.auth.tenancy import bind_tenant
from kindred.core.app_login import (
    app_login,
    app_login_password,
    app_login_url,
    provision_app_login,
)
from kindred.core.database import Database, PrivilegedLogin
from kindred.models.audit import AuditEvent
from kindred.models.organisation import Team
from kindred.models.user import User
from kindred.settings import Settings


def _app_database(app: FastAPI) -> Database:
    database: Database = app.state.database
    return database


async def test_the_app_connects_as_a_role_that_cannot_bypass_rls(app: FastAPI) -> None:
    role_query = text(
        "SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
    )
    roles = []
    for _ in range(3):  # pooled connections keep the role after a transaction rolls back
        async with _app_database(app).sessions() as session:
            roles.append((await session.execute(role_query)).one())
            await session.rollback()

    assert set(roles) == {("kindred_app", False, False)}


async def test_a_request_connection_cannot_regain_a_superuser_role(
    app: FastAPI, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    await create_user(db, council)
    owner = await db.scalar(text("SELECT quote_ident(current_user)"))  # a superuser here
    who = text(
        "SELECT session_user, current_user, rolsuper, rolbypassrls "
        "FROM pg_roles WHERE rolname = current_user"
    )

    async with _app_database(app).sessions() as session:
        await session.execute(text("RESET ROLE"))  # what an injected statement would try first
        after_reset = (await session.execute(who)).one()
        users_seen = (await session.scalars(select(User))).all()
        await session.rollback()
        with pytest.raises(DBAPIError, match="permission denied"):
            await session.execute(text(f"SET ROLE {owner}"))

    assert tuple(after_reset) == ("kindred_app", "kindred_app", False, False)
    assert users_seen == []


async def test_a_login_that_could_bypass_rls_is_refused(database_url: str) -> None:
    database = Database(database_url)  # the owner's login, a superuser on the test servers
    try:
        with pytest.raises(PrivilegedLogin, match="KINDRED_APP_DATABASE_URL"):
            async with database.sessions() as session:
                await session.execute(text("SELECT 1"))
    finally:
        await database.dispose()


@pytest.mark.parametrize(
    ("owner", "configured", "expected"),
    [
        (
            "postgresql://postgres@/k?host=/run/pg&port=5",
            None,
            "postgresql://kindred_app:pw@/k?host=%2Frun%2Fpg&port=5",
        ),
        ("postgresql://owner:secret@db:5432/k", None, "postgresql://kindred_app:pw@db:5432/k"),
        ("postgresql://kindred_app:own@db/k", None, "postgresql://kindred_app:own@db/k"),
        (
            "postgresql://owner:secret@db/k",
            "postgresql://app:mine@db/k",
            "postgresql://app:mine@db/k",
        ),
    ],
)
def test_the_app_login_url(owner: str, configured: str | None, expected: str) -> None:
    assert app_login_url(owner, configured=configured, password="pw") == expected


async def test_serve_gives_the_app_role_its_derived_password(
    settings: Settings, owner_engine: AsyncEngine
) -> None:
    assert settings.database_url is not None
    await provision_app_login(settings.database_url, settings)

    async with owner_engine.connect() as connection:
        stored = await connection.scalar(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = 'kindred_app'")
        )
    assert str(stored).startswith("SCRAM-SHA-256$")
    assert app_login(settings).startswith(
        f"postgresql://kindred_app:{app_login_password(settings.secret_key.get_secret_value())}@"
    )


async def test_unfiltered_query_sees_only_the_bound_tenant(app: FastAPI, db: AsyncSession) -> None:
    north = await create_organisation(db)
    south = await create_organisation(db)
    north_user = await create_user(db, north, teams=[await create_team(db, north)])
    await create_user(db, south, teams=[await create_team(db, south)])

    async with _app_database(app).sessions() as session:
        await bind_tenant(session, north.id)
        users = (await session.scalars(select(User))).all()  # deliberately no WHERE
        teams = (await session.scalars(select(Team))).all()

    assert [user.id for user in users] == [north_user.id]
    assert {team.tenant_id for team in teams} == {north.id}


async def test_with_no_tenant_bound_nothing_is_visible(app: FastAPI, db: AsyncSession) -> None:
    council = await create_organisation(db)
    await create_user(db, council)

    async with _app_database(app).sessions() as session:
        assert (await session.scalars(select(User))).all() == []


async def test_cannot_write_into_another_tenant(app: FastAPI, db: AsyncSession) -> None:
    north = await create_organisation(db)
    south = await create_organisation(db)

    async with _app_database(app).sessions() as session:
        await bind_tenant(session, north.id)
        session.add(Team(tenant_id=south.id, name="Smuggled"))
        with pytest.raises(DBAPIError, match="row-level security"):
            await session.flush()


async def test_cannot_change_another_tenants_rows(app: FastAPI, db: AsyncSession) -> None:
    north = await create_organisation(db)
    south = await create_organisation(db)
    south_user = await create_user(db, south, display_name="Unchanged")

    async with _app_database(app).sessions() as session:
        await bind_tenant(session, north.id)
        result = await session.execute(
            update(User).where(User.id == south_user.id).values(display_name="Hijacked")
        )
        await session.commit()

    assert result.rowcount == 0  # type: ignore[attr-defined]
    await db.refresh(south_user)
    assert south_user.display_name == "Unchanged"


async def test_the_audit_log_cannot_be_changed_by_the_app(app: FastAPI, db: AsyncSession) -> None:
    council = await create_organisation(db)
    db.add(
        AuditEvent(
            tenant_id=council.id,
            actor_label="someone",
            action="read",
            resource_type="child",
            resource_id=str(uuid.uuid4()),
            outcome="success",
        )
    )
    await db.commit()

    async with _app_database(app).sessions() as session:
        await bind_tenant(session, council.id)
        with pytest.raises(DBAPIError, match="permission denied"):
            await session.execute(update(AuditEvent).values(outcome="failure"))


async def test_the_audit_log_cannot_be_changed_even_by_the_owner(db: AsyncSession) -> None:
    council = await create_organisation(db)
    db.add(
        AuditEvent(
            tenant_id=council.id,
            actor_label="someone",
            action="read",
            resource_type="child",
            outcome="success",
        )
    )
    await db.commit()

    with pytest.raises(DBAPIError, match="append-only"):
        await db.execute(update(AuditEvent).values(outcome="failure"))
    await db.rollback()
