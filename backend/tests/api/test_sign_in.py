"""Signing in and out: sessions, CSRF, expiry, throttling and lockout, all audited."""

from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn, client_from
from factories import DEFAULT_PASSWORD, create_organisation, create_team, create_user
from kindred.models.audit import AuditEvent
from kindred.models.failure_throttle import FailureThrottle
from kindred.models.sign_in import UserSession
from kindred.models.user import Role, UserStatus
from kindred.modules.jobs.worker import housekeeping

SIGN_IN = "/api/v1/auth/sign-in"


async def test_sign_in_starts_a_session_and_returns_the_account(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db, name="Northshire Council")
    team = await create_team(db, council, "North East")
    user = await create_user(db, council, role=Role.manager, teams=[team])

    response = await client.post(
        SIGN_IN, json={"email": user.email.upper(), "password": DEFAULT_PASSWORD}
    )

    assert response.status_code == 200
    body = response.json()
    assert body["role"] == "manager"
    assert body["organisation"]["name"] == "Northshire Council"
    assert [t["name"] for t in body["teams"]] == ["North East"]
    cookie = response.headers.get_list("set-cookie")
    session_cookie = next(c for c in cookie if c.startswith("kindred_session="))
    assert "HttpOnly" in session_cookie
    assert "SameSite=lax" in session_cookie
    me = await client.get("/api/v1/auth/me")
    assert me.status_code == 200
    assert me.json()["id"] == str(user.id)


async def test_wrong_password_and_unknown_address_get_the_same_answer(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)

    wrong = await client.post(SIGN_IN, json={"email": user.email, "password": "not the password"})
    unknown = await client.post(
        SIGN_IN, json={"email": "nobody@example.org", "password": "not the password"}
    )

    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"]
    assert "kindred_session" not in wrong.headers.get("set-cookie", "")


async def test_five_failures_lock_the_account_and_are_audited(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    attempt = {"email": user.email, "password": "guess guess guess"}

    statuses = [(await client.post(SIGN_IN, json=attempt)).status_code for _ in range(5)]
    locked = await client.post(SIGN_IN, json={"email": user.email, "password": DEFAULT_PASSWORD})

    assert statuses == [401, 401, 401, 401, 429]
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.json()["detail"]
    assert int(locked.headers["retry-after"]) > 0
    failures = (
        await db.scalars(
            select(AuditEvent).where(
                AuditEvent.actor_user_id == user.id, AuditEvent.action == "sign_in_failure"
            )
        )
    ).all()
    assert len(failures) == 5
    assert all(event.tenant_id == council.id for event in failures)


async def test_unknown_address_is_locked_the_same_way(client: httpx.AsyncClient) -> None:
    attempt = {"email": "ghost@example.org", "password": "guess guess guess"}

    statuses = [(await client.post(SIGN_IN, json=attempt)).status_code for _ in range(6)]

    assert statuses == [401, 401, 401, 401, 429, 429]


async def test_the_lock_runs_out(client: httpx.AsyncClient, db: AsyncSession) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    for _ in range(5):
        await client.post(SIGN_IN, json={"email": user.email, "password": "guess guess guess"})

    await db.execute(
        update(FailureThrottle).values(locked_until=datetime.now(UTC) - timedelta(seconds=1))
    )
    await db.commit()

    response = await client.post(SIGN_IN, json={"email": user.email, "password": DEFAULT_PASSWORD})

    assert response.status_code == 200


async def test_failures_from_elsewhere_do_not_lock_the_person_out(
    app: FastAPI, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    async with client_from(app, "203.0.113.66") as attacker:
        for _ in range(6):
            guess = await attacker.post(
                SIGN_IN, json={"email": user.email, "password": "guess guess guess"}
            )

    response = await client.post(SIGN_IN, json={"email": user.email, "password": DEFAULT_PASSWORD})

    assert guess.status_code == 429
    assert response.status_code == 200


async def test_housekeeping_forgets_old_failure_counts(
    app: FastAPI, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    for address in ("old@example.org", "recent@example.org"):
        await client.post(SIGN_IN, json={"email": address, "password": "guess guess guess"})
    now = datetime.now(UTC)
    first = await db.scalar(select(FailureThrottle).order_by(FailureThrottle.last_failure_at))
    assert first is not None
    await db.execute(
        update(FailureThrottle)
        .where(FailureThrottle.key_hash == first.key_hash)
        .values(last_failure_at=now - timedelta(days=2))
    )
    await db.commit()

    await housekeeping(app.state.database, now=now)

    kept = (await db.scalars(select(FailureThrottle.key_hash))).all()
    assert kept
    assert first.key_hash not in kept


async def test_paused_account_cannot_sign_in(client: httpx.AsyncClient, db: AsyncSession) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council, status=UserStatus.paused)

    response = await client.post(SIGN_IN, json={"email": user.email, "password": DEFAULT_PASSWORD})

    assert response.status_code == 401
    assert "paused" in response.json()["detail"]


async def test_changes_without_the_csrf_token_are_refused(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    signed_in = await client.post(SIGN_IN, json={"email": user.email, "password": DEFAULT_PASSWORD})

    without = await client.post("/api/v1/auth/sign-out")
    wrong = await client.post("/api/v1/auth/sign-out", headers={"X-CSRF-Token": "forged"})
    right = await client.post(
        "/api/v1/auth/sign-out", headers={"X-CSRF-Token": signed_in.json()["csrf_token"]}
    )

    assert without.status_code == 403
    assert wrong.status_code == 403
    assert right.status_code == 204


async def test_sign_out_ends_the_session_on_the_server(
    sign_in_as: SignIn, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    http = await sign_in_as(user)
    copied_cookie = http.cookies["kindred_session"]

    assert (await http.post("/api/v1/auth/sign-out")).status_code == 204

    client.cookies.set("kindred_session", copied_cookie)
    assert (await client.get("/api/v1/auth/me")).status_code == 401
    ended = await db.scalar(select(UserSession.ended_at).where(UserSession.user_id == user.id))
    assert ended is not None


async def test_idle_session_expires(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    http = await sign_in_as(user)
    await db.execute(
        update(UserSession).values(last_seen_at=datetime.now(UTC) - timedelta(minutes=31))
    )
    await db.commit()

    response = await http.get("/api/v1/auth/me")

    assert response.status_code == 401
    assert response.json()["title"] == "Your session has ended"


async def test_session_expires_after_its_absolute_lifetime(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    http = await sign_in_as(user)
    await db.execute(
        update(UserSession).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    await db.commit()

    assert (await http.get("/api/v1/auth/me")).status_code == 401


async def test_ended_account_loses_its_open_sessions(sign_in_as: SignIn, db: AsyncSession) -> None:
    from kindred.models.user import User

    council = await create_organisation(db)
    user = await create_user(db, council)
    http = await sign_in_as(user)
    await db.execute(update(User).where(User.id == user.id).values(status="ended"))
    await db.commit()

    assert (await http.get("/api/v1/auth/me")).status_code == 401


async def test_successful_sign_in_is_audited(client: httpx.AsyncClient, db: AsyncSession) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)

    await client.post(SIGN_IN, json={"email": user.email, "password": DEFAULT_PASSWORD})

    event = await db.scalar(select(AuditEvent).where(AuditEvent.action == "sign_in"))
    assert event is not None
    assert event.actor_user_id == user.id
    assert event.tenant_id == council.id
    assert event.request_id is not None
